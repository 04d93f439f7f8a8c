// The audit log: append-only, written only by recordAudit, each row chained to the previous one by
// an HMAC-SHA256 with a key kept outside the database, and the chain's head anchored in a file
// outside it too, so that an edit, a deletion, a truncation or a recomputed chain is found by
// verifyAuditChain (npm run audit:verify). Rows written before the key existed were chained with
// plain SHA-256; audit_chain says where the keyed chain starts (decision 019).
import crypto from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { appendAuditAnchors, readAuditAnchors } from "~/platform/audit-anchor.server";
import { env } from "~/platform/env.server";
import { param, preparedQuery, preparedTransaction } from "~/platform/prepared.server";
import type { Refusal } from "~/domain/outcome";

/** A text as the audit log keeps it (never the text itself): its length and SHA-256, or null for none. */
export function textDigest(text: string): { chars: number; sha256: string } | null {
  return text ? { chars: text.length, sha256: crypto.createHash("sha256").update(text, "utf8").digest("hex") } : null;
}

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

/** A row's hash: HMAC-SHA256 with the key; with no key (rows from before the boundary), plain SHA-256. */
export function auditRowHash(prevHash: string, row: Row, key: string | null): string {
  const canonical = JSON.stringify([prevHash, row.actor_user_id, row.action, row.target, row.details, row.created_at]);
  return (key === null ? crypto.createHash("sha256") : crypto.createHmac("sha256", key)).update(canonical).digest("hex");
}

const lastHashQuery = preparedQuery((db) => db.selectFrom("audit_log").select(["id", "hash"]).orderBy("id", "desc").limit(1));
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
  await appendQuery(trx, row.actor_user_id, row.action, row.target, row.details, row.created_at, prevHash, auditRowHash(prevHash, row, env().AUDIT_KEY));
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
  | { ok: true; rows: number; anchored: boolean }
  | (Refusal & { rows: number; firstBadId: number | null });

/** The first row of the keyed chain (rows before it were chained without the key). */
async function keyedFrom(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("audit_chain").select("keyed_from_id").where("id", "=", 1).executeTakeFirst();
  return row?.keyed_from_id ?? 1;
}

/**
 * Checks the chain with the key, and that it still holds every head anchored in the file (so that
 * rows removed from the end, an emptied log and a chain recomputed without the key are all found).
 * With no anchor file yet, only the chain is checked, and `anchored` says so.
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
  { key = env().AUDIT_KEY, anchorPath = env().AUDIT_ANCHOR_PATH }: { key?: string; anchorPath?: string } = {},
): Promise<AuditVerification> {
  const [rows, boundary] = await Promise.all([db.selectFrom("audit_log").selectAll().orderBy("id", "asc").execute(), keyedFrom(db)]);
  const anchors = readAuditAnchors(anchorPath);
  const bad = (firstBadId: number | null, problem: string): AuditVerification => ({ ok: false, problem, rows: rows.length, firstBadId });
  if (anchors?.problems.length) return bad(null, `cannot be checked against its anchors: ${anchors.problems[0]}`);
  if (anchors && anchors.boundary !== null && anchors.boundary !== boundary) {
    return bad(null, `says the keyed chain starts at entry ${boundary}, but the anchor file says ${anchors.boundary} (the boundary was moved)`);
  }
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    if (row.prev_hash !== prevHash) {
      return bad(row.id, "does not follow the row before it (a row was removed or reordered)");
    }
    if (auditRowHash(prevHash, row, row.id >= boundary ? key : null) !== row.hash) {
      return bad(row.id, "its contents do not match its hash (it was edited, or the chain was recomputed without the key)");
    }
    prevHash = row.hash;
  }
  if (anchors) {
    const hashes = new Map(rows.map((r) => [r.id, r.hash]));
    for (const head of anchors.heads) {
      const hash = hashes.get(head.id);
      if (hash === undefined) return bad(head.id, "was anchored outside the database but is no longer in the log (entries were removed from the end, or the log was emptied)");
      if (hash !== head.hash) return bad(head.id, "does not match the hash anchored outside the database (the chain was rewritten)");
    }
  }
  return { ok: true, rows: rows.length, anchored: anchors !== null };
}

const lastAnchored = new Map<string, number>();

/**
 * Appends the chain's head to the anchor file when it has moved on since the last anchor (and the
 * boundary, when the file is new). The server calls it at start, every half minute and at shutdown;
 * rows written since the last anchor are protected by the key alone (decision 019).
 */
export async function anchorAuditHead(db: Kysely<Database>, { anchorPath = env().AUDIT_ANCHOR_PATH, now = new Date() }: { anchorPath?: string; now?: Date } = {}): Promise<void> {
  if (!lastAnchored.has(anchorPath)) {
    const existing = readAuditAnchors(anchorPath);
    if (!existing || existing.boundary === null) appendAuditAnchors(anchorPath, [`boundary ${await keyedFrom(db)} ${now.toISOString()}`]);
    lastAnchored.set(anchorPath, Math.max(0, ...(existing?.heads.map((h) => h.id) ?? [])));
  }
  const [head] = (await lastHashQuery(db)).rows;
  if (!head || head.id === lastAnchored.get(anchorPath)) return;
  appendAuditAnchors(anchorPath, [`head ${head.id} ${head.hash} ${now.toISOString()}`]);
  lastAnchored.set(anchorPath, head.id);
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
