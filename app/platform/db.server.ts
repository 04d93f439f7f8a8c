// The one database handle, opened once per process (and kept on globalThis so that dev rebuilds and
// test helpers share it): better-sqlite3 under Kysely with WAL, foreign keys and a busy timeout, or,
// when DATABASE_URL is set, a pool of PostgreSQL connections (decision 040).
import fs from "node:fs";
import path from "node:path";
import { makeFolder } from "./folders.server";
import SQLite from "better-sqlite3";
import pg from "pg";
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  PostgresDriver,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type PostgresDialectConfig,
  type SqliteDialectConfig,
} from "kysely";
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
/**
 * Transactions begin IMMEDIATE: they take the write lock at the start, waiting for it (busy_timeout)
 * if another process holds it. A plain BEGIN reads first and fails at once with "database is
 * locked" when it later tries to write after another process's commit, as two runners publishing
 * the same announcement (the server and cron) would. Within one process Kysely's one connection
 * runs transactions one at a time anyway.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  /** Kept: Kysely prepares each query's SQL anew, and every transaction (each save) begins and commits. */
  readonly #begin: SQLite.Statement;
  readonly #commit: SQLite.Statement;
  constructor(
    config: SqliteDialectConfig,
    private readonly sqlite: SQLite.Database,
  ) {
    super(config);
    this.#begin = sqlite.prepare("begin immediate");
    this.#commit = sqlite.prepare("commit");
  }
  // The connection is this handle (Kysely's SQLite driver has one): run on it directly.
  override async beginTransaction(): Promise<void> {
    this.#begin.run();
  }
  override async commitTransaction(): Promise<void> {
    this.#commit.run();
  }
  /**
   * After some errors (a full disk, I/O errors) SQLite has already rolled the transaction back, and a
   * second ROLLBACK fails with "cannot rollback - no transaction is active"; Kysely would throw that
   * instead of the error that caused it. So roll back only what is still open.
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction) await super.rollbackTransaction(connection);
  }
}

class AppSqliteDialect extends SqliteDialect {
  readonly #settings: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#settings = config;
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#settings, this.#settings.database as SQLite.Database);
  }
}

/**
 * The key of the advisory lock every PostgreSQL transaction takes first. It makes writes take turns,
 * as SQLite's BEGIN IMMEDIATE does: the models' read-then-write steps (the audit chain's head, claims
 * of publications, reminders and mail, confirmations that check a cycle's state) were written for one
 * writer at a time, and keep that guarantee across connections and instances without each naming its
 * own row locks. Reads outside transactions do not wait. Decision 040 weighs the cost.
 */
export const WRITE_LOCK_KEY = 7340019;

/**
 * PostgreSQL's text cannot hold the NUL character, which SQLite stores; a NUL in what a client sends
 * would otherwise be a database error (a 500). It is stored as U+FFFD, the character that stands for
 * one that cannot be shown, so nothing a client sends can fail a write.
 */
function withoutNul(query: CompiledQuery): CompiledQuery {
  if (!query.parameters.some((p) => typeof p === "string" && p.includes("\u0000"))) return query;
  return { ...query, parameters: query.parameters.map((p) => (typeof p === "string" ? p.replaceAll("\u0000", "\uFFFD") : p)) };
}

const cleaned = new WeakSet<DatabaseConnection>();

class SerialPostgresDriver extends PostgresDriver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    // Kysely keeps one connection object per pooled client, so each is adjusted once.
    if (!cleaned.has(connection)) {
      cleaned.add(connection);
      const execute = connection.executeQuery.bind(connection);
      const stream = connection.streamQuery.bind(connection);
      connection.executeQuery = (query) => execute(withoutNul(query));
      connection.streamQuery = (query, chunkSize) => stream(withoutNul(query), chunkSize);
    }
    return connection;
  }
  override async beginTransaction(connection: DatabaseConnection, settings: Parameters<PostgresDriver["beginTransaction"]>[1]): Promise<void> {
    await super.beginTransaction(connection, settings);
    await connection.executeQuery(CompiledQuery.raw(`select pg_advisory_xact_lock(${WRITE_LOCK_KEY})`));
  }
}

class AppPostgresDialect extends PostgresDialect {
  readonly #settings: PostgresDialectConfig;
  constructor(config: PostgresDialectConfig) {
    super(config);
    this.#settings = config;
  }
  override createDriver(): Driver {
    return new SerialPostgresDriver(this.#settings);
  }
}

// Counts (bigint) and numeric values come back from pg as strings; every caller expects numbers, and
// no count or sum here comes near 2^53.
const pgTypes = {
  getTypeParser: (id: number, format?: "text" | "binary") =>
    id === pg.types.builtins.INT8 || id === pg.types.builtins.NUMERIC ? (v: string) => Number(v) : pg.types.getTypeParser(id, format),
};

/** A Kysely handle on the PostgreSQL database at `url`, with its pool. */
export function openPostgres(url: string, { max = 10 } = {}): { db: DB; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max, types: pgTypes as pg.CustomTypesConfig });
  pool.on("error", (error) => console.error(`PostgreSQL connection error: ${error.message}`));
  return { db: new Kysely<Database>({ dialect: new AppPostgresDialect({ pool }) }), pool };
}

export function openDatabase(file: string): DB {
  return openDatabaseWithHandle(file).db;
}

/** Owner-only modes: the database holds e-mail addresses, password hashes and unpublished entries. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/**
 * The database file is made owner-only before SQLite opens it: SQLite gives the WAL and shared-memory
 * files the mode of the database file, so they follow. An existing install's files are tightened too.
 * A folder made here is owner-only; an existing one is left as it is (it may be shared, e.g. /var/lib).
 */
function makePrivate(file: string) {
  makeFolder(path.dirname(file), PRIVATE_DIR_MODE);
  fs.closeSync(fs.openSync(file, "a", PRIVATE_FILE_MODE));
  for (const suffix of ["", "-wal", "-shm"]) {
    try {
      fs.chmodSync(file + suffix, PRIVATE_FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

function openDatabaseWithHandle(file: string): { db: DB; sqlite: SQLite.Database } {
  if (file !== ":memory:") makePrivate(file);
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // SQLite's lower() folds only A-Z, so a search for "Ó Briain" would miss "Siân Ó Briain". Replacing
  // it with JavaScript's Unicode-aware one makes lower() mean what it means in PostgreSQL.
  sqlite.function("lower", { deterministic: true }, (value: unknown) => (typeof value === "string" ? value.toLowerCase() : value));
  return { db: new Kysely<Database>({ dialect: new AppSqliteDialect({ database: sqlite }) }), sqlite };
}

const globalForDb = globalThis as unknown as { __hpmaDb?: { file: string; db: DB; sqlite?: SQLite.Database } };

/** The shared handle for the configured DATABASE_URL (PostgreSQL) or else DATABASE_PATH (SQLite). */
export function getDb(): DB {
  const { DATABASE_URL: url, DATABASE_PATH: file } = env();
  const key = url ?? file;
  if (!globalForDb.__hpmaDb || globalForDb.__hpmaDb.file !== key) {
    globalForDb.__hpmaDb = url ? { file: key, db: openPostgres(url).db } : { file, ...openDatabaseWithHandle(file) };
  }
  return globalForDb.__hpmaDb.db;
}

/** Whether the configured database is PostgreSQL (DATABASE_URL set). */
export function usingPostgres(): boolean {
  return Boolean(env().DATABASE_URL);
}

/** The shared handle if this process has opened it (never opens one): where queued mail is kicked. */
export function openedDb(): DB | undefined {
  return globalForDb.__hpmaDb?.db;
}

/**
 * The better-sqlite3 handle under getDb(), for the few hot paths where Kysely's per-query work
 * costs more than the query (see app/platform/public-revision.server.ts). Everything else uses getDb().
 */
export function getSqliteHandle(): SQLite.Database {
  const handle = sqliteHandleIfAny();
  if (!handle) throw new Error("This needs the SQLite database; the service is configured for PostgreSQL (DATABASE_URL).");
  return handle;
}

/** The better-sqlite3 handle when the database is SQLite; undefined on PostgreSQL. */
export function sqliteHandleIfAny(): SQLite.Database | undefined {
  getDb();
  return globalForDb.__hpmaDb!.sqlite;
}

/**
 * Whether the database can be written now: the file is not read-only and the write lock can be
 * taken (within a second). Nothing is changed. For /healthz.
 */
export async function databaseWritable(): Promise<boolean> {
  const sqlite = sqliteHandleIfAny();
  if (!sqlite) {
    // PostgreSQL: a write transaction (the same lock every write takes) that changes nothing.
    try {
      const { rows } = await getDb()
        .transaction()
        .execute((trx) => trx.executeQuery<{ writable: boolean }>(CompiledQuery.raw("select not pg_is_in_recovery() as writable")));
      return rows[0]?.writable === true;
    } catch {
      return false;
    }
  }
  if (sqlite.readonly) return false;
  const file = globalForDb.__hpmaDb!.file;
  try {
    if (file !== ":memory:") fs.accessSync(file, fs.constants.W_OK);
    const timeout = sqlite.pragma("busy_timeout", { simple: true }) as number;
    sqlite.pragma("busy_timeout = 1000");
    try {
      if (sqlite.inTransaction) return true; // a write of this process is under way
      sqlite.exec("begin immediate");
      sqlite.exec("rollback");
    } finally {
      sqlite.pragma(`busy_timeout = ${timeout}`);
    }
    return true;
  } catch {
    return false;
  }
}

/** Moves everything in the WAL into the database file and empties the WAL (at shutdown). */
export function checkpointDb(): void {
  if (!globalForDb.__hpmaDb?.sqlite) return;
  globalForDb.__hpmaDb?.sqlite.pragma("wal_checkpoint(TRUNCATE)");
}

// Work that runs on a handle after the request that started it has answered (the outbox's delivery
// passes): closing the handle waits for it. On globalThis, like the handle.
const globalForWork = globalThis as unknown as { __hpmaDbWork?: WeakMap<DB, Set<Promise<unknown>>> };
const workInFlight = (globalForWork.__hpmaDbWork ??= new WeakMap<DB, Set<Promise<unknown>>>());

/** Registers work running on the handle in the background, so that closeDb waits for it to end. */
export function holdOpenUntilDone(db: DB, work: Promise<unknown>): void {
  let held = workInFlight.get(db);
  if (!held) workInFlight.set(db, (held = new Set()));
  const entry = work.then(
    () => undefined,
    () => undefined,
  );
  held.add(entry);
  void entry.then(() => held.delete(entry));
}

/**
 * Closes the shared handle once the work in flight on it has ended (mail being delivered is sent and
 * marked, so a stop never leaves a message claimed for its lease). No new delivery starts meanwhile:
 * the handle is no longer the shared one, so queueMail's kick finds none.
 */
export async function closeDb(): Promise<void> {
  const held = globalForDb.__hpmaDb;
  globalForDb.__hpmaDb = undefined;
  if (!held) return;
  for (let work = workInFlight.get(held.db); work && work.size > 0; work = workInFlight.get(held.db)) await Promise.all([...work]);
  await held.db.destroy();
}

/** Now as ISO-8601 UTC text, the form every timestamp is stored in. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
