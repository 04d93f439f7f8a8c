// The sector's learning (issue 15, part 4): each cycle's learning summary, written and edited by the
// secretariat (every change audited, with a version number) and shown on the public year page only
// once the cycle's results are published. A change moves the archive's revision on, in the same
// transaction, so no cached public page outlives it (decisions 008 and 032).
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { entryCounts, type EntryCounts } from "~/domain/entry-counts";
import { parseCriterionNotes, type CriterionNote, type LearningSummaryInput } from "~/domain/learning-summary";
import { inTransaction } from "~/platform/sql.server";
import { listCycleNominations } from "./admin-nominations.server";
import { bumpRevision } from "./archive.server";
import { recordAudit, textDigest } from "./audit.server";

export type LearningSummary = { summary: string; notes: CriterionNote[]; version: number; updatedAt: string };

export async function getLearningSummary(db: Kysely<Database>, cycleId: number): Promise<LearningSummary | null> {
  const row = await db.selectFrom("learning_summaries").select(["summary", "criterion_notes", "version", "updated_at"]).where("cycle_id", "=", cycleId).executeTakeFirst();
  return row ? { summary: row.summary, notes: parseCriterionNotes(row.criterion_notes), version: row.version, updatedAt: row.updated_at } : null;
}

/** Saves the summary (notes with no text are not kept), audited, moving the archive's revision on. */
export async function saveLearningSummary(
  db: Kysely<Database>,
  { cycleId, input, actorUserId, now = new Date() }: { cycleId: number; input: LearningSummaryInput; actorUserId: number; now?: Date },
): Promise<{ created: boolean; version: number }> {
  const summary = input.summary.trim();
  const notes = input.notes.map((n) => ({ ...n, text: n.text.trim() })).filter((n) => n.text);
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const before = await trx.selectFrom("learning_summaries").select(["version", "summary"]).where("cycle_id", "=", cycleId).executeTakeFirst();
    const values = { summary, criterion_notes: JSON.stringify(notes), updated_by: actorUserId, updated_at: at };
    const version = before ? before.version + 1 : 1;
    if (before) await trx.updateTable("learning_summaries").set({ ...values, version }).where("cycle_id", "=", cycleId).execute();
    else await trx.insertInto("learning_summaries").values({ cycle_id: cycleId, ...values, version, created_by: actorUserId, created_at: at }).execute();
    await bumpRevision(trx);
    await recordAudit(
      trx,
      {
        actorUserId,
        action: before ? "learning_summary.edited" : "learning_summary.written",
        target: `cycle:${cycleId}`,
        details: { version, summary: textDigest(summary), previous: before ? textDigest(before.summary) : null, criteria: notes.map((n) => ({ criterionId: n.criterionId, note: textDigest(n.text) })) },
      },
      now,
    );
    return { created: !before, version };
  });
}

export type PublishedLearning = { year: number; isDemo: boolean; summary: string; notes: CriterionNote[] };

/** The learning summary of the year's announced cycle, or null: before the announcement nothing is shown. */
export async function publishedLearningSummary(db: Kysely<Database>, year: number): Promise<PublishedLearning | null> {
  const row = await db
    .selectFrom("learning_summaries")
    .innerJoin("award_cycles", "award_cycles.id", "learning_summaries.cycle_id")
    .select(["award_cycles.year", "award_cycles.is_demo", "learning_summaries.summary", "learning_summaries.criterion_notes"])
    .where("award_cycles.year", "=", year)
    .where("award_cycles.published_at", "is not", null)
    .executeTakeFirst();
  return row ? { year: row.year, isDemo: row.is_demo === 1, summary: row.summary, notes: parseCriterionNotes(row.criterion_notes) } : null;
}

/**
 * A cycle's entries (submitted and endorsed by both leads) counted by region and organisation type, with how many became
 * finalists (once the shortlist is confirmed) and winners (once decided). Counts only: no name,
 * score or judge leaves this query (decision 039).
 */
export async function cycleEntryCounts(db: Kysely<Database>, cycleId: number): Promise<EntryCounts> {
  // An entry is a nomination that went forward: submitted and endorsed by both leads in time (the
  // secretariat's "complete"). One submitted but never endorsed by both never reached the judges.
  const entered = new Set((await listCycleNominations(db, cycleId)).filter((n) => n.status === "complete").map((n) => n.id));
  const rows = await db
    .selectFrom("nominations")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .innerJoin("award_cycles", "award_cycles.id", "nominations.cycle_id")
    .leftJoin("shortlist", (join) => join.onRef("shortlist.nomination_id", "=", "nominations.id").onRef("shortlist.cycle_id", "=", "nominations.cycle_id"))
    .leftJoin("award_decisions", (join) => join.onRef("award_decisions.nomination_id", "=", "nominations.id").onRef("award_decisions.cycle_id", "=", "nominations.cycle_id"))
    .select(["nominations.id", "organisations.region", "organisations.type", "shortlist.nomination_id as shortlisted", "award_cycles.shortlist_confirmed_at", "award_decisions.result"])
    .where("nominations.cycle_id", "=", cycleId)
    .where("nominations.status", "=", "submitted")
    .execute();
  return entryCounts(
    rows
      .filter((r) => entered.has(r.id))
      .map((r) => ({ region: r.region, type: r.type, finalist: r.shortlisted !== null && r.shortlist_confirmed_at !== null, winner: r.result === "winner" })),
  );
}

/** The entry counts of the year's announced cycle, or null: before the announcement nothing is shown. */
export async function publishedEntryCounts(db: Kysely<Database>, year: number): Promise<(EntryCounts & { year: number; isDemo: boolean }) | null> {
  const cycle = await db.selectFrom("award_cycles").select(["id", "is_demo"]).where("year", "=", year).where("published_at", "is not", null).executeTakeFirst();
  if (!cycle) return null;
  const counts = await cycleEntryCounts(db, cycle.id);
  return counts.total.entries ? { ...counts, year, isDemo: cycle.is_demo === 1 } : null;
}
