// Judges are told by e-mail when they have entries to score, over HTTP against the real server on a
// cycle in judging the test makes (three entries, two judges a side): the automatic assignment, an entry moved to them, stepping away's replacement;
// each e-mail gives a count, never which entry. The reminders do not ask for replies to a no-reply address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgingReminderMail } from "~/emails/judging-emails.server";
import { makeJudgingRound } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let admin: string;
let cycleId: number;
let year: number;
beforeAll(async () => {
  app = await startTestServer({ demo: false });
  const round = await makeJudgingRound(app.db, { organisations: 3, judgesPerSide: 2 });
  ({ id: cycleId, year } = round.cycle);
  admin = await app.sessionFor(round.admin.email);
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
    expect(await app.db.selectFrom("judging_assignments").select("id").execute()).toEqual([]);
    const res = await app.request(`/admin/cycles/${cycleId}/judging/assignment`, {
      cookie: admin,
      method: "POST",
      body: new URLSearchParams({ intent: "confirm", seed: "1", override: "yes", overrideReason: "Judges' loads differ by one" }).toString(),
      headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(res.status, await res.clone().text()).toBe(302);
    const rows = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("users", "users.id", "judging_assignments.judge_user_id")
      .select(["users.email"])
      .execute();
    const perJudge = new Map<string, number>();
    for (const r of rows) perJudge.set(r.email, (perJudge.get(r.email) ?? 0) + 1);
    expect(perJudge.size).toBeGreaterThan(0);
    const codes = (await app.db.selectFrom("judging_entries").select("code").where("cycle_id", "=", cycleId).execute()).map((e) => e.code);
    for (const [email, count] of perJudge) {
      const mail = await mailTo(email, `HPMA ${year} judging: % assigned to you`);
      expect(mail.map((m) => m.subject)).toEqual([`HPMA ${year} judging: ${count} ${count === 1 ? "entry" : "entries"} assigned to you`]);
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
    const oneEntry = `HPMA ${year} judging: 1 entry assigned to you`;
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
