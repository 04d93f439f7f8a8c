// Feedback to every entrant (decision 038), over HTTP against the real server, on a cycle the test makes
// in judging, brought to its announcement: the secretariat assembles drafts from the judges' comments
// and score bands (no judge's name or code in them), edits, approves and releases them. Unreleased
// feedback is on no page, route data or e-mail an entrant can reach; released feedback is read by
// that organisation's members only, who are e-mailed once; the retention rule deletes it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyDueRetention } from "~/models/retention.server";
import { membershipStatusOf, registerConfirmed } from "../helpers/accounts";
import { makeAssignment, makeJudgingRound } from "../helpers/factories";
import { MATRIX } from "../helpers/authorization-matrix";
import { submitEveryFirstRoundSheet } from "../helpers/judging-round";
import { startTestServer, type TestServer } from "../helpers/server";

const MARKER = "feedback-marker-5521-unreleased";
const RELEASED_TEXT = "Released feedback on partnership (released-8830)";
/** A final-round judge's comment on the first organisation's entry, a finalist's: in its feedback draft, never before release. */
const FINAL_MARKER = "final-round-comment-4410";
/** Asked to join the first organisation and not yet approved: an entrant who must see nothing of it. */
const PENDING = "pending.feedback@elsewhere.example";
/** The pending entrant, and the entrant of each of the five organisations that entered. */
let entrants: string[];
let round: Awaited<ReturnType<typeof makeJudgingRound>>;

let app: TestServer;
let admin: string;
let cycleId: number;
/** The first organisation's judged entry, whose feedback carries the marker, and another organisation's. */
let own: { nominationId: number; organisationId: number };
let other: { nominationId: number };
let criterionIds: number[];
let judgeNames: string[];

beforeAll(async () => {
  app = await startTestServer({ demo: false });
  // A cycle in judging with five organisations' entries, each given to three of four judges (both sides among them).
  round = await makeJudgingRound(app.db, { organisations: 5, judgesPerSide: 2 });
  cycleId = round.cycle.id;
  const judges = [...round.employerJudges, ...round.staffSideJudges];
  for (const [i, entry] of round.entries.entries()) {
    for (const k of [0, 1, 2]) await makeAssignment(app.db, { cycleId, nominationId: entry.nominationId, judgeId: judges[(i + k) % judges.length].id });
  }
  admin = await app.sessionFor(round.admin.email);
  await submitEveryFirstRoundSheet(app.db, cycleId);
  // Every judge writes a comment on each criterion and overall, as judges do.
  const sheets = await app.db
    .selectFrom("score_sheets")
    .innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id")
    .select(["score_sheets.id"])
    .where("judging_assignments.cycle_id", "=", cycleId)
    .execute();
  for (const s of sheets) {
    await app.db
      .updateTable("scores")
      .set({ comment: `Comment from sheet ${s.id} on this criterion` })
      .where("sheet_id", "=", s.id)
      .execute();
    await app.db
      .updateTable("score_sheets")
      .set({ overall_comment: `Overall comment from sheet ${s.id}` })
      .where("id", "=", s.id)
      .execute();
  }
  const at = new Date().toISOString();
  await app.db.updateTable("award_cycles").set({ stage: "announced", published_at: at }).where("id", "=", cycleId).execute();
  own = { nominationId: round.entries[0].nominationId, organisationId: round.entries[0].organisation.id };
  other = { nominationId: round.entries[1].nominationId };
  criterionIds = (
    await app.db.selectFrom("cycle_criteria").select("id").where("cycle_id", "=", cycleId).where("round", "=", "first").orderBy("position").execute()
  ).map((c) => c.id);
  // The first organisation's entry went to the final round, scored on the first round's criteria (the default):
  // one final-round judge's submitted sheet, with a comment on the first criterion and overall.
  const finalJudge = round.employerJudges[1];
  const assignment = await app.db
    .insertInto("judging_assignments")
    .values({ cycle_id: cycleId, round: "final", nomination_id: own.nominationId, judge_user_id: finalJudge.id, status: "live", source: "manual", reason: null, created_by: null, created_at: at, ended_reason: null, ended_by: null, ended_at: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  const finalSheet = await app.db
    .insertInto("score_sheets")
    .values({ assignment_id: assignment.id, status: "submitted", overall_comment: `Overall at the final (${FINAL_MARKER})`, submitted_at: at, reopened_at: null, reopened_reason: null, created_at: at, updated_at: at })
    .returning("id")
    .executeTakeFirstOrThrow();
  await app.db.insertInto("scores").values({ sheet_id: finalSheet.id, criterion_id: criterionIds[0], score: 7, comment: `At the final, the evidence held up (${FINAL_MARKER})` }).execute();
  await registerConfirmed(app, { name: "Pending Feedback", email: PENDING, organisationId: own.organisationId });
  expect(await membershipStatusOf(app, PENDING)).toBe("pending");
  entrants = [PENDING, ...round.entries.map((e) => e.entrant.email)];
  judgeNames = (
    await app.db
      .selectFrom("users")
      .innerJoin("roles", (j) => j.onRef("roles.user_id", "=", "users.id").on("roles.role", "=", "judge"))
      .select("users.name")
      .execute()
  ).map((j) => j.name);
});
afterAll(async () => app.close());

const listPath = () => `/admin/cycles/${cycleId}/feedback`;
const editPath = (id: number) => `/admin/cycles/${cycleId}/feedback/${id}`;
const post = (pathname: string, form: Record<string, string>, cookie = admin) => app.request(pathname, { cookie, form, headers: { Origin: app.url } });
const feedbackForm = (intent: string, text: string) => ({
  intent,
  overall: `Overall: ${text}`,
  ...Object.fromEntries(criterionIds.map((id) => [`criterion-${id}`, text])),
});
const dataUrl = (url: string) => (url === "/" ? "/_root.data" : url.includes("?") ? url.replace("?", ".data?") : `${url}.data`);

/** Every route an entrant can reach (the authorization matrix's rows open to them), for each of the organisation's nominations. */
async function entrantUrls(organisationEmail: string): Promise<string[]> {
  const user = await app.db
    .selectFrom("users")
    .innerJoin("memberships", "memberships.user_id", "users.id")
    .select("memberships.organisation_id")
    .where("users.email_normalised", "=", organisationEmail)
    .executeTakeFirstOrThrow();
  const nominations = (await app.db.selectFrom("nominations").select("id").where("organisation_id", "=", user.organisation_id).execute()).map((n) => n.id);
  const urls = new Set<string>();
  for (const row of Object.values(MATRIX)) {
    if (row.judging || row.get.entrant === 403 || row.path.includes("{cycleId}") || row.path.includes("{code}")) continue;
    // The organisation's own nominations, and the entry whose feedback carries the marker.
    for (const id of row.path.includes("{nominationId}") ? [...nominations, own.nominationId] : [0]) {
      const url = row.path.replace("{nominationId}", String(id)).replace(/\{\w+\}/g, "1");
      urls.add(url);
      urls.add(dataUrl(url));
    }
  }
  return [...urls];
}

describe("the judges", () => {
  it("are told on the first-round score sheet that their comments may be shared, edited and without their names", async () => {
    const judge = round.employerJudges[0];
    const entry = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
      .select("judging_entries.code")
      .where("judging_assignments.judge_user_id", "=", judge.id)
      .where("judging_assignments.status", "=", "live")
      .executeTakeFirstOrThrow();
    // Judges' pages are open while the cycle is in judging: back there for this look only.
    await app.db.updateTable("award_cycles").set({ stage: "judging" }).where("id", "=", cycleId).execute();
    const res = await app.request(`/judging/entries/${entry.code}`, { cookie: await app.sessionFor(judge.email) });
    await app.db.updateTable("award_cycles").set({ stage: "announced" }).where("id", "=", cycleId).execute();
    expect(res.status).toBe(200);
    expect((await res.text()).replaceAll("\n", " ").replace(/\s+/g, " ")).toContain(
      "Your comments may be shared with the entrant as feedback after the announcement. The SPF secretariat may edit them, and shares them without your name or judge code."
    );
  });
});

describe("assembling feedback", () => {
  it("is refused before the announcement, then makes a draft per judged entry: band and comments per criterion, no judge's name or code", async () => {
    await app.db.updateTable("award_cycles").set({ published_at: null }).where("id", "=", cycleId).execute();
    const early = await post(listPath(), { intent: "assemble" });
    expect(early.status).toBe(400);
    await app.db.updateTable("award_cycles").set({ published_at: new Date().toISOString() }).where("id", "=", cycleId).execute();

    const res = await post(listPath(), { intent: "assemble" });
    expect(res.status, await res.clone().text()).toBe(302);
    const rows = await app.db.selectFrom("entrant_feedback").selectAll().where("cycle_id", "=", cycleId).execute();
    const judged = await app.db
      .selectFrom("judging_entries")
      .select("nomination_id")
      .where("cycle_id", "=", cycleId)
      .where("status", "=", "released")
      .execute();
    expect(rows.length).toBe(judged.length);
    const mine = rows.find((r) => r.nomination_id === own.nominationId)!;
    expect(mine.status).toBe("draft");
    const criteria = JSON.parse(mine.criteria) as { criterionId: number; band: string; text: string }[];
    expect(criteria.map((c) => c.criterionId)).toEqual(criterionIds);
    expect(criteria[0].text).toMatch(/Comment from sheet \d+ on this criterion/);
    expect(criteria[0].band.length).toBeGreaterThan(0);
    expect(mine.overall).toMatch(/Overall comment from sheet \d+/);
    // A finalist's draft has the final round's comments too, after the first round's, under the same criterion.
    expect(criteria[0].text).toMatch(new RegExp(`Comment from sheet \\d+ on this criterion\n\nIn the final round:\n\nAt the final, the evidence held up \\(${FINAL_MARKER}\\)$`));
    expect(mine.overall).toContain(`In the final round:\n\nOverall at the final (${FINAL_MARKER})`);
    for (const r of rows.filter((r) => r.nomination_id !== own.nominationId)) expect(`${r.criteria}${r.overall}`).not.toContain("In the final round");
    // Before release, the final round's comments are nowhere the entrant's organisation can look.
    const ownEntrant = await app.sessionFor(round.entries[0].entrant.email);
    for (const url of [`/nominations/${own.nominationId}/feedback`, `/nominations/${own.nominationId}/feedback.data`]) {
      const res = await app.request(url, { cookie: ownEntrant });
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain(FINAL_MARKER);
    }
    for (const url of ["/nominations", `/nominations/${own.nominationId}`, `/nominations/${own.nominationId}.data`]) {
      expect(await (await app.request(url, { cookie: ownEntrant })).text(), url).not.toContain(FINAL_MARKER);
    }
    for (const r of rows) {
      const text = `${r.criteria}\n${r.overall}`;
      expect(text).not.toMatch(/\bJ\d{2}\b/);
      for (const name of judgeNames) expect(text).not.toContain(name);
    }
    // The secretariat's pages show it: the list, and the entry's draft with its bands, for editing.
    expect((await (await app.request(listPath(), { cookie: admin })).text()).replaceAll("<!-- -->", "")).toContain(
      `Edit and approve<span class="nhsuk-u-visually-hidden"> the feedback on Entry`
    );
    const edit = await app.request(editPath(own.nominationId), { cookie: admin });
    expect(edit.status).toBe(200);
    expect(await edit.text()).toContain("Score band:");
    // Assembling again keeps what is there.
    await post(listPath(), { intent: "assemble" });
    expect((await app.db.selectFrom("entrant_feedback").select("id").where("cycle_id", "=", cycleId).execute()).length).toBe(judged.length);
    const audit = await app.db.selectFrom("audit_log").select("action").where("action", "=", "feedback.assembled").execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it("refuses to approve feedback that names a judge or carries a judge's code, and keeps what was typed", async () => {
    const named = await post(editPath(other.nominationId), feedbackForm("approve", `Strong work, signed ${judgeNames[0]}`));
    expect(named.status).toBe(400);
    const html = await named.text();
    expect(html).toContain("It names a judge");
    expect(html).toContain(`signed ${judgeNames[0]}`);
    const coded = await post(editPath(other.nominationId), feedbackForm("approve", "As J02 said, the evidence is thin"));
    expect(coded.status).toBe(400);
    expect(await coded.text()).toContain("judge&#x27;s code");
    // Too long, with markup: the error summary, the text kept (as text), nothing saved.
    const tooLong = await post(editPath(other.nominationId), feedbackForm("save", `<script>alert(1)</script>${"x".repeat(5_001)}`));
    expect(tooLong.status).toBe(400);
    const tooLongHtml = await tooLong.text();
    expect(tooLongHtml).toContain("nhsuk-error-summary");
    expect(tooLongHtml).toContain("must be 5,000 characters or fewer");
    expect(tooLongHtml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;xxx");
    expect(tooLongHtml).not.toContain("<script>alert(1)");
    const row = await app.db
      .selectFrom("entrant_feedback")
      .select(["status", "overall"])
      .where("nomination_id", "=", other.nominationId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("draft");
    expect(row.overall).not.toContain("J02");
    expect(row.overall).not.toContain("alert");
  });
});

describe("unreleased feedback", () => {
  // Some hundreds of pages and route data, of every organisation's entrant: longer than the default.
  it("is on no page, route data or e-mail an entrant can reach, whether drafted or approved", { timeout: 180_000 }, async () => {
    // The first organisation's approved (not released); another organisation's a draft. Both carry the marker.
    expect((await post(editPath(own.nominationId), feedbackForm("approve", MARKER))).status).toBe(302);
    expect((await post(editPath(other.nominationId), feedbackForm("save", MARKER))).status).toBe(302);
    expect((await app.db.selectFrom("entrant_feedback").select("status").where("nomination_id", "=", own.nominationId).executeTakeFirstOrThrow()).status).toBe(
      "approved"
    );

    let checked = 0;
    for (const email of entrants) {
      const cookie = await app.sessionFor(email);
      for (const url of await entrantUrls(email)) {
        const res = await app.request(url, { cookie });
        expect(res.status, `${email} GET ${url}`).toBeLessThan(500);
        expect(await res.text(), `${email} GET ${url}`).not.toContain(MARKER);
        checked++;
      }
      // The feedback page itself does not exist yet, for the organisation too.
      expect((await app.request(`/nominations/${own.nominationId}/feedback`, { cookie })).status).toBe(404);
      expect((await app.request(`/nominations/${own.nominationId}/feedback.data`, { cookie })).status).toBe(404);
    }
    expect(checked).toBeGreaterThan(50);
    const queued = await app.db.selectFrom("mail_outbox").select(["subject", "body"]).execute();
    for (const m of queued) expect(`${m.subject}\n${m.body ?? ""}`).not.toContain(MARKER);
    for (const m of await app.outbox()) expect(`${m.subject}\n${m.text}`).not.toContain(MARKER);
    // The audit log keeps digests, never the text.
    const audit = await app.db.selectFrom("audit_log").select("details").where("action", "like", "feedback.%").execute();
    for (const a of audit) expect(a.details).not.toContain(MARKER);
  });
});

describe("releasing feedback", () => {
  it("e-mails the organisation's approved members once, and shows it to that organisation only", async () => {
    expect((await post(editPath(own.nominationId), feedbackForm("approve", RELEASED_TEXT))).status).toBe(302);
    const res = await post(listPath(), { intent: "release", nominationId: String(own.nominationId) });
    expect(res.status, await res.clone().text()).toBe(302);
    // Releasing it again, one or all, does nothing and tells nobody twice.
    expect((await post(listPath(), { intent: "release", nominationId: String(own.nominationId) })).status).toBe(400);
    expect((await post(listPath(), { intent: "release-all" })).status).toBe(400);

    const members = await app.db
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .select("users.email")
      .where("memberships.organisation_id", "=", own.organisationId)
      .where("memberships.status", "=", "approved")
      .where("users.active", "=", 1)
      .execute();
    expect(members.length).toBeGreaterThan(0);
    const told = (await app.outbox()).filter((m) => m.subject.includes("feedback on your entry is ready"));
    expect(told.map((m) => m.to.toLowerCase()).sort()).toEqual(members.map((m) => m.email.toLowerCase()).sort());
    expect(told[0].links.some((l) => l.endsWith(`/nominations/${own.nominationId}/feedback`))).toBe(true);
    // The e-mail points to the feedback; it never carries it.
    for (const m of told) expect(m.text).not.toContain(RELEASED_TEXT);

    const ownEntrant = await app.sessionFor(round.entries[0].entrant.email);
    const page = await app.request(`/nominations/${own.nominationId}/feedback`, { cookie: ownEntrant });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(RELEASED_TEXT);
    expect(html).toMatch(new RegExp(`<a class="nhsuk-back-link__link"[^>]* href="/nominations/${own.nominationId}">Back to your nomination</a>`));
    expect(html).toContain("Score band:");
    expect(html).not.toMatch(/\bJ\d{2}\b/);
    expect(await (await app.request("/nominations", { cookie: ownEntrant })).text()).toContain(`/nominations/${own.nominationId}/feedback`);

    const otherEntrant = await app.sessionFor(round.entries[1].entrant.email);
    for (const url of [`/nominations/${own.nominationId}/feedback`, `/nominations/${own.nominationId}/feedback.data`]) {
      const refused = await app.request(url, { cookie: otherEntrant });
      expect(refused.status, url).toBe(404);
      expect(await refused.text()).not.toContain(RELEASED_TEXT);
    }
    expect(await (await app.request("/nominations", { cookie: otherEntrant })).text()).not.toContain(RELEASED_TEXT);
    const pending = await app.sessionFor(PENDING);
    expect((await app.request(`/nominations/${own.nominationId}/feedback`, { cookie: pending })).status).toBe(404);
    const judge = await app.sessionFor(round.employerJudges[0].email);
    expect((await app.request(`/nominations/${own.nominationId}/feedback`, { cookie: judge })).status).toBe(403);

    const audit = await app.db.selectFrom("audit_log").select("details").where("action", "=", "feedback.released").execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].details)).toMatchObject({ nominationIds: [own.nominationId], emails: members.length });
  });

  it("is deleted with the judges' comments by the retention rule", async () => {
    const published = (await app.db.selectFrom("award_cycles").select("published_at").where("id", "=", cycleId).executeTakeFirstOrThrow()).published_at!;
    await applyDueRetention(app.db, { now: new Date(Date.parse(published) + 3 * 366 * 86_400_000), years: 2 });
    expect(await app.db.selectFrom("entrant_feedback").select("id").where("cycle_id", "=", cycleId).execute()).toEqual([]);
    const ownEntrant = await app.sessionFor(round.entries[0].entrant.email);
    expect((await app.request(`/nominations/${own.nominationId}/feedback`, { cookie: ownEntrant })).status).toBe(404);
  });
});
