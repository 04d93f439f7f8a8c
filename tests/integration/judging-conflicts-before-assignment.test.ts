// A conflict declared before the cycle's entries are assigned acts at once (decision 016): the judge
// holds nothing yet, so nothing they can see changes, and the assignment avoids the organisation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ORGANISATIONS } from "../../scripts/seed/demo";
import { confirmAssignment } from "~/models/assignments.server";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;

beforeAll(async () => {
  app = await startTestServer({ demoStage: "judging" });
});
afterAll(async () => app.close());

describe("before assignment", () => {
  it("a declaration acts at once, is not sent to the secretariat, and the assignment avoids the organisation", async () => {
    const cycleId = (await app.db.selectFrom("award_cycles").select("id").where("year", "=", 2027).executeTakeFirstOrThrow()).id;
    // The demo cycle as it was before the secretariat confirmed the assignment.
    const sheets = await app.db.selectFrom("score_sheets").select("id").execute();
    if (sheets.length) await app.db.deleteFrom("scores").where("sheet_id", "in", sheets.map((s) => s.id)).execute();
    await app.db.deleteFrom("score_sheets").execute();
    await app.db.deleteFrom("judging_assignments").where("cycle_id", "=", cycleId).execute();
    const email = "judge.staffside1@demo.test";
    const judge = await app.db.selectFrom("users").select("id").where("email_normalised", "=", email).executeTakeFirstOrThrow();
    const cookie = await app.sessionFor(email);
    const org = await app.db.selectFrom("organisations").select("id").where("name", "=", DEMO_ORGANISATIONS[0].name).executeTakeFirstOrThrow();
    const res = await app.request("/judging/conflicts", { cookie, form: { intent: "declare", organisationId: String(org.id), kind: "union_role" } });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/judging/conflicts?notice=declared");
    const row = await app.db.selectFrom("judge_conflicts").select("declared_after_assignment").where("judge_user_id", "=", judge.id).executeTakeFirstOrThrow();
    expect(row.declared_after_assignment).toBe(0);
    expect((await app.outbox()).filter((m) => m.subject.includes("conflict of interest"))).toEqual([]);

    const admin = await app.db.selectFrom("users").select("id").where("email_normalised", "=", "admin@demo.test").executeTakeFirstOrThrow();
    expect((await confirmAssignment(app.db, { cycleId, seed: 1, actorUserId: admin.id })).ok).toBe(true);
    const given = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("nominations", "nominations.id", "judging_assignments.nomination_id")
      .select("nominations.organisation_id")
      .where("judging_assignments.judge_user_id", "=", judge.id)
      .where("judging_assignments.status", "=", "live")
      .execute();
    expect(given.length).toBeGreaterThan(0);
    expect(given.filter((g) => g.organisation_id === org.id)).toEqual([]);

    // From now on a declaration is after assignment.
    const other = await app.db.selectFrom("organisations").select("id").where("name", "=", DEMO_ORGANISATIONS[1].name).executeTakeFirstOrThrow();
    const late = await app.request("/judging/conflicts", { cookie, form: { intent: "declare", organisationId: String(other.id), kind: "union_role" } });
    expect(late.headers.get("location")).toBe("/judging/conflicts?notice=declared-late");
  });
});
