// Which instance runs the scheduler's jobs. On SQLite there is one server per database file (it holds
// the file), so it always leads. On PostgreSQL several instances may share the database: the one that
// holds a session-level advisory lock, on a connection of its own, leads; when it stops or its
// connection drops, PostgreSQL releases the lock and the next instance to ask takes over (decision
// 040). The jobs claim their work in the database as well, so a moment with two leaders (or none)
// never sends anything twice; leading only saves the others the work.
import pg from "pg";
import { env } from "./env.server";

/** The advisory lock's key (the write lock of db.server.ts is the key before it). */
export const LEADER_LOCK_KEY = 7340020;

let client: pg.Client | null = null;
let leading = false;

/**
 * Tells the log when the scheduler loses PostgreSQL and when it has it back: one line as the outage
 * starts and one as it ends, never one per tick (the scheduler asks every few seconds). `reached` is
 * whether this tick's question got an answer; the message is what to log, or null.
 */
export function outageWatch() {
  let since: Date | null = null;
  return (reached: boolean, error?: unknown, now = new Date()): string | null => {
    if (!reached && since === null) {
      since = now;
      const reason = error instanceof Error && error.message ? `: ${error.message}` : "";
      return `[scheduler] PostgreSQL cannot be reached${reason}; this instance runs no scheduled jobs until it can`;
    }
    if (reached && since !== null) {
      const seconds = Math.round((now.getTime() - since.getTime()) / 1000);
      since = null;
      return `[scheduler] PostgreSQL can be reached again (after ${seconds} s)`;
    }
    return null;
  };
}

const outage = outageWatch();
const log = (line: string | null, error = false) => {
  if (line) (error ? console.error : console.log)(line);
};

function forget() {
  leading = false;
  const old = client;
  client = null;
  old?.end().catch(() => {});
}

/** Whether this process should run the scheduled jobs now (tries to become the leader if not). */
export async function isSchedulerLeader(): Promise<boolean> {
  const url = env().DATABASE_URL;
  if (!url) return true;
  if (leading && client) return true;
  try {
    if (!client) {
      const next = new pg.Client({ connectionString: url, application_name: "hpma-scheduler" });
      next.on("error", forget);
      next.on("end", () => {
        if (client === next) forget();
      });
      client = next;
      await next.connect();
    }
    const { rows } = await client.query<{ got: boolean }>("select pg_try_advisory_lock($1) as got", [LEADER_LOCK_KEY]);
    log(outage(true));
    leading = rows[0]?.got === true;
    return leading;
  } catch (error) {
    forget();
    log(outage(false, error), true);
    return false;
  }
}

/** Gives up leading (at shutdown): closing the connection releases the lock for another instance. */
export async function stopLeading(): Promise<void> {
  const old = client;
  client = null;
  leading = false;
  if (old) await old.end().catch(() => {});
}
