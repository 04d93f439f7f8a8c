// The sector's learning (issue 15, part 4): the rules of a cycle's learning summary, what the
// secretariat writes from the year's finalists. Pure.

export const LEARNING_SUMMARY_MAX = 6000;
export const CRITERION_NOTE_MAX = 2000;

export type CriterionNote = { criterionId: number; title: string; text: string };
export type LearningSummaryInput = { summary: string; notes: CriterionNote[] };

/** Problems by field name ("summary", "criterion_<id>"), empty when the summary may be saved. */
export function learningSummaryProblems(input: LearningSummaryInput): Record<string, string> {
  const problems: Record<string, string> = {};
  const summary = input.summary.trim();
  if (!summary) problems.summary = "Enter what the sector can learn from this year's finalists";
  else if (summary.length > LEARNING_SUMMARY_MAX) problems.summary = `The summary must be ${LEARNING_SUMMARY_MAX.toLocaleString("en-GB")} characters or fewer`;
  for (const n of input.notes) {
    if (n.text.trim().length > CRITERION_NOTE_MAX) problems[`criterion_${n.criterionId}`] = `The note on ${n.title} must be ${CRITERION_NOTE_MAX.toLocaleString("en-GB")} characters or fewer`;
  }
  return problems;
}

/** The text as paragraphs: split at blank lines, each trimmed, empty ones dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Stored notes, read back leniently: anything malformed is left out rather than shown. */
export function parseCriterionNotes(json: string): CriterionNote[] {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (n): n is CriterionNote => typeof n === "object" && n !== null && typeof n.criterionId === "number" && typeof n.title === "string" && typeof n.text === "string",
    );
  } catch {
    return [];
  }
}
