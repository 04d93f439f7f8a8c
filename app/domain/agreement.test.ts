// Krippendorff's alpha against worked examples: the reliability data of Krippendorff (2011),
// "Computing Krippendorff's alpha-reliability", section C (four observers, twelve units, missing
// values), whose interval alpha he gives as 0.849, and small ones worked by hand below.
import { describe, expect, it } from "vitest";
import { agreementLevel, formatAlpha, intervalAlpha, judgeAgreement } from "./agreement";
import type { ResultsCriterion, ResultsSheet } from "./results";

const _ = null;
const KRIPPENDORFF_2011: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
const columns = (matrix: (number | null)[][]) => matrix[0].map((_v, u) => matrix.map((row) => row[u]).filter((v): v is number => v !== null));

describe("Krippendorff's alpha, interval metric", () => {
  it("gives 0.849 for Krippendorff's own example with missing values, leaving out the unit only one observer coded", () => {
    const a = intervalAlpha(columns(KRIPPENDORFF_2011));
    expect(a.alpha).toBeCloseTo(0.849, 3);
    expect(a.entries).toBe(11);
    expect(a.values).toBe(40);
  });

  it("gives 0.7 for two units {1,2} and {3,4}, worked by hand: D_o = 1, D_e = 40/12", () => {
    expect(intervalAlpha([[1, 2], [3, 4]]).alpha).toBeCloseTo(0.7, 12);
  });

  it("goes below zero when judges disagree more than chance: {1,5} and {5,1} give −0.5", () => {
    expect(intervalAlpha([[1, 5], [5, 1]]).alpha).toBeCloseTo(-0.5, 12);
  });

  it("is 1 when every judge of an entry gives the same value", () => {
    expect(intervalAlpha([[2, 2, 2], [4, 4], [5, 5]]).alpha).toBe(1);
  });

  it("cannot be said with one shared entry, or when every value is the same", () => {
    expect(intervalAlpha([[1, 3], [4]]).alpha).toBeNull();
    expect(intervalAlpha([[3, 3], [3, 3]]).alpha).toBeNull();
    expect(intervalAlpha([]).alpha).toBeNull();
  });

  it("does not depend on the order of judges or entries", () => {
    const units = columns(KRIPPENDORFF_2011);
    const shuffled = units.map((u) => [...u].reverse()).reverse();
    expect(intervalAlpha(shuffled).alpha).toBeCloseTo(intervalAlpha(units).alpha!, 12);
  });
});

describe("agreement between judges of a round", () => {
  const criteria: ResultsCriterion[] = [
    { id: 1, title: "Partnership", weight: 1, scale_min: 0, scale_max: 4 },
    { id: 2, title: "Impact", weight: 1, scale_min: 0, scale_max: 4 },
  ];
  const sheet = (entryId: number, judgeId: number, a: number, b: number): ResultsSheet => ({ entryId, judgeId, side: "employer", scores: { 1: a, 2: b } });

  it("is worked out per criterion and on each sheet's weighted percentage", () => {
    // Partnership: {1,2} and {3,4}, so 0.7; impact: the judges agree exactly, so 1.
    const report = judgeAgreement(criteria, [sheet(10, 1, 1, 0), sheet(10, 2, 2, 0), sheet(11, 1, 3, 4), sheet(11, 3, 4, 4), sheet(12, 2, 4, 4)]);
    expect(report.criteria.map((c) => [c.title, c.entries])).toEqual([["Partnership", 2], ["Impact", 2]]);
    expect(report.criteria[0].alpha).toBeCloseTo(0.7, 12);
    expect(report.criteria[1].alpha).toBe(1);
    // Sheets' percentages: {12.5, 25} and {87.5, 100}, in steps of 12.5 {1,2} and {7,8}:
    // n·Σv² − (Σv)² = 4·118 − 18² = 148, within = 1 + 1, so alpha = 1 − 3·2/148 = 71/74.
    expect(report.overall.alpha).toBeCloseTo(71 / 74, 12);
  });

  it("says in words how far to trust it, on Krippendorff's thresholds", () => {
    expect(agreementLevel(0.849)).toBe("reliable");
    expect(agreementLevel(0.7)).toBe("tentative");
    expect(agreementLevel(0.2)).toBe("unreliable");
    expect(agreementLevel(null)).toBe("unknown");
    expect(formatAlpha(-0.5)).toBe("−0.500");
  });
});
