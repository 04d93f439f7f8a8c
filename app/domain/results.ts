// The results table for the secretariat (issue 6): one row per entry from the submitted score
// sheets, with the raw weighted mean, the median, the spread, per-criterion means, each side's
// mean, flags for divergence and disagreement, the judge-normalised score (./normalisation) and
// three rankings side by side, plus how sensitive the finalists are to the choice of ranking.
// Pure and deterministic; docs/decisions/013-judge-normalisation.md explains the choices.
//
// Definitions (percentages are of the most a sheet could score, as `weightedPercent` computes):
// - meanPercent: mean over the entry's sheets of each sheet's weighted percentage.
// - medianPercent: their median (the mean of the middle two for an even count).
// - spread: max − min of the sheets' percentages, in percentage points (0 for one sheet).
// - criterionMeans: mean score per criterion, in the criterion's own units.
// - employerMean / staffSideMean: mean percentage of that side's sheets (national bodies count in
//   neither); sidesDiverge when both exist and differ by SIDES_DIVERGE_POINTS or more.
// - disagreement: two or more sheets whose spread is DISAGREEMENT_SPREAD_POINTS or more.
// - normalisedPercent: mean of the entry's sheets after judge normalisation.
// - ranks: 1 is best. Scores within 1e-9 points tie and share the better rank ("1, 2, 2, 4").
//   Entries without sheets have null scores and no rank.
// - sensitivity: a method's top N is every entry ranked N or better, so a tie at the cut puts
//   more than N in (the secretariat must break it, not the code); ordered by rank, then entry id.
import { weightedPercent } from "./judging";
import { DEFAULT_SHRINKAGE, normaliseSheets, type NormalisationMethod } from "./normalisation";

export type ResultsSide = "employer" | "staff_side" | "national_body";
export type ResultsCriterion = { id: number; title: string; weight: number; scale_min: number; scale_max: number };
/** A submitted sheet: every criterion scored. A sheet missing a score is left out of the results. */
export type ResultsSheet = { entryId: number; judgeId: number; side: ResultsSide; scores: Record<number, number> };

export type EntryResult = {
  entryId: number;
  sheets: number;
  meanPercent: number | null;
  medianPercent: number | null;
  spread: number | null;
  criterionMeans: Record<number, number | null>;
  employerMean: number | null;
  staffSideMean: number | null;
  sidesDiverge: boolean;
  disagreement: boolean;
  normalisedPercent: number | null;
  rawRank: number | null;
  medianRank: number | null;
  normalisedRank: number | null;
};

export type RankingMethod = "raw" | "median" | "normalised";
export const RANKING_METHODS: readonly RankingMethod[] = ["raw", "median", "normalised"];

export type Sensitivity = {
  n: number;
  /** The three methods put the same entries in their top N. */
  sameTopN: boolean;
  /** Each method's top N (entry ids, best first). */
  byMethod: Record<RankingMethod, number[]>;
  /** Entries in some methods' top N but not all: where each has them in and out. */
  movers: { entryId: number; in: RankingMethod[]; out: RankingMethod[] }[];
};

export type JudgeResult = {
  judgeId: number;
  side: ResultsSide;
  sheets: number;
  meanPercent: number;
  /** Mean change normalisation made to this judge's sheets, in points: positive raises a harsh judge. */
  adjustment: number;
};

export type ResultsOptions = {
  /** Size of the top set compared in `sensitivity` (default 4). */
  finalists?: number;
  /** Prior weight of the normalisation, in sheets (default 3). */
  shrinkage?: number;
  /** Normalisation method (default "additive"; see ./normalisation). */
  method?: NormalisationMethod;
};

export type Results = { entries: EntryResult[]; sensitivity: Sensitivity; judges: JudgeResult[] };

/** Employer-side and staff-side means this far apart (points) or more are flagged. */
export const SIDES_DIVERGE_POINTS = 15;
/** Sheets this far apart (max − min, points) or more are flagged as a disagreement. */
export const DISAGREEMENT_SPREAD_POINTS = 25;
export const DEFAULT_FINALISTS = 4;
/** Scores closer than this (points) tie. */
export const TIE_TOLERANCE = 1e-9;

/** Competition ranking ("1, 2, 2, 4"), higher is better; nulls get no rank. */
export function rankScores(scores: readonly (number | null)[]): (number | null)[] {
  const present: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i] !== null) present.push(i);
  present.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const ranks: (number | null)[] = new Array(scores.length).fill(null);
  let groupScore = Infinity;
  let groupRank = 0;
  for (let position = 0; position < present.length; position++) {
    const i = present[position];
    const score = scores[i] as number;
    // Compared with the first of the tied group, so a run of tiny differences cannot chain.
    if (groupScore - score > TIE_TOLERANCE) {
      groupScore = score;
      groupRank = position + 1;
    }
    ranks[i] = groupRank;
  }
  return ranks;
}

function median(sorted: readonly number[]): number {
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

const EMPTY_ROW = (entryId: number, criteria: readonly ResultsCriterion[]): EntryResult => {
  const criterionMeans: Record<number, number | null> = {};
  for (const c of criteria) criterionMeans[c.id] = null;
  return {
    entryId,
    sheets: 0,
    meanPercent: null,
    medianPercent: null,
    spread: null,
    criterionMeans,
    employerMean: null,
    staffSideMean: null,
    sidesDiverge: false,
    disagreement: false,
    normalisedPercent: null,
    rawRank: null,
    medianRank: null,
    normalisedRank: null,
  };
};

export function computeResults(
  criteria: readonly ResultsCriterion[],
  sheets: readonly ResultsSheet[],
  entryIds: readonly number[],
  options: ResultsOptions = {},
): Results {
  const finalists = options.finalists ?? DEFAULT_FINALISTS;
  const ids = [...new Set(entryIds)];
  const row = new Map<number, number>();
  ids.forEach((id, i) => row.set(id, i));

  // Only complete sheets for the listed entries count, everywhere (normalisation included).
  const used: ResultsSheet[] = [];
  const usedAt: number[] = [];
  const forNormalising: { entryId: number; judgeId: number; percent: number }[] = [];
  const count = new Int32Array(ids.length);
  for (const sheet of sheets) {
    const at = row.get(sheet.entryId);
    if (at === undefined) continue;
    const percent = weightedPercent(criteria, sheet.scores);
    if (percent === null) continue;
    used.push(sheet);
    usedAt.push(at);
    forNormalising.push({ entryId: sheet.entryId, judgeId: sheet.judgeId, percent });
    count[at]++;
  }
  // Each entry's sheets, contiguous: sheets start[at] .. start[at + 1] − 1 of `bucket`.
  const start = new Int32Array(ids.length + 1);
  for (let i = 0; i < ids.length; i++) start[i + 1] = start[i] + count[i];
  const fill = start.slice(0, ids.length);
  const bucket = new Int32Array(used.length);
  for (let u = 0; u < used.length; u++) bucket[fill[usedAt[u]]++] = u;

  const norm = normaliseSheets(forNormalising, { method: options.method, shrinkage: options.shrinkage ?? DEFAULT_SHRINKAGE });
  const normalisedByEntry = new Map<number, number>();
  for (const e of norm.entries) normalisedByEntry.set(e.entryId, e.percent);

  const percents: number[] = [];
  const entries: EntryResult[] = ids.map((entryId, at) => {
    const n = count[at];
    if (n === 0) return EMPTY_ROW(entryId, criteria);
    percents.length = 0;
    let sum = 0;
    let employerSum = 0;
    let employerCount = 0;
    let staffSum = 0;
    let staffCount = 0;
    for (let p = start[at]; p < start[at + 1]; p++) {
      const u = bucket[p];
      const x = forNormalising[u].percent;
      percents.push(x);
      sum += x;
      const side = used[u].side;
      if (side === "employer") {
        employerSum += x;
        employerCount++;
      } else if (side === "staff_side") {
        staffSum += x;
        staffCount++;
      }
    }
    percents.sort((a, b) => a - b);
    const criterionMeans: Record<number, number | null> = {};
    for (const c of criteria) {
      let total = 0;
      for (let p = start[at]; p < start[at + 1]; p++) total += used[bucket[p]].scores[c.id];
      criterionMeans[c.id] = total / n;
    }
    const spread = percents[n - 1] - percents[0];
    const employerMean = employerCount ? employerSum / employerCount : null;
    const staffSideMean = staffCount ? staffSum / staffCount : null;
    return {
      entryId,
      sheets: n,
      meanPercent: sum / n,
      medianPercent: median(percents),
      spread,
      criterionMeans,
      employerMean,
      staffSideMean,
      sidesDiverge:
        employerMean !== null && staffSideMean !== null && Math.abs(employerMean - staffSideMean) >= SIDES_DIVERGE_POINTS - TIE_TOLERANCE,
      disagreement: n >= 2 && spread >= DISAGREEMENT_SPREAD_POINTS - TIE_TOLERANCE,
      normalisedPercent: normalisedByEntry.get(entryId) ?? null,
      rawRank: null,
      medianRank: null,
      normalisedRank: null,
    };
  });

  const rawRanks = rankScores(entries.map((e) => e.meanPercent));
  const medianRanks = rankScores(entries.map((e) => e.medianPercent));
  const normalisedRanks = rankScores(entries.map((e) => e.normalisedPercent));
  entries.forEach((e, i) => {
    e.rawRank = rawRanks[i];
    e.medianRank = medianRanks[i];
    e.normalisedRank = normalisedRanks[i];
  });

  const sideOf = new Map<number, ResultsSide>();
  for (const sheet of used) if (!sideOf.has(sheet.judgeId)) sideOf.set(sheet.judgeId, sheet.side);
  const judges: JudgeResult[] = norm.judges.map((j) => ({
    judgeId: j.judgeId,
    side: sideOf.get(j.judgeId)!,
    sheets: j.sheets,
    meanPercent: j.meanPercent,
    adjustment: j.adjustment,
  }));

  return { entries, sensitivity: sensitivityOf(entries, finalists), judges };
}

const RANK_FIELD: Record<RankingMethod, "rawRank" | "medianRank" | "normalisedRank"> = {
  raw: "rawRank",
  median: "medianRank",
  normalised: "normalisedRank",
};

/** Whether the top N differs between the three rankings, and which entries move. */
export function sensitivityOf(entries: readonly EntryResult[], n: number = DEFAULT_FINALISTS): Sensitivity {
  const top = (method: RankingMethod) =>
    entries
      .filter((e) => e[RANK_FIELD[method]] !== null && e[RANK_FIELD[method]]! <= n)
      .sort((a, b) => a[RANK_FIELD[method]]! - b[RANK_FIELD[method]]! || a.entryId - b.entryId)
      .map((e) => e.entryId);
  const byMethod = { raw: top("raw"), median: top("median"), normalised: top("normalised") };
  const sets = RANKING_METHODS.map((m) => new Set(byMethod[m]));
  const union = [...new Set(RANKING_METHODS.flatMap((m) => byMethod[m]))];
  const movers = union
    .map((entryId) => ({
      entryId,
      in: RANKING_METHODS.filter((_, i) => sets[i].has(entryId)),
      out: RANKING_METHODS.filter((_, i) => !sets[i].has(entryId)),
    }))
    .filter((m) => m.out.length > 0);
  // In raw order where the raw ranking has them, then by entry id.
  const rawRank = new Map(entries.map((e) => [e.entryId, e.rawRank ?? Infinity]));
  movers.sort((a, b) => rawRank.get(a.entryId)! - rawRank.get(b.entryId)! || a.entryId - b.entryId);
  return { n, sameTopN: movers.length === 0, byMethod, movers };
}

/** An entry whose chance of the top N is between these is "in doubt". */
export const IN_DOUBT_LOW = 0.1;
export const IN_DOUBT_HIGH = 0.9;
