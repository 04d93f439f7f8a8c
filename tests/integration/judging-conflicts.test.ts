// A judge must not learn whose entries they hold by declaring conflicts (decision 016). Over HTTP
// against a real server, with a round the test makes (five organisations' entries, seven judges; the
// judge holds all five and has submitted three sheets): a judge declares and withdraws a conflict with
// every organisation in turn, and everything they can read is the same byte for byte whichever it was;
// the secretariat meanwhile gets the declarations, the conflicted sheets leave the results and
// replacement judges are added.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmAssignment } from "~/models/assignments.server";
import { remindJudgesNow } from "~/models/judging-reminders.server";
import { roundResults, submittedSheets } from "~/models/results.server";
import { makeAssignment, makeJudge, makeJudgingRound, makeOrganisation, submitScoreSheet, type Organisation } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

let JUDGE: string;
let ADMIN: string;
let adminId: number;
let entrants: Organisation[];
let app: TestServer;
let cycleId: number;
let judgeId: number;
let cookie: string;

beforeAll(async () => {
  app = await startTestServer({ demo: false });
  const round = await makeJudgingRound(app.db, { organisations: 5, judgesPerSide: 3 });
  cycleId = round.cycle.id;
  ({ id: adminId, email: ADMIN } = round.admin);
  entrants = round.entries.map((e) => e.organisation);
  // The judge works for an organisation with no entry, holds every entry and has scored three.
  const own = await makeOrganisation(app.db);
  const judge = await makeJudge(app.db, { side: "employer", organisationId: own.id, statementFor: cycleId });
  ({ id: judgeId, email: JUDGE } = judge);
  for (const e of round.entries) await makeAssignment(app.db, { cycleId, nominationId: e.nominationId, judgeId });
  const assigned = await confirmAssignment(app.db, { cycleId, seed: 1, actorUserId: adminId });
  if (!assigned.ok) throw new Error(assigned.problems.join("; "));
  for (const e of round.entries.slice(0, 3)) await submitScoreSheet(app.db, { cycleId, judgeId, code: e.code });
  // Another judge's sheet, so the results have sheets to count.
  const other = await app.db.selectFrom("judging_assignments").select("judge_user_id").where("nomination_id", "=", round.entries[0].nominationId).where("judge_user_id", "!=", judgeId).executeTakeFirstOrThrow();
  await submitScoreSheet(app.db, { cycleId, judgeId: other.judge_user_id, code: round.entries[0].code });
  cookie = await app.sessionFor(JUDGE);
}, 120_000);
afterAll(async () => app.close());

/** Every address a judge can read, and each answer's status and body. */
async function judgeView(): Promise<Record<string, string>> {
  const list = await (await app.request("/judging", { cookie })).text();
  const mine = [...list.matchAll(/href="\/judging\/entries\/([A-Z2-9]{4})"/g)].map((m) => m[1]);
  const all = (await app.db.selectFrom("judging_entries").select("code").where("cycle_id", "=", cycleId).orderBy("code").execute()).map((e) => e.code);
  const paths: [string, string][] = [
    ["/judging", "routes/judging._index"],
    ["/judging/statement", "routes/judging.statement"],
    ["/judging/final", "routes/judging.final._index"],
  ];
  for (const code of all) paths.push([`/judging/entries/${code}`, "routes/judging.entries.$code"], [`/judging/entries/${code}/recuse`, "routes/judging.entries.$code_.recuse"]);
  const view: Record<string, string> = {};
  for (const [p, route] of paths) {
    for (const url of [p, `${p}.data`, `${p}?_data=${encodeURIComponent(route)}`]) {
      const res = await app.request(url, { cookie });
      view[url] = `${res.status}\n${res.headers.get("location") ?? ""}\n${withoutNonces(await res.text())}`;
    }
  }
  view.mine = mine.join(" ");
  return view;
}

/** Each response carries its own script nonce (decision 018); it says nothing about the judge's entries. */
function withoutNonces(html: string): string {
  return html.replace(/nonce="[^"]*"/g, 'nonce="N"');
}

/**
 * The conflicts page as the judge reads it, with the organisation they named and the conflict's id made
 * neutral. The picker and the route data carrying it list every organisation, so they are left out.
 */
async function conflictsPage(organisation: string): Promise<string> {
  const html = withoutNonces(await (await app.request("/judging/conflicts", { cookie })).text());
  const escaped = organisation.replace(/&/g, "&amp;");
  const own = (await app.db
    .selectFrom("judge_profiles")
    .innerJoin("organisations", "organisations.id", "judge_profiles.organisation_id")
    .select("organisations.name")
    .where("judge_profiles.user_id", "=", judgeId)
    .executeTakeFirstOrThrow()).name.replace(/&/g, "&amp;");
  return html
    // The automatic row for the judge's own organisation comes first; it is the same every time.
    .replace(`<dt class="nhsuk-summary-list__key">${own}</dt>`, '<dt class="nhsuk-summary-list__key">OWN</dt>')
    .replace(/<select[\s\S]*?<\/select>/g, "")
    .replace(/<script[^>]*>window\.__remixContext\.streamController[\s\S]*?<\/script>/g, "")
    .replaceAll(escaped, "ORGANISATION")
    .replace(/name="conflictId" value="\d+"/g, 'name="conflictId" value="ID"');
}

async function judgeMail(): Promise<string[]> {
  return (await app.outbox())
    .filter((m) => m.to.includes(JUDGE))
    .map((m) => `${m.subject}\n${m.text}`);
}

describe("declaring a conflict after assignment tells the judge nothing", () => {
  it("every organisation, and one that has not entered, gives the same answers and leaves everything the judge reads as it was", async () => {
    const admin = adminId;
    const outsider = await makeOrganisation(app.db, { name: "Westerholme Teaching Hospitals NHS Trust", shortName: null });

    const before = await judgeView();
    expect(before.mine.split(" ").length).toBeGreaterThanOrEqual(4);
    const beforeMails = (await remindJudgesNow(app.db, { cycleId, actorUserId: admin }), await judgeMail());

    const answers = new Set<string>();
    const pages = new Set<string>();
    for (const org of [...entrants, outsider]) {
      const declared = await app.request("/judging/conflicts", { cookie, form: { intent: "declare", organisationId: String(org.id), kind: "worked_for_last_3_years" } });
      answers.add(`declare ${declared.status} ${declared.headers.get("location")} ${await declared.text()}`);
      pages.add(await conflictsPage(org.name));
      expect(await judgeView(), `after declaring ${org.name}`).toEqual(before);

      const conflict = await app.db.selectFrom("judge_conflicts").select("id").where("judge_user_id", "=", judgeId).where("organisation_id", "=", org.id).where("removed_at", "is", null).executeTakeFirstOrThrow();
      const removed = await app.request("/judging/conflicts", { cookie, form: { intent: "remove", conflictId: String(conflict.id) } });
      answers.add(`remove ${removed.status} ${removed.headers.get("location")} ${await removed.text()}`);
      expect(await judgeView(), `after withdrawing ${org.name}`).toEqual(before);
    }
    expect([...answers]).toHaveLength(2);
    expect([...answers][0]).toContain("notice=declared-late");
    expect([...pages]).toHaveLength(1);
    const page = await (await app.request("/judging/conflicts?notice=declared-late", { cookie })).text();
    expect(page).toContain("recorded and sent to the SPF secretariat");

    // The judge's reminder counts what their list shows, as before.
    await app.db.deleteFrom("judging_reminders_sent").execute();
    await remindJudgesNow(app.db, { cycleId, actorUserId: admin });
    const afterMails = await judgeMail();
    expect(afterMails.slice(beforeMails.length)).toEqual(beforeMails);
  }, 600_000);

  it("the judge can still score a retired entry, and it still reads as any other", async () => {
    const retired = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
      .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
      .select(["judging_entries.code", "score_sheets.revision"])
      .where("judging_assignments.judge_user_id", "=", judgeId)
      .where("judging_assignments.status", "=", "retired")
      .where("score_sheets.id", "is", null)
      .executeTakeFirstOrThrow();
    const criteria = await app.db.selectFrom("cycle_criteria").select("id").where("cycle_id", "=", cycleId).where("round", "=", "first").execute();
    const form: Record<string, string> = { intent: "submit", revision: "0", overall_comment: "Scored after a conflict was declared." };
    for (const c of criteria) form[`score_${c.id}`] = "9";
    const res = await app.request(`/judging/entries/${retired.code}`, { cookie, form });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/judging?notice=submitted");
  });
});

describe("the secretariat", () => {
  it("leaves the conflicted judge's sheets out of the results", async () => {
    const retired = await app.db
      .selectFrom("judging_assignments")
      .select("nomination_id")
      .where("judge_user_id", "=", judgeId)
      .where("cycle_id", "=", cycleId)
      .where("status", "=", "retired")
      .execute();
    // Every entrant organisation was declared, so every entry the judge held is retired; some had sheets submitted.
    expect(retired.length).toBeGreaterThanOrEqual(4);
    const submittedByJudge = await app.db
      .selectFrom("score_sheets")
      .innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id")
      .select("score_sheets.id")
      .where("judging_assignments.judge_user_id", "=", judgeId)
      .where("score_sheets.status", "=", "submitted")
      .execute();
    expect(submittedByJudge.length).toBeGreaterThanOrEqual(3);
    const sheets = await submittedSheets(app.db, cycleId, "first");
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.filter((s) => s.judgeId === judgeId)).toEqual([]);
    const results = await roundResults(app.db, { cycleId, round: "first" });
    expect(results.sheets.filter((s) => s.judgeId === judgeId)).toEqual([]);
  });

  it("adds a replacement judge to each retired entry, shown on the judging page", async () => {
    const retired = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
      .select(["judging_assignments.nomination_id", "judging_entries.code"])
      .where("judging_assignments.judge_user_id", "=", judgeId)
      .where("judging_assignments.status", "=", "retired")
      .execute();
    const replacements = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("users", "users.id", "judging_assignments.judge_user_id")
      .select(["judging_assignments.nomination_id", "users.name"])
      .where("judging_assignments.cycle_id", "=", cycleId)
      .where("judging_assignments.source", "=", "replacement")
      .where("judging_assignments.status", "=", "live")
      .execute();
    expect(replacements.length).toBeGreaterThan(0);
    for (const r of replacements) expect(retired.map((a) => a.nomination_id)).toContain(r.nomination_id);
    const adminCookie = await app.sessionFor(ADMIN);
    const html = await (await app.request(`/admin/cycles/${cycleId}/judging`, { cookie: adminCookie })).text();
    for (const r of replacements) expect(html).toContain(r.name);
    expect(html).toContain("Left out of the results");
    for (const a of retired) expect(html).toContain(a.code);
    // Every declaration stays listed, withdrawn, each marked as after assignment.
    expect(html.match(/, after assignment/g)?.length).toBeGreaterThanOrEqual(2 * (entrants.length + 1));
    for (const o of entrants) expect(html).toContain(o.name.replace(/&/g, "&amp;"));
    expect(html).toContain("Westerholme Teaching Hospitals NHS Trust");
    // Entries keep three counted judges from both sides, where a replacement could be found.
    const live = await app.db
      .selectFrom("judging_assignments")
      .select(["nomination_id"])
      .where("cycle_id", "=", cycleId)
      .where("round", "=", "first")
      .where("status", "=", "live")
      .execute();
    for (const r of replacements) expect(live.filter((a) => a.nomination_id === r.nomination_id)).toHaveLength(3);
  });

  it("is e-mailed about each declaration and each withdrawal", async () => {
    const mails = (await app.outbox()).filter((m) => m.to.includes(ADMIN));
    const declared = mails.filter((m) => m.subject.includes("declared a conflict of interest after assignment"));
    const withdrawn = mails.filter((m) => m.subject.includes("withdrew a conflict of interest after assignment"));
    expect(declared).toHaveLength(entrants.length + 1);
    expect(withdrawn).toHaveLength(entrants.length + 1);
    expect(declared.some((m) => m.text.includes("Westerholme Teaching Hospitals NHS Trust") && m.text.includes("They held no entry from it."))).toBe(true);
    expect(declared.some((m) => /Entry [A-Z2-9]{4}: .+ added in their place/.test(m.text))).toBe(true);
    // Nothing about it reaches the judge.
    expect((await app.outbox()).filter((m) => m.to.includes(JUDGE) && /conflict/i.test(m.subject))).toEqual([]);
  });
});

describe("stepping away from a retired entry", () => {
  it("ends it as any recusal does, without a second replacement", async () => {
    const target = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
      .select(["judging_entries.code", "judging_assignments.nomination_id"])
      .where("judging_assignments.judge_user_id", "=", judgeId)
      .where("judging_assignments.status", "=", "retired")
      .executeTakeFirstOrThrow();
    const liveOn = () => app.db.selectFrom("judging_assignments").select("judge_user_id").where("nomination_id", "=", target.nomination_id).where("status", "=", "live").execute();
    const before = await liveOn();
    const res = await app.request(`/judging/entries/${target.code}/recuse`, { cookie, form: { reason: "I recognise this one." } });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/judging?notice=recused");
    expect(await (await app.request("/judging", { cookie })).text()).not.toContain(`Entry ${target.code}`);
    expect((await app.request(`/judging/entries/${target.code}`, { cookie })).status).toBe(404);
    expect(await liveOn()).toEqual(before);
    const row = await app.db.selectFrom("judging_assignments").select(["status", "ended_reason"]).where("nomination_id", "=", target.nomination_id).where("judge_user_id", "=", judgeId).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "recused", ended_reason: "I recognise this one." });
  });
});
