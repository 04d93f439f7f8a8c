// A lopsided judge pool over HTTP: the assignment page proposes the most even split, says it bends the
// load rule, and confirms it only with a reason, which the audit entry keeps.
import { afterAll, beforeAll, expect, it } from "vitest";
import { makeJudge, makeJudgingRound } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let admin: string;
let cycleId: number;
beforeAll(async () => {
  app = await startTestServer({ demo: false });
  // Four entries, no assignments yet, and a lopsided pool: one employer-side judge (free of
  // conflicts, so they can take every entry) and five on the staff side.
  const round = await makeJudgingRound(app.db, { organisations: 4, judgesPerSide: 0 });
  cycleId = round.cycle.id;
  await makeJudge(app.db, { side: "employer", statementFor: cycleId });
  for (let i = 0; i < 5; i++) await makeJudge(app.db, { side: "staff_side", statementFor: cycleId });
  admin = await app.sessionFor(round.admin.email);
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
