// The public archive's charts (issue 15, part 4): the published entries (winners, highly commended
// and finalists) counted by year, region, organisation type and theme, as rows a chart and its table
// both show, and the scale of the chart's axis. Pure. Only what the archive records is counted; a
// year with nothing recorded, and entries whose region, type or theme is not recorded, are shown as such.
import { ARCHIVE_RESULTS, type ArchiveResult } from "./vocabulary";

export type ResultCounts = Record<ArchiveResult, number>;
export type CountRow = { group: string | null; result: ArchiveResult; count: number };
export type ChartRow = { key: string; label: string; counts: ResultCounts; total: number };

export const NOT_RECORDED = "Not recorded";

const zero = (): ResultCounts => ({ winner: 0, highly_commended: 0, finalist: 0 });

/**
 * Rows by group, largest total first (then by label), with the entries whose group is not recorded
 * last, under NOT_RECORDED. `label` names a group's key.
 */
export function rowsByGroup(counts: readonly CountRow[], label: (key: string) => string = (k) => k): ChartRow[] {
  const byKey = new Map<string | null, ResultCounts>();
  for (const c of counts) {
    const key = c.group === null || c.group.trim() === "" ? null : c.group;
    const row = byKey.get(key) ?? zero();
    row[c.result] += c.count;
    byKey.set(key, row);
  }
  const total = (r: ResultCounts) => ARCHIVE_RESULTS.reduce((s, k) => s + r[k], 0);
  const known = [...byKey.entries()]
    .filter((e): e is [string, ResultCounts] => e[0] !== null)
    .map(([key, counts]) => ({ key, label: label(key), counts, total: total(counts) }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  const missing = byKey.get(null);
  return missing ? [...known, { key: "", label: NOT_RECORDED, counts: missing, total: total(missing) }] : known;
}

/** One row per year from the first to the last, newest last; a year with nothing recorded has a total of 0. */
export function rowsByYear(counts: readonly CountRow[], years: readonly number[]): ChartRow[] {
  const byYear = new Map<number, ResultCounts>();
  for (const c of counts) {
    const year = Number(c.group);
    const row = byYear.get(year) ?? zero();
    row[c.result] += c.count;
    byYear.set(year, row);
  }
  const all = [...years, ...byYear.keys()];
  if (all.length === 0) return [];
  const [from, to] = [Math.min(...all), Math.max(...all)];
  const rows: ChartRow[] = [];
  for (let y = from; y <= to; y++) {
    const counts = byYear.get(y) ?? zero();
    rows.push({ key: String(y), label: String(y), counts, total: ARCHIVE_RESULTS.reduce((s, k) => s + counts[k], 0) });
  }
  return rows;
}

/** An axis from 0 to a round maximum at or above `max`, with at most about five ticks of 1, 2 or 5 × 10^k. */
export function axisScale(max: number): { max: number; ticks: number[] } {
  if (max <= 0) return { max: 1, ticks: [0, 1] };
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const step1 = Math.max(1, step);
  const top = Math.ceil(max / step1) * step1;
  const ticks: number[] = [];
  for (let t = 0; t <= top + 1e-9; t += step1) ticks.push(t);
  return { max: top, ticks };
}
