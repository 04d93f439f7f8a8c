// Blind judging over HTTP against the real server, with the demo cycle moved on to judging: what the
// demo holds, what a judge can read and score, and that nothing a judge receives names an entrant.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_JUDGES, DEMO_ORGANISATIONS } from "~/domain/demo-accounts";
import { DEMO_NOMINATIONS } from "../../scripts/seed/demo-cycle";
import { sendDueJudgingReminders, remindJudgesNow } from "~/models/judging-reminders.server";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let cycleId: number;

beforeAll(async () => {
  app = await startTestServer({ demoStage: "judging" });
  cycleId = (await app.db.selectFrom("award_cycles").select("id").where("year", "=", 2027).executeTakeFirstOrThrow()).id;
});
afterAll(async () => app.close());

async function judgeId(email: string) {
  return (await app.db.selectFrom("users").select("id").where("email_normalised", "=", email).executeTakeFirstOrThrow()).id;
}

/** The live first-round assignments of a judge: code, nomination and sheet status. */
async function assignmentsOf(email: string) {
  return app.db
    .selectFrom("judging_assignments")
    .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
    .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
    .select(["judging_entries.code", "judging_assignments.nomination_id", "score_sheets.status", "score_sheets.revision"])
    .where("judging_assignments.judge_user_id", "=", await judgeId(email))
    .where("judging_assignments.status", "=", "live")
    .orderBy("judging_entries.code")
    .execute();
}

describe("the demo cycle in judging", () => {
  it("has every complete nomination released under a code, each with three judges from both sides", async () => {
    const entries = await app.db.selectFrom("judging_entries").select(["nomination_id", "code", "status"]).where("cycle_id", "=", cycleId).execute();
    expect(entries).toHaveLength(10);
    expect(entries.every((e) => e.status === "released" && /^[A-Z2-9]{4}$/.test(e.code))).toBe(true);
    const live = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("judge_profiles", "judge_profiles.user_id", "judging_assignments.judge_user_id")
      .select(["judging_assignments.nomination_id", "judge_profiles.side"])
      .where("judging_assignments.cycle_id", "=", cycleId)
      .where("judging_assignments.status", "=", "live")
      .execute();
    for (const e of entries) {
      const sides = live.filter((a) => a.nomination_id === e.nomination_id).map((a) => a.side);
      expect(sides).toHaveLength(3);
      expect(sides).toContain("employer");
      expect(sides).toContain("staff_side");
    }
  });

  it("gives judge.employer1 sheets in every state", async () => {
    const states = (await assignmentsOf("judge.employer1@demo.test")).map((a) => a.status ?? "not_started");
    expect(states).toEqual(expect.arrayContaining(["submitted", "draft", "not_started"]));
  });

  it("never assigns a judge an entry from their own organisation", async () => {
    const rows = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("judge_profiles", "judge_profiles.user_id", "judging_assignments.judge_user_id")
      .innerJoin("nominations", "nominations.id", "judging_assignments.nomination_id")
      .select(["judge_profiles.organisation_id as judge_org", "nominations.organisation_id as entry_org"])
      .where("judging_assignments.status", "=", "live")
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.judge_org === r.entry_org)).toEqual([]);
  });
});

describe("a judge scoring", () => {
  it("sees their entries by code only, in their own order", async () => {
    const cookie = await app.sessionFor("judge.employer2@demo.test");
    const html = await (await app.request("/judging", { cookie })).text();
    const mine = await assignmentsOf("judge.employer2@demo.test");
    for (const a of mine) expect(html).toContain(`Entry ${a.code}`);
  });

  it("cannot open an entry that is not theirs, by changing the code", async () => {
    const cookie = await app.sessionFor("judge.employer2@demo.test");
    const mine = new Set((await assignmentsOf("judge.employer2@demo.test")).map((a) => a.code));
    const other = (await app.db.selectFrom("judging_entries").select("code").execute()).find((e) => !mine.has(e.code))!;
    expect((await app.request(`/judging/entries/${other.code}`, { cookie })).status).toBe(404);
    expect((await app.request(`/judging/entries/${other.code}.data`, { cookie })).status).toBe(404);
    const post = await app.request(`/judging/entries/${other.code}`, { cookie, form: { intent: "save", revision: "0", overall_comment: "x" } });
    expect(post.status).toBe(404);
    expect((await app.request(`/judging/entries/not-a-code`, { cookie })).status).toBe(404);
  });

  it("cannot open an unreleased entry, even when assigned", async () => {
    const cookie = await app.sessionFor("judge.employer3@demo.test");
    const [first] = await assignmentsOf("judge.employer3@demo.test");
    expect((await app.request(`/judging/entries/${first.code}`, { cookie })).status).toBe(200);
    await app.db.updateTable("judging_entries").set({ status: "needs_review" }).where("code", "=", first.code).execute();
    try {
      expect((await app.request(`/judging/entries/${first.code}`, { cookie })).status).toBe(404);
      expect(await (await app.request("/judging", { cookie })).text()).not.toContain(`Entry ${first.code}`);
    } finally {
      await app.db.updateTable("judging_entries").set({ status: "released" }).where("code", "=", first.code).execute();
    }
  });

  it("refuses scores outside the scale and a submission with criteria missing, keeping what was typed", async () => {
    const cookie = await app.sessionFor("judge.employer1@demo.test");
    const draft = (await assignmentsOf("judge.employer1@demo.test")).find((a) => a.status === null)!;
    const criteria = await app.db.selectFrom("cycle_criteria").select(["id", "scale_max"]).where("cycle_id", "=", cycleId).orderBy("position").execute();
    const form: Record<string, string> = { intent: "submit", revision: "0", overall_comment: "Thoughtful <b>work</b>" };
    form[`score_${criteria[0].id}`] = String(criteria[0].scale_max + 1);
    const res = await app.request(`/judging/entries/${draft.code}`, { cookie, form });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("There is a problem");
    expect(html).toContain(`must be from 0 to ${criteria[0].scale_max}`);
    expect(html).toContain(`Enter a score for`);
    expect(html).toContain("Thoughtful &lt;b&gt;work&lt;/b&gt;");
    expect((await assignmentsOf("judge.employer1@demo.test")).find((a) => a.code === draft.code)!.status).toBeNull();
  });

  it("saves a draft, detects a stale save, submits, and then the sheet is locked", async () => {
    const cookie = await app.sessionFor("judge.employer1@demo.test");
    const target = (await assignmentsOf("judge.employer1@demo.test")).find((a) => a.status === null)!;
    const criteria = await app.db.selectFrom("cycle_criteria").select("id").where("cycle_id", "=", cycleId).orderBy("position").execute();
    const form: Record<string, string> = { intent: "autosave", revision: "0", overall_comment: "" };
    criteria.forEach((c, i) => (form[`score_${c.id}`] = String(5 + i)));
    const saved = await app.request(`/judging/entries/${target.code}.data?autosave=1`, { cookie, form });
    expect(saved.status).toBe(200);
    const stale = await app.request(`/judging/entries/${target.code}.data?autosave=1`, { cookie, form });
    expect(stale.status).toBe(409);
    const submit = await app.request(`/judging/entries/${target.code}`, { cookie, form: { ...form, intent: "submit", revision: "1", overall_comment: "A clear and honest entry." } });
    expect(submit.status).toBe(302);
    const after = (await assignmentsOf("judge.employer1@demo.test")).find((a) => a.code === target.code)!;
    expect(after.status).toBe("submitted");
    const again = await app.request(`/judging/entries/${target.code}`, { cookie, form: { ...form, intent: "save", revision: "2", overall_comment: "Changed my mind" } });
    expect(again.status).toBe(403);
    expect(await again.text()).toContain("has been submitted");
    const audit = await app.db.selectFrom("audit_log").select("action").where("target", "like", "score_sheet:%").execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["judging.sheet_saved", "judging.sheet_submitted"]));
  });

  it("refuses scoring after the judging deadline with the reason", async () => {
    const cookie = await app.sessionFor("judge.staffside1@demo.test");
    const [first] = await assignmentsOf("judge.staffside1@demo.test");
    const before = await app.db.selectFrom("award_cycles").select("judging_close_at").where("id", "=", cycleId).executeTakeFirstOrThrow();
    await app.db.updateTable("award_cycles").set({ judging_close_at: new Date(Date.now() - 1000).toISOString() }).where("id", "=", cycleId).execute();
    try {
      const res = await app.request(`/judging/entries/${first.code}`, { cookie, form: { intent: "save", revision: String(first.revision ?? 0), overall_comment: "late" } });
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("The deadline for judging has passed");
    } finally {
      await app.db.updateTable("award_cycles").set({ judging_close_at: before.judging_close_at }).where("id", "=", cycleId).execute();
    }
  });

  it("a judge who has not accepted the statement is sent to it before any entry", async () => {
    const cookie = await app.sessionFor("judge.staffside2@demo.test");
    const [first] = await assignmentsOf("judge.staffside2@demo.test");
    await app.db.deleteFrom("judge_statements").where("judge_user_id", "=", await judgeId("judge.staffside2@demo.test")).execute();
    const res = await app.request(`/judging/entries/${first.code}`, { cookie });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toContain("/judging/statement");
    const refused = await app.request("/judging/statement", { cookie, form: {} });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Confirm that you accept the statement");
    expect((await app.request("/judging/statement", { cookie, form: { accept: "yes" } })).status).toBe(302);
    expect((await app.request(`/judging/entries/${first.code}`, { cookie })).status).toBe(200);
  });

  it("declaring a conflict after assignment leaves the judge's entries as they were, and retires that organisation's (decision 016)", async () => {
    const email = "judge.staffside3@demo.test";
    const cookie = await app.sessionFor(email);
    const [first] = await assignmentsOf(email);
    // Each answer carries its own script nonce (decision 018), which says nothing about the entries.
    const list = async () => (await (await app.request("/judging", { cookie })).text()).replace(/nonce="[^"]*"/g, 'nonce="N"');
    const listBefore = await list();
    const nomination = await app.db.selectFrom("nominations").select("organisation_id").where("id", "=", first.nomination_id).executeTakeFirstOrThrow();
    const res = await app.request("/judging/conflicts", { cookie, form: { intent: "declare", organisationId: String(nomination.organisation_id), kind: "worked_for_last_3_years" } });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/judging/conflicts?notice=declared-late");
    expect((await app.request(`/judging/entries/${first.code}`, { cookie })).status).toBe(200);
    expect(await list()).toBe(listBefore);
    expect((await assignmentsOf(email)).map((a) => a.code)).not.toContain(first.code);
    const retired = await app.db.selectFrom("judging_assignments").select("status").where("nomination_id", "=", first.nomination_id).where("judge_user_id", "=", await judgeId(email)).executeTakeFirstOrThrow();
    expect(retired.status).toBe("retired");
    const personal = await app.request("/judging/conflicts", { cookie, form: { intent: "declare", organisationId: String(nomination.organisation_id), kind: "personal_connection" } });
    expect(personal.status).toBe(400);
    expect(await personal.text()).toContain("Say briefly what the personal connection is");
  });

  it("recusal ends the assignment, records the reason and gives the entry to a free judge", async () => {
    const email = "judge.employer3@demo.test";
    const cookie = await app.sessionFor(email);
    const target = (await assignmentsOf(email)).find((a) => a.status !== "submitted")!;
    const before = await app.db.selectFrom("judging_assignments").select("judge_user_id").where("nomination_id", "=", target.nomination_id).where("status", "=", "live").execute();
    const empty = await app.request(`/judging/entries/${target.code}/recuse`, { cookie, form: { reason: "" } });
    expect(empty.status).toBe(400);
    const res = await app.request(`/judging/entries/${target.code}/recuse`, { cookie, form: { reason: "I think I know this organisation" } });
    expect(res.status).toBe(302);
    expect((await app.request(`/judging/entries/${target.code}`, { cookie })).status).toBe(404);
    const ended = await app.db
      .selectFrom("judging_assignments")
      .select(["status", "ended_reason"])
      .where("nomination_id", "=", target.nomination_id)
      .where("judge_user_id", "=", await judgeId(email))
      .executeTakeFirstOrThrow();
    expect(ended).toEqual({ status: "recused", ended_reason: "I think I know this organisation" });
    const after = await app.db.selectFrom("judging_assignments").select(["judge_user_id", "source"]).where("nomination_id", "=", target.nomination_id).where("status", "=", "live").execute();
    expect(after).toHaveLength(before.length);
    expect(after.some((a) => a.source === "replacement")).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The leak test: everything a judge can receive, checked against every identifying string of every
// demo entry. It reads each route's HTML, its route data, error pages and the judges' e-mails.

function identifyingStrings(): string[] {
  const found = new Set<string>();
  const add = (s: string | null | undefined) => {
    if (s && s.trim().length >= 3) found.add(s.trim());
  };
  for (const o of DEMO_ORGANISATIONS) {
    add(o.name);
    add(o.shortName);
    add(o.odsCode);
    for (const a of o.aliases) add(a);
  }
  for (const n of DEMO_NOMINATIONS) {
    add(n.employer.name);
    add(n.staff.name);
    for (const t of n.identifying) add(t);
  }
  return [...found];
}

async function dbIdentifyingStrings(): Promise<string[]> {
  const rows = await app.db
    .selectFrom("nominations")
    .select(["employer_lead_email", "staff_lead_email", "employer_lead_name", "staff_lead_name", "reference"])
    .where("cycle_id", "=", cycleId)
    .execute();
  const members = await app.db
    .selectFrom("users")
    .innerJoin("memberships", "memberships.user_id", "users.id")
    .select(["users.name", "users.email"])
    .execute();
  return [
    ...rows.flatMap((r) => [r.employer_lead_email, r.staff_lead_email, r.employer_lead_name, r.staff_lead_name, r.reference]),
    ...members.flatMap((m) => [m.name, m.email]),
  ].filter((s): s is string => !!s && s.length >= 3);
}

/** The practice entry's organisation as the archive spells it, and the people of the nomination it was published from. */
async function practiceIdentifyingStrings(): Promise<string[]> {
  const practice = await app.db
    .selectFrom("practice_entries")
    .innerJoin("archive_entries", "archive_entries.id", "practice_entries.archive_entry_id")
    .leftJoin("case_study_drafts", "case_study_drafts.archive_entry_id", "archive_entries.id")
    .leftJoin("nominations", "nominations.id", "case_study_drafts.nomination_id")
    .select(["archive_entries.organisation_name", "nominations.employer_lead_name", "nominations.staff_lead_name"])
    .where("practice_entries.cycle_id", "=", cycleId)
    .executeTakeFirstOrThrow();
  return [practice.organisation_name, practice.employer_lead_name, practice.staff_lead_name].filter((s): s is string => !!s && s.length >= 3);
}

function leaks(text: string, strings: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return strings.filter((s) => {
    // Acronyms and codes are matched as whole words and in capitals; names anywhere, in any case.
    if (/^[A-Z0-9]{3,6}$/.test(s)) return new RegExp(`\\b${s}\\b`).test(text);
    return lower.includes(s.toLowerCase());
  });
}

describe("nothing a judge receives names an entrant", () => {
  it("has something to look for (the check itself is not empty)", async () => {
    expect(identifyingStrings().length).toBeGreaterThan(40);
    expect(leaks("Report from Northmoor Valley NHS Foundation Trust", identifyingStrings())).not.toEqual([]);
    expect(leaks("by NVFT staff", identifyingStrings())).toContain("NVFT");
  });

  it("in the pages, route data, error pages and e-mails of every judge", async () => {
    const strings = [...identifyingStrings(), ...(await dbIdentifyingStrings()), ...(await practiceIdentifyingStrings())];
    const problems: string[] = [];
    const allCodes = (await app.db.selectFrom("judging_entries").select("code").execute()).map((e) => e.code);
    const check = (where: string, text: string) => {
      for (const s of leaks(text, strings)) problems.push(`${where}: "${s}"`);
    };
    const criteria = await app.db.selectFrom("cycle_criteria").select("id").where("cycle_id", "=", cycleId).execute();
    for (const judge of DEMO_JUDGES) {
      const cookie = await app.sessionFor(judge.email);
      const mine = await assignmentsOf(judge.email);
      // The practice entry (decision 037): a past case study, redacted like any entry.
      const paths = ["/judging", "/judging/statement", "/judging/practice"];
      for (const a of mine) paths.push(`/judging/entries/${a.code}`, `/judging/entries/${a.code}/recuse`, `/judging/entries/${a.code}/check`);
      // Others' codes: the error pages a judge gets by trying them.
      for (const code of allCodes.filter((c) => !mine.some((a) => a.code === c))) paths.push(`/judging/entries/${code}`);
      // The final round's pages, tried with every code before there is a final round (names are shown only then).
      for (const code of allCodes) paths.push(`/judging/final/${code}`, `/judging/final/${code}/check`);
      for (const p of paths) {
        check(`${judge.email} GET ${p}`, await (await app.request(p, { cookie })).text());
        check(`${judge.email} GET ${p}.data`, await (await app.request(`${p}.data`, { cookie })).text());
      }
      // An invalid save, whose answer carries the form back.
      for (const a of mine) {
        const form: Record<string, string> = { intent: "submit", revision: String(a.revision ?? 0), overall_comment: "" };
        for (const c of criteria) form[`score_${c.id}`] = "99";
        check(`${judge.email} POST /judging/entries/${a.code}`, await (await app.request(`/judging/entries/${a.code}.data`, { cookie, form })).text());
      }
      // An invalid practice save, whose answer carries the form back.
      const practiceForm: Record<string, string> = { intent: "submit", revision: "0", overall_comment: "" };
      for (const c of criteria) practiceForm[`score_${c.id}`] = "99";
      check(`${judge.email} POST /judging/practice`, await (await app.request("/judging/practice.data", { cookie, form: practiceForm })).text());
      // The conflicts page lists every organisation to choose from (public knowledge, and needed to
      // declare a conflict): there, only people, e-mail addresses and entrants' terms are checked.
      const orgStrings = new Set(DEMO_ORGANISATIONS.flatMap((o) => [o.name, o.shortName, o.odsCode, ...o.aliases]));
      const conflicts = await (await app.request("/judging/conflicts", { cookie })).text();
      for (const s of leaks(conflicts, strings.filter((s) => !orgStrings.has(s)))) problems.push(`${judge.email} GET /judging/conflicts: "${s}"`);
    }
    // The judges' e-mails: a reminder sent now, and the scheduled one 3 days before the deadline.
    const admin = (await app.db.selectFrom("users").select("id").where("email_normalised", "=", "admin@demo.test").executeTakeFirstOrThrow()).id;
    expect(await remindJudgesNow(app.db, { cycleId, actorUserId: admin })).toBeGreaterThan(0);
    const close = (await app.db.selectFrom("award_cycles").select("judging_close_at").where("id", "=", cycleId).executeTakeFirstOrThrow()).judging_close_at!;
    expect((await sendDueJudgingReminders(app.db, new Date(Date.parse(close) - 2 * 24 * 3600_000))).length).toBeGreaterThan(0);
    const judgeMail = (await app.outbox()).filter((m) => DEMO_JUDGES.some((j) => m.to.includes(j.email)));
    expect(judgeMail.length).toBeGreaterThan(0);
    for (const m of judgeMail) check(`e-mail to ${m.to}: ${m.subject}`, `${m.subject}\n${m.text}`);
    expect(problems).toEqual([]);
  });
});

describe("reminders to judges", () => {
  it("the 3-day reminder goes once to each judge with unfinished sheets, however many runners race", async () => {
    await app.db.deleteFrom("judging_reminders_sent").execute();
    const close = (await app.db.selectFrom("award_cycles").select("judging_close_at").where("id", "=", cycleId).executeTakeFirstOrThrow()).judging_close_at!;
    const at = new Date(Date.parse(close) - 2 * 24 * 3600_000);
    const before = (await app.outbox()).length;
    const [a, b] = await Promise.all([sendDueJudgingReminders(app.db, at), sendDueJudgingReminders(app.db, at)]);
    const sent = [...a, ...b];
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent.map((s) => s.judgeId)).size).toBe(sent.length);
    const mails = (await app.outbox()).slice(before);
    expect(mails).toHaveLength(sent.length);
    expect(mails.every((m) => m.subject.includes("judging closes in 3 days"))).toBe(true);
    expect(await sendDueJudgingReminders(app.db, at)).toEqual([]);
  });

  it("is not sent more than 3 days before the deadline", async () => {
    await app.db.deleteFrom("judging_reminders_sent").execute();
    const close = (await app.db.selectFrom("award_cycles").select("judging_close_at").where("id", "=", cycleId).executeTakeFirstOrThrow()).judging_close_at!;
    expect(await sendDueJudgingReminders(app.db, new Date(Date.parse(close) - 4 * 24 * 3600_000))).toEqual([]);
  });
});

describe("redaction follows the entrant's text", () => {
  it("a change to the text takes the entry back to review, hidden from judges until released again", async () => {
    const { refreshJudgingEntry } = await import("~/models/judging-entries.server");
    const entry = await app.db.selectFrom("judging_entries").select(["nomination_id", "code", "redacted"]).where("cycle_id", "=", cycleId).orderBy("code").executeTakeFirstOrThrow();
    const answer = await app.db.selectFrom("nomination_answers").select(["section_id", "text"]).where("nomination_id", "=", entry.nomination_id).executeTakeFirstOrThrow();
    await app.db
      .updateTable("nomination_answers")
      .set({ text: `${answer.text} Ask Quentin Marsh at qm@example.nhs.uk.` })
      .where("nomination_id", "=", entry.nomination_id)
      .where("section_id", "=", answer.section_id)
      .execute();
    expect(await refreshJudgingEntry(app.db, { nominationId: entry.nomination_id, cycleId, actorUserId: null })).toBe("rebuilt");
    const after = await app.db.selectFrom("judging_entries").select(["status", "redacted"]).where("nomination_id", "=", entry.nomination_id).executeTakeFirstOrThrow();
    expect(after.status).toBe("needs_review");
    expect(after.redacted).not.toContain("qm@example.nhs.uk");
    expect(after.redacted).toContain("[contact]");
    expect(await refreshJudgingEntry(app.db, { nominationId: entry.nomination_id, cycleId, actorUserId: null })).toBe("unchanged");
  });

  /** The cycle's judging entry last by code, with its organisation. */
  const lastEntryByCode = () =>
    app.db
      .selectFrom("judging_entries")
      .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
      .select(["judging_entries.nomination_id", "nominations.organisation_id"])
      .where("judging_entries.cycle_id", "=", cycleId)
      .orderBy("judging_entries.code", "desc")
      .executeTakeFirstOrThrow();

  it("hides the register's former names, merged predecessors and headquarters site, and flags its town", async () => {
    const { refreshJudgingEntry, getRedactionReview } = await import("~/models/judging-entries.server");
    const entry = await lastEntryByCode();
    const now = new Date().toISOString();
    await app.db.updateTable("organisations").set({ site: "Quillbrook Infirmary", town: "Zedchester" }).where("id", "=", entry.organisation_id).execute();
    await app.db.insertInto("organisation_aliases").values({ organisation_id: entry.organisation_id, alias: "Yarrowdale Health NHS Trust", kind: "former_name" }).execute();
    await app.db
      .insertInto("organisations")
      .values({ name: "Xanthe Vale Community NHS Trust", short_name: null, slug: "xanthe-vale-test", type: "community", region: null, ods_code: null, created_at: now, updated_at: now, successor_id: entry.organisation_id, closed_on: "2020-03-31" })
      .execute();
    const answer = await app.db.selectFrom("nomination_answers").select(["section_id", "text"]).where("nomination_id", "=", entry.nomination_id).executeTakeFirstOrThrow();
    await app.db
      .updateTable("nomination_answers")
      .set({ text: `${answer.text} Once Yarrowdale Health (YHT), merged with Xanthe Vale in 2020, based at Quillbrook Infirmary in Zedchester.` })
      .where("nomination_id", "=", entry.nomination_id)
      .where("section_id", "=", answer.section_id)
      .execute();
    await refreshJudgingEntry(app.db, { nominationId: entry.nomination_id, cycleId, actorUserId: null });
    const after = await app.db.selectFrom("judging_entries").select("redacted").where("nomination_id", "=", entry.nomination_id).executeTakeFirstOrThrow();
    for (const gone of ["Yarrowdale", "YHT", "Xanthe", "Quillbrook"]) expect(after.redacted, gone).not.toContain(gone);
    const review = await getRedactionReview(app.db, entry.nomination_id);
    expect(JSON.stringify(review)).toContain("headquarters town: Zedchester");
  });

  it("hides a closed trust the register ties to the entrant by its ICB, with no successor recorded; one of another ICB stays flagged", async () => {
    const { refreshJudgingEntry, getRedactionReview } = await import("~/models/judging-entries.server");
    const entry = await lastEntryByCode();
    const now = new Date().toISOString();
    await app.db.updateTable("organisations").set({ icb_code: "QZZ", opened_on: "2001-04-01", postcode: "ZZ1 1ZZ" }).where("id", "=", entry.organisation_id).execute();
    const closed = { short_name: null, type: "acute" as const, region: null, ods_code: null, created_at: now, updated_at: now, closed_on: "2019-03-31" };
    await app.db
      .insertInto("organisations")
      .values([
        { ...closed, name: "Wendlebury Hospitals NHS Trust", slug: "wendlebury-test", icb_code: "QZZ", postcode: "ZZ9 9ZZ" },
        { ...closed, name: "Ottercombe Hospitals NHS Trust", slug: "ottercombe-test", icb_code: "QYY", postcode: "YY9 9YY" },
      ])
      .execute();
    const answer = await app.db.selectFrom("nomination_answers").select(["section_id", "text"]).where("nomination_id", "=", entry.nomination_id).executeTakeFirstOrThrow();
    await app.db
      .updateTable("nomination_answers")
      .set({ text: `${answer.text} Staff of Wendlebury Hospitals NHS Trust joined us in 2019; Ottercombe Hospitals NHS Trust shared its rotas.` })
      .where("nomination_id", "=", entry.nomination_id)
      .where("section_id", "=", answer.section_id)
      .execute();
    await refreshJudgingEntry(app.db, { nominationId: entry.nomination_id, cycleId, actorUserId: null });
    const after = await app.db.selectFrom("judging_entries").select("redacted").where("nomination_id", "=", entry.nomination_id).executeTakeFirstOrThrow();
    expect(after.redacted).not.toContain("Wendlebury");
    expect(after.redacted).toContain("Ottercombe Hospitals NHS Trust");
    const review = await getRedactionReview(app.db, entry.nomination_id);
    expect(JSON.stringify(review)).toContain("names another NHS organisation: Ottercombe Hospitals NHS Trust");
  });
});

// A long entry written the way trust staff write (as the corpus in scripts/bench/redaction-corpus/
// is): 600+ words, names and short forms, possessives, people by full name, title and first name,
// handles, hashtags, contact details, hard line breaks and an ALL-CAPS heading.
const LONG_ENTRY = [
  "HOW IT STARTED",
  "In the spring of 2024 the staff side at Northmoor Valley NHS Foundation Trust asked a simple question at the Joint Negotiating and Consultative Committee: why do the people who work nights find out about rota changes last? Priya Shah, our Chief People Officer, and Owen Lloyd, UNISON branch secretary, agreed to answer it together rather than separately, and the answer became this programme.",
  "Northmoor Valley’s first step was a listening exercise. Stewards from UNISON, the RCN and the GMB ran drop-in sessions on every ward at Northmoor General Hospital, at two in the morning as well as at two in the afternoon, and more than 1,400 colleagues told us what made rostering unfair. Ms Shah joined eleven of those sessions herself; Mr Lloyd joined fourteen.",
  "WHAT WE DID",
  "The working group had equal numbers from management and the staff side. It met fortnightly for a year, and every decision was made by consensus. Where we could not agree, we went back to the wards and asked again. Priya insisted that the minutes went to every ward within two days, and Owen made sure the stewards could explain them.",
  "NVFT's rostering policy was rewritten line by line. Rotas are now published eight weeks ahead; short-notice changes need the agreement of the person affected; nights and weekends are shared out by rules that anyone can read. The rules were tested with the staff networks for carers and disabled staff, who found three ways the first draft would have disadvantaged part-time colleagues, and we changed them.",
  "We told the story as we went, on @NorthmoorValleyNHS and under #TeamNorthmoorValley, so that colleagues on other sites could see what was coming and ask questions before it reached them. Questions could also go to partnership@northmoor-valley.nhs.uk or to the partnership office on 01632 960 123, at Northmoor General Hospital, Valley Road, NV1 2AB.",
  "WHAT CHANGED",
  "Across the 14 wards that now roster this way, short-notice changes fell from an average of 31 a month to 9. Sickness absence fell from 6.1 per cent to 4.8 per cent over a year. Turnover of healthcare support workers fell from 18 per cent to 11 per cent, and bank and agency spend on the pilot wards fell by £412,000 in the first year. In the NHS Staff Survey, the share of colleagues who say they can balance work and home life rose by 14 points.",
  "Just as important, the way the Northmoor Valley FT board and the staff side work together changed. Disagreements now come to the JNCC early, as questions, not late, as grievances. When the trust had to make savings in 2025, the staff side was in the room from the first meeting, and the changes that followed were agreed without a single formal dispute.",
  "WHAT WE LEARNED",
  "We learned that fairness rules matter more than software. Staff accepted self-rostering once they could see that nights and weekends were shared out openly, and once they knew that a steward had helped to write the rules. We learned that managers need time to learn a new way of working: we gave every ward manager two protected days, and Owen Lloyd ran the sessions with a ward manager beside him each time.",
  "We learned, too, that a partnership needs people who will say the hard thing. Priya Shah has said more than once that the programme would have failed without the stewards who told her, in public, that the first draft was not good enough. NVFT is a better employer because they did.",
  "SHARING IT",
  "We have shared the rules and the toolkit through the regional social partnership forum, at an NHS Employers webinar and with the RCN's regional board. Two neighbouring trusts have adopted them, and we have offered to visit any organisation that wants to try. The approach would work on any ward or department with a stable team of twenty or more, in any part of the NHS, with any mix of unions.",
  "Ms Shah and Mr Lloyd will gladly talk to anyone who wants to know more.",
].join("\n");

describe("the leak test on a long entry written like a real one", () => {
  it("shows a judge none of the names, people, short forms, handles or contact details in it", async () => {
    const { refreshJudgingEntry, setJudgingEntryStatus, undecidedFlags } = await import("~/models/judging-entries.server");
    const { decideFlag } = await import("~/models/flag-decisions.server");
    expect(LONG_ENTRY.split(/\s+/).length).toBeGreaterThanOrEqual(600);
    const northmoor = DEMO_ORGANISATIONS.find((o) => o.shortName === "Northmoor Valley")!;
    const entry = await app.db
      .selectFrom("judging_entries")
      .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
      .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
      .select(["judging_entries.nomination_id", "judging_entries.code"])
      .where("organisations.name", "=", northmoor.name)
      // The long entry names Priya Shah and Owen Lloyd: the nomination they lead, not another of Northmoor's.
      .where("nominations.employer_lead_name", "=", "Priya Shah")
      .where("judging_entries.cycle_id", "=", cycleId)
      .executeTakeFirstOrThrow();
    const answer = await app.db.selectFrom("nomination_answers").select(["section_id", "text"]).where("nomination_id", "=", entry.nomination_id).orderBy("section_id").executeTakeFirstOrThrow();
    await app.db.updateTable("nomination_answers").set({ text: LONG_ENTRY }).where("nomination_id", "=", entry.nomination_id).where("section_id", "=", answer.section_id).execute();
    const admin = (await app.db.selectFrom("users").select("id").where("email_normalised", "=", "admin@demo.test").executeTakeFirstOrThrow()).id;
    await refreshJudgingEntry(app.db, { nominationId: entry.nomination_id, cycleId, actorUserId: admin });
    for (const flagKey of await undecidedFlags(app.db, entry.nomination_id)) await decideFlag(app.db, { nominationId: entry.nomination_id, flagKey, decision: "keep", actorUserId: admin });
    expect(await setJudgingEntryStatus(app.db, { nominationId: entry.nomination_id, status: "released", actorUserId: admin })).toEqual({ ok: true });
    const judge = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("users", "users.id", "judging_assignments.judge_user_id")
      .select("users.email_normalised")
      .where("judging_assignments.nomination_id", "=", entry.nomination_id)
      .where("judging_assignments.status", "=", "live")
      .executeTakeFirstOrThrow();
    const cookie = await app.login(judge.email_normalised);
    const strings = [
      ...identifyingStrings(),
      ...(await dbIdentifyingStrings()),
      "Priya", "Shah", "Owen", "Lloyd", "NorthmoorValley", "northmoor-valley", "01632 960 123", "NV1 2AB",
    ];
    for (const p of [`/judging/entries/${entry.code}`, `/judging/entries/${entry.code}.data`]) {
      const text = await (await app.request(p, { cookie })).text();
      expect(text).toContain("fairness rules matter more than software"); // the entry itself is there
      expect(leaks(text, strings), p).toEqual([]);
    }
  });
});

describe("a judge checks their answers before submitting", () => {
  it("goes from a complete sheet to a check of every score and comment, with change links, and submits from there", async () => {
    const email = "judge.employer3@demo.test";
    const cookie = await app.sessionFor(email);
    const target = (await assignmentsOf(email)).find((a) => a.status === null || a.status === "draft")!;
    expect(target).toBeDefined();
    const criteria = await app.db.selectFrom("cycle_criteria").select(["id", "title", "scale_max"]).where("cycle_id", "=", cycleId).where("round", "=", "first").orderBy("position").execute();
    const sheet = `/judging/entries/${target.code}`;
    expect(await (await app.request(sheet, { cookie })).text()).toContain(">Continue to check your scores</button>");

    // An unfinished sheet does not go on: the errors are on the sheet, as for a submission.
    const form: Record<string, string> = { intent: "check", revision: String(target.revision ?? 0), overall_comment: "" };
    criteria.forEach((c, i) => (form[`score_${c.id}`] = String(Math.min(c.scale_max, 3 + i))));
    form[`comment_${criteria[0].id}`] = "Strong joint ownership.";
    const unfinished = await app.request(sheet, { cookie, form });
    expect(unfinished.status).toBe(400);
    expect(await unfinished.text()).toContain("There is a problem");

    const onward = await app.request(sheet, { cookie, form: { ...form, overall_comment: "A clear and honest entry." } });
    expect(onward.status).toBe(302);
    expect(onward.headers.get("location")).toBe(`${sheet}/check`);
    // Saved, not submitted.
    const saved = (await assignmentsOf(email)).find((a) => a.code === target.code)!;
    expect(saved.status).toBe("draft");

    const check = (await (await app.request(`${sheet}/check`, { cookie })).text()).replaceAll("<!-- -->", "");
    expect(check).toContain("<h1>Check your scores before submitting them</h1>");
    criteria.forEach((c, i) => {
      expect(check).toContain(`${Math.min(c.scale_max, 3 + i)} out of ${c.scale_max}`);
      expect(check).toContain(`href="${sheet}#score_${c.id}"`);
      expect(check).toContain(`href="${sheet}#comment_${c.id}"`);
    });
    expect(check).toContain("Strong joint ownership.");
    expect(check).toContain("A clear and honest entry.");
    expect(check).toContain(`href="${sheet}#overall_comment"`);

    // A change made in another tab after the check was shown: nothing is submitted.
    const elsewhere = await app.request(`${sheet}.data?autosave=1`, { cookie, form: { ...form, intent: "autosave", revision: String(saved.revision), overall_comment: "Changed elsewhere." } });
    expect(elsewhere.status).toBe(200);
    const stale = await app.request(`${sheet}/check`, { cookie, form: { revision: String(saved.revision) } });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("Check your scores again");
    expect((await assignmentsOf(email)).find((a) => a.code === target.code)!.status).toBe("draft");

    const submitted = await app.request(`${sheet}/check`, { cookie, form: { revision: String(saved.revision! + 1) } });
    expect(submitted.status).toBe(302);
    expect(submitted.headers.get("location")).toBe("/judging?notice=submitted");
    expect((await assignmentsOf(email)).find((a) => a.code === target.code)!.status).toBe("submitted");
    const stored = await app.db.selectFrom("score_sheets").innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id").select("score_sheets.overall_comment").where("judging_assignments.nomination_id", "=", target.nomination_id).where("judging_assignments.judge_user_id", "=", await judgeId(email)).executeTakeFirstOrThrow();
    expect(stored.overall_comment).toBe("Changed elsewhere.");
    // A submitted sheet has nothing left to check.
    const after = await app.request(`${sheet}/check`, { cookie });
    expect(after.status).toBe(302);
    expect(after.headers.get("location")).toBe(sheet);
  });
});
