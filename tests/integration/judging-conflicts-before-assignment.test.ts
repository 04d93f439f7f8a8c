// A conflict declared before the cycle's entries are assigned acts at once (decision 016): the judge
// holds nothing yet, so nothing they can see changes, and the assignment avoids the organisation.
// The test makes its own round: a cycle in judging with three released entries and two judges a side.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmAssignment } from "~/models/assignments.server";
import { makeJudgingRound } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;

beforeAll(async () => {
  app = await startTestServer({ demo: false });
});
afterAll(async () => app.close());

describe("before assignment", () => {
  it("a declaration acts at once, is not sent to the secretariat, and the assignment avoids the organisation", async () => {
    const round = await makeJudgingRound(app.db, { organisations: 3 });
    const cycleId = round.cycle.id;
    const judge = round.staffSideJudges[0];
    const cookie = await app.sessionFor(judge.email);
    const [first, second] = round.entries.map((e) => e.organisation);
    const res = await app.request("/judging/conflicts", { cookie, form: { intent: "declare", organisationId: String(first.id), kind: "union_role" } });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/judging/conflicts?notice=declared");
    const row = await app.db.selectFrom("judge_conflicts").select("declared_after_assignment").where("judge_user_id", "=", judge.id).executeTakeFirstOrThrow();
    expect(row.declared_after_assignment).toBe(0);
    expect((await app.outbox()).filter((m) => m.subject.includes("conflict of interest"))).toEqual([]);

    expect((await confirmAssignment(app.db, { cycleId, seed: 1, actorUserId: round.admin.id })).ok).toBe(true);
    const given = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("nominations", "nominations.id", "judging_assignments.nomination_id")
      .select("nominations.organisation_id")
      .where("judging_assignments.judge_user_id", "=", judge.id)
      .where("judging_assignments.status", "=", "live")
      .execute();
    expect(given.length).toBeGreaterThan(0);
    expect(given.filter((g) => g.organisation_id === first.id)).toEqual([]);

    // From now on a declaration is after assignment.
    const late = await app.request("/judging/conflicts", { cookie, form: { intent: "declare", organisationId: String(second.id), kind: "union_role" } });
    expect(late.headers.get("location")).toBe("/judging/conflicts?notice=declared-late");
  });
});
