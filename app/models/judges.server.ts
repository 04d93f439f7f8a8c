// Judges in an award cycle: who they are and on which side, the confidentiality and conflict-of-
// interest statement they accept, and the conflicts they declare. Which pairs of judge and entry are
// conflicted is decided by app/domain/conflicts.ts.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { inTransaction } from "./sql.server";
import { conflictedPairs, type ConflictKind, type DeclaredConflict } from "~/domain/conflicts";
import type { Side } from "~/domain/assignment";

export type CycleJudge = { id: number; name: string; email: string; side: Side; organisationId: number | null; organisationName: string | null };

/** Every active judge with a judge profile, by name. */
export async function listJudges(db: Kysely<Database>): Promise<CycleJudge[]> {
  const rows = await db
    .selectFrom("users")
    .innerJoin("roles", (join) => join.onRef("roles.user_id", "=", "users.id").on("roles.role", "=", "judge"))
    .innerJoin("judge_profiles", "judge_profiles.user_id", "users.id")
    .leftJoin("organisations", "organisations.id", "judge_profiles.organisation_id")
    .select(["users.id", "users.name", "users.email", "judge_profiles.side", "judge_profiles.organisation_id", "organisations.name as organisation_name"])
    .where("users.active", "=", 1)
    .orderBy("users.name")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    side: r.side as Side,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
  }));
}

export async function getJudge(db: Kysely<Database>, userId: number): Promise<CycleJudge | undefined> {
  return (await listJudges(db)).find((j) => j.id === userId);
}

export async function statementAcceptedAt(db: Kysely<Database>, { cycleId, judgeId }: { cycleId: number; judgeId: number }): Promise<string | null> {
  const row = await db
    .selectFrom("judge_statements")
    .select("accepted_at")
    .where("cycle_id", "=", cycleId)
    .where("judge_user_id", "=", judgeId)
    .executeTakeFirst();
  return row?.accepted_at ?? null;
}

/** Records the judge's acceptance of the statement for the cycle, once (accepting again changes nothing). */
export async function acceptStatement(db: Kysely<Database>, { cycleId, judgeId, now = new Date() }: { cycleId: number; judgeId: number; now?: Date }): Promise<void> {
  await inTransaction(db, async (trx) => {
    const inserted = await trx
      .insertInto("judge_statements")
      .values({ cycle_id: cycleId, judge_user_id: judgeId, accepted_at: now.toISOString() })
      .onConflict((oc) => oc.columns(["cycle_id", "judge_user_id"]).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) {
      await recordAudit(trx, { actorUserId: judgeId, action: "judging.statement_accepted", target: `cycle:${cycleId}`, details: {} }, now);
    }
  });
}

export type ConflictRow = {
  id: number;
  judgeId: number;
  judgeName: string;
  organisationId: number;
  organisationName: string;
  kind: ConflictKind;
  note: string | null;
  createdAt: string;
};

/** Declared conflicts still in force, for one judge or (for the secretariat) every judge. */
export async function listConflicts(db: Kysely<Database>, { cycleId, judgeId }: { cycleId: number; judgeId?: number }): Promise<ConflictRow[]> {
  let q = db
    .selectFrom("judge_conflicts")
    .innerJoin("users", "users.id", "judge_conflicts.judge_user_id")
    .innerJoin("organisations", "organisations.id", "judge_conflicts.organisation_id")
    .select([
      "judge_conflicts.id",
      "judge_conflicts.judge_user_id",
      "users.name as judge_name",
      "judge_conflicts.organisation_id",
      "organisations.name as organisation_name",
      "judge_conflicts.kind",
      "judge_conflicts.note",
      "judge_conflicts.created_at",
    ])
    .where("judge_conflicts.cycle_id", "=", cycleId)
    .where("judge_conflicts.removed_at", "is", null)
    .orderBy("users.name")
    .orderBy("judge_conflicts.id");
  if (judgeId !== undefined) q = q.where("judge_conflicts.judge_user_id", "=", judgeId);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    judgeId: r.judge_user_id,
    judgeName: r.judge_name,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    kind: r.kind as ConflictKind,
    note: r.note,
    createdAt: r.created_at,
  }));
}

/**
 * Records a declared conflict. Any live first-round assignment it touches ends at once (it is
 * recorded as removed, with the conflict as its reason), so a conflicted entry is never shown again.
 */
export async function declareConflict(
  db: Kysely<Database>,
  { cycleId, judgeId, organisationId, kind, note, now = new Date() }: { cycleId: number; judgeId: number; organisationId: number; kind: ConflictKind; note: string | null; now?: Date },
): Promise<{ endedAssignments: number }> {
  return inTransaction(db, async (trx) => {
    const at = now.toISOString();
    const { id } = await trx
      .insertInto("judge_conflicts")
      .values({ cycle_id: cycleId, judge_user_id: judgeId, organisation_id: organisationId, kind, note, created_at: at, removed_at: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    const touched = await trx
      .selectFrom("judging_assignments")
      .innerJoin("nominations", "nominations.id", "judging_assignments.nomination_id")
      .select("judging_assignments.id")
      .where("judging_assignments.cycle_id", "=", cycleId)
      .where("judging_assignments.judge_user_id", "=", judgeId)
      .where("judging_assignments.status", "=", "live")
      .where("nominations.organisation_id", "=", organisationId)
      .execute();
    for (const a of touched) {
      await trx
        .updateTable("judging_assignments")
        .set({ status: "removed", ended_reason: "The judge declared a conflict of interest", ended_by: judgeId, ended_at: at })
        .where("id", "=", a.id)
        .execute();
    }
    // The organisation is named in the audit entry: the audit log is for the secretariat only.
    await recordAudit(trx, { actorUserId: judgeId, action: "judging.conflict_declared", target: `cycle:${cycleId}`, details: { conflictId: id, organisationId, kind, endedAssignments: touched.length } }, now);
    return { endedAssignments: touched.length };
  });
}

export async function removeConflict(
  db: Kysely<Database>,
  { cycleId, judgeId, conflictId, now = new Date() }: { cycleId: number; judgeId: number; conflictId: number; now?: Date },
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const result = await trx
      .updateTable("judge_conflicts")
      .set({ removed_at: now.toISOString() })
      .where("id", "=", conflictId)
      .where("cycle_id", "=", cycleId)
      .where("judge_user_id", "=", judgeId)
      .where("removed_at", "is", null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await recordAudit(trx, { actorUserId: judgeId, action: "judging.conflict_removed", target: `cycle:${cycleId}`, details: { conflictId } }, now);
    return true;
  });
}

/** Every conflicted (judge, entry) pair of the cycle, automatic and declared, as `${judgeId}:${nominationId}`. */
export async function conflictSet(db: Kysely<Database>, cycleId: number): Promise<Map<string, ConflictKind[]>> {
  const [judges, entries, declared] = await Promise.all([
    listJudges(db),
    db.selectFrom("nominations").select(["id", "organisation_id"]).where("cycle_id", "=", cycleId).execute(),
    db
      .selectFrom("judge_conflicts")
      .select(["judge_user_id", "organisation_id", "kind", "note"])
      .where("cycle_id", "=", cycleId)
      .where("removed_at", "is", null)
      .execute(),
  ]);
  return conflictedPairs(
    judges.map((j) => ({ id: j.id, organisationId: j.organisationId })),
    entries.map((e) => ({ id: e.id, organisationId: e.organisation_id })),
    declared.map((d): DeclaredConflict => ({ judgeId: d.judge_user_id, organisationId: d.organisation_id, kind: d.kind as ConflictKind, note: d.note })),
  );
}
