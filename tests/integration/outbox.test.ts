// The outbox, over the real server, SQLite and a real (tiny) SMTP server: with the mail server down,
// registration and a password reset still answer normally and their e-mails wait; when it comes back
// each goes out once; two deliverers racing send each message once; a publication killed before its
// result e-mails went out loses none of them; and the secretariat sees it all, never an e-mail's text.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_ATTEMPTS } from "~/domain/outbox";
import { deliverDueMail, deliverMail, queueMail } from "~/models/outbox.server";
import { confirmShortlist, recordDecisions, saveShortlist, setFinalPanel } from "~/models/shortlist.server";
import { openDatabase } from "../../app/platform/db.server";
import { resetEnv } from "../../app/platform/env.server";
import { waitForDelivery } from "../helpers/outbox";
import { startTestServer, type TestServer } from "../helpers/server";
import { startTestSmtp, type TestSmtp } from "../helpers/smtp";

let app: TestServer;
let smtp: TestSmtp;

async function start(demoStage: "open" | "judging" = "open") {
  smtp = await startTestSmtp("accept");
  app = await startTestServer({ demoStage });
  // The demo data's own e-mails (endorsement requests of its nominations) go to the folder first.
  await waitForDelivery(app.db);
  process.env.SMTP_URL = smtp.url;
  resetEnv();
}
afterEach(async () => {
  await app.close();
  await smtp.close();
  delete process.env.SMTP_URL;
  resetEnv();
});

const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);
const rowsTo = (email: string) => app.db.selectFrom("mail_outbox").selectAll().where("recipient", "=", email).execute();

describe("with the mail server down", () => {
  beforeEach(() => start());

  it("registration and a password reset answer normally; the e-mails wait, and go out once when the server is back", async () => {
    await smtp.set("down");
    const newcomer = "ffion.rees@example.nhs.uk";
    const organisation = await app.db.selectFrom("organisations").select("id").where("short_name", "=", "Harbourside").executeTakeFirstOrThrow();
    const registered = await app.request("/register", { form: { name: "Ffion Rees", email: newcomer, organisationId: String(organisation.id), password: "kestrel lantern biscuit" } });
    expect(registered.status).toBe(200);
    expect(await registered.text()).toContain("Check your email");
    const reset = await app.request("/forgot-password", { form: { email: "entrant@eastbrook.demo.test" } });
    expect(reset.status).toBe(200);
    expect(await reset.text()).toContain("Check your email");

    // Each was tried once at once, refused, and waits for its next attempt a minute later.
    await waitForDelivery(app.db);
    for (const [to, subject] of [[newcomer, "Confirm your email address"], ["entrant@eastbrook.demo.test", "Reset your password"]]) {
      expect(await rowsTo(to)).toMatchObject([{ subject, status: "queued", attempts: 1, last_error: expect.stringMatching(/ECONNREFUSED/) }]);
    }
    expect(smtp.received).toEqual([]);

    // The secretariat sees them retrying, with the error, and never their text (it holds the links).
    const page = await (await app.request("/admin/outbox?show=problems", { cookie: await app.sessionFor("admin@demo.test") })).text();
    expect(page).toContain(newcomer);
    expect(page).toContain("Retrying");
    expect(page).toContain("ECONNREFUSED");
    expect(page).not.toMatch(/confirm-email\/|reset-password\//);

    // The server is back: the next attempt sends each once, and later runs send nothing more.
    await smtp.set("accept");
    expect(await deliverDueMail(app.db, { now: later(2) })).toEqual({ sent: 2, retrying: 0, failed: 0 });
    await deliverDueMail(app.db, { now: later(60 * 24) });
    expect(smtp.received.map((m) => [m.to[0], m.subject]).sort()).toEqual([
      ["entrant@eastbrook.demo.test", "Reset your password"],
      [newcomer, "Confirm your email address"],
    ]);
    // Sent messages keep no text: a link in it would otherwise sit in the database in the clear.
    expect((await rowsTo(newcomer))[0]).toMatchObject({ status: "sent", body: null });

    // The link that went out works.
    const link = smtp.received.find((m) => m.to[0] === newcomer)!.data.replace(/=\r\n/g, "").match(/\/confirm-email\/[A-Za-z0-9_-]+/)![0];
    expect((await app.request(link, { method: "POST", headers: { Origin: app.url } })).status).toBe(302);
  });

  it("a message that has used every attempt has failed; the secretariat can send it again", async () => {
    await smtp.set("down");
    await app.request("/forgot-password", { form: { email: "entrant@eastbrook.demo.test" } });
    await waitForDelivery(app.db);
    // The last attempt, a day later: nothing more is tried after it.
    await app.db.updateTable("mail_outbox").set({ attempts: MAX_ATTEMPTS - 1 }).execute();
    expect(await deliverDueMail(app.db, { now: later(60 * 24 * 3) })).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const [failed] = await rowsTo("entrant@eastbrook.demo.test");
    expect(failed).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(await deliverDueMail(app.db, { now: later(60 * 24 * 30) })).toEqual({ sent: 0, retrying: 0, failed: 0 });

    await smtp.set("accept");
    const admin = await app.sessionFor("admin@demo.test");
    const page = await (await app.request("/admin/outbox", { cookie: admin })).text();
    expect(page).toContain("Failed");
    expect(page).toContain("Send now");
    const retried = await app.request("/admin/outbox", { cookie: admin, form: { mailId: String(failed.id), show: "all" }, headers: { Origin: app.url } });
    expect(retried.status).toBe(302);
    expect(retried.headers.get("location")).toBe("/admin/outbox?show=all&notice=retried");
    expect(await (await app.request(retried.headers.get("location")!, { cookie: admin })).text()).toContain("The e-mail will be sent again now");
    await waitForDelivery(app.db);
    expect(smtp.received.map((m) => m.subject)).toEqual(["Reset your password"]);
    expect((await rowsTo("entrant@eastbrook.demo.test"))[0]).toMatchObject({ status: "sent" });
    // A sent message cannot be sent again from the page.
    const again = await app.request("/admin/outbox", { cookie: admin, form: { mailId: String(failed.id), show: "all" }, headers: { Origin: app.url } });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("cannot be sent again");
  });
});

describe("delivery", () => {
  beforeEach(() => start());

  it("two deliverers racing send each message once", { timeout: 120_000 }, async () => {
    const file = process.env.DATABASE_PATH!;
    const [a, b] = [openDatabase(file), openDatabase(file)];
    try {
      await smtp.set("down"); // nothing goes out while they are queued
      await app.db.transaction().execute(async (trx) => {
        for (let i = 1; i <= 30; i++) await queueMail(trx, { to: `lead${i}@example.nhs.uk`, subject: `Message ${i}`, text: `Text ${i}` });
      });
      await waitForDelivery(app.db);
      await smtp.set("accept");
      // Two processes' deliverers (two connections) and this server's own, all at once, a minute later.
      const reports = await Promise.all([deliverDueMail(a, { now: later(2) }), deliverDueMail(b, { now: later(2) }), deliverDueMail(app.db, { now: later(2) })]);
      expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(30);
      expect(smtp.received).toHaveLength(30);
      expect(new Set(smtp.received.map((m) => m.subject)).size).toBe(30);
      const rows = await app.db.selectFrom("mail_outbox").select(["status", "attempts"]).execute();
      expect(rows.every((r) => r.status === "sent" && r.attempts === 2)).toBe(true);
    } finally {
      await a.destroy();
      await b.destroy();
    }
  });

  it("a message queued in a transaction that rolls back never exists", async () => {
    await expect(
      app.db.transaction().execute(async (trx) => {
        await queueMail(trx, { to: "nobody@example.nhs.uk", subject: "Never", text: "Never" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    await deliverMail(app.db);
    expect(await rowsTo("nobody@example.nhs.uk")).toEqual([]);
    expect(smtp.received).toEqual([]);
  });
});

/** Runs `npm run jobs:run-due`'s script in a process of its own against the test server's database and mail server. */
function jobsProcess(): { child: ChildProcess; done: Promise<{ code: number | null; output: string }> } {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/jobs-run-due.ts"], {
    env: { ...process.env, DATABASE_PATH: process.env.DATABASE_PATH, DATA_DIR: app.dataDir, NODE_ENV: "test", LOG_EMAIL_LINKS: "0", SMTP_URL: smtp.url },
    cwd: path.resolve("."),
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  return { child, done: new Promise((resolve) => child.on("close", (code) => resolve({ code, output }))) };
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const giveUpAt = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > giveUpAt) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("at the announcement", () => {
  beforeEach(() => start("judging"));

  it("a process killed after publishing, while sending, loses no result e-mail: a later run sends each exactly once", { timeout: 240_000 }, async () => {
    const db = app.db;
    const cycleId = (await db.selectFrom("award_cycles").select("id").where("year", "=", 2027).executeTakeFirstOrThrow()).id;
    const admin = (await db.selectFrom("users").select("id").where("email_normalised", "=", "admin@demo.test").executeTakeFirstOrThrow()).id;
    const released = await db
      .selectFrom("judging_entries")
      .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
      .select(["nominations.id", "nominations.organisation_id"])
      .where("judging_entries.cycle_id", "=", cycleId)
      .orderBy("judging_entries.code")
      .execute();
    const seen = new Set<number>();
    const finalists = released.filter((r) => !seen.has(r.organisation_id) && seen.add(r.organisation_id)).slice(0, 4);
    await db.updateTable("award_cycles").set({ stage: "shortlisting" }).where("id", "=", cycleId).execute();
    expect(await saveShortlist(db, { cycleId, picks: finalists.map((f) => ({ nominationId: f.id, rationale: "Shortlisted" })), method: "normalised", actorUserId: admin })).toEqual({ ok: true });
    expect(await confirmShortlist(db, { cycleId, actorUserId: admin })).toMatchObject({ ok: true, finalists: 4 });
    await db.updateTable("award_cycles").set({ stage: "final" }).where("id", "=", cycleId).execute();
    const judges = await db.selectFrom("users").select("id").where("email_normalised", "in", ["judge.employer2@demo.test", "judge.staffside2@demo.test"]).execute();
    expect(await setFinalPanel(db, { cycleId, judgeIds: judges.map((j) => j.id), actorUserId: admin })).toMatchObject({ ok: true });
    expect(await recordDecisions(db, { cycleId, decisions: [{ nominationId: finalists[0].id, result: "winner", rationale: "The best" }], sheetsNotInReason: "Decided in the room", actorUserId: admin })).toEqual({ ok: true });
    // The finalist notices of the confirmation went out; from here on only result e-mails are counted.
    await waitForDelivery(db);
    smtp.received.length = 0;

    // The announcement is due. The mail server hangs, so the run publishes, claims the e-mails and
    // stalls sending them; it is killed there.
    await db.updateTable("award_cycles").set({ announcement_at: new Date(Date.now() - 60_000).toISOString() }).where("id", "=", cycleId).execute();
    await smtp.set("hang");
    const killed = jobsProcess();
    await until(async () => (await db.selectFrom("mail_outbox").select("id").where("idempotency_key", "like", "result:%").where("attempts", ">", 0).execute()).length > 0, "the result e-mails to be claimed");
    killed.child.kill("SIGKILL");
    await killed.done;
    const results = await db.selectFrom("mail_outbox").selectAll().where("idempotency_key", "like", "result:%").execute();
    expect((await db.selectFrom("award_cycles").select("published_at").where("id", "=", cycleId).executeTakeFirstOrThrow()).published_at).not.toBeNull();
    expect(results.length).toBe(12);
    expect(smtp.received).toEqual([]);

    // Ten minutes later the dead sender's claim has lapsed; the mail server answers again.
    await db.updateTable("mail_outbox").set({ next_attempt_at: new Date(Date.now() - 1000).toISOString() }).where("status", "=", "sending").execute();
    await smtp.set("accept");
    const next = jobsProcess();
    expect((await next.done).code).toBe(0);
    const again = jobsProcess();
    expect((await again.done).code).toBe(0);

    const sent = smtp.received.filter((m) => m.subject.startsWith("HPMA 2027 partnership award:"));
    expect(sent).toHaveLength(12);
    expect(new Set(sent.map((m) => `${m.to.join()} ${m.subject}`)).size).toBe(12);
    expect(smtp.received).toHaveLength(12);
    const after = await db.selectFrom("mail_outbox").select("status").where("idempotency_key", "like", "result:%").execute();
    expect(after.every((r) => r.status === "sent")).toBe(true);
  });
});
