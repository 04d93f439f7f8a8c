// The in-server scheduler. Every 10 minutes (and once at start) it sends the due reminders: to
// organisations with drafts, and to judges with unfinished score sheets 3 days before judging closes.
// Every 2 seconds it checks for a due announcement (one indexed query), so that results are published
// at the ceremony time itself, and at the next start by a server that was down then. The 10-minute
// run also applies the retention rule (app/models/retention.server.ts) to cycles past RETENTION_YEARS.
// Every 3 seconds it delivers the outbox's due e-mails (retries, and mail queued by another process such as cron).
// Once a day (checked hourly, first a minute after start) it backs up the database into BACKUP_DIR and
// deletes backups older than BACKUP_KEEP days (decision 028).
// On PostgreSQL, with several instances on one database, only the leader (an advisory lock,
// app/platform/leader.server.ts) runs these timers' jobs.
// `npm run jobs:run-due` does all of it once, for cron; running both is safe, because each reminder
// and each publication is claimed in the database, and each e-mail claimed before it is sent.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { sendDueJudgingReminders } from "../app/models/judging-reminders.server";
import { forgetOldLoginAttempts } from "../app/models/login-attempts.server";
import { deliverMail } from "../app/models/outbox.server";
import { publishDueAnnouncements } from "../app/models/publication.server";
import { sendDueReminders } from "../app/models/reminders.server";
import { forgetOldRegistrationAttempts } from "../app/models/registration-attempts.server";
import { applyDueRetention } from "../app/models/retention.server";
import { env } from "../app/platform/env.server";
import { backupDatabase, listBackups, pruneBackups } from "../app/platform/backup.server";
import { sqliteHandleIfAny } from "../app/platform/db.server";
import { isSchedulerLeader, stopLeading } from "../app/platform/leader.server";

export const JOBS_INTERVAL_MS = 10 * 60_000;
export const ANNOUNCEMENT_POLL_MS = 2_000;
export const MAIL_POLL_MS = 3_000;
export const BACKUP_CHECK_MS = 60 * 60_000;
export const FIRST_BACKUP_CHECK_MS = 60_000;
const DAY_MS = 86_400_000;

/** Backs up when the newest backup is a day old (or there is none) and prunes old ones; the new folder, or null. */
export async function runDailyBackup({ backupDir = env().BACKUP_DIR, keepDays = env().BACKUP_KEEP, now = new Date() } = {}): Promise<string | null> {
  if (keepDays === 0) return null;
  const newest = listBackups(backupDir).at(-1);
  if (newest && now.getTime() - Date.parse(newest.manifest.createdAt) < DAY_MS - 5 * 60_000) return null;
  // On PostgreSQL, backups are the database platform's (point-in-time restore, pg_dump): decision 040.
  const sqlite = sqliteHandleIfAny();
  if (!sqlite) return null;
  const { dir } = await backupDatabase(sqlite, backupDir, now);
  pruneBackups(backupDir, keepDays, now);
  return dir;
}

export async function runDueJobs(db: Kysely<Database>, now: Date = new Date(), retentionYears: number = env().RETENTION_YEARS) {
  const announcements = await publishDueAnnouncements(db, now);
  const reminders = await sendDueReminders(db, now);
  const judgingReminders = await sendDueJudgingReminders(db, now);
  const retention = await applyDueRetention(db, { now, years: retentionYears });
  // Client addresses of sign-in and registration attempts, kept a day (decision 041).
  await forgetOldLoginAttempts(db, now);
  await forgetOldRegistrationAttempts(db, now);
  // Last, so that the e-mails the jobs above queued go out in this same run.
  const mail = await deliverMail(db);
  return { announcements, reminders, judgingReminders, retention, mail };
}

/** One line for the log about each cycle whose text the retention rule deleted. */
export function retentionLines(retention: Awaited<ReturnType<typeof applyDueRetention>>): string[] {
  return retention.map((r) => `Deleted, under the retention rule, the text of ${r.nominations} unsuccessful nominations and the judges' comments on ${r.scoreSheets} score sheets of the ${r.year} award.`);
}

/** One line for the log about each announcement handled (a problem is logged once per cycle). */
function logAnnouncements(announcements: Awaited<ReturnType<typeof publishDueAnnouncements>>, told: Set<string>) {
  for (const a of announcements) {
    if ("problem" in a) {
      const key = `${a.cycleId}:${a.problem}`;
      if (!told.has(key)) console.error(`[jobs] the announcement of cycle ${a.cycleId} is due but cannot be published: ${a.problem}`);
      told.add(key);
    } else console.log(`[jobs] published the ${a.year} results: ${a.published.length} case studies`);
  }
}

/** Starts the timers (they never keep the process alive) and returns a function that stops them. */
export function startScheduler(db: Kysely<Database>, intervalMs = JOBS_INTERVAL_MS, pollMs = ANNOUNCEMENT_POLL_MS, mailPollMs = MAIL_POLL_MS): () => Promise<void> {
  let running = false;
  const told = new Set<string>();
  const tick = async () => {
    if (running) return; // a slow run is never overlapped by the next
    running = true;
    try {
      if (!(await isSchedulerLeader())) return; // another instance runs the jobs (PostgreSQL)
      const { announcements, reminders, judgingReminders, retention } = await runDueJobs(db);
      logAnnouncements(announcements, told);
      for (const line of retentionLines(retention)) console.log(`[jobs] ${line}`);
      for (const r of reminders) console.log(`[jobs] sent the ${r.kind} reminder for cycle ${r.cycleId} to organisation ${r.organisationId} (${r.recipients} entrants)`);
      if (judgingReminders.length) console.log(`[jobs] sent the 3-day judging reminder to ${judgingReminders.length} judges`);
    } catch (error) {
      console.error(`[jobs] due jobs failed: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  let polling = false;
  const poll = async () => {
    if (polling || running) return;
    polling = true;
    try {
      if (!(await isSchedulerLeader())) return;
      logAnnouncements(await publishDueAnnouncements(db), told);
    } catch (error) {
      console.error(`[jobs] publishing a due announcement failed: ${(error as Error).message}`);
    } finally {
      polling = false;
    }
  };
  // deliverMail runs one pass at a time per process, so a slow mail server is never overlapped.
  const deliver = () =>
    isSchedulerLeader()
      .then((leader) => (leader ? deliverMail(db) : undefined))
      .catch((error: unknown) => console.error(`[mail] delivering the outbox failed: ${(error as Error).message}`));
  let backingUp: Promise<unknown> = Promise.resolve();
  const backup = () => {
    backingUp = runDailyBackup()
      .then((dir) => dir && console.log(`[backup] the daily backup is in ${dir}`))
      .catch((error: unknown) => console.error(`[backup] the daily backup failed: ${(error as Error).message}`));
  };
  let ticking: Promise<void> = tick();
  const timer = setInterval(() => void (ticking = tick()), intervalMs);
  const announcementTimer = setInterval(() => void poll(), pollMs);
  const mailTimer = setInterval(() => void deliver(), mailPollMs);
  const firstBackup = setTimeout(backup, FIRST_BACKUP_CHECK_MS);
  const backupTimer = setInterval(backup, BACKUP_CHECK_MS);
  for (const t of [timer, announcementTimer, mailTimer, firstBackup, backupTimer]) t.unref();
  /** Stops the timers; resolves when the jobs and the backup under way have finished. */
  return async () => {
    clearInterval(timer);
    clearInterval(announcementTimer);
    clearInterval(mailTimer);
    clearTimeout(firstBackup);
    clearInterval(backupTimer);
    await Promise.allSettled([ticking, backingUp]);
    await stopLeading();
  };
}
