// Judge normalisation: taking lenient and harsh judges out of the results. Pure and deterministic
// (the same sheets in any order give the same numbers). docs/decisions/013-judge-normalisation.md
// has the reasoning and the simulation behind these methods; since decision 025 the results table
// scores entries with ./reliability instead, and these remain for comparison (`method` in results).
//
// Everything works on x_{j,e}: judge j's sheet for entry e as a weighted percentage (0–100, as
// `weightedPercent` in ./judging computes it). k is the shrinkage: a prior worth k sheets
// (default 3) that stops a judge with few sheets being over-corrected.
//
// Method "additive" (the default here; what the results table showed until decision 025). A model
//     x_{j,e} = q_e + b_j + noise
// with q_e the entry's quality and b_j the judge's leniency (positive) or harshness (negative),
// fitted by penalised least squares:
//     minimise  Σ_{sheets} (x_{j,e} − q_e − b_j)²  +  k · Σ_j b_j²
// The penalty is ridge shrinkage: it acts like k extra sheets on which judge j agreed exactly with
// everyone else, so a judge's bias counts in full only once they have many more than k sheets.
// It also fixes the scale: at the optimum Σ_j b_j = 0, so the normalised scores are on the scale
// of the average judge. At the optimum each block is the exact least-squares answer given the other:
//     q_e = mean over e's sheets of (x_{j,e} − b_j)
//     b_j = Σ over j's sheets of (x_{j,e} − q_e)  /  (n_j + k)
// i.e. b_j is judge j's shrunk average difference from the consensus on the entries they scored.
// Alternating those two updates (alternating least squares) converges, but slowly when the judges
// are linked only through long chains; so we eliminate q_e and solve the judges' normal equations
//     (n_j + k) b_j − Σ over j's sheets of b̄_e  =  Σ over j's sheets of (x_{j,e} − x̄_e)
// (x̄_e, b̄_e: means over entry e's sheets) by conjugate gradients, which reach the same answer in
// a few dozen steps (at most one per judge in exact arithmetic), then re-centre b to Σ b_j = 0.
// The entries a judge shares with other judges are what make b_j estimable, so a judge who happened
// to get strong entries is not mistaken for a lenient one. Each sheet's normalised value is
// x_{j,e} − b_j clipped to 0–100; an entry's normalised score is the mean of its sheets' normalised
// values (= q_e unless clipped). With k = 0 a tiny ridge (1e-6) keeps the answer unique.
//
// Method "zscore" (kept for comparison, and for judges who differ in how widely they spread their
// marks rather than in level). With M and S² the mean and (population) variance of all sheets,
// and m_j, v_j those of judge j's n_j sheets:
//     m*_j = (n_j m_j + k M) / (n_j + k)         shrunk mean
//     v*_j = (n_j v_j + k S²) / (n_j + k)        shrunk variance;  s*_j = √v*_j
//     z_{j,e} = (x_{j,e} − m*_j) / s*_j;   normalised_{j,e} = clip(M + S · z_{j,e}, 0, 100)
// A judge with one sheet moves only part of the way (k = 3: normalised = M + 0.866 (x − M)); a
// judge whose every score is identical has v_j = 0 but v*_j > 0 unless every sheet of the round
// is identical (S = 0: all values are left as they are) or k = 0 (that judge's sheets go to M).
//
// Both methods leave a round with one judge, or with every sheet identical, exactly as scored.

export type NormalisationSheet = { entryId: number; judgeId: number; percent: number };
export type NormalisationMethod = "additive" | "zscore";
export type NormalisationOptions = { method?: NormalisationMethod; shrinkage?: number };

export type JudgeNormalisation = {
  judgeId: number;
  sheets: number;
  /** Mean and population sd of the judge's own sheets, in percentage points. */
  meanPercent: number;
  sdPercent: number;
  /** Mean of (normalised − raw) over the judge's sheets: positive for a harsh judge raised. */
  adjustment: number;
};

export type NormalisationResult = {
  method: NormalisationMethod;
  shrinkage: number;
  /** Mean and population sd of all sheets. */
  globalMean: number;
  globalSd: number;
  /** The normalised value of each input sheet, in the input's order. */
  normalised: number[];
  /** Mean normalised value per entry that has sheets, by entry id. */
  entries: { entryId: number; sheets: number; percent: number }[];
  /** By judge id. */
  judges: JudgeNormalisation[];
  /** Conjugate-gradient steps the additive fit took (0 for zscore). */
  iterations: number;
};

export const DEFAULT_SHRINKAGE = 3;
export const DEFAULT_METHOD: NormalisationMethod = "additive";
/** Conjugate gradients stop when the residual is this small relative to the start's. */
const CG_RELATIVE_TOLERANCE = 1e-13;
/** A ridge of 0 leaves the additive model without a unique answer; this keeps it unique and harmless. */
const MIN_RIDGE = 1e-6;

const clip = (x: number) => (x < 0 ? 0 : x > 100 ? 100 : x);

/**
 * Judges' and entries' ids to dense indices (in id order), and a canonical order of the sheets (by
 * entry id, then judge id, then percentage) so that sums never depend on the order sheets came in.
 * A counting sort by entry, then an insertion sort within each entry's handful of sheets. Also
 * the index of ./reliability.
 */
export function indexSheets(sheets: readonly NormalisationSheet[]) {
  const n = sheets.length;
  const judgeOf = new Map<number, number>();
  const entryOf = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const s = sheets[i];
    if (!Number.isFinite(s.percent)) throw new Error(`Sheet of judge ${s.judgeId} for entry ${s.entryId} has no percentage`);
    judgeOf.set(s.judgeId, 0);
    entryOf.set(s.entryId, 0);
  }
  const judgeIds = [...judgeOf.keys()].sort((a, b) => a - b);
  const entryIds = [...entryOf.keys()].sort((a, b) => a - b);
  judgeIds.forEach((id, j) => judgeOf.set(id, j));
  entryIds.forEach((id, e) => entryOf.set(id, e));
  const nJ = judgeIds.length;
  const nE = entryIds.length;
  const judgeCount = new Int32Array(nJ);
  const entryCount = new Int32Array(nE);
  const inJ = new Int32Array(n);
  const inE = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    inJ[i] = judgeOf.get(sheets[i].judgeId)!;
    inE[i] = entryOf.get(sheets[i].entryId)!;
    judgeCount[inJ[i]]++;
    entryCount[inE[i]]++;
  }
  const start = new Int32Array(nE + 1);
  for (let e = 0; e < nE; e++) start[e + 1] = start[e] + entryCount[e];
  const fill = start.slice(0, nE);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[inE[i]]++] = i;
  const before = (a: number, b: number) => inJ[a] < inJ[b] || (inJ[a] === inJ[b] && sheets[a].percent < sheets[b].percent);
  for (let e = 0; e < nE; e++) {
    for (let p = start[e] + 1; p < start[e + 1]; p++) {
      const item = order[p];
      let q = p - 1;
      while (q >= start[e] && before(item, order[q])) {
        order[q + 1] = order[q];
        q--;
      }
      order[q + 1] = item;
    }
  }
  const sj = new Int32Array(n);
  const se = new Int32Array(n);
  const sx = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const i = order[p];
    sj[p] = inJ[i];
    se[p] = inE[i];
    sx[p] = sheets[i].percent;
  }
  return { n, order, judgeIds, entryIds, sj, se, sx, judgeCount, entryCount };
}

/**
 * The judges' biases b minimising Σ (x − q_e − b_j)² + ridge · Σ b_j², by conjugate gradients on
 * the judges' normal equations (q_e = mean over e's sheets of x − b eliminated):
 *     (n_j + ridge) b_j − Σ_{j's sheets} mean_{judges of that entry} b  =  Σ_{j's sheets} (x − mean x of that entry)
 * The matrix is symmetric and positive definite (ridge > 0), so conjugate gradients converge, in
 * at most one step per judge in exact arithmetic and usually in a few dozen.
 */
function judgeBiases(sj: Int32Array, se: Int32Array, sx: Float64Array, judgeCount: Int32Array, entryCount: Int32Array, ridge: number) {
  const n = sx.length;
  const nJ = judgeCount.length;
  const nE = entryCount.length;
  const entryMean = new Float64Array(nE);
  for (let p = 0; p < n; p++) entryMean[se[p]] += sx[p];
  for (let e = 0; e < nE; e++) entryMean[e] /= entryCount[e];
  const rhs = new Float64Array(nJ);
  for (let p = 0; p < n; p++) rhs[sj[p]] += sx[p] - entryMean[se[p]];

  const perEntry = new Float64Array(nE);
  const times = (v: Float64Array, into: Float64Array) => {
    perEntry.fill(0);
    for (let p = 0; p < n; p++) perEntry[se[p]] += v[sj[p]];
    for (let e = 0; e < nE; e++) perEntry[e] /= entryCount[e];
    for (let j = 0; j < nJ; j++) into[j] = (judgeCount[j] + ridge) * v[j];
    for (let p = 0; p < n; p++) into[sj[p]] -= perEntry[se[p]];
  };
  const dot = (a: Float64Array, b: Float64Array) => {
    let sum = 0;
    for (let j = 0; j < nJ; j++) sum += a[j] * b[j];
    return sum;
  };

  const bias = new Float64Array(nJ);
  const residual = rhs.slice();
  const direction = rhs.slice();
  const product = new Float64Array(nJ);
  let rs = dot(residual, residual);
  const stop = (CG_RELATIVE_TOLERANCE * CG_RELATIVE_TOLERANCE) * Math.max(rs, 1);
  const limit = 2 * nJ + 50;
  let iterations = 0;
  while (rs > stop && iterations < limit) {
    iterations++;
    times(direction, product);
    const alpha = rs / dot(direction, product);
    for (let j = 0; j < nJ; j++) {
      bias[j] += alpha * direction[j];
      residual[j] -= alpha * product[j];
    }
    const next = dot(residual, residual);
    const beta = next / rs;
    rs = next;
    for (let j = 0; j < nJ; j++) direction[j] = residual[j] + beta * direction[j];
  }
  // At the optimum Σ b_j = 0 (shifting every b and every q the other way changes only the penalty);
  // re-centring removes the last rounding error in that direction.
  let centre = 0;
  for (let j = 0; j < nJ; j++) centre += bias[j];
  centre = nJ ? centre / nJ : 0;
  for (let j = 0; j < nJ; j++) bias[j] -= centre;
  return { bias, iterations };
}

/** The normalised value of every sheet, plus per-judge and per-entry summaries. */
export function normaliseSheets(sheets: readonly NormalisationSheet[], options: NormalisationOptions = {}): NormalisationResult {
  const method = options.method ?? DEFAULT_METHOD;
  const k = options.shrinkage ?? DEFAULT_SHRINKAGE;
  if (!(k >= 0) || !Number.isFinite(k)) throw new Error(`Shrinkage must be a number of sheets, 0 or more; it is ${k}`);
  const ix = indexSheets(sheets);
  const { n, sj, se, sx, judgeCount, entryCount } = ix;
  const nJ = ix.judgeIds.length;
  const nE = ix.entryIds.length;

  let total = 0;
  for (let p = 0; p < n; p++) total += sx[p];
  const M = n ? total / n : 0;
  let sq = 0;
  for (let p = 0; p < n; p++) sq += (sx[p] - M) ** 2;
  const S2 = n ? sq / n : 0;

  const judgeSum = new Float64Array(nJ);
  for (let p = 0; p < n; p++) judgeSum[sj[p]] += sx[p];
  const judgeMean = new Float64Array(nJ);
  for (let j = 0; j < nJ; j++) judgeMean[j] = judgeSum[j] / judgeCount[j];
  const judgeSq = new Float64Array(nJ);
  for (let p = 0; p < n; p++) judgeSq[sj[p]] += (sx[p] - judgeMean[sj[p]]) ** 2;

  const out = new Float64Array(n); // canonical order
  let iterations = 0;
  if (method === "zscore") {
    const S = Math.sqrt(S2);
    const shrunkMean = new Float64Array(nJ);
    const shrunkSd = new Float64Array(nJ);
    for (let j = 0; j < nJ; j++) {
      const nj = judgeCount[j];
      shrunkMean[j] = (nj * judgeMean[j] + k * M) / (nj + k);
      shrunkSd[j] = Math.sqrt((judgeSq[j] + k * S2) / (nj + k)); // judgeSq = n_j · v_j
    }
    for (let p = 0; p < n; p++) {
      const j = sj[p];
      // s*_j is 0 only when every sheet of the round is identical (S = 0: x = m*_j = M, so the sheet
      // stays as scored) or when k = 0 and the judge never varied (then the sheet goes to M).
      out[p] = shrunkSd[j] > 0 ? clip(M + (S * (sx[p] - shrunkMean[j])) / shrunkSd[j]) : clip(sx[p] - shrunkMean[j] + M);
    }
  } else if (method === "additive") {
    const fit = judgeBiases(sj, se, sx, judgeCount, entryCount, Math.max(k, MIN_RIDGE));
    iterations = fit.iterations;
    for (let p = 0; p < n; p++) out[p] = clip(sx[p] - fit.bias[sj[p]]);
  } else {
    throw new Error(`Unknown normalisation method: ${String(method)}`);
  }

  const normalised = new Array<number>(n);
  for (let p = 0; p < n; p++) normalised[ix.order[p]] = out[p];

  const entrySum = new Float64Array(nE);
  const adjustSum = new Float64Array(nJ);
  for (let p = 0; p < n; p++) {
    entrySum[se[p]] += out[p];
    adjustSum[sj[p]] += out[p] - sx[p];
  }
  return {
    method,
    shrinkage: k,
    globalMean: M,
    globalSd: Math.sqrt(S2),
    normalised,
    entries: ix.entryIds.map((entryId, e) => ({ entryId, sheets: entryCount[e], percent: entrySum[e] / entryCount[e] })),
    judges: ix.judgeIds.map((judgeId, j) => ({
      judgeId,
      sheets: judgeCount[j],
      meanPercent: judgeMean[j],
      sdPercent: Math.sqrt(judgeSq[j] / judgeCount[j]),
      adjustment: adjustSum[j] / judgeCount[j],
    })),
    iterations,
  };
}
