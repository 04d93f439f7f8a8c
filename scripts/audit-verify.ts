// `npm run audit:verify`: checks the audit log's keyed hash chain and that it still holds every head
// anchored outside the database (decision 019); exits 1 if any entry was edited or removed, the log
// was truncated or emptied, or the chain was recomputed.
import { verifyAuditChain } from "../app/models/audit.server";
import { closeDb, getDb } from "../app/platform/db.server";
import { env } from "../app/platform/env.server";

const result = await verifyAuditChain(getDb());
if (result.ok) {
  console.log(`The audit log is intact: ${result.rows} entries checked.`);
  if (!result.anchored) {
    console.log(`There is no anchor file at ${env().AUDIT_ANCHOR_PATH} yet (the server writes it), so entries removed from the end could not be checked.`);
  }
} else if (result.firstBadId === null) {
  console.error(`The audit log has been tampered with: the log ${result.problem}. (${result.rows} entries in all.)`);
  process.exitCode = 1;
} else {
  console.error(`The audit log has been tampered with: entry ${result.firstBadId} ${result.problem}. (${result.rows} entries in all.)`);
  process.exitCode = 1;
}
await closeDb();
