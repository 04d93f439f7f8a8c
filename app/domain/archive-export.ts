// The archive as data for other people's tools: the columns of /winners.csv and the fields of
// /winners.json (one list, documented once), the Atom feed, the sitemap and robots.txt. Pure text
// building: the routes load the entries and send what these functions return.
import { ORGANISATION_TYPES, type ArchiveResult, type OrganisationType } from "./vocabulary";
import { CASE_STUDY_SECTIONS, RESULT_LABELS, RESULT_ORDER, type CaseStudySectionKey } from "./archive";
import { csvText } from "./csv";
import { REGIONS } from "./organisations";

/**
 * What the exports need of an entry: its columns (as the archive stores them, so a stored row can be
 * passed as it is, and TypeScript says so where one is when a column changes) and its themes.
 */
export type ExportableEntry = {
  id: number;
  year: number;
  organisation_name: string;
  title: string | null;
  result: ArchiveResult;
  slug: string;
  summary: string | null;
  region: string | null;
  organisation_type: OrganisationType | null;
  source_note: string | null;
  source_url: string | null;
  published_at: string;
  updated_at: string;
  version: number;
  themes: string[];
} & { [K in CaseStudySectionKey]: string | null };

/** What the exports need of an award year. */
export type ExportableYear = {
  year: number;
  ceremony_date: string | null;
  ceremony_place: string | null;
  notes: string | null;
  source_note: string | null;
  source_url: string | null;
};

/** The separator of themes in one CSV cell. */
export const THEME_SEPARATOR = "; ";

/**
 * The columns of /winners.csv, in order, which are also the fields of each entry in /winners.json
 * and the columns an import reads (docs/archive-data.md says the same for people).
 */
export const ARCHIVE_COLUMNS = [
  { name: "year", description: "The award year, from 2010." },
  { name: "result", description: "winner, highly_commended or finalist." },
  { name: "organisation", description: "The organisation's name as it was when it entered." },
  { name: "title", description: "The name of the partnership initiative; empty where it is not recorded." },
  { name: "summary", description: "A short summary of the initiative; empty where none is recorded." },
  { name: "region", description: `The NHS England region or UK nation: ${REGIONS.join(", ")}; empty where not recorded.` },
  { name: "organisation_type", description: `The kind of organisation: ${ORGANISATION_TYPES.join(", ")}; empty where not recorded.` },
  { name: "themes", description: `Themes, in lower case. In the CSV one cell, separated by "${THEME_SEPARATOR}"; in the JSON a list.` },
  ...CASE_STUDY_SECTIONS.map((s) => ({
    name: s.key,
    description: `Case study section "${s.heading}": plain text, a blank line between paragraphs; empty where not written.`,
  })),
  { name: "source_note", description: "Where the result is recorded: a publication, a page, a ceremony programme." },
  { name: "source_url", description: "A link to that source, where there is one." },
  { name: "url", description: "The entry's page in this archive. Ignored by an import." },
  { name: "published_at", description: "When the entry was published in this archive (ISO 8601, UTC). An import uses it only for new entries." },
  { name: "version", description: "The entry's version: 1 when published, one more for every edit. Ignored by an import." },
] as const;

export type ArchiveColumnName = (typeof ARCHIVE_COLUMNS)[number]["name"];

/** The fields of each year in /winners.json. */
export const ARCHIVE_YEAR_FIELDS = {
  year: "The award year. Every year from 2010 to the latest is listed, with or without entries.",
  ceremony_date: "The date of the awards ceremony (YYYY-MM-DD), where known.",
  ceremony_place: "Where the ceremony was held, where known.",
  notes: "What else is known about the year, such as how many finalists there were.",
  source_note: "Where the year's details are recorded.",
  source_url: "A link to that source, where there is one.",
  entries: "The year's published entries, the winner first. An empty list means none is recorded here yet, not that there was none.",
} as const;

export const LICENCE_NOTE =
  "No licence is granted here for the case-study text: it is the entrants' and the NHS Social Partnership Forum's. " +
  "The facts of who won what may be reused with a link back to this archive. Each entry names its source.";

/** An entry's page, relative to the site. */
export function entryPath(entry: Pick<ExportableEntry, "year" | "slug">): string {
  return `/winners/${entry.year}/${entry.slug}`;
}

/** One entry as a record of the export's columns; null where nothing is recorded. */
export type ExportRecord = {
  year: number;
  result: ArchiveResult;
  organisation: string;
  title: string | null;
  summary: string | null;
  region: string | null;
  organisation_type: string | null;
  themes: string[];
  source_note: string | null;
  source_url: string | null;
  url: string;
  published_at: string;
  version: number;
} & Record<CaseStudySectionKey, string | null>;

export function exportRecord(entry: ExportableEntry, origin: string): ExportRecord {
  const sections = Object.fromEntries(CASE_STUDY_SECTIONS.map((s) => [s.key, entry[s.key]])) as Record<CaseStudySectionKey, string | null>;
  return {
    year: entry.year,
    result: entry.result,
    organisation: entry.organisation_name,
    title: entry.title,
    summary: entry.summary,
    region: entry.region,
    organisation_type: entry.organisation_type,
    themes: entry.themes,
    ...sections,
    source_note: entry.source_note,
    source_url: entry.source_url,
    url: `${origin}${entryPath(entry)}`,
    published_at: entry.published_at,
    version: entry.version,
  };
}

/** The exports' order: oldest year first, the winner first within a year, then by name. */
export function inArchiveOrder<T extends Pick<ExportableEntry, "year" | "result" | "organisation_name">>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => a.year - b.year || RESULT_ORDER[a.result] - RESULT_ORDER[b.result] || a.organisation_name.localeCompare(b.organisation_name, "en-GB"),
  );
}

/** The feed's order: newest year first, then the most recently published. */
export function inFeedOrder<T extends Pick<ExportableEntry, "year" | "published_at" | "id">>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.year - a.year || b.published_at.localeCompare(a.published_at) || b.id - a.id);
}

// CSV ------------------------------------------------------------------------------------------------

/** One entry's cells, in the order of ARCHIVE_COLUMNS. */
export function csvRow(record: ExportRecord): (string | number | null)[] {
  return ARCHIVE_COLUMNS.map(({ name }) => {
    if (name === "themes") return record.themes.join(THEME_SEPARATOR);
    return record[name];
  });
}

/**
 * The whole CSV: a byte-order mark (so that spreadsheets read it as UTF-8 and accents survive), the
 * header row, one row per entry.
 */
export function archiveCsv(records: readonly ExportRecord[]): string {
  return `\uFEFF${csvText(ARCHIVE_COLUMNS.map((c) => c.name), records.map(csvRow))}`;
}

// JSON -----------------------------------------------------------------------------------------------

export type ArchiveJson = {
  generated: string;
  revision: number;
  licence_note: string;
  fields: { year: Record<string, string>; entry: Record<string, string> };
  years: (ExportableYear & { entries: ExportRecord[] })[];
};

/** A year of /winners.json as its details, before its entries are added. */
export function jsonYear(year: number, known: ExportableYear | undefined): Omit<ArchiveJson["years"][number], "entries"> {
  return {
    year,
    ceremony_date: known?.ceremony_date ?? null,
    ceremony_place: known?.ceremony_place ?? null,
    notes: known?.notes ?? null,
    source_note: known?.source_note ?? null,
    source_url: known?.source_url ?? null,
  };
}

/** /winners.json's fields other than its years. */
export function jsonPreamble(revision: number, generated: Date): Omit<ArchiveJson, "years"> {
  return {
    generated: generated.toISOString(),
    revision,
    licence_note: LICENCE_NOTE,
    fields: { year: { ...ARCHIVE_YEAR_FIELDS }, entry: Object.fromEntries(ARCHIVE_COLUMNS.map((c) => [c.name, c.description])) },
  };
}

/**
 * The whole archive: every year from the first to the latest, oldest first, each with its entries.
 * A year with nothing recorded is listed with no entries: a gap shown, not hidden or filled.
 */
export function archiveJson(input: {
  years: readonly number[];
  knownYears: readonly ExportableYear[];
  entries: readonly ExportableEntry[];
  origin: string;
  revision: number;
  generated: Date;
}): ArchiveJson {
  const details = new Map(input.knownYears.map((y) => [y.year, y]));
  const byYear = new Map<number, ExportRecord[]>();
  for (const entry of inArchiveOrder(input.entries)) {
    byYear.set(entry.year, [...(byYear.get(entry.year) ?? []), exportRecord(entry, input.origin)]);
  }
  return {
    generated: input.generated.toISOString(),
    revision: input.revision,
    licence_note: LICENCE_NOTE,
    fields: {
      year: { ...ARCHIVE_YEAR_FIELDS },
      entry: Object.fromEntries(ARCHIVE_COLUMNS.map((c) => [c.name, c.description])),
    },
    years: [...input.years]
      .sort((a, b) => a - b)
      .map((year) => {
        const known = details.get(year);
        return {
          year,
          ceremony_date: known?.ceremony_date ?? null,
          ceremony_place: known?.ceremony_place ?? null,
          notes: known?.notes ?? null,
          source_note: known?.source_note ?? null,
          source_url: known?.source_url ?? null,
          entries: byYear.get(year) ?? [],
        };
      }),
  };
}

// XML: the Atom feed and the sitemap ----------------------------------------------------------------

/** Characters XML 1.0 cannot hold at all (most control characters, lone surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe in XML content and in attribute values of either quote. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/** "2018 winner: Mersey Care NHS Foundation Trust — Implementation of a just and learning culture". */
export function feedEntryTitle(entry: Pick<ExportableEntry, "year" | "result" | "organisation_name" | "title">): string {
  const head = `${entry.year} ${RESULT_LABELS[entry.result].toLowerCase()}: ${entry.organisation_name}`;
  return entry.title ? `${head} — ${entry.title}` : head;
}

/** The entry's summary, or one sentence of what is known when it has none. */
export function feedEntrySummary(entry: Pick<ExportableEntry, "year" | "result" | "organisation_name" | "summary">): string {
  if (entry.summary) return entry.summary;
  return `${RESULT_LABELS[entry.result]}, HPMA award for partnership working ${entry.year}: ${entry.organisation_name}.`;
}

/**
 * A tag: URI (RFC 4151) for an entry: it stays the same when the entry is edited, even if its year
 * and so its address change, which is what a feed reader needs to not show it twice.
 */
export function entryTagUri(origin: string, entryId: number): string {
  return `tag:${new URL(origin).hostname},2026:hpma-partnership-award/archive/${entryId}`;
}

export const FEED_TITLE = "HPMA award for partnership working: winners since 2010";
export const FEED_AUTHOR = "NHS Social Partnership Forum";

/** The Atom feed's opening: the feed's own elements, before its entries. */
export function atomHead(origin: string, updated: string): string {
  const x = escapeXml;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${x(`tag:${new URL(origin).hostname},2026:hpma-partnership-award/archive`)}</id>`,
    `  <title>${x(FEED_TITLE)}</title>`,
    `  <subtitle>${x("Winners, highly commended and finalists of the HPMA award for partnership working between NHS employers and trade unions.")}</subtitle>`,
    `  <updated>${x(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(`${origin}/winners.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(`${origin}/winners`)}"/>`,
    `  <author><name>${x(FEED_AUTHOR)}</name><uri>${x(origin)}</uri></author>`,
    `  <generator>${x("HPMA partnership award archive")}</generator>`,
    "",
  ].join("\n");
}

/** One entry of the Atom feed. */
export function atomEntry(origin: string, e: ExportableEntry): string {
  const x = escapeXml;
  return [
    "  <entry>",
    `    <id>${x(entryTagUri(origin, e.id))}</id>`,
    `    <title type="text">${x(feedEntryTitle(e))}</title>`,
    `    <published>${x(e.published_at)}</published>`,
    `    <updated>${x(e.updated_at)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${x(`${origin}${entryPath(e)}`)}"/>`,
    `    <summary type="text">${x(feedEntrySummary(e))}</summary>`,
    ...e.themes.map((t) => `    <category term="${x(t)}"/>`),
    "  </entry>",
    "",
  ].join("\n");
}

export const ATOM_TAIL = "</feed>\n";

/** When the feed last changed: when its latest entry did; with no entries at all, a fixed date keeps it stable. */
export const FEED_EPOCH = "2010-01-01T00:00:00.000Z";

/** The Atom 1.0 feed (RFC 4287) of every published entry, newest first. */
export function atomFeed({ origin, entries }: { origin: string; entries: readonly ExportableEntry[] }): string {
  const updated = entries.reduce((latest, e) => (e.updated_at > latest ? e.updated_at : latest), FEED_EPOCH);
  return atomHead(origin, updated) + inFeedOrder(entries).map((e) => atomEntry(origin, e)).join("") + ATOM_TAIL;
}

export type SitemapUrl = { path: string; lastModified?: string | null };

export const SITEMAP_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
export const SITEMAP_TAIL = "</urlset>\n";
/** The most addresses one sitemap may hold (sitemaps.org); past it, /sitemap.xml is an index of parts. */
export const SITEMAP_MAX_URLS = 50_000;

/** One address of a sitemap. */
export function sitemapLine(origin: string, u: SitemapUrl): string {
  const x = escapeXml;
  return u.lastModified
    ? `  <url><loc>${x(origin + u.path)}</loc><lastmod>${x(u.lastModified.slice(0, 10))}</lastmod></url>\n`
    : `  <url><loc>${x(origin + u.path)}</loc></url>\n`;
}

/** A sitemap (sitemaps.org 0.9) of absolute addresses. */
export function sitemapXml(origin: string, urls: readonly SitemapUrl[]): string {
  return SITEMAP_HEAD + urls.map((u) => sitemapLine(origin, u)).join("") + SITEMAP_TAIL;
}

/** The address of the n-th part of a sitemap too large for one file (from 1). */
export function sitemapPartPath(part: number): string {
  return `/sitemaps/${part}.xml`;
}

/** A sitemap index (sitemaps.org 0.9) naming `parts` parts. */
export function sitemapIndexXml(origin: string, parts: number): string {
  const x = escapeXml;
  const lines = Array.from({ length: parts }, (_, i) => `  <sitemap><loc>${x(origin + sitemapPartPath(i + 1))}</loc></sitemap>\n`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${lines.join("")}</sitemapindex>\n`;
}

/** The pages a sitemap lists before the case studies: home, the archive, each year (gaps too). */
export function sitemapPages(years: readonly number[]): SitemapUrl[] {
  return [{ path: "/" }, { path: "/winners" }, ...[...years].sort((a, b) => b - a).map((year) => ({ path: `/winners/${year}` }))];
}

/** The public pages of the sitemap: home, the archive, each year (gaps too), each case study. */
export function sitemapUrls(years: readonly number[], entries: readonly ExportableEntry[]): SitemapUrl[] {
  return [
    ...sitemapPages(years),
    ...inFeedOrder(entries).map((e) => ({ path: entryPath(e), lastModified: e.updated_at })),
  ];
}

/** Paths crawlers are asked to keep out of: signed-in areas and pages reached by private links. */
export const DISALLOWED_PATHS = ["/admin", "/judging", "/nominations", "/account", "/invitations/", "/reset-password/", "/confirm-email/"];

export function robotsTxt(origin: string): string {
  return ["User-agent: *", "Allow: /", ...DISALLOWED_PATHS.map((p) => `Disallow: ${p}`), "", `Sitemap: ${origin}/sitemap.xml`, ""].join("\n");
}
