// The one database handle: better-sqlite3 under Kysely, opened once per process (and kept on
// globalThis so that dev rebuilds and test helpers share it) with WAL, foreign keys and a busy timeout.
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteAdapter, SqliteDialect, type DialectAdapter } from "kysely";
import type { Database } from "../../db/schema";
import { env } from "./env.server";

export type DB = Kysely<Database>;

/**
 * SQLite can roll back DDL, but Kysely's adapter says it cannot, so the Migrator would not wrap a
 * run in a transaction. Saying so lets a failed migration leave the database exactly as it was.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
class AppSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

export function openDatabase(file: string): DB {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // SQLite's lower() folds only A-Z, so a search for "Ó Briain" would miss "Siân Ó Briain". Replacing
  // it with JavaScript's Unicode-aware one makes lower() mean what it means in PostgreSQL.
  sqlite.function("lower", { deterministic: true }, (value: unknown) => (typeof value === "string" ? value.toLowerCase() : value));
  return new Kysely<Database>({ dialect: new AppSqliteDialect({ database: sqlite }) });
}

const globalForDb = globalThis as unknown as { __hpmaDb?: { file: string; db: DB } };

/** The shared handle for the configured DATABASE_PATH. */
export function getDb(): DB {
  const file = env().DATABASE_PATH;
  if (!globalForDb.__hpmaDb || globalForDb.__hpmaDb.file !== file) {
    globalForDb.__hpmaDb = { file, db: openDatabase(file) };
  }
  return globalForDb.__hpmaDb.db;
}

export async function closeDb(): Promise<void> {
  const held = globalForDb.__hpmaDb;
  globalForDb.__hpmaDb = undefined;
  if (held) await held.db.destroy();
}

/** Now as ISO-8601 UTC text, the form every timestamp is stored in. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
