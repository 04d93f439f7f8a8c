// The announcement, over the real server and SQLite: the embargo holds in every non-admin response
// until the announcement time; a time missed while nothing ran is published at the next run; two
// separate processes running the due jobs at once publish once; and the case studies then appear in
// the public archive (past the page cache) with the result e-mails sent once.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmShortlist, recordDecisions, saveShortlist, setFinalPanel } from "~/models/shortlist.server";
import { publishDueAnnouncements } from "~/models/publication.server";
import { NEXT_YEAR, makeJudgingRound } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let cycleId: number;
let admin: number;
let year: number;
let panel: string[];
let round: Awaited<ReturnType<typeof makeJudgingRound>>;
let finalists: { id: number; organisation: string; title: string; entrant: string }[];

const WINNER_RATIONALE = "Embargoed: the panel chose this for the depth of its joint governance (W-7731).";
const COMMENDED_RATIONALE = "Embargoed: highly commended for the rigour of its evaluation (H-5520).";

beforeAll(async () => {
  app = await startTestServer({ demo: false });
  const db = app.db;
  // A cycle in judging with five entries from five organisations, each by its own entrant.
  round = await makeJudgingRound(db, { organisations: 5, judgesPerSide: 1, year: NEXT_YEAR });
  cycleId = round.cycle.id;
  year = round.cycle.year;
  admin = round.admin.id;
  // Four finalists from four different organisations.
  finalists = round.entries.slice(0, 4).map((e) => ({ id: e.nominationId, organisation: e.organisation.name, title: e.title, entrant: e.entrant.email }));
  panel = [round.employerJudges[0].email, round.staffSideJudges[0].email];
  await db.updateTable("award_cycles").set({ stage: "shortlisting", announcement_at: new Date(Date.now() + 3600_000).toISOString() }).where("id", "=", cycleId).execute();
  const saved = await saveShortlist(db, { cycleId, picks: finalists.map((f) => ({ nominationId: f.id, rationale: `Shortlisted: ${f.title}` })), method: "normalised", actorUserId: admin });
  expect(saved).toEqual({ ok: true });
  expect(await confirmShortlist(db, { cycleId, actorUserId: admin })).toMatchObject({ ok: true, finalists: 4 });
  await db.updateTable("award_cycles").set({ stage: "final" }).where("id", "=", cycleId).execute();
  expect(await setFinalPanel(db, { cycleId, judgeIds: [round.employerJudges[0].id, round.staffSideJudges[0].id], actorUserId: admin })).toMatchObject({ ok: true });
  const decided = await recordDecisions(db, {
    cycleId,
    decisions: [
      { nominationId: finalists[0].id, result: "winner", rationale: WINNER_RATIONALE },
      { nominationId: finalists[1].id, result: "highly_commended", rationale: COMMENDED_RATIONALE },
    ],
    // The panel's sheets are not filled in here: the decisions are recorded before they are in.
    sheetsNotInReason: "Decided by the panel in the room",
    actorUserId: admin,
  });
  expect(decided).toEqual({ ok: true });
});
afterAll(async () => app.close());

const EMBARGOED = () => [WINNER_RATIONALE, COMMENDED_RATIONALE, "W-7731", "H-5520", "has won the HPMA"];

describe("before the announcement", () => {
  it("nothing decided appears in any response to anyone but the secretariat", async () => {
    const pages = ["/", "/winners", `/winners/${year}`, "/winners.json", "/winners.csv", "/winners.atom", "/sitemap.xml"];
    const problems: string[] = [];
    const check = async (who: string, cookie: string | undefined, paths: string[]) => {
      for (const p of paths) {
        for (const url of [p, ...(p.includes(".") ? [] : [`${p === "/" ? "/_root" : p}.data`])]) {
          const res = await app.request(url, { cookie });
          const text = await res.text();
          for (const s of EMBARGOED()) if (text.includes(s)) problems.push(`${who} ${url}: ${s}`);
        }
      }
    };
    await check("visitor", undefined, pages);
    // The winner's own entrants, and their nomination's pages.
    const cookie = await app.sessionFor(finalists[0].entrant);
    await check("winner's entrant", cookie, ["/nominations", `/nominations/${finalists[0].id}`, `/nominations/${finalists[0].id}/receipt`, ...pages]);
    // The final-round panel.
    for (const email of panel) {
      const judge = await app.sessionFor(email);
      const codes = await app.db.selectFrom("judging_entries").select("code").where("nomination_id", "in", finalists.map((f) => f.id)).execute();
      await check(email, judge, ["/judging", "/judging/final", ...codes.map((c) => `/judging/final/${c.code}`), ...pages]);
    }
    // The embargoed strings are really recorded (so this check has something to find).
    const decided = await app.db.selectFrom("award_decisions").select("rationale").execute();
    expect(decided.map((d) => d.rationale)).toContain(WINNER_RATIONALE);
    expect(problems).toEqual([]);
    expect(await app.db.selectFrom("archive_entries").select("id").where("year", "=", year).execute()).toEqual([]);
    const yearPage = await (await app.request(`/winners/${year}`)).text();
    for (const f of finalists) expect(yearPage).not.toContain(f.organisation);
  });

  it("is not published a moment before the time", async () => {
    const at = (await app.db.selectFrom("award_cycles").select("announcement_at").where("id", "=", cycleId).executeTakeFirstOrThrow()).announcement_at!;
    expect(await publishDueAnnouncements(app.db, new Date(Date.parse(at) - 1))).toEqual([]);
    expect((await app.db.selectFrom("award_cycles").select("published_at").where("id", "=", cycleId).executeTakeFirstOrThrow()).published_at).toBeNull();
  });
});

/** Runs `npm run jobs:run-due`'s script in a process of its own against the test server's database. */
function runDueJobsProcess(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/jobs-run-due.ts"], {
      env: { ...process.env, DATABASE_PATH: process.env.DATABASE_PATH, DATA_DIR: app.dataDir, NODE_ENV: "test", LOG_EMAIL_LINKS: "0" },
      cwd: path.resolve("."),
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("at the announcement", () => {
  it("a time missed while nothing ran is published by the next run, once, even by two processes at once", async () => {
    // Nothing ran at the announcement time (a server that was down): it is now an hour past.
    await app.db.updateTable("award_cycles").set({ announcement_at: new Date(Date.now() - 3600_000).toISOString() }).where("id", "=", cycleId).execute();
    // The public page is cached before publication, to show that publication gets past the cache.
    expect(await (await app.request(`/winners/${year}`)).text()).not.toContain(finalists[0].organisation);
    const outboxBefore = (await app.outbox()).length;
    const [a, b] = await Promise.all([runDueJobsProcess(), runDueJobsProcess()]);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    const said = [a.output, b.output].filter((o) => o.includes(`Published the ${year} results`));
    expect(said).toHaveLength(1);

    const cycle = await app.db.selectFrom("award_cycles").select(["stage", "published_at"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
    expect(cycle.stage).toBe("announced");
    expect(cycle.published_at).not.toBeNull();
    const entries = await app.db.selectFrom("archive_entries").select(["organisation_name", "result", "origin", "is_demo", "challenge"]).where("year", "=", year).execute();
    expect(entries).toHaveLength(4);
    expect(entries.find((e) => e.result === "winner")?.organisation_name).toBe(finalists[0].organisation);
    expect(entries.find((e) => e.result === "highly_commended")?.organisation_name).toBe(finalists[1].organisation);
    expect(entries.filter((e) => e.result === "finalist")).toHaveLength(2);
    expect(entries.every((e) => e.origin === "cycle" && e.challenge)).toBe(true);

    // On the public archive, past the page cache.
    const page = await (await app.request(`/winners/${year}`)).text();
    for (const f of finalists) expect(page).toContain(f.organisation);

    // The result e-mails, once: every contact of every finalist got exactly one.
    const results = (await app.outbox()).slice(outboxBefore).filter((m) => m.subject.startsWith(`HPMA ${year} partnership award:`));
    expect(results.length).toBeGreaterThanOrEqual(4);
    expect(new Set(results.map((m) => m.to)).size).toBe(results.length);
    expect(results.some((m) => m.subject.endsWith("is the winner") && m.text.includes(`/winners/${year}/`))).toBe(true);

    // Running again changes nothing.
    expect(await publishDueAnnouncements(app.db, new Date())).toEqual([]);
    expect(await app.db.selectFrom("archive_entries").select("id").where("year", "=", year).execute()).toHaveLength(4);
  });
});
