// The secretariat's final round and announcement, over HTTP against the real server: the panel and its
// final-round sheets, reopening a sheet, the embargoed decisions (refused without a rationale or with
// two winners, or before every final-round sheet is in without a confirmation and a reason; hidden
// from everyone else until publication), editing a finalist's case study (versions,
// stale saves refused), moving the announcement, publishing now (once), and who may use these pages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmShortlist, saveShortlist } from "~/models/shortlist.server";
import { NEXT_YEAR, advanceCycle, makeAssignment, makeJudge, makeJudgingRound, submitScoreSheet, type Person } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

const WINNER_RATIONALE = "The panel found the clearest evidence of joint ownership (embargo test).";
const HC_RATIONALE = "Highly commended for its joint monitoring (embargo test).";
const SHEETS_REASON = "The panel decided in the room; two judges were taken ill before submitting.";

let app: TestServer;
let admin: string;
let adminId: number;
let cycleId: number;
let year: number;
/** The four finalists, the first the winner. */
let finalists: { nominationId: number; organisation: string; organisationId: number }[];
/** The winner's entrant. */
let ENTRANT: string;
/** The final-round panel: two judges, and one whose profile is at the first finalist's organisation; and a judge not on it. */
let panelJudges: Person[];
let JUDGE: string;
let notOnPanel: Person;

type Pairs = [string, string][];

const readable = async (res: Response) => (await res.text()).replaceAll("<!-- -->", "");
const page = async (pathname: string, cookie = admin) => {
  const res = await app.request(pathname, { cookie });
  expect(res.status, `GET ${pathname}`).toBe(200);
  return readable(res);
};
/** A form post with repeated names (checkboxes), as a browser sends it. */
const post = (pathname: string, pairs: Pairs, cookie = admin, origin = app.url) =>
  app.request(pathname, {
    cookie,
    headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(pairs).toString(),
    method: "POST",
  });
const finalPath = () => `/admin/cycles/${cycleId}/final`;
const caseStudyPath = (nominationId: number) => `/admin/cycles/${cycleId}/case-studies/${nominationId}`;
/** The values of the ticked checkboxes or radios named so, in page order. */
const checked = (html: string, name: string) =>
  (html.match(new RegExp(`<input[^>]*name="${name}"[^>]*>`, "g")) ?? []).filter((tag) => / checked=""/.test(tag)).map((tag) => /value="([^"]*)"/.exec(tag)![1]);
const escaped = (text: string) => text.replaceAll("'", "&#x27;").replaceAll('"', "&quot;");
/** The names of the page's task sections that are open (the rest are folded). */
const openSections = (html: string) =>
  [...html.matchAll(/<details class="nhsuk-details nhsuk-expander"( open="")?><summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">([^<]*)<\/span>/g)]
    .filter((m) => m[1])
    .map((m) => m[2].replaceAll("&#x27;", "'"));
/** A task's status in the list at the top of the page. */
const taskStatus = (html: string, title: string) => new RegExp(`>${escaped(title)}</(?:a|div)>[\\s\\S]*?<div class="nhsuk-task-list__status"[^>]*><strong[^>]*>([^<]*)<`).exec(html)?.[1];

beforeAll(async () => {
  app = await startTestServer({ demo: false });
  const db = app.db;
  // A cycle two years back whose shortlist was confirmed: its finalist has a case study of another cycle.
  const past = await makeJudgingRound(db, { organisations: 1, judgesPerSide: 0, year: NEXT_YEAR - 2 });
  await advanceCycle(db, past.cycle.id, "shortlisting");
  expect(await saveShortlist(db, { cycleId: past.cycle.id, picks: [{ nominationId: past.entries[0].nominationId, rationale: "Strong" }], method: "raw", actorUserId: past.admin.id })).toMatchObject({ ok: true });
  expect(await confirmShortlist(db, { cycleId: past.cycle.id, actorUserId: past.admin.id })).toMatchObject({ ok: true });

  // This year's: five organisations' entries, each scored in the first round by a judge of each side.
  const round = await makeJudgingRound(db, { organisations: 5, judgesPerSide: 2, year: NEXT_YEAR });
  cycleId = round.cycle.id;
  year = round.cycle.year;
  for (const entry of round.entries) {
    for (const judge of [round.employerJudges[0], round.staffSideJudges[0]]) {
      await makeAssignment(db, { cycleId, nominationId: entry.nominationId, judgeId: judge.id });
      await submitScoreSheet(db, { cycleId, judgeId: judge.id, code: entry.code });
    }
  }
  admin = await app.sessionFor(round.admin.email);
  adminId = round.admin.id;
  ENTRANT = round.entries[0].entrant.email;
  const atFirstFinalist = await makeJudge(db, { side: "employer", organisationId: round.entries[0].organisation.id, statementFor: cycleId });
  panelJudges = [round.employerJudges[1], round.staffSideJudges[1], atFirstFinalist];
  JUDGE = panelJudges[0].email;
  notOnPanel = round.staffSideJudges[0];
  await advanceCycle(db, cycleId, "shortlisting");
  // One entry per organisation, four of the five.
  const picks = round.entries.slice(0, 4).map((e) => ({ nomination_id: e.nominationId, name: e.organisation.name, organisation_id: e.organisation.id }));
  finalists = picks.map((p) => ({ nominationId: p.nomination_id, organisation: p.name, organisationId: p.organisation_id }));
  const saved = await saveShortlist(app.db, { cycleId, picks: picks.map((p) => ({ nominationId: p.nomination_id, rationale: `Strong entry from ${p.name}` })), method: "raw", actorUserId: adminId });
  expect(saved.ok).toBe(true);
  const confirmed = await confirmShortlist(app.db, { cycleId, actorUserId: adminId });
  expect(confirmed).toEqual({ ok: true, finalists: 4 });
  await app.db
    .updateTable("award_cycles")
    .set({ stage: "final", final_judging_at: "2027-06-10T09:00:00.000Z", announcement_at: new Date(Date.now() + 60 * 24 * 3600_000).toISOString() })
    .where("id", "=", cycleId)
    .execute();
});
afterAll(async () => app.close());

async function judgeIds(emails: string[]) {
  return (await app.db.selectFrom("users").select(["id", "email_normalised"]).where("email_normalised", "in", emails).execute()).map((r) => r.id);
}

async function finalAssignments() {
  return app.db.selectFrom("judging_assignments").selectAll().where("cycle_id", "=", cycleId).where("round", "=", "final").where("status", "=", "live").execute();
}

describe("who may use the final-round pages", () => {
  it("answers 403 to a judge and an entrant, for pages, route data and posts, and sends someone signed out to sign in", async () => {
    const urls = [finalPath(), caseStudyPath(finalists[0].nominationId)];
    for (const email of [JUDGE, ENTRANT]) {
      const cookie = await app.sessionFor(email);
      for (const url of urls) {
        expect((await app.request(url, { cookie })).status, `GET ${url} as ${email}`).toBe(403);
        expect((await app.request(`${url}.data`, { cookie })).status, `GET ${url}.data as ${email}`).toBe(403);
        for (const intent of ["panel", "decisions", "publish", "move"]) {
          const res = await post(url, [["intent", intent], ["version", "1"], ["summary", "Hacked"]], cookie);
          expect(res.status, `POST ${intent} to ${url} as ${email}`).toBe(403);
        }
      }
    }
    for (const url of urls) {
      const res = await app.request(url);
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toContain("/login?");
    }
    expect(await finalAssignments()).toHaveLength(0);
    const cycle = await app.db.selectFrom("award_cycles").select(["published_at"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
    expect(cycle.published_at).toBeNull();
  });

  it("refuses a post from another site, even with the admin's session", async () => {
    for (const url of [finalPath(), caseStudyPath(finalists[0].nominationId)]) {
      const res = await post(url, [["intent", "publish"]], admin, "https://evil.example");
      expect(res.status, `POST ${url}`).toBe(403);
    }
    const cycle = await app.db.selectFrom("award_cycles").select(["published_at"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
    expect(cycle.published_at).toBeNull();
  });

  it("answers 404 for an unknown cycle and for a nomination that is not a finalist of the cycle", async () => {
    expect((await app.request(`/admin/cycles/99999/final`, { cookie: admin })).status).toBe(404);
    expect((await app.request(`/admin/cycles/${cycleId}/case-studies/99999`, { cookie: admin })).status).toBe(404);
    const other = await app.db
      .selectFrom("nominations")
      .select("id")
      .where("cycle_id", "=", cycleId)
      .where(
        "id",
        "not in",
        finalists.map((f) => f.nominationId),
      )
      .executeTakeFirstOrThrow();
    expect((await app.request(caseStudyPath(other.id), { cookie: admin })).status).toBe(404);
    expect((await post(caseStudyPath(other.id), [["version", "1"]])).status).toBe(404);
    // A finalist of another cycle (two years back) is not a case study of this one.
    const past = await app.db.selectFrom("case_study_drafts").select("nomination_id").where("cycle_id", "!=", cycleId).executeTakeFirstOrThrow();
    expect((await app.request(caseStudyPath(past.nomination_id), { cookie: admin })).status).toBe(404);
  });
});

describe("the final round", () => {
  it("shows the stage, the finalists and the presentations", async () => {
    const html = await page(finalPath());
    expect(html).toContain("<h1>Final round and announcement</h1>");
    expect(html).toContain("Final round");
    for (const f of finalists) expect(html).toContain(escaped(f.organisation));
    expect(html).toContain("15 minutes, followed by 15 minutes of questions");
    // 09:00 UTC on 10 June 2027 is 10am BST.
    expect(html).toContain("10am on Thursday 10 June 2027");
    expect(html).toContain("10:00 to 10:30");
    expect(html).toContain("Embargoed until the announcement");
    // Each section is a task: only the next one to do is open, and what cannot start yet says so.
    expect(taskStatus(html, "Choose the final-round panel")).toBe("To do");
    expect(taskStatus(html, "Follow the panel's score sheets")).toBe("Cannot start yet");
    expect(taskStatus(html, "Check the running order of the presentations")).toBe("Done");
    expect(taskStatus(html, "Record the decisions")).toBe("To do");
    expect(openSections(html)).toEqual(["Choose the final-round panel"]);
    expect(html).toContain('href="#task-decisions"');
    expect(html).not.toContain('href="#task-progress"');
    expect(html).toContain('id="task-decisions"');
  });

  it("assigns every panel judge every finalist they have no conflict with", async () => {
    const panel = panelJudges.map((j) => j.id);
    const res = await post(finalPath(), [["intent", "panel"], ...panel.map((id): [string, string] => ["judge", String(id)])]);
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get("location")).toMatch(new RegExp(`^${finalPath()}\\?notice=panel&assigned=\\d+&skipped=\\d+$`));
    const rows = await finalAssignments();
    // The third judge's profile is at the first finalist's organisation: they are not given it.
    const atFirstFinalist = panelJudges[2].id;
    expect(rows.some((r) => r.judge_user_id === atFirstFinalist && r.nomination_id === finalists[0].nominationId)).toBe(false);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const r of rows) expect(finalists.map((f) => f.nominationId)).toContain(r.nomination_id);
    const panelRows = await app.db.selectFrom("final_panel").select("judge_user_id").where("cycle_id", "=", cycleId).execute();
    expect(panelRows.map((r) => r.judge_user_id).sort()).toEqual([...panel].sort());
    const html = await page(res.headers.get("location")!);
    expect(html).toContain("The final-round panel has been saved");
    // The section just posted stays open, and so does the next task: following the panel's sheets.
    expect(taskStatus(html, "Choose the final-round panel")).toBe("Done");
    expect(taskStatus(html, "Follow the panel's score sheets")).toBe("To do");
    expect(openSections(html)).toEqual(["Choose the final-round panel", "Follow the panel's score sheets"]);
    expect(html).toContain(panelJudges[0].name);
    expect(checked(html, "judge").map(Number).sort()).toEqual([...panel].sort());
    // Each judge who joined the panel is e-mailed once, with how many finalists they have, not who.
    // Read as delivered: a message's text leaves the outbox table once it is sent.
    const delivered = await app.outbox();
    for (const email of panelJudges.map((j) => j.email)) {
      const mail = delivered.filter((m) => m.to === email && m.subject.endsWith("final-round panel"));
      expect(mail.map((m) => m.subject), email).toEqual([`HPMA ${year}: you are on the final-round panel`]);
      expect(mail[0].text).toMatch(/you have \d+ finalists? to score/);
      for (const f of finalists) expect(mail[0].text).not.toContain(f.organisation);
    }
    const again = await post(finalPath(), [["intent", "panel"], ...panel.map((id): [string, string] => ["judge", String(id)])]);
    expect(again.status).toBe(302);
    expect((await app.db.selectFrom("mail_outbox").select("id").where("subject", "=", `HPMA ${year}: you are on the final-round panel`).execute()).length).toBe(3);
  });

  it("refuses a panel with someone who is not a judge", async () => {
    const res = await post(finalPath(), [["intent", "panel"], ["judge", String(adminId)]]);
    expect(res.status).toBe(400);
    expect(await readable(res)).toContain("Choose judges from the list");
  });

  it("reopens a submitted final-round sheet with a reason, and only this cycle's final-round sheets", async () => {
    const assignment = (await finalAssignments())[0];
    const now = new Date().toISOString();
    const sheet = await app.db
      .insertInto("score_sheets")
      .values({ assignment_id: assignment.id, status: "submitted", overall_comment: "", revision: 1, submitted_at: now, reopened_at: null, reopened_reason: null, created_at: now, updated_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    const html = await page(finalPath());
    expect(html).toContain(`name="reason_${sheet.id}"`);

    const blank = await post(finalPath(), [["intent", "reopen"], ["sheet_id", String(sheet.id)], [`reason_${sheet.id}`, " "]]);
    expect(blank.status).toBe(400);
    expect(await readable(blank)).toContain("Enter why the score sheet is being reopened");

    // A first-round sheet is not reopened from here.
    const firstRound = await app.db
      .selectFrom("score_sheets")
      .innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id")
      .select("score_sheets.id")
      .where("judging_assignments.round", "=", "first")
      .where("score_sheets.status", "=", "submitted")
      .executeTakeFirstOrThrow();
    const wrong = await post(finalPath(), [["intent", "reopen"], ["sheet_id", String(firstRound.id)], [`reason_${firstRound.id}`, "No"]]);
    expect(wrong.status).toBe(404);
    expect((await app.db.selectFrom("score_sheets").select("status").where("id", "=", firstRound.id).executeTakeFirstOrThrow()).status).toBe("submitted");

    const res = await post(finalPath(), [["intent", "reopen"], ["sheet_id", String(sheet.id)], [`reason_${sheet.id}`, "Scored the wrong finalist"]]);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`${finalPath()}?notice=reopened`);
    const after = await app.db.selectFrom("score_sheets").selectAll().where("id", "=", sheet.id).executeTakeFirstOrThrow();
    expect(after.status).toBe("draft");
    expect(after.reopened_reason).toBe("Scored the wrong finalist");
  });
});

describe("a panel judge checks their final-round answers before submitting", () => {
  it("goes from a complete sheet to a check of every score and comment, named as on the sheet, and submits from there", async () => {
    const cookie = await app.sessionFor(JUDGE);
    const [judgeId] = await judgeIds([JUDGE]);
    const sheets = await app.db.selectFrom("score_sheets").select("assignment_id").execute();
    const assignment = (await finalAssignments()).find((a) => a.judge_user_id === judgeId && !sheets.some((s) => s.assignment_id === a.id))!;
    expect(assignment).toBeDefined();
    const code = (await app.db.selectFrom("judging_entries").select("code").where("nomination_id", "=", assignment.nomination_id).executeTakeFirstOrThrow()).code;
    const organisation = finalists.find((f) => f.nominationId === assignment.nomination_id)!.organisation;
    const sheet = `/judging/final/${code}`;
    // The panel's time, as a sentence says it.
    expect(await readable(await app.request("/judging/final", { cookie }))).toMatch(/followed by 15 minutes of questions, at 10am on Thursday 10 June 2027 \(UK time\)/);
    const html = await readable(await app.request(sheet, { cookie }));
    expect(html).toContain(">Continue to check your scores</button>");
    expect(html).not.toContain(">Submit scores</button>");
    const ids = [...html.matchAll(/name="score_(\d+)"/g)].map((m) => Number(m[1])).filter((id, i, all) => all.indexOf(id) === i);
    expect(ids.length).toBeGreaterThan(0);
    const criteria = await app.db.selectFrom("cycle_criteria").select(["id", "scale_max"]).where("id", "in", ids).execute();

    const form: Record<string, string> = { intent: "check", revision: "0", overall_comment: "The panel's clearest presentation." };
    for (const c of criteria) form[`score_${c.id}`] = String(Math.min(c.scale_max, 3));
    form[`comment_${criteria[0].id}`] = "Answered every question jointly.";
    const onward = await app.request(sheet, { cookie, form });
    expect(onward.status, await onward.clone().text()).toBe(302);
    expect(onward.headers.get("location")).toBe(`${sheet}/check`);
    const saved = await app.db.selectFrom("score_sheets").select(["status", "revision"]).where("assignment_id", "=", assignment.id).executeTakeFirstOrThrow();
    expect(saved.status).toBe("draft");

    const check = await readable(await app.request(`${sheet}/check`, { cookie }));
    expect(check).toContain("<h1>Check your scores before submitting them</h1>");
    expect(check).toContain(`${code}: ${escaped(organisation)}`);
    for (const c of criteria) {
      expect(check).toContain(`${Math.min(c.scale_max, 3)} out of ${c.scale_max}`);
      expect(check).toContain(`href="${sheet}#score_${c.id}"`);
      expect(check).toContain(`href="${sheet}#comment_${c.id}"`);
    }
    expect(check).toContain("Answered every question jointly.");
    expect(check).toContain(escaped("The panel's clearest presentation."));
    expect(check).toContain(`href="${sheet}#overall_comment"`);

    // Another judge has no such sheet to check, nor to submit.
    const other = await app.sessionFor(notOnPanel.email);
    expect((await app.request(`${sheet}/check`, { cookie: other })).status).toBe(404);
    expect((await app.request(`${sheet}/check`, { cookie: other, form: { revision: String(saved.revision) } })).status).toBe(404);

    // An older revision than the one saved is refused: nothing is submitted unseen.
    const stale = await app.request(`${sheet}/check`, { cookie, form: { revision: String(saved.revision - 1) } });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("Check your scores again");

    const submitted = await app.request(`${sheet}/check`, { cookie, form: { revision: String(saved.revision) } });
    expect(submitted.status).toBe(302);
    expect(submitted.headers.get("location")).toBe("/judging/final?notice=submitted");
    expect((await app.db.selectFrom("score_sheets").select("status").where("assignment_id", "=", assignment.id).executeTakeFirstOrThrow()).status).toBe("submitted");
    const after = await app.request(`${sheet}/check`, { cookie });
    expect(after.status).toBe(302);
    expect(after.headers.get("location")).toBe(sheet);
  });
});

describe("the decisions", () => {
  const [w, hc] = [0, 1];

  it("refuses a winner without a rationale, keeping what was typed", async () => {
    const res = await post(finalPath(), [
      ["intent", "decisions"],
      ["winner", String(finalists[w].nominationId)],
      ["hc", String(finalists[hc].nominationId)],
      [`rationale_${finalists[w].nominationId}`, ""],
      [`rationale_${finalists[hc].nominationId}`, "Kept text for the highly commended"],
    ]);
    expect(res.status).toBe(400);
    const html = await readable(res);
    expect(html).toContain("Enter the rationale for each finalist you choose");
    expect(html).toContain(`href="#rationale_${finalists[w].nominationId}"`);
    expect(html).toContain("Kept text for the highly commended");
    // The section with the errors is open, as well as the next task.
    expect(openSections(html)).toContain("Record the decisions");
    expect(checked(html, "winner")).toEqual([String(finalists[w].nominationId)]);
    expect(checked(html, "hc")).toEqual([String(finalists[hc].nominationId)]);
    expect(await app.db.selectFrom("award_decisions").selectAll().where("cycle_id", "=", cycleId).execute()).toHaveLength(0);
  });

  it("refuses two winners, a winner who is also highly commended, and a winner who is not a finalist", async () => {
    const two = await post(finalPath(), [
      ["intent", "decisions"],
      ["winner", String(finalists[0].nominationId)],
      ["winner", String(finalists[1].nominationId)],
      [`rationale_${finalists[0].nominationId}`, "A"],
      [`rationale_${finalists[1].nominationId}`, "B"],
    ]);
    expect(two.status).toBe(400);
    expect(await readable(two)).toContain("Choose only one winner");

    const both = await post(finalPath(), [
      ["intent", "decisions"],
      ["winner", String(finalists[0].nominationId)],
      ["hc", String(finalists[0].nominationId)],
      [`rationale_${finalists[0].nominationId}`, "A"],
    ]);
    expect(both.status).toBe(400);
    expect(await readable(both)).toContain("The winner cannot also be highly commended");

    const outsider = await app.db.selectFrom("nominations").select("id").where("cycle_id", "=", cycleId).where("id", "not in", finalists.map((f) => f.nominationId)).executeTakeFirstOrThrow();
    const notFinalist = await post(finalPath(), [["intent", "decisions"], ["winner", String(outsider.id)], [`rationale_${outsider.id}`, "A"]]);
    expect(notFinalist.status).toBe(400);
    expect(await readable(notFinalist)).toContain("Choose the winner from the finalists");
    expect(await app.db.selectFrom("award_decisions").selectAll().where("cycle_id", "=", cycleId).execute()).toHaveLength(0);
  });

  const decisionsForm = (): Pairs => [
    ["intent", "decisions"],
    ["winner", String(finalists[w].nominationId)],
    ["hc", String(finalists[hc].nominationId)],
    [`rationale_${finalists[w].nominationId}`, WINNER_RATIONALE],
    [`rationale_${finalists[hc].nominationId}`, HC_RATIONALE],
  ];

  async function sheetCount() {
    const rows = await app.db
      .selectFrom("judging_assignments")
      .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
      .select("score_sheets.status")
      .where("judging_assignments.cycle_id", "=", cycleId)
      .where("judging_assignments.round", "=", "final")
      .where("judging_assignments.status", "=", "live")
      .execute();
    return { submitted: rows.filter((r) => r.status === "submitted").length, assigned: rows.length };
  }

  it("says how many final-round sheets are in, and refuses the decisions before they all are without a confirmation and a reason", async () => {
    const { submitted, assigned } = await sheetCount();
    expect(submitted).toBeLessThan(assigned);
    const html = await page(finalPath());
    expect(html).toContain(`${submitted} of ${assigned} final-round score sheets are submitted.`);
    expect(html).toContain('name="sheets_confirmed"');

    const unconfirmed = await post(finalPath(), decisionsForm());
    expect(unconfirmed.status).toBe(400);
    const unconfirmedHtml = await readable(unconfirmed);
    expect(unconfirmedHtml).toContain(`Only ${submitted} of ${assigned} final-round score sheets are submitted. To record the decisions now, confirm it and give the reason`);
    expect(unconfirmedHtml).toContain('href="#sheets_confirmed"');
    expect(unconfirmedHtml).toContain(escaped(HC_RATIONALE));

    const noReason = await post(finalPath(), [...decisionsForm(), ["sheets_confirmed", "yes"], ["sheets_reason", "  "]]);
    expect(noReason.status).toBe(400);
    expect(await readable(noReason)).toContain("Enter why the decisions are recorded before every score sheet is in");

    const noTick = await post(finalPath(), [...decisionsForm(), ["sheets_reason", "Kept reason text"]]);
    expect(noTick.status).toBe(400);
    const noTickHtml = await readable(noTick);
    expect(noTickHtml).toContain("Confirm that the decisions are recorded before every score sheet is in");
    expect(noTickHtml).toContain("Kept reason text");

    expect(await app.db.selectFrom("award_decisions").selectAll().where("cycle_id", "=", cycleId).execute()).toHaveLength(0);
    expect(await app.db.selectFrom("audit_log").selectAll().where("action", "=", "final.decisions_recorded").where("target", "=", `cycle:${cycleId}`).execute()).toHaveLength(0);
  });

  it("records the winner and highly commended with their rationale, audited", async () => {
    const res = await post(finalPath(), [...decisionsForm(), ["sheets_confirmed", "yes"], ["sheets_reason", SHEETS_REASON]]);
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get("location")).toBe(`${finalPath()}?notice=decisions`);
    const rows = await app.db.selectFrom("award_decisions").selectAll().where("cycle_id", "=", cycleId).orderBy("result", "desc").execute();
    expect(rows.map((r) => [r.nomination_id, r.result, r.rationale])).toEqual([
      [finalists[w].nominationId, "winner", WINNER_RATIONALE],
      [finalists[hc].nominationId, "highly_commended", HC_RATIONALE],
    ]);
    const audit = await app.db.selectFrom("audit_log").selectAll().where("action", "=", "final.decisions_recorded").where("target", "=", `cycle:${cycleId}`).execute();
    expect(audit).toHaveLength(1);
    const html = await page(res.headers.get("location")!);
    expect(html).toContain("The decisions have been recorded");
    expect(html).toContain(escaped(WINNER_RATIONALE));
  });

  it("keeps the reason, and how many sheets were in, with the decisions in the audit log", async () => {
    const [row] = await app.db.selectFrom("audit_log").selectAll().where("action", "=", "final.decisions_recorded").where("target", "=", `cycle:${cycleId}`).execute();
    const details = JSON.parse(row.details) as { sheets: { submitted: number; assigned: number }; sheetsNotInReason?: string };
    expect(details.sheets).toEqual(await sheetCount());
    expect(details.sheetsNotInReason).toBe(SHEETS_REASON);
  });

  it("asks for no reason once every final-round sheet is in", async () => {
    const now = new Date().toISOString();
    for (const a of await finalAssignments()) {
      const sheet = await app.db.selectFrom("score_sheets").select("id").where("assignment_id", "=", a.id).executeTakeFirst();
      if (sheet) await app.db.updateTable("score_sheets").set({ status: "submitted", submitted_at: now }).where("id", "=", sheet.id).execute();
      else {
        await app.db
          .insertInto("score_sheets")
          .values({ assignment_id: a.id, status: "submitted", overall_comment: "", revision: 1, submitted_at: now, reopened_at: null, reopened_reason: null, created_at: now, updated_at: now })
          .execute();
      }
    }
    const { assigned } = await sheetCount();
    const html = await page(finalPath());
    expect(html).toContain(`All ${assigned} final-round score sheets are submitted.`);
    expect(html).not.toContain('name="sheets_confirmed"');
    const res = await post(finalPath(), decisionsForm());
    expect(res.status, await res.clone().text()).toBe(302);
    const rows = await app.db.selectFrom("audit_log").selectAll().where("action", "=", "final.decisions_recorded").where("target", "=", `cycle:${cycleId}`).orderBy("id").execute();
    expect(rows).toHaveLength(2);
    expect(JSON.parse(rows[1].details)).toMatchObject({ sheets: { submitted: assigned, assigned } });
    expect(JSON.parse(rows[1].details)).not.toHaveProperty("sheetsNotInReason");
  });

  it("keeps the decisions embargoed: not on the public pages, the entrant's pages or the judges' pages", async () => {
    const winner = finalists[w];
    for (const path of ["/winners", `/winners/${year}`, "/winners.json", "/winners.csv"]) {
      const res = await app.request(path);
      const text = await readable(res);
      expect(text, path).not.toContain(escaped(winner.organisation));
      expect(text, path).not.toContain(winner.organisation);
      expect(text, path).not.toContain("embargo test");
    }
    const entrant = await app.sessionFor(ENTRANT);
    for (const path of ["/nominations", `/nominations/${winner.nominationId}`, `/nominations/${winner.nominationId}/receipt`]) {
      const res = await app.request(path, { cookie: entrant });
      const text = await readable(res);
      expect(text, path).not.toContain("embargo test");
      expect(text, path).not.toMatch(/>\s*Winner\s*</);
      expect(text, path).not.toMatch(/highly commended/i);
    }
    for (const email of [panelJudges[0].email, panelJudges[1].email]) {
      const judge = await app.sessionFor(email);
      const codes = await app.db
        .selectFrom("judging_entries")
        .select("code")
        .where("nomination_id", "in", finalists.map((f) => f.nominationId))
        .execute();
      const paths = ["/judging", "/judging/final", ...codes.flatMap((c) => [`/judging/final/${c.code}`, `/judging/entries/${c.code}`])];
      for (const path of paths) {
        const res = await app.request(path, { cookie: judge });
        const text = await readable(res);
        expect(text, `${path} as ${email}`).not.toContain("embargo test");
        expect(text, `${path} as ${email}`).not.toMatch(/highly commended/i);
      }
    }
  });
});

describe("the case studies", () => {
  async function draft(nominationId: number) {
    const row = await app.db.selectFrom("case_study_drafts").selectAll().where("nomination_id", "=", nominationId).executeTakeFirstOrThrow();
    return { ...row, fields: JSON.parse(row.fields) as Record<string, unknown> };
  }

  function formOf(fields: Record<string, unknown>, version: number, changes: Record<string, string> = {}): Pairs {
    const text = (v: unknown) => (v === null || v === undefined ? "" : Array.isArray(v) ? v.join("\n") : String(v));
    const keys = ["organisation_name", "title", "summary", "region", "organisation_type", "themes", "source_note", "source_url"];
    const sections = ["about_organisation", "challenge", "partnership_work", "outcomes", "key_achievement", "top_tips", "further_information"];
    const pairs: Pairs = [...keys, ...sections].map((k) => [k, text(fields[k])]);
    pairs.push(["version", String(version)]);
    for (const [k, v] of Object.entries(changes)) {
      const i = pairs.findIndex((p) => p[0] === k);
      if (i >= 0) pairs[i] = [k, v];
      else pairs.push([k, v]);
    }
    return pairs;
  }

  it("lists every finalist's case study with its version and consent", async () => {
    const html = await page(finalPath());
    for (const f of finalists) expect(html).toContain(`href="${caseStudyPath(f.nominationId)}"`);
    expect(html).toContain("Given");
  });

  it("previews the generated case study with the public page's headings", async () => {
    const html = await page(caseStudyPath(finalists[1].nominationId));
    expect(html).toContain("<h2>Preview</h2>");
    expect(html).toContain("<h3>About the organisation</h3>");
    expect(html).toContain("<h3>The challenge</h3>");
    expect(html).toContain('name="version" value="1"');
    expect(html).toContain("Generated from the nomination");
  });

  it("saves an edit as version 2, shown in the preview, and refuses a save from the older version", async () => {
    const nominationId = finalists[1].nominationId;
    const before = await draft(nominationId);
    expect(before.version).toBe(1);
    const summary = "An edited summary for the archive, checked in the preview.";
    const res = await post(caseStudyPath(nominationId), formOf(before.fields, 1, { summary, note: "Summary shortened", themes: "Staff wellbeing\nRostering" }));
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get("location")).toBe(`${caseStudyPath(nominationId)}?notice=saved`);
    const after = await draft(nominationId);
    expect(after.version).toBe(2);
    expect(after.fields.summary).toBe(summary);
    expect(after.fields.themes).toEqual(["rostering", "staff wellbeing"]);
    const html = await page(res.headers.get("location")!);
    expect(html).toContain("Your changes have been saved as version 2");
    expect(html).toContain(`<p class="nhsuk-lede-text">${summary}</p>`);
    expect(html).toContain("Summary shortened");
    expect(html).toContain('name="version" value="2"');

    const stale = await post(caseStudyPath(nominationId), formOf(before.fields, 1, { summary: "A stale edit" }));
    expect(stale.status).toBe(409);
    const staleHtml = await readable(stale);
    expect(staleHtml).toContain("Someone else saved this case study after you opened it");
    expect(staleHtml).toContain("A stale edit");
    expect((await draft(nominationId)).version).toBe(2);

    // Saving what is there already makes no version.
    const same = await post(caseStudyPath(nominationId), formOf(after.fields, 2));
    expect(same.headers.get("location")).toBe(`${caseStudyPath(nominationId)}?notice=unchanged`);
    expect((await draft(nominationId)).version).toBe(2);
  });

  it("refuses an edit that breaks the archive's rules, keeping what was typed", async () => {
    const nominationId = finalists[2].nominationId;
    const d = await draft(nominationId);
    const res = await post(caseStudyPath(nominationId), formOf(d.fields, d.version, { organisation_name: "", source_note: "", source_url: "", challenge: "Kept challenge text" }));
    expect(res.status).toBe(400);
    const html = await readable(res);
    expect(html).toContain("Enter the organisation");
    expect(html).toContain("Enter where this comes from");
    expect(html).toContain("Kept challenge text");
    expect((await draft(nominationId)).version).toBe(d.version);
  });
});

describe("the announcement", () => {
  it("refuses to move the announcement into the past, and moves it to a future time", async () => {
    const past = await post(finalPath(), [["intent", "move"], ["announcement_day", "1"], ["announcement_month", "1"], ["announcement_year", "2020"], ["announcement_time", "19:00"]]);
    expect(past.status).toBe(400);
    const html = await readable(past);
    expect(html).toContain("The new announcement time must be in the future");
    expect(html).toMatch(/name="announcement_year"[^>]*value="2020"/);

    const missing = await post(finalPath(), [["intent", "move"], ["announcement_day", "12"], ["announcement_month", "11"], ["announcement_year", "2027"], ["announcement_time", ""]]);
    expect(missing.status).toBe(400);
    expect(await readable(missing)).toContain("must include a time");

    const nextYear = new Date().getUTCFullYear() + 1;
    const res = await post(finalPath(), [["intent", "move"], ["announcement_day", "12"], ["announcement_month", "11"], ["announcement_year", String(nextYear)], ["announcement_time", "19:00"]]);
    expect(res.status).toBe(302);
    const cycle = await app.db.selectFrom("award_cycles").select("announcement_at").where("id", "=", cycleId).executeTakeFirstOrThrow();
    expect(cycle.announcement_at).toBe(`${nextYear}-11-12T19:00:00.000Z`);
    expect(await page(res.headers.get("location")!)).toContain(`7pm on`);
  });

  it("publishes now: the archive shows the winner and finalists with case studies, the cycle is announced, finalists are emailed", async () => {
    const emailsBefore = (await app.outbox()).length;
    const res = await post(finalPath(), [["intent", "publish"]]);
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get("location")).toBe(`${finalPath()}?notice=published`);

    const cycle = await app.db.selectFrom("award_cycles").select(["stage", "published_at"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
    expect(cycle.stage).toBe("announced");
    expect(cycle.published_at).not.toBeNull();

    const yearPage = await readable(await app.request(`/winners/${year}`));
    for (const f of finalists) expect(yearPage).toContain(escaped(f.organisation));
    const entries = await app.db.selectFrom("archive_entries").select(["slug", "result", "organisation_name", "summary"]).where("year", "=", year).execute();
    expect(entries).toHaveLength(4);
    expect(entries.find((e) => e.organisation_name === finalists[0].organisation)!.result).toBe("winner");
    expect(entries.find((e) => e.organisation_name === finalists[1].organisation)!.result).toBe("highly_commended");
    // The edit made before publication is what was published.
    expect(entries.find((e) => e.organisation_name === finalists[1].organisation)!.summary).toBe("An edited summary for the archive, checked in the preview.");
    for (const e of entries) expect((await app.request(`/winners/${year}/${e.slug}`)).status).toBe(200);

    const results = (await app.outbox()).slice(emailsBefore).filter((m) => m.subject.startsWith(`HPMA ${year} partnership award:`));
    expect(results.length).toBeGreaterThanOrEqual(4);
    expect(results.some((m) => m.subject.endsWith("is the winner"))).toBe(true);

    const html = await page(res.headers.get("location")!);
    expect(html).toContain("The results have been published");
    for (const e of entries) expect(html).toContain(`href="/winners/${year}/${e.slug}"`);
    expect(html).not.toContain('name="intent" value="decisions"');
    expect(html).not.toContain('name="intent" value="publish"');
    expect(html).toContain(escaped(WINNER_RATIONALE));
  });

  it("does nothing new when published again, and the case studies are read-only", async () => {
    const emailsBefore = (await app.outbox()).length;
    const res = await post(finalPath(), [["intent", "publish"]]);
    expect(res.status).toBe(400);
    expect(await readable(res)).toContain("The results have already been published");
    expect((await app.outbox()).length).toBe(emailsBefore);
    expect(await app.db.selectFrom("archive_entries").select("id").where("year", "=", year).execute()).toHaveLength(4);

    const nominationId = finalists[1].nominationId;
    const html = await page(caseStudyPath(nominationId));
    expect(html).toContain("Edit it in the archive of winners");
    expect(html).toMatch(/href="\/admin\/archive\/entries\/\d+"/);
    expect(html).not.toContain('name="version"');
    const edit = await post(caseStudyPath(nominationId), [["version", "2"], ["summary", "Too late"]]);
    expect(edit.status).toBe(400);
    expect(await readable(edit)).toContain("edit it in the archive instead");

    const decisions = await post(finalPath(), [["intent", "decisions"], ["winner", String(finalists[2].nominationId)], [`rationale_${finalists[2].nominationId}`, "Too late"]]);
    expect(decisions.status).toBe(400);
    expect(await readable(decisions)).toContain("can no longer change");
    const moved = await post(finalPath(), [["intent", "move"], ["announcement_day", "1"], ["announcement_month", "1"], ["announcement_year", "2030"], ["announcement_time", "19:00"]]);
    expect(moved.status).toBe(400);
    expect(await readable(moved)).toContain("The results have already been published");
  });
});

