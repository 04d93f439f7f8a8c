// Hot paths read without Kysely's per-query work. On SQLite, a prepared better-sqlite3 statement:
// used where a query runs on every request and the answer must be exact at once, such as the
// archive's revision that decides whether a cached public page is still current. On PostgreSQL the
// same answer is one query on the pool (decision 040): still exact, so a case study published by
// another instance shows at once.
import type SQLite from "better-sqlite3";
import { sql } from "kysely";
import { getDb, sqliteHandleIfAny } from "./db.server";

let prepared: { handle: SQLite.Database; statement: SQLite.Statement<[], number> } | undefined;

/** The archive's current revision: in about a microsecond on SQLite (a number), a query on PostgreSQL (a promise). */
export function currentArchiveRevision(): number | Promise<number> {
  const handle = sqliteHandleIfAny();
  if (!handle) {
    return sql<{ revision: number }>`select revision from archive_state where id = 1`.execute(getDb()).then(({ rows }) => Number(rows[0]?.revision ?? 0));
  }
  if (prepared?.handle !== handle) {
    prepared = { handle, statement: handle.prepare<[], number>("select revision from archive_state where id = 1").pluck() };
  }
  return prepared.statement.get() ?? 0;
}
