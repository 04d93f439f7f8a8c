// Times shown to people, in UK local time. Formatted on the server so that the page the browser
// hydrates has exactly the text the server sent, whatever the browser's own ICU data says.
const UK_DATE_TIME = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", dateStyle: "medium", timeStyle: "short" });
const UK_DATE = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", dateStyle: "medium" });

/** "21 Nov 2026, 06:00" for a stored ISO-8601 UTC time. */
export function formatUkDateTime(iso: string): string {
  return UK_DATE_TIME.format(new Date(iso));
}

/** "21 Nov 2026" for a stored ISO-8601 UTC time. */
export function formatUkDate(iso: string): string {
  return UK_DATE.format(new Date(iso));
}
