// Judges are told by e-mail when they have entries to score, over HTTP against the real server on the
// demo cycle in judging: the automatic assignment, an entry moved to them, stepping away's replacement;
// each e-mail gives a count, never which entry. The reminders do not ask for replies to a no-reply address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgingReminderMail } from "~/emails/judging-emails.server";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let admin: string;
let cycleId: number;
beforeAll(async () => {
  app = await startTestServer({ demoStage: "judging" });
  admin = await app.login("admin@demo.test");
  cycleId = (await app.db.selectFrom("award_cycles").select("id").where("year", "=", 2027).executeTakeFirstOrThrow()).id;
});
afterAll(async () => app.close());

/**
 * The e-mails sent to `email` whose subject matches `subject` (% for any text), read as delivered: a
 * message's text leaves the outbox table once it is sent, which on PostgreSQL can be before this reads it.
 */
const mailTo = async (email: string, subject: string) => {
  const pattern = new RegExp(`^${subject.split("%").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return (await app.outbox()).filter((m) => m.to === email && pattern.test(m.subject)).map((m) => ({ subject: m.subject, body: m.text }));
};

describe("judges told of their entries", () => {
  it("e-mails each judge how many entries the automatic assignment gave them, and never which", async () => {
    // Assignments with no sheet yet are taken away, so that confirming the assignment again gives them out.
    const open = await app.db
      .selectFrom("judging_assignments")
      .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
      .select("judging_assignments.id")
      .where("judging_assignments.cycle_id", "=", cycleId)
      .where("score_sheets.id", "is", null)
      .execute();
    expect(open.length).toBeGreaterThan(0);
    await app.db.deleteFrom("judging_assignments").where("id", "in", open.map((a) => a.id)).execute();
    const last = (await app.db.selectFrom("judging_assignments").select((eb) => eb.fn.max("id").as("id")).executeTakeFirstOrThrow()).id ?? 0;
    const res = await app.request(`/admin/cycles/${cycleId}/judging/assignment`, {
      cookie: admin,
      method: "POST",
      body: new URLSearchParams({ intent: "confirm", seed: "1", override: "yes", overrideReason: "Judges' loads are as the demo left them" }).toString(),
      headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(res.status, await res.clone().text()).toBe(302);
    const rows = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("users", "users.id", "judging_assignments.judge_user_id")
      .select(["users.email"])
      .where("judging_assignments.id", ">", last)
      .execute();
    const perJudge = new Map<string, number>();
    for (const r of rows) perJudge.set(r.email, (perJudge.get(r.email) ?? 0) + 1);
    expect(perJudge.size).toBeGreaterThan(0);
    const codes = (await app.db.selectFrom("judging_entries").select("code").where("cycle_id", "=", cycleId).execute()).map((e) => e.code);
    for (const [email, count] of perJudge) {
      const mail = await mailTo(email, "HPMA 2027 judging: % assigned to you");
      expect(mail.map((m) => m.subject)).toEqual([`HPMA 2027 judging: ${count} ${count === 1 ? "entry" : "entries"} assigned to you`]);
      expect(mail[0].body).toContain("/judging");
      for (const code of codes) expect(mail[0].body).not.toContain(code);
    }
  });

  it("e-mails the judge an entry is moved to", async () => {
    const live = await app.db
      .selectFrom("judging_assignments")
      .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
      .select(["judging_assignments.nomination_id", "judging_assignments.judge_user_id"])
      .where("judging_assignments.cycle_id", "=", cycleId)
      .where("judging_assignments.round", "=", "first")
      .where("judging_assignments.status", "=", "live")
      .where("score_sheets.id", "is", null)
      .execute();
    const judges = await app.db.selectFrom("judge_profiles").innerJoin("users", "users.id", "judge_profiles.user_id").select(["users.id", "users.email"]).execute();
    const oneEntry = "HPMA 2027 judging: 1 entry assigned to you";
    const before = await app.db.selectFrom("mail_outbox").select("recipient").where("subject", "=", oneEntry).execute();
    let moved: { to: string } | null = null;
    for (const a of live) {
      const onEntry = new Set((await app.db.selectFrom("judging_assignments").select("judge_user_id").where("nomination_id", "=", a.nomination_id).execute()).map((r) => r.judge_user_id));
      for (const j of judges.filter((j) => !onEntry.has(j.id))) {
        const body = new URLSearchParams({ intent: "move", entryId: String(a.nomination_id), fromJudgeId: String(a.judge_user_id), toJudgeId: String(j.id), reason: "Balancing the panel", override: "yes" });
        const res = await app.request(`/admin/cycles/${cycleId}/judging/assignment`, { cookie: admin, method: "POST", body: body.toString(), headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" } });
        if (res.status === 302) {
          moved = { to: j.email };
          break;
        }
      }
      if (moved) break;
    }
    expect(moved).not.toBeNull();
    const after = await app.db.selectFrom("mail_outbox").select("recipient").where("subject", "=", oneEntry).execute();
    expect(after.length - before.length).toBe(1);
    expect(after.filter((m) => m.recipient === moved!.to).length - before.filter((m) => m.recipient === moved!.to).length).toBe(1);
  });

  it("does not ask a judge to reply to a reminder sent from a no-reply address", () => {
    const mail = judgingReminderMail({ email: "judge@example.test", name: "A Judge" }, { year: 2027, unfinished: 2, deadline: null, kind: "reminder" });
    expect(mail.text).not.toMatch(/reply to this/i);
    expect(mail.text).toContain("only the SPF secretariat can reopen one");
  });
});
