import { afterEach, beforeEach, describe, expect, it } from "vitest";
import path from "node:path";
import { createCycle } from "~/models/cycles.server";
import { deliverMail } from "~/models/outbox.server";
import { sendDueReminders } from "~/models/reminders.server";
import { ukToUtc } from "~/domain/uk-time";
import { resetEnv } from "../../app/platform/env.server";
import type { DB } from "../../app/platform/db.server";
import { seedDemo } from "../../scripts/seed/demo";
import { freshDatabase, tempDir } from "../helpers/database";
import { readOutbox } from "../helpers/outbox";

const DEADLINE = ukToUtc("2031-05-13", "17:00");
const DAY = 24 * 3600_000;
const before = (ms: number) => new Date(Date.parse(DEADLINE) - ms);

let db: DB;
let dataDir: string;
let cycleId: number;
const org: Record<string, number> = {};

beforeEach(async () => {
  dataDir = tempDir();
  Object.assign(process.env, { NODE_ENV: "test", DATA_DIR: dataDir, LOG_EMAIL_LINKS: "0", APP_ORIGIN: "http://localhost:3999" });
  delete process.env.SMTP_URL;
  resetEnv();
  db = freshDatabase().db;
  await seedDemo(db);
  for (const o of await db.selectFrom("organisations").select(["id", "short_name"]).execute()) org[o.short_name ?? ""] = o.id;
  cycleId = await createCycle(
    db,
    {
      year: 2031,
      dates: {
        nominations_open_at: ukToUtc("2031-01-10", "09:00"),
        nominations_close_at: DEADLINE,
        judging_open_at: null,
        judging_close_at: null,
        shortlist_at: null,
        final_judging_at: null,
        announcement_at: null,
      },
    },
    null,
  );
  await db.updateTable("award_cycles").set({ stage: "open" }).where("id", "=", cycleId).execute();
  const now = new Date().toISOString();
  const nomination = (organisationId: number, reference: string, status: "draft" | "submitted" | "withdrawn") =>
    db
      .insertInto("nominations")
      .values({ cycle_id: cycleId, organisation_id: organisationId, reference, title: `Initiative ${reference}`, status, created_at: now, updated_at: now })
      .execute();
  await nomination(org["Northmoor Valley"], "R-1", "draft");
  await nomination(org.Eastbrook, "R-2", "submitted");
  await nomination(org.Harbourside, "R-3", "withdrawn");
});
afterEach(async () => db?.destroy());

/** What the reminders queued, once the outbox's deliverer has run (as the scheduler runs it after the jobs). */
const outbox = async () => {
  await deliverMail(db);
  return readOutbox(path.join(dataDir, "outbox"));
};

describe("reminders to organisations with drafts", () => {
  it("are not sent further than 7 days before the deadline", async () => {
    expect(await sendDueReminders(db, before(7 * DAY + 60_000))).toEqual([]);
    expect(await outbox()).toHaveLength(0);
  });

  it("are sent 7 days before, once, to the organisation's entrants only, across two runs", async () => {
    await sendDueReminders(db, before(7 * DAY));
    await sendDueReminders(db, before(6 * DAY));
    const mails = await outbox();
    expect(mails.map((m) => m.to)).toEqual(["entrant@northmoor-valley.demo.test"]);
    expect(mails[0].subject).toBe("Nominations for the 2031 HPMA partnership award close in a week");
    expect(mails[0].text.replace(/\s+/g, " ")).toContain("5pm on Tuesday 13 May 2031");
    expect(mails[0].text).toContain("Initiative R-1");
  });

  it("are sent once even when two runners race (the scheduler and cron)", async () => {
    const [a, b] = await Promise.all([sendDueReminders(db, before(3 * DAY)), sendDueReminders(db, before(3 * DAY))]);
    expect(a.length + b.length).toBe(1);
    expect(await outbox()).toHaveLength(1);
    const rows = await db.selectFrom("reminders_sent").selectAll().execute();
    expect(rows).toMatchObject([{ organisation_id: org["Northmoor Valley"], kind: "7-days" }]);
  });

  it("send the 1-day reminder in the last day, once", async () => {
    await sendDueReminders(db, before(6 * DAY));
    await sendDueReminders(db, before(DAY - 60_000));
    await sendDueReminders(db, before(3600_000));
    expect((await outbox()).map((m) => m.subject)).toEqual([
      "Nominations for the 2031 HPMA partnership award close in a week",
      "Nominations for the 2031 HPMA partnership award close tomorrow",
    ]);
    // After the deadline, nothing more.
    expect(await sendDueReminders(db, new Date(Date.parse(DEADLINE) + 60_000))).toEqual([]);
  });

  it("follow an organisation's own extended deadline, and skip cycles that are not open", async () => {
    await db
      .insertInto("deadline_extensions")
      .values({ cycle_id: cycleId, organisation_id: org["Northmoor Valley"], new_close_at: new Date(Date.parse(DEADLINE) + 14 * DAY).toISOString(), reason: "Flood", created_by: null, created_at: new Date().toISOString() })
      .execute();
    expect(await sendDueReminders(db, before(3 * DAY))).toEqual([]);
    await db.updateTable("award_cycles").set({ stage: "closed" }).where("id", "=", cycleId).execute();
    expect(await sendDueReminders(db, new Date(Date.parse(DEADLINE) + 10 * DAY))).toEqual([]);
  });
});
