// The final round scored on criteria of its own: chosen and edited on the cycle page until the final
// round begins, and then what the panel's score sheets ask for. The test makes its own cycle in
// judging, with two released entries and a judge for the panel (tests/helpers/factories.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFinalistSheet } from "~/models/score-sheets.server";
import { confirmShortlist, saveShortlist, setFinalPanel } from "~/models/shortlist.server";
import { advanceCycle, makeJudgingRound } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let admin: string;
let cycleId: number;
let round: Awaited<ReturnType<typeof makeJudgingRound>>;

beforeAll(async () => {
  app = await startTestServer({ demo: false });
  round = await makeJudgingRound(app.db, { organisations: 2, judgesPerSide: 1 });
  cycleId = round.cycle.id;
  admin = await app.sessionFor(round.admin.email);
});
afterAll(async () => app.close());

const asAdmin = (form: Record<string, string>) => app.request(`/admin/cycles/${cycleId}`, { cookie: admin, form, headers: { Origin: app.url } });
const finalCriteria = () => app.db.selectFrom("cycle_criteria").selectAll().where("cycle_id", "=", cycleId).where("round", "=", "final").orderBy("position").execute();

describe("the final round's own criteria", () => {
  it("start as a copy of the first round's when chosen, and can be changed before the final round", async () => {
    expect((await asAdmin({ intent: "final_criteria" })).status).toBe(400);
    const res = await asAdmin({ intent: "final_criteria", final_criteria: "own" });
    expect(res.status).toBe(302);
    const copies = await finalCriteria();
    const first = await app.db.selectFrom("cycle_criteria").selectAll().where("cycle_id", "=", cycleId).where("round", "=", "first").orderBy("position").execute();
    expect(copies.map((c) => c.title)).toEqual(first.map((c) => c.title));
    // Choosing again does not copy twice.
    await asAdmin({ intent: "final_criteria", final_criteria: "own" });
    expect(await finalCriteria()).toHaveLength(first.length);

    const c = copies[0];
    const prefix = `criterion-${c.id}-`;
    const edit = await asAdmin({
      intent: "criterion",
      criterion_id: String(c.id),
      [`${prefix}title`]: "The presentation: partnership in the room",
      [`${prefix}guidance`]: c.guidance,
      [`${prefix}weight`]: "50",
      [`${prefix}scale_min`]: "0",
      [`${prefix}scale_max`]: "10",
      [`${prefix}descriptors`]: "2: Little sign of the staff side in the presentation\n8: Both sides present and answer as one",
    });
    expect(edit.status).toBe(302);
    const html = await (await app.request(`/admin/cycles/${cycleId}`, { cookie: admin })).text();
    expect(html).toContain("Final round criteria");
    expect(html).toContain("The presentation: partnership in the room");
    // The first round's criteria are untouched (and still fixed: nominations have opened).
    expect((await app.db.selectFrom("cycle_criteria").select("title").where("id", "=", first[0].id).executeTakeFirstOrThrow()).title).toBe(first[0].title);
  });

  it("are what the panel scores on, and are fixed once the final round begins", async () => {
    const db = app.db;
    const adminId = round.admin.id;
    // A judge with no conflict with either entry, so the panel scores both.
    const judge = round.employerJudges[0].id;
    await advanceCycle(db, cycleId, "shortlisting");
    await saveShortlist(db, { cycleId, picks: round.entries.map((e) => ({ nominationId: e.nominationId, rationale: "Strong" })), method: "normalised", actorUserId: adminId });
    await confirmShortlist(db, { cycleId, actorUserId: adminId });
    await advanceCycle(db, cycleId, "final");
    expect(await setFinalPanel(db, { cycleId, judgeIds: [judge], actorUserId: adminId })).toMatchObject({ ok: true });
    const assigned = await db.selectFrom("judging_assignments").innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id").select("judging_entries.code").where("judging_assignments.round", "=", "final").where("judge_user_id", "=", judge).executeTakeFirstOrThrow();
    const sheet = await getFinalistSheet(db, { cycleId, judgeId: judge, code: assigned.code });
    expect(sheet!.criteria[0].title).toBe("The presentation: partnership in the room");
    expect(sheet!.criteria.map((c) => c.id)).toEqual((await finalCriteria()).map((c) => c.id));

    const refused = await asAdmin({ intent: "final_criteria", final_criteria: "same" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("the final round has begun");
  });
});
