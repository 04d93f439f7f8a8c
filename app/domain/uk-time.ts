// The award's dates are UK local times (Europe/London, GMT or BST) and stored as UTC. These convert
// between the two without a time-zone library, using the platform's own time-zone data, and format
// them for people. Pages format on the server, so the page the browser hydrates has exactly the text
// the server sent, whatever the browser's own ICU data says.

const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** The UK wall-clock reading of an instant, as { date: "2027-05-13", time: "17:00" }. */
export function utcToUk(iso: string | Date): { date: string; time: string } {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The NHS date-input fields of a UK date and time (`${name}_day`, _month, _year, _time), for a form's values. */
export function ukDateTimeValues(name: string, iso: string | null | undefined): Record<string, string> {
  if (!iso) return { [`${name}_day`]: "", [`${name}_month`]: "", [`${name}_year`]: "", [`${name}_time`]: "" };
  const { date, time } = utcToUk(iso);
  const [year, month, day] = date.split("-");
  return { [`${name}_day`]: String(Number(day)), [`${name}_month`]: String(Number(month)), [`${name}_year`]: year, [`${name}_time`]: time };
}

function offsetMinutes(instant: Date): number {
  const { date, time } = utcToUk(instant);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

/**
 * The UTC instant of a UK wall-clock time. In the hour the clocks go forward (which does not exist)
 * the time is taken as BST; in the hour they go back (which happens twice) the first is taken.
 */
export function ukToUtc(date: string, time: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) throw new RangeError(`Not a date and time: ${date} ${time}`);
  const naive = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(naive)) throw new RangeError(`Not a date and time: ${date} ${time}`);
  // Try the offset in force just before and just after; the first that reads back correctly wins.
  for (const guess of [offsetMinutes(new Date(naive - 3 * 3600_000)), offsetMinutes(new Date(naive + 3 * 3600_000))]) {
    const candidate = new Date(naive - guess * 60_000);
    const back = utcToUk(candidate);
    if (back.date === date && back.time === time) return candidate.toISOString();
  }
  return new Date(naive - 60 * 60_000).toISOString();
}

const LONG = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", weekday: "long", day: "numeric", month: "long", year: "numeric" });
const CLOCK = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "numeric", minute: "2-digit", hourCycle: "h12" });

/** "5pm on Thursday 13 May 2027", the way GOV.UK and NHS services write a deadline. */
export function formatUkDeadline(iso: string): string {
  const clock = CLOCK.format(new Date(iso)).replace(/\s/g, "").replace(":00", "").toLowerCase();
  return `${clock === "12pm" ? "midday" : clock === "12am" ? "midnight" : clock} on ${LONG.format(new Date(iso)).replace(",", "")}`;
}

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

const UK_CLOCK = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** "14:32", UK time: when a draft was saved today. */
export function formatUkClock(iso: string): string {
  return UK_CLOCK.format(new Date(iso));
}
