// Queries that run on every request of a hot path (the session lookup, autosave), built with Kysely
// once and then run as a prepared better-sqlite3 statement kept for reuse. Building and compiling a
// Kysely query and preparing its SQL costs 50-250 µs each time; running a kept statement, about 5-20.
// The SQL is still Kysely's: on PostgreSQL (and for any handle other than appDb()) the same compiled
// query runs through Kysely, so only the kept statement is SQLite's.
import type SQLite from "better-sqlite3";
import { CompiledQuery, type Compilable, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { getDb, sqliteHandleIfAny } from "./db.server";

const MARK = "\u0000hpma-param:";

/**
 * The i-th value a prepared query is run with, in place of a value in its builder. Typed as
 * never so that it fits any column.
 */
export function param(i: number): never {
  return `${MARK}${i}` as never;
}

type Compiled = { sql: string; slots: ({ arg: number } | { value: unknown })[] };

/** Kysely handles (appDb() and transactions opened on it) whose better-sqlite3 handle is known. */
const handles = new WeakMap<Kysely<Database>, SQLite.Database>();
const statements = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

/** getDb(), known to preparedQuery as the app's own handle, so that it runs kept statements on it. */
export function appDb(): Kysely<Database> {
  const db = getDb();
  if (!handles.has(db)) {
    // On PostgreSQL there is no statement to keep: queries run through Kysely, compiled once.
    const handle = sqliteHandleIfAny();
    if (handle) handles.set(db, handle);
  }
  return db;
}

function statement(handle: SQLite.Database, sql: string): SQLite.Statement {
  let kept = statements.get(handle);
  if (!kept) statements.set(handle, (kept = new Map()));
  let stmt = kept.get(sql);
  if (!stmt) kept.set(sql, (stmt = handle.prepare(sql)));
  return stmt;
}

export type PreparedResult<R> = { rows: R[]; changes: number };

/**
 * A query built once (with param(i) for each value it is run with) and run as often as needed.
 * On appDb() it runs as a kept statement: outside a transaction it waits for the one
 * connection like any Kysely query (so it never runs inside someone else's open transaction); in
 * one of preparedTransaction's it runs at once, as the transaction holds the connection.
 */
export function preparedQuery<R>(build: (db: Kysely<Database>) => Compilable<R>) {
  // Compiled once per dialect (keyed by its adapter's class): a process that opens both databases,
  // as the benchmark's side-by-side rows do, must not send SQLite's SQL to PostgreSQL.
  const compiledFor = new Map<unknown, Compiled>();
  return async (db: Kysely<Database>, ...args: unknown[]): Promise<PreparedResult<R>> => {
    const dialect = db.getExecutor().adapter.constructor;
    let compiled = compiledFor.get(dialect);
    if (!compiled) {
      const { sql, parameters } = build(db).compile();
      compiled = {
        sql,
        slots: parameters.map((p) => (typeof p === "string" && p.startsWith(MARK) ? { arg: Number(p.slice(MARK.length)) } : { value: p })),
      };
      compiledFor.set(dialect, compiled);
    }
    const values = compiled.slots.map((s) => ("arg" in s ? args[s.arg] : s.value));
    const handle = handles.get(db);
    if (!handle) {
      const result = await db.executeQuery<R>(CompiledQuery.raw(compiled.sql, values));
      return { rows: [...result.rows], changes: Number(result.numAffectedRows ?? 0) };
    }
    const stmt = statement(handle, compiled.sql);
    const run = (): PreparedResult<R> => (stmt.reader ? { rows: stmt.all(values) as R[], changes: 0 } : { rows: [], changes: stmt.run(values).changes });
    return db.isTransaction ? run() : db.connection().execute(async () => run());
  };
}

/**
 * Runs fn in db's transaction if it is one, else in a new one (as inTransaction does); a new one on
 * appDb() lets preparedQuery run its kept statements inside it.
 */
export async function preparedTransaction<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<Database>);
  const handle = handles.get(db);
  return db.transaction().execute(async (trx) => {
    if (handle) handles.set(trx, handle);
    return fn(trx);
  });
}
