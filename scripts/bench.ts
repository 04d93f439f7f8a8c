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

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

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

  const homeBytes = Buffer.from(await (await fetch(`${appUrl}/`)).arrayBuffer());
  const bare = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": homeBytes.length });
    res.end(homeBytes);
  });
  const bareUrl = await listen(bare);

  const rows: Row[] = [];
  rows.push(await load("bare node http, same bytes as /", bareUrl, {}, "ceiling"));
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
  const ratio = rows[1].rps / rows[0].rps;
  console.log(`Home page at ${(ratio * 100).toFixed(0)} % of the bare server's rate.\n`);

  await new Promise((r) => app.close(r));
  await new Promise((r) => bare.close(r));
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
