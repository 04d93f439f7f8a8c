// A judge's expertise in the judge pool (issue 15, part 4; decision 039): a few tags in the words the
// SPF uses to balance a panel, and a short note in the judge's or the secretariat's own words. Pure.

export const EXPERTISE_TAGS = ["workforce", "staff_side_organising", "national_body", "clinical", "finance", "equality", "health_and_wellbeing"] as const;
export type ExpertiseTag = (typeof EXPERTISE_TAGS)[number];

export const EXPERTISE_LABELS: Record<ExpertiseTag, string> = {
  workforce: "HR and workforce",
  staff_side_organising: "Staff-side organising",
  national_body: "National body or policy",
  clinical: "Clinical practice",
  finance: "Finance",
  equality: "Equality, diversity and inclusion",
  health_and_wellbeing: "Staff health and wellbeing",
};

export const EXPERTISE_NOTE_MAX = 300;

export const isExpertiseTag = (value: string): value is ExpertiseTag => (EXPERTISE_TAGS as readonly string[]).includes(value);

/** Stored tags, read back leniently: anything that is not a known tag is left out. */
export function parseExpertiseTags(json: string): ExpertiseTag[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? EXPERTISE_TAGS.filter((t) => parsed.includes(t)) : [];
  } catch {
    return [];
  }
}

export type ExpertiseInput = { tags: string[]; note: string };

/** Problems by field ("expertise", "expertiseNote"), empty when the expertise may be saved. */
export function expertiseProblems(input: ExpertiseInput): Record<string, string> {
  const problems: Record<string, string> = {};
  if (input.tags.some((t) => !isExpertiseTag(t))) problems.expertise = "Choose expertise from the list";
  if (input.note.trim().length > EXPERTISE_NOTE_MAX) problems.expertiseNote = `The note on expertise must be ${EXPERTISE_NOTE_MAX} characters or fewer`;
  return problems;
}

/** The tags and note in words, for a table cell: "Finance, Clinical practice; ten years on a trust board". */
export function expertiseText(tags: readonly ExpertiseTag[], note: string): string {
  return [tags.map((t) => EXPERTISE_LABELS[t]).join(", "), note.trim()].filter(Boolean).join("; ");
}
