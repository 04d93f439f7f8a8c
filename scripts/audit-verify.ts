// `npm run audit:verify`: checks the audit log's hash chain; exits 1 if any entry was edited or removed.
import { verifyAuditChain } from "../app/models/audit.server";
import { closeDb, getDb } from "../app/utils/db.server";

const result = await verifyAuditChain(getDb());
if (result.ok) {
  console.log(`The audit log is intact: ${result.rows} entries checked.`);
} else {
  console.error(`The audit log has been tampered with: entry ${result.firstBadId} ${result.problem}. (${result.rows} entries in all.)`);
  process.exitCode = 1;
}
await closeDb();
