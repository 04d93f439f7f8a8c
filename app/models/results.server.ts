// Results for the secretariat: the submitted score sheets of a round, computed into the results table
// by app/domain/results.ts (means, medians, spread, side means, judge-normalised scores, ranks and
// each entry's chance of the top N), labelled by judging code until the shortlist unblinds the finalists.
import type { Kysely } from "kysely";
import type { Database, JudgingRound } from "../../db/schema";
import { computeResults, judgeCodesFor, type EntryResult, type RankingMethod, type Results, type ResultsCriterion, type ResultsSheet, type ResultsSide } from "~/domain/results";
import { csvText } from "~/domain/csv";
import { entryLabel } from "~/domain/judging";
import { listCriteria } from "./cycles.server";
import type { MeetingRecord } from "./shortlisting-meeting.server";
import { holdersText } from "~/domain/shortlisting-meeting";

/** The criteria a round is scored on: the final round's own, when the cycle gives it some. */
export async function roundCriteria(db: Kysely<Database>, cycleId: number, round: JudgingRound): Promise<ResultsCriterion[]> {
  if (round === "final") {
    const cycle = await db.selectFrom("award_cycles").select("final_criteria").where("id", "=", cycleId).executeTakeFirstOrThrow();
    if (cycle.final_criteria === "own") {
      const own = await listCriteria(db, cycleId, "final");
      if (own.length) return own;
    }
  }
  return listCriteria(db, cycleId, "first");
}

export type SheetRow = { sheetId: number; entryId: number; judgeId: number; judgeName: string; side: ResultsSide; scores: Record<number, number | null>; overallComment: string; submittedAt: string | null };

/**
 * Every submitted sheet of the round's live assignments, with each score: one query, a row per score
 * (or one for a sheet with none), whatever the number of sheets. It used to read the scores with one
 * parameter per sheet, which SQLite refuses above 32,766 sheets (decision 036).
 */
export async function submittedSheets(db: Kysely<Database>, cycleId: number, round: JudgingRound): Promise<SheetRow[]> {
  const rows = await db
    .selectFrom("score_sheets")
    .innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id")
    .innerJoin("judge_profiles", "judge_profiles.user_id", "judging_assignments.judge_user_id")
    .innerJoin("users", "users.id", "judging_assignments.judge_user_id")
    .leftJoin("scores", "scores.sheet_id", "score_sheets.id")
    .select([
      "score_sheets.id",
      "score_sheets.overall_comment",
      "score_sheets.submitted_at",
      "judging_assignments.nomination_id",
      "judging_assignments.judge_user_id",
      "judge_profiles.side",
      "users.name",
      "scores.criterion_id",
      "scores.score",
    ])
    .where("judging_assignments.cycle_id", "=", cycleId)
    .where("judging_assignments.round", "=", round)
    .where("judging_assignments.status", "=", "live")
    .where("score_sheets.status", "=", "submitted")
    .orderBy("score_sheets.id")
    .execute();
  const sheets: SheetRow[] = [];
  let last: SheetRow | undefined;
  for (const row of rows) {
    if (last?.sheetId !== row.id) {
      last = {
        sheetId: row.id,
        entryId: row.nomination_id,
        judgeId: row.judge_user_id,
        judgeName: row.name,
        side: row.side as ResultsSide,
        scores: {},
        overallComment: row.overall_comment,
        submittedAt: row.submitted_at,
      };
      sheets.push(last);
    }
    if (row.criterion_id !== null) last.scores[row.criterion_id] = row.score;
  }
  return sheets;
}

export type ResultsEntryLabel = { entryId: number; code: string; label: string; organisation: string | null; title: string | null; shortlisted: boolean };

export type RoundResults = {
  round: JudgingRound;
  criteria: ResultsCriterion[];
  results: Results;
  labels: Map<number, ResultsEntryLabel>;
  /** Judges by code ("J01"…), as exports show them. */
  judgeCodes: Map<number, string>;
  sheets: SheetRow[];
};

/**
 * A round's results. Entries are the released first-round entries (or the finalists, for the final
 * round); they are named only once the shortlist is confirmed, and then only the finalists.
 */
export async function roundResults(db: Kysely<Database>, { cycleId, round, finalists }: { cycleId: number; round: JudgingRound; finalists?: number }): Promise<RoundResults> {
  const cycle = await db.selectFrom("award_cycles").select(["finalists_count", "shortlist_confirmed_at"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
  const [criteria, sheets, entries, shortlist] = await Promise.all([
    roundCriteria(db, cycleId, round),
    submittedSheets(db, cycleId, round),
    db
      .selectFrom("judging_entries")
      .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
      .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
      .select(["judging_entries.nomination_id", "judging_entries.code", "judging_entries.status", "organisations.name", "nominations.title"])
      .where("judging_entries.cycle_id", "=", cycleId)
      .orderBy("judging_entries.code")
      .execute(),
    db.selectFrom("shortlist").select("nomination_id").where("cycle_id", "=", cycleId).execute(),
  ]);
  const shortlisted = new Set(shortlist.map((s) => s.nomination_id));
  const unblinded = cycle.shortlist_confirmed_at !== null;
  const scored = new Set(sheets.map((s) => s.entryId));
  const included = entries.filter((e) => (round === "final" ? shortlisted.has(e.nomination_id) : e.status === "released" || scored.has(e.nomination_id)));
  const labels = new Map<number, ResultsEntryLabel>(
    included.map((e) => {
      const named = unblinded && shortlisted.has(e.nomination_id);
      return [
        e.nomination_id,
        { entryId: e.nomination_id, code: e.code, label: entryLabel(e.code), organisation: named ? e.name : null, title: named ? e.title : null, shortlisted: shortlisted.has(e.nomination_id) },
      ];
    }),
  );
  const complete: ResultsSheet[] = sheets
    .filter((s) => criteria.every((c) => typeof s.scores[c.id] === "number"))
    .map((s) => ({ entryId: s.entryId, judgeId: s.judgeId, side: s.side, scores: s.scores as Record<number, number> }));
  const results = computeResults(criteria, complete, included.map((e) => e.nomination_id), { finalists: finalists ?? cycle.finalists_count });
  const judgeCodes = judgeCodesFor(sheets.map((s) => s.judgeId));
  return { round, criteria, results, labels, judgeCodes, sheets };
}

/** The top N entry ids by a ranking method, best first (ties broken by code, so it is stable). */
export function topBy(results: Results, labels: Map<number, ResultsEntryLabel>, method: RankingMethod, n: number): number[] {
  const rankOf = (e: EntryResult) => (method === "raw" ? e.rawRank : method === "median" ? e.medianRank : e.normalisedRank);
  return results.entries
    .filter((e) => rankOf(e) !== null)
    .sort((a, b) => rankOf(a)! - rankOf(b)! || (labels.get(a.entryId)?.code ?? "").localeCompare(labels.get(b.entryId)?.code ?? ""))
    .slice(0, n)
    .map((e) => e.entryId);
}

const fixed = (n: number | null) => (n === null ? null : n.toFixed(1));

/**
 * The results table as CSV: one row per entry, by code (and name, once unblinded). With the first
 * round's shortlisting meeting records (decision 033), three more columns: the agreed position, the
 * divergent view and who holds it (by judge code or side).
 */
export function resultsCsv(r: RoundResults, meeting?: ReadonlyMap<number, MeetingRecord>): string {
  const meetingHead = meeting ? ["meeting: agreed position", "meeting: divergent view", "meeting: divergent view held by"] : [];
  const head = ["code", "organisation", "sheets", "weighted %", "median %", "spread", ...r.criteria.map((c) => `mean: ${c.title}`), "employer-side %", "staff-side %", "sides diverge", "disagreement", "normalised %", "chance of top N %", "raw rank", "median rank", "normalised rank", ...meetingHead];
  const rows = r.results.entries.map((e) => {
    const label = r.labels.get(e.entryId);
    const record = meeting?.get(e.entryId);
    const meetingCells = meeting ? [record?.agreedPosition ?? null, record?.divergentView || null, record ? holdersText(record.heldBy) || null : null] : [];
    return [
      label?.code,
      label?.organisation,
      e.sheets,
      fixed(e.meanPercent),
      fixed(e.medianPercent),
      fixed(e.spread),
      ...r.criteria.map((c) => fixed(e.criterionMeans[c.id] ?? null)),
      fixed(e.employerMean),
      fixed(e.staffSideMean),
      e.sidesDiverge ? "yes" : "no",
      e.disagreement ? "yes" : "no",
      fixed(e.normalisedPercent),
      e.topChance === null ? null : (100 * e.topChance).toFixed(1),
      e.rawRank,
      e.medianRank,
      e.normalisedRank,
      ...meetingCells,
    ];
  });
  return csvText(head, rows);
}

/** Every score of every submitted sheet, per criterion per judge; judges by code. */
export function scoresCsv(r: RoundResults): string {
  const head = ["code", "judge", "side", ...r.criteria.map((c) => c.title), "overall comment", "submitted at"];
  const rows = r.sheets
    .filter((s) => r.labels.has(s.entryId))
    .map((s) => [r.labels.get(s.entryId)!.code, r.judgeCodes.get(s.judgeId), s.side, ...r.criteria.map((c) => s.scores[c.id] ?? null), s.overallComment, s.submittedAt]);
  return csvText(head, rows);
}
