// The retention rule the scheduler applies: once a cycle's announcement is RETENTION_YEARS old, the
// text of its unsuccessful nominations (answers, leads' contact details, the judges' redacted copy,
// redaction terms, endorsers' names and reasons, the shortlisting meeting's record) and every judge's
// comments in the cycle, with the feedback to entrants made from them, are deleted, in one transaction
// that also marks the cycle, so it happens once however many runners there are.
// Kept: the finalists' nominations (the award's own record), the scores, and the archive of winners.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { retentionCutoff } from "~/domain/retention";
import { recordAudit } from "./audit.server";
import { inTransaction } from "~/platform/sql.server";

export type RetentionApplied = { cycleId: number; year: number; nominations: number; scoreSheets: number };

/** What the judges' copy of a deleted entry becomes: a valid, empty one. */
const EMPTY_JUDGES_COPY = JSON.stringify({ title: "", sections: [] });

export async function applyDueRetention(db: Kysely<Database>, { now = new Date(), years }: { now?: Date; years: number }): Promise<RetentionApplied[]> {
  const cutoff = retentionCutoff(now, years).toISOString();
  const due = await db
    .selectFrom("award_cycles")
    .select(["id", "year"])
    .where("published_at", "is not", null)
    .where("published_at", "<=", cutoff)
    .where("retention_applied_at", "is", null)
    .orderBy("year")
    .execute();
  const done: RetentionApplied[] = [];
  for (const cycle of due) {
    const applied = await inTransaction(db, async (trx): Promise<RetentionApplied | null> => {
      const claimed = await trx
        .updateTable("award_cycles")
        .set({ retention_applied_at: now.toISOString() })
        .where("id", "=", cycle.id)
        .where("retention_applied_at", "is", null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) return null;
      const finalists = trx.selectFrom("shortlist").select("nomination_id").where("cycle_id", "=", cycle.id);
      const unsuccessful = (await trx.selectFrom("nominations").select("id").where("cycle_id", "=", cycle.id).where("id", "not in", finalists).execute()).map((n) => n.id);
      if (unsuccessful.length) {
        await trx.deleteFrom("nomination_answers").where("nomination_id", "in", unsuccessful).execute();
        await trx.deleteFrom("redaction_terms").where("nomination_id", "in", unsuccessful).execute();
        await trx
          .updateTable("nominations")
          .set({ employer_lead_name: null, employer_lead_role: null, employer_lead_email: null, staff_lead_name: null, staff_lead_role: null, staff_lead_email: null, unions: null, identifying_terms: "[]" })
          .where("id", "in", unsuccessful)
          .execute();
        await trx.updateTable("endorsements").set({ name: "", email: "", reason: null }).where("nomination_id", "in", unsuccessful).execute();
        await trx.updateTable("judging_entries").set({ redacted: EMPTY_JUDGES_COPY }).where("nomination_id", "in", unsuccessful).execute();
        // The shortlisting meeting's discussion of them (decision 033); the finalists' records are kept.
        await trx.deleteFrom("meeting_records").where("nomination_id", "in", unsuccessful).execute();
      }
      const sheets = (
        await trx
          .selectFrom("score_sheets")
          .innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id")
          .select("score_sheets.id")
          .where("judging_assignments.cycle_id", "=", cycle.id)
          .execute()
      ).map((s) => s.id);
      if (sheets.length) {
        await trx.updateTable("score_sheets").set({ overall_comment: "" }).where("id", "in", sheets).execute();
        await trx.updateTable("scores").set({ comment: "" }).where("sheet_id", "in", sheets).execute();
      }
      // Feedback to entrants is the judges' comments edited (decision 038): it goes with them, released or not.
      const feedback = await trx.deleteFrom("entrant_feedback").where("cycle_id", "=", cycle.id).executeTakeFirst();
      // Judges' comments on the practice entry too (decision 037); the practice scores are kept.
      const practice = trx.selectFrom("practice_sheets").select("id").where("cycle_id", "=", cycle.id);
      await trx.updateTable("practice_scores").set({ comment: "" }).where("sheet_id", "in", practice).execute();
      await trx.updateTable("practice_sheets").set({ overall_comment: "" }).where("cycle_id", "=", cycle.id).execute();
      await recordAudit(trx, { actorUserId: null, action: "cycle.retention_applied", target: `cycle:${cycle.id}`, details: { year: cycle.year, years, nominations: unsuccessful.length, scoreSheets: sheets.length, feedback: Number(feedback.numDeletedRows) } }, now);
      return { cycleId: cycle.id, year: cycle.year, nominations: unsuccessful.length, scoreSheets: sheets.length };
    });
    if (applied) done.push(applied);
  }
  return done;
}
