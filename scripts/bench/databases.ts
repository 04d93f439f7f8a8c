// SQLite | PostgreSQL, side by side (issue 16, decision 040): the same synthetic archive seeded on
// each database, the same demo data, 100 entrants and 100 judges, the server started on each in turn
// (its own process, as deployed) and the same requests sent to it: the anonymous case-study page
// (cached), the same page signed in (rendered every time), the search page with distinct queries,
// and the score save and the autosave at 100 people saving once a second each. CPU per request is
// the app's plus, on PostgreSQL, the database server's (on SQLite the database is inside the app).
// PostgreSQL is a throwaway server (scripts/postgres/throwaway-server.ts); when it cannot be started
// its column says why and the bench goes on. BENCH_DATABASES=sqlite measures SQLite alone.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import { closeDb, getDb } from "../../app/platform/db.server";
import { resetEnv } from "../../app/platform/env.server";
import { createUserSession } from "../../app/request/auth.server";
import { migrateToLatest } from "../../db/migrator";
import { seed } from "../seed/index";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../postgres/throwaway-server";
import { cpuTimeMs, sequential } from "./archive-pages";
import { autosaveEntrants, nextSaveBody, percentile, staggeredSaves, startProcess } from "./saves";
import { scoreSaveJudges } from "./score-save";
import { seedSyntheticArchive, synthetic } from "./synthetic-archive";

type Database = "sqlite" | "postgresql";
const LABELS: Record<Database, string> = { sqlite: "SQLite", postgresql: "PostgreSQL" };

/** CPU used (ms): the app's, and the database server's where it is a server of its own. */
type Cpu = { app: number; database: number };

/** One measurement: the text of its cell and the figure its ratio is taken on. */
type Cell = { text: string; figure: number; cpu: number };
type Column = { cells: Cell[] } | { notMeasured: string };

const CASES = [
  { name: "case study, anonymous (cached)", ratio: "req/s" },
  { name: "case study, signed in (rendered)", ratio: "p95" },
  { name: "search page, distinct queries", ratio: "p95" },
  { name: "score save, 100 judges, 1/s each", ratio: "p99" },
  { name: "autosave, 100 entrants, 1/s each", ratio: "p99" },
];

/** Which databases BENCH_DATABASES names (comma-separated; both when unset). */
export function databasesToBench(value = process.env.BENCH_DATABASES ?? "sqlite,postgresql"): Database[] {
  const named = value
    .toLowerCase()
    .split(",")
    .map((d) => d.trim())
    .filter(Boolean);
  const unknown = named.filter((d) => d !== "sqlite" && d !== "postgresql" && d !== "postgres");
  if (unknown.length) throw new Error(`BENCH_DATABASES: ${unknown.join(", ")} is not sqlite or postgresql`);
  return (["sqlite", "postgresql"] as const).filter((d) => named.includes(d) || (d === "postgresql" && named.includes("postgres")));
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

const cpuPer = (used: Cpu, count: number) => (used.app + used.database) / count;

function cpuText(used: Cpu, count: number, per: string): string {
  if (count === 0 || Number.isNaN(used.app)) return "";
  const total = round((used.app + used.database) / count, 2);
  return used.database > 0
    ? `, ${total} ms CPU/${per} (app ${round(used.app / count, 2)} + db ${round(used.database / count, 2)})`
    : `, ${total} ms CPU/${per}`;
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill();
  await exited;
}

/** Seeds a fresh database, starts the server on it, sends every case's requests, stops it. */
async function measure(database: Database, postgres: ThrowawayPostgres | undefined, options: { appPort: number; caseStudies: number; seconds: number; connections: number }): Promise<Cell[]> {
  const { appPort, caseStudies, seconds, connections } = options;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hpma-bench-db-"));
  const appUrl = `http://127.0.0.1:${appPort}`;
  await closeDb();
  delete process.env.DATABASE_URL;
  Object.assign(process.env, {
    DATA_DIR: dir,
    DATABASE_PATH: path.join(dir, "bench.db"),
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
    DEMO_DATA: "1",
    DEMO_STAGE: "open",
    LOG_EMAIL_LINKS: "0",
    NODE_ENV: "production",
    SESSION_SECRET: "b".repeat(64),
    APP_ORIGIN: appUrl,
    SMTP_URL: "smtp://127.0.0.1:1",
  });
  resetEnv();
  let app: ChildProcess | undefined;
  try {
    const db = getDb();
    const seeding = Date.now();
    await migrateToLatest(db);
    await seed(db, { demo: true });
    await seedSyntheticArchive(caseStudies);
    const entrants = await autosaveEntrants();
    const judges = await scoreSaveJudges(db, { judges: 100, words: synthetic(99).words });
    console.log(`${LABELS[database]}: seeded the demo data, ${caseStudies} case studies, 100 entrants and 100 judges in ${((Date.now() - seeding) / 1000).toFixed(1)} s.`);

    app = await startProcess(
      [process.execPath, ...(process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean), "--import", "tsx", "server/index.ts"],
      { ...process.env, PORT: String(appPort) },
      `${appUrl}/healthz`,
    );
    const pid = app.pid;
    const cpuNow = (): Cpu => ({ app: cpuTimeMs(pid) ?? NaN, database: postgres?.cpuTimeMs() ?? 0 });
    const cpuSince = (before: Cpu): Cpu => {
      const now = cpuNow();
      return { app: now.app - before.app, database: now.database - before.database };
    };

    const caseStudy = await db.selectFrom("archive_entries").select(["year", "slug"]).where("organisation_name", "=", `Synthetic Trust ${Math.floor(caseStudies * 0.4242)}`).executeTakeFirstOrThrow();
    const caseStudyUrl = `${appUrl}/winners/${caseStudy.year}/${caseStudy.slug}`;
    const cells: Cell[] = [];

    // The anonymous page, from the page cache after the first request (the cache's revision check is
    // a query on PostgreSQL, a kept statement on SQLite: decision 040).
    await (await fetch(caseStudyUrl)).arrayBuffer();
    const before = cpuNow();
    const cached = await autocannon({ url: caseStudyUrl, connections, duration: seconds });
    const cachedErrors = cached.errors + cached.timeouts + cached.non2xx;
    const cachedCpu = cpuSince(before);
    cells.push({
      text: `${Math.round(cached.requests.average)} req/s, p50 ${cached.latency.p50} / p99 ${cached.latency.p99} ms${cachedErrors ? `, ${cachedErrors} errors` : ""}${cpuText(cachedCpu, cached.requests.total, "req")}`,
      figure: cached.requests.average,
      cpu: cpuPer(cachedCpu, cached.requests.total),
    });

    // Sequential requests, each timed: the signed-in page, and the search page with a new query each
    // time. The CPU is divided among the timed requests and the one untimed request before them.
    const timed = async (name: string, url: (i: number) => string, opts: { cookie?: string; count: number }) => {
      const start = cpuNow();
      const row = await sequential(name, pid, url, { ...opts, maxMs: 60_000 });
      const count = Number(/^(\d+) requests/.exec(row.note ?? "")?.[1] ?? 0);
      const used = cpuSince(start);
      return { text: `p50 ${row.p50} / p95 ${row.p99} ms${row.errors ? `, ${row.errors} errors` : ""}${cpuText(used, count + 1, "req")}`, figure: row.p99, cpu: cpuPer(used, count + 1) };
    };
    const admin = await db.selectFrom("users").select("id").where("email_normalised", "=", "admin@demo.test").executeTakeFirstOrThrow();
    const cookie = (await createUserSession(admin.id)).split(";")[0];
    cells.push(await timed("signed in", () => caseStudyUrl, { cookie, count: 200 }));
    const words = ["partnership", "rota", "wellbeing", "menopause", "union", "pay", "culture", "learning", "policy", "survey"];
    cells.push(await timed("search", (i) => `${appUrl}/winners?q=${words[(i + 10) % words.length]}+${words[(i * 7 + 13) % words.length]}+${i + 100}`, { count: 100 }));

    // Saves: each person once a second, starts spread over the first second (staggeredSaves). When
    // the server answers well under 100 a second it has fallen behind, and the times are mostly
    // queueing: the cell says so, and the CPU per save is then the figure to compare.
    const saves = async <S extends { path: string; cookie: string; revision: number }>(savers: S[], body: (s: S) => string): Promise<Cell> => {
      const start = cpuNow();
      const { latencies, errors, requests } = await staggeredSaves(appUrl, savers, body, seconds);
      const used = cpuSince(start);
      const p99 = Math.round(percentile(latencies, 99));
      const rate = Math.round(requests / seconds);
      const behind = rate < 0.9 * savers.length ? " (fell behind: queueing)" : "";
      return { text: `p50 ${Math.round(percentile(latencies, 50))} / p99 ${p99} ms, ${errors} errors, ${rate} saves/s${behind}${cpuText(used, requests, "save")}`, figure: p99, cpu: cpuPer(used, requests) };
    };
    let sheetEdits = 0;
    cells.push(await saves(judges, (j) => new URLSearchParams({ ...j.form, overall_comment: `${j.form.overall_comment} ${sheetEdits++}`, revision: String(j.revision) }).toString()));
    await new Promise((r) => setTimeout(r, 2000));
    cells.push(await saves(entrants, nextSaveBody));
    return cells;
  } finally {
    if (app) await stopProcess(app);
    await closeDb();
    delete process.env.DATABASE_URL;
    resetEnv();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Measures each database named in BENCH_DATABASES and prints the rows side by side. */
export async function benchDatabases(options: { appPort: number; caseStudies: number; seconds: number; connections: number }): Promise<void> {
  const wanted = databasesToBench();
  const columns: Record<Database, Column> = {
    sqlite: { notMeasured: "not measured: BENCH_DATABASES leaves it out" },
    postgresql: { notMeasured: "not measured: BENCH_DATABASES leaves it out" },
  };
  let version = "";
  if (wanted.includes("sqlite")) columns.sqlite = { cells: await measure("sqlite", undefined, options) };
  if (wanted.includes("postgresql")) {
    let postgres: ThrowawayPostgres | undefined;
    try {
      postgres = await startThrowawayPostgres();
    } catch (error) {
      columns.postgresql = { notMeasured: `not measured: ${(error as Error).message}` };
    }
    if (postgres) {
      version = ` ${postgres.version}`;
      try {
        columns.postgresql = { cells: await measure("postgresql", postgres, options) };
      } finally {
        postgres.stop();
      }
    }
  }
  console.log(
    `\nSQLite | PostgreSQL${version}, side by side: the same ${options.caseStudies} case studies and demo data seeded on each, the same requests ` +
      `(${options.seconds} s loads, ${options.connections} connections for the cached page, loopback, ${os.cpus().length} cores). The machine may be shared: compare the columns, not the absolute figures.\n`,
  );
  const cell = (column: Column, i: number) => ("cells" in column ? column.cells[i].text : i === 0 ? column.notMeasured : "");
  console.table(
    CASES.map((c, i) => {
      const { sqlite, postgresql } = columns;
      const [s, p] = "cells" in sqlite && "cells" in postgresql ? [sqlite.cells[i], postgresql.cells[i]] : [];
      const ratio = s && p ? `${round(p.figure / s.figure, 2)}× ${c.ratio}, ${round(p.cpu / s.cpu, 2)}× CPU` : "";
      return { case: c.name, SQLite: cell(sqlite, i), PostgreSQL: cell(postgresql, i), "PostgreSQL ÷ SQLite": ratio };
    }),
  );
}
