// The shortlisting meeting (issue 15, decision 033): which entries need talking about and why, each
// entry's scores by criterion, by judge (by code only) and by side, which judges step out for it
// (a conflict of interest), and the rules of the record the secretariat keeps of the panel's agreed
// position and any divergent view. Pure: the model loads the results, conflicts and records.
import { weightedPercent } from "./judging";
import { IN_DOUBT_HIGH, IN_DOUBT_LOW, judgeCode, type EntryResult, type ResultsCriterion, type ResultsSide } from "./results";
import { JUDGE_SIDE_LABELS } from "./vocabulary";

/** Why an entry comes first at the meeting, in the order the page names them. */
export type MeetingReason = "in_doubt" | "judges_disagree" | "sides_diverge";
export const MEETING_REASON_LABELS: Record<MeetingReason, string> = {
  in_doubt: "In doubt",
  judges_disagree: "Judges disagree",
  sides_diverge: "The sides diverge",
};

/** Who may hold a divergent view: a side, or a judge by code. */
export const MEETING_SIDES = ["employer", "staff_side", "national_body"] as const satisfies readonly ResultsSide[];

/** Longest agreed position or divergent view, in characters: a paragraph or two, not a transcript. */
export const MAX_MEETING_TEXT = 2000;

export function meetingReasons(e: Pick<EntryResult, "topChance" | "disagreement" | "sidesDiverge">): MeetingReason[] {
  const reasons: MeetingReason[] = [];
  if (e.topChance !== null && e.topChance >= IN_DOUBT_LOW && e.topChance <= IN_DOUBT_HIGH) reasons.push("in_doubt");
  if (e.disagreement) reasons.push("judges_disagree");
  if (e.sidesDiverge) reasons.push("sides_diverge");
  return reasons;
}

/**
 * The meeting's running order: entries that need talking about first, then the rest; within each,
 * by normalised rank (unscored last), then by judging code.
 */
export function meetingOrder<T extends { reasons: readonly MeetingReason[]; rank: number | null; code: string }>(entries: readonly T[]): T[] {
  const rank = (e: T) => e.rank ?? Number.POSITIVE_INFINITY;
  return [...entries].sort(
    (a, b) => Number(b.reasons.length > 0) - Number(a.reasons.length > 0) || rank(a) - rank(b) || a.code.localeCompare(b.code),
  );
}

/**
 * Codes for every judge the meeting mentions: the results' own codes (judges with sheets), then the
 * next codes, in id order, for judges without sheets (a conflicted judge who steps out, say).
 */
export function meetingJudgeCodes(codes: ReadonlyMap<number, string>, otherJudgeIds: readonly number[]): Map<number, string> {
  const all = new Map(codes);
  let next = codes.size;
  for (const id of [...new Set(otherJudgeIds)].sort((a, b) => a - b)) {
    if (all.has(id)) continue;
    next++;
    all.set(id, judgeCode(next));
  }
  return all;
}

export type MeetingSheet = { judgeCode: string; side: ResultsSide; scores: Record<number, number> };
export type SideMeans = { all: number | null; employer: number | null; staff_side: number | null; national_body: number | null };

/** Mean of each side's sheets (and of all), per criterion in its own units, and of the weighted %. */
export function scoresBySide(criteria: readonly ResultsCriterion[], sheets: readonly MeetingSheet[]): { criteria: Record<number, SideMeans>; percent: SideMeans } {
  const means = (value: (s: MeetingSheet) => number | null): SideMeans => {
    const of = (keep: (s: MeetingSheet) => boolean) => {
      const xs = sheets.filter(keep).map(value).filter((x): x is number => x !== null);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
    };
    return { all: of(() => true), employer: of((s) => s.side === "employer"), staff_side: of((s) => s.side === "staff_side"), national_body: of((s) => s.side === "national_body") };
  };
  const byCriterion: Record<number, SideMeans> = {};
  for (const c of criteria) byCriterion[c.id] = means((s) => (typeof s.scores[c.id] === "number" ? s.scores[c.id] : null));
  return { criteria: byCriterion, percent: means((s) => weightedPercent(criteria, s.scores)) };
}

/** Who holds a divergent view, in words: "J03", "Staff side (trade union)". */
export function holderLabel(holder: string): string {
  return (JUDGE_SIDE_LABELS as Record<string, string>)[holder] ?? holder;
}

export function holdersText(holders: readonly string[]): string {
  return holders.map(holderLabel).join("; ");
}

/** The stored list of holders, tolerant of anything odd in the column. */
export function parseHolders(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export type MeetingRecordInput = { agreedPosition: string; divergentView: string; heldBy: string[] };
export type MeetingRecordProblems = Partial<Record<"agreedPosition" | "divergentView" | "heldBy", string>>;

/**
 * The rules of one entry's record. `holders` are those who may hold a divergent view on this entry:
 * the sides and the judges who scored it (a judge who stepped out was not in the discussion).
 */
export function checkMeetingRecord(input: MeetingRecordInput, holders: readonly string[]): MeetingRecordProblems {
  const problems: MeetingRecordProblems = {};
  if (!input.agreedPosition.trim()) problems.agreedPosition = "Enter the panel's agreed position";
  else if (input.agreedPosition.length > MAX_MEETING_TEXT) problems.agreedPosition = `The agreed position must be ${MAX_MEETING_TEXT} characters or fewer`;
  if (input.divergentView.length > MAX_MEETING_TEXT) problems.divergentView = `The divergent view must be ${MAX_MEETING_TEXT} characters or fewer`;
  const allowed = new Set(holders);
  if (input.heldBy.some((h) => !allowed.has(h))) problems.heldBy = "Choose who holds the divergent view from the judges who scored this entry and the sides";
  else if (input.divergentView.trim() && input.heldBy.length === 0) problems.heldBy = "Choose who holds the divergent view, by judge code or side";
  else if (!input.divergentView.trim() && input.heldBy.length > 0) problems.divergentView = "Note the divergent view, or untick who holds it";
  return problems;
}
