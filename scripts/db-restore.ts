// `npm run db:restore -- <backup folder> [--replace]`: checks the backup against its manifest and puts
// it in place at DATABASE_PATH. Refuses while a server runs on that database; an existing database is
// replaced only with --replace, and is itself backed up to BACKUP_DIR first (decision 028).
import fs from "node:fs";
import SQLite from "better-sqlite3";
import { BackupError, backupDatabase, checkBackup, databaseHolder, restoreDatabase } from "../app/platform/backup.server";
import { env } from "../app/platform/env.server";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--"));
const replace = args.includes("--replace");
const target = env().DATABASE_PATH;

if (env().DATABASE_URL) {
  console.log("The database is PostgreSQL (DATABASE_URL): restore it with the platform's point-in-time restore or `pg_restore`; npm run db:restore puts back only a SQLite backup (decision 040).");
  process.exit(1);
}

try {
  if (!dir) throw new BackupError("Say which backup to restore: npm run db:restore -- data/backups/<time>");
  checkBackup(dir);
  const holder = databaseHolder(target);
  if (holder !== null) throw new BackupError(`The server (process ${holder}) is running on ${target}: stop it first, then restore.`);
  if (fs.existsSync(target)) {
    if (!replace) throw new BackupError(`${target} already exists: add --replace to replace it (it is backed up first).`);
    const current = new SQLite(target);
    try {
      const saved = await backupDatabase(current, env().BACKUP_DIR);
      console.log(`The database being replaced was backed up to ${saved.dir}.`);
    } finally {
      current.close();
    }
  }
  const manifest = restoreDatabase(dir, target);
  console.log(`Restored ${dir} (taken ${manifest.createdAt}) to ${target}. Run npm run audit:verify to check its audit log.`);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : `The restore failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
