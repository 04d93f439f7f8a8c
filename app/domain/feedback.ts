// Feedback to entrants (decision 038), as rules: how a first draft is assembled from the judges'
// comments and the score bands (without any judge's name or code), what the secretariat's edit may
// hold, and what a judge's mention looks like so that approval can refuse it.
import type { Descriptor } from "./criteria";

export type FeedbackStatus = "draft" | "approved" | "released";
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = { draft: "Draft", approved: "Approved, not released", released: "Released" };

export type FeedbackCriterionInput = { id: number; title: string; scale_min: number; scale_max: number; descriptors: Descriptor[] };
/** One judge's submitted sheet as the draft needs it: scores and comments, and nothing about the judge. */
export type FeedbackSheet = { scores: Record<number, number | null>; comments: Record<number, string>; overall: string };
export type FeedbackCriterion = { criterionId: number; title: string; band: string; text: string };
export type FeedbackDraft = { criteria: FeedbackCriterion[]; overall: string };

export const MAX_FEEDBACK_TEXT = 5_000;

/** The form field of one criterion's feedback text, as the edit page names it and the model's problems are keyed. */
export const feedbackCriterionField = (criterionId: number) => `criterion-${criterionId}`;

/**
 * The score band of a criterion, in the words of its descriptors: the descriptor nearest to the
 * judges' mean score (the lower one on a tie), so the entrant learns where the entry sat on the
 * published scale without any one judge's score. Without descriptors, the third of the scale.
 */
export function scoreBand(mean: number | null, criterion: Pick<FeedbackCriterionInput, "scale_min" | "scale_max" | "descriptors">): string {
  if (mean === null) return "Not scored";
  const descriptors = [...criterion.descriptors].sort((a, b) => a.score - b.score);
  if (descriptors.length) {
    let best = descriptors[0];
    for (const d of descriptors) if (Math.abs(d.score - mean) < Math.abs(best.score - mean)) best = d;
    return best.text;
  }
  const span = criterion.scale_max - criterion.scale_min;
  const at = span > 0 ? (mean - criterion.scale_min) / span : 0.5;
  return at < 1 / 3 ? "The lower part of the scale" : at < 2 / 3 ? "The middle of the scale" : "The upper part of the scale";
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const paragraphs = (texts: string[]) =>
  texts
    .map((t) => t.trim())
    .filter(Boolean)
    .join("\n\n");

/** The final round's comments, for a finalist: its sheets, and whether it was scored on the first round's criteria. */
export type FinalRoundFeedbackInput = { sameCriteria: true; sheets: readonly FeedbackSheet[] } | { sameCriteria: false; criteria: readonly FeedbackCriterionInput[]; sheets: readonly FeedbackSheet[] };

/** The part of a finalist's feedback that holds the final round's comments when its criteria were its own (no criterion has id 0). */
export const FINAL_ROUND_PART_ID = 0;
export const FINAL_ROUND_TITLE = "The final round";
/** The paragraph that opens the final round's comments inside a criterion's text or the overall text. */
export const FINAL_ROUND_LEAD = "In the final round:";

const withFinal = (first: string, final: string) => (final ? paragraphs([first, `${FINAL_ROUND_LEAD}\n\n${final}`]) : first);

/**
 * The first draft of an entry's feedback: per criterion, the band of the judges' mean score and the
 * judges' comments one after another, then their overall comments. It is built from sheets that carry
 * no judge at all, so no name or code can reach it from here; comments are in the sheets' order.
 * For a finalist, the final round's comments follow: under each criterion when the final round was
 * scored on the same criteria, otherwise as a part of their own, "The final round", each comment
 * under its criterion's title. The band stays the first round's, which every entry had.
 */
export function assembleFeedback(criteria: readonly FeedbackCriterionInput[], sheets: readonly FeedbackSheet[], final?: FinalRoundFeedbackInput): FeedbackDraft {
  const finalSheets = final?.sheets ?? [];
  const draft: FeedbackDraft = {
    criteria: criteria.map((c) => ({
      criterionId: c.id,
      title: c.title,
      band: scoreBand(mean(sheets.map((s) => s.scores[c.id]).filter((x): x is number => typeof x === "number")), c),
      text: withFinal(paragraphs(sheets.map((s) => s.comments[c.id] ?? "")), final?.sameCriteria ? paragraphs(finalSheets.map((s) => s.comments[c.id] ?? "")) : ""),
    })),
    overall: withFinal(paragraphs(sheets.map((s) => s.overall)), paragraphs(finalSheets.map((s) => s.overall))),
  };
  if (final && !final.sameCriteria) {
    const text = paragraphs(
      final.criteria.map((c) => {
        const comments = paragraphs(finalSheets.map((s) => s.comments[c.id] ?? ""));
        return comments ? `${c.title}:\n\n${comments}` : "";
      }),
    );
    if (text) draft.criteria.push({ criterionId: FINAL_ROUND_PART_ID, title: FINAL_ROUND_TITLE, band: "", text });
  }
  return draft;
}

/** A judge code as the results and the meeting show them ("J01"). */
const JUDGE_CODE = /\bJ\d{2,3}\b/;

/**
 * What in a feedback text would tell the entrant who judged: a judge code, or the name of one of the
 * cycle's judges (a comment signed with it). Returns the first problem found, or null.
 */
export function judgeMention(text: string, judgeNames: readonly string[]): string | null {
  if (JUDGE_CODE.test(text)) return "It contains a judge's code: remove it before approving";
  const lower = text.toLowerCase();
  for (const name of judgeNames) {
    const full = name.trim().toLowerCase();
    // The full name only: a first name alone ("Mark") is too often an ordinary word to refuse on.
    if (full.length >= 3 && lower.includes(full)) return "It names a judge: remove the name before approving";
  }
  return null;
}

export function parseFeedbackCriteria(json: string): FeedbackCriterion[] {
  try {
    const parsed = JSON.parse(json) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((c): c is FeedbackCriterion => typeof c === "object" && c !== null && typeof (c as FeedbackCriterion).criterionId === "number")
      .map((c) => ({ criterionId: c.criterionId, title: String(c.title ?? ""), band: String(c.band ?? ""), text: String(c.text ?? "") }));
  } catch {
    return [];
  }
}
