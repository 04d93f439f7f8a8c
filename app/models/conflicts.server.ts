// Declaring and withdrawing a judge's conflicts of interest (decision 016). Before the cycle's entries
// are assigned a declaration simply acts (the assignment avoids the organisation); once they are, it
// is recorded as late, the judge's assignments to that organisation's entries are retired and replaced
// without the judge's list changing, and the secretariat is e-mailed (queued in the same transaction).
// A withdrawal is recorded too.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { retireAssignmentsForConflict, type RetiredAssignment } from "./assignments.server";
import { inTransaction } from "~/platform/sql.server";
import { listActiveAdmins } from "./users.server";
import { CONFLICT_KIND_LABELS, conflictTiming, type ConflictKind, type ConflictTiming } from "~/domain/conflicts";
import { lateConflictNoticeMails, type LateConflictNotice } from "~/emails/secretariat-emails.server";
import { queueMail } from "./outbox.server";

/** Whether the cycle's first-round entries have been assigned (any assignment made, whatever became of it). */
export async function conflictTimingNow(db: Kysely<Database>, cycleId: number): Promise<ConflictTiming> {
  const { made } = await db
    .selectFrom("judging_assignments")
    .select((eb) => eb.fn.countAll<number>().as("made"))
    .where("cycle_id", "=", cycleId)
    .where("round", "=", "first")
    .executeTakeFirstOrThrow();
  return conflictTiming(Number(made));
}

/**
 * Records a declared conflict. Before assignment that is all (the assignment will avoid it). After,
 * the judge's assignments to the organisation's entries are retired and replaced, the judge's list
 * stays exactly as it was, and an e-mail to the secretariat is queued with the change. The answer is
 * the same whatever the organisation: only the timing, which the judge knows anyway.
 */
export async function declareConflict(
  db: Kysely<Database>,
  { cycleId, judgeId, organisationId, kind, note, now = new Date() }: { cycleId: number; judgeId: number; organisationId: number; kind: ConflictKind; note: string | null; now?: Date },
): Promise<{ timing: ConflictTiming }> {
  return inTransaction(db, async (trx) => {
    const timing = await conflictTimingNow(trx, cycleId);
    const late = timing === "after_assignment";
    const { id } = await trx
      .insertInto("judge_conflicts")
      .values({ cycle_id: cycleId, judge_user_id: judgeId, organisation_id: organisationId, kind, note, created_at: now.toISOString(), removed_at: null, declared_after_assignment: late ? 1 : 0, removed_after_assignment: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    const retired = late ? await retireAssignmentsForConflict(trx, { cycleId, judgeId, organisationId, now }) : [];
    // The organisation and the entries are named in the audit entry: the audit log is for the secretariat only.
    await recordAudit(
      trx,
      {
        actorUserId: judgeId,
        action: "judging.conflict_declared",
        target: `cycle:${cycleId}`,
        details: { conflictId: id, organisationId, kind, timing, retired: retired.map((r) => ({ entryId: r.entryId, replacedBy: r.replacedBy })) },
      },
      now,
    );
    if (late) await tellSecretariat(trx, id, { what: "declared", retired });
    return { timing };
  });
}

/** Withdraws a judge's own conflict, keeping the record (removed_at); after assignment the secretariat is told, in the same transaction. */
export async function removeConflict(
  db: Kysely<Database>,
  { cycleId, judgeId, conflictId, now = new Date() }: { cycleId: number; judgeId: number; conflictId: number; now?: Date },
): Promise<{ removed: false } | { removed: true; timing: ConflictTiming }> {
  return inTransaction(db, async (trx) => {
    const timing = await conflictTimingNow(trx, cycleId);
    const updated = await trx
      .updateTable("judge_conflicts")
      .set({ removed_at: now.toISOString(), removed_after_assignment: timing === "after_assignment" ? 1 : 0 })
      .where("id", "=", conflictId)
      .where("cycle_id", "=", cycleId)
      .where("judge_user_id", "=", judgeId)
      .where("removed_at", "is", null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return { removed: false as const };
    // Retired assignments stay retired and replacements stay: withdrawing changes nothing the judge sees.
    await recordAudit(trx, { actorUserId: judgeId, action: "judging.conflict_removed", target: `cycle:${cycleId}`, details: { conflictId, timing } }, now);
    if (timing === "after_assignment") await tellSecretariat(trx, conflictId, { what: "withdrawn" });
    return { removed: true as const, timing };
  });
}

/** Queues an e-mail to every admin about a late declaration or withdrawal, in the caller's transaction. */
async function tellSecretariat(db: Kysely<Database>, conflictId: number, change: { what: "declared"; retired: RetiredAssignment[] } | { what: "withdrawn" }): Promise<void> {
  const conflict = await db
    .selectFrom("judge_conflicts")
    .innerJoin("users", "users.id", "judge_conflicts.judge_user_id")
    .innerJoin("organisations", "organisations.id", "judge_conflicts.organisation_id")
    .innerJoin("award_cycles", "award_cycles.id", "judge_conflicts.cycle_id")
    .select(["judge_conflicts.cycle_id", "award_cycles.year", "users.name as judge", "organisations.name as organisation", "judge_conflicts.kind", "judge_conflicts.note"])
    .where("judge_conflicts.id", "=", conflictId)
    .executeTakeFirstOrThrow();
  let detail: LateConflictNotice["change"] = { what: "withdrawn" };
  if (change.what === "declared") {
    const ids = change.retired.map((r) => r.replacedBy).filter((id): id is number => id !== null);
    const names = new Map(ids.length ? (await db.selectFrom("users").select(["id", "name"]).where("id", "in", ids).execute()).map((u) => [u.id, u.name]) : []);
    detail = { what: "declared", entries: change.retired.map((r) => ({ code: r.code, replacement: r.replacedBy === null ? null : (names.get(r.replacedBy) ?? null), why: r.why })) };
  }
  const mails = lateConflictNoticeMails(await listActiveAdmins(db), {
    cycleId: conflict.cycle_id,
    year: conflict.year,
    judgeName: conflict.judge,
    organisation: conflict.organisation,
    kind: CONFLICT_KIND_LABELS[conflict.kind as ConflictKind] ?? conflict.kind,
    note: conflict.note,
    change: detail,
  });
  for (const mail of mails) await queueMail(db, mail);
}
