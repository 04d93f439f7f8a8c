// A second look (issue 12, item 4; decision 026): after the first round the secretariat gives the
// entries whose place in the ranking is unsure a few extra score sheets. This module suggests which
// entries, and turns the choice into an assignment run: the chosen entries need more judges (a small
// panel of both sides where possible), every other entry stays as it is, and the usual rules pick the
// judges (no conflicts, not already on the entry, never a judge who left it, loads even).
import { assignJudges, OVERRIDABLE_PROBLEM_CODES, type Assignment, type AssignmentInput, type Problem } from "./assignment";
import type { Results } from "./results";

export type SecondLookRow = {
  entryId: number;
  /** Current rank (1 is best); null for an entry with no submitted sheet yet. */
  rank: number | null;
  /** From the results' in-doubt list, when the results give one: it decides, instead of the ranks. */
  inDoubt?: boolean;
};

/** Extra sheets per entry: the default, and the most one second look may add. */
export const DEFAULT_EXTRA_SHEETS = 2;
export const MAX_EXTRA_SHEETS = 5;

/**
 * The entries suggested for a second look, best ranked first. If the rows say which entries are in
 * doubt (`inDoubt`), those; otherwise the entries ranked from n − 1 to 2n + 2, where n is the number
 * of finalists: around the cut, where one more opinion most often changes who is shortlisted (for
 * n = 4, 3rd to 10th: the simulation in issue 12 found this gained 6 points of P(true best entry
 * shortlisted) for 13 % more sheets). Entries without a rank are never suggested.
 */
export function suggestSecondLook(rows: readonly SecondLookRow[], n: number): number[] {
  const ranked = rows.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank! || a.entryId - b.entryId);
  if (rows.some((r) => typeof r.inDoubt === "boolean")) return ranked.filter((r) => r.inDoubt === true).map((r) => r.entryId);
  const from = Math.max(1, n - 1);
  const to = 2 * n + 2;
  return ranked.filter((r) => r.rank! >= from && r.rank! <= to).map((r) => r.entryId);
}

/** The most extra sheets a suggestion asks for, as a share of the sheets already in: issue 12's limit. */
export const SECOND_LOOK_BUDGET = 0.15;

export type SuggestOptions = {
  /** Extra sheets each suggested entry will get (the page's default unless the secretariat changes it). */
  extra?: number;
  /** The most extra sheets, as a share of the round's submitted sheets; Infinity for no limit. */
  budget?: number;
};

/**
 * The suggestion from a round's results, as the second-look page makes it: the in-doubt list once the
 * model has given chances (any entry in doubt or all but certain), the ranks around the cut before.
 * Within a sheet budget (15 % more sheets by default): when more entries are in doubt than the budget
 * pays for, the most uncertain come first (a chance nearest 50 %; before chances, a rank nearest the
 * cut), so a small round with half its entries in doubt does not double its judging. At least one
 * entry is suggested whenever any is in doubt. Returned best ranked first.
 * The simulation (`npm run simulate:judging`) calls this too, so it measures what the page suggests.
 */
export function suggestFromResults(results: Pick<Results, "entries" | "topN">, n: number, options: SuggestOptions = {}): number[] {
  const { extra = DEFAULT_EXTRA_SHEETS, budget = SECOND_LOOK_BUDGET } = options;
  const { inDoubt, likely } = results.topN;
  const byChance = inDoubt.length + likely.length > 0;
  const doubtful = byChance ? new Set(inDoubt.map((d) => d.entryId)) : null;
  const rows = results.entries.map((e) => ({ entryId: e.entryId, rank: e.normalisedRank, ...(doubtful ? { inDoubt: doubtful.has(e.entryId) } : {}) }));
  const suggested = suggestSecondLook(rows, n);
  const sheets = results.entries.reduce((sum, e) => sum + e.sheets, 0);
  const affordable = Math.max(1, Math.floor((budget * sheets) / Math.max(1, extra)));
  if (suggested.length <= affordable) return suggested;
  const chance = new Map(inDoubt.map((d) => [d.entryId, d.chance]));
  const rank = new Map(rows.map((r) => [r.entryId, r.rank ?? Infinity]));
  const uncertainty = (id: number) => (byChance ? Math.abs((chance.get(id) ?? 0) - 0.5) : Math.abs(rank.get(id)! - (n + 0.5)));
  const kept = new Set([...suggested].sort((a, b) => uncertainty(a) - uncertainty(b) || a - b).slice(0, affordable));
  return suggested.filter((id) => kept.has(id));
}

/** Extra sheets as a share of the sheets already assigned, in per cent (0 when none are). */
export function extraSheetsPercent(added: number, assignedBefore: number): number {
  return assignedBefore > 0 ? (100 * added) / assignedBefore : 0;
}

export type SecondLookPlan = {
  /** The new assignments, on chosen entries only. */
  added: Assignment[];
  /** What the rules could not keep for the chosen entries; none means the plan keeps every rule. */
  problems: Problem[];
  /** Every problem is the load rule, which the secretariat may bend with a reason. */
  overridable: boolean;
  /** Judges' loads after the second look (available judges), for the preview. */
  loads: Map<number, number>;
};

/**
 * The assignment run for a second look: `input` is the round as it is (its `existing` the live
 * assignments); each chosen entry needs `extra` more judges, with both sides among them where that
 * keeps loads even. Only the chosen entries gain judges, and only their problems are reported.
 */
export function planSecondLook(input: AssignmentInput, chosen: readonly number[], extra: number): SecondLookPlan {
  const picked = new Set(chosen);
  const key = (a: Assignment) => `${a.judgeId}:${a.entryId}`;
  const onEntry = new Map<number, number>();
  for (const a of input.existing ?? []) onEntry.set(a.entryId, (onEntry.get(a.entryId) ?? 0) + 1);
  const entriesFor = (newSides: boolean) =>
    input.entries.map((entry) => {
      const now = onEntry.get(entry.id) ?? 0;
      if (picked.has(entry.id)) return { ...entry, places: now + extra, newSides };
      // Everything else stays as it is, short or not: a second look is not the place to fill gaps.
      return { ...entry, places: Math.max(2, now) };
    });
  // Both sides among the new judges where that keeps every rule, loads included; otherwise the
  // entry's own side rule (it has both sides already) is enough.
  const bothSides = assignJudges({ ...input, entries: entriesFor(true) });
  const result = bothSides.ok ? bothSides : assignJudges({ ...input, entries: entriesFor(false) });
  const existing = new Set((input.existing ?? []).map(key));
  const assignments = result.ok ? result.assignments : result.partial;
  const added = assignments.filter((a) => picked.has(a.entryId) && !existing.has(key(a)));
  const problems = result.ok ? [] : result.problems.filter((p) => p.entryId === undefined || picked.has(p.entryId));
  const loads = new Map<number, number>();
  for (const a of [...(input.existing ?? []), ...added]) loads.set(a.judgeId, (loads.get(a.judgeId) ?? 0) + 1);
  return { added, problems, overridable: problems.length > 0 && problems.every((p) => OVERRIDABLE_PROBLEM_CODES.includes(p.code)), loads };
}
