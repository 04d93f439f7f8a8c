// A lopsided judge pool over HTTP: the assignment page proposes the most even split, says it bends the
// load rule, and confirms it only with a reason, which the audit entry keeps.
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let admin: string;
let cycleId: number;
beforeAll(async () => {
  app = await startTestServer({ demoStage: "judging" });
  admin = await app.login("admin@demo.test");
  cycleId = (await app.db.selectFrom("award_cycles").select("id").where("year", "=", 2027).executeTakeFirstOrThrow()).id;
  // One employer-side judge left (the others moved to the staff side), and no assignments yet.
  const employers = await app.db.selectFrom("judge_profiles").select("user_id").where("side", "=", "employer").orderBy("user_id").execute();
  await app.db.updateTable("judge_profiles").set({ side: "staff_side" }).where("user_id", "in", employers.slice(1).map((e) => e.user_id)).execute();
  await app.db.deleteFrom("judging_assignments").where("cycle_id", "=", cycleId).execute();
  // Free of conflicts, so that the one employer-side judge can take every entry.
  await app.db.deleteFrom("judge_conflicts").where("judge_user_id", "=", employers[0].user_id).execute();
  await app.db.updateTable("judge_profiles").set({ organisation_id: null }).where("user_id", "=", employers[0].user_id).execute();
});
afterAll(async () => app.close());

it("a lopsided pool is proposed as the most even split and confirmed only with a reason", async () => {
  const path = `/admin/cycles/${cycleId}/judging/assignment`;
  const page = (await (await app.request(path, { cookie: admin })).text()).replaceAll("<!-- -->", "");
  expect(page).toContain("This assignment bends the load rule");
  expect(page).toContain("bends that rule, and only that one");

  const without = await app.request(path, { cookie: admin, form: { intent: "confirm", seed: "1", override: "yes", overrideReason: "" }, headers: { Origin: app.url } });
  expect(without.status).toBe(400);
  expect(await app.db.selectFrom("judging_assignments").select("id").where("cycle_id", "=", cycleId).execute()).toHaveLength(0);

  const reason = "Only one employer-side judge this year";
  const withReason = await app.request(path, { cookie: admin, form: { intent: "confirm", seed: "1", override: "yes", overrideReason: reason }, headers: { Origin: app.url } });
  expect(withReason.status).toBe(302);
  const made = await app.db.selectFrom("judging_assignments").select(["reason"]).where("cycle_id", "=", cycleId).execute();
  expect(made.length).toBeGreaterThan(0);
  expect(made.every((a) => a.reason === reason)).toBe(true);
  const audit = await app.db.selectFrom("audit_log").select("details").where("action", "=", "judging.assignment_confirmed").execute();
  expect(audit.at(-1)!.details).toContain(reason);
  expect(audit.at(-1)!.details).toContain("load_unbalanced");
});
