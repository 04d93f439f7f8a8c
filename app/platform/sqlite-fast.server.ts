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

/** How long after its time a scheduled announcement may wait for the scheduler before it stops counting. */
const ANNOUNCEMENT_GRACE_MS = 5 * 60_000;
let preparedAnnouncement: { handle: SQLite.Database; statement: SQLite.Statement<[string], string | null> } | undefined;

/**
 * The time of the next announcement not yet published (or one due in the last few minutes that the
 * scheduler is about to publish), ISO text; null when none is scheduled. Read on every public response,
 * so that no shared cache keeps a page past it (docs/decisions/036).
 */
export function nextScheduledAnnouncement(now = Date.now()): string | null {
  const handle = getSqliteHandle();
  if (preparedAnnouncement?.handle !== handle) {
    preparedAnnouncement = {
      handle,
      statement: handle
        .prepare<[string], string | null>("select min(announcement_at) from award_cycles where published_at is null and announcement_at > ?")
        .pluck(),
    };
  }
  return preparedAnnouncement.statement.get(new Date(now - ANNOUNCEMENT_GRACE_MS).toISOString()) ?? null;
}
