// `npm run bench`: speed figures, printed as a table. Starts the real server (built app, throwaway
// database with demo data) and a bare Node http server sending the same bytes (the ceiling on this
// stack), and loads each over loopback with autocannon. `npm run bench` builds first.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import type { ServerBuild } from "@remix-run/node";
import { closeDb, getDb } from "../app/utils/db.server";
import { env, resetEnv } from "../app/utils/env.server";
import { migrateToLatest } from "../db/migrator";
import { seed } from "../db/seed/index";
import { createAppListener } from "../server/http";
import { allArchiveEntries } from "../app/models/archive.server";
import { rebuildArchiveIndex, searchArchiveWithTotal } from "../app/models/archive-search.server";
import { CASE_STUDY_SECTIONS, entrySlug, type ArchiveEntryFields } from "../app/domain/archive";
import { ORGANISATION_TYPES } from "../db/schema";
import { REGIONS } from "../app/domain/organisations";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SYNTHETIC_CASE_STUDIES = Number(process.env.BENCH_CASE_STUDIES ?? 10_000);

const WORDS = (
  "partnership staff side union trust employer wellbeing culture learning just fair rota sickness absence " +
  "recruitment retention nurses porters midwives paramedics training leadership listening survey policy " +
  "disciplinary grievance flexible working menopause carers violence safety pay bullying harassment " +
  "inclusion race disability health equality apprenticeships pensions redeployment change consultation"
).split(" ");

const FUNCTION_WORDS = "the and of to in a for with was that on by as it their this from were at be have all our".split(" ");
const SYLLABLES = "ka ren to mi sa lo ve dun pra cel mor tin bal ise ent war gol fi ne su".split(" ");
const VOCABULARY_SIZE = 6000;

/**
 * Text with word frequencies like real writing (Zipf's law: the r-th commonest word appears about 1/r
 * as often as the commonest): function words first, the award's own words spread through the middle
 * ranks, and made-up words for the long tail. Without that, every word would be in every document
 * and every search would match all of them, which real case studies never do.
 */
const VOCABULARY: string[] = (() => {
  const words: string[] = [...FUNCTION_WORDS];
  for (let i = 0; words.length < VOCABULARY_SIZE; i++) {
    let n = i;
    let w = "";
    do {
      w += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    } while (n > 0);
    words.push(`${w}x`);
  }
  WORDS.forEach((word, i) => (words[30 + i * 37] = word));
  return words;
})();

/** Deterministic pseudo-random text, so every run measures the same archive. */
function synthetic(seed: number) {
  let x = seed * 2654435761;
  const next = () => ((x = (x * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const zipfRank = () => Math.min(VOCABULARY_SIZE - 1, Math.floor(Math.exp(next() * Math.log(VOCABULARY_SIZE))) - 1);
  const words = (n: number) => Array.from({ length: n }, () => VOCABULARY[zipfRank()]).join(" ");
  const topic = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" ");
  return { next, words, topic };
}

/**
 * Synthetic case studies written in bulk (batched inserts, one index rebuild) rather than one
 * publication at a time, so the benchmark spends its time measuring rather than seeding.
 */
async function seedSyntheticArchive(count: number) {
  const db = getDb();
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    for (let year = 2010; year <= 2026; year++) {
      await trx
        .insertInto("award_years")
        .values({ year, ceremony_date: null, ceremony_place: null, notes: null, source_note: null, source_url: null, created_at: now, updated_at: now })
        .onConflict((oc) => oc.column("year").doNothing())
        .execute();
    }
    for (let start = 0; start < count; start += 200) {
      const batch: ArchiveEntryFields[] = [];
      for (let i = start; i < Math.min(count, start + 200); i++) {
        const { next, words, topic } = synthetic(i + 1);
        const fields = {
          year: 2010 + (i % 17),
          organisation_name: `Synthetic Trust ${i}`,
          title: `${topic(4)} ${i}`,
          result: i % 400 === 0 ? "winner" : "finalist",
          summary: words(40),
          region: REGIONS[Math.floor(next() * REGIONS.length)],
          organisation_type: ORGANISATION_TYPES[Math.floor(next() * ORGANISATION_TYPES.length)],
          source_note: "Synthetic benchmark data",
          source_url: null,
          themes: [topic(1), topic(1)],
        } as ArchiveEntryFields;
        for (const section of CASE_STUDY_SECTIONS) fields[section.key] = words(120);
        batch.push(fields);
      }
      const rows = await trx
        .insertInto("archive_entries")
        .values(
          batch.map(({ themes: _themes, ...columns }, k) => ({
            ...columns,
            slug: entrySlug(columns) + `-${start + k}`,
            origin: "import" as const,
            published_at: now,
            version: 1,
            updated_at: now,
            updated_by: null,
          })),
        )
        .returning("id")
        .execute();
      await trx
        .insertInto("archive_entry_versions")
        .values(rows.map((r, k) => ({ entry_id: r.id, version: 1, snapshot: JSON.stringify(batch[k]), changed_by: null, changed_at: now, note: null })))
        .execute();
      const themeRows = rows.flatMap((r, k) => [...new Set(batch[k].themes)].map((theme) => ({ entry_id: r.id, theme })));
      await trx.insertInto("archive_entry_themes").values(themeRows).execute();
    }
  });
  await rebuildArchiveIndex(db, () => allArchiveEntries(db));
  await db.updateTable("archive_state").set((eb) => ({ revision: eb("revision", "+", 1) })).execute();
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

type Row = { case: string; rps: number; p50: number; p99: number; errors: number; note?: string };

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function load(name: string, url: string, opts: Partial<autocannon.Options> = {}, note?: string): Promise<Row> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, ...opts });
  // A sign-in answers 302, which autocannon counts as non-2xx: only 4xx and 5xx are errors here.
  const errors = result.errors + result.timeouts + result["4xx"] + result["5xx"];
  return { case: name, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors, note };
}

async function main() {
  const buildPath = path.resolve("build/index.js");
  if (!fs.existsSync(buildPath)) throw new Error("Run `npm run build` before `npm run bench`.");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hpma-bench-"));
  Object.assign(process.env, { DATA_DIR: dir, DATABASE_PATH: path.join(dir, "bench.db"), DEMO_DATA: "1", LOG_EMAIL_LINKS: "0", NODE_ENV: "production", SESSION_SECRET: "b".repeat(64), APP_ORIGIN: "http://127.0.0.1", SMTP_URL: "smtp://127.0.0.1:1" });
  resetEnv();
  await migrateToLatest(getDb());
  await seed(getDb(), { demo: true });
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
  const app = http.createServer(createAppListener({ build, publicDir: path.resolve("public"), appOrigin: env().APP_ORIGIN, trustProxy: false }));
  const appUrl = await listen(app);

  const started = Date.now();
  await seedSyntheticArchive(SYNTHETIC_CASE_STUDIES);
  console.log(`Seeded ${SYNTHETIC_CASE_STUDIES} synthetic case studies in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  const caseStudy = await getDb().selectFrom("archive_entries").select(["year", "slug"]).where("organisation_name", "=", `Synthetic Trust ${Math.floor(SYNTHETIC_CASE_STUDIES * 0.4242)}`).executeTakeFirstOrThrow();
  const caseStudyPath = `/winners/${caseStudy.year}/${caseStudy.slug}`;

  // The bare server sends exactly the bytes the app sends for the same page: the ceiling on this machine.
  const pages = new Map<string, Buffer>();
  for (const p of ["/", caseStudyPath, "/winners"]) pages.set(p, Buffer.from(await (await fetch(`${appUrl}${p}`)).arrayBuffer()));
  const bare = http.createServer((req, res) => {
    const body = pages.get(req.url ?? "/") ?? pages.get("/")!;
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
    res.end(body);
  });
  const bareUrl = await listen(bare);

  const rows: Row[] = [];
  rows.push(await load("bare node http: case-study bytes", `${bareUrl}${caseStudyPath}`, {}, "ceiling"));
  rows.push(await load("GET a case study (10k archive)", `${appUrl}${caseStudyPath}`, {}, "target ≥ 50 % of bare"));
  rows.push(await load("bare node http: /winners bytes", `${bareUrl}/winners`, {}, "ceiling"));
  rows.push(await load("GET /winners (10k archive)", `${appUrl}/winners`));
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

  console.log(`\nBenchmarks (${DURATION_S} s each, ${CONNECTIONS} connections unless noted, loopback, ${os.cpus().length} cores)\n`);
  console.table(
    rows.map((r) => ({ case: r.case, "req/s": r.rps, "p50 ms": r.p50, "p99 ms": r.p99, "errors": r.errors, note: r.note ?? "" })),
  );
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

  await new Promise((r) => app.close(r));
  await new Promise((r) => bare.close(r));
  await closeDb();
  if (process.env.BENCH_KEEP_DB) console.log(`Kept the benchmark database in ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}

await main();
