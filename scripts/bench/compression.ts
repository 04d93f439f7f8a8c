// Compression and the public pages' cache (decision 036): for each path, the bytes sent as they are,
// in gzip and in brotli, then the rate of a cached page asked for with and without Accept-Encoding,
// and 20 connections on distinct uncached search URLs, each asked for 20 times at once (one render
// each, decision 036), with the server's CPU per request. `npm run bench` prints these rows; alone:
// `BENCH_URL=http://127.0.0.1:3000 BENCH_PID=<server pid> npx tsx scripts/bench/compression.ts`.
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { cpuTimeMs as cpuMs, type ArchiveRow } from "./archive-pages";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);

/** Bytes on the wire for a path, as each encoding sends it. */
export async function compressedSizes(appUrl: string, paths: string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const path of paths) {
    const sizes: string[] = [];
    for (const encoding of ["identity", "gzip", "br"]) {
      const response = await fetch(appUrl + path, { headers: { "Accept-Encoding": encoding } });
      // fetch decompresses; the length on the wire is the Content-Length the server sent.
      const sent = Number(response.headers.get("content-length") ?? NaN);
      const body = Buffer.from(await response.arrayBuffer());
      const onWire = Number.isFinite(sent) ? sent : encoding === "gzip" ? zlib.gzipSync(body).length : body.length;
      sizes.push(`${encoding} ${(onWire / 1024).toFixed(1)} KB${response.headers.get("content-encoding") ? "" : encoding === "identity" ? "" : " (sent as is)"}`);
    }
    lines.push(`${path}: ${sizes.join(", ")}`);
  }
  return lines;
}

async function rate(name: string, url: string, headers: Record<string, string>, pid: number | undefined, note: string): Promise<ArchiveRow> {
  const before = cpuMs(pid);
  const result = await autocannon({ url, connections: 20, duration: DURATION_S, headers });
  const after = cpuMs(pid);
  const requests = result.requests.total;
  const cpu = before !== null && after !== null && requests ? (after - before) / requests : undefined;
  return { case: name, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result["4xx"] + result["5xx"], note, cpu };
}

/** Rows for a cached page sent as it is and compressed, and for concurrent misses of one URL. */
export async function compressionRows(appUrl: string, caseStudyPath: string, pid: number | undefined): Promise<ArchiveRow[]> {
  const rows: ArchiveRow[] = [];
  rows.push(await rate("GET a case study, cached, no Accept-Encoding", appUrl + caseStudyPath, {}, pid, "as before compression"));
  rows.push(await rate("GET a case study, cached, gzip and br accepted", appUrl + caseStudyPath, { "accept-encoding": "gzip, deflate, br" }, pid, "gzip pieces around the nonce"));
  // Misses: each round asks for a search URL no one has asked for, 20 times at once.
  const started = Date.now();
  const before = cpuMs(pid);
  const latencies: number[] = [];
  let requests = 0;
  for (let round = 0; Date.now() - started < DURATION_S * 1000; round++) {
    const url = `${appUrl}/winners?q=partnership+${round}-${started}`;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        const t = performance.now();
        await (await fetch(url, { headers: { "accept-encoding": "gzip, br" } })).arrayBuffer();
        latencies.push(performance.now() - t);
        requests++;
      }),
    );
  }
  const after = cpuMs(pid);
  latencies.sort((a, b) => a - b);
  const at = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]);
  rows.push({
    case: "20 at once on one uncached search URL",
    rps: Math.round(requests / ((Date.now() - started) / 1000)),
    p50: at(50),
    p99: at(99),
    errors: 0,
    note: "one render per URL; the others wait for it",
    cpu: before !== null && after !== null ? (after - before) / requests : undefined,
  });
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const appUrl = process.env.BENCH_URL ?? "http://127.0.0.1:3000";
  const pid = process.env.BENCH_PID ? Number(process.env.BENCH_PID) : undefined;
  const caseStudyPath = process.env.BENCH_CASE_STUDY ?? "/winners";
  for (const line of await compressedSizes(appUrl, ["/", caseStudyPath, "/winners", "/winners.json"])) console.log(line);
  console.table(await compressionRows(appUrl, caseStudyPath, pid));
}
