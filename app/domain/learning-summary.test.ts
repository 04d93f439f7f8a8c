// The learning summary's rules: what may be saved, and how its text becomes paragraphs.
import { describe, expect, it } from "vitest";
import { CRITERION_NOTE_MAX, learningSummaryProblems, paragraphs, parseCriterionNotes } from "./learning-summary";

describe("a learning summary", () => {
  it("needs a summary, and keeps each criterion's note within its length", () => {
    expect(learningSummaryProblems({ summary: "  ", notes: [] })).toEqual({ summary: "Enter what the sector can learn from this year's finalists" });
    const long = { criterionId: 7, title: "Impact", text: "x".repeat(CRITERION_NOTE_MAX + 1) };
    expect(Object.keys(learningSummaryProblems({ summary: "Shared goals.", notes: [long] }))).toEqual(["criterion_7"]);
    expect(learningSummaryProblems({ summary: "Shared goals.", notes: [{ ...long, text: "" }] })).toEqual({});
  });

  it("is shown as paragraphs split at blank lines", () => {
    expect(paragraphs("One.\r\n\r\n  Two,\nstill two.\n\n\n")).toEqual(["One.", "Two,\nstill two."]);
  });

  it("reads stored notes back, leaving out anything malformed", () => {
    expect(parseCriterionNotes('[{"criterionId":1,"title":"A","text":"t"},{"title":"B"}]')).toEqual([{ criterionId: 1, title: "A", text: "t" }]);
    expect(parseCriterionNotes("not json")).toEqual([]);
  });
});
