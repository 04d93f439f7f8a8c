// Server CPU per save, measured below saturation: `npm run bench`'s save rows offer 100 saves a
// second, which on a shared two-core machine the server often cannot keep up with, and a saturated
// server's CPU per request is not the cost of a request. Here a few savers post one after another
// (4 at a time), so the figure is the CPU each save takes. Each checkout named on the command line
// (a built copy of the app: `build/` and `server/`) is measured in turn on the same database, twice,
// interleaved (BENCH_ROUNDS), so that an earlier version and this one can be compared in one run
// (BENCH_NODE_ARGS are given to each server, `--cpu-prof` for a profile):
//   npx tsx scripts/bench/save-cpu.ts [/path/to/other/checkout ...]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb, getDb } from "../../app/platform/db.server";
import { resetEnv } from "../../app/platform/env.server";
import { migrateToLatest } from "../../db/migrator";
import { seed } from "../seed/index";
import { cpuTimeMs } from "./archive-pages";
import { autosaveEntrants, nextSaveBody, startProcess } from "./saves";
import { scoreSaveJudges } from "./score-save";
import { synthetic } from "./synthetic-archive";

const SAVES = Number(process.env.BENCH_SAVES ?? 1000);
const PARALLEL = 4;
const PORT = Number(process.env.BENCH_PORT ?? 3901) + 5;

type Saver = { path: string; cookie: string; revision: number };

/** A save's status; 0 when the connection failed (counted, not fatal: a reset keep-alive connection under load). */
async function post(url: string, saver: Saver, body: string) {
  let res: Response;
  try {
    res = await fetch(url + saver.path, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", cookie: saver.cookie, origin: url }, body });
  } catch {
    return 0;
  }
  const text = await res.text();
  const revision = /"revision",(\d+)/.exec(text);
  if (res.ok && revision) saver.revision = Number(revision[1]);
  return res.status;
}

/** Saves `count` times over the savers (PARALLEL at a time, each saver by one loop only); the statuses seen. */
async function saves<S extends Saver>(url: string, savers: S[], body: (s: S) => string, count: number) {
  const statuses = new Map<number, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async (_, loop) => {
      const mine = savers.filter((_, i) => i % PARALLEL === loop);
      while (next < count) {
        next++;
        const saver = mine[next % mine.length];
        const status = await post(url, saver, body(saver));
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  return [...statuses].map(([s, n]) => `${n}×${s}`).join(" ");
}

async function main() {
  const checkouts = [process.cwd(), ...process.argv.slice(2)].map((p) => path.resolve(p));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hpma-save-cpu-"));
  const url = `http://127.0.0.1:${PORT}`;
  Object.assign(process.env, { DATA_DIR: dir, DATABASE_PATH: path.join(dir, "bench.db"), DEMO_DATA: "1", DEMO_STAGE: "open", LOG_EMAIL_LINKS: "0", NODE_ENV: "production", SESSION_SECRET: "b".repeat(64), APP_ORIGIN: url, SMTP_URL: "smtp://127.0.0.1:1" });
  resetEnv();
  await migrateToLatest(getDb());
  await seed(getDb(), { demo: true });
  const entrants = await autosaveEntrants();
  const judges = await scoreSaveJudges(getDb(), { judges: 100, words: synthetic(99).words });
  let sheetEdits = 0;
  const sheetBody = (j: (typeof judges)[number]) => new URLSearchParams({ ...j.form, overall_comment: `${j.form.overall_comment} ${sheetEdits++}`, revision: String(j.revision) }).toString();
  const rows: Record<string, string | number>[] = [];
  for (const round of Array.from({ length: Number(process.env.BENCH_ROUNDS ?? 2) }, (_, i) => i + 1)) {
    for (const checkout of checkouts) {
      const app = await startProcess([process.execPath, ...(process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean), "--import", "tsx", "server/index.ts"], { ...process.env, PORT: String(PORT) }, `${url}/healthz`, checkout);
      for (const [name, run] of [
        ["score save", (n: number) => saves(url, judges, sheetBody, n)],
        ["autosave", (n: number) => saves(url, entrants, nextSaveBody, n)],
      ] as const) {
        await run(200);
        const load = os.loadavg()[0].toFixed(1);
        const before = cpuTimeMs(app.pid)!;
        const started = performance.now();
        const statuses = await run(SAVES);
        const used = cpuTimeMs(app.pid)! - before;
        rows.push({ round, checkout: path.basename(checkout), case: name, "server CPU ms/save": Math.round((used / SAVES) * 100) / 100, "saves/s": Math.round(SAVES / ((performance.now() - started) / 1000)), statuses, load });
      }
      app.kill();
      await new Promise((r) => app.once("exit", r));
    }
  }
  console.table(rows);
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
