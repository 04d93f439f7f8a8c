import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, isJudgingCode, judgeEntryView, judgeOrder, judgeReadProblem, judgingCode, parseSheet, scoringProblem, weightedPercent } from "./judging";

const criteria = [
  { id: 1, title: "Partnership", scale_min: 0, scale_max: 10, weight: 40 },
  { id: 2, title: "Impact", scale_min: 0, scale_max: 10, weight: 40 },
  { id: 3, title: "Learning", scale_min: 0, scale_max: 10, weight: 20 },
];

describe("judging codes", () => {
  it("are four characters from an alphabet without look-alikes (no 0/O, 1/I)", () => {
    expect(CODE_ALPHABET).not.toMatch(/[01IO]/);
    const code = judgingCode(new Uint8Array([0, 31, 32, 255]));
    expect(code).toBe("A9A9");
    expect(isJudgingCode(code)).toBe(true);
  });

  it("come only from the random bytes given, so they say nothing of the nomination", () => {
    expect(judgingCode(new Uint8Array([1, 2, 3, 4]))).toBe(judgingCode(new Uint8Array([1, 2, 3, 4])));
    expect(judgingCode(new Uint8Array([1, 2, 3, 4]))).not.toBe(judgingCode(new Uint8Array([4, 3, 2, 1])));
    expect(() => judgingCode(new Uint8Array([1, 2]))).toThrow();
  });

  it("are recognised strictly, so a URL cannot carry anything else to the database", () => {
    for (const bad of ["", "ABC", "ABCDE", "abcd", "AB0D", "AB D", "A'--"]) expect(isJudgingCode(bad)).toBe(false);
  });
});

describe("each judge's order", () => {
  const entries = ["K7Q2", "M3PX", "ZZ4A", "B2CD", "HJ9K", "QR8S"].map((code) => ({ code }));

  it("is the same on every visit", () => {
    expect(judgeOrder(7, entries)).toEqual(judgeOrder(7, [...entries].reverse()));
  });

  it("differs between judges and from the order entries came in", () => {
    const orders = new Set([1, 2, 3, 4, 5].map((j) => judgeOrder(j, entries).map((e) => e.code).join()));
    expect(orders.size).toBeGreaterThan(1);
    expect([...orders].some((o) => o !== entries.map((e) => e.code).join())).toBe(true);
  });
});

describe("when a judge may read and score", () => {
  const now = new Date("2027-06-01T12:00:00Z");
  const judging = { stage: "judging" as const, judging_close_at: "2027-06-30T16:00:00.000Z" };

  it("reads only in the judging stage, with a reason otherwise", () => {
    expect(judgeReadProblem(judging)).toBeNull();
    expect(judgeReadProblem({ ...judging, stage: "closed" })).toBe("Judging has not started yet");
    expect(judgeReadProblem({ ...judging, stage: "shortlisting" })).toBe("Judging for this round has closed");
  });

  it("scores until the judging deadline, and not at it", () => {
    expect(scoringProblem(judging, now, null)).toBeNull();
    expect(scoringProblem(judging, new Date("2027-06-30T15:59:59.999Z"), "draft")).toBeNull();
    expect(scoringProblem(judging, new Date("2027-06-30T16:00:00.000Z"), "draft")).toBe("The deadline for judging has passed");
  });

  it("never changes a submitted sheet", () => {
    expect(scoringProblem(judging, now, "submitted")).toMatch(/has been submitted/);
  });
});

describe("a score sheet", () => {
  const input = (scores: Record<number, string>, overallComment = "", comments: Record<number, string> = {}) => ({ scores, comments, overallComment });

  it("may be saved as a draft with scores missing", () => {
    const parsed = parseSheet(criteria, input({ 1: "7", 2: "" }), "draft");
    expect(parsed).toEqual({ ok: true, value: { scores: { 1: 7, 2: null, 3: null }, comments: { 1: "", 2: "", 3: "" }, overallComment: "" } });
  });

  it("needs every criterion scored and an overall comment to be submitted", () => {
    const parsed = parseSheet(criteria, input({ 1: "7" }, "  "), "submit");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(Object.keys(parsed.errors)).toEqual(["score_2", "score_3", "overall_comment"]);
      expect(parsed.errors.score_2).toBe('Enter a score for "Impact"');
    }
  });

  it("takes whole numbers on the criterion's own scale only, even in a draft", () => {
    for (const bad of ["11", "-1", "7.5", "seven", "1e1", "0x7"]) {
      const parsed = parseSheet(criteria, input({ 1: bad }), "draft");
      expect(parsed.ok, bad).toBe(false);
    }
    expect(parseSheet(criteria, input({ 1: " 10 ", 2: "0" }), "draft").ok).toBe(true);
  });

  it("refuses comments over 5,000 characters", () => {
    const parsed = parseSheet(criteria, input({}, "x".repeat(5001), { 2: "y".repeat(5001) }), "draft");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(Object.keys(parsed.errors)).toEqual(["comment_2", "overall_comment"]);
  });
});

describe("the weighted total", () => {
  it("is the weighted share of the most a sheet could score", () => {
    expect(weightedPercent(criteria, { 1: 10, 2: 10, 3: 10 })).toBe(100);
    expect(weightedPercent(criteria, { 1: 5, 2: 5, 3: 0 })).toBeCloseTo(40);
    expect(weightedPercent(criteria, { 1: 5, 2: null, 3: 0 })).toBeNull();
  });
});

describe("the judges' view of an entry", () => {
  it("is built from the redacted copy and carries no identity field", () => {
    const view = judgeEntryView("K7Q2", { title: "Rostering at [organisation]", sections: [{ sectionId: 5, text: "[person] led it" }] }, [
      { id: 5, title: "Summary", criterion_id: null },
      { id: 6, title: "Outcomes", criterion_id: 2 },
    ]);
    expect(view).toEqual({
      code: "K7Q2",
      label: "Entry K7Q2",
      title: "Rostering at [organisation]",
      sections: [
        { id: 5, title: "Summary", criterionId: null, text: "[person] led it" },
        { id: 6, title: "Outcomes", criterionId: 2, text: "" },
      ],
    });
  });
});
