// `npm run db:backup [folder]`: an online backup of DATABASE_PATH (safe while the server runs and
// writes) into a new folder under BACKUP_DIR (or the folder given), with its manifest (decision 028).
import { backupDatabase } from "../app/platform/backup.server";
import { closeDb, getSqliteHandle } from "../app/platform/db.server";
import { env } from "../app/platform/env.server";

if (env().DATABASE_URL) {
  console.log("The database is PostgreSQL (DATABASE_URL): back it up with the platform's point-in-time restore or `pg_dump --format=custom`; npm run db:backup copies only a SQLite database (decision 040).");
  process.exit(0);
}

try {
  const { dir, manifest } = await backupDatabase(getSqliteHandle(), process.argv[2] ?? env().BACKUP_DIR);
  const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
  console.log(`Backed up ${env().DATABASE_PATH} to ${dir}: ${Object.keys(manifest.tables).length} tables, ${rows} rows, audit log up to entry ${manifest.auditHead?.id ?? "none"}.`);
} catch (error) {
  console.error(`The backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
