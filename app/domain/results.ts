// The results table for the secretariat (issue 6): one row per entry from the submitted score
// sheets, with the raw weighted mean, the median, the spread, per-criterion means, each side's
// mean, flags for divergence and disagreement, the judge-normalised score (./reliability, or the
// older methods of ./normalisation) and three rankings side by side, plus each entry's chance of
// belonging in the top N and the entries in doubt. Pure and deterministic;
// docs/decisions/013-judge-normalisation.md and 025-reliability-aware-normalisation.md explain the choices.
//
// Definitions (percentages are of the most a sheet could score, as `weightedPercent` computes):
// - meanPercent: mean over the entry's sheets of each sheet's weighted percentage.
// - medianPercent: their median (the mean of the middle two for an even count).
// - spread: max − min of the sheets' percentages, in percentage points (0 for one sheet).
// - criterionMeans: mean score per criterion, in the criterion's own units.
// - employerMean / staffSideMean: mean percentage of that side's sheets (national bodies count in
//   neither); sidesDiverge when both exist and differ by SIDES_DIVERGE_POINTS or more.
// - disagreement: two or more sheets whose spread is DISAGREEMENT_SPREAD_POINTS or more.
// - normalisedPercent: the reliability model's estimate of the entry's quality (its posterior mean),
//   with normalisedSd its uncertainty; with method "additive" or "zscore", the mean of the entry's
//   sheets after that normalisation (and no sd).
// - topChance: the model's probability that the entry is among the N best (null for other methods).
// - ranks: 1 is best. Scores within 1e-9 points tie and share the better rank ("1, 2, 2, 4").
//   Entries without sheets have null scores and no rank.
// - topN: the entries in doubt (a chance of the top N from IN_DOUBT_LOW to IN_DOUBT_HIGH), and
//   those all but certain to be in it, each by chance, highest first, then entry id.
import { weightedPercent } from "./judging";
import { DEFAULT_SHRINKAGE, normaliseSheets, type NormalisationMethod } from "./normalisation";
import { fitReliability, topNChances } from "./reliability";

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
  normalisedSd: number | null;
  topChance: number | null;
  rawRank: number | null;
  medianRank: number | null;
  normalisedRank: number | null;
};

export type RankingMethod = "raw" | "median" | "normalised";
export const RANKING_METHODS: readonly RankingMethod[] = ["raw", "median", "normalised"];
/** How the shortlist page names each way of ranking the entries. */
export const RANKING_METHOD_LABELS: Record<RankingMethod, string> = { raw: "Raw mean", median: "Median", normalised: "Normalised score" };

export type ScoringMethod = "reliability" | NormalisationMethod;
export const DEFAULT_SCORING_METHOD: ScoringMethod = "reliability";

export type TopN = {
  n: number;
  /** Entries whose chance of the top N is in doubt (IN_DOUBT_LOW to IN_DOUBT_HIGH). */
  inDoubt: { entryId: number; chance: number }[];
  /** Entries above IN_DOUBT_HIGH. */
  likely: { entryId: number; chance: number }[];
};

export type JudgeResult = {
  judgeId: number;
  side: ResultsSide;
  sheets: number;
  meanPercent: number;
  /** Mean change normalisation made to this judge's sheets, in points: positive raises a harsh judge. */
  adjustment: number;
  /** The reliability model's estimate of the judge's leniency (points) with its sd, and the noise of one sheet. */
  leniency: number | null;
  leniencySd: number | null;
  noiseSd: number | null;
  /** How much one of the judge's sheets counts against a typical judge's. */
  weight: number | null;
};

export type ResultsOptions = {
  /** Size of the top set whose chances are given (default 4). */
  finalists?: number;
  /** Prior weight of the additive and z-score normalisations, in sheets (default 3). */
  shrinkage?: number;
  /** How entries are scored (default "reliability"; "additive" and "zscore" from ./normalisation). */
  method?: ScoringMethod;
  /** The reliability model learns each judge's scale (default true; false is decision 025's model). */
  scales?: boolean;
};

export type Results = { method: ScoringMethod; entries: EntryResult[]; topN: TopN; judges: JudgeResult[] };

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
    normalisedSd: null,
    topChance: null,
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

  const method = options.method ?? DEFAULT_SCORING_METHOD;
  const normalisedByEntry = new Map<number, number>();
  const sdByEntry = new Map<number, number>();
  let chances = new Map<number, number>();
  let judgeRows: Omit<JudgeResult, "side">[];
  if (method === "reliability") {
    const fit = fitReliability(forNormalising, { scales: options.scales });
    for (const e of fit.entries) {
      normalisedByEntry.set(e.entryId, e.percent);
      sdByEntry.set(e.entryId, e.sd);
    }
    chances = topNChances(fit, finalists);
    judgeRows = fit.judges.map((j) => ({
      judgeId: j.judgeId,
      sheets: j.sheets,
      meanPercent: j.meanPercent,
      adjustment: j.adjustment,
      leniency: j.leniency,
      leniencySd: j.leniencySd,
      noiseSd: j.noiseSd,
      weight: j.weight,
    }));
  } else {
    const norm = normaliseSheets(forNormalising, { method, shrinkage: options.shrinkage ?? DEFAULT_SHRINKAGE });
    for (const e of norm.entries) normalisedByEntry.set(e.entryId, e.percent);
    judgeRows = norm.judges.map((j) => ({ judgeId: j.judgeId, sheets: j.sheets, meanPercent: j.meanPercent, adjustment: j.adjustment, leniency: null, leniencySd: null, noiseSd: null, weight: null }));
  }

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
      normalisedSd: sdByEntry.get(entryId) ?? null,
      topChance: chances.get(entryId) ?? null,
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
  const judges: JudgeResult[] = judgeRows.map((j) => ({ ...j, side: sideOf.get(j.judgeId)! }));

  return { method, entries, topN: topNOf(entries, finalists), judges };
}

/** The entries in doubt and those all but certain, from each entry's chance of the top N. */
export function topNOf(entries: readonly EntryResult[], n: number = DEFAULT_FINALISTS): TopN {
  const chances = entries
    .filter((e) => e.topChance !== null)
    .map((e) => ({ entryId: e.entryId, chance: e.topChance! }))
    .sort((a, b) => b.chance - a.chance || a.entryId - b.entryId);
  return {
    n,
    inDoubt: chances.filter((c) => c.chance >= IN_DOUBT_LOW && c.chance <= IN_DOUBT_HIGH),
    likely: chances.filter((c) => c.chance > IN_DOUBT_HIGH),
  };
}

/** Judges by code, as the results and their exports show them: "J01", "J02"… in the order of their ids. */
export function judgeCodesFor(judgeIds: Iterable<number>): Map<number, string> {
  const ids = [...new Set(judgeIds)].sort((a, b) => a - b);
  return new Map(ids.map((id, i) => [id, judgeCode(i + 1)]));
}

/** The nth judge's code: "J01". */
export function judgeCode(n: number): string {
  return `J${String(n).padStart(2, "0")}`;
}

/** An entry whose chance of the top N is between these (inclusive) is "in doubt". */
export const IN_DOUBT_LOW = 0.1;
export const IN_DOUBT_HIGH = 0.9;
