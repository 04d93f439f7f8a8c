// The rules of first-round judging that are not redaction, conflicts or assignment: judging codes,
// each judge's stable shuffled order, when a judge may see and score, and what a score sheet needs.
import type { AutosaveAnswer } from "./autosave";
import { STAGES as STAGE_ORDER, type Stage } from "./stages";

/** Letters and digits that cannot be mistaken for one another when read aloud or printed. */
export const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const CODE_LENGTH = 4;

/**
 * A judging code from random bytes (crypto.randomBytes in the model): nothing about the nomination
 * goes in, so the code says nothing of its id, order or time.
 */
export function judgingCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < CODE_LENGTH) throw new Error(`A judging code needs ${CODE_LENGTH} random bytes`);
  let code = "";
  // 256 is a multiple of 32, so taking each byte modulo the alphabet's length is unbiased.
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomBytes[i] % CODE_ALPHABET.length];
  return code;
}

export const entryLabel = (code: string): string => `Entry ${code}`;

/** Whether a string could be a judging code: what a judge's URL may carry, checked before any query. */
export function isJudgingCode(value: string): boolean {
  return value.length === CODE_LENGTH && [...value].every((c) => CODE_ALPHABET.includes(c));
}

// FNV-1a, 32-bit: a small stable hash, so the order survives restarts and differs between judges.
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The order a judge sees their entries in: shuffled per judge (so no two judges read the same entry
 * first, and the order says nothing of when entries came in) and stable from visit to visit.
 */
export function judgeOrder<T extends { code: string }>(judgeId: number, entries: readonly T[]): T[] {
  return [...entries]
    .map((e) => ({ e, key: fnv1a(`${judgeId}:${e.code}`) }))
    .sort((a, b) => a.key - b.key || a.e.code.localeCompare(b.e.code))
    .map(({ e }) => e);
}

export type JudgingWindow = { stage: Stage; judging_close_at: string | null };

/** Why a judge may not read their entries now, or null. Entries are for the judging stage only. */
export function judgeReadProblem(cycle: JudgingWindow): string | null {
  if (cycle.stage === "judging") return null;
  const order: Stage[] = ["draft", "open", "closed"];
  return order.includes(cycle.stage) ? "Judging has not started yet" : "Judging for this round has closed";
}

/** Why a judge may not change a score sheet now, or null: the judging stage, before the deadline. */
export function scoringProblem(cycle: JudgingWindow, now: Date, sheetStatus: "draft" | "submitted" | null): string | null {
  const read = judgeReadProblem(cycle);
  if (read) return read;
  if (cycle.judging_close_at && now.toISOString() >= cycle.judging_close_at) return "The deadline for judging has passed";
  if (sheetStatus === "submitted") return "This score sheet has been submitted. Ask the SPF secretariat to reopen it if you need to change it";
  return null;
}

/** Why a panel judge may not change a final-round sheet now, or null: the final round stage only. */
export function finalScoringProblem(cycle: Pick<JudgingWindow, "stage">, sheetStatus: "draft" | "submitted" | null): string | null {
  if (cycle.stage !== "final") return STAGE_ORDER.indexOf(cycle.stage) < STAGE_ORDER.indexOf("final") ? "The final round has not started yet" : "The final round has closed";
  if (sheetStatus === "submitted") return "This score sheet has been submitted. Ask the SPF secretariat to reopen it if you need to change it";
  return null;
}

export type CriterionForScoring = { id: number; title: string; scale_min: number; scale_max: number };

/** What the score sheet's action answers, for autosaves and button presses alike: with what was typed when refused. */
export type SheetAnswer = AutosaveAnswer & { values?: Record<string, string> };

export type SheetInput = {
  scores: Record<number, string>; // criterion id -> what the judge typed ("" when not yet scored)
  comments: Record<number, string>;
  overallComment: string;
};

export type ParsedSheet = { scores: Record<number, number | null>; comments: Record<number, string>; overallComment: string };

export const MAX_COMMENT_CHARACTERS = 5_000;

export const scoreField = (criterionId: number) => `score_${criterionId}`;
export const commentField = (criterionId: number) => `comment_${criterionId}`;
export const OVERALL_FIELD = "overall_comment";

/**
 * Parses a score sheet. A draft may leave scores empty; a submission needs every criterion scored
 * and an overall comment. Scores are whole numbers on the criterion's own scale, always.
 * Problems are by field name, in the form's order, for the NHS error summary.
 */
export function parseSheet(
  criteria: readonly CriterionForScoring[],
  input: SheetInput,
  mode: "draft" | "submit",
): { ok: true; value: ParsedSheet } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const scores: Record<number, number | null> = {};
  const comments: Record<number, string> = {};
  for (const c of criteria) {
    const raw = (input.scores[c.id] ?? "").trim();
    const range = `${c.scale_min} to ${c.scale_max}`;
    if (raw === "") {
      scores[c.id] = null;
      if (mode === "submit") errors[scoreField(c.id)] = `Enter a score for "${c.title}"`;
    } else if (!/^-?\d+$/.test(raw)) {
      errors[scoreField(c.id)] = `The score for "${c.title}" must be a whole number from ${range}`;
    } else {
      const n = Number(raw);
      if (n < c.scale_min || n > c.scale_max) errors[scoreField(c.id)] = `The score for "${c.title}" must be from ${range}`;
      else scores[c.id] = n;
    }
    const comment = input.comments[c.id] ?? "";
    if (comment.length > MAX_COMMENT_CHARACTERS) {
      errors[commentField(c.id)] = `The comment on "${c.title}" must be ${MAX_COMMENT_CHARACTERS.toLocaleString("en-GB")} characters or fewer`;
    }
    comments[c.id] = comment;
  }
  if (input.overallComment.length > MAX_COMMENT_CHARACTERS) {
    errors[OVERALL_FIELD] = `Your overall comment must be ${MAX_COMMENT_CHARACTERS.toLocaleString("en-GB")} characters or fewer`;
  } else if (mode === "submit" && !input.overallComment.trim()) {
    errors[OVERALL_FIELD] = "Enter an overall comment";
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { scores, comments, overallComment: input.overallComment } };
}

export type SheetProgress = "not_started" | "draft" | "submitted";

export const SHEET_PROGRESS_LABELS: Record<SheetProgress, string> = {
  not_started: "Not started",
  draft: "Draft",
  submitted: "Submitted",
};

/** The weighted total of a sheet as a percentage of the most it could be (null if any is unscored). */
export function weightedPercent(
  criteria: readonly (CriterionForScoring & { weight: number })[],
  scores: Record<number, number | null>,
): number | null {
  let got = 0;
  let most = 0;
  for (const c of criteria) {
    const s = scores[c.id];
    if (s === null || s === undefined) return null;
    const span = c.scale_max - c.scale_min;
    if (span <= 0) continue;
    got += c.weight * ((s - c.scale_min) / span);
    most += c.weight;
  }
  return most === 0 ? null : (got / most) * 100;
}

/** A judge's view of an entry: built only from the redacted copy. It has no identity field at all. */
export type JudgeEntryView = {
  code: string;
  label: string;
  title: string;
  sections: { id: number; title: string; criterionId: number | null; text: string }[];
};

/** The judges' copy of an entry as stored at release: redacted title and section texts. */
export type RedactedEntry = { title: string; sections: { sectionId: number; text: string }[] };

export function judgeEntryView(
  code: string,
  redacted: RedactedEntry,
  sections: readonly { id: number; title: string; criterion_id: number | null }[],
): JudgeEntryView {
  const texts = new Map(redacted.sections.map((s) => [s.sectionId, s.text]));
  return {
    code,
    label: entryLabel(code),
    title: redacted.title,
    sections: sections.map((s) => ({ id: s.id, title: s.title, criterionId: s.criterion_id, text: texts.get(s.id) ?? "" })),
  };
}
