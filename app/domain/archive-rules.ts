// The rules every archive entry and award year keeps, whoever enters them: each claim has a source,
// a year has at most one winner, years lie within the award's life. Pure, so forms and checks share them.
import type { ArchiveResult } from "./vocabulary";
import { archiveYears, FIRST_AWARD_YEAR, normaliseThemes } from "./archive";

/** The last year the archive accepts: far enough ahead never to matter, near enough to catch typos. */
export const LAST_ARCHIVE_YEAR = 2100;
export const MAX_THEMES = 20;
export const MAX_THEME_LENGTH = 60;

export function isArchiveYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_AWARD_YEAR && year <= LAST_ARCHIVE_YEAR;
}

/** The archive holds no unsourced claims: a note on where it comes from, a link, or both. */
export function hasSource(source: { source_note: string | null; source_url: string | null }): boolean {
  return Boolean(source.source_note?.trim() || source.source_url?.trim());
}

/** A link a reader can follow: an absolute http(s) address with a host. */
export function isSourceLink(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0 && !/\s/.test(text);
}

/** Themes typed one per line or separated by semicolons, normalised as the archive stores them. */
export function themesFromText(text: string): string[] {
  return normaliseThemes(text.split(/[\n;]/));
}

export type YearEntry = { id: number; organisation_name: string; result: ArchiveResult };

/**
 * Why an entry cannot have its result, or null if it can: a year has one winner. The entry's own
 * stored row (same id) is not a rival to itself.
 */
export function secondWinnerProblem(entry: { id: number | null; year: number; result: ArchiveResult }, sameYear: readonly YearEntry[]): string | null {
  if (entry.result !== "winner") return null;
  const rival = sameYear.find((e) => e.result === "winner" && e.id !== entry.id);
  if (!rival) return null;
  return `${entry.year} already has a winner, ${rival.organisation_name}. Choose highly commended or finalist, or change that entry first`;
}

export type DateParts = { day: string; month: string; year: string };

/**
 * A date typed as day, month and year, as YYYY-MM-DD; null if nothing was typed; or what is wrong
 * with it, in the NHS style ("Ceremony date must include a month").
 */
export function dateFromParts(parts: DateParts, label: string): { ok: true; date: string | null } | { ok: false; message: string } {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { ok: true, date: null };
  const missing = [!day && "a day", !month && "a month", !year && "a year"].filter(Boolean) as string[];
  if (missing.length) return { ok: false, message: `${label} must include ${missing.join(" and ")}` };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { ok: false, message: `${label} must be a real date, like 7 6 2018` };
  }
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, message: `${label} must be a real date, like 7 6 2018` };
  }
  return { ok: true, date: `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
}

/** A stored YYYY-MM-DD as the three fields of the form. */
export function partsOfDate(date: string | null): DateParts {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!match) return { day: "", month: "", year: "" };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}

/** A ceremony is held in its award's year or the year either side; anything else is a typo. */
export function ceremonyYearProblem(date: string | null, awardYear: number): string | null {
  if (!date) return null;
  const year = Number(date.slice(0, 4));
  if (Math.abs(year - awardYear) <= 1) return null;
  return `Ceremony date must be in ${awardYear - 1}, ${awardYear} or ${awardYear + 1}`;
}

/**
 * The years an entry can be filed under, newest first: every year of the archive, and this year even
 * before anything about it is known, so that its winner can be added the day it is announced.
 */
export function entryYearOptions(knownYears: readonly number[], today: Date = new Date()): number[] {
  const years = new Set([...archiveYears([...knownYears, today.getUTCFullYear()], today), ...knownYears.filter(isArchiveYear)]);
  return [...years].sort((a, b) => b - a);
}
