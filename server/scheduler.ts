// The in-server scheduler: runs the due jobs (reminders to organisations with drafts) once at start
// and every 10 minutes. `npm run jobs:run-due` does the same once, for cron; running both is safe,
// because each reminder is claimed in the database before it is sent.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { sendDueReminders } from "../app/models/reminders.server";

export const JOBS_INTERVAL_MS = 10 * 60_000;

export async function runDueJobs(db: Kysely<Database>, now: Date = new Date()) {
  const reminders = await sendDueReminders(db, now);
  return { reminders };
}

/** Starts the timer (it never keeps the process alive) and returns a function that stops it. */
export function startScheduler(db: Kysely<Database>, intervalMs = JOBS_INTERVAL_MS): () => void {
  let running = false;
  const tick = async () => {
    if (running) return; // a slow run is never overlapped by the next
    running = true;
    try {
      const { reminders } = await runDueJobs(db);
      for (const r of reminders) console.log(`[jobs] sent the ${r.kind} reminder for cycle ${r.cycleId} to organisation ${r.organisationId} (${r.recipients} entrants)`);
    } catch (error) {
      console.error(`[jobs] due jobs failed: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
