// Personal data, over the real server and SQLite: the secretariat sees every personal detail in a
// case study before publication; "publish now" refuses while one nobody agreed to is undecided; a
// lead's agreement lets their contact through; the secretariat keeps or removes the rest; the
// scheduled publication removes whatever is still undecided; the retention rule (run by
// `npm run jobs:run-due`) deletes unsuccessful nominations' text and judges' comments once, and leaves
// the archive and the finalists' text alone; and the privacy notice is linked where data is collected.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvitation } from "~/models/invitations.server";
import { publishDueAnnouncements } from "~/models/publication.server";
import { applyDueRetention } from "~/models/retention.server";
import { confirmShortlist, recordDecisions, saveShortlist } from "~/models/shortlist.server";
import { makeAssignment, makeCycle, makeEntrant, makeJudgingRound, makeNomination, submitScoreSheet } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let cycleId: number;
let admin: string;
let winner: { id: number; organisation: string; leadEmail: string; leadName: string };
let other: number;
let year: number;
let round: Awaited<ReturnType<typeof makeJudgingRound>>;

const PHONE = "07700 900123";
const POSTCODE = "NW1 4AB";
const NAMED = "Sam Okafor";

const readable = async (res: Response) => (await res.text()).replaceAll("<!-- -->", "");
const post = (pathname: string, form: Record<string, string>) => app.request(pathname, { cookie: admin, headers: { Origin: app.url }, form });
const caseStudyPath = () => `/admin/cycles/${cycleId}/case-studies/${winner.id}`;

beforeAll(async () => {
  app = await startTestServer({ demo: false });
  const db = app.db;
  // A cycle in judging with three entries from three organisations (each lead consented to
  // publication), each scored by a judge of each side with an overall comment.
  round = await makeJudgingRound(db, { organisations: 3, judgesPerSide: 1 });
  cycleId = round.cycle.id;
  year = round.cycle.year;
  const adminId = round.admin.id;
  for (const entry of round.entries) {
    for (const judge of [round.employerJudges[0], round.staffSideJudges[0]]) {
      await makeAssignment(db, { cycleId, nominationId: entry.nominationId, judgeId: judge.id });
      await submitScoreSheet(db, { cycleId, judgeId: judge.id, code: entry.code });
    }
  }
  const leadOf = async (id: number) => db.selectFrom("nominations").select(["employer_lead_email", "employer_lead_name"]).where("id", "=", id).executeTakeFirstOrThrow();
  const [first, second] = round.entries;
  const lead = await leadOf(first.nominationId);
  winner = { id: first.nominationId, organisation: first.organisation.name, leadEmail: lead.employer_lead_email!, leadName: lead.employer_lead_name! };
  other = second.nominationId;

  // The nomination as a real one reads: a named person's mobile number and a postcode in the text,
  // and the person named at the redaction review.
  const summary = await db
    .selectFrom("nomination_answers")
    .innerJoin("cycle_sections", "cycle_sections.id", "nomination_answers.section_id")
    .select(["nomination_answers.section_id", "nomination_answers.text"])
    .where("nomination_answers.nomination_id", "=", winner.id)
    .where("cycle_sections.key", "=", "summary")
    .executeTakeFirstOrThrow();
  await db
    .updateTable("nomination_answers")
    .set({ text: `${summary.text}\n\nFor the rota, ring ${NAMED} on ${PHONE}. Our staff-side office is at ${POSTCODE}.` })
    .where("nomination_id", "=", winner.id)
    .where("section_id", "=", summary.section_id)
    .execute();
  await db.insertInto("redaction_terms").values({ nomination_id: winner.id, text: NAMED, kind: "person", added_by: adminId, created_at: new Date().toISOString() }).execute();
  // The employer lead agreed, on their endorsement page, to their name, job title and e-mail; the staff-side lead to nothing.
  await db.updateTable("endorsements").set({ publish_name: 1, publish_email: 1 }).where("nomination_id", "=", winner.id).where("side", "=", "employer").execute();

  await db.updateTable("award_cycles").set({ stage: "shortlisting", announcement_at: new Date(Date.now() + 3600_000).toISOString() }).where("id", "=", cycleId).execute();
  expect(await saveShortlist(db, { cycleId, picks: [winner.id, other].map((id) => ({ nominationId: id, rationale: "Shortlisted" })), method: "normalised", actorUserId: adminId })).toEqual({ ok: true });
  expect(await confirmShortlist(db, { cycleId, actorUserId: adminId })).toMatchObject({ ok: true });
  await db.updateTable("award_cycles").set({ stage: "final" }).where("id", "=", cycleId).execute();
  expect(await recordDecisions(db, { cycleId, decisions: [{ nominationId: winner.id, result: "winner", rationale: "The panel's choice" }], actorUserId: adminId })).toEqual({ ok: true });
  admin = await app.sessionFor(round.admin.email);
});
afterAll(async () => app.close());

/** The row of the personal-details table that shows a detail, as text. */
function rowOf(html: string, detail: string): string {
  const at = html.indexOf(detail, html.indexOf('id="personal-details"'));
  expect(at, `${detail} is listed`).toBeGreaterThan(0);
  return html.slice(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at)).replace(/<[^>]+>/g, " ");
}

describe("before publication", () => {
  it("the secretariat sees every personal detail in the case study, and whether each may be published", async () => {
    const res = await app.request(caseStudyPath(), { cookie: admin });
    expect(res.status).toBe(200);
    const html = await readable(res);
    expect(rowOf(html, PHONE)).toContain("Not agreed: keep or remove");
    expect(rowOf(html, POSTCODE)).toContain("Not agreed: keep or remove");
    expect(rowOf(html, NAMED)).toContain("Not agreed: keep or remove");
    expect(rowOf(html, winner.leadEmail)).toContain("Agreed by the employer lead");
    expect(html).toContain("personal details have not been agreed");
    // The final round page says which case study still has some, before the announcement.
    const final = await readable(await app.request(`/admin/cycles/${cycleId}/final`, { cookie: admin }));
    expect(final).toContain("Personal details nobody has agreed to publish");
    expect(final).toContain("3 not agreed");
  });

  it("publish now refuses while a detail nobody agreed to is undecided, and publishes nothing", async () => {
    const res = await post(`/admin/cycles/${cycleId}/final`, { intent: "publish" });
    expect(res.status).toBe(400);
    const html = await readable(res);
    expect(html).toContain("The results were not published");
    expect(html).toContain(`${winner.organisation} still has personal details that nobody has agreed to publish`);
    const cycle = await app.db.selectFrom("award_cycles").select(["published_at", "stage"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
    expect(cycle).toEqual({ published_at: null, stage: "final" });
    expect(await app.db.selectFrom("archive_entries").select("id").where("year", "=", year).execute()).toEqual([]);
  });

  it("the secretariat keeps the postcode and removes the named person, each recorded", async () => {
    const kept = await post(caseStudyPath(), { intent: "keep-detail", kind: "postcode", value: POSTCODE.toLowerCase() });
    expect(kept.status).toBe(302);
    const removed = await post(caseStudyPath(), { intent: "remove-detail", kind: "name", value: NAMED.toLowerCase() });
    expect(removed.status).toBe(302);
    const html = await readable(await app.request(caseStudyPath(), { cookie: admin }));
    expect(rowOf(html, POSTCODE)).toContain("Kept by the secretariat");
    expect(html.slice(html.indexOf('id="personal-details"'))).not.toContain(NAMED);
    expect(rowOf(html, PHONE)).toContain("Not agreed: keep or remove");
    const audit = await app.db.selectFrom("audit_log").select(["action", "details"]).where("target", "=", `nomination:${winner.id}`).where("action", "like", "case_study.personal_detail_%").execute();
    expect(audit.map((a) => a.action).sort()).toEqual(["case_study.personal_detail_kept", "case_study.personal_detail_removed"]);
    // The audit says what kind of detail, never the detail itself.
    expect(JSON.stringify(audit)).not.toContain(POSTCODE);
    // A detail that is not in the case study cannot be kept.
    const stray = await post(caseStudyPath(), { intent: "keep-detail", kind: "phone", value: "01234 567890" });
    expect(stray.status).toBe(400);
  });
});

describe("at the announcement", () => {
  it("the scheduled publication removes what is still undecided, and publishes what was agreed or kept", async () => {
    await app.db.updateTable("award_cycles").set({ announcement_at: new Date(Date.now() - 1000).toISOString() }).where("id", "=", cycleId).execute();
    const done = await publishDueAnnouncements(app.db);
    expect(done).toHaveLength(1);
    const entry = await app.db.selectFrom("archive_entries").selectAll().where("year", "=", year).where("result", "=", "winner").executeTakeFirstOrThrow();
    const text = JSON.stringify(entry);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(NAMED);
    expect(text).toContain("[removed]");
    expect(text).toContain(POSTCODE);
    // The lead's agreement lets their contact through.
    expect(entry.further_information).toContain(`Contact: ${winner.leadName}`);
    expect(entry.further_information).toContain(winner.leadEmail);
    const page = await readable(await app.request(`/winners/${year}/${entry.slug}`));
    expect(page).toContain(winner.leadEmail);
    expect(page).not.toContain(PHONE);
    const audit = await app.db.selectFrom("audit_log").select("details").where("action", "=", "case_study.personal_details_removed_at_publication").execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toContain("Phone number");
  });

  it("a case study names no lead who did not agree: the other finalist's contact line is gone", async () => {
    const entry = await app.db.selectFrom("archive_entries").select(["further_information"]).where("year", "=", year).where("result", "=", "finalist").executeTakeFirstOrThrow();
    const lead = await app.db.selectFrom("nominations").select(["employer_lead_email", "staff_lead_email"]).where("id", "=", other).executeTakeFirstOrThrow();
    for (const email of [lead.employer_lead_email, lead.staff_lead_email]) if (email) expect(entry.further_information ?? "").not.toContain(email);
  });
});

/** Runs `npm run jobs:run-due`'s script in a process of its own against the test server's database. */
function runDueJobsProcess(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/jobs-run-due.ts"], {
      env: { ...process.env, DATABASE_PATH: process.env.DATABASE_PATH, DATA_DIR: app.dataDir, NODE_ENV: "test", LOG_EMAIL_LINKS: "0", ...env },
      cwd: path.resolve("."),
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("the retention rule", () => {
  it("deletes unsuccessful nominations' text and judges' comments once, past RETENTION_YEARS, and leaves the archive and finalists alone", async () => {
    const db = app.db;
    const published = (await db.selectFrom("award_cycles").select("published_at").where("id", "=", cycleId).executeTakeFirstOrThrow()).published_at!;
    const nominations = await db.selectFrom("nominations").select("id").where("cycle_id", "=", cycleId).execute();
    const unsuccessful = nominations.map((n) => n.id).filter((id) => id !== winner.id && id !== other);
    const answers = async (ids: number[]) => (await db.selectFrom("nomination_answers").select("text").where("nomination_id", "in", ids).execute()).filter((a) => a.text);
    const comments = async () => {
      const sheets = await db
        .selectFrom("score_sheets")
        .innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id")
        .select(["score_sheets.id", "score_sheets.overall_comment"])
        .where("judging_assignments.cycle_id", "=", cycleId)
        .execute();
      const scores = await db.selectFrom("scores").select(["comment", "score"]).where("sheet_id", "in", sheets.map((s) => s.id)).execute();
      return { overall: sheets.filter((s) => s.overall_comment).length, comments: scores.filter((s) => s.comment).length, scored: scores.filter((s) => s.score !== null).length };
    };
    const archive = async () => JSON.stringify(await db.selectFrom("archive_entries").selectAll().orderBy("id").execute());
    const winnersText = await answers([winner.id, other]);
    const archiveBefore = await archive();
    const before = await comments();
    expect(unsuccessful.length).toBeGreaterThan(0);
    expect((await answers(unsuccessful)).length).toBeGreaterThan(0);
    expect(before.comments + before.overall).toBeGreaterThan(0);
    // The shortlisting meeting's records (decision 033): an unsuccessful entry's goes, a finalist's stays.
    const at = new Date().toISOString();
    const meetingRecord = (id: number) => ({ cycle_id: cycleId, nomination_id: id, agreed_position: `Position on ${id}`, recorded_by: null, recorded_at: at, updated_by: null, updated_at: at });
    await db.insertInto("meeting_records").values([meetingRecord(unsuccessful[0]), meetingRecord(winner.id)]).execute();
    const meetingRecords = async () => (await db.selectFrom("meeting_records").select("nomination_id").where("cycle_id", "=", cycleId).execute()).map((r) => r.nomination_id);

    // Not yet: a year and a half after the announcement, with the default of 2 years.
    const early = new Date(Date.parse(published) + 547 * 86_400_000);
    expect((await applyDueRetention(db, { now: early, years: 2 })).map((r) => r.cycleId)).not.toContain(cycleId);
    expect((await answers(unsuccessful)).length).toBeGreaterThan(0);

    // Three years on, `npm run jobs:run-due` (RETENTION_YEARS=2) applies it.
    const threeYearsAgo = new Date(Date.now() - 3 * 366 * 86_400_000).toISOString();
    await db.updateTable("award_cycles").set({ published_at: threeYearsAgo }).where("id", "=", cycleId).execute();
    // Client addresses of sign-in and registration attempts are kept a day, then go with the same run.
    const dayAndAHourAgo = new Date(Date.now() - 25 * 3_600_000).toISOString();
    const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
    await db.insertInto("login_attempts").values([
      { email_normalised: "old.guess@example.test", ip: "203.0.113.9", succeeded: 0, created_at: dayAndAHourAgo },
      { email_normalised: "new.guess@example.test", ip: "203.0.113.9", succeeded: 0, created_at: anHourAgo },
    ]).execute();
    await db.insertInto("registration_attempts").values([{ ip: "203.0.113.9", created_at: dayAndAHourAgo }, { ip: "203.0.113.10", created_at: anHourAgo }]).execute();
    const run = await runDueJobsProcess({ RETENTION_YEARS: "2" });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`the text of ${unsuccessful.length} unsuccessful nominations`);
    const attempts = await db.selectFrom("login_attempts").select("email_normalised").where("ip", "=", "203.0.113.9").execute();
    expect(attempts.map((a) => a.email_normalised)).toEqual(["new.guess@example.test"]);
    const registrations = await db.selectFrom("registration_attempts").select("ip").where("ip", "like", "203.0.113.%").execute();
    expect(registrations.map((r) => r.ip)).toEqual(["203.0.113.10"]);

    expect(await answers(unsuccessful)).toEqual([]);
    const leads = await db.selectFrom("nominations").select(["employer_lead_email", "staff_lead_name"]).where("id", "in", unsuccessful).execute();
    expect(leads.every((l) => l.employer_lead_email === null && l.staff_lead_name === null)).toBe(true);
    const after = await comments();
    expect(after.overall + after.comments).toBe(0);
    expect(after.scored).toBe(before.scored);
    expect(await meetingRecords()).toEqual([winner.id]);
    expect(await answers([winner.id, other])).toEqual(winnersText);
    expect(await archive()).toBe(archiveBefore);

    // Once: a second run finds nothing to do, and the audit has one entry.
    expect(await applyDueRetention(db, { now: new Date(), years: 2 })).toEqual([]);
    const audit = await db.selectFrom("audit_log").select("details").where("action", "=", "cycle.retention_applied").where("target", "=", `cycle:${cycleId}`).execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].details)).toMatchObject({ year, years: 2, nominations: unsuccessful.length });
  });
});

describe("the privacy notice", () => {
  it("is linked from the footer and from every form that collects personal data, and says how long text is kept", async () => {
    const privacy = await readable(await app.request("/privacy"));
    expect(privacy).toContain("Privacy notice");
    expect(privacy).toContain("2 years after the announcement");
    expect(privacy).toContain("Not yet confirmed");
    const judge = await app.sessionFor(round.employerJudges[0].email);
    // An entrant's draft in next year's cycle, open for nominations.
    const next = await makeCycle(app.db, { stage: "open" });
    const author = await makeEntrant(app.db, { organisationId: round.entries[2].organisation.id });
    const draft = await makeNomination(app.db, { cycleId: next.id, organisationId: round.entries[2].organisation.id, entrantId: author.id, state: "draft" });
    const entrant = await app.sessionFor(author.email);
    const invitation = await createInvitation(app.db, { email: "new.judge@example.nhs.uk", name: "New Judge", role: "judge", side: "employer", organisationId: null }, round.admin.id);
    // (The endorsement page's link is checked in tests/e2e/personal-data.spec.ts, where a lead answers one.)
    const forms: [string, string | undefined][] = [
      ["/register", undefined],
      [`/invitations/${invitation.token}`, undefined],
      ["/judging/statement", judge],
      // The nomination's parts that ask for people's details (its task list asks for nothing itself).
      [`/nominations/${draft.id}/leads`, entrant],
      [`/nominations/${draft.id}/names-to-hide`, entrant],
    ];
    const mainOf = (html: string) => html.slice(html.indexOf("<main"), html.indexOf("</main>"));
    for (const [url, cookie] of forms) {
      const res = await app.request(url, { cookie });
      expect(res.status, url).toBe(200);
      expect(mainOf(await res.text()), url).toContain('href="/privacy"');
    }
    for (const url of ["/", "/winners", "/login"]) {
      const html = await readable(await app.request(url));
      expect(html.slice(html.indexOf('class="nhsuk-footer"')), url).toContain('href="/privacy"');
    }
  });
});
