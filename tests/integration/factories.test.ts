// The test factories (tests/helpers/factories.ts) make what they say, through the model verbs, in a
// server's database with no demo in it: on SQLite here, and on PostgreSQL with `npm run test:postgres`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endorsementSummary } from "~/models/endorsements.server";
import { startTestServer, type TestServer } from "../helpers/server";
import {
  FACTORY_PASSWORD,
  NEXT_YEAR,
  makeAdmin,
  makeArchiveEntry,
  makeAssignment,
  makeCycle,
  makeEntrant,
  makeJudge,
  makeJudgingRound,
  makeNomination,
  makeOrganisation,
  submitScoreSheet,
} from "../helpers/factories";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer({ demo: false });
});
afterAll(async () => app.close());

const rolesOf = async (userId: number) => (await app.db.selectFrom("roles").select("role").where("user_id", "=", userId).execute()).map((r) => r.role).sort();

describe("people and organisations", () => {
  it("an approved entrant of a new organisation signs in with the factories' password and sees the organisation's nominations", async () => {
    const organisation = await makeOrganisation(app.db);
    expect(organisation.name).toMatch(/NHS Trust$/);
    const entrant = await makeEntrant(app.db, { organisationId: organisation.id });
    expect(await rolesOf(entrant.id)).toEqual(["entrant"]);
    const membership = await app.db.selectFrom("memberships").select(["organisation_id", "status"]).where("user_id", "=", entrant.id).executeTakeFirstOrThrow();
    expect(membership).toEqual({ organisation_id: organisation.id, status: "approved" });
    const cookie = await app.login(entrant.email, FACTORY_PASSWORD);
    expect((await app.request("/nominations", { cookie })).status).toBe(200);
  });

  it("an entrant left pending, an organisation from the register, a judge of a side, an admin", async () => {
    const listed = await makeOrganisation(app.db, { fromRegister: true });
    expect((await app.db.selectFrom("organisations").select("source").where("id", "=", listed.id).executeTakeFirstOrThrow()).source).not.toBe("Added by the SPF secretariat");
    const pending = await makeEntrant(app.db, { organisationId: listed.id, approved: false });
    expect((await app.db.selectFrom("memberships").select("status").where("user_id", "=", pending.id).executeTakeFirstOrThrow()).status).toBe("pending");
    const judge = await makeJudge(app.db, { side: "staff_side", organisationId: listed.id });
    expect(await rolesOf(judge.id)).toEqual(["judge"]);
    expect(await app.db.selectFrom("judge_profiles").select(["side", "organisation_id"]).where("user_id", "=", judge.id).executeTakeFirstOrThrow()).toEqual({ side: "staff_side", organisation_id: listed.id });
    const admin = await makeAdmin(app.db);
    expect(await rolesOf(admin.id)).toEqual(["admin"]);
    expect((await app.request("/admin", { cookie: await app.sessionFor(admin.email) })).status).toBe(200);
  });
});

describe("cycles and nominations", () => {
  it("a nomination drafted, submitted (both leads asked) or endorsed by both leads (complete)", async () => {
    const cycle = await makeCycle(app.db, { stage: "open" });
    const organisation = await makeOrganisation(app.db);
    const entrant = await makeEntrant(app.db, { organisationId: organisation.id });
    const make = (state: "draft" | "submitted" | "endorsed") => makeNomination(app.db, { cycleId: cycle.id, organisationId: organisation.id, entrantId: entrant.id, state });
    const statusOf = async (id: number) => (await app.db.selectFrom("nominations").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;

    const draft = await make("draft");
    expect(await statusOf(draft.id)).toBe("draft");
    const submitted = await make("submitted");
    expect(await statusOf(submitted.id)).toBe("submitted");
    expect(await endorsementSummary(app.db, submitted.id)).toMatchObject({ employer: "pending", staff_side: "pending", complete: false });
    const endorsed = await make("endorsed");
    expect(await endorsementSummary(app.db, endorsed.id)).toMatchObject({ employer: "confirmed", staff_side: "confirmed", complete: true });
  });

  it("a cycle made straight to judging has nominations closed and judging open now", async () => {
    const cycle = await makeCycle(app.db, { stage: "judging" });
    const row = await app.db.selectFrom("award_cycles").selectAll().where("id", "=", cycle.id).executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    expect(row.stage).toBe("judging");
    expect(row.nominations_close_at! <= now).toBe(true);
    expect(row.judging_close_at! > now).toBe(true);
  });
});

describe("judging", () => {
  it("a released entry assigned by hand, and the judge's submitted score sheet", async () => {
    const round = await makeJudgingRound(app.db, { organisations: 1, judgesPerSide: 1 });
    const [entry] = round.entries;
    const judge = round.employerJudges[0];
    expect((await app.db.selectFrom("judging_entries").select("status").where("nomination_id", "=", entry.nominationId).executeTakeFirstOrThrow()).status).toBe("released");
    await makeAssignment(app.db, { cycleId: round.cycle.id, nominationId: entry.nominationId, judgeId: judge.id });
    const cookie = await app.sessionFor(judge.email);
    expect(await (await app.request("/judging", { cookie })).text()).toContain(entry.code);
    await submitScoreSheet(app.db, { cycleId: round.cycle.id, judgeId: judge.id, code: entry.code });
    const sheet = await app.db
      .selectFrom("score_sheets")
      .innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id")
      .select("score_sheets.status")
      .where("judging_assignments.judge_user_id", "=", judge.id)
      .executeTakeFirstOrThrow();
    expect(sheet.status).toBe("submitted");
  });
});

describe("the archive", () => {
  it("an entry published with its case study on the public year page, and one flagged as the demo's", async () => {
    const organisation = await makeOrganisation(app.db);
    const entry = await makeArchiveEntry(app.db, { year: 2018, result: "winner", organisationName: organisation.name, caseStudy: { outcomes: "Sickness absence fell (outcome-6612)." } });
    const year = await (await app.request("/winners/2018")).text();
    expect(year).toContain(organisation.name);
    expect(await (await app.request(`/winners/2018/${entry.slug}`)).text()).toContain("outcome-6612");
    const demo = await makeArchiveEntry(app.db, { year: 2018, isDemo: true });
    expect((await app.db.selectFrom("archive_entries").select("is_demo").where("id", "=", demo.id).executeTakeFirstOrThrow()).is_demo).toBe(1);
  });

  it("a round in next year's cycle, its entries with their titles", async () => {
    const round = await makeJudgingRound(app.db, { organisations: 1, judgesPerSide: 0, year: NEXT_YEAR });
    expect(round.cycle.year).toBe(new Date().getUTCFullYear() + 1);
    const [entry] = round.entries;
    expect((await app.db.selectFrom("nominations").select("title").where("id", "=", entry.nominationId).executeTakeFirstOrThrow()).title).toBe(entry.title);
  });
});
