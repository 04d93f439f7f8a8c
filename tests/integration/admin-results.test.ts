// The secretariat's results and shortlist, over HTTP against the real server, on a cycle the test makes
// in judging: the results table by judging code only, the two CSV downloads (judges by code, never by
// name), the shortlist proposed by rank, a rationale required for every finalist, saving and the
// recorded confirmation that unblinds the finalists (audit, e-mails), the results naming the
// finalists only afterwards, and who may use these pages at all.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ResultsTable, type ResultRow } from "~/components/results-table";
import { DEFAULT_RESULTS_VIEW, type ResultsView } from "~/domain/results-view";
import { roundResults, topBy } from "~/models/results.server";
import { finalistContacts } from "~/models/shortlist.server";
import { submitEveryFirstRoundSheet } from "../helpers/judging-round";
import { makeAssignment, makeJudgingRound, submitScoreSheet } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let admin: string;
let cycleId: number;
let year: number;
let round: Awaited<ReturnType<typeof makeJudgingRound>>;
beforeAll(async () => {
  app = await startTestServer({ demo: false });
  // A cycle in judging with ten organisations' entries, each given to three of four judges (both
  // sides among them); judging half done: the first five entries' sheets submitted, scores varying.
  round = await makeJudgingRound(app.db, { organisations: 10, judgesPerSide: 2 });
  cycleId = round.cycle.id;
  year = round.cycle.year;
  const judges = [...round.employerJudges, ...round.staffSideJudges];
  for (const [i, entry] of round.entries.entries()) {
    for (const k of [0, 1, 2]) {
      const judge = judges[(i + k) % judges.length];
      await makeAssignment(app.db, { cycleId, nominationId: entry.nominationId, judgeId: judge.id });
      const score = (c: { scale_min: number; scale_max: number }, n: number) => c.scale_min + ((i * 5 + k * 3 + n) % (c.scale_max - c.scale_min + 1));
      if (i < 5) await submitScoreSheet(app.db, { cycleId, judgeId: judge.id, code: entry.code, score });
    }
  }
  admin = await app.sessionFor(round.admin.email);
});
afterAll(async () => app.close());

const readable = async (res: Response) => (await res.text()).replaceAll("<!-- -->", "");
const page = async (pathname: string, cookie = admin) => {
  const res = await app.request(pathname, { cookie });
  expect(res.status, `GET ${pathname}`).toBe(200);
  return readable(res);
};
const asAdmin = (pathname: string, form: Record<string, string>) => app.request(pathname, { cookie: admin, form, headers: { Origin: app.url } });
const base = () => `/admin/cycles/${cycleId}`;
const resultsPath = (round = "first") => `${base()}/results?round=${round}`;
const shortlistPath = () => `${base()}/shortlist`;

/** The released entries, by code, with their organisation names (which must not show while blind). */
async function entries() {
  return app.db
    .selectFrom("judging_entries")
    .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select(["judging_entries.nomination_id", "judging_entries.code", "organisations.name", "nominations.title"])
    .where("judging_entries.cycle_id", "=", cycleId)
    .where("judging_entries.status", "=", "released")
    .orderBy("judging_entries.code")
    .execute();
}

async function judgeNames() {
  const rows = await app.db
    .selectFrom("users")
    .innerJoin("roles", (join) => join.onRef("roles.user_id", "=", "users.id").on("roles.role", "=", "judge"))
    .select("users.name")
    .execute();
  return rows.map((r) => r.name);
}

async function submittedSheetCount() {
  const row = await app.db
    .selectFrom("score_sheets")
    .innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("judging_assignments.cycle_id", "=", cycleId)
    .where("judging_assignments.round", "=", "first")
    .where("judging_assignments.status", "=", "live")
    .where("score_sheets.status", "=", "submitted")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean);

/** The shortlist page's checkboxes, ticked or not, by nomination id. */
function ticks(html: string): Map<number, boolean> {
  const out = new Map<number, boolean>();
  for (const m of html.matchAll(/<input[^>]*name="pick-(\d+)"[^>]*>/g)) out.set(Number(m[1]), /\schecked=""/.test(m[0]));
  return out;
}

describe("results while judging", () => {
  it("lists every released entry by code, names no organisation and no judge", async () => {
    const html = await page(resultsPath());
    expect(html).toContain("<h1>Results</h1>");
    const all = await entries();
    expect(all).toHaveLength(10);
    for (const e of all) {
      expect(html).toContain(`<code>${e.code}</code>`);
      expect(html).not.toContain(e.name);
    }
    for (const name of await judgeNames()) expect(html).not.toContain(name);
    expect(html).toContain("J01");
    expect(html).toContain("<h2>Chance of the top 4</h2>");
    expect(html).toMatch(/All but certain to be in the top 4|No entry is all but certain to be in the top 4/);
    expect(html).toMatch(/In doubt \(10% to 90%\)|No entry is in doubt/);
    expect(html).not.toContain("How sensitive the top");
    expect(html).toContain("aria-sort=\"ascending\"");
    expect(html).toContain(`href="${base()}/results.csv?round=first"`);
    expect(html).toContain(`href="${base()}/scores.csv?round=first"`);
    expect(html).toContain(`href="${shortlistPath()}"`);
    expect(html).toContain("Normalised rank");
  });

  it("charts each entry's chance of the top 4 and each judge's leniency and noise, with tables of the same figures, by code only", async () => {
    const html = await page(resultsPath());
    const at = html.indexOf('data-testid="chance-chart"');
    const chart = html.slice(html.lastIndexOf("<svg", at), html.indexOf("</svg>", at));
    expect(chart).toContain('role="img"');
    expect(chart).toContain('aria-labelledby="chance-title chance-desc"');
    expect(chart).toContain("<title id=\"chance-title\">Chance of each entry being in the top 4</title>");
    // The description reads out every bar; the table beside it gives the same entries and chances.
    const described = [...chart.matchAll(/Entry ([A-Z0-9]+): (under 1%|over 99%|\d+%), (likely|in doubt|unlikely)\./g)].map((m) => [m[1], m[2], m[3]]);
    // Every entry with sheets is charted when fewer than 4 have any (each then certain); the
    // submitted sheets reach five entries.
    expect(described.length).toBeGreaterThanOrEqual(3);
    const table = html.slice(html.indexOf("Chance of the top 4, entry by entry"));
    for (const [code, chance, standing] of described) expect(table).toMatch(new RegExp(`<code>${code}</code></th><td>[\\d.]+</td><td>±[\\d.]+</td><td>${chance}</td><td>${standing}</td>`));
    const total = described.reduce((sum, [, chance]) => sum + (chance === "under 1%" ? 0 : chance === "over 99%" ? 100 : Number(chance.slice(0, -1))), 0);
    expect(Math.abs(total - 100 * Math.min(4, described.length))).toBeLessThanOrEqual(4 + described.length);

    const judges = html.slice(html.indexOf('data-testid="judges-chart"'));
    expect(judges).toContain("<title id=\"judges-title\">Each judge&#x27;s leniency and noise</title>");
    expect(judges).toMatch(/J01: leniency [+−]?\d+\.\d, noise \d+\.\d\./);
    expect(html).toContain("Noise of one sheet (points)");
    for (const name of await judgeNames()) expect(html).not.toContain(name);
    for (const e of await entries()) expect(html).not.toContain(e.name);
  });

  it("renders the view in the address without JavaScript: sorted, filtered and with columns hidden", async () => {
    const all = await entries();
    const one = all[3];
    const filtered = await page(`${resultsPath()}&q=${one.code}&sort=code:desc`);
    const table = filtered.slice(filtered.indexOf('data-testid="results-table"'));
    for (const e of all) {
      if (e.code === one.code) expect(table).toContain(`<code>${e.code}</code>`);
      else expect(table).not.toContain(`<code>${e.code}</code>`);
    }
    const sorted = await page(`${resultsPath()}&sort=code:desc`);
    const order = [...sorted.slice(sorted.indexOf('data-testid="results-table"')).matchAll(/<th scope="row"><code>([A-Z0-9]+)<\/code>/g)].map((m) => m[1]);
    expect(order).toEqual(all.map((e) => e.code).reverse());
    const hidden = await page(`${resultsPath()}&cols=1&show=sheets&show=normalisedRank`);
    const resultsTable = hidden.slice(hidden.indexOf('data-testid="results-table"'));
    const head = resultsTable.slice(resultsTable.indexOf("<thead"), resultsTable.indexOf("</thead>"));
    expect(head).toContain("Normalised rank");
    expect(head).not.toContain("Median %");
    expect(hidden).toMatch(/<input[^>]*id="results-show-medianPercent"(?![^>]*checked)[^>]*>/);
  });

  it("puts what the secretariat chooses by first, hides each criterion's mean until asked", async () => {
    const headOf = (html: string) => {
      const t = html.slice(html.indexOf('data-testid="results-table"'));
      return [...t.slice(t.indexOf("<thead"), t.indexOf("</thead>")).matchAll(/<button[^>]*>([^<]+)</g)].map((m) => m[1]);
    };
    const criteria = await app.db.selectFrom("cycle_criteria").select(["id", "title"]).where("cycle_id", "=", cycleId).where("round", "=", "first").orderBy("position").execute();
    expect(criteria.length).toBeGreaterThan(0);
    const plain = await page(resultsPath());
    expect(headOf(plain)).toEqual(["Entry", "Normalised %", "Normalised rank", "Raw rank", "Median rank", "Flags", "Sheets", "Weighted %", "Median %", "Spread (points)", "Employer side %", "Staff side %"]);
    // Each mean is one tick away, and the table is a labelled region that takes the keyboard's focus.
    expect(plain).toMatch(new RegExp(`<input[^>]*id="results-show-c${criteria[0].id}"(?![^>]*checked)[^>]*>`));
    expect(plain).toContain(`<div class="app-table-scroll" role="region" aria-label="First round results for ${year}, one row per entry" tabindex="0">`);

    const every = ["normalisedPercent", "normalisedRank", "flags", ...criteria.map((c) => `c${c.id}`)];
    const chosen = await page(`${resultsPath()}&cols=1&${every.map((id) => `show=${id}`).join("&")}`);
    expect(headOf(chosen)).toEqual(["Entry", "Normalised %", "Normalised rank", "Flags", ...criteria.map((c) => `${c.title} (mean)`)]);
    expect(headOf(chosen)).not.toContain("Sheets");
  });

  it("downloads the results table and every score as CSV, judges by code", async () => {
    const res = await app.request(`${base()}/results.csv?round=first`, { cookie: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="hpma-${year}-results-first-round.csv"`);
    const lines = csvRows(await res.text());
    // The first round's ends with the shortlisting meeting's record (decision 033).
    expect(lines[0]).toMatch(/^code,organisation,sheets,weighted %,median %,spread,mean: .*,normalised rank,meeting: agreed position,meeting: divergent view,meeting: divergent view held by$/);
    expect(lines).toHaveLength(1 + 10);
    const all = await entries();
    for (const e of all) expect(lines.some((l) => l.startsWith(`${e.code},`))).toBe(true);
    for (const e of all) expect(lines.join("\n")).not.toContain(e.name);

    const scores = await app.request(`${base()}/scores.csv?round=first`, { cookie: admin });
    expect(scores.status).toBe(200);
    expect(scores.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(scores.headers.get("content-disposition")).toBe(`attachment; filename="hpma-${year}-scores-first-round.csv"`);
    const text = await scores.text();
    const rows = csvRows(text);
    expect(rows[0]).toMatch(/^code,judge,side,.*,overall comment,submitted at$/);
    expect(rows.length - 1).toBe(await submittedSheetCount());
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row.split(",")[1]).toMatch(/^J\d{2}$/);
    for (const name of await judgeNames()) expect(text).not.toContain(name);
  });

  it("explains that the shortlist waits for the shortlisting stage", async () => {
    const html = await page(shortlistPath());
    expect(html).toContain("Move the cycle to shortlisting first");
    expect(html).not.toContain("Save shortlist");
  });

  it("answers 404 for a cycle that does not exist", async () => {
    for (const path of ["/admin/cycles/99999/results", "/admin/cycles/99999/results.csv", "/admin/cycles/99999/scores.csv", "/admin/cycles/99999/shortlist"]) {
      expect((await app.request(path, { cookie: admin })).status, path).toBe(404);
    }
  });
});

describe("the shortlist", () => {
  beforeAll(async () => {
    await submitEveryFirstRoundSheet(app.db, cycleId);
    await app.db.updateTable("award_cycles").set({ stage: "shortlisting" }).where("id", "=", cycleId).execute();
  });

  it("proposes the top N by normalised score, ticked, before anything is saved", async () => {
    const r = await roundResults(app.db, { cycleId, round: "first" });
    const top = topBy(r.results, r.labels, "normalised", 4);
    expect(top).toHaveLength(4);
    const html = await page(shortlistPath());
    const ticked = ticks(html);
    expect(ticked.size).toBe(10);
    expect([...ticked].filter(([, on]) => on).map(([id]) => id).sort()).toEqual([...top].sort());
    expect(html).toContain("Save shortlist");
    // Confirming waits for a saved shortlist.
    expect(html).not.toContain("Confirm shortlist and reveal");

    const byMedian = topBy(r.results, r.labels, "median", 4);
    const median = ticks(await page(`${shortlistPath()}?method=median`));
    expect([...median].filter(([, on]) => on).map(([id]) => id).sort()).toEqual([...byMedian].sort());
  });

  it("refuses a finalist without a rationale, with the message, keeping what was typed", async () => {
    const r = await roundResults(app.db, { cycleId, round: "first" });
    const top = topBy(r.results, r.labels, "normalised", 4);
    const form: Record<string, string> = { intent: "save", method: "normalised" };
    for (const [i, id] of top.entries()) {
      form[`pick-${id}`] = "yes";
      form[`rationale-${id}`] = i === 2 ? "   " : `Strong joint governance, finalist ${i + 1}`;
    }
    const res = await asAdmin(shortlistPath(), form);
    expect(res.status).toBe(400);
    const html = await readable(res);
    const missing = r.labels.get(top[2])!.code;
    expect(html).toContain("There is a problem");
    expect(html).toContain(`Enter the rationale for choosing Entry ${missing}`);
    expect(html).toContain(`href="#rationale-${top[2]}"`);
    expect(html).toContain("Strong joint governance, finalist 1");
    expect(html).toContain("Strong joint governance, finalist 4");
    const ticked = ticks(html);
    for (const id of top) expect(ticked.get(id)).toBe(true);
    expect(await app.db.selectFrom("shortlist").selectAll().where("cycle_id", "=", cycleId).execute()).toHaveLength(0);

    const none = await asAdmin(shortlistPath(), { intent: "save", method: "normalised" });
    expect(none.status).toBe(400);
    expect(await readable(none)).toContain("Choose at least one finalist");
  });

  it("saves the finalists with their rationales, still blind", async () => {
    const r = await roundResults(app.db, { cycleId, round: "first" });
    const top = topBy(r.results, r.labels, "median", 4);
    const form: Record<string, string> = { intent: "save", method: "median" };
    for (const [i, id] of top.entries()) {
      form[`pick-${id}`] = "yes";
      form[`rationale-${id}`] = `Rationale number ${i + 1}`;
    }
    const res = await asAdmin(shortlistPath(), form);
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get("location")).toBe(`${shortlistPath()}?notice=saved`);
    const saved = await app.db.selectFrom("shortlist").select(["nomination_id", "rationale"]).where("cycle_id", "=", cycleId).execute();
    expect(saved.map((s) => s.nomination_id).sort()).toEqual([...top].sort());
    const cycle = await app.db.selectFrom("award_cycles").select(["shortlist_method", "shortlist_confirmed_at"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
    expect(cycle.shortlist_method).toBe("median");
    expect(cycle.shortlist_confirmed_at).toBeNull();

    const html = await page(res.headers.get("location")!);
    expect(html).toContain("The shortlist is saved");
    expect(html).toContain("Rationale number 3");
    expect(html).toContain("Confirm shortlist and reveal the finalists to the final-round panel");
    expect(html).toContain("This cannot be undone");
    const ticked = ticks(html);
    expect([...ticked].filter(([, on]) => on).map(([id]) => id).sort()).toEqual([...top].sort());

    // Saved but not confirmed: the results still name nobody.
    const results = await page(resultsPath());
    for (const e of await entries()) expect(results).not.toContain(e.name);
  });

  it("confirms: recorded, audited, the finalists e-mailed, and the results name the finalists only", async () => {
    const finalists = await app.db.selectFrom("shortlist").select("nomination_id").where("cycle_id", "=", cycleId).execute();
    const ids = new Set(finalists.map((f) => f.nomination_id));
    const mailBefore = (await app.outbox()).length;
    const res = await asAdmin(shortlistPath(), { intent: "confirm" });
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get("location")).toBe(`${shortlistPath()}?notice=confirmed`);

    const cycle = await app.db.selectFrom("award_cycles").select("shortlist_confirmed_at").where("id", "=", cycleId).executeTakeFirstOrThrow();
    expect(cycle.shortlist_confirmed_at).not.toBeNull();
    const audit = await app.db.selectFrom("audit_log").selectAll().where("action", "=", "shortlist.confirmed_unblinded").execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].target).toBe(`cycle:${cycleId}`);

    const mail = (await app.outbox()).slice(mailBefore);
    expect(mail.length).toBeGreaterThan(0);
    for (const id of ids) {
      for (const contact of await finalistContacts(app.db, id)) {
        expect(mail.some((m) => m.to.toLowerCase().includes(contact.email.toLowerCase())), `e-mail to ${contact.email}`).toBe(true);
      }
    }

    // Named: each finalist's organisation and title. Not named: the other entries' titles, and any
    // organisation without a finalist (one organisation can have more than one entry).
    const all = await entries();
    const finalistOrganisations = new Set(all.filter((e) => ids.has(e.nomination_id)).map((e) => e.name));
    const expectFinalistsOnly = (text: string, { titles }: { titles: boolean }) => {
      for (const e of all) {
        if (ids.has(e.nomination_id)) {
          expect(text).toContain(e.name);
          if (titles) expect(text).toContain(e.title);
        } else {
          expect(text).not.toContain(e.title);
          if (!finalistOrganisations.has(e.name)) expect(text).not.toContain(e.name);
        }
      }
    };
    expectFinalistsOnly((await page(resultsPath())).replaceAll("&#x27;", "'"), { titles: true });
    // The CSV names the organisation only.
    expectFinalistsOnly(await (await app.request(`${base()}/results.csv?round=first`, { cookie: admin })).text(), { titles: false });

    const html = await page(res.headers.get("location")!);
    expect(html).toContain("The shortlist is confirmed");
    for (const e of all.filter((x) => ids.has(x.nomination_id))) expect(html).toContain(e.name);
    expect(html).toContain("Rationale number 1");
    expect(html).not.toContain("Save shortlist");

    // It cannot change or be confirmed again.
    const again = await asAdmin(shortlistPath(), { intent: "confirm" });
    expect(again.status).toBe(400);
    expect(await readable(again)).toContain("The shortlist has already been confirmed");
    expect(await app.db.selectFrom("audit_log").selectAll().where("action", "=", "shortlist.confirmed_unblinded").execute()).toHaveLength(1);
  });

  it("shows the final round's results for the finalists", async () => {
    const html = await page(resultsPath("final"));
    expect(html).toContain("Final round results");
    expect(html).toContain("No complete score sheets have been submitted for this round yet.");
  });
});

describe("who may use the results and the shortlist", () => {
  it("answers 403 to a judge and an entrant, for pages, route data, downloads and posts", async () => {
    const pages = [resultsPath(), shortlistPath()];
    const downloads = [`${base()}/results.csv?round=first`, `${base()}/scores.csv?round=first`];
    const shortlistBefore = await app.db.selectFrom("shortlist").selectAll().where("cycle_id", "=", cycleId).execute();
    for (const email of [round.employerJudges[0].email, round.entries[0].entrant.email]) {
      const cookie = await app.sessionFor(email);
      for (const url of [...pages, ...downloads]) {
        expect((await app.request(url, { cookie })).status, `GET ${url} as ${email}`).toBe(403);
      }
      for (const url of pages) {
        const [path, query] = url.split("?");
        const data = `${path}.data${query ? `?${query}` : ""}`;
        expect((await app.request(data, { cookie })).status, `GET ${data} as ${email}`).toBe(403);
      }
      for (const intent of ["save", "confirm"]) {
        const res = await app.request(shortlistPath(), { cookie, form: { intent, method: "raw" }, headers: { Origin: app.url } });
        expect(res.status, `POST ${intent} as ${email}`).toBe(403);
      }
    }
    expect(await app.db.selectFrom("shortlist").selectAll().where("cycle_id", "=", cycleId).execute()).toEqual(shortlistBefore);
  });

  it("sends someone signed out to sign in", async () => {
    for (const url of [resultsPath(), shortlistPath(), `${base()}/results.csv`, `${base()}/scores.csv`]) {
      const res = await app.request(url);
      expect(res.status, url).toBe(302);
      expect(res.headers.get("location")).toContain("/login?");
    }
  });

  it("refuses a post from another site, even with the admin's session", async () => {
    const res = await app.request(shortlistPath(), { cookie: admin, form: { intent: "confirm" }, headers: { Origin: "https://evil.example" } });
    expect(res.status).toBe(403);
  });
});

describe("the results table at scale", () => {
  // 5,000 entries, rendered as the server renders them: 50 rows a page, in the view's order.
  const criteria = [{ id: 1, title: "Partnership" }];
  const rows: ResultRow[] = Array.from({ length: 5000 }, (_, i) => {
    const score = i % 7 === 0 ? null : 40 + ((i * 37) % 600) / 10;
    return {
      entryId: i + 1,
      code: `E${String(i + 1).padStart(4, "0")}`,
      organisation: null,
      title: null,
      sheets: score === null ? 0 : 3,
      meanPercent: score,
      medianPercent: score,
      spread: score === null ? null : 5,
      criterionMeans: { "1": score === null ? null : score / 10 },
      employerMean: score,
      staffSideMean: score,
      sidesDiverge: i % 250 === 1,
      disagreement: i % 400 === 2,
      normalisedPercent: score,
      normalisedSd: score === null ? null : 3,
      topChance: score === null ? null : 0,
      rawRank: null,
      medianRank: null,
      normalisedRank: null,
    };
  });
  const render = (view: Partial<ResultsView>) =>
    renderToString(createElement(ResultsTable, { rows, criteria, initialView: { ...DEFAULT_RESULTS_VIEW, ...view }, round: "first", caption: "Results" })).replaceAll("<!-- -->", "");
  const codesIn = (html: string) => [...html.matchAll(/<th scope="row"><code>(E\d{4})<\/code>/g)].map((m) => m[1]);

  it("shows 50 rows a page, sorted with unscored entries last and ties by code, with page links", () => {
    const started = performance.now();
    const html = render({ sort: "meanPercent", direction: "desc", pageIndex: 1 });
    expect(performance.now() - started).toBeLessThan(2000);
    const codes = codesIn(html);
    expect(codes).toHaveLength(50);
    const scored = rows.filter((r) => r.meanPercent !== null).sort((a, b) => b.meanPercent! - a.meanPercent! || a.code.localeCompare(b.code));
    expect(codes).toEqual(scored.slice(50, 100).map((r) => r.code));
    expect(html).toContain("5000 entries; showing 51 to 100.");
    expect(html).toContain('aria-label="Page 100"');
    expect(html).toContain("page=3");

    const last = codesIn(render({ sort: "meanPercent", direction: "asc", pageIndex: 99 }));
    expect(last.every((code) => rows.find((r) => r.code === code)!.meanPercent === null)).toBe(true);
  });

  it("filters by text and by flags, and hides columns", () => {
    const flagged = rows.filter((r) => r.sidesDiverge || r.disagreement);
    const html = render({ flagsOnly: true, sort: "code", direction: "asc" });
    expect(codesIn(html)).toEqual(flagged.slice(0, 50).map((r) => r.code).sort());
    expect(html).toContain(`${flagged.length} of 5000 entries match`);
    expect(html).toContain("Sides diverge");

    expect(codesIn(render({ q: "e0042" }))).toEqual(["E0042"]);
    const hidden = render({ hidden: ["medianPercent", "c1"] });
    const head = hidden.slice(hidden.indexOf("<thead"), hidden.indexOf("</thead>"));
    expect(head).not.toContain("Median %");
    expect(head).not.toContain("Partnership (mean)");
    expect(head).toContain("Weighted %");
  });

  it("keeps the columns chosen in its page links, and leaves the default view's links short", () => {
    const links = (html: string) => [...html.matchAll(/href="\?([^"]+)"/g)].map((m) => m[1].replaceAll("&amp;", "&"));
    expect(links(render({ hidden: ["c1"] })).every((href) => !href.includes("cols="))).toBe(true);
    const chosen = links(render({ hidden: ["medianPercent", "c1"] }));
    expect(chosen.length).toBeGreaterThan(0);
    for (const href of chosen) {
      const params = new URLSearchParams(href);
      expect(params.get("cols")).toBe("1");
      expect(params.getAll("show")).toContain("meanPercent");
      expect(params.getAll("show")).not.toContain("medianPercent");
      expect(params.getAll("show")).not.toContain("c1");
    }
  });
});
