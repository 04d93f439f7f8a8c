// Reminders to organisations with drafts, 7 days and 1 day before their deadline (extensions
// included). Each is sent at most once, even with two runners (the in-server scheduler and cron):
// the row in reminders_sent, unique per cycle, organisation and kind, is written in one transaction
// with the reminder e-mails it queues, and only the runner whose insert succeeded queues them.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { effectiveDeadline } from "~/domain/stages";
import { draftReminderMail } from "~/emails/endorsement-emails.server";
import { queueMail } from "./outbox.server";
import { inTransaction } from "~/platform/sql.server";

export type ReminderKind = "7-days" | "1-day";

const DAY_MS = 24 * 3600_000;

/** Which reminder is due this long before the deadline: the nearer one only, so nobody gets two at once. */
export function reminderDue(deadline: string, now: Date): ReminderKind | null {
  const left = Date.parse(deadline) - now.getTime();
  if (left <= 0) return null;
  if (left <= DAY_MS) return "1-day";
  if (left <= 7 * DAY_MS) return "7-days";
  return null;
}

export type RemindersSent = { cycleId: number; organisationId: number; kind: ReminderKind; recipients: number }[];

export async function sendDueReminders(db: Kysely<Database>, now: Date = new Date()): Promise<RemindersSent> {
  const sent: RemindersSent = [];
  const cycles = await db.selectFrom("award_cycles").selectAll().where("stage", "=", "open").execute();
  for (const cycle of cycles) {
    const extensions = await db.selectFrom("deadline_extensions").select(["organisation_id", "new_close_at"]).where("cycle_id", "=", cycle.id).execute();
    const drafts = await db
      .selectFrom("nominations")
      .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
      .select(["nominations.organisation_id", "nominations.title", "organisations.name as organisation_name"])
      .where("nominations.cycle_id", "=", cycle.id)
      .where("nominations.status", "=", "draft")
      .orderBy("nominations.id")
      .execute();
    const byOrganisation = new Map<number, { name: string; titles: string[] }>();
    for (const d of drafts) {
      const entry = byOrganisation.get(d.organisation_id) ?? { name: d.organisation_name, titles: [] };
      entry.titles.push(d.title);
      byOrganisation.set(d.organisation_id, entry);
    }
    for (const [organisationId, { name, titles }] of byOrganisation) {
      const deadline = effectiveDeadline(cycle, extensions, organisationId);
      const kind = deadline ? reminderDue(deadline, now) : null;
      if (!deadline || !kind) continue;
      const recipients = await inTransaction(db, async (trx) => {
        const claimed = await trx
          .insertInto("reminders_sent")
          .values({ cycle_id: cycle.id, organisation_id: organisationId, kind, sent_at: now.toISOString() })
          .onConflict((oc) => oc.columns(["cycle_id", "organisation_id", "kind"]).doNothing())
          .executeTakeFirst();
        if (Number(claimed.numInsertedOrUpdatedRows ?? 0n) === 0) return null;
        const entrants = await trx
          .selectFrom("memberships")
          .innerJoin("users", "users.id", "memberships.user_id")
          .innerJoin("roles", "roles.user_id", "users.id")
          .select(["users.email", "users.name"])
          .where("memberships.organisation_id", "=", organisationId)
          .where("memberships.status", "=", "approved")
          .where("roles.role", "=", "entrant")
          .where("users.active", "=", 1)
          .distinct()
          .execute();
        for (const to of entrants) await queueMail(trx, draftReminderMail(to, { kind, organisation: name, year: cycle.year, deadline, drafts: titles }));
        return entrants.length;
      });
      if (recipients !== null) sent.push({ cycleId: cycle.id, organisationId, kind, recipients });
    }
  }
  return sent;
}
