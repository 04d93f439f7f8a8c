// The secretariat's decisions on flags, over the real server with a cycle in judging that the test makes
// (three organisations' entries, released and assigned to two judges a side): an entry
// is released only when every flagged phrase is hidden or kept, a decision outlives a change to the
// text, every reviewed entry is released with one confirm, and a judge is shown nothing beside the
// text that narrows the field (decision 024).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideFlag } from "~/models/flag-decisions.server";
import { refreshJudgingEntry, setJudgingEntryStatus, undecidedFlags } from "~/models/judging-entries.server";
import { ORGANISATION_TYPE_LABELS } from "~/domain/vocabulary";
import { confirmAssignment } from "~/models/assignments.server";
import { makeJudgingRound, type Person } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let cycleId: number;
let adminId: number;
let adminEmail: string;
let judges: Person[];
let organisations: { name: string; region?: string | null }[];

beforeAll(async () => {
  app = await startTestServer({ demo: false });
  const round = await makeJudgingRound(app.db, { organisations: 3, judgesPerSide: 2 });
  cycleId = round.cycle.id;
  ({ id: adminId, email: adminEmail } = round.admin);
  judges = [...round.employerJudges, ...round.staffSideJudges];
  organisations = round.entries.map((e) => e.organisation);
  const assigned = await confirmAssignment(app.db, { cycleId, seed: 1, actorUserId: adminId });
  if (!assigned.ok) throw new Error(assigned.problems.join("; "));
}, 180_000);
afterAll(async () => app.close());

/** An entry of the cycle with its organisation, and another organisation's name to flag. */
async function entryAt(index: number) {
  const entries = await app.db
    .selectFrom("judging_entries")
    .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select(["judging_entries.nomination_id", "judging_entries.code", "organisations.name"])
    .where("judging_entries.cycle_id", "=", cycleId)
    .orderBy("judging_entries.code")
    .execute();
  const entry = entries[index];
  const other = organisations.find((o) => o.name !== entry.name)!.name;
  return { ...entry, other };
}

async function appendToSummary(nominationId: number, more: string) {
  const answer = await app.db.selectFrom("nomination_answers").select(["section_id", "text"]).where("nomination_id", "=", nominationId).orderBy("section_id").executeTakeFirstOrThrow();
  await app.db.updateTable("nomination_answers").set({ text: `${answer.text} ${more}` }).where("nomination_id", "=", nominationId).where("section_id", "=", answer.section_id).execute();
  await refreshJudgingEntry(app.db, { nominationId, cycleId, actorUserId: null });
}

const statusOf = async (nominationId: number) =>
  (await app.db.selectFrom("judging_entries").select("status").where("nomination_id", "=", nominationId).executeTakeFirstOrThrow()).status;

describe("an entry with flags", () => {
  it("is refused release while a flag is undecided, with the number left, and released once each is kept", async () => {
    const e = await entryAt(0);
    await appendToSummary(e.nomination_id, `We visited ${e.other} to learn how they did it.`);
    expect(await statusOf(e.nomination_id)).toBe("needs_review");
    const left = await undecidedFlags(app.db, e.nomination_id);
    expect(left.length).toBeGreaterThan(0);
    const refused = await setJudgingEntryStatus(app.db, { nominationId: e.nomination_id, status: "released", actorUserId: adminId });
    expect(refused).toEqual({ ok: false, problem: expect.stringMatching(/still to decide/) });
    expect(await statusOf(e.nomination_id)).toBe("needs_review");
    // The review page says how many remain, and refuses the release in the NHS error summary.
    const cookie = await app.sessionFor(adminEmail);
    const path = `/admin/cycles/${cycleId}/judging/entries/${e.nomination_id}`;
    expect(await (await app.request(path, { cookie })).text()).toMatch(/flags? still to decide/);
    const post = await app.request(path, { cookie, form: { intent: "release" }, headers: { Origin: app.url } });
    expect(post.status).toBe(400);
    expect(await post.text()).toContain("still to decide");
    for (const flagKey of left) {
      const res = await app.request(path, { cookie, form: { intent: "decide-flag", flagKey, decision: "keep" }, headers: { Origin: app.url } });
      expect(res.status).toBe(302);
    }
    const audit = await app.db.selectFrom("audit_log").select("details").where("action", "=", "judging.flag_decided").where("target", "=", `nomination:${e.nomination_id}`).execute();
    expect(audit.length).toBeGreaterThanOrEqual(left.length);
    expect(await setJudgingEntryStatus(app.db, { nominationId: e.nomination_id, status: "released", actorUserId: adminId })).toEqual({ ok: true });
  });

  it("keeps a decision when the text changes, and a new phrase starts undecided", async () => {
    const e = await entryAt(0);
    expect(await undecidedFlags(app.db, e.nomination_id)).toEqual([]);
    await appendToSummary(e.nomination_id, `Again, ${e.other.toUpperCase()} helped.`);
    expect(await statusOf(e.nomination_id)).toBe("needs_review");
    expect(await undecidedFlags(app.db, e.nomination_id)).toEqual([]);
    const third = organisations.find((o) => o.name !== e.name && o.name !== e.other)!.name;
    await appendToSummary(e.nomination_id, `And ${third} joined in.`);
    expect(await undecidedFlags(app.db, e.nomination_id)).toHaveLength(1);
  });

  it("hides a flagged phrase from judges as a term added at review", async () => {
    const e = await entryAt(0);
    const [flagKey] = await undecidedFlags(app.db, e.nomination_id);
    const third = organisations.find((o) => o.name !== e.name && o.name !== e.other)!.name;
    expect(await decideFlag(app.db, { nominationId: e.nomination_id, flagKey, decision: "hide", actorUserId: adminId })).toEqual({ ok: true, matched: third });
    const after = await app.db.selectFrom("judging_entries").select("redacted").where("nomination_id", "=", e.nomination_id).executeTakeFirstOrThrow();
    expect(after.redacted).not.toContain(third);
    const terms = await app.db.selectFrom("redaction_terms").select(["text", "kind"]).where("nomination_id", "=", e.nomination_id).execute();
    expect(terms).toContainEqual({ text: third, kind: "organisation" });
    expect(await undecidedFlags(app.db, e.nomination_id)).toEqual([]);
  });
});

describe("releasing every reviewed entry", () => {
  it("summarises what is ready and what is not, and releases the ready ones with one confirm, all in one go", async () => {
    const ready = await entryAt(0); // every flag decided, waiting for review
    const notReady = await entryAt(1);
    await appendToSummary(notReady.nomination_id, `We shared the rota with ${notReady.other}.`);
    expect(await undecidedFlags(app.db, notReady.nomination_id)).not.toEqual([]);
    const cookie = await app.sessionFor(adminEmail);
    const path = `/admin/cycles/${cycleId}/judging/release`;
    const html = await (await app.request(path, { cookie })).text();
    expect(html).toContain("Ready to release: 1 entry");
    expect(html).toContain("Not ready: 1 entry");
    expect(html).toContain(ready.code);
    expect(html).toContain(notReady.code);
    // A confirm for a summary that is no longer true releases nothing.
    const stale = await app.request(path, { cookie, form: { nominationId: String(notReady.nomination_id) }, headers: { Origin: app.url } });
    expect(stale.status).toBe(400);
    expect(await statusOf(ready.nomination_id)).toBe("needs_review");
    const res = await app.request(path, { cookie, form: { nominationId: String(ready.nomination_id) }, headers: { Origin: app.url } });
    expect(res.status).toBe(302);
    expect(await statusOf(ready.nomination_id)).toBe("released");
    expect(await statusOf(notReady.nomination_id)).toBe("needs_review");
    const together = await app.db.selectFrom("audit_log").select(["details", "actor_user_id"]).where("action", "=", "judging.reviewed_entries_released").executeTakeFirstOrThrow();
    expect(together.actor_user_id).toBe(adminId);
    expect(JSON.parse(together.details)).toMatchObject({ released: 1, codes: [ready.code] });
    // Only the secretariat: a judge is refused.
    const judge = await app.sessionFor(judges[0].email);
    expect((await app.request(path, { cookie: judge })).status).toBe(403);
  });
});

describe("a judge is shown nothing beside the text that narrows the field", () => {
  it("no region, organisation type, submission time, word count or file name in any judge page or its route data", async () => {
    const nominations = await app.db.selectFrom("nominations").select(["submitted_at", "updated_at", "created_at"]).where("cycle_id", "=", cycleId).execute();
    const times = nominations.flatMap((n) => [n.submitted_at, n.updated_at, n.created_at]).filter((t): t is string => !!t);
    const forbidden: [string, RegExp][] = [
      ...[...new Set(organisations.map((o) => o.region!))].map((r): [string, RegExp] => [`region ${r}`, new RegExp(`\\b${r}\\b`)]),
      // "Other" is a word of ordinary text, not a label that narrows anything.
      ...Object.values(ORGANISATION_TYPE_LABELS)
        .filter((l) => l !== "Other")
        .map((l): [string, RegExp] => [`type ${l}`, new RegExp(l, "i")]),
      ...times.map((t): [string, RegExp] => [`time ${t}`, new RegExp(t.slice(0, 16).replace(/[.:]/g, "\\$&"))]),
      ["word count", /\b\d[\d,]* (?:of [\d,]+ )?words\b|"wordCount"|"words"\s*:/i],
      ["file name", /\.(?:pdf|docx?|xlsx?|pptx?|png|jpe?g)\b/i],
      ["submitted field", /"submitted_?at"|"region"|"organisation_?type"/i],
    ];
    // The entrants' own words (the judges' copies) may say anything: what is checked is everything else.
    const copies = (await app.db.selectFrom("judging_entries").select("redacted").where("cycle_id", "=", cycleId).execute()).flatMap((e) => {
      const r = JSON.parse(e.redacted) as { title: string; sections: { text: string }[] };
      return [r.title, ...r.sections.map((s) => s.text)].flatMap((t) => t.split(/\n+/)).filter((l) => l.trim().length > 0);
    });
    const beside = (text: string) => {
      let t = text.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").replace(/\\"/g, '"').replace(/\\n/g, "\n");
      for (const line of copies) t = t.split(line).join(" ");
      // A scrolling table's container is an ARIA region (role="region"): markup, not a field named region.
      return t.replace(/ role="region"/g, " ");
    };
    const problems: string[] = [];
    for (const judge of judges) {
      const cookie = await app.sessionFor(judge.email);
      const codes = await app.db
        .selectFrom("judging_assignments")
        .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
        .innerJoin("users", "users.id", "judging_assignments.judge_user_id")
        .select("judging_entries.code")
        .where("users.id", "=", judge.id)
        .where("judging_assignments.status", "=", "live")
        .execute();
      const paths = ["/judging", "/judging/final", ...codes.flatMap((c) => [`/judging/entries/${c.code}`, `/judging/entries/${c.code}/recuse`])];
      for (const p of paths) {
        for (const url of [p, `${p}.data`]) {
          const text = beside(await (await app.request(url, { cookie })).text());
          for (const [what, re] of forbidden) if (re.test(text)) problems.push(`${judge.email} ${url}: ${what}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
