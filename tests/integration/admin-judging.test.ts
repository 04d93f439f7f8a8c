// The secretariat's judging screens, driven over HTTP against the real server: preparing the demo
// cycle's entries for blind judging, reviewing one entry's redaction (markup in the entry shown as
// text), hiding more words, releasing one by one, previewing and confirming the assignment of
// judges, refusing a move that breaks the side rule, reopening a submitted score sheet, and who
// may use these pages at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

const ADMIN = "admin@demo.test";
const ENTRANT = "entrant@northmoor-valley.demo.test";
const JUDGE = "judge.employer1@demo.test";
const SCRIPT = '<script>alert("judging")</script>';

let app: TestServer;
let admin: string;
let cycleId: number;
beforeAll(async () => {
  app = await startTestServer();
  admin = await app.sessionFor(ADMIN);
  const cycle = await app.db.selectFrom("award_cycles").select("id").where("year", "=", 2027).executeTakeFirstOrThrow();
  cycleId = cycle.id;
  // Judging time: the stage rules check dates against the real clock, so the stage is set directly.
  await app.db
    .updateTable("award_cycles")
    .set({ stage: "judging", judging_close_at: new Date(Date.now() + 30 * 24 * 3600_000).toISOString() })
    .where("id", "=", cycleId)
    .execute();
});
afterAll(async () => app.close());

const asAdmin = (pathname: string, form: Record<string, string>) => app.request(pathname, { cookie: admin, form, headers: { Origin: app.url } });
const readable = async (res: Response) => (await res.text()).replaceAll("<!-- -->", "");
const page = async (pathname: string, cookie = admin) => {
  const res = await app.request(pathname, { cookie });
  expect(res.status, `GET ${pathname}`).toBe(200);
  return readable(res);
};
const judgingPath = () => `/admin/cycles/${cycleId}/judging`;
const entryPath = (nominationId: number) => `${judgingPath()}/entries/${nominationId}`;
const assignmentPath = () => `${judgingPath()}/assignment`;

/** The Northmoor Valley self-rostering nomination: its summary names the trust many ways. */
async function selfRostering() {
  return app.db
    .selectFrom("nominations")
    .select(["id", "reference"])
    .where("cycle_id", "=", cycleId)
    .where("title", "like", "Self-rostering%")
    .executeTakeFirstOrThrow();
}

async function entries() {
  return app.db.selectFrom("judging_entries").selectAll().where("cycle_id", "=", cycleId).orderBy("nomination_id").execute();
}

/** The judges' copy of one field as the review page shows it. */
function judgesCopy(html: string, key: string): string {
  const match = html.match(new RegExp(`data-testid="judges-copy-${key}"[^>]*>([\\s\\S]*?)</div>`));
  expect(match, `judges' copy of ${key}`).not.toBeNull();
  return match![1];
}

describe("preparing entries for judging", () => {
  it("gives each of the 10 complete nominations a judging entry with a code, for review", async () => {
    // Markup in an entrant's answer must reach the admin's page as text, never as markup.
    const nomination = await selfRostering();
    const summary = await app.db
      .selectFrom("nomination_answers")
      .innerJoin("cycle_sections", "cycle_sections.id", "nomination_answers.section_id")
      .select(["nomination_answers.section_id", "nomination_answers.text"])
      .where("nomination_answers.nomination_id", "=", nomination.id)
      .where("cycle_sections.key", "=", "summary")
      .executeTakeFirstOrThrow();
    await app.db
      .updateTable("nomination_answers")
      .set({ text: `${summary.text} We learned from Eastbrook Mental Health NHS Trust. ${SCRIPT}` })
      .where("nomination_id", "=", nomination.id)
      .where("section_id", "=", summary.section_id)
      .execute();

    const before = await page(judgingPath());
    expect(before).toContain("<h1>Judging</h1>");
    expect(before).toContain("No entries have been prepared yet.");

    const res = await asAdmin(judgingPath(), { intent: "prepare" });
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get("location")).toBe(`${judgingPath()}?notice=prepared&created=10&rebuilt=0&withheld=0`);
    const rows = await entries();
    expect(rows).toHaveLength(10);
    for (const r of rows) {
      expect(r.code).toMatch(/^[A-Z2-9]{4}$/);
      expect(r.status).toBe("needs_review");
    }
    expect(new Set(rows.map((r) => r.code)).size).toBe(10);

    const html = await page(res.headers.get("location")!);
    expect(html).toContain("The judging entries are up to date");
    expect(html).toContain("10 new entries were prepared for review.");
    for (const r of rows) expect(html).toContain(`href="${entryPath(r.nomination_id)}"`);
    expect(html).toContain("Needs review");
    expect(html).toContain(`href="${judgingPath()}/release"`);

    // Preparing again changes nothing.
    const again = await asAdmin(judgingPath(), { intent: "prepare" });
    expect(again.headers.get("location")).toContain("created=0&rebuilt=0&withheld=0");
  });
});

describe("reviewing one entry's redaction", () => {
  it("shows the original with what is hidden marked, beside the judges' copy, and markup as text", async () => {
    const nomination = await selfRostering();
    const html = await page(entryPath(nomination.id));
    const entry = (await entries()).find((e) => e.nomination_id === nomination.id)!;
    expect(html).toContain(entry.code);
    expect(html).toContain(nomination.reference);
    expect(html).toMatch(/<mark[^>]*>Northmoor Valley NHS Foundation Trust<span class="nhsuk-u-visually-hidden"> \(hidden as an organisation\)<\/span>/);
    expect(html).toContain("<mark");
    // Another NHS organisation named is flagged for the admin, not hidden.
    expect(html).toContain('<h2 id="flags" tabindex="-1">Flags to decide</h2>');
    expect(html).toMatch(/<span class="judging-flagged"[^>]*>Eastbrook Mental Health NHS Trust<span[^>]*>\(flag: another NHS organisation/);
    expect(judgesCopy(html, "section_" + (await summarySectionId()))).toContain("Eastbrook Mental Health NHS Trust");
    // The entrant's own terms are listed, read-only.
    expect(html).toContain("Northmoor General Hospital");
    // The script typed into the entry is escaped, in the original and in the judges' copy.
    expect(html).not.toContain(SCRIPT);
    expect(html).toContain("&lt;script&gt;alert(");
    const copy = judgesCopy(html, "section_" + (await summarySectionId()));
    expect(copy).toContain("[organisation]");
    expect(copy).not.toContain("Northmoor Valley");
    expect(copy).toContain("&lt;script&gt;");
  });

  it("hides words the admin adds in the judges' copy, and can stop hiding them", async () => {
    const nomination = await selfRostering();
    const key = "section_" + (await evidenceSectionId());
    expect(judgesCopy(await page(entryPath(nomination.id)), key)).toContain("fairness rules");

    const empty = await asAdmin(entryPath(nomination.id), { intent: "add-term", text: "", kind: "" });
    expect(empty.status).toBe(400);
    const emptyHtml = await readable(empty);
    expect(emptyHtml).toContain("Enter the words to hide");
    expect(emptyHtml).toContain("Select what the words are");

    const res = await asAdmin(entryPath(nomination.id), { intent: "add-term", text: "fairness rules", kind: "term" });
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get("location")).toBe(`${entryPath(nomination.id)}?notice=term-added`);
    const html = await page(res.headers.get("location")!);
    expect(html).toContain("The words will be hidden");
    const copy = judgesCopy(html, key);
    expect(copy).not.toContain("fairness rules");
    expect(copy).toContain("[redacted]");
    const stored = (await entries()).find((e) => e.nomination_id === nomination.id)!;
    expect(stored.redacted).not.toMatch(/fairness rules/i);

    const term = await app.db.selectFrom("redaction_terms").select("id").where("nomination_id", "=", nomination.id).where("text", "=", "fairness rules").executeTakeFirstOrThrow();
    const removed = await asAdmin(entryPath(nomination.id), { intent: "remove-term", termId: String(term.id) });
    expect(removed.status).toBe(302);
    expect(judgesCopy(await page(entryPath(nomination.id)), key)).toContain("fairness rules");
    // Added again for the rest of these tests: the judges' copy should not name the rules.
    expect((await asAdmin(entryPath(nomination.id), { intent: "add-term", text: "fairness rules", kind: "term" })).status).toBe(302);
  });

  it("releases an entry, one at a time, with an audit entry", async () => {
    const nomination = await selfRostering();
    await keepEveryFlag(nomination.id);
    const res = await asAdmin(entryPath(nomination.id), { intent: "release" });
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get("location")).toBe(`${entryPath(nomination.id)}?notice=released`);
    const entry = (await entries()).find((e) => e.nomination_id === nomination.id)!;
    expect(entry.status).toBe("released");
    const adminUser = await app.db.selectFrom("users").select("id").where("email_normalised", "=", ADMIN).executeTakeFirstOrThrow();
    const audit = await app.db
      .selectFrom("audit_log")
      .select(["actor_user_id", "details"])
      .where("action", "=", "judging.entry_released")
      .where("target", "=", `nomination:${nomination.id}`)
      .executeTakeFirstOrThrow();
    expect(audit.actor_user_id).toBe(adminUser.id);
    expect(JSON.parse(audit.details)).toMatchObject({ code: entry.code });
    const html = await page(res.headers.get("location")!);
    expect(html).toContain("The entry has been released to judging");
    expect(html).toContain("Released");
    expect(html).toMatch(/Withhold<span class="nhsuk-u-visually-hidden"> entry [A-Z2-9]{4}<\/span>/);
    // Only this one: the others still need review.
    expect((await entries()).filter((e) => e.status === "released")).toHaveLength(1);
  });

  it("a GET of the review page writes nothing when the entry changed since its copy was made: it says the copy is stale, and a button rebuilds it", async () => {
    const nomination = await selfRostering();
    const sectionId = await summarySectionId();
    const answer = await app.db.selectFrom("nomination_answers").select("text").where("nomination_id", "=", nomination.id).where("section_id", "=", sectionId).executeTakeFirstOrThrow();
    await app.db
      .updateTable("nomination_answers")
      .set({ text: `${answer.text} The rota group still meets every month.` })
      .where("nomination_id", "=", nomination.id)
      .where("section_id", "=", sectionId)
      .execute();
    const snapshot = async () => ({
      audit: await app.db.selectFrom("audit_log").selectAll().orderBy("id").execute(),
      entries: await entries(),
      terms: await app.db.selectFrom("redaction_terms").selectAll().orderBy("id").execute(),
      decisions: await app.db.selectFrom("redaction_flag_decisions").selectAll().orderBy("nomination_id").orderBy("flag_key").execute(),
    });
    const before = await snapshot();
    const html = await page(entryPath(nomination.id));
    expect(html).toContain("The judges&#x27; copy is out of date");
    expect(html).toContain("Judges still see the older copy");
    // The marked text is the copy as it would be made now, without storing it; "Judges will see" is the
    // copy judges are given, as it was made.
    expect(html).toContain("The rota group still meets every month.");
    expect(judgesCopy(html, `section_${sectionId}`)).not.toContain("The rota group still meets every month.");
    expect(await snapshot()).toEqual(before);
    expect(before.entries.find((e) => e.nomination_id === nomination.id)!.status).toBe("released");

    const rebuilt = await asAdmin(entryPath(nomination.id), { intent: "rebuild" });
    expect(rebuilt.status).toBe(302);
    expect(rebuilt.headers.get("location")).toBe(`${entryPath(nomination.id)}?notice=rebuilt`);
    const entry = (await entries()).find((e) => e.nomination_id === nomination.id)!;
    expect(entry.status).toBe("needs_review");
    expect(entry.redacted).toContain("The rota group still meets every month.");
    const after = await page(rebuilt.headers.get("location")!);
    expect(after).toContain("The judges&#x27; copy has been rebuilt");
    expect(after).not.toContain("is out of date");
    expect((await asAdmin(entryPath(nomination.id), { intent: "rebuild" })).headers.get("location")).toBe(`${entryPath(nomination.id)}?notice=copy-current`);
    // Waiting for review and changed again: "release every reviewed entry" counts it without storing anything either.
    await app.db
      .updateTable("nomination_answers")
      .set({ text: `${answer.text} The rota group still meets every month, and reports to the board.` })
      .where("nomination_id", "=", nomination.id)
      .where("section_id", "=", sectionId)
      .execute();
    const waiting = await snapshot();
    expect(await page(`${judgingPath()}/release`)).toContain(entry.code);
    expect(await page(entryPath(nomination.id))).toContain("Rebuild it before you release the entry.");
    expect(await snapshot()).toEqual(waiting);
    // Rebuilt and released again, as the tests below expect.
    expect((await asAdmin(entryPath(nomination.id), { intent: "rebuild" })).status).toBe(302);
    await keepEveryFlag(nomination.id);
    expect((await asAdmin(entryPath(nomination.id), { intent: "release" })).status).toBe(302);
  });

  it("answers 404 for a nomination without a judging entry or in another cycle's address", async () => {
    const nomination = await selfRostering();
    expect((await app.request(entryPath(999_999), { cookie: admin })).status).toBe(404);
    expect((await app.request(`/admin/cycles/999999/judging/entries/${nomination.id}`, { cookie: admin })).status).toBe(404);
    expect((await app.request("/admin/cycles/999999/judging", { cookie: admin })).status).toBe(404);
    const at = new Date().toISOString();
    const other = await app.db
      .insertInto("award_cycles")
      .values({
        year: 2099,
        stage: "draft",
        nominations_open_at: null,
        nominations_close_at: null,
        judging_open_at: null,
        judging_close_at: null,
        shortlist_at: null,
        final_judging_at: null,
        announcement_at: null,
        created_at: at,
        updated_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect((await app.request(`/admin/cycles/${other.id}/judging`, { cookie: admin })).status).toBe(200);
    expect((await app.request(`/admin/cycles/${other.id}/judging/entries/${nomination.id}`, { cookie: admin })).status).toBe(404);
    const post = await asAdmin(`/admin/cycles/${other.id}/judging/entries/${nomination.id}`, { intent: "withhold" });
    expect(post.status).toBe(404);
    expect((await entries()).find((e) => e.nomination_id === nomination.id)!.status).toBe("released");
  });
});

/** The admin keeps every flagged phrase of the entry, one press each, as on its review page. */
async function keepEveryFlag(nominationId: number) {
  const { undecidedFlags } = await import("~/models/judging-entries.server");
  for (const flagKey of await undecidedFlags(app.db, nominationId)) {
    expect((await asAdmin(entryPath(nominationId), { intent: "decide-flag", flagKey, decision: "keep" })).status).toBe(302);
  }
}

async function summarySectionId(): Promise<number> {
  return (await app.db.selectFrom("cycle_sections").select("id").where("cycle_id", "=", cycleId).where("key", "=", "summary").executeTakeFirstOrThrow()).id;
}
async function evidenceSectionId(): Promise<number> {
  return (await app.db.selectFrom("cycle_sections").select("id").where("cycle_id", "=", cycleId).where("key", "=", "evidence_1").executeTakeFirstOrThrow()).id;
}

describe("assigning judges", () => {
  it("previews a balanced assignment with both sides on every entry, and confirming makes it live", async () => {
    for (const e of await entries()) {
      await keepEveryFlag(e.nomination_id);
      if (e.status !== "released") expect((await asAdmin(entryPath(e.nomination_id), { intent: "release" })).status).toBe(302);
    }
    const html = await page(assignmentPath());
    expect(html).toContain("<h1>Assigning judges</h1>");
    expect(html).toContain("Proposed judges for each released entry");
    expect(html).toContain("Confirm this assignment");
    expect(html).toContain("Helen Carter");
    expect(html).toMatch(/between \d+ and \d+ entries/);

    const other = await page(`${assignmentPath()}?seed=7`);
    expect(other).toContain("Seed 7.");
    const bad = await page(`${assignmentPath()}?seed=abc`);
    expect(bad).toContain("There is a problem");

    const res = await asAdmin(assignmentPath(), { intent: "confirm", seed: "1" });
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get("location")).toBe(`${assignmentPath()}?seed=1&notice=confirmed&added=30`);
    const live = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("judge_profiles", "judge_profiles.user_id", "judging_assignments.judge_user_id")
      .select(["judging_assignments.nomination_id", "judging_assignments.judge_user_id", "judge_profiles.side"])
      .where("judging_assignments.cycle_id", "=", cycleId)
      .where("judging_assignments.status", "=", "live")
      .execute();
    expect(live).toHaveLength(30);
    for (const e of await entries()) {
      const sides = live.filter((a) => a.nomination_id === e.nomination_id).map((a) => a.side);
      expect(sides).toHaveLength(3);
      expect(sides).toContain("employer");
      expect(sides).toContain("staff_side");
    }
    const after = await page(res.headers.get("location")!);
    expect(after).toContain("30 assignments have been made");
    expect(after).toContain("there is nothing to add");
    expect(after).not.toContain("Confirm this assignment");
    expect(after).toContain("Move one assignment");
    const audit = await app.db.selectFrom("audit_log").select("details").where("action", "=", "judging.assignment_confirmed").executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toMatchObject({ seed: 1, added: 30 });
  });

  it("refuses a move that leaves an entry without one side, in plain words, and changes nothing", async () => {
    const live = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("judge_profiles", "judge_profiles.user_id", "judging_assignments.judge_user_id")
      .select(["judging_assignments.nomination_id", "judging_assignments.judge_user_id", "judge_profiles.side"])
      .where("judging_assignments.cycle_id", "=", cycleId)
      .where("judging_assignments.status", "=", "live")
      .execute();
    const judges = await app.db.selectFrom("judge_profiles").select(["user_id", "side"]).execute();
    let move: { entryId: number; from: number; to: number; side: string } | undefined;
    for (const e of await entries()) {
      const on = live.filter((a) => a.nomination_id === e.nomination_id);
      for (const side of ["employer", "staff_side"]) {
        const mine = on.filter((a) => a.side === side);
        if (mine.length !== 1) continue;
        const to = judges.find((j) => j.side !== side && !on.some((a) => a.judge_user_id === j.user_id));
        if (to) move = { entryId: e.nomination_id, from: mine[0].judge_user_id, to: to.user_id, side };
      }
      if (move) break;
    }
    expect(move).toBeDefined();
    const m = move!;
    const code = (await entries()).find((e) => e.nomination_id === m.entryId)!.code;
    const noReason = await asAdmin(assignmentPath(), { intent: "move", entryId: String(m.entryId), fromJudgeId: String(m.from), toJudgeId: String(m.to), reason: "" });
    expect(noReason.status).toBe(400);
    expect(await readable(noReason)).toContain("Enter the reason for the move");

    const res = await asAdmin(assignmentPath(), { intent: "move", entryId: String(m.entryId), fromJudgeId: String(m.from), toJudgeId: String(m.to), reason: "Workload", override: "yes" });
    expect(res.status).toBe(400);
    const html = await readable(res);
    expect(html).toContain("There is a problem");
    expect(html).toContain(`Entry ${code} would have no ${m.side === "employer" ? "employer-side" : "staff-side"} judge.`);
    // The side rule can never be overridden, so no override is offered.
    expect(html).not.toContain("Override the load balance rule");
    const still = await app.db
      .selectFrom("judging_assignments")
      .select("id")
      .where("nomination_id", "=", m.entryId)
      .where("judge_user_id", "=", m.from)
      .where("status", "=", "live")
      .executeTakeFirst();
    expect(still).toBeDefined();
  });

  it("answers a late judge posted without a judge, and a form with no intent of the page, in its error summary", async () => {
    const late = await asAdmin(assignmentPath(), { intent: "late", lateJudgeId: "x" });
    expect(late.status).toBe(400);
    expect(await readable(late)).toContain("Select the judge who is joining");
    const unknown = await asAdmin(assignmentPath(), { intent: "shuffle" });
    expect(unknown.status).toBe(400);
    expect(await readable(unknown)).toContain("Choose what to do");
  });

  it("emails judges with unfinished score sheets when asked", async () => {
    const before = (await app.outbox()).length;
    const res = await asAdmin(judgingPath(), { intent: "remind" });
    expect(res.status).toBe(302);
    const sent = (await app.outbox()).slice(before);
    expect(sent).toHaveLength(6);
    expect(sent.map((e) => e.to).join(" ")).toContain("judge.employer1@demo.test");
    const emailed = Number(new URL(res.headers.get("location")!, app.url).searchParams.get("emailed"));
    expect(emailed).toBe(6);
    expect(await page(res.headers.get("location")!)).toContain("6 judges emailed");
  });

  it("reopens a submitted score sheet of this entry with a reason, and no other entry's", async () => {
    const nomination = await selfRostering();
    const [mine, theirs] = await Promise.all([
      app.db.selectFrom("judging_assignments").select("id").where("nomination_id", "=", nomination.id).where("status", "=", "live").executeTakeFirstOrThrow(),
      app.db.selectFrom("judging_assignments").select("id").where("nomination_id", "!=", nomination.id).where("cycle_id", "=", cycleId).where("status", "=", "live").executeTakeFirstOrThrow(),
    ]);
    const now = new Date().toISOString();
    const sheet = (assignmentId: number) =>
      app.db
        .insertInto("score_sheets")
        .values({ assignment_id: assignmentId, status: "submitted", overall_comment: "", revision: 1, submitted_at: now, reopened_at: null, reopened_reason: null, created_at: now, updated_at: now })
        .returning("id")
        .executeTakeFirstOrThrow();
    const [sheetId, otherSheetId] = [(await sheet(mine.id)).id, (await sheet(theirs.id)).id];

    const html = await page(entryPath(nomination.id));
    expect(html).toMatch(/Reopen<span class="nhsuk-u-visually-hidden"> [^<]+ score sheet<\/span>/);

    const other = await asAdmin(entryPath(nomination.id), { intent: "reopen", sheetId: String(otherSheetId), [`reason-${otherSheetId}`]: "Typo" });
    expect(other.status).toBe(404);
    const noReason = await asAdmin(entryPath(nomination.id), { intent: "reopen", sheetId: String(sheetId), [`reason-${sheetId}`]: " " });
    expect(noReason.status).toBe(400);
    expect(await readable(noReason)).toContain("Enter the reason");

    const res = await asAdmin(entryPath(nomination.id), { intent: "reopen", sheetId: String(sheetId), [`reason-${sheetId}`]: "The judge asked to correct a score" });
    expect(res.status).toBe(302);
    const stored = await app.db.selectFrom("score_sheets").select(["id", "status", "reopened_reason"]).where("id", "in", [sheetId, otherSheetId]).orderBy("id").execute();
    expect(stored.find((s) => s.id === sheetId)).toMatchObject({ status: "draft", reopened_reason: "The judge asked to correct a score" });
    expect(stored.find((s) => s.id === otherSheetId)).toMatchObject({ status: "submitted" });
  });

  it("moves an assignment against the load rule only when the admin overrides it, with a reason", async () => {
    const [live, judges, noms] = await Promise.all([
      app.db
        .selectFrom("judging_assignments")
        .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
        .select(["judging_assignments.nomination_id", "judging_assignments.judge_user_id", "score_sheets.id as sheet_id"])
        .where("judging_assignments.cycle_id", "=", cycleId)
        .where("judging_assignments.status", "=", "live")
        .execute(),
      app.db.selectFrom("judge_profiles").select(["user_id", "side", "organisation_id"]).execute(),
      app.db.selectFrom("nominations").select(["id", "organisation_id"]).where("cycle_id", "=", cycleId).execute(),
    ]);
    const sideOf = new Map(judges.map((j) => [j.user_id, j.side]));
    let move: { entryId: number; from: number; to: number } | undefined;
    for (const a of live.filter((l) => l.sheet_id === null)) {
      const on = live.filter((b) => b.nomination_id === a.nomination_id).map((b) => b.judge_user_id);
      const org = noms.find((n) => n.id === a.nomination_id)!.organisation_id;
      const to = judges.find((j) => j.side === sideOf.get(a.judge_user_id) && !on.includes(j.user_id) && j.organisation_id !== org);
      if (to) {
        move = { entryId: a.nomination_id, from: a.judge_user_id, to: to.user_id };
        break;
      }
    }
    expect(move).toBeDefined();
    const form = { intent: "move", entryId: String(move!.entryId), fromJudgeId: String(move!.from), toJudgeId: String(move!.to), reason: "Helen is on leave in June" };
    const first = await asAdmin(assignmentPath(), form);
    expect(first.status).toBe(400);
    const html = await readable(first);
    expect(html).toContain("would leave loads 2 apart");
    expect(html).toContain("Override the load balance rule");
    expect(html).toContain("Helen is on leave in June");

    const res = await asAdmin(assignmentPath(), { ...form, override: "yes" });
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get("location")).toBe(`${assignmentPath()}?notice=moved`);
    expect(await page(res.headers.get("location")!)).toContain("The assignment has been moved");
    const ended = await app.db
      .selectFrom("judging_assignments")
      .select(["status", "ended_reason"])
      .where("nomination_id", "=", move!.entryId)
      .where("judge_user_id", "=", move!.from)
      .executeTakeFirstOrThrow();
    expect(ended).toEqual({ status: "moved", ended_reason: "Helen is on leave in June" });
    const audit = await app.db.selectFrom("audit_log").select("details").where("action", "=", "judging.assignment_moved").executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toMatchObject({ overridden: ["load_unbalanced"] });
  });

  it("shows the ended and live picture on the overview", async () => {
    const html = await page(judgingPath());
    expect(html).toContain("Ended assignments, newest first");
    expect(html).toContain("Helen is on leave in June");
    expect(html).toContain("Judges&#x27; progress");
    expect(html).toContain("Helen Carter");
    expect(html).toContain("Email judges with unfinished score sheets");
    expect(html).toContain(`href="${assignmentPath()}"`);
  });
});

describe("who may use the judging screens", () => {
  it("answers 403 to a judge and an entrant, for pages, route data and posts", async () => {
    const nomination = await selfRostering();
    const urls = [judgingPath(), assignmentPath(), entryPath(nomination.id)];
    for (const email of [JUDGE, ENTRANT]) {
      const cookie = await app.sessionFor(email);
      for (const url of urls) {
        expect((await app.request(url, { cookie })).status, `GET ${url} as ${email}`).toBe(403);
        expect((await app.request(`${url}.data`, { cookie })).status, `GET ${url}.data as ${email}`).toBe(403);
        for (const intent of ["prepare", "remind", "release", "confirm", "move"]) {
          const res = await app.request(url, { cookie, form: { intent, seed: "1" }, headers: { Origin: app.url } });
          expect(res.status, `POST ${intent} to ${url} as ${email}`).toBe(403);
        }
      }
    }
    // Nothing was changed by any of them.
    expect((await entries()).filter((e) => e.status !== "released")).toHaveLength(0);
  });

  it("sends someone signed out to sign in", async () => {
    const res = await app.request(judgingPath());
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toContain("/login?");
  });

  it("refuses a post from another site, even with the admin's session", async () => {
    const nomination = await selfRostering();
    for (const url of [judgingPath(), assignmentPath(), entryPath(nomination.id)]) {
      const res = await app.request(url, { cookie: admin, form: { intent: "withhold" }, headers: { Origin: "https://evil.example" } });
      expect(res.status, `POST ${url}`).toBe(403);
    }
    expect((await entries()).find((e) => e.nomination_id === nomination.id)!.status).toBe("released");
  });
});
