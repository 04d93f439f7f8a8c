// The in-server scheduler: runs the due jobs (reminders to organisations with drafts, and to judges
// with unfinished score sheets 3 days before judging closes) once at start
// and every 10 minutes. `npm run jobs:run-due` does the same once, for cron; running both is safe,
// because each reminder is claimed in the database before it is sent.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { sendDueJudgingReminders } from "../app/models/judging-reminders.server";
import { sendDueReminders } from "../app/models/reminders.server";

export const JOBS_INTERVAL_MS = 10 * 60_000;

export async function runDueJobs(db: Kysely<Database>, now: Date = new Date()) {
  const reminders = await sendDueReminders(db, now);
  const judgingReminders = await sendDueJudgingReminders(db, now);
  return { reminders, judgingReminders };
}

/** Starts the timer (it never keeps the process alive) and returns a function that stops it. */
export function startScheduler(db: Kysely<Database>, intervalMs = JOBS_INTERVAL_MS): () => void {
  let running = false;
  const tick = async () => {
    if (running) return; // a slow run is never overlapped by the next
    running = true;
    try {
      const { reminders, judgingReminders } = await runDueJobs(db);
      for (const r of reminders) console.log(`[jobs] sent the ${r.kind} reminder for cycle ${r.cycleId} to organisation ${r.organisationId} (${r.recipients} entrants)`);
      if (judgingReminders.length) console.log(`[jobs] sent the 3-day judging reminder to ${judgingReminders.length} judges`);
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
