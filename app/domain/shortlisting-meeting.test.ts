// The shortlisting meeting's pure rules: why an entry is talked about, the running order, codes for
// judges without sheets, scores by side, and the record's checks.
import { describe, expect, it } from "vitest";
import { checkMeetingRecord, holdersText, meetingJudgeCodes, meetingOrder, meetingReasons, scoresBySide } from "./shortlisting-meeting";

describe("why an entry is talked about", () => {
  it("names an entry in doubt, one whose judges disagree and one whose sides diverge", () => {
    expect(meetingReasons({ topChance: 0.5, disagreement: true, sidesDiverge: true })).toEqual(["in_doubt", "judges_disagree", "sides_diverge"]);
    expect(meetingReasons({ topChance: 0.1, disagreement: false, sidesDiverge: false })).toEqual(["in_doubt"]);
    expect(meetingReasons({ topChance: 0.95, disagreement: false, sidesDiverge: false })).toEqual([]);
    expect(meetingReasons({ topChance: null, disagreement: false, sidesDiverge: true })).toEqual(["sides_diverge"]);
  });

  it("puts the entries to talk about first, each group by rank, unscored last, then by code", () => {
    const e = (code: string, rank: number | null, talk: boolean) => ({ code, rank, reasons: talk ? (["in_doubt"] as const) : [] });
    const order = meetingOrder([e("A", 1, false), e("B", 5, true), e("C", null, true), e("D", 3, true), e("E", 2, false), e("F", 3, true)]);
    expect(order.map((x) => x.code)).toEqual(["D", "F", "B", "C", "A", "E"]);
  });
});

describe("judges by code", () => {
  it("keeps the results' codes and gives judges without sheets the next ones, in id order", () => {
    const codes = meetingJudgeCodes(new Map([[4, "J01"], [9, "J02"]]), [12, 4, 7, 12]);
    expect([...codes]).toEqual([[4, "J01"], [9, "J02"], [7, "J03"], [12, "J04"]]);
  });

  it("says who holds a view in words", () => {
    expect(holdersText(["J03", "staff_side", "employer"])).toBe("J03; Staff side (trade union); Employer side");
  });
});

describe("scores by side", () => {
  it("averages each criterion and the weighted % over each side's sheets", () => {
    const criteria = [
      { id: 1, title: "Partnership", weight: 1, scale_min: 0, scale_max: 10 },
      { id: 2, title: "Impact", weight: 1, scale_min: 0, scale_max: 10 },
    ];
    const s = scoresBySide(criteria, [
      { judgeCode: "J01", side: "employer", scores: { 1: 8, 2: 6 } },
      { judgeCode: "J02", side: "staff_side", scores: { 1: 4, 2: 2 } },
      { judgeCode: "J03", side: "staff_side", scores: { 1: 6, 2: 4 } },
    ]);
    expect(s.criteria[1]).toEqual({ all: 6, employer: 8, staff_side: 5, national_body: null });
    expect(s.percent.employer).toBeCloseTo(70);
    expect(s.percent.staff_side).toBeCloseTo(40);
    expect(s.percent.all).toBeCloseTo(50);
  });
});

describe("the record's rules", () => {
  const holders = ["employer", "staff_side", "national_body", "J01", "J02"];
  it("needs an agreed position", () => {
    expect(checkMeetingRecord({ agreedPosition: " ", divergentView: "", heldBy: [] }, holders)).toEqual({ agreedPosition: "Enter the panel's agreed position" });
    expect(checkMeetingRecord({ agreedPosition: "Shortlist", divergentView: "", heldBy: [] }, holders)).toEqual({});
  });
  it("needs who holds a divergent view, from the judges who scored the entry and the sides", () => {
    expect(checkMeetingRecord({ agreedPosition: "Shortlist", divergentView: "Thin evidence", heldBy: [] }, holders).heldBy).toBe("Choose who holds the divergent view, by judge code or side");
    expect(checkMeetingRecord({ agreedPosition: "Shortlist", divergentView: "Thin evidence", heldBy: ["J05"] }, holders).heldBy).toMatch(/from the judges who scored this entry/);
    expect(checkMeetingRecord({ agreedPosition: "Shortlist", divergentView: "", heldBy: ["J01"] }, holders).divergentView).toBe("Note the divergent view, or untick who holds it");
    expect(checkMeetingRecord({ agreedPosition: "Shortlist", divergentView: "Thin evidence", heldBy: ["J01", "staff_side"] }, holders)).toEqual({});
  });
  it("keeps each text to 2,000 characters", () => {
    expect(checkMeetingRecord({ agreedPosition: "x".repeat(2001), divergentView: "y".repeat(2001), heldBy: ["J01"] }, holders)).toMatchObject({ agreedPosition: expect.stringMatching(/2000/), divergentView: expect.stringMatching(/2000/) });
  });
});
