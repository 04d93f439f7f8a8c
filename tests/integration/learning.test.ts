// The sector's learning (issue 15, part 4), over HTTP against the real server, on a cycle the test makes in
// judging: the judges' agreement on the results page and across the years, the learning summary
// (invisible on the public year page until the cycle is announced, audited, and on the cached public
// page at once after an edit), and the archive's charts with their tables.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitEveryFirstRoundSheet } from "../helpers/judging-round";
import { NEXT_YEAR, makeArchiveEntry, makeAssignment, makeCycle, makeJudgingRound } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

const SUMMARY = "Joint ownership from the first meeting made the difference (learning-5127).";
const NOTE = "The strongest entries measured staff experience before and after (note-8843).";
const EDITED = "Shared governance was what the finalists had in common (learning-edited-3390).";

let app: TestServer;
let admin: string;
let entrant: string;
let cycleId: number;
let criterionId: number;

let year: number;
let round: Awaited<ReturnType<typeof makeJudgingRound>>;

beforeAll(async () => {
  app = await startTestServer({ demo: false });
  // A cycle in judging with five entries from five organisations (of varied regions and types), and one
  // nomination submitted but never endorsed by both leads (not an entry); each entry
  // given to three of four judges, both sides among them; every sheet submitted, scores varying.
  round = await makeJudgingRound(app.db, { organisations: 5, judgesPerSide: 2, year: NEXT_YEAR, unendorsed: 1 });
  cycleId = round.cycle.id;
  year = round.cycle.year;
  const judges = [...round.employerJudges, ...round.staffSideJudges];
  for (const [i, entry] of round.entries.entries()) {
    for (const k of [0, 1, 2]) await makeAssignment(app.db, { cycleId, nominationId: entry.nominationId, judgeId: judges[(i + k) % judges.length].id });
  }
  admin = await app.sessionFor(round.admin.email);
  entrant = await app.sessionFor(round.entries[1].entrant.email);
  criterionId = (await app.db.selectFrom("cycle_criteria").select("id").where("cycle_id", "=", cycleId).where("round", "=", "first").orderBy("position").executeTakeFirstOrThrow()).id;
  await submitEveryFirstRoundSheet(app.db, cycleId);
  // The year page lists the years the archive knows of: the cycle's year is known once its ceremony is.
  await app.db.insertInto("award_years").values({ year, ceremony_date: null, ceremony_place: "Liverpool", notes: null, source_note: null, source_url: null, created_at: new Date().toISOString(), updated_at: new Date().toISOString() }).execute();
});
afterAll(async () => app.close());

const readable = async (res: Response) => (await res.text()).replaceAll("<!-- -->", "").replaceAll("&#x27;", "'").replaceAll("&quot;", '"');
const get = async (pathname: string, cookie?: string) => {
  const res = await app.request(pathname, cookie ? { cookie } : {});
  expect(res.status, `GET ${pathname}`).toBe(200);
  return readable(res);
};
const learningPath = () => `/admin/cycles/${cycleId}/learning`;
/** The page as shown: without its scripts, whose route data would hold a banner's text even when none is shown. */
const shown = (html: string) => html.replace(/<script\b[\s\S]*?<\/script>/g, "");
const save = (form: Record<string, string>) => app.request(learningPath(), { cookie: admin, form, headers: { Origin: app.url } });

describe("agreement between judges", () => {
  it("is on the results page in plain words, with Krippendorff's alpha per criterion", async () => {
    const html = await get(`/admin/cycles/${cycleId}/results`, admin);
    expect(html).toContain("How far the judges agree");
    expect(html).toMatch(/The judges agree (well|partly|little) about which entries are stronger: Krippendorff's alpha is −?\d\.\d{3}/);
    expect(html).toContain("Overall (weighted score)");
  });

  it("is listed year by year for the secretariat", async () => {
    const html = await get("/admin/agreement", admin);
    expect(html).toContain(`Agreement between judges in the first round of ${year}, by criterion`);
  });
});

describe("the learning summary", () => {
  it("is refused empty, with the NHS error summary and what was typed kept", async () => {
    const res = await save({ summary: "  ", [`criterion_${criterionId}`]: NOTE });
    expect(res.status).toBe(400);
    const html = await readable(res);
    expect(html).toContain("There is a problem");
    expect(html).toContain("Enter what the sector can learn from this year's finalists");
    expect(html).toContain(NOTE);
  });

  it("is saved and audited, and stays off the public year page until the cycle is announced", async () => {
    const res = await save({ summary: SUMMARY, [`criterion_${criterionId}`]: NOTE });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`${learningPath()}?notice=saved`);
    const saved = shown(await get(res.headers.get("location")!, admin));
    expect(saved).toContain("The learning summary has been saved");
    expect(saved).toContain(`It will appear on the public page for ${year} at the announcement.`);
    const audit = await app.db.selectFrom("audit_log").select(["action", "details"]).where("action", "=", "learning_summary.written").execute();
    expect(audit.length).toBe(1);
    expect(JSON.parse(audit[0].details ?? "{}").version).toBe(1);
    expect(await get(learningPath(), admin)).toContain(SUMMARY);

    for (const cookie of [undefined, entrant, admin]) {
      const html = await get(`/winners/${year}`, cookie);
      expect(html).toContain(`${year} results`);
      expect(html).not.toContain("learning-5127");
      expect(html).not.toContain("note-8843");
      expect(html).not.toContain("What the sector can learn");
      // Nor the entries by region and type: the same rule as the summary.
      expect(html).not.toContain(`Who entered in ${year}`);
      expect(html).not.toContain(`Entries in ${year} by region`);
    }
  });

  it("counts the cycle's entries by region and type beside the summary, for the secretariat, and names no organisation", async () => {
    const entries = round.entries.map((e) => e.organisation);
    expect(entries.length).toBeGreaterThan(1);
    const html = await get(learningPath(), admin);
    const section = html.slice(html.indexOf(`Who entered in ${year}`), html.indexOf("How far the judges agreed"));
    expect(section).toContain(`${entries.length} entries were submitted in ${year}`);
    expect(section).toContain("<caption");
    expect(section).toContain(`Entries in ${year} by region`);
    expect(section).toContain(`Entries in ${year} by type of organisation`);
    for (const region of new Set(entries.map((e) => e.region ?? "Not recorded"))) {
      const n = entries.filter((e) => (e.region ?? "Not recorded") === region).length;
      expect(section).toMatch(new RegExp(`<th[^>]*>${region}</th><td[^>]*>${n}</td>`));
    }
    for (const e of entries) expect(section).not.toContain(e.name);
    // The nomination submitted but never endorsed by both leads did not go forward: not counted.
    expect(round.notEntered).toHaveLength(1);
    for (const n of round.notEntered) expect(section).not.toContain(n.organisation.name);
  });

  it("is on the public year page once the cycle is announced", async () => {
    // What the publication does to the cycle, in its transaction: published_at set, the revision moved on.
    const at = new Date().toISOString();
    await app.db.updateTable("award_cycles").set({ published_at: at, stage: "announced" }).where("id", "=", cycleId).execute();
    await app.db.updateTable("archive_state").set((eb) => ({ revision: eb("revision", "+", 1) })).where("id", "=", 1).execute();
    const html = await get(`/winners/${year}`);
    expect(html).toContain(`What the sector can learn from ${year}`);
    expect(html).toContain(SUMMARY);
    expect(html).toContain(NOTE);
    expect(html).toContain(`Who entered in ${year}`);
    expect(html).toContain(`Entries in ${year} by region`);
    expect(html).toContain(`Entries in ${year} by type of organisation`);
  });

  it("reaches the cached public page at once when edited after the announcement", async () => {
    expect(await get(`/winners/${year}`)).toContain(SUMMARY);
    const res = await save({ summary: EDITED, [`criterion_${criterionId}`]: "" });
    expect(res.status).toBe(302);
    const html = await get(`/winners/${year}`);
    expect(html).toContain(EDITED);
    expect(html).not.toContain("learning-5127");
    expect(html).not.toContain("note-8843");
    const edits = await app.db.selectFrom("audit_log").select("details").where("action", "=", "learning_summary.edited").execute();
    expect(edits.map((e) => JSON.parse(e.details ?? "{}").version)).toEqual([2]);
  });
});

describe("the judge pool", () => {
  it("lists each judge with their side and, per cycle, the sheets they submitted of those assigned", async () => {
    const judge = round.employerJudges[0];
    const assignments = await app.db
      .selectFrom("judging_assignments")
      .leftJoin("score_sheets", (join) => join.onRef("score_sheets.assignment_id", "=", "judging_assignments.id").on("score_sheets.status", "=", "submitted"))
      .select(["judging_assignments.id", "score_sheets.id as sheetId"])
      .where("judging_assignments.judge_user_id", "=", judge.id)
      .where("judging_assignments.cycle_id", "=", cycleId)
      .execute();
    const submitted = assignments.filter((a) => a.sheetId !== null).length;
    expect(submitted).toBeGreaterThan(0);
    const html = await get("/admin/judges", admin);
    const row = html.slice(html.indexOf(judge.name), html.indexOf("</tr>", html.indexOf(judge.name)));
    expect(row).toContain("Employer side");
    expect(row).toContain(`${year}: ${submitted} sheets of ${assignments.length}`);
  });
});

describe("a judge's expertise", () => {
  // Checkboxes send one value per ticked box under the same name.
  const post = (pathname: string, cookie: string, pairs: [string, string][]) =>
    app.request(pathname, { cookie, body: new URLSearchParams(pairs).toString(), headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" } });
  const judgeRow = (html: string, name: string) => html.slice(html.indexOf(`>${name}</a>`), html.indexOf("</tr>", html.indexOf(`>${name}</a>`)));

  it("is set by the secretariat on the judge's page, refused with the error summary and kept when wrong, audited, and filterable in the pool", async () => {
    const judge = round.employerJudges[0];
    const other = round.staffSideJudges[0];
    const page = `/admin/users/${judge.id}`;
    expect(await get(page, admin)).toContain("Expertise as a judge");

    const bad = await post(page, admin, [["intent", "expertise"], ["expertise", "astrology"], ["expertiseNote", `Workforce director (kept-7311) ${"x".repeat(300)}`]]);
    expect(bad.status).toBe(400);
    const badHtml = await readable(bad);
    expect(badHtml).toContain("There is a problem");
    expect(badHtml).toContain("Choose expertise from the list");
    expect(badHtml).toContain("The note on expertise must be 300 characters or fewer");
    expect(badHtml).toContain("kept-7311");

    const good = await post(page, admin, [["intent", "expertise"], ["expertise", "workforce"], ["expertise", "finance"], ["expertiseNote", "Ten years as a workforce director"]]);
    expect(good.status).toBe(302);
    const audit = await app.db.selectFrom("audit_log").select(["target", "details"]).where("action", "=", "judge_pool.expertise_set").execute();
    expect(audit.map((a) => [a.target, JSON.parse(a.details ?? "{}").tags, JSON.parse(a.details ?? "{}").by])).toEqual([[`user:${judge.id}`, ["workforce", "finance"], "secretariat"]]);

    const pool = await get("/admin/judges", admin);
    expect(judgeRow(pool, judge.name)).toContain("HR and workforce, Finance; Ten years as a workforce director");
    const filtered = await get("/admin/judges?expertise=finance", admin);
    expect(filtered).toContain(`>${judge.name}</a>`);
    expect(filtered).not.toContain(`>${other.name}</a>`);
    expect(filtered).toContain("Judges with expertise in finance, by name");
  });

  it("is set by the judge on their own account page, and nobody else may post there", async () => {
    const judge = round.staffSideJudges[0];
    const judgeCookie = await app.sessionFor(judge.email);
    expect(await get("/account", judgeCookie)).toContain("Your expertise as a judge");
    expect(await get("/account", entrant)).not.toContain("Your expertise as a judge");
    const res = await post("/account", judgeCookie, [["intent", "expertise"], ["expertise", "staff_side_organising"], ["expertiseNote", "Unison branch secretary"]]);
    expect(res.status).toBe(302);
    expect(judgeRow(await get("/admin/judges?expertise=staff_side_organising", admin), judge.name)).toContain("Staff-side organising; Unison branch secretary");
    const audit = await app.db.selectFrom("audit_log").select("details").where("action", "=", "judge_pool.expertise_set").where("target", "=", `user:${judge.id}`).execute();
    expect(audit.map((a) => JSON.parse(a.details ?? "{}").by)).toEqual(["judge"]);
    expect((await post("/account", entrant, [["intent", "expertise"], ["expertise", "finance"]])).status).toBe(403);
  });
});

describe("asking last year's judges to judge again", () => {
  it("e-mails each active judge of last year once, in one step, audited; a second click asks nobody twice", async () => {
    const next = await makeCycle(app.db, { year: year + 1, stage: "draft" });
    const lastYearsJudges = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("users", "users.id", "judging_assignments.judge_user_id")
      .select("users.email")
      .distinct()
      .where("judging_assignments.cycle_id", "=", cycleId)
      .where("users.active", "=", 1)
      .execute();
    expect(lastYearsJudges.length).toBeGreaterThan(1);
    expect(await get("/admin/judges", admin)).toContain(`Ask the judges of ${year} to judge ${year + 1}`);

    const ask = () => app.request("/admin/judges", { cookie: admin, form: { intent: "ask-again", cycleId: String(next.id), fromYear: String(year) }, headers: { Origin: app.url } });
    const first = await ask();
    expect(first.status).toBe(302);
    expect(first.headers.get("location")).toBe(`/admin/judges?notice=asked&asked=${lastYearsJudges.length}&already=0`);
    expect(shown(await get(first.headers.get("location")!, admin))).toContain(`${lastYearsJudges.length} judges were asked to judge again`);
    const mails = () => app.db.selectFrom("mail_outbox").select(["recipient", "body"]).where("subject", "=", `Would you judge the HPMA ${year + 1} award?`).execute();
    expect((await mails()).map((m) => m.recipient).sort()).toEqual(lastYearsJudges.map((j) => j.email).sort());
    const again = (await ask()).headers.get("location")!;
    expect(again).toBe(`/admin/judges?notice=asked&asked=0&already=${lastYearsJudges.length}`);
    expect(shown(await get(again, admin))).toContain(`${lastYearsJudges.length} judges had been asked already, and were not asked twice.`);
    // A hand-edited count shows no banner rather than "NaN judges".
    expect(await get("/admin/judges?notice=asked&asked=lots", admin)).not.toContain("asked to judge again");
    expect((await mails()).length).toBe(lastYearsJudges.length);
    const audit = await app.db.selectFrom("audit_log").select("details").where("action", "=", "judge_pool.asked_again").execute();
    expect(audit.map((a) => JSON.parse(a.details ?? "{}").asked)).toEqual([lastYearsJudges.length, 0]);

    const bad = await app.request("/admin/judges", { cookie: admin, form: { intent: "ask-again", cycleId: "x" }, headers: { Origin: app.url } });
    expect(bad.status).toBe(400);
    expect(await readable(bad)).toContain("There is a problem");
  });
});

describe("the archive in charts", () => {
  it("answers 200 without signing in, each chart an SVG with its table, counting only real entries", async () => {
    // A demo install's past case study, of a year before the award (the demo story's is 2009).
    await makeArchiveEntry(app.db, { year: 2009, result: "winner", isDemo: true });
    const res = await app.request("/winners/charts");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("public");
    const html = await readable(res);
    for (const id of ["year", "region", "type", "theme"]) expect(html).toContain(`data-testid="${id}-chart"`);
    expect(html.match(/<svg[^>]*role="img"[^>]*data-testid="[a-z]+-chart"/g)?.length).toBe(4);
    for (const by of ["year", "region", "organisation type", "theme"]) expect(html).toContain(`Entries in the archive by ${by}: the figures</caption>`);
    const real = await app.db.selectFrom("archive_entries").select((eb) => eb.fn.countAll<number>().as("n")).where("is_demo", "=", 0).executeTakeFirstOrThrow();
    const demo = await app.db.selectFrom("archive_entries").select((eb) => eb.fn.countAll<number>().as("n")).where("is_demo", "=", 1).executeTakeFirstOrThrow();
    expect(Number(demo.n), "the demo has published case studies").toBeGreaterThan(0);
    expect(html).toContain(`The ${Number(real.n)} winners, highly commended entries and finalists the archive records`);
    // The demo's own year is never a row of the year chart.
    expect(html).not.toMatch(/<th[^>]*scope="row"[^>]*>2009</);
    expect(html).toMatch(/<th[^>]*scope="row"[^>]*>2010</);
  });
});
