// The zod schemas of the award-cycle admin forms. Dates are typed as UK local date and time
// (Europe/London) and leave here as UTC instants; the order of the seven dates is checked here too.
// A .server module, like admin-forms.server.ts, so that none of this runs in the browser bundle.
import { z } from "zod";
import { ADMIN_NOMINATION_STATUSES, DEFAULT_VIEW, SORTABLE_COLUMNS, type AdminNominationStatus, type SortColumn, type SortDirection, type TableView } from "~/domain/admin-nominations";
import { ukToUtc } from "~/domain/uk-time";

/** The seven dates of a cycle, in the order they happen, with the words the form and its errors use. */
export const CYCLE_DATE_FIELDS = [
  { key: "nominations_open_at", label: "Nominations open", required: true },
  { key: "nominations_close_at", label: "Nominations close", required: true },
  { key: "judging_open_at", label: "Judging opens", required: false },
  { key: "judging_close_at", label: "Judging closes", required: false },
  { key: "shortlist_at", label: "Shortlist decided", required: false },
  { key: "final_judging_at", label: "Final judging day", required: false },
  { key: "announcement_at", label: "Announcement (the ceremony)", required: false },
] as const;

export type CycleDateKey = (typeof CYCLE_DATE_FIELDS)[number]["key"];
export type CycleDatesUtc = Record<CycleDateKey, string | null>;

/** Checked even when other fields are wrong, so that every problem is listed at once. */
const whenObject = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

type UkReading = { ok: true; utc: string | null } | { ok: false; message: string };

/** A date as typed in the NHS date input's three boxes, and the time beside them. */
export type UkDateTimeParts = { day?: string; month?: string; year?: string; time?: string };

/** The parts of the date-and-time input called `name` (`${name}_day`, _month, _year, _time) from a form. */
export function ukDateTimeParts(form: { get(name: string): unknown }, name: string): UkDateTimeParts {
  const text = (key: string) => {
    const v = form.get(`${name}_${key}`);
    return typeof v === "string" ? v : "";
  };
  return { day: text("day"), month: text("month"), year: text("year"), time: text("time") };
}

/** "Enter the date and time nominations close" for a label that is a clause, "… of the new deadline" for a noun ("The new deadline"). */
function enterMessage(label: string): string {
  return label.startsWith("The ") ? `Enter the date and time of ${label.toLowerCase()}` : `Enter the date and time ${label.toLowerCase()}`;
}

/**
 * One date and time as typed (NHS date input, day / month / year, and a 24-hour time): all blank is
 * "not set"; otherwise the message names what is missing ("must include a month and a time"), as the
 * NHS pattern asks, or says the date or time is not a real one.
 */
export function readUkDateTime(label: string, parts: UkDateTimeParts, required: boolean): UkReading {
  const [d, m, y, t] = [parts.day, parts.month, parts.year, parts.time].map((v) => (v ?? "").trim());
  if (!d && !m && !y && !t) return required ? { ok: false, message: enterMessage(label) } : { ok: true, utc: null };
  const missing = [!d && "a day", !m && "a month", !y && "a year", !t && "a time"].filter((x): x is string => Boolean(x));
  if (missing.length) return { ok: false, message: `${label} must include ${missing.join(" and ")}` };
  if (!/^\d{4}$/.test(y)) return { ok: false, message: `${label}: the year must include 4 numbers, like 2027` };
  const real = /^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && (() => {
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
  })();
  if (!real) return { ok: false, message: `${label} must be a real date, like 13 5 2027` };
  // 17:00, 17.00 and 1700 are all read as five o'clock.
  const time = /^\d{4}$/.test(t) ? `${t.slice(0, 2)}:${t.slice(2)}` : t.replace(".", ":").padStart(5, "0");
  if (!TIME.test(time)) return { ok: false, message: `${label} must be a real time in 24-hour format, like 17:00` };
  return { ok: true, utc: ukToUtc(`${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`, time) };
}

const datePartsShape = Object.fromEntries(
  CYCLE_DATE_FIELDS.flatMap((f) => (["day", "month", "year", "time"] as const).map((part) => [`${f.key}_${part}`, z.string().optional()])),
) as Record<`${CycleDateKey}_${"day" | "month" | "year" | "time"}`, z.ZodOptional<z.ZodString>>;

type DateParts = Partial<Record<`${CycleDateKey}_${"day" | "month" | "year" | "time"}`, string>>;

function readAllDates(form: DateParts): { dates: CycleDatesUtc; problems: { key: CycleDateKey; message: string }[] } {
  const dates = {} as CycleDatesUtc;
  const problems: { key: CycleDateKey; message: string }[] = [];
  for (const f of CYCLE_DATE_FIELDS) {
    const read = readUkDateTime(f.label, { day: form[`${f.key}_day`], month: form[`${f.key}_month`], year: form[`${f.key}_year`], time: form[`${f.key}_time`] }, f.required);
    if (read.ok) dates[f.key] = read.utc;
    else {
      dates[f.key] = null;
      problems.push({ key: f.key, message: read.message });
    }
  }
  // Each date that is set comes after the ones before it; the two closings after their openings.
  let previous: { label: string; utc: string } | null = null;
  for (const f of CYCLE_DATE_FIELDS) {
    const utc = dates[f.key];
    if (!utc || problems.some((p) => p.key === f.key)) continue;
    const strictlyAfter = f.key === "nominations_close_at" || f.key === "judging_close_at";
    if (previous && (strictlyAfter ? utc <= previous.utc : utc < previous.utc)) {
      problems.push({ key: f.key, message: `${f.label} must be after ${previous.label.toLowerCase()}` });
    }
    previous = { label: f.label, utc };
  }
  return { dates, problems };
}

const datesRefinement = (form: DateParts, ctx: z.RefinementCtx) => {
  for (const p of readAllDates(form).problems) ctx.addIssue({ code: "custom", path: [p.key], message: p.message });
};

export const CycleDatesSchema = z
  .object(datePartsShape)
  .superRefine(datesRefinement, whenObject)
  .transform((form) => readAllDates(form).dates);

/** "default" or "copy-12": the criteria and form a new cycle starts from. */
const startFrom = z
  .string({ error: "Select what the cycle's criteria and form start from" })
  .regex(/^(default|copy-[1-9]\d{0,14})$/, "Select what the cycle's criteria and form start from")
  .transform((v) => (v === "default" ? null : Number(v.slice("copy-".length))));

export const MIN_CYCLE_YEAR = 2024;
export const MAX_CYCLE_YEAR = 2100;

export const NewCycleSchema = z
  .object({
    year: z
      .string({ error: "Enter the year of the award" })
      .trim()
      .min(1, "Enter the year of the award")
      .regex(/^\d{4}$/, "Year must be a 4-digit year, like 2027")
      .transform(Number)
      .refine((y) => y >= MIN_CYCLE_YEAR && y <= MAX_CYCLE_YEAR, `Year must be between ${MIN_CYCLE_YEAR} and ${MAX_CYCLE_YEAR}`),
    start_from: startFrom,
    ...datePartsShape,
  })
  .superRefine(datesRefinement, whenObject)
  .transform((form) => ({ year: form.year, copyFromCycleId: form.start_from, dates: readAllDates(form).dates }));

/**
 * The nominations table's view in the address (?sort=organisation:asc&q=trust&status=draft), for a
 * browser without JavaScript; a search cannot be wrong, so odd values fall back to the default.
 */
export const NominationsViewSchema = z.object({
  sort: z
    .string()
    .regex(new RegExp(`^(${SORTABLE_COLUMNS.join("|")}):(asc|desc)$`))
    .transform((v) => {
      const [sort, direction] = v.split(":") as [SortColumn, SortDirection];
      return { sort, direction };
    })
    .catch({ sort: DEFAULT_VIEW.sort, direction: DEFAULT_VIEW.direction }),
  q: z
    .string()
    .trim()
    .transform((q) => q.slice(0, 100))
    .catch(""),
  status: z.enum(ADMIN_NOMINATION_STATUSES as [AdminNominationStatus, ...AdminNominationStatus[]]).or(z.literal("")).catch(""),
});

export function nominationsView(url: URL): TableView {
  const { sort, q, status } = NominationsViewSchema.parse(Object.fromEntries(url.searchParams));
  return { ...sort, q, status };
}

