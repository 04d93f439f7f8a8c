import { describe, expect, it } from "vitest";
import { canonicalText, draftProblems, submissionProblems, type NominationText } from "~/domain/nomination-rules";

const sections = [
  { id: 1, key: "summary", title: "Summary", word_limit: 5 },
  { id: 2, key: "outcomes", title: "Outcomes", word_limit: null },
];

const complete: NominationText = {
  title: "Rotas agreed together",
  answers: { 1: "One two three", 2: "Fewer vacancies" },
  employer_lead_name: "Dana",
  employer_lead_role: "Director",
  employer_lead_email: "dana@example.nhs.uk",
  staff_lead_name: "Ravi",
  staff_lead_role: "Branch secretary",
  staff_lead_email: "ravi@example.nhs.uk",
};

describe("nomination rules", () => {
  it("a complete nomination within its limits has nothing to fix", () => {
    expect(submissionProblems(sections, complete)).toEqual({});
  });

  it("lists every missing field and every section over its limit at once", () => {
    const problems = submissionProblems(sections, { ...complete, title: " ", answers: { 1: "a b c d e f g", 2: "" }, staff_lead_email: "ravi" });
    expect(Object.keys(problems)).toEqual(["title", "answer_1", "answer_2", "staff_lead_email"]);
    expect(problems.answer_1).toBe("Summary must be 5 words or fewer: it has 2 too many");
  });

  it("lets a draft run over its limit, but not to five times it", () => {
    expect(draftProblems(sections, { 1: "w ".repeat(25), 2: "" })).toEqual({});
    expect(Object.keys(draftProblems(sections, { 1: "w ".repeat(26), 2: "" }))).toEqual(["answer_1"]);
    expect(Object.keys(draftProblems(sections, { 1: "", 2: "x".repeat(50_001) }))).toEqual(["answer_2"]);
  });

  it("endorsed text ignores line endings and trailing spaces, but not a changed word", () => {
    const same = { ...complete, answers: { 1: "One two three  \r\n", 2: "Fewer vacancies" } };
    expect(canonicalText(sections, same)).toBe(canonicalText(sections, complete));
    expect(canonicalText(sections, { ...complete, staff_lead_role: "Chair" })).not.toBe(canonicalText(sections, complete));
    expect(canonicalText(sections, { ...complete, answers: { 1: "One two four", 2: "Fewer vacancies" } })).not.toBe(canonicalText(sections, complete));
  });
});
