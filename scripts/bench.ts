// `npm run bench`: speed figures, printed as a table. Builds a throwaway database (demo data, 10,000
// synthetic case studies, 100 entrants with drafts), starts the real server (npm start's server on
// the built app) and a bare Node http server sending the same bytes (the ceiling on this stack), each
// in its own process, and loads them over loopback with autocannon from this one. Builds first.
// Last, the same archive and requests on SQLite and on a throwaway PostgreSQL server, side by side
// (scripts/bench/databases.ts; BENCH_DATABASES=sqlite for SQLite alone).
import fs from "node:fs";
import { type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { closeDb, getDb } from "../app/platform/db.server";
import { resetEnv } from "../app/platform/env.server";
import { migrateToLatest } from "../db/migrator";
import { seed } from "./seed/index";
import { createUserSession } from "../app/request/auth.server";
import { searchArchiveWithTotal } from "../app/models/archive-search.server";
import { benchAssignment } from "./bench/assignment";
import { benchRedaction } from "./bench/redaction";
import { printRedactionCorpus } from "./bench/redaction-corpus/run";
import { benchResults } from "./bench/results";
import { scoreSaveJudges } from "./bench/score-save";
import { benchArchivePages, benchSearchPage, cpuTimeMs, type ArchiveRow } from "./bench/archive-pages";
import { compressedSizes, compressionRows } from "./bench/compression";
import { seedSyntheticArchive, synthetic } from "./bench/synthetic-archive";
import { benchDatabases } from "./bench/databases";
import { AUTOSAVE_ENTRANTS, autosaveEntrants, latencyRow, nextSaveBody, percentile, poissonSaves, saveRequest, staggeredSaves, startProcess, type Row } from "./bench/saves";
import { benchSignedIn } from "./bench/signed-in";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SYNTHETIC_CASE_STUDIES = Number(process.env.BENCH_CASE_STUDIES ?? 10_000);

async function load(name: string, url: string, opts: Partial<autocannon.Options> = {}, note?: string): Promise<Row> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, ...opts });
  // A sign-in answers 302, which autocannon counts as non-2xx: only 4xx and 5xx are errors here.
  const errors = result.errors + result.timeouts + result["4xx"] + result["5xx"];
  return { case: name, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors, note };
}

/**
 * BENCH_ONLY=autosave runs only the autosave rows (no archive, no bare server), for quick iteration;
 * BENCH_ONLY=redaction-corpus only the redaction corpus (no database, no server); BENCH_ONLY=archive
 * only the archive's signed-in and uncached pages and its feeds (scripts/bench/archive-pages.ts);
 * BENCH_ONLY=search only the search page with distinct queries (its two rows of the archive's);
 * BENCH_ONLY=signed-in only a signed-in case study and home page beside a bare server (scripts/bench/signed-in.ts);
 * BENCH_ONLY=databases only the SQLite | PostgreSQL rows (scripts/bench/databases.ts), which
 * BENCH_DATABASES=sqlite limits to SQLite.
 */
const ONLY = process.env.BENCH_ONLY ?? "";

/** A signed-in case study and home page, as an admin, each beside a bare server sending its bytes. */
async function signedInRows(appUrl: string, pid: number | undefined, barePort: number) {
  const admin = await getDb().selectFrom("users").select("id").where("email_normalised", "=", "admin@demo.test").executeTakeFirstOrThrow();
  const cookie = (await createUserSession(admin.id)).split(";")[0];
  const caseStudy = await getDb().selectFrom("archive_entries").select(["year", "slug"]).where("organisation_name", "=", `Synthetic Trust ${Math.floor(SYNTHETIC_CASE_STUDIES * 0.4242)}`).executeTakeFirstOrThrow();
  return benchSignedIn({ appUrl, pid, cookie, caseStudyPath: `/winners/${caseStudy.year}/${caseStudy.slug}`, barePort });
}

/** The archive's signed-in and uncached pages and its feeds, as an admin and as anyone. */
async function printArchiveRows(appUrl: string, pid: number | undefined) {
  const admin = await getDb().selectFrom("users").select("id").where("email_normalised", "=", "admin@demo.test").executeTakeFirstOrThrow();
  const cookie = (await createUserSession(admin.id)).split(";")[0];
  const caseStudy = await getDb().selectFrom("archive_entries").select(["year", "slug"]).where("organisation_name", "=", `Synthetic Trust ${Math.floor(SYNTHETIC_CASE_STUDIES * 0.4242)}`).executeTakeFirstOrThrow();
  const rows: ArchiveRow[] = await benchArchivePages({ appUrl, pid, cookie, caseStudyPath: `/winners/${caseStudy.year}/${caseStudy.slug}`, size: SYNTHETIC_CASE_STUDIES });
  printRows(`The archive signed in, uncached, and its feeds (${SYNTHETIC_CASE_STUDIES} case studies)`, rows);
}

function printRows(title: string, rows: ArchiveRow[]) {
  console.log(`\n${title}\n`);
  console.table(rows.map((r) => ({ case: r.case, "req/s": r.rps, "p50 ms": r.p50, "p95/p99 ms": r.p99, errors: r.errors, "server CPU ms/req": r.cpu ?? "", note: r.note ?? "" })));
}

async function main() {
  // BENCH_ONLY=redaction-corpus (or `npm run bench:redaction`): the corpus rows alone, no server.
  if (ONLY === "redaction-corpus") return printRedactionCorpus();
  const buildPath = path.resolve("build/index.js");
  if (!fs.existsSync(buildPath)) throw new Error("Run `npm run build` before `npm run bench`.");
  // The same archive and requests on each database, side by side: last in a full run, or alone.
  const databaseRows = () =>
    benchDatabases({ appPort: Number(process.env.BENCH_PORT ?? 3901) + 2, caseStudies: SYNTHETIC_CASE_STUDIES, seconds: Math.max(DURATION_S, 5), connections: CONNECTIONS });
  if (ONLY === "databases") return databaseRows();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hpma-bench-"));
  Object.assign(process.env, { DATA_DIR: dir, DATABASE_PATH: path.join(dir, "bench.db"), DEMO_DATA: "1", DEMO_STAGE: "open", LOG_EMAIL_LINKS: "0", NODE_ENV: "production", SESSION_SECRET: "b".repeat(64), APP_ORIGIN: "http://127.0.0.1", SMTP_URL: "smtp://127.0.0.1:1" });
  resetEnv();
  await migrateToLatest(getDb());
  await seed(getDb(), { demo: true });
  const everything = ONLY === "";
  const archiveOnly = ONLY === "archive";
  const signedInOnly = ONLY === "signed-in";
  const searchOnly = ONLY === "search";
  if (everything || archiveOnly || signedInOnly || searchOnly) {
    const started = Date.now();
    await seedSyntheticArchive(SYNTHETIC_CASE_STUDIES);
    console.log(`Seeded ${SYNTHETIC_CASE_STUDIES} synthetic case studies in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  const entrants = archiveOnly || signedInOnly || searchOnly ? [] : await autosaveEntrants();

  // The app and the bare server each run in a process of their own, as in production, so that the
  // load generator (this process) does not share their event loop and skew what is measured.
  const appPort = Number(process.env.BENCH_PORT ?? 3901);
  const appUrl = `http://127.0.0.1:${appPort}`;
  process.env.APP_ORIGIN = appUrl;
  const app = await startProcess(
    [process.execPath, ...(process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean), "--import", "tsx", "server/index.ts"],
    { ...process.env, PORT: String(appPort), APP_ORIGIN: appUrl },
    `${appUrl}/healthz`,
  );

  if (signedInOnly) {
    console.table((await signedInRows(appUrl, app.pid, appPort + 2)).map((r) => ({ case: r.case, "req/s": r.rps, "p50 ms": r.p50, "p99 ms": r.p99, errors: r.errors, "server CPU ms/req": r.cpu ?? "", note: r.note ?? "" })));
    app.kill();
    await closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
    return;
  }
  if (archiveOnly || searchOnly) {
    if (searchOnly) printRows(`The search page (${SYNTHETIC_CASE_STUDIES} case studies)`, await benchSearchPage({ appUrl, pid: app.pid, size: SYNTHETIC_CASE_STUDIES }));
    else await printArchiveRows(appUrl, app.pid);
    app.kill();
    await closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
    return;
  }

  const rows: Row[] = [];
  let bare: ChildProcess | undefined;
  if (everything) {
    const caseStudy = await getDb().selectFrom("archive_entries").select(["year", "slug"]).where("organisation_name", "=", `Synthetic Trust ${Math.floor(SYNTHETIC_CASE_STUDIES * 0.4242)}`).executeTakeFirstOrThrow();
    const caseStudyPath = `/winners/${caseStudy.year}/${caseStudy.slug}`;
    const pagesDir = fs.mkdtempSync(path.join(os.tmpdir(), "hpma-bench-pages-"));
    const pages: Record<string, string> = {};
    for (const [i, p] of ["/", caseStudyPath, "/winners"].entries()) {
      const file = path.join(pagesDir, `${i}.html`);
      fs.writeFileSync(file, Buffer.from(await (await fetch(`${appUrl}${p}`)).arrayBuffer()));
      pages[p] = file;
    }
    const barePort = appPort + 1;
    const bareUrl = `http://127.0.0.1:${barePort}`;
    // The bare server sends exactly the bytes the app sends for the same page: the ceiling on this machine.
    const bareScript = `
      const http = require("node:http"), fs = require("node:fs");
      const pages = ${JSON.stringify(pages)};
      const bodies = Object.fromEntries(Object.entries(pages).map(([k, f]) => [k, fs.readFileSync(f)]));
      http.createServer((req, res) => {
        const body = bodies[req.url] ?? bodies["/"];
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
        res.end(body);
      }).listen(${barePort}, "127.0.0.1");`;
    bare = await startProcess([process.execPath, "-e", bareScript], process.env, `${bareUrl}/`);

    rows.push(await load("bare node http: case-study bytes", `${bareUrl}${caseStudyPath}`, {}, "ceiling"));
    rows.push(await load("GET a case study (10k archive)", `${appUrl}${caseStudyPath}`, {}, "target ≥ 50 % of bare"));
    rows.push(await load("bare node http: /winners bytes", `${bareUrl}/winners`, {}, "ceiling"));
    rows.push(await load("GET /winners (10k archive)", `${appUrl}/winners`));
    rows.push(...((await signedInRows(appUrl, app.pid, appPort + 2)) as Row[]));
    // Compression and one render for concurrent misses (decision 036).
    for (const line of await compressedSizes(appUrl, ["/", caseStudyPath, "/winners", "/winners.json"])) console.log(`bytes on the wire, ${line}`);
    rows.push(...((await compressionRows(appUrl, caseStudyPath, app.pid)) as Row[]));
    rows.push(await load("GET /winners?q=… (search page)", `${appUrl}/winners?q=partnership+rota`));
    rows.push(await load("GET / (home page)", `${appUrl}/`));
    rows.push(await load("GET /login", `${appUrl}/login`));
    rows.push(await load("GET /healthz (one query)", `${appUrl}/healthz`));
    rows.push(
      await load(
        "POST /login, right password",
        `${appUrl}/login`,
        {
          method: "POST",
          connections: 4,
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "email=judge.employer1%40demo.test&password=partnership-demo",
        },
        "scrypt-bound by design; each is a 302",
      ),
    );
  }

  // Autosave: 100 entrants with their own drafts, each saving a 3,000-word draft once a second (the
  // page saves about every 5 s while someone types, so this is five times the real rate), as the
  // browser's autosave does: a POST to the route's data URL carrying the draft's revision. Measured
  // three ways, all at 100 saves/s in total; only the arrival pattern differs.
  const autosaveSeconds = Math.max(DURATION_S, 5);
  const autosaveRequest = (pick: () => (typeof entrants)[number]) => saveRequest(appUrl, pick, nextSaveBody);
  // autocannon stops mid-request, and the server may still be working through its backlog: wait for
  // it, then re-read each draft's revision before going on.
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 3000));
    for (const e of entrants) {
      const id = Number(/\/nominations\/(\d+)/.exec(e.path)![1]);
      e.revision = (await getDb().selectFrom("nominations").select("revision").where("id", "=", id).executeTakeFirstOrThrow()).revision;
    }
  };

  // (1) autocannon's own rate limiter: every connection's one-per-second timer starts at the same
  // moment, so all 100 saves arrive together at the top of each second and queue behind each other.
  // A worst case (100 people pressing save in the same millisecond), not how typing people arrive.
  let nextEntrant = 0;
  let cpuBefore = cpuTimeMs(app.pid);
  const serverCpuPer = (answered: number) => {
    const now = cpuTimeMs(app.pid);
    const per = cpuBefore !== null && now !== null && answered > 0 ? Math.round(((now - cpuBefore) / answered) * 100) / 100 : undefined;
    cpuBefore = now;
    return per;
  };
  // The row gives the response times themselves (as the other two rows do); autocannon's own p99,
  // which for a rate-limited run adds samples for requests it takes to have been held back
  // (coordinated omission, at an expected interval of 1/rate ms), is in the note.
  const lockStepLatencies: number[] = [];
  const autosave = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: appUrl,
        connections: AUTOSAVE_ENTRANTS,
        overallRate: AUTOSAVE_ENTRANTS,
        duration: autosaveSeconds,
        requests: [autosaveRequest(() => entrants[nextEntrant++ % entrants.length])],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) lockStepLatencies.push(responseTime);
    });
  });
  lockStepLatencies.sort((a, b) => a - b);
  rows.push({
    case: "autosave, 100 entrants, lock-step bursts",
    rps: Math.round(autosave.requests.average),
    p50: Math.round(percentile(lockStepLatencies, 50)),
    p99: Math.round(percentile(lockStepLatencies, 99)),
    errors: autosave.errors + autosave.timeouts + autosave.non2xx,
    note: `autocannon overallRate: all 100 in one burst each second (its own p99: ${autosave.latency.p99})`,
    cpu: serverCpuPer(autosave.requests.total),
  });
  await settle();
  cpuBefore = cpuTimeMs(app.pid);

  // (2) autocannon, one connection per entrant, each paced at one save a second (see staggeredSaves).
  {
    const { latencies, errors, requests } = await staggeredSaves(appUrl, entrants, nextSaveBody, autosaveSeconds);
    rows.push(latencyRow("autosave, 100 entrants, staggered", latencies, { requests: requests, seconds: autosaveSeconds, errors: errors, note: "autocannon, 100 connections at 1 save/s each, starts spread over 1 s, timed after it; target p99 ≤ 20 ms", cpu: serverCpuPer(requests) }));
  }
  await settle();
  cpuBefore = cpuTimeMs(app.pid);

  // (3) The same saves arriving at random moments (each entrant about once a second, as typing people
  // do): Poisson arrivals, so some saves still arrive together by chance.
  {
    const { latencies, failures } = await poissonSaves(appUrl, entrants, nextSaveBody, autosaveSeconds, "autosave");
    rows.push(latencyRow("autosave, 100 entrants, random arrivals", latencies, { requests: latencies.length, seconds: autosaveSeconds, errors: failures, note: "fetch, ≈1 save/s each, Poisson", cpu: serverCpuPer(latencies.length) }));
  }

  // Score saves: 100 judges, each with their own score sheet in a cycle in judging, saving it as the
  // score sheet's autosave does (scores, a comment on each criterion, an overall comment), staggered
  // as above and at random moments. Set up after the entrants' rows: the judging cycle is the newest.
  const judges = await scoreSaveJudges(getDb(), { judges: 100, words: synthetic(99).words });
  let sheetEdits = 0;
  const sheetBody = (j: (typeof judges)[number]) => new URLSearchParams({ ...j.form, overall_comment: `${j.form.overall_comment} ${sheetEdits++}`, revision: String(j.revision) }).toString();
  cpuBefore = cpuTimeMs(app.pid);
  {
    const { latencies, errors, requests } = await staggeredSaves(appUrl, judges, sheetBody, autosaveSeconds);
    rows.push(latencyRow("score save, 100 judges, staggered", latencies, { requests: requests, seconds: autosaveSeconds, errors: errors, note: "autocannon, 100 connections at 1 save/s each; target p99 ≤ 25 ms, 0 errors", cpu: serverCpuPer(requests) }));
  }
  await new Promise((r) => setTimeout(r, 2000));
  for (const j of judges) {
    const code = /entries\/([A-Z0-9]{4})/.exec(j.path)![1];
    const sheet = await getDb()
      .selectFrom("score_sheets")
      .innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id")
      .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
      .select("score_sheets.revision")
      .where("judging_entries.code", "=", code)
      .executeTakeFirst();
    j.revision = sheet?.revision ?? 0;
  }
  cpuBefore = cpuTimeMs(app.pid);
  {
    const { latencies, failures } = await poissonSaves(appUrl, judges, sheetBody, autosaveSeconds, "score save");
    rows.push(latencyRow("score save, 100 judges, random arrivals", latencies, { requests: latencies.length, seconds: autosaveSeconds, errors: failures, note: "fetch, ≈1 save/s each, Poisson", cpu: serverCpuPer(latencies.length) }));
  }

  console.log(`\nBenchmarks (${DURATION_S} s each, ${CONNECTIONS} connections unless noted, loopback, ${os.cpus().length} cores)\n`);
  console.table(
    rows.map((r) => ({ case: r.case, "req/s": r.rps, "p50 ms": r.p50, "p99 ms": r.p99, "errors": r.errors, "server CPU ms/req": r.cpu ?? "", note: r.note ?? "" })),
  );
  // The rules that run in process, timed on their own (each prints how it was measured).
  const redaction = benchRedaction();
  const assignment = benchAssignment();
  const results = benchResults();
  console.log("\nIn-process rules\n");
  console.table([
    { case: redaction.case, "ms": `p50 ${redaction.p50}, p95 ${redaction.p95}`, target: "≤ 5 ms", note: redaction.note },
    { case: assignment.case, "ms": assignment.ms, target: "≤ 1,000 ms", note: assignment.note },
    { case: results.case, "ms": results.ms, target: "≤ 100 ms", note: results.note },
  ]);
  printRedactionCorpus();
  if (!everything) {
    app.kill();
    await closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
    return;
  }
  console.log(`Case-study page at ${((rows[1].rps / rows[0].rps) * 100).toFixed(0)} % of the bare server's rate (target ≥ 50 %).`);
  console.log(`/winners at ${((rows[3].rps / rows[2].rps) * 100).toFixed(0)} % of the bare server's rate.`);

  // Search latency, in process: the query the search page runs, over varied queries.
  const queries = ["partnership", "staff side rota", "wellbeing culture", "menopause policy", "synthetic trust 42", "just learning", "zzz nothing", "union pay consultation"];
  const timings: number[] = [];
  for (let i = 0; i < 400; i++) {
    const t = performance.now();
    await searchArchiveWithTotal(getDb(), queries[i % queries.length]);
    timings.push(performance.now() - t);
  }
  timings.sort((a, b) => a - b);
  // The worst case: a word found in every case study, so that every one of them is ranked.
  const everywhere: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    await searchArchiveWithTotal(getDb(), i % 2 ? "the" : "the and of");
    everywhere.push(performance.now() - t);
  }
  everywhere.sort((a, b) => a - b);
  console.log(
    `Search over ${SYNTHETIC_CASE_STUDIES} case studies (400 queries, as the search page runs them): p50 ${percentile(timings, 50).toFixed(2)} ms, p95 ${percentile(timings, 95).toFixed(2)} ms, p99 ${percentile(timings, 99).toFixed(2)} ms (target p95 ≤ 10 ms).`,
  );
  console.log(
    `Worst case, words found in every case study: p50 ${percentile(everywhere, 50).toFixed(2)} ms, p95 ${percentile(everywhere, 95).toFixed(2)} ms.\n`,
  );

  await printArchiveRows(appUrl, app.pid);
  app.kill();
  bare?.kill();
  await closeDb();
  if (process.env.BENCH_KEEP_DB) console.log(`Kept the benchmark database in ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
  await databaseRows();
}

await main();
