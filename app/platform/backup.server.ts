// Backups and restores of the database, and who holds it: the one module that knows the database is
// a SQLite file (a PostgreSQL install would put pg_dump and pg_restore behind these same verbs).
// A backup is a folder: awards.db, made with SQLite's online backup (a consistent snapshot while the
// server writes), and manifest.json (time, rows per table, the audit chain's head). A restore checks
// the folder against its manifest and refuses a database that a running server holds (decision 028).
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { makeFolder } from "./folders.server";

export const BACKUP_FILE = "awards.db";
export const MANIFEST_FILE = "manifest.json";

export type BackupManifest = {
  format: 1;
  createdAt: string;
  database: typeof BACKUP_FILE;
  bytes: number;
  /** Rows in each table of the copy. */
  tables: Record<string, number>;
  /** The audit log's last entry in the copy (npm run audit:verify checks the chain up to it). */
  auditHead: { id: number; hash: string } | null;
  /** The last migration applied to the copy. */
  migration: string | null;
};

export class BackupError extends Error {}

/** Rows per table, the audit head and the last migration of an open database. */
function describe(sqlite: SQLite.Database): Pick<BackupManifest, "tables" | "auditHead" | "migration"> {
  const names = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  const tables: Record<string, number> = {};
  for (const name of names) tables[name] = sqlite.prepare(`select count(*) from "${name.replaceAll('"', '""')}"`).pluck().get() as number;
  const auditHead = names.includes("audit_log")
    ? ((sqlite.prepare("select id, hash from audit_log order by id desc limit 1").get() as { id: number; hash: string } | undefined) ?? null)
    : null;
  const migration = names.includes("kysely_migration")
    ? ((sqlite.prepare("select name from kysely_migration order by name desc limit 1").pluck().get() as string | undefined) ?? null)
    : null;
  return { tables, auditHead, migration };
}

/** A folder name for a backup taken at `now`, sortable by time. */
export function backupName(now: Date): string {
  return now.toISOString().replace(/:/g, "-").replace(/\.\d+Z$/, "Z");
}

/**
 * Backs up the open database into a new folder under `backupDir`. The copy is written beside it and
 * renamed into place only when it and its manifest are complete, so a folder that exists is whole.
 */
export async function backupDatabase(source: SQLite.Database, backupDir: string, now: Date = new Date()): Promise<{ dir: string; manifest: BackupManifest }> {
  makeFolder(backupDir);
  let dir = path.join(backupDir, backupName(now));
  for (let n = 2; fs.existsSync(dir); n++) dir = path.join(backupDir, `${backupName(now)}-${n}`);
  const partial = path.join(backupDir, `.partial-${path.basename(dir)}-${process.pid}`);
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { mode: 0o700 });
  try {
    const file = path.join(partial, BACKUP_FILE);
    await source.backup(file);
    fs.chmodSync(file, 0o600);
    const copy = new SQLite(file, { readonly: true });
    let manifest: BackupManifest;
    try {
      manifest = { format: 1, createdAt: now.toISOString(), database: BACKUP_FILE, bytes: fs.statSync(file).size, ...describe(copy) };
    } finally {
      copy.close();
    }
    fs.writeFileSync(path.join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + "\n", { mode: 0o600 });
    fs.renameSync(partial, dir);
    return { dir, manifest };
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/** The backups under a folder, oldest first (only whole ones: each has its manifest). */
export function listBackups(backupDir: string): { dir: string; manifest: BackupManifest }[] {
  if (!fs.existsSync(backupDir)) return [];
  return fs
    .readdirSync(backupDir)
    .filter((name) => !name.startsWith("."))
    .flatMap((name) => {
      const dir = path.join(backupDir, name);
      try {
        return [{ dir, manifest: JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), "utf8")) as BackupManifest }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => a.manifest.createdAt.localeCompare(b.manifest.createdAt));
}

/** Deletes backups older than `keepDays`, always keeping the newest; returns the folders deleted. */
export function pruneBackups(backupDir: string, keepDays: number, now: Date = new Date()): string[] {
  const backups = listBackups(backupDir);
  const cutoff = now.getTime() - keepDays * 86_400_000;
  const old = backups.slice(0, -1).filter((b) => Date.parse(b.manifest.createdAt) < cutoff);
  for (const b of old) fs.rmSync(b.dir, { recursive: true, force: true });
  return old.map((b) => b.dir);
}

/** Checks a backup folder against its manifest; returns the manifest or throws BackupError saying what is wrong. */
export function checkBackup(dir: string): BackupManifest {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), "utf8")) as BackupManifest;
  } catch {
    throw new BackupError(`${dir} is not a backup: it has no readable ${MANIFEST_FILE}.`);
  }
  const file = path.join(dir, manifest.database ?? BACKUP_FILE);
  if (!fs.existsSync(file)) throw new BackupError(`${dir} has a manifest but no ${BACKUP_FILE}.`);
  const copy = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new BackupError(`The backup's database is damaged: ${String(integrity)}.`);
    const found = describe(copy);
    for (const [table, rows] of Object.entries(manifest.tables)) {
      if (found.tables[table] !== rows) throw new BackupError(`The backup does not match its manifest: ${table} has ${found.tables[table] ?? "no"} rows, the manifest says ${rows}.`);
    }
    if (JSON.stringify(found.auditHead) !== JSON.stringify(manifest.auditHead)) {
      throw new BackupError("The backup does not match its manifest: the audit log's last entry differs.");
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`The backup's database cannot be read: ${(error as Error).message}.`);
  } finally {
    copy.close();
  }
  return manifest;
}

/** The file in which a running server writes its process id, beside its database. */
export function serverPidFile(databaseFile: string): string {
  return `${databaseFile}.pid`;
}

/** The id of a running server process holding the database, or null (a pid file left by a crash is ignored). */
export function databaseHolder(databaseFile: string): number | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(serverPidFile(databaseFile), "utf8").trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : null;
  }
}

/** Marks the database as held by this process (the server, at start); the function returned lets go. */
export function holdDatabase(databaseFile: string): () => void {
  const file = serverPidFile(databaseFile);
  fs.writeFileSync(file, `${process.pid}\n`, { mode: 0o600 });
  return () => {
    try {
      if (fs.readFileSync(file, "utf8").trim() === String(process.pid)) fs.unlinkSync(file);
    } catch {
      // already gone
    }
  };
}

/**
 * Restores a backup folder to `databaseFile`: checks it against its manifest, refuses while a server
 * holds the database, then puts the copy in place (with no stale WAL beside it).
 */
export function restoreDatabase(dir: string, databaseFile: string): BackupManifest {
  const manifest = checkBackup(dir);
  const holder = databaseHolder(databaseFile);
  if (holder !== null) {
    throw new BackupError(`The server (process ${holder}) is running on ${databaseFile}: stop it first, then restore.`);
  }
  makeFolder(path.dirname(databaseFile));
  const incoming = `${databaseFile}.restoring`;
  fs.copyFileSync(path.join(dir, manifest.database ?? BACKUP_FILE), incoming);
  fs.chmodSync(incoming, 0o600);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(databaseFile + suffix, { force: true });
  fs.renameSync(incoming, databaseFile);
  return manifest;
}
