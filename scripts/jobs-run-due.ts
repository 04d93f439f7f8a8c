// `npm run jobs:run-due`: runs the due jobs once (a due announcement, reminders to organisations with
// drafts and to judges, the retention rule, then the outbox's due e-mails), for cron.
// Safe beside the server's own scheduler: each reminder is queued once and each e-mail sent once whoever runs it.
import { closeDb, getDb } from "../app/platform/db.server";
import { retentionLines, runDueJobs } from "../server/scheduler";
import { anchorAuditHead } from "../app/models/audit.server";

const { announcements, reminders, judgingReminders, retention, mail } = await runDueJobs(getDb());
for (const a of announcements) console.log("problem" in a ? `The announcement of cycle ${a.cycleId} is due but cannot be published: ${a.problem}` : `Published the ${a.year} results: ${a.published.length} case studies.`);
console.log(reminders.length === 0 ? "No reminders were due." : reminders.map((r) => `Sent the ${r.kind} reminder for cycle ${r.cycleId} to organisation ${r.organisationId} (${r.recipients} entrants).`).join("\n"));
if (judgingReminders.length) console.log(`Sent the 3-day judging reminder to ${judgingReminders.length} judges.`);
console.log(`E-mails: ${mail.sent} sent, ${mail.retrying} to retry later, ${mail.failed} failed.`);
for (const line of retentionLines(retention)) console.log(line);
// What the jobs recorded in the audit log is anchored outside the database (decision 019).
await anchorAuditHead(getDb());
await closeDb();
