// Reminders to judges with unfinished score sheets: sent by the secretariat when they choose, and by
// the scheduler 3 days before judging closes (once per judge, claimed in judging_reminders_sent in the
// transaction that queues the e-mail, so the in-server scheduler and cron never both send).
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { JUDGE_VISIBLE_ASSIGNMENT_STATUSES } from "~/domain/conflicts";
import { judgingReminderMail } from "~/emails/judging-emails.server";
import { queueMail } from "./outbox.server";
import { inTransaction } from "~/platform/sql.server";

const DAY_MS = 24 * 3600_000;

type Unfinished = { judgeId: number; email: string; name: string; unfinished: number };

async function judgesWithUnfinishedSheets(db: Kysely<Database>, cycleId: number): Promise<Unfinished[]> {
  const rows = await db
    .selectFrom("judging_assignments")
    .innerJoin("users", "users.id", "judging_assignments.judge_user_id")
    .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
    .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
    .select(["users.id", "users.email", "users.name", "score_sheets.status"])
    .where("judging_assignments.cycle_id", "=", cycleId)
    .where("judging_assignments.round", "=", "first")
    // Retired assignments too: a judge's reminder counts what their list shows (decision 016).
    .where("judging_assignments.status", "in", [...JUDGE_VISIBLE_ASSIGNMENT_STATUSES])
    .where("judging_entries.status", "=", "released")
    .where("users.active", "=", 1)
    .execute();
  const byJudge = new Map<number, Unfinished>();
  for (const r of rows) {
    if (r.status === "submitted") continue;
    const u = byJudge.get(r.id) ?? { judgeId: r.id, email: r.email, name: r.name, unfinished: 0 };
    u.unfinished++;
    byJudge.set(r.id, u);
  }
  return [...byJudge.values()];
}

/** The secretariat's "remind judges now": every judge with an unfinished sheet gets one e-mail. */
export async function remindJudgesNow(db: Kysely<Database>, { cycleId, actorUserId, now = new Date() }: { cycleId: number; actorUserId: number; now?: Date }): Promise<number> {
  const cycle = await db.selectFrom("award_cycles").select(["year", "judging_close_at"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
  const judges = await judgesWithUnfinishedSheets(db, cycleId);
  await inTransaction(db, async (trx) => {
    for (const j of judges) await queueMail(trx, judgingReminderMail(j, { year: cycle.year, unfinished: j.unfinished, deadline: cycle.judging_close_at, kind: "reminder" }));
    await recordAudit(trx, { actorUserId, action: "judging.reminders_sent", target: `cycle:${cycleId}`, details: { judges: judges.length } }, now);
  });
  return judges.length;
}

export type JudgingRemindersSent = { cycleId: number; judgeId: number }[];

/** Due scheduled reminders: 3 days (or less) before the judging deadline, once per judge and cycle. */
export async function sendDueJudgingReminders(db: Kysely<Database>, now: Date = new Date()): Promise<JudgingRemindersSent> {
  const sent: JudgingRemindersSent = [];
  const cycles = await db.selectFrom("award_cycles").select(["id", "year", "judging_close_at"]).where("stage", "=", "judging").execute();
  for (const cycle of cycles) {
    if (!cycle.judging_close_at) continue;
    const left = Date.parse(cycle.judging_close_at) - now.getTime();
    if (left <= 0 || left > 3 * DAY_MS) continue;
    for (const j of await judgesWithUnfinishedSheets(db, cycle.id)) {
      const claimed = await inTransaction(db, async (trx) => {
        const inserted = await trx
          .insertInto("judging_reminders_sent")
          .values({ cycle_id: cycle.id, judge_user_id: j.judgeId, kind: "3-days", sent_at: now.toISOString() })
          .onConflict((oc) => oc.columns(["cycle_id", "judge_user_id", "kind"]).doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
        await queueMail(trx, judgingReminderMail(j, { year: cycle.year, unfinished: j.unfinished, deadline: cycle.judging_close_at, kind: "3-days" }));
        return true;
      });
      if (claimed) sent.push({ cycleId: cycle.id, judgeId: j.judgeId });
    }
  }
  return sent;
}
