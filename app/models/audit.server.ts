// The audit log: append-only, written only by recordAudit, each row chained to the previous one by
// a SHA-256 hash so that any edit or deletion is found by verifyAuditChain (npm run audit:verify).
import crypto from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { param, preparedQuery, preparedTransaction } from "./prepared.server";

export const GENESIS_HASH = "0".repeat(64);

export type AuditInput = {
  actorUserId: number | null;
  action: string;
  target?: string | null;
  details?: Record<string, unknown>;
};

type Row = {
  actor_user_id: number | null;
  action: string;
  target: string | null;
  details: string;
  created_at: string;
};

export function auditRowHash(prevHash: string, row: Row): string {
  const canonical = JSON.stringify([prevHash, row.actor_user_id, row.action, row.target, row.details, row.created_at]);
  return crypto.createHash("sha256").update(canonical).digest("hex");
}

const lastHashQuery = preparedQuery((db) => db.selectFrom("audit_log").select("hash").orderBy("id", "desc").limit(1));
const appendQuery = preparedQuery((db) =>
  db.insertInto("audit_log").values({
    actor_user_id: param(0),
    action: param(1),
    target: param(2),
    details: param(3),
    created_at: param(4),
    prev_hash: param(5),
    hash: param(6),
  }),
);

async function append(trx: Transaction<Database>, input: AuditInput, now: Date): Promise<void> {
  const [last] = (await lastHashQuery(trx)).rows;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const row: Row = {
    actor_user_id: input.actorUserId,
    action: input.action,
    target: input.target ?? null,
    details: JSON.stringify(input.details ?? {}),
    created_at: now.toISOString(),
  };
  await appendQuery(trx, row.actor_user_id, row.action, row.target, row.details, row.created_at, prevHash, auditRowHash(prevHash, row));
}

/**
 * Appends one entry. Pass the transaction of the change being recorded so that the change and its
 * record land together; given the plain handle, it opens its own transaction (reading the last hash
 * and appending must not interleave with another append).
 */
export async function recordAudit(
  db: Kysely<Database>,
  input: AuditInput,
  now: Date = new Date(),
): Promise<void> {
  await preparedTransaction(db, (trx) => append(trx, input, now));
}

export type AuditVerification =
  | { ok: true; rows: number }
  | { ok: false; rows: number; firstBadId: number; problem: string };

export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditVerification> {
  const rows = await db.selectFrom("audit_log").selectAll().orderBy("id", "asc").execute();
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    if (row.prev_hash !== prevHash) {
      return { ok: false, rows: rows.length, firstBadId: row.id, problem: "does not follow the row before it (a row was removed or reordered)" };
    }
    if (auditRowHash(prevHash, row) !== row.hash) {
      return { ok: false, rows: rows.length, firstBadId: row.id, problem: "its contents do not match its hash (it was edited)" };
    }
    prevHash = row.hash;
  }
  return { ok: true, rows: rows.length };
}

export async function listAudit(
  db: Kysely<Database>,
  { limit = 50, target }: { limit?: number; target?: string } = {},
) {
  let q = db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_user_id")
    .select([
      "audit_log.id",
      "audit_log.action",
      "audit_log.target",
      "audit_log.details",
      "audit_log.created_at",
      "users.name as actor_name",
    ])
    .orderBy("audit_log.id", "desc")
    .limit(limit);
  if (target) q = q.where("audit_log.target", "=", target);
  return q.execute();
}
