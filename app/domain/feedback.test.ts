import { describe, expect, it } from "vitest";
import { assembleFeedback, judgeMention, scoreBand } from "./feedback";

const criterion = {
  id: 1,
  title: "Genuine partnership from the outset",
  scale_min: 0,
  scale_max: 10,
  descriptors: [
    { score: 2, text: "Trade unions were informed after decisions were made." },
    { score: 5, text: "Trade unions were involved early." },
    { score: 8, text: "Shaped together from the outset." },
  ],
};

describe("the score band", () => {
  it("is the descriptor nearest the judges' mean, the lower one on a tie", () => {
    expect(scoreBand(7.9, criterion)).toBe("Shaped together from the outset.");
    expect(scoreBand(5.4, criterion)).toBe("Trade unions were involved early.");
    expect(scoreBand(3.5, criterion)).toBe("Trade unions were informed after decisions were made.");
    expect(scoreBand(0, criterion)).toBe("Trade unions were informed after decisions were made.");
  });

  it("is the third of the scale when the criterion has no descriptors, and says so when nobody scored", () => {
    const bare = { ...criterion, descriptors: [] };
    expect(scoreBand(1, bare)).toBe("The lower part of the scale");
    expect(scoreBand(5, bare)).toBe("The middle of the scale");
    expect(scoreBand(9, bare)).toBe("The upper part of the scale");
    expect(scoreBand(null, criterion)).toBe("Not scored");
  });
});

describe("the first draft of an entry's feedback", () => {
  it("puts each criterion's band and every judge's comment together, and the overall comments after", () => {
    const draft = assembleFeedback(
      [criterion],
      [
        { scores: { 1: 8 }, comments: { 1: "Clear joint ownership." }, overall: "A strong entry." },
        { scores: { 1: 7 }, comments: { 1: "  " }, overall: "" },
        { scores: { 1: 9 }, comments: { 1: "Union reps co-chaired the board." }, overall: "Well evidenced." },
      ]
    );
    expect(draft.criteria).toEqual([
      { criterionId: 1, title: criterion.title, band: "Shaped together from the outset.", text: "Clear joint ownership.\n\nUnion reps co-chaired the board." },
    ]);
    expect(draft.overall).toBe("A strong entry.\n\nWell evidenced.");
  });
});

describe("a judge's mention", () => {
  it("is a judge code or a judge's full name, in any case, and nothing else", () => {
    expect(judgeMention("As J03 noted, the evidence is thin", [])).toMatch(/judge's code/);
    expect(judgeMention("Strong work. priya shah", ["Priya Shah"])).toMatch(/names a judge/);
    expect(judgeMention("Priya, the staff-side lead, explained it well", ["Priya Shah"])).toBeNull();
    expect(judgeMention("JOINT working (J-codes are not judges)", ["Priya Shah"])).toBeNull();
  });
});
