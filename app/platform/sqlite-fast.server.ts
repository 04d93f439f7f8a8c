// SQLite-only hot paths, read with a prepared better-sqlite3 statement instead of through Kysely.
// Used where a query runs on every request and the answer must be exact at once, such as the
// archive's revision that decides whether a cached public page is still current. A move to another
// database replaces this module with Kysely queries (app/models/archive.server.ts: archiveRevision).
import type SQLite from "better-sqlite3";
import { getSqliteHandle } from "./db.server";

let prepared: { handle: SQLite.Database; statement: SQLite.Statement<[], number> } | undefined;

/** The archive's current revision, in about a microsecond. */
export function currentArchiveRevision(): number {
  const handle = getSqliteHandle();
  if (prepared?.handle !== handle) {
    prepared = { handle, statement: handle.prepare<[], number>("select revision from archive_state where id = 1").pluck() };
  }
  return prepared.statement.get() ?? 0;
}
