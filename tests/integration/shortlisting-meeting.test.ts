// The shortlisting meeting (decision 033), over HTTP against the real server whose demo cycle is in
// judging, moved on to shortlisting once every sheet is in: the entries that need talking about come
// first with their scores by criterion and side (judges by code only), a judge with a conflict steps
// out, the record is saved per entry with its audit row, edited, refused when incomplete, feeds the
// shortlist and the results CSV, is locked once the shortlist is confirmed, and no judge ever sees it.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { declareConflict } from "~/models/conflicts.server";
import { meetingAgenda, saveMeetingRecord } from "~/models/shortlisting-meeting.server";
import { submitEveryFirstRoundSheet } from "../helpers/judging-round";
import { startTestServer, type TestServer } from "../helpers/server";

const CONFLICTED_JUDGE = "judge.staffside1@demo.test";
const OTHER_JUDGE = "judge.employer1@demo.test";
const AGREED = "Genuine partnership from the outset; the panel agreed to shortlist (agreed-7781)";
const DIVERGENT = "The impact evidence is thin for a finalist (divergent-4410)";

let app: TestServer;
let admin: string;
let cycleId: number;
let conflictedJudgeId: number;
/** The entry the conflicted judge steps out for, and the one recorded on. */
let entry: { nominationId: number; code: string };

beforeAll(async () => {
  app = await startTestServer({ demoStage: "judging" });
  admin = await app.sessionFor("admin@demo.test");
  cycleId = (await app.db.selectFrom("award_cycles").select("id").where("year", "=", 2027).executeTakeFirstOrThrow()).id;
  await submitEveryFirstRoundSheet(app.db, cycleId);
  conflictedJudgeId = (await app.db.selectFrom("users").select("id").where("email_normalised", "=", CONFLICTED_JUDGE).executeTakeFirstOrThrow()).id;
  // An entry the judge did not score: declaring the conflict leaves every submitted sheet in the results.
  const unscored = await app.db
    .selectFrom("judging_entries")
    .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
    .select(["judging_entries.nomination_id", "judging_entries.code", "nominations.organisation_id"])
    .where("judging_entries.cycle_id", "=", cycleId)
    .where("judging_entries.status", "=", "released")
    .where("judging_entries.nomination_id", "not in", app.db.selectFrom("judging_assignments").select("nomination_id").where("judge_user_id", "=", conflictedJudgeId))
    .orderBy("judging_entries.code")
    .executeTakeFirstOrThrow();
  entry = { nominationId: unscored.nomination_id, code: unscored.code };
  await declareConflict(app.db, { cycleId, judgeId: conflictedJudgeId, organisationId: unscored.organisation_id, kind: "personal_connection", note: null });
  await app.db.updateTable("award_cycles").set({ stage: "shortlisting" }).where("id", "=", cycleId).execute();
});
afterAll(async () => app.close());

const readable = async (res: Response) => (await res.text()).replaceAll("<!-- -->", "").replaceAll("&#x27;", "'");
const meetingPath = () => `/admin/cycles/${cycleId}/shortlist/meeting`;
const page = async (pathname: string, cookie = admin) => {
  const res = await app.request(pathname, { cookie });
  expect(res.status, `GET ${pathname}`).toBe(200);
  return readable(res);
};
const post = (pathname: string, form: Record<string, string>, cookie = admin) => app.request(pathname, { cookie, form, headers: { Origin: app.url } });
/** The form of one entry, as the page posts it (URLSearchParams, so a holder can be ticked twice). */
const recordForm = (id: number, agreed: string, divergent: string, heldBy: string[]) => {
  const body = new URLSearchParams({ intent: "record", nominationId: String(id), [`agreedPosition-${id}`]: agreed, [`divergentView-${id}`]: divergent });
  for (const h of heldBy) body.append(`heldBy-${id}`, h);
  return app.request(meetingPath(), { cookie: admin, body: body.toString(), headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" } });
};
const auditRows = () => app.db.selectFrom("audit_log").select(["action", "details", "actor_user_id"]).where("action", "=", "shortlist.meeting_recorded").orderBy("id").execute();
const digest = (text: string) => ({ chars: text.length, sha256: createHash("sha256").update(text, "utf8").digest("hex") });
/** The section of the page about one entry. */
const section = (html: string, code: string) => html.slice(html.indexOf(`id="entry-${code}"`), html.indexOf("</section>", html.indexOf(`id="entry-${code}"`)));

describe("the meeting page", () => {
  it("lists the entries that need talking about first, each with its scores by criterion and side, judges by code only", async () => {
    const agenda = await meetingAgenda(app.db, cycleId);
    expect(agenda.entries.length).toBe(10);
    const flagged = agenda.entries.filter((e) => e.reasons.length > 0);
    expect(flagged.length, "the demo round has entries to talk about").toBeGreaterThan(0);
    // Flagged entries first.
    expect(agenda.entries.slice(0, flagged.length).every((e) => e.reasons.length > 0)).toBe(true);

    const html = await page(meetingPath());
    expect(html).toContain("Shortlisting meeting");
    expect(html).toContain("Strive for consensus as far as possible.");
    expect(html).toContain("the divergence of views needs to be clearly noted");
    const positions = agenda.entries.map((e) => html.indexOf(`id="entry-${e.code}"`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const first = section(html, flagged[0].code);
    expect(first).toMatch(/In doubt|Judges disagree|The sides diverge/);
    expect(first).toContain("Employer side mean");
    expect(first).toContain("Staff side mean");
    for (const c of agenda.criteria) expect(first).toContain(c.title);
    expect(first).toMatch(/J0\d \((Employer side|Staff side \(trade union\)|National body)\)/);

    // Nobody is named: no judge, no organisation, no title.
    const judges = await app.db.selectFrom("users").innerJoin("roles", (j) => j.onRef("roles.user_id", "=", "users.id").on("roles.role", "=", "judge")).select("users.name").execute();
    for (const j of judges) expect(html).not.toContain(j.name);
    const entries = await app.db.selectFrom("nominations").innerJoin("organisations", "organisations.id", "nominations.organisation_id").select(["organisations.name", "nominations.title"]).where("nominations.cycle_id", "=", cycleId).execute();
    for (const e of entries) {
      expect(html).not.toContain(e.name.replaceAll("&", "&amp;"));
      expect(html).not.toContain(e.title);
    }
  });

  it("shows a judge with a conflict as stepping out for that entry, and not for the others", async () => {
    const agenda = await meetingAgenda(app.db, cycleId);
    const mine = agenda.entries.find((e) => e.nominationId === entry.nominationId)!;
    expect(mine.steppingOut.length).toBeGreaterThan(0);
    const html = await page(meetingPath());
    const codes = mine.steppingOut.map((j) => j.judgeCode);
    expect(section(html, entry.code)).toContain(`Stepping out for this entry (a conflict of interest): ${codes[0]}`);
    // A judge who steps out cannot be named as holding a view on it.
    expect(mine.holders.some((h) => codes.includes(h))).toBe(false);
  });
});

describe("the record of the meeting", () => {
  it("is saved per entry with an audit row, and shown again on the page", async () => {
    const holder = (await meetingAgenda(app.db, cycleId)).entries.find((e) => e.nominationId === entry.nominationId)!.sheets[0].judgeCode;
    const res = await recordForm(entry.nominationId, "A first draft of the position", DIVERGENT, ["staff_side", holder]);
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get("location")).toBe(`${meetingPath()}?notice=saved#entry-${entry.code}`);
    const row = await app.db.selectFrom("meeting_records").selectAll().where("nomination_id", "=", entry.nominationId).executeTakeFirstOrThrow();
    expect(row.agreed_position).toBe("A first draft of the position");
    expect(row.divergent_view).toBe(DIVERGENT);
    expect(JSON.parse(row.divergent_held_by)).toEqual(["staff_side", holder]);
    const audit = await auditRows();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].details)).toMatchObject({ nominationId: entry.nominationId, code: entry.code, divergentView: digest(DIVERGENT), heldBy: ["staff_side", holder], previous: null });
    // The audit log is append-only and outlives the retention rule: it keeps a digest, not the text.
    expect(audit[0].details).not.toContain("divergent-4410");

    const html = await page(`${meetingPath()}?notice=saved`);
    expect(html).toContain("The meeting's record is saved");
    expect(section(html, entry.code)).toContain(DIVERGENT);
  });

  it("is edited in place: one row, and an audit row that keeps what it said before", async () => {
    const res = await recordForm(entry.nominationId, AGREED, DIVERGENT, ["staff_side"]);
    expect(res.status).toBe(302);
    expect(await app.db.selectFrom("meeting_records").selectAll().where("nomination_id", "=", entry.nominationId).execute()).toHaveLength(1);
    const audit = await auditRows();
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[1].details)).toMatchObject({ agreedPosition: digest(AGREED), heldBy: ["staff_side"], previous: { agreedPosition: digest("A first draft of the position") } });
  });

  it("refuses a divergent view without who holds it, or held by a judge who did not score the entry, keeping what was typed", async () => {
    const noHolder = await recordForm(entry.nominationId, "Changed position", "A view nobody holds", []);
    expect(noHolder.status).toBe(400);
    const html = await readable(noHolder);
    expect(html).toContain("There is a problem");
    expect(html).toContain(`href="#heldBy-${entry.nominationId}"`);
    expect(html).toContain("Choose who holds the divergent view, by judge code or side");
    expect(html).toContain("A view nobody holds");

    const stranger = await recordForm(entry.nominationId, "Changed position", "A view", ["J99"]);
    expect(stranger.status).toBe(400);
    expect(await readable(stranger)).toContain("Choose who holds the divergent view from the judges who scored this entry and the sides");
    const empty = await recordForm(entry.nominationId, "  ", "", []);
    expect(empty.status).toBe(400);
    expect(await readable(empty)).toContain("Enter the panel's agreed position");
    // Nothing changed.
    expect((await app.db.selectFrom("meeting_records").select("agreed_position").where("nomination_id", "=", entry.nominationId).executeTakeFirstOrThrow()).agreed_position).toBe(AGREED);
    expect(await auditRows()).toHaveLength(2);
  });

  it("feeds the shortlist (beside the entry, and the first draft of its rationale) and the results CSV", async () => {
    const html = await page(`/admin/cycles/${cycleId}/shortlist`);
    expect(html).toContain("Run the shortlisting meeting");
    expect(html).toContain(`${DIVERGENT} (held by Staff side (trade union))`);
    expect(html).toMatch(new RegExp(`<textarea[^>]*name="rationale-${entry.nominationId}"[^>]*>${AGREED.replace(/[()]/g, "\\$&")}</textarea>`));

    const csv = (await (await app.request(`/admin/cycles/${cycleId}/results.csv?round=first`, { cookie: admin })).text()).replace(/^\uFEFF/, "");
    const [head, ...rows] = csv.split("\r\n").filter(Boolean);
    expect(head).toContain("meeting: agreed position,meeting: divergent view,meeting: divergent view held by");
    const row = rows.find((r) => r.startsWith(`${entry.code},`))!;
    expect(row).toContain(AGREED);
    expect(row).toContain(`${DIVERGENT},Staff side (trade union)`);
  });
});

describe("no judge sees the meeting", () => {
  it("answers 403 to every judge, for the page, its data, a post and the CSV", async () => {
    for (const email of [CONFLICTED_JUDGE, OTHER_JUDGE]) {
      const cookie = await app.sessionFor(email);
      for (const path of [meetingPath(), `${meetingPath()}.data`, `/admin/cycles/${cycleId}/results.csv?round=first`]) expect((await app.request(path, { cookie })).status, `${email} ${path}`).toBe(403);
      expect((await post(meetingPath(), { intent: "record", nominationId: String(entry.nominationId), [`agreedPosition-${entry.nominationId}`]: "A judge's own view" }, cookie)).status).toBe(403);
    }
    expect((await app.db.selectFrom("meeting_records").select("agreed_position").where("nomination_id", "=", entry.nominationId).executeTakeFirstOrThrow()).agreed_position).toBe(AGREED);
  });

  it("never shows the conflicted judge the discussion of the entry they stepped out for, on any page they can reach", async () => {
    const cookie = await app.sessionFor(CONFLICTED_JUDGE);
    const codes = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
      .select("judging_entries.code")
      .where("judging_assignments.judge_user_id", "=", conflictedJudgeId)
      .execute();
    const paths = ["/judging", "/judging/statement", "/judging/conflicts", "/judging/final", ...codes.flatMap((c) => [`/judging/entries/${c.code}`, `/judging/final/${c.code}`]), `/judging/entries/${entry.code}`];
    let read = 0;
    for (const path of paths) {
      for (const url of [path, `${path}.data`]) {
        const text = await (await app.request(url, { cookie })).text();
        read++;
        for (const secret of ["agreed-7781", "divergent-4410", "Stepping out"]) expect(text, `${url} carries "${secret}"`).not.toContain(secret);
      }
    }
    expect(read).toBeGreaterThan(8);
  });
});

describe("once the shortlist is confirmed", () => {
  beforeAll(async () => {
    const form: Record<string, string> = { intent: "save", method: "normalised", [`pick-${entry.nominationId}`]: "yes", [`rationale-${entry.nominationId}`]: AGREED };
    expect((await post(`/admin/cycles/${cycleId}/shortlist`, form)).status).toBe(302);
    expect((await post(`/admin/cycles/${cycleId}/shortlist`, { intent: "confirm" })).status).toBe(302);
  });

  it("carries the record in the confirmation's audit entry and beside the finalist's rationale", async () => {
    const confirmed = await app.db.selectFrom("audit_log").select("details").where("action", "=", "shortlist.confirmed_unblinded").executeTakeFirstOrThrow();
    expect(JSON.parse(confirmed.details).finalists).toEqual([
      { nominationId: entry.nominationId, code: entry.code, rationale: AGREED, meeting: { agreedPosition: AGREED, divergentView: DIVERGENT, heldBy: ["staff_side"] } },
    ]);
    const html = await page(`/admin/cycles/${cycleId}/shortlist`);
    expect(html).toContain("The shortlist is confirmed");
    expect(html).toContain(`${DIVERGENT} (held by Staff side (trade union))`);
  });

  it("locks the record: the page is read-only, and a change is refused by the page and the model", async () => {
    const html = await page(meetingPath());
    expect(html).toContain("can no longer change");
    expect(html).not.toContain("Save the record for Entry");
    expect(section(html, entry.code)).toContain(DIVERGENT);

    const res = await recordForm(entry.nominationId, "Too late", "", []);
    expect(res.status).toBe(400);
    expect(await readable(res)).toContain("The shortlist has been confirmed, so the meeting's record can no longer change");
    const actorUserId = (await app.db.selectFrom("users").select("id").where("email_normalised", "=", "admin@demo.test").executeTakeFirstOrThrow()).id;
    const direct = await saveMeetingRecord(app.db, { cycleId, nominationId: entry.nominationId, record: { agreedPosition: "Too late", divergentView: "", heldBy: [] }, actorUserId });
    expect(direct.ok).toBe(false);
    expect((await app.db.selectFrom("meeting_records").select("agreed_position").where("nomination_id", "=", entry.nominationId).executeTakeFirstOrThrow()).agreed_position).toBe(AGREED);
    expect(await auditRows()).toHaveLength(2);
  });
});
