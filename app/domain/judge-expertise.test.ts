import { describe, expect, it } from "vitest";
import { expertiseProblems, expertiseText, parseExpertiseTags } from "./judge-expertise";

describe("a judge's expertise", () => {
  it("keeps only the tags on the list, in the list's order", () => {
    expect(parseExpertiseTags('["finance","made-up","workforce"]')).toEqual(["workforce", "finance"]);
    expect(parseExpertiseTags("not json")).toEqual([]);
  });

  it("refuses a tag not on the list and a note over 300 characters", () => {
    expect(expertiseProblems({ tags: ["workforce"], note: "Ten years as a director of workforce" })).toEqual({});
    expect(expertiseProblems({ tags: ["astrology"], note: "x".repeat(301) })).toEqual({
      expertise: "Choose expertise from the list",
      expertiseNote: "The note on expertise must be 300 characters or fewer",
    });
  });

  it("reads as words", () => {
    expect(expertiseText(["workforce", "clinical"], " Former RCN steward ")).toBe("HR and workforce, Clinical practice; Former RCN steward");
    expect(expertiseText([], "")).toBe("");
  });
});
