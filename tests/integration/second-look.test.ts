// A second look over HTTP against the real server, on a cycle in judging the test makes (three entries,
// five judges, one with a conflict with the first entry's organisation, assigned): the page suggests
// entries, the preview shows the judges and the share of extra sheets, confirming adds the sheets in
// one go (audited, judges e-mailed), never to a judge with a conflict or already on the entry, and
// the judges given them see the entries on their own list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmAssignment } from "~/models/assignments.server";
import { makeJudge, makeJudgingRound } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let admin: string;
let cycleId: number;
let chosen: number[];
beforeAll(async () => {
  app = await startTestServer({ demo: false });
  const round = await makeJudgingRound(app.db, { organisations: 3, judgesPerSide: 2 });
  cycleId = round.cycle.id;
  await makeJudge(app.db, { side: "employer", statementFor: cycleId });
  // A staff-side judge declares a conflict with the first entry's organisation, before assignment.
  const conflicted = await app.sessionFor(round.staffSideJudges[0].email);
  const declared = await app.request("/judging/conflicts", { cookie: conflicted, form: { intent: "declare", organisationId: String(round.entries[0].organisation.id), kind: "union_role" } });
  if (declared.status !== 302) throw new Error(`Declaring the conflict answered ${declared.status}`);
  chosen = round.entries.slice(0, 2).map((e) => e.nominationId);
  const assigned = await confirmAssignment(app.db, { cycleId, seed: 1, actorUserId: round.admin.id, tellJudges: false });
  if (!assigned.ok) throw new Error(assigned.problems.join("; "));
  admin = await app.sessionFor(round.admin.email);
});
afterAll(async () => app.close());

const path = () => `/admin/cycles/${cycleId}/judging/second-look`;
const liveFirstRound = () =>
  app.db.selectFrom("judging_assignments").selectAll().where("cycle_id", "=", cycleId).where("round", "=", "first").where("status", "=", "live").execute();

describe("a second look", () => {
  it("adds the extra sheets to the chosen entries, never to a conflicted judge or one already on it, and the judges see them", async () => {
    const before = await liveFirstRound();
    // The first entry has one judge free of conflicts left beside the conflicted one.
    const entries = chosen;
    const conflicts = await app.db.selectFrom("judge_conflicts").select(["judge_user_id", "organisation_id"]).where("cycle_id", "=", cycleId).where("removed_at", "is", null).execute();
    expect(conflicts).toHaveLength(1);

    const preview = await app.request(`${path()}?preview=1&extra=1&${entries.map((e) => `entry=${e}`).join("&")}`, { cookie: admin });
    expect(preview.status).toBe(200);
    const html = (await preview.text()).replaceAll("<!-- -->", "");
    // Three judges on each entry already.
    expect(html).toContain(`This adds 2 score sheets (1 per entry): ${(200 / before.length).toFixed(1)}% more than the ${before.length} sheets assigned so far.`);

    const form = new URLSearchParams();
    for (const e of entries) form.append("entry", String(e));
    form.append("extra", "1");
    const res = await app.request(path(), { cookie: admin, body: form.toString(), method: "POST", headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" } });
    expect(res.status).toBe(302);

    const after = await liveFirstRound();
    const added = after.filter((a) => !before.some((b) => b.id === a.id));
    expect(added).toHaveLength(2);
    for (const a of added) {
      expect(a.source).toBe("second_look");
      expect(entries).toContain(a.nomination_id);
      expect(before.some((b) => b.nomination_id === a.nomination_id && b.judge_user_id === a.judge_user_id)).toBe(false);
      const organisation = (await app.db.selectFrom("nominations").select("organisation_id").where("id", "=", a.nomination_id).executeTakeFirstOrThrow()).organisation_id;
      expect(conflicts.some((c) => c.judge_user_id === a.judge_user_id && c.organisation_id === organisation)).toBe(false);
    }
    const places = await app.db.selectFrom("second_look_places").selectAll().where("cycle_id", "=", cycleId).execute();
    expect(places.map((p) => p.nomination_id).sort()).toEqual([...entries].sort());
    const audit = await app.db.selectFrom("audit_log").select("details").where("action", "=", "judging.second_look_confirmed").execute();
    expect(audit).toHaveLength(1);

    // Each judge given more sees the entry on their list, by its code.
    const judge = await app.db.selectFrom("users").select(["email"]).where("id", "=", added[0].judge_user_id).executeTakeFirstOrThrow();
    const code = (await app.db.selectFrom("judging_entries").select("code").where("nomination_id", "=", added[0].nomination_id).executeTakeFirstOrThrow()).code;
    const cookie = await app.sessionFor(judge.email);
    const list = await app.request("/judging", { cookie });
    expect(await list.text()).toContain(code);
    const mail = await app.db.selectFrom("mail_outbox").select(["recipient", "subject"]).where("recipient", "=", judge.email).where("subject", "like", "%to score").execute();
    expect(mail.length).toBe(1);

    // The assignment page still proposes nothing new: the extra places count as the entry's own.
    const assignment = await app.request(`/admin/cycles/${cycleId}/judging/assignment`, { cookie: admin });
    expect((await assignment.text()).replaceAll("<!-- -->", "")).not.toContain("already has 5 judges");
  });

  it("refuses to confirm with no entry chosen, keeping the page", async () => {
    const res = await app.request(path(), { cookie: admin, form: { extra: "2" }, headers: { Origin: app.url } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Select at least one entry for a second look");
  });

  it("refuses more sheets than the judges free of conflicts can give, naming the entry, and adds nothing", async () => {
    const before = await liveFirstRound();
    const entry = before[0].nomination_id;
    const res = await app.request(path(), { cookie: admin, form: { entry: String(entry), extra: "5" }, headers: { Origin: app.url } });
    expect(res.status).toBe(400);
    expect((await res.text()).replaceAll("<!-- -->", "")).toMatch(/needs \d+ more judges but only \d+ (is|are) free to judge it/);
    expect(await liveFirstRound()).toHaveLength(before.length);
  });
});
