// Judges in an award cycle: who they are and on which side, the confidentiality and conflict-of-
// interest statement they accept, and the conflicts they have declared (declaring and withdrawing one
// is app/models/conflicts.server.ts). Which pairs of judge and entry are conflicted is decided by
// app/domain/conflicts.ts.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { inTransaction } from "~/platform/sql.server";
import { param, preparedQuery } from "~/platform/prepared.server";
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
  const [row] = (await statementQuery(db, cycleId, judgeId)).rows;
  return row?.accepted_at ?? null;
}
// Asked by every judge's request (requireJudge), each score save included: a kept statement on appDb().
const statementQuery = preparedQuery((db) => db.selectFrom("judge_statements").select("accepted_at").where("cycle_id", "=", param(0)).where("judge_user_id", "=", param(1)));

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
  declaredAfterAssignment: boolean;
  removedAt: string | null;
  removedAfterAssignment: boolean;
};

/**
 * Declared conflicts still in force, for one judge or (for the secretariat) every judge; with
 * `includeRemoved`, withdrawn ones too (the secretariat's record: nothing is erased).
 */
export async function listConflicts(
  db: Kysely<Database>,
  { cycleId, judgeId, includeRemoved = false }: { cycleId: number; judgeId?: number; includeRemoved?: boolean },
): Promise<ConflictRow[]> {
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
      "judge_conflicts.declared_after_assignment",
      "judge_conflicts.removed_at",
      "judge_conflicts.removed_after_assignment",
    ])
    .where("judge_conflicts.cycle_id", "=", cycleId)
    .orderBy("users.name")
    .orderBy("judge_conflicts.id");
  if (!includeRemoved) q = q.where("judge_conflicts.removed_at", "is", null);
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
    declaredAfterAssignment: r.declared_after_assignment === 1,
    removedAt: r.removed_at,
    removedAfterAssignment: r.removed_after_assignment === 1,
  }));
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
