// `npm run simulate:judging`: how well each way of ranking entries finds the truth, over many
// simulated rounds with known quality. Seeded and deterministic: the same settings print the same table.
//
// Each cycle: 40 entries with true quality q_e ~ N(5.5, 1.2) on the 0–10 scale; 12 judges (5 employer
// side, 5 staff side, 2 national bodies), each with a leniency b_j ~ N(0, 1.5) points; judges assigned
// by our own `assignJudges` (3 per entry, about 1% random conflicts, a seed per cycle); each judge scores
// each of 3 criteria (0–10, weights 40/40/20) as round(q_e + b_j + noise), noise ~ N(0, 1), clipped to
// 0–10. Then every ranking method is run and compared with the true order.
//
// Settings by environment: SIM_CYCLES (500), SIM_SEED (1), SIM_ENTRIES (40), SIM_LENIENCY (1.5),
// SIM_NOISE (1), SIM_SHRINKAGE (3), SIM_FINALISTS (4), SIM_CONFLICTS (0.01), SIM_SCALE_SD (0: judges
// also differ in how widely they spread marks, x = 5.5 + (q − 5.5)·exp(N(0, SIM_SCALE_SD)) + b + noise).
import { fileURLToPath } from "node:url";
import { assignJudges, type AssignmentJudge, type Side } from "../app/domain/assignment";
import { pairKey } from "../app/domain/conflicts";
import { gaussian, mulberry32 } from "../app/domain/random";
import { weightedPercent } from "../app/domain/judging";
import { normaliseSheets, type NormalisationMethod } from "../app/domain/normalisation";
import type { ResultsCriterion } from "../app/domain/results";

const env = (name: string, fallback: number) => {
  const value = process.env[name];
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number; it is ${value}`);
  return n;
};

export type SimulationSettings = {
  cycles: number;
  seed: number;
  entries: number;
  leniency: number;
  noise: number;
  shrinkage: number;
  finalists: number;
  conflictRate: number;
  scaleSd: number;
};

export const DEFAULT_SETTINGS: SimulationSettings = {
  cycles: 500,
  seed: 1,
  entries: 40,
  leniency: 1.5,
  noise: 1,
  shrinkage: 3,
  finalists: 4,
  conflictRate: 0.01,
  scaleSd: 0,
};

const JUDGE_SIDES: [Side, number][] = [
  ["employer", 5],
  ["staff_side", 5],
  ["national_body", 2],
];
const CRITERIA: ResultsCriterion[] = [
  { id: 1, title: "Partnership working", weight: 40, scale_min: 0, scale_max: 10 },
  { id: 2, title: "Impact", weight: 40, scale_min: 0, scale_max: 10 },
  { id: 3, title: "Learning and sharing", weight: 20, scale_min: 0, scale_max: 10 },
];
const TRUE_MEAN = 5.5;
const TRUE_SD = 1.2;
const PER_ENTRY = 3;


type Method = { name: string; score: (cycle: Cycle) => Map<number, number> };

type Cycle = {
  truth: Map<number, number>;
  sheets: { entryId: number; judgeId: number; percent: number }[];
  leniencyPercent: Map<number, number>;
};

function simulateCycle(settings: SimulationSettings, cycle: number): Cycle | null {
  const random = mulberry32(settings.seed * 1_000_003 + cycle);
  const normal = gaussian(random);
  const judges: AssignmentJudge[] = [];
  for (const [side, count] of JUDGE_SIDES) for (let i = 0; i < count; i++) judges.push({ id: judges.length + 1, side });
  const entries = Array.from({ length: settings.entries }, (_, i) => ({ id: 101 + i }));
  const truth = new Map(entries.map((e) => [e.id, TRUE_MEAN + TRUE_SD * normal()]));
  const leniency = new Map(judges.map((j) => [j.id, settings.leniency * normal()]));
  const stretch = new Map(judges.map((j) => [j.id, Math.exp(settings.scaleSd * normal())]));
  const conflicts = new Set<string>();
  for (const j of judges) for (const e of entries) if (random() < settings.conflictRate) conflicts.add(pairKey(j.id, e.id));
  const assigned = assignJudges({ entries, judges, perEntry: PER_ENTRY, seed: settings.seed * 7919 + cycle, conflicts });
  if (!assigned.ok) return null;
  const sheets = assigned.assignments.map(({ judgeId, entryId }) => {
    const scores: Record<number, number> = {};
    for (const c of CRITERIA) {
      const q = TRUE_MEAN + (truth.get(entryId)! - TRUE_MEAN) * stretch.get(judgeId)!;
      const raw = Math.round(q + leniency.get(judgeId)! + settings.noise * normal());
      scores[c.id] = Math.min(c.scale_max, Math.max(c.scale_min, raw));
    }
    return { entryId, judgeId, percent: weightedPercent(CRITERIA, scores)! };
  });
  // Leniency in percentage points, for the "knows every leniency" reference row.
  const leniencyPercent = new Map([...leniency].map(([id, b]) => [id, b * 10]));
  return { truth, sheets, leniencyPercent };
}

const meanBy = (cycle: Cycle, value: (s: Cycle["sheets"][number]) => number) => {
  const groups = new Map<number, number[]>();
  for (const s of cycle.sheets) {
    const list = groups.get(s.entryId) ?? [];
    list.push(value(s));
    groups.set(s.entryId, list);
  }
  return groups;
};

const normalised = (method: NormalisationMethod, shrinkage: number) => (cycle: Cycle) =>
  new Map(normaliseSheets(cycle.sheets, { method, shrinkage }).entries.map((e) => [e.entryId, e.percent]));

function methods(settings: SimulationSettings): Method[] {
  const k = settings.shrinkage;
  return [
    {
      name: "raw mean",
      score: (c) => new Map([...meanBy(c, (s) => s.percent)].map(([id, xs]) => [id, xs.reduce((a, b) => a + b, 0) / xs.length])),
    },
    {
      name: "median",
      score: (c) =>
        new Map(
          [...meanBy(c, (s) => s.percent)].map(([id, xs]) => {
            const sorted = [...xs].sort((a, b) => a - b);
            const m = sorted.length >> 1;
            return [id, sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2];
          }),
        ),
    },
    { name: `normalised: additive model, k=${k} (chosen)`, score: normalised("additive", k) },
    { name: `normalised: z-score, k=${k}`, score: normalised("zscore", k) },
    { name: "additive model, k=0 (no shrinkage)", score: normalised("additive", 0) },
    { name: "z-score, k=0 (no shrinkage)", score: normalised("zscore", 0) },
    {
      name: "reference: raw mean minus each judge's true leniency",
      score: (c) =>
        new Map(
          [...meanBy(c, (s) => s.percent - c.leniencyPercent.get(s.judgeId)!)].map(([id, xs]) => [id, xs.reduce((a, b) => a + b, 0) / xs.length]),
        ),
    },
  ];
}

/** Best first; ties broken by entry id (ids are unrelated to quality, so this favours no method). */
function order(scores: Map<number, number>): number[] {
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
}

/** Spearman's rho from average ranks (ties share the mean of their positions). */
function spearman(a: Map<number, number>, b: Map<number, number>): number {
  const ids = [...a.keys()].filter((id) => b.has(id));
  const ranks = (m: Map<number, number>) => {
    const sorted = ids.map((id) => ({ id, v: m.get(id)! })).sort((x, y) => x.v - y.v);
    const r = new Map<number, number>();
    for (let i = 0; i < sorted.length; ) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1].v === sorted[i].v) j++;
      for (let t = i; t <= j; t++) r.set(sorted[t].id, (i + j) / 2 + 1);
      i = j + 1;
    }
    return r;
  };
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (ids.length + 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (const id of ids) {
    const x = ra.get(id)! - mean;
    const y = rb.get(id)! - mean;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return da && db ? num / Math.sqrt(da * db) : 0;
}

export type SimulationRow = { method: string; "exact top N": string; "mean overlap": number; "mean Spearman": number };

export function simulate(settings: SimulationSettings = DEFAULT_SETTINGS): { rows: SimulationRow[]; cycles: number; skipped: number } {
  const list = methods(settings);
  const exact = list.map(() => 0);
  const overlap = list.map(() => 0);
  const rho = list.map(() => 0);
  let done = 0;
  let skipped = 0;
  const n = settings.finalists;
  for (let cycle = 1; cycle <= settings.cycles; cycle++) {
    const c = simulateCycle(settings, cycle);
    if (!c) {
      skipped++;
      continue;
    }
    done++;
    const trueTop = new Set(order(c.truth).slice(0, n));
    list.forEach((method, m) => {
      const scores = method.score(c);
      const top = order(scores).slice(0, n);
      const hits = top.filter((id) => trueTop.has(id)).length;
      if (hits === n) exact[m]++;
      overlap[m] += hits;
      rho[m] += spearman(scores, c.truth);
    });
  }
  const rows = list.map((method, m) => ({
    method: method.name,
    "exact top N": `${((100 * exact[m]) / Math.max(done, 1)).toFixed(1)}%`,
    "mean overlap": Math.round((overlap[m] / Math.max(done, 1)) * 100) / 100,
    "mean Spearman": Math.round((rho[m] / Math.max(done, 1)) * 1000) / 1000,
  }));
  return { rows, cycles: done, skipped };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const settings: SimulationSettings = {
    cycles: env("SIM_CYCLES", DEFAULT_SETTINGS.cycles),
    seed: env("SIM_SEED", DEFAULT_SETTINGS.seed),
    entries: env("SIM_ENTRIES", DEFAULT_SETTINGS.entries),
    leniency: env("SIM_LENIENCY", DEFAULT_SETTINGS.leniency),
    noise: env("SIM_NOISE", DEFAULT_SETTINGS.noise),
    shrinkage: env("SIM_SHRINKAGE", DEFAULT_SETTINGS.shrinkage),
    finalists: env("SIM_FINALISTS", DEFAULT_SETTINGS.finalists),
    conflictRate: env("SIM_CONFLICTS", DEFAULT_SETTINGS.conflictRate),
    scaleSd: env("SIM_SCALE_SD", DEFAULT_SETTINGS.scaleSd),
  };
  const started = performance.now();
  const { rows, cycles, skipped } = simulate(settings);
  console.log(
    `${cycles} simulated rounds (${skipped} skipped: assignment impossible), ${settings.entries} entries, 12 judges, ` +
      `${PER_ENTRY} per entry, leniency σ=${settings.leniency}, noise σ=${settings.noise}, scale σ=${settings.scaleSd}, ` +
      `seed ${settings.seed}; top ${settings.finalists} against the truth. ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  console.table(rows);
}
