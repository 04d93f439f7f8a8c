// Judge normalisation that knows how reliable each judge is (issue 12, decision 025): a Gaussian
// hierarchical model fitted by empirical Bayes, and the chance that each entry belongs in the top N.
// Pure and deterministic: sheets are put in a canonical order first, and the Monte Carlo is seeded.
//
// Each sheet is judge j's weighted percentage for entry e, modelled as
//     x_{j,e} = q_e + b_j + ε_{j,e},     ε_{j,e} ~ N(0, σ_j²)      (σ_j: judge j's own noise)
//     q_e ~ N(μ, τ²)   entries' quality around the round's mean μ (the mean of all sheets)
//     b_j ~ N(0, λ²)   judges' leniency (positive) or harshness (negative)
//     σ_j² shrunk towards the round's pooled noise s² by a prior worth ν sheets (PRIOR_SHEETS):
//     a scaled inverse-χ² prior, so one odd sheet cannot make a judge look erratic or perfect.
// τ², λ² and every σ_j² are learnt from the round (expectation–maximisation, the "empirical" in
// empirical Bayes): the shrinkage of a judge's leniency is no longer a fixed k = 3 sheets but
// σ_j² / λ² sheets, i.e. (how noisy the judge is) ÷ (how much judges differ in leniency).
// Given those, the posterior of (q, b) is Gaussian and exact: eliminating q leaves the judges'
// precision matrix
//     A_{jj'} = δ_{jj'} (n_j w_j + 1/λ²) − Σ_{entries e scored by j and j'} w_j w_{j'} / W_e
// with w_j = 1/σ_j² and W_e = Σ_{j scored e} w_j + 1/τ², solved by Cholesky (A is symmetric
// positive definite). Then q_e = c_e − Σ_j (w_j/W_e) b_j + noise of variance 1/W_e, where
// c_e = (Σ w_j x_{j,e} + μ/τ²) / W_e. An entry's score is its posterior mean: a sheet from a noisy
// judge counts for less, and an entry whose sheets say little is drawn towards the round's mean.
// P(top N) draws b from N(b̂, A⁻¹) and each q_e given b, counts how often each entry is in the top N,
// with a fixed seed; entries that cannot reach the top N (REACH posterior sds short) are not drawn.
import { indexSheets } from "./normalisation";
import { gaussian, mulberry32 } from "./random";

export type ReliabilitySheet = { entryId: number; judgeId: number; percent: number };

export type ReliabilityOptions = {
  /** Prior weight of the round's pooled noise in each judge's noise, in sheets (default PRIOR_SHEETS). */
  priorSheets?: number;
  /**
   * Centre of the judges' noise prior: "pooled" (default, decision 025: the mean of all residuals) or
   * "harmonic" (the harmonic mean of the judges' noise variances; better calibrated with few judges,
   * over-confident with many: decision 031).
   */
  noiseCentre?: "harmonic" | "pooled";
  /** Learn each judge's scale (how widely they spread their marks); default true. False fixes every scale at 1. */
  scales?: boolean;
};

export type ReliabilityJudge = {
  judgeId: number;
  sheets: number;
  meanPercent: number;
  /** Estimated leniency in points (posterior mean of b_j) and its posterior sd. */
  leniency: number;
  leniencySd: number;
  /** Estimated noise of one of the judge's sheets, in points (σ_j). */
  noiseSd: number;
  /** How much one of the judge's sheets counts against a typical judge's (a_j² s² / σ_j²). */
  weight: number;
  /**
   * How widely the judge spreads their marks against the round's typical judge (a_j): 1.2 means an
   * entry 10 points above the mean gets 12 from them; under 1, a judge who keeps to a narrow range.
   */
  scale: number;
  /** Mean of (normalised − raw) over the judge's sheets: positive for a harsh judge raised. */
  adjustment: number;
};

export type ReliabilityEntry = { entryId: number; sheets: number; percent: number; sd: number };

export type ReliabilityFit = {
  mean: number;
  /** Learnt: sd of entries' quality (τ), of judges' leniency (λ), the pooled noise of a sheet (s), of judges' scales (κ). */
  qualitySd: number;
  leniencySd: number;
  noiseSd: number;
  scaleSd: number;
  /** Each input sheet minus its judge's leniency, clipped to 0–100, in the input's order. */
  normalised: number[];
  entries: ReliabilityEntry[];
  judges: ReliabilityJudge[];
  iterations: number;
  /** What sampling the posterior needs (see topNChances). */
  posterior: Posterior;
};

type Posterior = {
  nJ: number;
  /** Cholesky factor L of A (A = L Lᵀ), row-major lower triangle. */
  chol: Float64Array;
  bias: Float64Array;
  /** Per entry: c_e, 1/√W_e, and its sheets' judges and weights a_{e,j} = w_j/W_e (CSR by start). */
  c: Float64Array;
  spread: Float64Array;
  start: Int32Array;
  judgeAt: Int32Array;
  weightAt: Float64Array;
  /** Marginal posterior mean and sd of q_e. */
  mean: Float64Array;
  sd: Float64Array;
  entryIds: number[];
};

/** ν: the round's pooled noise counts as this many sheets in each judge's own (chosen by simulation). */
export const PRIOR_SHEETS = 4;
/**
 * Expectation–maximisation stops when no variance moves by more than this fraction: 0.1%, or 1% in
 * a round of more than EXACT_JUDGES judges, whose every judge has many sheets (far less than the
 * variances' own uncertainty, and half the passes).
 */
const EM_TOLERANCE = 1e-3;
const EM_TOLERANCE_LARGE = 1e-2;
const EM_MAX_ITERATIONS = 200;
/** Up to this many judges every pass of the fit is exact; beyond it, only the last (see `posterior`). */
const EXACT_JUDGES = 40;
/**
 * Judges' scales a_j ~ N(1, κ²): κ is learnt from the round, starting at SCALE_SD_START and kept
 * between SCALE_SD_MIN and SCALE_SD_MAX; each a_j is kept within SCALE_MIN..SCALE_MAX (a judge whose
 * marks fell as entries got better, or spread five times as widely as others', is not credible).
 */
const SCALE_SD_START = 0.2;
const SCALE_SD_MIN = 0.01;
const SCALE_SD_MAX = 0.5;
const SCALE_MIN = 0.2;
const SCALE_MAX = 5;
/** Default number of posterior draws for P(top N), and a cap on the work they may do. */
export const DEFAULT_DRAWS = 4000;
const DRAW_WORK_LIMIT = 3e6;
const MIN_DRAWS = 200;
export const DEFAULT_DRAW_SEED = 20261202;
/** How many posterior sds an entry may be short of the top N and still be drawn. */
const REACH = 4;

const clip = (x: number) => (x < 0 ? 0 : x > 100 ? 100 : x);

/** The sheets in canonical order (./normalisation's index) with each entry's run of sheets: start[e] .. start[e + 1] − 1. */
function canonical(sheets: readonly ReliabilitySheet[]) {
  const ix = indexSheets(sheets);
  const nE = ix.entryIds.length;
  const start = new Int32Array(nE + 1);
  for (let e = 0; e < nE; e++) start[e + 1] = start[e] + ix.entryCount[e];
  return { ...ix, start };
}

/** In place: A (row-major, J×J) becomes its lower Cholesky factor. A tiny jitter keeps it definite. */
function cholesky(a: Float64Array, nJ: number) {
  for (let i = 0; i < nJ; i++) {
    for (let k = 0; k <= i; k++) {
      let sum = a[i * nJ + k];
      for (let m = 0; m < k; m++) sum -= a[i * nJ + m] * a[k * nJ + m];
      if (i === k) a[i * nJ + i] = Math.sqrt(Math.max(sum, 1e-12));
      else a[i * nJ + k] = sum / a[k * nJ + k];
    }
    for (let k = i + 1; k < nJ; k++) a[i * nJ + k] = 0;
  }
}

/** x = A⁻¹ r with A = L Lᵀ. */
function cholSolve(l: Float64Array, nJ: number, r: Float64Array): Float64Array {
  const y = new Float64Array(nJ);
  for (let i = 0; i < nJ; i++) {
    let sum = r[i];
    for (let m = 0; m < i; m++) sum -= l[i * nJ + m] * y[m];
    y[i] = sum / l[i * nJ + i];
  }
  return upperSolve(l, nJ, y);
}

/** Solves Lᵀ x = y. */
function upperSolve(l: Float64Array, nJ: number, y: Float64Array): Float64Array {
  const x = new Float64Array(nJ);
  for (let i = nJ - 1; i >= 0; i--) {
    let sum = y[i];
    for (let m = i + 1; m < nJ; m++) sum -= l[m * nJ + i] * x[m];
    x[i] = sum / l[i * nJ + i];
  }
  return x;
}

/**
 * A⁻¹ from its Cholesky factor L: U = L⁻ᵀ row by row (row k of U is L⁻¹'s column k, by forward
 * substitution), then V_ik = Σ_m U_im U_km, reading rows contiguously.
 */
function cholInverse(l: Float64Array, nJ: number): Float64Array {
  const u = new Float64Array(nJ * nJ);
  for (let k = 0; k < nJ; k++) {
    const row = k * nJ;
    for (let m = k; m < nJ; m++) {
      let sum = m === k ? 1 : 0;
      const lm = m * nJ;
      for (let t = k; t < m; t++) sum -= l[lm + t] * u[row + t];
      u[row + m] = sum / l[lm + m];
    }
  }
  const v = new Float64Array(nJ * nJ);
  for (let i = 0; i < nJ; i++) {
    const ri = i * nJ;
    for (let k = i; k < nJ; k++) {
      const rk = k * nJ;
      let sum = 0;
      for (let m = k; m < nJ; m++) sum += u[ri + m] * u[rk + m];
      v[ri + k] = sum;
      v[rk + i] = sum;
    }
  }
  return v;
}

/** Fits the model to a round's sheets. */
export function fitReliability(sheets: readonly ReliabilitySheet[], options: ReliabilityOptions = {}): ReliabilityFit {
  const nu = options.priorSheets ?? PRIOR_SHEETS;
  const learnScales = options.scales ?? false;
  if (!(nu >= 0) || !Number.isFinite(nu)) throw new Error(`The prior must be a number of sheets, 0 or more; it is ${nu}`);
  const ix = canonical(sheets);
  const { n, sj, sx, start, judgeCount } = ix;
  const nJ = ix.judgeIds.length;
  const nE = ix.entryIds.length;

  // Noise can only be told from quality where an entry has two sheets or more: without one (a
  // round with one judge, say) every sheet is left as scored, and sure (sd 0).
  let compared = false;
  for (let e = 0; e < nE && !compared; e++) compared = start[e + 1] - start[e] >= 2;
  if (!compared) return asScored(ix);

  let total = 0;
  for (let p = 0; p < n; p++) total += sx[p];
  const mu = n ? total / n : 0;
  let sq = 0;
  for (let p = 0; p < n; p++) sq += (sx[p] - mu) ** 2;
  const S2 = n ? sq / n : 0;
  // Floors keep every variance positive (a round of identical sheets included) without mattering
  // otherwise: a hundredth of a point squared.
  const floor = 1e-4;
  let tau2 = Math.max(S2 / 2, floor);
  let lam2 = Math.max(S2 / 4, floor);
  let pooled = Math.max(S2 / 2, floor);
  let kappa2 = SCALE_SD_START ** 2;
  const s2 = new Float64Array(nJ).fill(pooled);
  let centre = pooled;
  const harmonicCentre = options.noiseCentre === "harmonic";
  const scale = new Float64Array(nJ).fill(1);

  const w = new Float64Array(nJ);
  const W = new Float64Array(nE);
  const c = new Float64Array(nE);
  const a = new Float64Array(nJ * nJ);
  const rhs = new Float64Array(nJ);
  const q = new Float64Array(nE);
  const qVar = new Float64Array(nE);
  const ss = new Float64Array(nJ);
  const dx = new Float64Array(nJ);
  const dd = new Float64Array(nJ);
  let bias: Float64Array = new Float64Array(nJ);
  let v: Float64Array = new Float64Array(nJ * nJ);
  let iterations = 0;

  // One pass: the Gaussian posterior given the variances and scales; fills the arrays. Exact
  // (Cholesky, J³/2 work) on the last pass and whenever the round has at most EXACT_JUDGES judges;
  // otherwise, while the variances are being learnt, A⁻¹ (J³/3 more work) is taken as the inverse of
  // A's diagonal (a judge with as many sheets as such a round gives has a tiny posterior variance).
  // With scales, a sheet is x = μ + b_j + a_j (q_e − μ) + ε: judge j tells a_j² w_j about q_e.
  const posterior = (exact: boolean) => {
    for (let j = 0; j < nJ; j++) w[j] = 1 / s2[j];
    a.fill(0);
    rhs.fill(0);
    for (let e = 0; e < nE; e++) {
      let sw = 1 / tau2;
      let swx = 0;
      for (let p = start[e]; p < start[e + 1]; p++) {
        const j = sj[p];
        sw += scale[j] * scale[j] * w[j];
        swx += scale[j] * w[j] * (sx[p] - mu);
      }
      W[e] = sw;
      c[e] = mu + swx / sw;
      for (let p = start[e]; p < start[e + 1]; p++) {
        const j = sj[p];
        const gj = scale[j] * w[j];
        a[j * nJ + j] += w[j];
        rhs[j] += w[j] * (sx[p] - mu - scale[j] * (c[e] - mu));
        for (let r = start[e]; r < start[e + 1]; r++) a[j * nJ + sj[r]] -= (gj * scale[sj[r]] * w[sj[r]]) / sw;
      }
    }
    for (let j = 0; j < nJ; j++) a[j * nJ + j] += 1 / lam2;
    if (exact) {
      cholesky(a, nJ);
      bias = cholSolve(a, nJ, rhs);
      v = cholInverse(a, nJ);
    } else {
      v.fill(0);
      for (let j = 0; j < nJ; j++) v[j * nJ + j] = 1 / a[j * nJ + j];
      cholesky(a, nJ);
      bias = cholSolve(a, nJ, rhs);
    }
    for (let e = 0; e < nE; e++) {
      let m = c[e];
      let ava = 0;
      for (let p = start[e]; p < start[e + 1]; p++) {
        const j = sj[p];
        const gj = (scale[j] * w[j]) / W[e];
        m -= gj * bias[j];
        for (let r = start[e]; r < start[e + 1]; r++) ava += gj * ((scale[sj[r]] * w[sj[r]]) / W[e]) * v[j * nJ + sj[r]];
      }
      q[e] = m;
      qVar[e] = 1 / W[e] + ava;
    }
  };

  /** Cov(b_j, q_e) = −Σ_r g_{e,r} V_{j,r}, with g_{e,r} = a_r w_r / W_e. */
  const covBQ = (j: number, e: number) => {
    let cross = 0;
    for (let r = start[e]; r < start[e + 1]; r++) cross += ((scale[sj[r]] * w[sj[r]]) / W[e]) * v[j * nJ + sj[r]];
    return -cross;
  };

  while (iterations < EM_MAX_ITERATIONS && n > 0) {
    iterations++;
    posterior(nJ <= EXACT_JUDGES);
    // Expectation–maximisation: each variance becomes the posterior expectation of its squares.
    let tauSum = 0;
    for (let e = 0; e < nE; e++) tauSum += (q[e] - mu) ** 2 + qVar[e];
    let lamSum = 0;
    for (let j = 0; j < nJ; j++) lamSum += bias[j] ** 2 + v[j * nJ + j];
    let change = 0;
    // Each judge's scale: the regression of their sheets (less their leniency) on the entries'
    // quality, drawn towards 1 by a prior N(1, κ²) whose κ is learnt like the variances (its
    // posterior variance taken as the inverse of the regression's information).
    if (learnScales) {
      dx.fill(0);
      dd.fill(0);
      for (let e = 0; e < nE; e++) {
        const d = q[e] - mu;
        for (let p = start[e]; p < start[e + 1]; p++) {
          const j = sj[p];
          dx[j] += d * (sx[p] - mu) - (bias[j] * d + covBQ(j, e));
          dd[j] += d * d + qVar[e];
        }
      }
      let kappaSum = 0;
      for (let j = 0; j < nJ; j++) {
        const information = w[j] * dd[j] + 1 / kappa2;
        const next = Math.min(SCALE_MAX, Math.max(SCALE_MIN, (w[j] * dx[j] + 1 / kappa2) / information));
        change = Math.max(change, Math.abs(next - scale[j]));
        scale[j] = next;
        kappaSum += (next - 1) ** 2 + 1 / information;
      }
      const nextKappa2 = Math.min(SCALE_SD_MAX ** 2, Math.max(SCALE_SD_MIN ** 2, kappaSum / nJ));
      change = Math.max(change, Math.abs(nextKappa2 - kappa2) / kappa2);
      kappa2 = nextKappa2;
    }
    ss.fill(0);
    for (let e = 0; e < nE; e++) {
      for (let p = start[e]; p < start[e + 1]; p++) {
        const j = sj[p];
        // E[(x − μ − b_j − a_j d_e)²]: the squared residual at the posterior mean, plus
        // Var(b_j + a_j d_e) = V_jj + a_j² Var(q_e) + 2 a_j Cov(b_j, q_e).
        const varSum = v[j * nJ + j] + scale[j] * scale[j] * qVar[e] + 2 * scale[j] * covBQ(j, e);
        ss[j] += (sx[p] - mu - bias[j] - scale[j] * (q[e] - mu)) ** 2 + varSum;
      }
    }
    let ssTotal = 0;
    for (let j = 0; j < nJ; j++) ssTotal += ss[j];
    const nextPooled = Math.max(ssTotal / n, floor);
    const nextTau2 = Math.max(tauSum / nE, floor);
    const nextLam2 = Math.max(lamSum / nJ, floor);
    change = Math.max(change, Math.abs(nextTau2 - tau2) / tau2 + Math.abs(nextLam2 - lam2) / lam2);
    const target = harmonicCentre ? centre : nextPooled;
    let inverseSum = 0;
    for (let j = 0; j < nJ; j++) {
      const next = Math.max((ss[j] + nu * target) / (judgeCount[j] + nu), floor);
      change = Math.max(change, Math.abs(next - s2[j]) / s2[j]);
      s2[j] = next;
      inverseSum += 1 / next;
    }
    // With "harmonic", the prior's centre is its most likely value for a scaled inverse-χ² prior:
    // the harmonic mean of the judges' noise variances, which one erratic judge hardly moves (the
    // pooled noise, an arithmetic mean, draws every careful judge towards them).
    centre = nJ / inverseSum;
    tau2 = nextTau2;
    lam2 = nextLam2;
    pooled = nextPooled;
    if (change < (nJ <= EXACT_JUDGES ? EM_TOLERANCE : EM_TOLERANCE_LARGE)) break;
  }
  if (n > 0) posterior(true);

  const normalisedCanonical = new Float64Array(n);
  const adjust = new Float64Array(nJ);
  const judgeSum = new Float64Array(nJ);
  for (let p = 0; p < n; p++) {
    const j = sj[p];
    normalisedCanonical[p] = clip(mu + (sx[p] - mu - bias[j]) / scale[j]);
    adjust[j] += normalisedCanonical[p] - sx[p];
    judgeSum[j] += sx[p];
  }
  const normalised = new Array<number>(n);
  for (let p = 0; p < n; p++) normalised[ix.order[p]] = normalisedCanonical[p];

  const judgeAt = new Int32Array(n);
  const weightAt = new Float64Array(n);
  const spread = new Float64Array(nE);
  const sd = new Float64Array(nE);
  for (let e = 0; e < nE; e++) {
    spread[e] = 1 / Math.sqrt(W[e]);
    sd[e] = Math.sqrt(qVar[e]);
    for (let p = start[e]; p < start[e + 1]; p++) {
      judgeAt[p] = sj[p];
      weightAt[p] = (scale[sj[p]] * w[sj[p]]) / W[e];
    }
  }
  return {
    mean: mu,
    qualitySd: Math.sqrt(tau2),
    leniencySd: Math.sqrt(lam2),
    noiseSd: Math.sqrt(pooled),
    scaleSd: learnScales ? Math.sqrt(kappa2) : 0,
    normalised,
    entries: ix.entryIds.map((entryId, e) => ({ entryId, sheets: start[e + 1] - start[e], percent: q[e], sd: sd[e] })),
    judges: ix.judgeIds.map((judgeId, j) => ({
      judgeId,
      sheets: judgeCount[j],
      meanPercent: judgeSum[j] / judgeCount[j],
      leniency: bias[j],
      leniencySd: Math.sqrt(v[j * nJ + j]),
      noiseSd: Math.sqrt(s2[j]),
      weight: (scale[j] * scale[j] * (harmonicCentre ? centre : pooled)) / s2[j],
      scale: scale[j],
      adjustment: adjust[j] / judgeCount[j],
    })),
    iterations,
    posterior: { nJ, chol: a.slice(), bias, c: c.slice(), spread, start, judgeAt, weightAt, mean: q.slice(), sd, entryIds: ix.entryIds },
  };
}

/** The fit of a round where no entry has two sheets: nothing moves, nothing is uncertain. */
function asScored(ix: ReturnType<typeof canonical>): ReliabilityFit {
  const { n, sj, sx, start, judgeCount } = ix;
  const nJ = ix.judgeIds.length;
  const nE = ix.entryIds.length;
  const mean = new Float64Array(nE);
  for (let e = 0; e < nE; e++) mean[e] = sx[start[e]];
  const judgeSum = new Float64Array(nJ);
  for (let p = 0; p < n; p++) judgeSum[sj[p]] += sx[p];
  const chol = new Float64Array(nJ * nJ);
  for (let j = 0; j < nJ; j++) chol[j * nJ + j] = 1;
  const normalised = new Array<number>(n);
  for (let p = 0; p < n; p++) normalised[ix.order[p]] = sx[p];
  return {
    mean: n ? sx.reduce((a, b) => a + b, 0) / n : 0,
    qualitySd: 0,
    leniencySd: 0,
    noiseSd: 0,
    scaleSd: 0,
    normalised,
    entries: ix.entryIds.map((entryId, e) => ({ entryId, sheets: start[e + 1] - start[e], percent: mean[e], sd: 0 })),
    judges: ix.judgeIds.map((judgeId, j) => ({ judgeId, sheets: judgeCount[j], meanPercent: judgeSum[j] / judgeCount[j], leniency: 0, leniencySd: 0, noiseSd: 0, weight: 1, scale: 1, adjustment: 0 })),
    iterations: 0,
    posterior: { nJ, chol, bias: new Float64Array(nJ), c: mean.slice(), spread: new Float64Array(nE), start, judgeAt: new Int32Array(n), weightAt: new Float64Array(n), mean, sd: new Float64Array(nE), entryIds: ix.entryIds },
  };
}

export type TopNOptions = { draws?: number; seed?: number };

/**
 * The chance, under the fitted model, that each entry is among the N best (by entry id; entries
 * the fit has no sheets for are absent). A seeded Monte Carlo over the joint posterior: the same
 * fit and options always give the same numbers.
 */
export function topNChances(fit: ReliabilityFit, n: number, options: TopNOptions = {}): Map<number, number> {
  const post = fit.posterior;
  const nE = post.entryIds.length;
  const out = new Map<number, number>();
  if (nE === 0) return out;
  if (nE <= n) {
    for (const id of post.entryIds) out.set(id, 1);
    return out;
  }
  // Entries that cannot reach the top N: REACH posterior sds above them is still below the N-th
  // best entry's value REACH sds down (a chance under 1 in 10,000 each way).
  const lows = Array.from(post.mean, (m, e) => m - REACH * post.sd[e]).sort((x, y) => y - x);
  const bar = lows[n - 1];
  const candidates: number[] = [];
  for (let e = 0; e < nE; e++) if (post.mean[e] + REACH * post.sd[e] >= bar) candidates.push(e);
  for (const id of post.entryIds) out.set(id, 0);
  if (candidates.length <= n) {
    for (const e of candidates) out.set(post.entryIds[e], 1);
    return out;
  }
  // Each draw: leniencies b = b̂ + δ with δ ~ N(0, A⁻¹) (δ = L⁻ᵀ z, A = L Lᵀ), then each candidate's
  // q_e = c_e − Σ a_{e,j} b_j + noise of sd 1/√W_e, the exact joint posterior.
  const nJ = post.nJ;
  let sheetsOfCandidates = 0;
  for (const e of candidates) sheetsOfCandidates += post.start[e + 1] - post.start[e];
  const perDraw = (nJ * nJ) / 2 + sheetsOfCandidates + candidates.length * 3;
  const draws = Math.max(MIN_DRAWS, Math.min(options.draws ?? DEFAULT_DRAWS, Math.floor(DRAW_WORK_LIMIT / perDraw)));
  const normal = gaussian(mulberry32(options.seed ?? DEFAULT_DRAW_SEED));
  const z = new Float64Array(nJ);
  const hits = new Int32Array(candidates.length);
  const topValue = new Float64Array(n);
  const topIndex = new Int32Array(n);
  for (let d = 0; d < draws; d++) {
    for (let j = 0; j < nJ; j++) z[j] = normal();
    const delta = upperSolve(post.chol, nJ, z);
    let filled = 0;
    for (let i = 0; i < candidates.length; i++) {
      const e = candidates[i];
      let value = post.c[e] + post.spread[e] * normal();
      for (let p = post.start[e]; p < post.start[e + 1]; p++) value -= post.weightAt[p] * (post.bias[post.judgeAt[p]] + delta[post.judgeAt[p]]);
      // Keep the N largest so far, in descending order.
      if (filled < n || value > topValue[filled - 1]) {
        let at = filled < n ? filled++ : n - 1;
        while (at > 0 && topValue[at - 1] < value) {
          topValue[at] = topValue[at - 1];
          topIndex[at] = topIndex[at - 1];
          at--;
        }
        topValue[at] = value;
        topIndex[at] = i;
      }
    }
    for (let t = 0; t < n; t++) hits[topIndex[t]]++;
  }
  candidates.forEach((e, i) => out.set(post.entryIds[e], hits[i] / draws));
  return out;
}
