// The judging overview's list of out-of-date judges' copies and its one rebuild for all, over the real
// server with a cycle in judging that the test makes (three released entries): a copy stored under
// older redaction rules is listed by code, the rebuild makes every such copy current in one go (a
// released one back to review, as one entry's rebuild does) with an audit row, and only an admin may
// see or press it (issue 11; decision 035).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeJudgingRound, type Person } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let cycleId: number;
let admin: string;
let judge: Person;
let entrant: Person;
/** [released and out of date, waiting for review and out of date, released and current] */
let entries: { nominationId: number; code: string }[];
/** Each entry's flag count as its copy was first made. */
const flagCounts = new Map<number, number>();
const OLDER_RULES = "stored under older redaction rules";

beforeAll(async () => {
  app = await startTestServer({ demo: false });
  const round = await makeJudgingRound(app.db, { organisations: 3, judgesPerSide: 1 });
  cycleId = round.cycle.id;
  admin = await app.sessionFor(round.admin.email);
  judge = round.employerJudges[0];
  entrant = round.entries[0].entrant;
  entries = round.entries.map((e) => ({ nominationId: e.nominationId, code: e.code }));
  // Two copies as a release under older rules left them: a source hash that no longer matches, an
  // older text and flag count. The second one had gone back to review.
  for (const r of await rows()) flagCounts.set(r.nomination_id, r.flag_count);
  for (const [i, e] of entries.slice(0, 2).entries()) {
    await app.db
      .updateTable("judging_entries")
      .set({ source_hash: OLDER_RULES, redacted: JSON.stringify({ title: "The older copy", sections: [] }), flag_count: 99, ...(i === 1 ? { status: "needs_review", released_at: null, released_by: null } : {}) })
      .where("nomination_id", "=", e.nominationId)
      .execute();
  }
}, 180_000);
afterAll(async () => app.close());

const overview = () => `/admin/cycles/${cycleId}/judging`;
const entryPath = (nominationId: number) => `${overview()}/entries/${nominationId}`;
const rows = () => app.db.selectFrom("judging_entries").selectAll().where("cycle_id", "=", cycleId).orderBy("nomination_id").execute();
const rowOf = async (nominationId: number) => (await rows()).find((r) => r.nomination_id === nominationId)!;
const auditCount = async () => (await app.db.selectFrom("audit_log").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
const readable = async (res: Response) => (await res.text()).replaceAll("<!-- -->", "");
/** The overview's warning about out-of-date copies, or null when it shows none. */
const warningOf = (html: string) => html.match(/<div class="nhsuk-warning-callout">(?:(?!<div class="nhsuk-warning-callout">)[\s\S])*?out of date[\s\S]*?<\/form><\/div>/)?.[0] ?? null;

describe("out-of-date judges' copies on the judging overview", () => {
  it("are listed by code, each linking to its review page, and a GET writes nothing", async () => {
    const before = { rows: await rows(), audit: await auditCount() };
    const res = await app.request(overview(), { cookie: admin });
    expect(res.status).toBe(200);
    const warning = warningOf(await readable(res));
    expect(warning, "the out-of-date warning").not.toBeNull();
    expect(warning).toContain("2 judges&#x27; copies are out of date");
    expect(warning).toContain("Judges still see the older copy of the released entry");
    for (const e of entries.slice(0, 2)) {
      expect(warning).toContain(`href="${entryPath(e.nominationId)}"`);
      expect(warning).toContain(e.code);
    }
    expect(warning).not.toContain(entries[2].code);
    expect(warning).toContain("Rebuild 2 out-of-date copies");
    expect({ rows: await rows(), audit: await auditCount() }).toEqual(before);
  });

  it("are refused to a judge and an entrant, who change nothing", async () => {
    const before = await rows();
    for (const person of [judge, entrant]) {
      const cookie = await app.sessionFor(person.email);
      expect((await app.request(overview(), { cookie })).status, `GET as ${person.email}`).toBe(403);
      const res = await app.request(overview(), { cookie, form: { intent: "rebuild-copies" }, headers: { Origin: app.url } });
      expect(res.status, `POST as ${person.email}`).toBe(403);
    }
    expect(await rows()).toEqual(before);
  });

  it("are rebuilt together: each made current as one rebuild makes it, the released one back to review, with an audit row", async () => {
    const current = await rowOf(entries[2].nominationId);
    const res = await app.request(overview(), { cookie: admin, form: { intent: "rebuild-copies" }, headers: { Origin: app.url } });
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get("location")).toBe(`${overview()}?notice=copies-rebuilt&rebuilt=2&unreleased=1`);

    for (const e of entries.slice(0, 2)) {
      const row = await rowOf(e.nominationId);
      expect(row.source_hash).not.toBe(OLDER_RULES);
      expect(row.redacted).not.toContain("The older copy");
      expect(row.flag_count).toBe(flagCounts.get(e.nominationId));
      // Judges are given only released entries: the one they had is taken away until it is released again.
      expect(row.status).toBe("needs_review");
      expect(row.released_at).toBeNull();
    }
    expect(await rowOf(entries[2].nominationId)).toEqual(current);

    const audit = await app.db.selectFrom("audit_log").select(["action", "target", "details"]).where("action", "in", ["judging.out_of_date_copies_rebuilt", "judging.redaction_rebuilt"]).orderBy("id").execute();
    expect(audit.filter((a) => a.action === "judging.redaction_rebuilt").map((a) => a.target).sort()).toEqual(entries.slice(0, 2).map((e) => `nomination:${e.nominationId}`).sort());
    const whole = audit.filter((a) => a.action === "judging.out_of_date_copies_rebuilt");
    expect(whole).toHaveLength(1);
    expect(whole[0].target).toBe(`cycle:${cycleId}`);
    expect(JSON.parse(whole[0].details)).toMatchObject({ rebuilt: 2, backToReview: [entries[0].code] });

    const after = await readable(await app.request(res.headers.get("location")!, { cookie: admin }));
    expect(after).toContain("2 copies rebuilt");
    expect(after).toContain("1 of them had been released to judges");
    expect(warningOf(after)).toBeNull();
    // The review page agrees: nothing left to rebuild.
    expect(await readable(await app.request(entryPath(entries[0].nominationId), { cookie: admin }))).not.toContain("is out of date");

    const again = await app.request(overview(), { cookie: admin, form: { intent: "rebuild-copies" }, headers: { Origin: app.url } });
    expect(again.headers.get("location")).toBe(`${overview()}?notice=copies-rebuilt&rebuilt=0&unreleased=0`);
    expect(await readable(await app.request(again.headers.get("location")!, { cookie: admin }))).toContain("No judges&#x27; copy was out of date");
  });
});
