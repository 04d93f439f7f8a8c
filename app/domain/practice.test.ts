import { describe, expect, it } from "vitest";
import { calibration, isScorableCaseStudy, median, nearestDescriptors, practiceCodes, practiceProblem, practiceSource } from "./practice";

const descriptors = [
  { score: 2, text: "Informed after the fact" },
  { score: 5, text: "Involved early" },
  { score: 8, text: "Shaped together" },
];
const criteria = [
  { id: 1, title: "Partnership", scale_min: 0, scale_max: 10, weight: 50, descriptors },
  { id: 2, title: "Impact", scale_min: 0, scale_max: 10, weight: 50, descriptors: [] },
];

describe("the practice entry", () => {
  it("is built from the case study's scorable sections, leaving out who the organisation is and how to reach it", () => {
    const copy = practiceSource({ title: "Rest breaks", summary: "S", challenge: "", partnership_work: "P", outcomes: null, key_achievement: "K", top_tips: "T" });
    expect(copy.sections.map((s) => s.title)).toEqual(["Summary", "What was done in partnership", "Key achievement", "Top tips"]);
    expect(practiceSource({ title: null, about_organisation: "We are…", further_information: "call" } as never).sections).toEqual([]);
    expect(isScorableCaseStudy({ summary: "Only a summary" })).toBe(false);
    expect(isScorableCaseStudy({ partnership_work: "What was done" })).toBe(true);
  });

  it("is closed once submitted, or once the judge has submitted a score sheet", () => {
    expect(practiceProblem({ sheetStatus: null, firstSheetSubmitted: false })).toBeNull();
    expect(practiceProblem({ sheetStatus: "draft", firstSheetSubmitted: true })).toMatch(/before your first score sheet/);
    expect(practiceProblem({ sheetStatus: "submitted", firstSheetSubmitted: false })).toMatch(/submitted your practice scores/);
  });
});

describe("practice codes", () => {
  it("are P1, P2… in an order that is not the judges' ids, stable for a cycle", () => {
    const codes = practiceCodes(7, [30, 10, 20, 40, 50]);
    expect([...codes.values()].sort()).toEqual(["P1", "P2", "P3", "P4", "P5"]);
    expect(practiceCodes(7, [50, 40, 30, 20, 10])).toEqual(codes);
    const byId = [10, 20, 30, 40, 50].map((id) => codes.get(id));
    expect(byId).not.toEqual(["P1", "P2", "P3", "P4", "P5"]);
  });
});

describe("where a judge's practice scores sit", () => {
  it("names the descriptor at the score, or those either side of it", () => {
    expect(nearestDescriptors(descriptors, 5).at?.text).toBe("Involved early");
    const between = nearestDescriptors(descriptors, 6);
    expect([between.below?.score, between.above?.score]).toEqual([5, 8]);
    expect(nearestDescriptors(descriptors, 9)).toEqual({ below: descriptors[2], at: null, above: null });
  });

  it("compares the judge with the others' median, everyone by code", () => {
    const result = calibration(3, 1, criteria, [
      { judgeId: 1, scores: { 1: 8, 2: 4 } },
      { judgeId: 2, scores: { 1: 5, 2: 6 } },
      { judgeId: 3, scores: { 1: 6, 2: 7 } },
    ]);
    expect(result.others).toBe(2);
    expect(result.rows[0].fromOthers).toBe(2.5);
    expect(result.rows[1].fromOthers).toBe(-2.5);
    expect(result.rows[0].median).toBe(6);
    expect(result.rows[0].scores.filter((s) => s.mine)).toHaveLength(1);
    expect(result.totals.find((t) => t.mine)?.percent).toBe(60);
    expect(JSON.stringify(result)).not.toMatch(/judgeId/);
  });

  it("has nothing to compare with when nobody else has submitted", () => {
    const result = calibration(3, 1, criteria, [{ judgeId: 1, scores: { 1: 8, 2: 4 } }]);
    expect(result.others).toBe(0);
    expect(result.rows.every((r) => r.fromOthers === null)).toBe(true);
    expect(median([])).toBeNull();
  });
});
