// The archive's pages as a signed-in visitor or a cache miss sees them, and its feeds: the rows whose
// cost could grow with the archive (issue 17). Sequential requests from this process, each timed,
// with the server's CPU per request read from /proc and its resident memory sampled while a feed is
// sent. BENCH_ONLY=archive runs only these (with BENCH_CASE_STUDIES=100000 for the large archive).
import fs from "node:fs";

export type ArchiveRow = { case: string; rps: number | string; p50: number; p99: number; errors: number; note?: string; cpu?: number };

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export function cpuTimeMs(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** The server's resident memory in MB, where /proc says. */
export function rssMb(pid: number | undefined): number | null {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
    return line ? Math.round(Number(line.replace(/\D+/g, "")) / 1024) : null;
  } catch {
    return null;
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Requests paths one after another (path(i) for the i-th) until `count` are answered or `maxMs` has
 * passed; p50 and p95 of their times, and the server's CPU per request.
 */
export async function sequential(name: string, pid: number | undefined, path: (i: number) => string, opts: { cookie?: string; count?: number; maxMs?: number; note?: string }): Promise<ArchiveRow> {
  const { count = 60, maxMs = 20_000 } = opts;
  const times: number[] = [];
  let errors = 0;
  // One request first, not timed: the route's module and the prepared statements are warm.
  await (await fetch(path(-1), { headers: opts.cookie ? { cookie: opts.cookie } : {} })).arrayBuffer();
  const cpuBefore = cpuTimeMs(pid);
  const started = performance.now();
  for (let i = 0; i < count && performance.now() - started < maxMs; i++) {
    const t = performance.now();
    const res = await fetch(path(i), { headers: opts.cookie ? { cookie: opts.cookie } : {} });
    await res.arrayBuffer();
    times.push(performance.now() - t);
    if (!res.ok) errors++;
  }
  const cpuAfter = cpuTimeMs(pid);
  times.sort((a, b) => a - b);
  return {
    case: name,
    rps: "seq",
    p50: round(percentile(times, 50)),
    p99: round(percentile(times, 95)),
    errors,
    note: `${times.length} requests one at a time; p99 column is p95${opts.note ? `; ${opts.note}` : ""}`,
    cpu: cpuBefore !== null && cpuAfter !== null ? round((cpuAfter - cpuBefore) / times.length) : undefined,
  };
}

/** One download, with the server's largest resident memory seen while it was sent. */
async function download(name: string, pid: number | undefined, url: string): Promise<ArchiveRow> {
  let peak = rssMb(pid) ?? 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid) ?? 0)), 20);
  const t = performance.now();
  let status = 0;
  let bytes = 0;
  try {
    const res = await fetch(url);
    status = res.status;
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
    }
  } catch {
    status = -1;
  } finally {
    clearInterval(sampler);
  }
  const ms = round(performance.now() - t);
  return { case: name, rps: "once", p50: ms, p99: ms, errors: status === 200 ? 0 : 1, note: `status ${status}, ${(bytes / 1e6).toFixed(1)} MB, server RSS peak ${peak} MB` };
}

/** Many requests at once for one URL no one has asked for yet: how many times the server renders it. */
async function concurrentMisses(name: string, pid: number | undefined, url: string, n: number): Promise<ArchiveRow> {
  const before = cpuTimeMs(pid);
  const t = performance.now();
  const results = await Promise.all(Array.from({ length: n }, async () => (await fetch(url)).status));
  const ms = round(performance.now() - t);
  const after = cpuTimeMs(pid);
  return {
    case: name,
    rps: "once",
    p50: ms,
    p99: ms,
    errors: results.filter((s) => s !== 200).length,
    note: `${n} at once; time until all answered`,
    cpu: before !== null && after !== null ? round((after - before) / n) : undefined,
  };
}

/**
 * The search page with a new query each time (no cache helps), and 20 requests at once for one new
 * search address. BENCH_ONLY=search runs only these.
 */
export async function benchSearchPage({ appUrl, pid, size }: { appUrl: string; pid: number | undefined; size: number }): Promise<ArchiveRow[]> {
  const k = size >= 1000 ? `${Math.round(size / 1000)}k` : String(size);
  const words = ["partnership", "rota", "wellbeing", "menopause", "union", "pay", "culture", "learning", "policy", "survey"];
  return [
    await sequential(`search page, distinct queries, uncached (${k})`, pid, (i) => `${appUrl}/winners?q=${words[(i + 10) % words.length]}+${words[(i * 7 + 13) % words.length]}+${i + 100}`, {
      count: 100,
      note: "anonymous, each URL new",
    }),
    await concurrentMisses(`20 concurrent misses of one search URL (${k})`, pid, `${appUrl}/winners?q=staff+side+rota+${Date.now()}`, 20),
  ];
}

export async function benchArchivePages(options: { appUrl: string; pid: number | undefined; cookie: string; caseStudyPath: string; size: number }): Promise<ArchiveRow[]> {
  const { appUrl, pid, cookie, caseStudyPath, size } = options;
  const k = size >= 1000 ? `${Math.round(size / 1000)}k` : String(size);
  const rows: ArchiveRow[] = [];
  rows.push(await sequential(`signed in: case study (${k})`, pid, () => `${appUrl}${caseStudyPath}`, { cookie, count: 200 }));
  rows.push(await sequential(`signed in: home page (${k})`, pid, () => `${appUrl}/`, { cookie, count: 100 }));
  rows.push(await sequential(`signed in: /winners (${k})`, pid, () => `${appUrl}/winners`, { cookie, count: 40 }));
  // A page of a filter's list (the page number alone, with no filter, is /winners itself).
  rows.push(await sequential(`signed in: /winners?region=London&page=3 (${k})`, pid, () => `${appUrl}/winners?region=London&page=3`, { cookie, count: 40 }));
  rows.push(await sequential(`signed in: /winners/2019 (${k})`, pid, () => `${appUrl}/winners/2019`, { cookie, count: 40 }));
  rows.push(await sequential(`signed in: /winners?region=London (${k})`, pid, () => `${appUrl}/winners?region=London`, { cookie, count: 40 }));
  rows.push(...(await benchSearchPage({ appUrl, pid, size })));
  for (const feed of ["/winners.json", "/winners.csv", "/winners.atom", "/sitemap.xml"]) rows.push(await download(`GET ${feed} (${k})`, pid, `${appUrl}${feed}`));
  rows.push({ case: `server RSS after these (${k})`, rps: "", p50: rssMb(pid) ?? NaN, p99: NaN, errors: 0, note: "MB" });
  return rows;
}
