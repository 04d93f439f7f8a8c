// Anchors the audit log's head outside the database (decision 019): once at start, every 30 seconds
// while the server runs, and once more at shutdown. Appending only when the head has moved keeps the
// file small (a line per half minute of activity at most).
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { anchorAuditHead } from "../app/models/audit.server";

export const AUDIT_ANCHOR_INTERVAL_MS = 30_000;

/** Starts anchoring; the function it returns writes a last anchor and stops. */
export function startAuditAnchoring(db: Kysely<Database>, intervalMs = AUDIT_ANCHOR_INTERVAL_MS): () => Promise<void> {
  const anchor = async () => {
    try {
      await anchorAuditHead(db);
    } catch (error) {
      console.error(`[audit] the audit log's head could not be anchored: ${(error as Error).message}`);
    }
  };
  void anchor();
  const timer = setInterval(() => void anchor(), intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await anchor();
  };
}
