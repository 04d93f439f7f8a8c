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

describe("a finalist's feedback from the final round too", () => {
  const first = [
    { scores: { 1: 8 }, comments: { 1: "Shaped jointly." }, overall: "Strong." },
    { scores: { 1: 6 }, comments: { 1: "Early involvement." }, overall: "" },
  ];
  const final = [{ scores: { 1: 2 }, comments: { 1: "At the final, less convincing on governance." }, overall: "A close call at the final." }];

  it("adds the final round's comments under the same criterion when the final round used it, keeping the first round's band", () => {
    const draft = assembleFeedback([criterion], first, { sameCriteria: true, sheets: final });
    expect(draft.criteria).toHaveLength(1);
    expect(draft.criteria[0].band).toBe("Shaped together from the outset.");
    expect(draft.criteria[0].text).toBe("Shaped jointly.\n\nEarly involvement.\n\nIn the final round:\n\nAt the final, less convincing on governance.");
    expect(draft.overall).toBe("Strong.\n\nIn the final round:\n\nA close call at the final.");
  });

  it("adds a part of its own, each comment under its criterion, when the final round had its own criteria", () => {
    const own = { ...criterion, id: 7, title: "Sustainability", descriptors: [] };
    const draft = assembleFeedback([criterion], first, { sameCriteria: false, criteria: [own], sheets: [{ scores: { 7: 9 }, comments: { 7: "Will last." }, overall: "" }] });
    expect(draft.criteria.map((c) => [c.criterionId, c.title, c.band])).toEqual([
      [1, "Genuine partnership from the outset", "Shaped together from the outset."],
      [0, "The final round", ""],
    ]);
    expect(draft.criteria[1].text).toBe("Sustainability:\n\nWill last.");
    expect(draft.criteria[0].text).toBe("Shaped jointly.\n\nEarly involvement.");
  });

  it("is the first round alone when the entry was not a finalist", () => {
    expect(assembleFeedback([criterion], first, { sameCriteria: false, criteria: [criterion], sheets: [] })).toEqual(assembleFeedback([criterion], first));
  });
});
