// The public archive's rules: results and case-study sections in the SPF's own shape, what an entry's
// editable fields are, what changed between two versions, and the years the archive covers.
import { ORGANISATION_TYPE_LABELS, type ArchiveResult, type OrganisationType } from "./vocabulary";
import { slugify } from "./slug";

/** The award's first year. */
export const FIRST_AWARD_YEAR = 2010;

export { RESULT_LABELS } from "./vocabulary";

/** Order of results within a year: the winner first. */
export const RESULT_ORDER: Record<ArchiveResult, number> = { winner: 0, highly_commended: 1, finalist: 2 };

/** The SPF's case-study sections, in the order its published case studies use. */
export const CASE_STUDY_SECTIONS = [
  { key: "about_organisation", heading: "About the organisation" },
  { key: "challenge", heading: "The challenge" },
  { key: "partnership_work", heading: "What was done in partnership" },
  { key: "outcomes", heading: "Outcomes and impact" },
  { key: "key_achievement", heading: "Key achievement" },
  { key: "top_tips", heading: "Top tips" },
  { key: "further_information", heading: "Further information and contact" },
] as const;

export type CaseStudySectionKey = (typeof CASE_STUDY_SECTIONS)[number]["key"];

/** Everything about a published entry that an admin can edit, and that a version records. */
export type ArchiveEntryFields = {
  year: number;
  organisation_name: string;
  title: string | null;
  result: ArchiveResult;
  summary: string | null;
  region: string | null;
  organisation_type: OrganisationType | null;
  source_note: string | null;
  source_url: string | null;
  themes: string[];
} & Record<CaseStudySectionKey, string | null>;

/** An entry as its case-study page shows it: the sections that have text, and the type of organisation as its label. */
export type CaseStudyContent = {
  year: number;
  result: ArchiveResult;
  organisation: string;
  title: string | null;
  summary: string | null;
  sections: { heading: string; text: string }[];
  themes: string[];
  region: string | null;
  organisationType: string | null;
  source: string | null;
  sourceUrl: string | null;
};

export function caseStudyContent(fields: ArchiveEntryFields): CaseStudyContent {
  return {
    year: fields.year,
    result: fields.result,
    organisation: fields.organisation_name,
    title: fields.title,
    summary: fields.summary,
    sections: CASE_STUDY_SECTIONS.flatMap((s) => (fields[s.key] ? [{ heading: s.heading, text: fields[s.key]! }] : [])),
    themes: fields.themes,
    region: fields.region,
    organisationType: fields.organisation_type ? ORGANISATION_TYPE_LABELS[fields.organisation_type] : null,
    source: fields.source_note,
    sourceUrl: fields.source_url,
  };
}

export const FIELD_LABELS: Record<keyof ArchiveEntryFields, string> = {
  year: "Year",
  organisation_name: "Organisation",
  title: "Initiative",
  result: "Result",
  summary: "Summary",
  region: "Region",
  organisation_type: "Type of organisation",
  source_note: "Source",
  source_url: "Source link",
  themes: "Themes",
  ...Object.fromEntries(CASE_STUDY_SECTIONS.map((s) => [s.key, s.heading])),
} as Record<keyof ArchiveEntryFields, string>;

/** The slug of an entry within its year: from its title, else its organisation. */
export function entrySlug(fields: Pick<ArchiveEntryFields, "organisation_name" | "title">): string {
  const base = fields.title ? `${fields.organisation_name} ${fields.title}` : fields.organisation_name;
  return slugify(base, "entry").slice(0, 90).replace(/-+$/, "");
}

/** Themes trimmed, in lower case, each once, in a stable order. */
export function normaliseThemes(themes: readonly string[]): string[] {
  return [...new Set(themes.map((t) => t.trim().replace(/\s+/g, " ").toLowerCase()).filter(Boolean))].sort();
}

export type FieldChange = { field: keyof ArchiveEntryFields; label: string; before: string; after: string };

function show(value: unknown): string {
  if (Array.isArray(value)) return value.join(", ");
  if (value === null || value === undefined) return "";
  return String(value);
}

/** What changed from one version of an entry to the next, field by field, in the form's order. */
export function diffEntryFields(before: Partial<ArchiveEntryFields>, after: Partial<ArchiveEntryFields>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(FIELD_LABELS) as (keyof ArchiveEntryFields)[]) {
    const a = show(before[field]);
    const b = show(after[field]);
    if (a !== b) changes.push({ field, label: FIELD_LABELS[field], before: a, after: b });
  }
  return changes;
}

/** The archive's years, newest first, from the first award to the latest year with anything known. */
/**
 * The years the public pages list: every award year (archiveYears), and any other year that has
 * published entries, such as the demo's past cycle (2009, before the first award, so that demo data
 * never sits in a real year).
 */
export function listedYears(knownYears: readonly number[], entryYears: readonly number[], today: Date = new Date()): number[] {
  return [...new Set([...archiveYears(knownYears, today), ...entryYears])].sort((a, b) => b - a);
}

export function archiveYears(knownYears: readonly number[], today: Date = new Date()): number[] {
  const latest = Math.max(FIRST_AWARD_YEAR, ...knownYears.filter((y) => y <= today.getUTCFullYear() + 1));
  const years: number[] = [];
  for (let y = latest; y >= FIRST_AWARD_YEAR; y--) years.push(y);
  return years;
}
