// How far the judges agree (issue 15, part 4): Krippendorff's alpha for interval data, per criterion
// and on each sheet's weighted percentage, so the SPF can see whether its criteria and descriptors
// work. Pure. docs/decisions/039-agreement-between-judges-and-the-sectors-learning.md explains the choice.
//
// alpha = 1 − D_o / D_e, where D_o is the disagreement seen between judges of the same entry and D_e
// the disagreement expected by chance (all pairable values pooled), with squared differences as the
// interval metric (Krippendorff, "Computing Krippendorff's alpha-reliability", 2011). Only entries
// scored by two or more judges are pairable. Computed from sums, so it is linear in the sheets:
//   alpha = 1 − (n − 1) · Σ_u (m_u·Σv² − (Σv)²) / (m_u − 1)  ÷  (n·Σv² − (Σv)²)
import { weightedPercent } from "./judging";
import type { ResultsCriterion, ResultsSheet } from "./results";

/** Krippendorff's (2004) guidance: 0.800 and above reliable, 0.667 to 0.800 for tentative conclusions only. */
export const ALPHA_RELIABLE = 0.8;
export const ALPHA_TENTATIVE = 0.667;

export type Alpha = {
  /** null when fewer than two entries' values can be paired, or every value is the same. */
  alpha: number | null;
  /** Entries scored by two or more judges (the pairable units). */
  entries: number;
  /** Values in those entries (the pairable values, n). */
  values: number;
};

/**
 * Krippendorff's alpha (interval metric) for units of values: each unit is the values the judges gave
 * one entry. Units with fewer than two values are not pairable and are left out.
 */
export function intervalAlpha(units: ReadonlyArray<ReadonlyArray<number>>): Alpha {
  const acc = new AlphaSums();
  for (const unit of units) {
    let s = 0;
    let sq = 0;
    for (const v of unit) {
      s += v;
      sq += v * v;
    }
    acc.addUnit(unit.length, s, sq);
  }
  return acc.alpha();
}

/** The running sums alpha needs, one unit (an entry's values: count, sum, sum of squares) at a time. */
class AlphaSums {
  private n = 0;
  private sum = 0;
  private sumSq = 0;
  private within = 0;
  private entries = 0;

  addUnit(m: number, s: number, sq: number): void {
    if (m < 2) return;
    this.within += (m * sq - s * s) / (m - 1);
    this.n += m;
    this.sum += s;
    this.sumSq += sq;
    this.entries += 1;
  }

  alpha(): Alpha {
    const { n, sum, sumSq, within, entries } = this;
    const expected = n * sumSq - sum * sum;
    // Relative tolerance: identical values leave only rounding error behind.
    if (entries < 2 || expected <= 1e-12 * Math.max(1, n * sumSq)) return { alpha: null, entries, values: n };
    return { alpha: 1 - ((n - 1) * within) / expected, entries, values: n };
  }
}

export type CriterionAgreement = Alpha & { criterionId: number; title: string };
export type AgreementReport = { criteria: CriterionAgreement[]; overall: Alpha };

/** Agreement per criterion (on the criterion's own scale) and overall (on each sheet's weighted %). */
export function judgeAgreement(criteria: readonly ResultsCriterion[], sheets: readonly ResultsSheet[]): AgreementReport {
  const byEntry = new Map<number, ResultsSheet[]>();
  for (const s of sheets) {
    const list = byEntry.get(s.entryId);
    if (list) list.push(s);
    else byEntry.set(s.entryId, [s]);
  }
  // One pass over the sheets, with sums per criterion and for the weighted %, so a round of thousands
  // of entries costs a few milliseconds.
  const k = criteria.length;
  const perCriterion = criteria.map(() => new AlphaSums());
  const overall = new AlphaSums();
  const m = new Array<number>(k);
  const s = new Array<number>(k);
  const sq = new Array<number>(k);
  for (const list of byEntry.values()) {
    m.fill(0);
    s.fill(0);
    sq.fill(0);
    let om = 0;
    let os = 0;
    let osq = 0;
    for (const sheet of list) {
      for (let i = 0; i < k; i++) {
        const v = sheet.scores[criteria[i].id];
        if (typeof v !== "number") continue;
        m[i] += 1;
        s[i] += v;
        sq[i] += v * v;
      }
      const p = weightedPercent(criteria, sheet.scores);
      if (p === null) continue;
      om += 1;
      os += p;
      osq += p * p;
    }
    for (let i = 0; i < k; i++) perCriterion[i].addUnit(m[i], s[i], sq[i]);
    overall.addUnit(om, os, osq);
  }
  return {
    criteria: criteria.map((c, i) => ({ criterionId: c.id, title: c.title, ...perCriterion[i].alpha() })),
    overall: overall.alpha(),
  };
}

export type AgreementLevel = "reliable" | "tentative" | "unreliable" | "unknown";

export function agreementLevel(alpha: number | null): AgreementLevel {
  if (alpha === null) return "unknown";
  if (alpha >= ALPHA_RELIABLE) return "reliable";
  if (alpha >= ALPHA_TENTATIVE) return "tentative";
  return "unreliable";
}

/** The level in plain words, for the secretariat. */
export const AGREEMENT_WORDS: Record<AgreementLevel, string> = {
  reliable: "Judges agree well",
  tentative: "Judges partly agree",
  unreliable: "Judges agree little",
  unknown: "Not enough shared entries to say",
};

/** alpha to three decimals, as Krippendorff reports it, with a true minus sign. */
export function formatAlpha(alpha: number | null): string {
  if (alpha === null) return "–";
  return alpha.toFixed(3).replace("-", "−");
}
