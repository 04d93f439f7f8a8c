// The shortlisting meeting (decision 033), for the secretariat only: the first round's entries in the
// meeting's running order with their scores by criterion, judge (by code) and side, the judges who
// step out for each (conflicts), and the record of the panel's agreed position and any divergent view,
// saved per entry in one transaction with its audit row until the shortlist is confirmed.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit, textDigest } from "./audit.server";
import { conflictSet, listJudges } from "./judges.server";
import { roundCriteria, roundResults, submittedSheets } from "./results.server";
import { pairKey } from "~/domain/conflicts";
import { judgeCodesFor, type ResultsCriterion, type ResultsSide } from "~/domain/results";
import { fieldRefusal, type FieldRefusal, type Outcome, type Refusal } from "~/domain/outcome";
import {
  checkMeetingRecord,
  meetingJudgeCodes,
  meetingOrder,
  meetingReasons,
  MEETING_SIDES,
  parseHolders,
  scoresBySide,
  type MeetingReason,
  type MeetingRecordInput,
  type MeetingRecordProblems,
  type SideMeans,
} from "~/domain/shortlisting-meeting";
import { inTransaction } from "~/platform/sql.server";

export type MeetingRecord = { nominationId: number; agreedPosition: string; divergentView: string; heldBy: string[]; updatedAt: string };

/** Every entry's record of the cycle's meeting, by nomination id. */
export async function listMeetingRecords(db: Kysely<Database>, cycleId: number): Promise<Map<number, MeetingRecord>> {
  const rows = await db
    .selectFrom("meeting_records")
    .select(["nomination_id", "agreed_position", "divergent_view", "divergent_held_by", "updated_at"])
    .where("cycle_id", "=", cycleId)
    .execute();
  return new Map(
    rows.map((r) => [
      r.nomination_id,
      { nominationId: r.nomination_id, agreedPosition: r.agreed_position, divergentView: r.divergent_view, heldBy: parseHolders(r.divergent_held_by), updatedAt: r.updated_at },
    ]),
  );
}

/** The records as page data: by nomination id (as text), without the times. */
export async function meetingRecordsById(db: Kysely<Database>, cycleId: number): Promise<Record<string, { agreedPosition: string; divergentView: string; heldBy: string[] }>> {
  const records = await listMeetingRecords(db, cycleId);
  return Object.fromEntries([...records].map(([id, r]) => [String(id), { agreedPosition: r.agreedPosition, divergentView: r.divergentView, heldBy: r.heldBy }]));
}

export type MeetingEntry = {
  nominationId: number;
  code: string;
  reasons: MeetingReason[];
  rank: number | null;
  normalisedPercent: number | null;
  topChance: number | null;
  sheets: { judgeCode: string; side: ResultsSide; percent: number | null; scores: Record<number, number> }[];
  bySide: { criteria: Record<number, SideMeans>; percent: SideMeans };
  steppingOut: { judgeCode: string; side: string }[];
  /** Who may hold a divergent view on this entry: the sides and the judges who scored it. */
  holders: string[];
  record: MeetingRecord | null;
};

export type MeetingAgenda = { criteria: ResultsCriterion[]; n: number; entries: MeetingEntry[] };

/** The meeting's page: every first-round entry in running order. Judges by code only, never by name. */
export async function meetingAgenda(db: Kysely<Database>, cycleId: number): Promise<MeetingAgenda> {
  const [r, conflicts, judges, records] = await Promise.all([roundResults(db, { cycleId, round: "first" }), conflictSet(db, cycleId), listJudges(db), listMeetingRecords(db, cycleId)]);
  const conflicted = judges.filter((j) => r.results.entries.some((e) => conflicts.has(pairKey(j.id, e.entryId))));
  const codes = meetingJudgeCodes(r.judgeCodes, conflicted.map((j) => j.id));
  const complete = r.sheets.filter((s) => r.criteria.every((c) => typeof s.scores[c.id] === "number"));
  const entries = r.results.entries.map((e): MeetingEntry => {
    const code = r.labels.get(e.entryId)?.code ?? String(e.entryId);
    const sheets = complete
      .filter((s) => s.entryId === e.entryId)
      .map((s) => ({ judgeCode: codes.get(s.judgeId)!, side: s.side, scores: s.scores as Record<number, number> }))
      .sort((a, b) => a.judgeCode.localeCompare(b.judgeCode));
    const bySide = scoresBySide(r.criteria, sheets);
    return {
      nominationId: e.entryId,
      code,
      reasons: meetingReasons(e),
      rank: e.normalisedRank,
      normalisedPercent: e.normalisedPercent,
      topChance: e.topChance,
      sheets: sheets.map((s) => ({ ...s, percent: scoresBySide(r.criteria, [s]).percent.all })),
      bySide,
      steppingOut: conflicted
        .filter((j) => conflicts.has(pairKey(j.id, e.entryId)))
        .map((j) => ({ judgeCode: codes.get(j.id)!, side: j.side }))
        .sort((a, b) => a.judgeCode.localeCompare(b.judgeCode)),
      holders: [...MEETING_SIDES, ...sheets.map((s) => s.judgeCode)],
      record: records.get(e.entryId) ?? null,
    };
  });
  return { criteria: r.criteria, n: r.results.topN.n, entries: meetingOrder(entries) };
}

/** Who may hold a divergent view on an entry: the sides, and the codes of the judges whose complete sheets it has. */
export async function meetingHolders(db: Kysely<Database>, cycleId: number, nominationId: number): Promise<string[]> {
  const [criteria, sheets] = await Promise.all([roundCriteria(db, cycleId, "first"), submittedSheets(db, cycleId, "first")]);
  // The results' codes: every judge with a submitted sheet in the round, in id order (roundResults).
  const codes = judgeCodesFor(sheets.map((s) => s.judgeId));
  const scorers = sheets.filter((s) => s.entryId === nominationId && criteria.every((c) => typeof s.scores[c.id] === "number")).map((s) => codes.get(s.judgeId)!);
  return [...MEETING_SIDES, ...scorers];
}

export type MeetingProblem = Refusal | FieldRefusal<keyof MeetingRecordProblems>;

/**
 * Records (or changes) the panel's agreed position on one entry and any divergent view, with an
 * audit row in the same transaction. Only in the shortlisting stage and until the shortlist is
 * confirmed; only for a released first-round entry of the cycle; a divergent view held by a side or
 * by a judge who scored the entry (by the code the agenda shows).
 */
export async function saveMeetingRecord(
  db: Kysely<Database>,
  { cycleId, nominationId, record, actorUserId, now = new Date() }: { cycleId: number; nominationId: number; record: MeetingRecordInput; actorUserId: number; now?: Date },
): Promise<Outcome<{ created: boolean }, MeetingProblem>> {
  const problems = checkMeetingRecord(record, await meetingHolders(db, cycleId, nominationId));
  if (Object.keys(problems).length) return fieldRefusal(problems);
  return inTransaction(db, async (trx) => {
    const cycle = await trx.selectFrom("award_cycles").select(["stage", "shortlist_confirmed_at"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
    if (cycle.shortlist_confirmed_at) return { ok: false, problem: "The shortlist has been confirmed, so the meeting's record can no longer change" };
    if (cycle.stage !== "shortlisting") return { ok: false, problem: "The meeting's record is kept in the shortlisting stage" };
    const entry = await trx.selectFrom("judging_entries").select("code").where("cycle_id", "=", cycleId).where("nomination_id", "=", nominationId).where("status", "=", "released").executeTakeFirst();
    if (!entry) return { ok: false, problem: "Only entries released to judging are discussed at the meeting" };
    const at = now.toISOString();
    const heldBy = record.divergentView.trim() ? record.heldBy : [];
    const values = { agreed_position: record.agreedPosition.trim(), divergent_view: record.divergentView.trim(), divergent_held_by: JSON.stringify(heldBy), updated_by: actorUserId, updated_at: at };
    const before = await trx.selectFrom("meeting_records").select(["id", "agreed_position", "divergent_view", "divergent_held_by"]).where("cycle_id", "=", cycleId).where("nomination_id", "=", nominationId).executeTakeFirst();
    if (before) await trx.updateTable("meeting_records").set(values).where("id", "=", before.id).execute();
    else await trx.insertInto("meeting_records").values({ cycle_id: cycleId, nomination_id: nominationId, recorded_by: actorUserId, recorded_at: at, ...values }).execute();
    await recordAudit(
      trx,
      {
        actorUserId,
        action: "shortlist.meeting_recorded",
        target: `cycle:${cycleId}`,
        // The texts are in the audit log only as digests: the log is append-only, and the retention rule
        // deletes unsuccessful entries' records (decision 033). The finalists' records are carried in full
        // by the shortlist's confirmation.
        details: {
          nominationId,
          code: entry.code,
          agreedPosition: textDigest(values.agreed_position),
          divergentView: textDigest(values.divergent_view),
          heldBy,
          previous: before ? { agreedPosition: textDigest(before.agreed_position), divergentView: textDigest(before.divergent_view), heldBy: parseHolders(before.divergent_held_by) } : null,
        },
      },
      now,
    );
    return { ok: true, created: !before };
  });
}
