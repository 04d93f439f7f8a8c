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
    leading = rows[0]?.got === true;
    return leading;
  } catch {
    forget();
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
