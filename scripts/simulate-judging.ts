// `npm run simulate:judging`: how well each way of ranking entries finds the truth, over simulated
// rounds with known quality, against an oracle that knows every judge (issue 12, decision 025).
// Seeded and deterministic: the same arguments print the same tables.
//
//   npm run simulate:judging                       every regime, 1,000 rounds each
//   npm run simulate:judging -- --rounds 100       a quick look
//   npm run simulate:judging -- --regime M,A0      some regimes (M A0 small large k4 current)
//   npm run simulate:judging -- --seed 2
//
// Setting M (the benchmark): 40 entries; 12 judges (5 employer side, 5 staff side, 2 national
// bodies); k = 3 judges per entry by our own `assignJudges`, 1% conflicts; 5 criteria weighted
// 30/30/20/10/10, three scored 0–10 and two 1–5; an entry's true quality N(5.5, 1.2) on 0–10 with a
// criterion profile of sd 0.5 around it (the truth is the weighted mean of its criteria); each
// judge's leniency N(0, 1.0), +0.2 on the staff side, and scale exp(N(0, 0.3)) (how widely they
// spread marks); each sheet a taste of its own, sd 0.7, but sd 2.5 for one erratic judge; the staff
// side favours 20% of entries by +1.0; each criterion's mark has noise sd 1.0, then is rounded to
// the scale and clipped. A score on 0–10 is round(v); on 1–5, round(1 + 4v/10), v the judge's view.
// The other regimes change one thing each: A0 calibrated judges (no leniency, scale, erratic judge
// or favour), small (15 entries; 3 + 2 + 1 judges), large (60 entries; 8 + 8 + 4), k4 (4 judges per
// entry), current (the world of decision 013: 3 criteria 40/40/20 on 0–10, leniency sd 1.5, noise
// 1, nothing else).
//
// Methods: raw mean; the additive model with k = 3 (shipped until decision 025); the z-score with
// k = 3; the reliability model (app/domain/reliability.ts); the oracle, the ceiling: it knows every
// judge's leniency, scale and noise (not the side's favour, nor any sheet's taste), turns each sheet
// back into an estimate of quality and weighs them by their precision with the true prior.
// Figures: P(the true best entry is in the shortlist of 4), mean overlap of the shortlist with the
// true top 4, P(some entry truly 9th or worse is shortlisted), mean Spearman with the true order;
// each also as a ratio to the oracle's. Then, for the reliability model, the calibration of its
// P(top 4) and how many wrongly proposed finalists its in-doubt list (10–90%) catches.
import { fileURLToPath } from "node:url";
import { assignJudges, type Assignment, type AssignmentInput, type AssignmentJudge, type Side } from "../app/domain/assignment";
import { pairKey } from "../app/domain/conflicts";
import { weightedPercent } from "../app/domain/judging";
import { normaliseSheets } from "../app/domain/normalisation";
import { gaussian, mulberry32 } from "../app/domain/random";
import { fitReliability } from "../app/domain/reliability";
import { computeResults, IN_DOUBT_HIGH, IN_DOUBT_LOW, type Results, type ResultsCriterion } from "../app/domain/results";
import { DEFAULT_EXTRA_SHEETS, planSecondLook, suggestFromResults } from "../app/domain/second-look";

export type World = {
  entries: number;
  sides: [employer: number, staffSide: number, nationalBodies: number];
  perEntry: number;
  criteria: ResultsCriterion[];
  qualitySd: number;
  profileSd: number;
  leniencySd: number;
  staffSideLeniency: number;
  scaleSd: number;
  tasteSd: number;
  erratic: number;
  erraticTasteSd: number;
  favourShare: number;
  favour: number;
  noise: number;
  conflicts: number;
};

const FIVE_CRITERIA: ResultsCriterion[] = [
  { id: 1, title: "Partnership working", weight: 30, scale_min: 0, scale_max: 10 },
  { id: 2, title: "Impact on staff", weight: 30, scale_min: 0, scale_max: 10 },
  { id: 3, title: "Impact on patients", weight: 20, scale_min: 0, scale_max: 10 },
  { id: 4, title: "Sustainability", weight: 10, scale_min: 1, scale_max: 5 },
  { id: 5, title: "Learning and sharing", weight: 10, scale_min: 1, scale_max: 5 },
];
const THREE_CRITERIA: ResultsCriterion[] = [
  { id: 1, title: "Partnership working", weight: 40, scale_min: 0, scale_max: 10 },
  { id: 2, title: "Impact", weight: 40, scale_min: 0, scale_max: 10 },
  { id: 3, title: "Learning and sharing", weight: 20, scale_min: 0, scale_max: 10 },
];

export const SETTING_M: World = {
  entries: 40,
  sides: [5, 5, 2],
  perEntry: 3,
  criteria: FIVE_CRITERIA,
  qualitySd: 1.2,
  profileSd: 0.5,
  leniencySd: 1.0,
  staffSideLeniency: 0.2,
  scaleSd: 0.3,
  tasteSd: 0.7,
  erratic: 1,
  erraticTasteSd: 2.5,
  favourShare: 0.2,
  favour: 1.0,
  noise: 1.0,
  conflicts: 0.01,
};

export const REGIMES: Record<string, { label: string; world: World }> = {
  M: { label: "setting M (the benchmark)", world: SETTING_M },
  A0: { label: "A0: calibrated judges", world: { ...SETTING_M, leniencySd: 0, staffSideLeniency: 0, scaleSd: 0, erratic: 0, favour: 0 } },
  small: { label: "small: 15 entries, 6 judges", world: { ...SETTING_M, entries: 15, sides: [3, 2, 1] } },
  scales: { label: "scales: judges differ more in how widely they mark (scale exp(N(0, 0.5)))", world: { ...SETTING_M, scaleSd: 0.5 } },
  large: { label: "large: 60 entries, 20 judges", world: { ...SETTING_M, entries: 60, sides: [8, 8, 4] } },
  k4: { label: "k = 4 judges per entry", world: { ...SETTING_M, perEntry: 4 } },
  current: {
    label: "current world (decision 013)",
    world: { ...SETTING_M, criteria: THREE_CRITERIA, profileSd: 0, leniencySd: 1.5, staffSideLeniency: 0, scaleSd: 0, tasteSd: 0, erratic: 0, favour: 0, favourShare: 0 },
  },
};

const TRUE_MEAN = 5.5;
const FINALISTS = 4;

type Sheet = { entryId: number; judgeId: number; percent: number; side: Side; scores: Record<number, number> };
type Round = {
  truth: Map<number, number>;
  sheets: Sheet[];
  /** Per judge, what the oracle knows: leniency, scale and the variance of one sheet (0–10 units). */
  judges: Map<number, { leniency: number; scale: number; variance: number }>;
  /** The assignment's input and its first-round assignments, for a second look by the platform's rules. */
  input: AssignmentInput;
  assignments: Assignment[];
  /** A further sheet from the same judge model (same judge, same entry's truth, a fresh taste and noise). */
  draw: (judgeId: number, entryId: number) => Sheet;
};

export function simulateRound(world: World, seed: number, round: number): Round | null {
  const random = mulberry32(seed * 1_000_003 + round);
  const normal = gaussian(random);
  const sides: Side[] = ["employer", "staff_side", "national_body"];
  const judges: AssignmentJudge[] = [];
  world.sides.forEach((count, s) => {
    for (let i = 0; i < count; i++) judges.push({ id: judges.length + 1, side: sides[s] });
  });
  const entries = Array.from({ length: world.entries }, (_, i) => ({ id: 101 + i }));
  const totalWeight = world.criteria.reduce((s, c) => s + c.weight, 0);
  const profile = new Map<number, number[]>();
  const truth = new Map<number, number>();
  for (const e of entries) {
    const q = TRUE_MEAN + world.qualitySd * normal();
    const byCriterion = world.criteria.map(() => q + world.profileSd * normal());
    profile.set(e.id, byCriterion);
    truth.set(e.id, byCriterion.reduce((s, v, i) => s + v * world.criteria[i].weight, 0) / totalWeight);
  }
  const favoured = new Set(entries.filter(() => random() < world.favourShare).map((e) => e.id));
  const erratic = new Set<number>();
  while (erratic.size < Math.min(world.erratic, judges.length)) erratic.add(judges[Math.floor(random() * judges.length)].id);
  // The variance of a sheet's weighted mean from criterion noise and rounding (0–10 units).
  const w2 = world.criteria.reduce((s, c) => s + (c.weight / totalWeight) ** 2 * (world.noise ** 2 + (c.scale_max - c.scale_min === 4 ? 6.25 : 1) / 12), 0);
  const known = new Map<number, { leniency: number; scale: number; variance: number; side: Side; taste: number }>();
  for (const j of judges) {
    const taste = erratic.has(j.id) ? world.erraticTasteSd : world.tasteSd;
    const scale = Math.exp(world.scaleSd * normal());
    const leniency = world.leniencySd * normal() + (j.side === "staff_side" ? world.staffSideLeniency : 0);
    known.set(j.id, { leniency, scale, variance: taste ** 2 + w2, side: j.side, taste });
  }
  const conflicts = new Set<string>();
  for (const j of judges) for (const e of entries) if (random() < world.conflicts) conflicts.add(pairKey(j.id, e.id));
  const input: AssignmentInput = { entries, judges, perEntry: world.perEntry, seed: seed * 7919 + round, conflicts };
  const assigned = assignJudges(input);
  if (!assigned.ok) return null;
  const draw = (judgeId: number, entryId: number): Sheet => {
    const judge = known.get(judgeId)!;
    const shift = judge.leniency + judge.taste * normal() + (judge.side === "staff_side" && favoured.has(entryId) ? world.favour : 0);
    const scores: Record<number, number> = {};
    world.criteria.forEach((c, i) => {
      const v = TRUE_MEAN + judge.scale * (profile.get(entryId)![i] - TRUE_MEAN) + shift + world.noise * normal();
      const mark = c.scale_max - c.scale_min === 4 ? Math.round(1 + (4 * v) / 10) : Math.round(v);
      scores[c.id] = Math.min(c.scale_max, Math.max(c.scale_min, mark));
    });
    return { entryId, judgeId, percent: weightedPercent(world.criteria, scores)!, side: judge.side, scores };
  };
  const sheets = assigned.assignments.map(({ judgeId, entryId }) => draw(judgeId, entryId));
  return {
    truth,
    sheets,
    judges: new Map([...known].map(([id, k]) => [id, { leniency: k.leniency, scale: k.scale, variance: k.variance }])),
    input,
    assignments: assigned.assignments,
    draw,
  };
}

const byEntry = (sheets: Sheet[], value: (s: Sheet) => number) => {
  const groups = new Map<number, number[]>();
  for (const s of sheets) groups.set(s.entryId, [...(groups.get(s.entryId) ?? []), value(s)]);
  return groups;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The ceiling: each sheet turned back into quality with its judge's true leniency and scale, weighed by its precision. */
function oracle(world: World, r: Round): Map<number, number> {
  const out = new Map<number, number>();
  const prior = 1 / world.qualitySd ** 2;
  const sums = new Map<number, [number, number]>();
  for (const s of r.sheets) {
    const j = r.judges.get(s.judgeId)!;
    const estimate = TRUE_MEAN + (s.percent / 10 - TRUE_MEAN - j.leniency) / j.scale;
    const precision = j.scale ** 2 / j.variance;
    const [a, b] = sums.get(s.entryId) ?? [TRUE_MEAN * prior, prior];
    sums.set(s.entryId, [a + precision * estimate, b + precision]);
  }
  for (const [id, [a, b]] of sums) out.set(id, a / b);
  return out;
}

/** A round after its first sheets and after a second look, scored as the platform scores it. */
type Scored = {
  first: Results;
  /** The round with the second look's sheets added (the same round when nothing was added). */
  after: Round;
  second: Results;
};
type Method = { name: string; score: (r: Round, scored: Scored) => Map<number, number> };
const normalisedOf = (results: Results) => new Map(results.entries.filter((e) => e.normalisedPercent !== null).map((e) => [e.entryId, e.normalisedPercent!]));
const METHODS = (world: World): Method[] => [
  { name: "raw mean", score: (r) => new Map([...byEntry(r.sheets, (s) => s.percent)].map(([id, xs]) => [id, mean(xs)])) },
  { name: "additive, k=3 (013)", score: (r) => new Map(normaliseSheets(r.sheets, { method: "additive", shrinkage: 3 }).entries.map((e) => [e.entryId, e.percent])) },
  { name: "z-score, k=3", score: (r) => new Map(normaliseSheets(r.sheets, { method: "zscore", shrinkage: 3 }).entries.map((e) => [e.entryId, e.percent])) },
  { name: "reliability, with scales (031)", score: (r) => new Map(fitReliability(r.sheets, { scales: true }).entries.map((e) => [e.entryId, e.percent])) },
  { name: "reliability model", score: (_r, s) => normalisedOf(s.first) },
  { name: "oracle (ceiling)", score: (r) => oracle(world, r) },
  { name: "reliability + second look", score: (_r, s) => normalisedOf(s.second) },
  { name: "oracle + second look", score: (_r, s) => oracle(world, s.after) },
];
const WITH_SCALES = 3;
const RELIABILITY = 4;
const ORACLE = 5;
const SECOND_LOOK = 6;

/**
 * The second look as the platform runs it: the results' suggestion (`suggestFromResults`), judges
 * picked by `planSecondLook` (what `previewSecondLook` and `confirmSecondLook` call) over the round's
 * assignments, DEFAULT_EXTRA_SHEETS each, sheets from the same judges, then the results again. A plan
 * that only bends the load rule is taken (the secretariat confirms it with a reason); one that breaks
 * another rule adds nothing, as the page refuses it.
 */
function scoreRound(world: World, r: Round): Scored & { chosen: number; added: number; refused: boolean } {
  const entryIds = [...r.truth.keys()];
  const first = computeResults(world.criteria, r.sheets, entryIds, { finalists: FINALISTS });
  const chosen = suggestFromResults(first, FINALISTS);
  if (chosen.length === 0) return { first, after: r, second: first, chosen: 0, added: 0, refused: false };
  const plan = planSecondLook({ ...r.input, seed: r.input.seed + 1, existing: r.assignments }, chosen, DEFAULT_EXTRA_SHEETS);
  const refused = plan.problems.length > 0 && !plan.overridable;
  if (refused || plan.added.length === 0) return { first, after: r, second: first, chosen: chosen.length, added: 0, refused };
  const after: Round = { ...r, sheets: [...r.sheets, ...plan.added.map((a) => r.draw(a.judgeId, a.entryId))] };
  const second = computeResults(world.criteria, after.sheets, entryIds, { finalists: FINALISTS });
  return { first, after, second, chosen: chosen.length, added: plan.added.length, refused };
}

/** Best first; ties broken by entry id (ids are unrelated to quality). */
const order = (scores: Map<number, number>) => [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);

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
  const centre = (ids.length + 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (const id of ids) {
    const x = ra.get(id)! - centre;
    const y = rb.get(id)! - centre;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return da && db ? num / Math.sqrt(da * db) : 0;
}

export type Figures = { best: number; overlap: number; ninthOrWorse: number; spearman: number };
export type CalibrationBin = { bin: string; predictions: number; predicted: number; observed: number };
export type RegimeReport = {
  regime: string;
  rounds: number;
  skipped: number;
  methods: { method: string; figures: Figures }[];
  calibration: CalibrationBin[];
  /** Wrongly proposed finalists (model's top 4, not truly top 4) whose P(top 4) was in doubt. */
  inDoubtCatch: number;
  inDoubtSize: number;
  /** Entries suggested a round, extra sheets as a share of the first round's, rounds whose plan was refused. */
  secondLook: { entries: number; extraShare: number; refused: number };
  seconds: number;
};

export function simulateRegime(name: string, rounds: number, seed = 1): RegimeReport {
  const started = performance.now();
  const world = REGIMES[name].world;
  const methods = METHODS(world);
  const sums = methods.map(() => ({ best: 0, overlap: 0, ninthOrWorse: 0, spearman: 0 }));
  const bins = Array.from({ length: 10 }, () => ({ predictions: 0, predicted: 0, observed: 0 }));
  let wrong = 0;
  let caught = 0;
  let inDoubt = 0;
  let done = 0;
  let skipped = 0;
  const extra = { chosen: 0, added: 0, assigned: 0, refused: 0 };
  for (let round = 1; round <= rounds; round++) {
    const r = simulateRound(world, seed, round);
    if (!r) {
      skipped++;
      continue;
    }
    done++;
    const truthOrder = order(r.truth);
    const trueRank = new Map(truthOrder.map((id, i) => [id, i + 1]));
    const trueTop = new Set(truthOrder.slice(0, FINALISTS));
    const scored = scoreRound(world, r);
    extra.chosen += scored.chosen;
    extra.added += scored.added;
    extra.assigned += r.assignments.length;
    extra.refused += scored.refused ? 1 : 0;
    methods.forEach((m, i) => {
      const scores = m.score(r, scored);
      const top = order(scores).slice(0, FINALISTS);
      sums[i].best += top.includes(truthOrder[0]) ? 1 : 0;
      sums[i].overlap += top.filter((id) => trueTop.has(id)).length / FINALISTS;
      sums[i].ninthOrWorse += top.some((id) => trueRank.get(id)! >= 9) ? 1 : 0;
      sums[i].spearman += spearman(scores, r.truth);
    });
    // The chances the results page shows after the first round.
    const chances = new Map(scored.first.entries.map((e) => [e.entryId, e.topChance ?? 0]));
    for (const [id, p] of chances) {
      const b = bins[Math.min(9, Math.floor(p * 10))];
      b.predictions++;
      b.predicted += p;
      b.observed += trueTop.has(id) ? 1 : 0;
      if (p >= IN_DOUBT_LOW && p <= IN_DOUBT_HIGH) inDoubt++;
    }
    const proposed = order(normalisedOf(scored.first)).slice(0, FINALISTS);
    for (const id of proposed) {
      if (trueTop.has(id)) continue;
      wrong++;
      const p = chances.get(id)!;
      if (p >= IN_DOUBT_LOW && p <= IN_DOUBT_HIGH) caught++;
    }
  }
  const per = Math.max(done, 1);
  return {
    regime: name,
    rounds: done,
    skipped,
    methods: methods.map((m, i) => ({
      method: m.name,
      figures: { best: sums[i].best / per, overlap: sums[i].overlap / per, ninthOrWorse: sums[i].ninthOrWorse / per, spearman: sums[i].spearman / per },
    })),
    calibration: bins.map((b, i) => ({
      bin: `${i * 10}–${i * 10 + 10}%`,
      predictions: b.predictions,
      predicted: b.predictions ? b.predicted / b.predictions : 0,
      observed: b.predictions ? b.observed / b.predictions : 0,
    })),
    secondLook: { entries: extra.chosen / per, extraShare: extra.assigned ? extra.added / extra.assigned : 0, refused: extra.refused },
    inDoubtCatch: wrong ? caught / wrong : 1,
    inDoubtSize: inDoubt / per,
    seconds: (performance.now() - started) / 1000,
  };
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const ratio = (x: number, o: number) => (o ? (x / o).toFixed(3) : "–");

function print(report: RegimeReport) {
  console.log(
    `\n${REGIMES[report.regime].label}: ${report.rounds} rounds (${report.skipped} skipped: assignment impossible), ${report.seconds.toFixed(1)} s`,
  );
  const o = report.methods[ORACLE].figures;
  console.table(
    report.methods.map(({ method, figures: f }) => ({
      method,
      "P(true best shortlisted)": percent(f.best),
      "÷ oracle": ratio(f.best, o.best),
      "overlap with true top 4": percent(f.overlap),
      "÷ oracle ": ratio(f.overlap, o.overlap),
      "P(9th or worse shortlisted)": percent(f.ninthOrWorse),
      "÷ oracle  ": ratio(f.ninthOrWorse, o.ninthOrWorse),
      Spearman: f.spearman.toFixed(3),
      "÷ oracle   ": ratio(f.spearman, o.spearman),
    })),
  );
  console.log(`Reliability model's P(top 4), calibration (predicted against how often the entry was truly top 4):`);
  console.table(
    report.calibration.map((b) => ({
      "P(top 4)": b.bin,
      entries: b.predictions,
      predicted: b.predictions ? percent(b.predicted) : "–",
      observed: b.predictions ? percent(b.observed) : "–",
      "difference (points)": b.predictions ? (100 * (b.observed - b.predicted)).toFixed(1) : "–",
    })),
  );
  console.log(
    `In doubt (${Math.round(IN_DOUBT_LOW * 100)}–${Math.round(IN_DOUBT_HIGH * 100)}%): ${report.inDoubtSize.toFixed(1)} entries a round; ` +
      `it holds ${percent(report.inDoubtCatch)} of the wrongly proposed finalists.`,
  );
  console.log(
    `Second look (${DEFAULT_EXTRA_SHEETS} extra sheets for each suggested entry): ${report.secondLook.entries.toFixed(1)} entries a round, ` +
      `${percent(report.secondLook.extraShare)} more sheets; ${report.secondLook.refused} rounds' plans refused.`,
  );
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  if (at >= 0) return process.argv[at + 1];
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rounds = Number(argument("rounds") ?? 1000);
  const seed = Number(argument("seed") ?? 1);
  const names = (argument("regime") ?? Object.keys(REGIMES).join(",")).split(",");
  for (const n of names) if (!REGIMES[n]) throw new Error(`Unknown regime ${n}; the regimes are ${Object.keys(REGIMES).join(", ")}`);
  if (!(rounds >= 1) || !Number.isInteger(rounds)) throw new Error(`--rounds must be a whole number, 1 or more`);
  const reports = names.map((n) => {
    const report = simulateRegime(n, rounds, seed);
    print(report);
    return report;
  });
  const fig = (regime: string, method: number) => reports.find((r) => r.regime === regime)?.methods[method].figures;
  const guards: string[] = [];
  const a0 = fig("A0", RELIABILITY);
  const a0raw = fig("A0", 0);
  if (a0 && a0raw) guards.push(`A0: reliability model ${percent(a0.best)} against raw mean ${percent(a0raw.best)} (P(true best shortlisted); guard: within 1.5 points)`);
  for (const regime of ["current", "small"]) {
    const now = fig(regime, 1);
    const withScales = fig(regime, WITH_SCALES);
    const next = fig(regime, RELIABILITY);
    if (now && withScales && next)
      guards.push(`${regime}: reliability model ${percent(next.best)} against the additive model's ${percent(now.best)} and with scales ${percent(withScales.best)} (guard: no worse by more than 1 point)`);
  }
  const m = fig("M", RELIABILITY);
  const mSecond = fig("M", SECOND_LOOK);
  const mReport = reports.find((r) => r.regime === "M");
  if (m && mSecond && mReport) {
    console.log(
      `\nTargets in setting M (model alone → with the second look, ${percent(mReport.secondLook.extraShare)} more sheets): ` +
        `P(true best shortlisted) ${percent(m.best)} → ${percent(mSecond.best)} (target ≥ 90%); ` +
        `overlap ${percent(m.overlap)} → ${percent(mSecond.overlap)} (≥ 67%); 9th or worse ${percent(m.ninthOrWorse)} → ${percent(mSecond.ninthOrWorse)} (≤ 33%).`,
    );
  }
  if (guards.length) console.log(`\nGuards:\n- ${guards.join("\n- ")}`);
}
