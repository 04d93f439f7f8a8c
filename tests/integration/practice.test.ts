// Calibration before scoring (decision 037), over HTTP against the real server, on a cycle the test
// makes in judging, whose practice entry is a past winner's case study: a judge scores it on
// the same score sheet, then sees the other judges' practice scores by code only; a judge in conflict
// with its organisation is not offered it; a judge who has already submitted a score sheet cannot
// start it; practice scores never reach the results or the exports; the secretariat chooses the
// practice entry and sees who has calibrated.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { choosePracticeEntry } from "~/models/practice.server";
import { applyDueRetention } from "~/models/retention.server";
import { makeArchiveEntry, makeAssignment, makeJudge, makeJudgingRound, makeOrganisation, submitScoreSheet, type Organisation, type Person } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

const MARKER = "practice-only-5521";

let app: TestServer;
let cycleId: number;
let admin: string;
/** The practice entry's organisation (its case study a past winner's), the second case study's, one the second names, and one more. */
let practiceOrganisation: Organisation;
let secondOrganisation: Organisation;
let namedOrganisation: Organisation;
let organisations: Organisation[];
let secondCaseStudy: number;
/** Judges with an assigned sheet, none submitted: from the named organisation, from another, from the second case study's. */
let OFFERED: string;
let OTHER: string;
let THIRD: string;
/** From the practice entry's organisation. */
let CONFLICTED: string;
/** Has submitted a score sheet. */
let ALREADY_SCORING: string;
let judges: Person[];

/** A case study that names its own organisation, in full and by its short name, as real ones do. */
const caseStudy = (o: Organisation) => ({
  summary: `${o.shortName} managers and union representatives rebuilt the rota together.`,
  challenge: `Staff at ${o.name} said the rota was set without them.`,
  partnership_work: `A joint rota group at ${o.shortName} met every fortnight, chaired in turn by a manager and a steward.`,
  outcomes: "Fewer late changes to shifts, and sickness absence fell.",
});

beforeAll(async () => {
  app = await startTestServer({ demo: false });
  const db = app.db;
  // A cycle in judging with two entries, from organisations none of the judges below is from.
  const round = await makeJudgingRound(db, { organisations: 2, judgesPerSide: 0 });
  cycleId = round.cycle.id;
  practiceOrganisation = await makeOrganisation(db);
  secondOrganisation = await makeOrganisation(db);
  namedOrganisation = await makeOrganisation(db);
  const otherOrganisation = await makeOrganisation(db);
  organisations = [practiceOrganisation, secondOrganisation, namedOrganisation, otherOrganisation, ...round.entries.map((e) => e.organisation)];
  const practice = await makeArchiveEntry(db, { year: 2019, result: "winner", organisationName: practiceOrganisation.name, caseStudy: caseStudy(practiceOrganisation) });
  secondCaseStudy = (await makeArchiveEntry(db, { year: 2020, result: "finalist", organisationName: secondOrganisation.name, caseStudy: caseStudy(secondOrganisation) })).id;
  const judge = (side: "employer" | "staff_side", organisationId: number | null) => makeJudge(db, { side, organisationId, statementFor: cycleId });
  judges = [
    await judge("employer", namedOrganisation.id),
    await judge("staff_side", otherOrganisation.id),
    await judge("staff_side", secondOrganisation.id),
    await judge("employer", practiceOrganisation.id),
    await judge("employer", null),
  ];
  [OFFERED, OTHER, THIRD, CONFLICTED, ALREADY_SCORING] = judges.map((j) => j.email);
  // Judges who have not submitted a score sheet yet, as at the start of judging; and one who has.
  for (const j of [judges[0], judges[1], judges[2], judges[4]]) await makeAssignment(db, { cycleId, nominationId: round.entries[0].nominationId, judgeId: j.id });
  await submitScoreSheet(db, { cycleId, judgeId: judges[4].id, code: round.entries[0].code });
  // The secretariat chose the past winner's case study as the practice entry.
  expect(await choosePracticeEntry(db, { cycleId, archiveEntryId: practice.id, actorUserId: round.admin.id })).toMatchObject({ ok: true });
  admin = await app.sessionFor(round.admin.email);
});
afterAll(async () => app.close());

async function userId(email: string) {
  return (await app.db.selectFrom("users").select("id").where("email_normalised", "=", email).executeTakeFirstOrThrow()).id;
}

async function criteria() {
  return app.db.selectFrom("cycle_criteria").select(["id", "scale_min", "scale_max"]).where("cycle_id", "=", cycleId).where("round", "=", "first").orderBy("position").execute();
}

/** A complete practice sheet, every criterion scored `offset` above its minimum. */
async function practiceForm(offset: number, intent = "submit"): Promise<Record<string, string>> {
  const form: Record<string, string> = { intent, revision: "0", overall_comment: `Scored for practice (${MARKER})` };
  for (const c of await criteria()) {
    form[`score_${c.id}`] = String(Math.min(c.scale_max, c.scale_min + offset));
    form[`comment_${c.id}`] = `A practice comment (${MARKER})`;
  }
  return form;
}

async function practiceSheetOf(email: string) {
  return app.db.selectFrom("practice_sheets").selectAll().where("cycle_id", "=", cycleId).where("judge_user_id", "=", await userId(email)).executeTakeFirst();
}

const organisationStrings = () => organisations.flatMap((o) => [o.name, o.shortName]).filter((s): s is string => !!s && s.length >= 3);

describe("the practice entry, for a judge of the cycle", () => {
  it("is offered on the judges' home and shown redacted on the same score sheet", async () => {
    const cookie = await app.sessionFor(OFFERED);
    const home = await (await app.request("/judging", { cookie })).text();
    expect(home).toContain("Score the practice entry");
    const res = await app.request("/judging/practice", { cookie });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Practice entry");
    expect(html).toContain("Submit scores");
    expect(html).toContain("What scores look like");
    const source = await app.db
      .selectFrom("practice_entries")
      .innerJoin("archive_entries", "archive_entries.id", "practice_entries.archive_entry_id")
      .select(["archive_entries.organisation_name", "archive_entries.partnership_work"])
      .where("practice_entries.cycle_id", "=", cycleId)
      .executeTakeFirstOrThrow();
    expect(source.partnership_work).toBeTruthy();
    expect(html).toContain("[organisation]");
    for (const s of [source.organisation_name, ...organisationStrings()]) expect(html.toLowerCase()).not.toContain(s.toLowerCase());
  });

  it("keeps what was typed when a submission is incomplete, then submits through the page's own action", async () => {
    const cookie = await app.sessionFor(OFFERED);
    const incomplete = await app.request("/judging/practice", { cookie, form: { intent: "submit", revision: "0", overall_comment: "Half done <b>here</b>" } });
    expect(incomplete.status).toBe(400);
    const html = await incomplete.text();
    expect(html).toContain("There is a problem");
    expect(html).toContain("Half done &lt;b&gt;here&lt;/b&gt;");
    expect(await practiceSheetOf(OFFERED)).toBeUndefined();

    const submitted = await app.request("/judging/practice", { cookie, form: await practiceForm(3) });
    expect(submitted.status).toBe(302);
    expect(submitted.headers.get("location")).toBe("/judging/practice?notice=submitted#calibration");
    const sheet = await practiceSheetOf(OFFERED);
    expect(sheet?.status).toBe("submitted");
    const audit = await app.db.selectFrom("audit_log").select(["action", "actor_user_id"]).where("target", "=", `practice_sheet:${sheet!.id}`).execute();
    expect(audit).toEqual([{ action: "judging.practice_submitted", actor_user_id: await userId(OFFERED) }]);
    const again = await app.request("/judging/practice", { cookie, form: { ...(await practiceForm(1, "save")), revision: "1" } });
    expect(again.status).toBe(403);
  });

  it("then shows where the scores sit: the descriptors and the other judges' practice scores, by code and never by name", async () => {
    const other = await app.sessionFor(OTHER);
    expect((await app.request("/judging/practice", { cookie: other, form: await practiceForm(6) })).status).toBe(302);
    const cookie = await app.sessionFor(OFFERED);
    const html = await (await app.request("/judging/practice", { cookie })).text();
    expect(html).toContain("Where your practice scores sit");
    expect(html).toContain("1 other judge has");
    expect(html).toMatch(/P[12] \(you\)/);
    expect(html).toContain("below the others&#x27; median");
    const data = await (await app.request("/judging/practice.data", { cookie })).text();
    // Every other judge (the page's header names the judge who is signed in).
    for (const j of judges.filter((j) => j.email !== OFFERED)) {
      for (const text of [html, data]) {
        expect(text).not.toContain(j.name);
        expect(text).not.toContain(j.email);
      }
    }
    // The other judge's sheet by its code only: no user id in the route data either.
    expect(data).not.toMatch(/judgeId/);
  });

  it("is not offered to a judge with a conflict with the case study's organisation", async () => {
    const cookie = await app.sessionFor(CONFLICTED);
    expect(await (await app.request("/judging", { cookie })).text()).not.toContain("practice entry");
    const page = await app.request("/judging/practice", { cookie });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("There is no practice entry for you to score");
    expect(html).not.toContain("Submit scores");
    expect((await app.request("/judging/practice", { cookie, form: await practiceForm(2) })).status).toBe(404);
    expect(await practiceSheetOf(CONFLICTED)).toBeUndefined();
  });

  it("cannot be started once the judge has submitted a score sheet", async () => {
    const cookie = await app.sessionFor(ALREADY_SCORING);
    const html = await (await app.request("/judging/practice", { cookie })).text();
    expect(html).toContain("you have submitted one");
    const res = await app.request("/judging/practice", { cookie, form: await practiceForm(2) });
    expect(res.status).toBe(403);
    expect(await practiceSheetOf(ALREADY_SCORING)).toBeUndefined();
  });
});

describe("practice scores", () => {
  it("never enter the results, the exports or the normalisation", async () => {
    const base = `/admin/cycles/${cycleId}`;
    const paths = [`${base}/results?round=first`, `${base}/results.csv?round=first`, `${base}/scores.csv?round=first`, `${base}/shortlist`];
    const before = await Promise.all(paths.map(async (p) => (await app.request(p, { cookie: admin })).text()));
    // A third practice sheet, far from everyone's: if it counted anywhere, these would change.
    expect((await app.request("/judging/practice", { cookie: await app.sessionFor(THIRD), form: await practiceForm(99) })).status).toBe(302);
    expect(await app.db.selectFrom("practice_sheets").select("id").where("status", "=", "submitted").execute()).toHaveLength(3);
    for (const [i, p] of paths.entries()) {
      const res = await app.request(p, { cookie: admin });
      expect(res.status, p).toBe(200);
      const text = await res.text();
      expect(text, p).not.toContain(MARKER);
      // Pages carry a nonce and the time; the CSVs must be byte for byte the same.
      if (p.includes(".csv")) expect(text, p).toBe(before[i]);
    }
  });
});

describe("the secretariat", () => {
  it("sees who has calibrated, by name, on the judging page", async () => {
    const page = await (await app.request(`/admin/cycles/${cycleId}/judging`, { cookie: admin })).text();
    expect(page).toContain("Who has calibrated");
    const html = page.slice(page.indexOf("Who has calibrated"));
    const row = (name: string) => html.slice(html.indexOf(`>${name}<`), html.indexOf("</tr>", html.indexOf(`>${name}<`)));
    const name = (email: string) => judges.find((j) => j.email === email)!.name;
    expect(row(name(OFFERED))).toContain("Calibrated");
    expect(row(name(CONFLICTED))).toContain("Not offered (conflict of interest)");
    expect(row(name(ALREADY_SCORING))).toContain("Not started");
  });

  it("chooses another case study as the practice entry, redacted by the same redactor, and audited", async () => {
    const second = secondOrganisation;
    const entry = { id: secondCaseStudy };
    const refused = await app.request(`/admin/cycles/${cycleId}/judging`, { cookie: admin, form: { intent: "practice", archiveEntryId: "" } });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Choose a case study from the archive");
    const res = await app.request(`/admin/cycles/${cycleId}/judging`, { cookie: admin, form: { intent: "practice", archiveEntryId: String(entry.id) } });
    expect(res.status).toBe(302);
    const chosen = await app.db.selectFrom("practice_entries").selectAll().where("cycle_id", "=", cycleId).executeTakeFirstOrThrow();
    expect(chosen.archive_entry_id).toBe(entry.id);
    expect(chosen.redaction_count).toBeGreaterThan(0);
    for (const s of [second.name, second.shortName].filter((s): s is string => !!s && s.length >= 3)) expect(chosen.redacted.toLowerCase()).not.toContain(s.toLowerCase());
    const audit = await app.db.selectFrom("audit_log").select("details").where("action", "=", "judging.practice_chosen").where("target", "=", `cycle:${cycleId}`).orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details!).archiveEntryId).toBe(entry.id);
    // The second organisation's judge is now the one not offered it; the first's is.
    expect(await (await app.request("/judging/practice", { cookie: await app.sessionFor(THIRD) })).text()).toContain("There is no practice entry for you to score");
    const practiceOrganisationsJudge = await (await app.request("/judging/practice", { cookie: await app.sessionFor(CONFLICTED) })).text();
    expect(practiceOrganisationsJudge).toContain("Practice entry");
    expect(practiceOrganisationsJudge).not.toContain("There is no practice entry for you to score");
  });
});

describe("the practice entry's judges' copy, before judges see it", () => {
  it("shows the secretariat its flags and hides a flagged phrase or words added by hand at once, audited", async () => {
    const named = namedOrganisation;
    const entry = await app.db.selectFrom("archive_entries").select(["id", "partnership_work"]).where("id", "=", secondCaseStudy).executeTakeFirstOrThrow();
    // The case study mentions another organisation by name (a flag) and a programme only the entrant would name.
    await app.db
      .updateTable("archive_entries")
      .set({ partnership_work: `${entry.partnership_work ?? ""}\n\nWe learnt from ${named.name} and ran the Kestrel Rota Compact together.` })
      .where("id", "=", entry.id)
      .execute();
    const page = `/admin/cycles/${cycleId}/judging`;
    expect((await app.request(page, { cookie: admin, form: { intent: "practice", archiveEntryId: String(entry.id) } })).status).toBe(302);
    const copy = async () => (await app.db.selectFrom("practice_entries").select("redacted").where("cycle_id", "=", cycleId).executeTakeFirstOrThrow()).redacted;
    expect(await copy()).toContain("Kestrel Rota Compact");
    expect(await copy()).toContain(named.name);

    const html = (await (await app.request(page, { cookie: admin })).text()).replaceAll("<!-- -->", "");
    expect(html).toContain("Flags in the practice entry");
    const flags = html.slice(html.indexOf("Flags in the practice entry"), html.indexOf("Words to hide"));
    expect(flags).toContain(`“${named.name}”`);
    const flagKey = /name="flagKey" value="([^"]+)"/.exec(flags.slice(flags.indexOf(`“${named.name}”`)))?.[1];
    expect(flagKey).toBeTruthy();

    // Words added by hand: refused when empty, with the error summary and the kind kept.
    const empty = await app.request(page, { cookie: admin, form: { intent: "add-term", text: " ", kind: "term" } });
    expect(empty.status).toBe(400);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain("There is a problem");
    expect(emptyHtml).toContain("Enter the words to hide");
    expect((await app.request(page, { cookie: admin, form: { intent: "add-term", text: "Kestrel Rota Compact", kind: "term" } })).status).toBe(302);
    expect(await copy()).not.toContain("Kestrel");
    // A flagged phrase hidden with one click, found again on the server by its key.
    expect((await app.request(page, { cookie: admin, form: { intent: "hide-flag", flagKey: flagKey! } })).status).toBe(302);
    expect(await copy()).not.toContain(named.name);
    const audit = await app.db.selectFrom("audit_log").select("details").where("action", "=", "judging.practice_term_added").where("target", "=", `cycle:${cycleId}`).execute();
    expect(audit.map((a) => JSON.parse(a.details!).kind)).toEqual(["term", "organisation"]);

    // What a judge sees is the rebuilt copy; choosing the same case study again keeps the words hidden.
    const judgePage = await (await app.request("/judging/practice", { cookie: await app.sessionFor(CONFLICTED) })).text();
    expect(judgePage).toContain("Practice entry");
    expect(judgePage).not.toContain("Kestrel");
    expect(judgePage).not.toContain(named.name);
    expect((await app.request(page, { cookie: admin, form: { intent: "practice", archiveEntryId: String(entry.id) } })).status).toBe(302);
    expect(await copy()).not.toContain("Kestrel");
    // Removing words is by the words themselves: a form from before another removal (its place in the
    // list now holds other words) removes nothing else, and says so.
    expect((await app.request(page, { cookie: admin, form: { intent: "remove-term", termId: "1", termText: "Words removed in another tab" } })).status).toBe(400);
    expect(await copy()).not.toContain("Kestrel");
    expect(await copy()).not.toContain(named.name);
    // Removing the words shows them to judges again.
    expect((await app.request(page, { cookie: admin, form: { intent: "remove-term", termId: "1", termText: "Kestrel Rota Compact" } })).status).toBe(302);
    expect(await copy()).toContain("Kestrel Rota Compact");
    expect(await copy()).not.toContain(named.name);
  });
});

describe("the retention rule", () => {
  it("deletes judges' practice comments with their other comments, and keeps the practice scores", async () => {
    const comments = async () => {
      const sheets = await app.db.selectFrom("practice_sheets").select(["id", "overall_comment"]).where("cycle_id", "=", cycleId).execute();
      const scores = await app.db.selectFrom("practice_scores").select(["comment", "score"]).where("sheet_id", "in", sheets.map((s) => s.id)).execute();
      return { text: [...sheets.map((s) => s.overall_comment), ...scores.map((s) => s.comment)].join(""), scored: scores.filter((s) => s.score !== null).length };
    };
    const before = await comments();
    expect(before.text).toContain(MARKER);
    await app.db.updateTable("award_cycles").set({ published_at: new Date(Date.now() - 3 * 366 * 86_400_000).toISOString() }).where("id", "=", cycleId).execute();
    expect((await applyDueRetention(app.db, { years: 2 })).map((r) => r.cycleId)).toContain(cycleId);
    const after = await comments();
    expect(after.text).toBe("");
    expect(after.scored).toBe(before.scored);
  });
});
