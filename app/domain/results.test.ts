import { describe, expect, it } from "vitest";
import {
  computeResults,
  DISAGREEMENT_SPREAD_POINTS,
  IN_DOUBT_HIGH,
  IN_DOUBT_LOW,
  rankScores,
  SIDES_DIVERGE_POINTS,
  type ResultsCriterion,
  type ResultsSheet,
  type ResultsSide,
} from "./results";
import { gaussian, mulberry32 } from "./random";

// Weights 40/40/20; the third criterion is scored 1–5. A sheet's percentage is
// 40·s1/10 + 40·s2/10 + 20·(s3 − 1)/4 = 4·s1 + 4·s2 + 5·(s3 − 1).
const criteria: ResultsCriterion[] = [
  { id: 1, title: "Partnership working", weight: 40, scale_min: 0, scale_max: 10 },
  { id: 2, title: "Impact", weight: 40, scale_min: 0, scale_max: 10 },
  { id: 3, title: "Learning", weight: 20, scale_min: 1, scale_max: 5 },
];
const sheet = (entryId: number, judgeId: number, side: ResultsSide, s1: number, s2: number, s3: number): ResultsSheet => ({
  entryId,
  judgeId,
  side,
  scores: { 1: s1, 2: s2, 3: s3 },
});

// One criterion, 0–20: a sheet's percentage is 5 × the score.
const single: ResultsCriterion[] = [{ id: 1, title: "Overall", weight: 1, scale_min: 0, scale_max: 20 }];
const one = (entryId: number, judgeId: number, score: number, side: ResultsSide = "employer"): ResultsSheet => ({
  entryId,
  judgeId,
  side,
  scores: { 1: score },
});

describe("each entry's row", () => {
  const sheets = [
    sheet(1, 1, "employer", 8, 7, 5), // 32 + 28 + 20 = 80
    sheet(1, 2, "staff_side", 5, 5, 3), // 20 + 20 + 10 = 50
    sheet(1, 3, "employer", 9, 8, 4), // 36 + 32 + 15 = 83
    sheet(1, 4, "national_body", 6, 6, 3), // 24 + 24 + 10 = 58
    sheet(2, 1, "employer", 7, 7, 4), // 28 + 28 + 15 = 71
    sheet(2, 2, "staff_side", 7, 6, 4), // 28 + 24 + 15 = 67
    sheet(2, 4, "national_body", 6, 7, 4), // 24 + 28 + 15 = 67
    sheet(4, 1, "employer", 5, 5, 1), // 40
    sheet(4, 3, "employer", 6, 6, 1), // 48
  ];
  const { entries } = computeResults(criteria, sheets, [1, 2, 3, 4]);
  const row = (id: number) => entries.find((e) => e.entryId === id)!;

  it("counts the sheets and takes the mean of their weighted percentages", () => {
    expect(row(1).sheets).toBe(4);
    expect(row(1).meanPercent).toBeCloseTo((80 + 50 + 83 + 58) / 4, 9); // 67.75
    expect(row(2).meanPercent).toBeCloseTo((71 + 67 + 67) / 3, 9);
  });

  it("takes the median as the mean of the middle two when the count is even", () => {
    expect(row(1).medianPercent).toBeCloseTo((58 + 80) / 2, 9); // 50, 58, 80, 83 → 69
    expect(row(2).medianPercent).toBeCloseTo(67, 9);
  });

  it("gives the spread as highest minus lowest, in points", () => {
    expect(row(1).spread).toBeCloseTo(33, 9);
    expect(row(2).spread).toBeCloseTo(4, 9);
  });

  it("gives each criterion's mean in its own units", () => {
    expect(row(1).criterionMeans).toEqual({ 1: 7, 2: 6.5, 3: 3.75 });
  });

  it("gives each side's mean, leaving national bodies out of both", () => {
    expect(row(1).employerMean).toBeCloseTo((80 + 83) / 2, 9);
    expect(row(1).staffSideMean).toBeCloseTo(50, 9);
    expect(row(2).employerMean).toBeCloseTo(71, 9);
    expect(row(2).staffSideMean).toBeCloseTo(67, 9);
  });

  it("flags sides that diverge, and only where both sides scored", () => {
    expect(row(1).sidesDiverge).toBe(true); // 81.5 against 50
    expect(row(2).sidesDiverge).toBe(false); // 71 against 67
    expect(row(4).staffSideMean).toBeNull();
    expect(row(4).sidesDiverge).toBe(false);
  });

  it("flags a disagreement when the sheets are far apart", () => {
    expect(row(1).disagreement).toBe(true); // spread 33
    expect(row(2).disagreement).toBe(false); // spread 4
  });

  it("gives an entry without sheets nulls and no rank", () => {
    expect(row(3)).toEqual({
      entryId: 3,
      sheets: 0,
      meanPercent: null,
      medianPercent: null,
      spread: null,
      criterionMeans: { 1: null, 2: null, 3: null },
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
    });
  });

  it("keeps the order of the entry ids it was given", () => {
    expect(entries.map((e) => e.entryId)).toEqual([1, 2, 3, 4]);
  });
});

describe("the flags' thresholds", () => {
  it("are 15 points between the sides and 25 points of spread", () => {
    expect(SIDES_DIVERGE_POINTS).toBe(15);
    expect(DISAGREEMENT_SPREAD_POINTS).toBe(25);
  });

  it("count a difference of exactly the threshold", () => {
    // Entry 1: employer 14 → 70, staff side 11 → 55: 15 apart. Entry 2: 10 → 50 and 15 → 75: 25 apart.
    const { entries } = computeResults(
      single,
      [one(1, 1, 14, "employer"), one(1, 2, 11, "staff_side"), one(2, 1, 10, "employer"), one(2, 2, 15, "staff_side")],
      [1, 2],
    );
    expect(entries[0].sidesDiverge).toBe(true);
    expect(entries[0].disagreement).toBe(false);
    expect(entries[1].disagreement).toBe(true);
  });

  it("never call one sheet a disagreement", () => {
    const { entries } = computeResults(single, [one(1, 1, 20)], [1]);
    expect(entries[0].spread).toBe(0);
    expect(entries[0].disagreement).toBe(false);
  });
});

describe("ranks", () => {
  it("share the better rank on a tie and skip the next (1, 2, 2, 4)", () => {
    expect(rankScores([80, 70, null, 70, 60])).toEqual([1, 2, null, 2, 4]);
  });

  it("treat equal totals reached in a different order as a tie", () => {
    // A 0–3 scale gives thirds: 33.3…, 66.6…, 0 summed in different orders.
    const thirds: ResultsCriterion[] = [{ id: 1, title: "Overall", weight: 1, scale_min: 0, scale_max: 3 }];
    const s = (entryId: number, judgeId: number, score: number): ResultsSheet => ({ entryId, judgeId, side: "employer", scores: { 1: score } });
    const { entries } = computeResults(thirds, [s(1, 1, 1), s(1, 2, 2), s(1, 3, 0), s(2, 1, 2), s(2, 2, 0), s(2, 3, 1)], [1, 2], { shrinkage: 0 });
    expect(entries.map((e) => e.rawRank)).toEqual([1, 1]);
    expect(entries.map((e) => e.medianRank)).toEqual([1, 1]);
  });

  it("rank raw means, medians and normalised scores side by side", () => {
    // Entry 1: 90, 10, 20 → mean 40, median 20. Entry 2: 35, 35, 35 → mean 35, median 35.
    const sheets = [one(1, 1, 18), one(1, 2, 2), one(1, 3, 4), one(2, 1, 7), one(2, 2, 7), one(2, 3, 7)];
    const { entries } = computeResults(single, sheets, [1, 2], { method: "additive" });
    expect(entries.map((e) => [e.rawRank, e.medianRank])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    // Every judge scored both entries, so the additive normalisation moves neither entry (see below).
    expect(entries.map((e) => e.normalisedRank)).toEqual([1, 2]);
  });
});

describe("the judge-normalised score", () => {
  it("is, by the additive model, the raw mean when every judge scored every entry (each entry's corrections cancel)", () => {
    const sheets = [one(1, 1, 12), one(1, 2, 16), one(2, 1, 8), one(2, 2, 14), one(3, 1, 4), one(3, 2, 10)];
    const { entries } = computeResults(single, sheets, [1, 2, 3], { method: "additive" });
    for (const e of entries) expect(e.normalisedPercent).toBeCloseTo(e.meanPercent!, 9);
  });

  it("lowers an entry that only a lenient judge rated highly", () => {
    const { entries, judges } = computeResults(single, lenientRound, [1, 2, 3, 4, 5, 6]);
    const e4 = entries.find((e) => e.entryId === 4)!;
    expect(e4.normalisedPercent!).toBeLessThan(e4.meanPercent!);
    // Judge 1 is the lenient one: the only judge whose sheets come down.
    expect(judges.map((j) => Math.sign(j.adjustment))).toEqual([-1, 1, 1]);
    expect(judges.map((j) => j.sheets)).toEqual([4, 6, 5]);
    expect(judges[0].side).toBe("employer");
  });

  it("can use the z-score method instead", () => {
    const additive = computeResults(single, lenientRound, [1, 2, 3, 4, 5, 6]);
    const zscore = computeResults(single, lenientRound, [1, 2, 3, 4, 5, 6], { method: "zscore" });
    expect(zscore.entries[0].normalisedPercent).not.toBeCloseTo(additive.entries[0].normalisedPercent!, 3);
  });
});

// Judge 1 is lenient by 30 points: on entries 1–3, which all three judges score, judges 2 and 3
// give 30, 20, 10 and judge 1 gives 60, 50, 40. Then:
//   entry 4: judge 1 gives 90, judge 2 gives 50 → raw mean 70 (judge 1's leniency carries it);
//   entry 5: judges 2 and 3 give 70 and 65     → raw mean 67.5;
//   entry 6: judges 2 and 3 give 65 and 65     → raw mean 65.
// Raw (and median: two sheets each) top 2 are entries 4 and 5; once judge 1's leniency is taken
// out, entry 4 falls to third: normalised 67.2 against 73.4 and 70.9.
const lenientRound: ResultsSheet[] = [
  ...[
    [1, 6],
    [2, 4],
    [3, 2],
  ].flatMap(([entryId, score]) => [one(entryId, 1, score + 6, "employer"), one(entryId, 2, score, "staff_side"), one(entryId, 3, score, "national_body")]),
  one(4, 1, 18, "employer"),
  one(4, 2, 10, "staff_side"),
  one(5, 2, 14, "staff_side"),
  one(5, 3, 13, "national_body"),
  one(6, 2, 13, "staff_side"),
  one(6, 3, 13, "national_body"),
];

describe("the chance of the top N, and the entries in doubt", () => {
  it("ranks by the model and gives each entry a chance of the top 2 that adds up to 2", () => {
    const { entries, topN } = computeResults(single, lenientRound, [1, 2, 3, 4, 5, 6], { finalists: 2 });
    expect(entries.slice(3).map((e) => [e.entryId, e.rawRank, e.medianRank, e.normalisedRank])).toEqual([
      [4, 1, 1, 3],
      [5, 2, 2, 1],
      [6, 3, 3, 2],
    ]);
    const total = entries.reduce((sum, e) => sum + (e.topChance ?? 0), 0);
    expect(total).toBeCloseTo(2, 9);
    expect(topN.n).toBe(2);
    // Entry 4 led only because of the lenient judge, whose sheets agree with the others' to a few
    // points once the leniency is out: the model is sure it is not in the top 2, and that 5 and 6 are.
    expect(entries.find((e) => e.entryId === 4)!.topChance!).toBeLessThan(0.01);
    expect(topN.likely.map((d) => d.entryId)).toEqual([5, 6]);
  });

  it("lists the entries in doubt (10% to 90%) and those all but certain, each by chance, highest first", () => {
    // Twelve entries whose quality rises by 2 points an entry, four judges with noisy sheets.
    const random = mulberry32(7);
    const normal = gaussian(random);
    const sheets = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((entryId) =>
      [1, 2, 3, 4].filter((judgeId) => (entryId + judgeId) % 4 !== 0).map((judgeId) => one(entryId, judgeId, Math.max(0, Math.min(20, Math.round(4 + entryId + 2 * normal()))))),
    );
    const { entries, topN } = computeResults(single, sheets, Array.from({ length: 12 }, (_, i) => i + 1), { finalists: 3 });
    expect(topN.inDoubt.length).toBeGreaterThan(0);
    const chance = new Map(entries.map((e) => [e.entryId, e.topChance!]));
    for (const d of [...topN.inDoubt, ...topN.likely]) expect(d.chance).toBe(chance.get(d.entryId));
    expect(topN.inDoubt.every((d) => d.chance >= IN_DOUBT_LOW && d.chance <= IN_DOUBT_HIGH)).toBe(true);
    expect(topN.likely.every((d) => d.chance > IN_DOUBT_HIGH)).toBe(true);
    const listed = [...topN.likely, ...topN.inDoubt];
    expect(listed.map((d) => d.chance)).toEqual(listed.map((d) => d.chance).sort((a, b) => b - a));
    const inList = new Set(listed.map((d) => d.entryId));
    expect(entries.filter((e) => !inList.has(e.entryId)).every((e) => e.topChance! < IN_DOUBT_LOW)).toBe(true);
    // The weakest entries have no real chance.
    expect(chance.get(1)!).toBeLessThan(0.01);
  });

  it("is sure of an entry far ahead of the rest, and of one far behind", () => {
    const sheets = [1, 2, 3, 4, 5, 6].flatMap((entryId) => [1, 2, 3].map((judgeId) => one(entryId, judgeId, entryId === 6 ? 19 : entryId === 1 ? 1 : 8 + entryId + judgeId)));
    const { entries, topN } = computeResults(single, sheets, [1, 2, 3, 4, 5, 6], { finalists: 2 });
    expect(entries.find((e) => e.entryId === 6)!.topChance!).toBeGreaterThan(0.99);
    expect(entries.find((e) => e.entryId === 1)!.topChance!).toBeLessThan(0.01);
    expect(topN.likely.map((d) => d.entryId)).toContain(6);
    expect(topN.inDoubt.map((d) => d.entryId)).not.toContain(1);
  });

  it("gives the top 4 unless told otherwise, and every entry a chance of 1 when there are no more than N", () => {
    expect(computeResults(single, lenientRound, [1, 2, 3, 4, 5, 6]).topN.n).toBe(4);
    const { entries } = computeResults(single, [one(1, 1, 10), one(2, 1, 12)], [1, 2, 3], { finalists: 2 });
    expect(entries.map((e) => e.topChance)).toEqual([1, 1, null]);
  });

  it("gives no chance with the older methods, which have no model of their uncertainty", () => {
    const { entries, topN, method } = computeResults(single, lenientRound, [1, 2, 3, 4, 5, 6], { method: "additive" });
    expect(method).toBe("additive");
    expect(entries.every((e) => e.topChance === null && e.normalisedSd === null)).toBe(true);
    expect(topN.inDoubt).toEqual([]);
  });
});

describe("awkward rounds", () => {
  it("with no sheets at all, every row is empty and nothing is ranked", () => {
    const { entries, topN, judges } = computeResults(criteria, [], [1, 2]);
    expect(entries.every((e) => e.sheets === 0 && e.meanPercent === null && e.normalisedPercent === null)).toBe(true);
    expect(topN).toEqual({ n: 4, inDoubt: [], likely: [] });
    expect(judges).toEqual([]);
  });

  it("with one judge, the normalised score is the raw one", () => {
    const { entries } = computeResults(single, [one(1, 1, 4), one(2, 1, 10), one(3, 1, 17)], [1, 2, 3]);
    for (const e of entries) expect(e.normalisedPercent).toBeCloseTo(e.meanPercent!, 9);
  });

  it("with every sheet identical, everything ties", () => {
    const sheets = [one(1, 1, 12), one(1, 2, 12), one(2, 1, 12), one(2, 3, 12)];
    const { entries } = computeResults(single, sheets, [1, 2]);
    expect(entries.map((e) => [e.normalisedPercent, e.rawRank, e.normalisedRank])).toEqual([
      [60, 1, 1],
      [60, 1, 1],
    ]);
  });

  it("ignores sheets for entries not asked about, and sheets missing a score", () => {
    const { entries, judges } = computeResults(single, [one(1, 1, 10), one(9, 1, 20), { entryId: 1, judgeId: 2, side: "staff_side", scores: {} }], [1]);
    expect(entries[0].sheets).toBe(1);
    expect(judges).toEqual([{ judgeId: 1, side: "employer", sheets: 1, meanPercent: 50, adjustment: 0, leniency: 0, leniencySd: 0, noiseSd: 0, weight: 1 }]);
  });

  it("gives the same results whatever order the sheets come in", () => {
    const a = computeResults(single, lenientRound, [1, 2, 3, 4, 5, 6]);
    const b = computeResults(single, [...lenientRound].reverse(), [1, 2, 3, 4, 5, 6]);
    expect(b).toEqual(a);
  });
});
