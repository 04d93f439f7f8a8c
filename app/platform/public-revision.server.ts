// What a public page served from memory must know on every request, exact at once: the archive's
// revision (is the cached copy still current?) and the time of the next announcement (how long may a
// shared cache keep it?). On SQLite each is a prepared better-sqlite3 statement, read without Kysely's
// per-query work (about a microsecond). On PostgreSQL (decision 040) both are read in one query on the
// pool: still exact, so a case study published by another instance shows at once.
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

/** How long after its time a scheduled announcement may wait for the scheduler before it stops counting. */
const ANNOUNCEMENT_GRACE_MS = 5 * 60_000;
const announcementsFrom = (now: number) => new Date(now - ANNOUNCEMENT_GRACE_MS).toISOString();
let preparedAnnouncement: { handle: SQLite.Database; statement: SQLite.Statement<[string], string | null> } | undefined;

/**
 * The time of the next announcement not yet published (or one due in the last few minutes that the
 * scheduler is about to publish), ISO text; null when none is scheduled. Read on every public response,
 * so that no shared cache keeps a page past it (docs/decisions/036).
 */
export function nextScheduledAnnouncement(now = Date.now()): string | null | Promise<string | null> {
  const handle = sqliteHandleIfAny();
  if (!handle) {
    // On PostgreSQL (decision 040), the same question as one query on the pool: still exact.
    return getDb()
      .selectFrom("award_cycles")
      .select((eb) => eb.fn.min("announcement_at").as("at"))
      .where("published_at", "is", null)
      .where("announcement_at", ">", announcementsFrom(now))
      .executeTakeFirst()
      .then((row) => row?.at ?? null);
  }
  if (preparedAnnouncement?.handle !== handle) {
    preparedAnnouncement = {
      handle,
      statement: handle
        .prepare<[string], string | null>("select min(announcement_at) from award_cycles where published_at is null and announcement_at > ?")
        .pluck(),
    };
  }
  return preparedAnnouncement.statement.get(announcementsFrom(now)) ?? null;
}

/** The two answers a cached public page needs: the archive's revision and the next announcement's time. */
export type PublicState = { revision: number; nextAnnouncement: string | null };

/**
 * The archive's revision and the next announcement together: on SQLite the two kept statements (a
 * value), on PostgreSQL one query (a promise), so a public page served from memory costs one round trip.
 */
export function currentPublicState(now = Date.now()): PublicState | Promise<PublicState> {
  if (sqliteHandleIfAny()) {
    return { revision: currentArchiveRevision() as number, nextAnnouncement: nextScheduledAnnouncement(now) as string | null };
  }
  return sql<{ revision: number | string | null; next: string | null }>`
    select (select revision from archive_state where id = 1) as revision,
           (select min(announcement_at) from award_cycles where published_at is null and announcement_at > ${announcementsFrom(now)}) as next`
    .execute(getDb())
    .then(({ rows }) => ({ revision: Number(rows[0]?.revision ?? 0), nextAnnouncement: rows[0]?.next ?? null }));
}
