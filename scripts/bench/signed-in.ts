// Signed-in pages beside their ceiling (issue 17: a signed-in case study at ≥ 0.25 × a bare server's
// rate, ≤ 2 ms server CPU per request): a bare node:http server, in its own process, sends the very
// bytes the app sent a signed-in admin for the page, and both are loaded alike with autocannon (20
// connections, no Accept-Encoding, as the cached rows). `npm run bench` prints these rows;
// BENCH_ONLY=signed-in prints only them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { cpuTimeMs, type ArchiveRow } from "./archive-pages";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);

async function rate(name: string, url: string, headers: Record<string, string>, pid: number | undefined, note?: string): Promise<ArchiveRow> {
  const before = cpuTimeMs(pid);
  const result = await autocannon({ url, connections: 20, duration: DURATION_S, headers });
  const after = cpuTimeMs(pid);
  const requests = result.requests.total;
  const cpu = before !== null && after !== null && requests ? Math.round(((after - before) / requests) * 100) / 100 : undefined;
  return { case: name, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx, note, cpu };
}

export async function benchSignedIn(options: { appUrl: string; pid: number | undefined; cookie: string; caseStudyPath: string; barePort: number }): Promise<ArchiveRow[]> {
  const { appUrl, pid, cookie, caseStudyPath, barePort } = options;
  const pages: Record<string, string> = {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hpma-bench-signed-in-"));
  for (const [i, p] of [caseStudyPath, "/"].entries()) {
    const file = path.join(dir, `${i}.html`);
    fs.writeFileSync(file, Buffer.from(await (await fetch(`${appUrl}${p}`, { headers: { cookie } })).arrayBuffer()));
    pages[p] = file;
  }
  const bareScript = `
    const http = require("node:http"), fs = require("node:fs");
    const bodies = Object.fromEntries(Object.entries(${JSON.stringify(pages)}).map(([k, f]) => [k, fs.readFileSync(f)]));
    http.createServer((req, res) => {
      const body = bodies[req.url] ?? bodies["/"];
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
      res.end(body);
    }).listen(${barePort}, "127.0.0.1");`;
  const bare = spawn(process.execPath, ["-e", bareScript], { stdio: ["ignore", "ignore", "inherit"] });
  const bareUrl = `http://127.0.0.1:${barePort}`;
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${bareUrl}/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const rows: ArchiveRow[] = [];
    const bareCaseStudy = await rate("bare node http: signed-in case-study bytes", `${bareUrl}${caseStudyPath}`, {}, bare.pid, "ceiling");
    const caseStudy = await rate("GET a case study, signed in", `${appUrl}${caseStudyPath}`, { cookie }, pid);
    caseStudy.note = `${((Number(caseStudy.rps) / Number(bareCaseStudy.rps)) * 100).toFixed(0)} % of bare; target ≥ 25 %, ≤ 2 ms CPU`;
    const bareHome = await rate("bare node http: signed-in home-page bytes", `${bareUrl}/`, {}, bare.pid, "ceiling");
    const home = await rate("GET / (home page), signed in", `${appUrl}/`, { cookie }, pid);
    home.note = `${((Number(home.rps) / Number(bareHome.rps)) * 100).toFixed(0)} % of bare`;
    rows.push(bareCaseStudy, caseStudy, bareHome, home);
    return rows;
  } finally {
    bare.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
