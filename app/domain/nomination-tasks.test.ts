import { describe, expect, it } from "vitest";
import { fieldHref, nominationTaskList, parsePart, type TaskListInput } from "./nomination-tasks";

const sections = [
  { id: 11, key: "summary", title: "Summary", word_limit: 5 },
  { id: 12, key: "impact", title: "Impact", word_limit: null },
];

const empty: TaskListInput["text"] = {
  title: "",
  answers: {},
  employer_lead_name: null,
  employer_lead_role: null,
  employer_lead_email: null,
  staff_lead_name: null,
  staff_lead_role: null,
  staff_lead_email: null,
  unions: null,
  consentToPublish: false,
  identifyingTerms: [],
};

const leads = {
  employer_lead_name: "Dana Whitfield",
  employer_lead_role: "Director of People",
  employer_lead_email: "dana@eastbrook.example",
  staff_lead_name: "Ravi Menon",
  staff_lead_role: "UNISON branch secretary",
  staff_lead_email: "ravi@eastbrook.example",
};

const list = (text: Partial<TaskListInput["text"]>, status = "draft", changedSinceSubmission = false) =>
  nominationTaskList({ id: 7, sections, text: { ...empty, ...text }, status, changedSinceSubmission });
const statuses = (t: ReturnType<typeof list>) => Object.fromEntries([...t.write, ...t.check, t.submit].map((x) => [x.key, x.status]));

describe("the nomination's task list", () => {
  it("a new nomination has every part not started, and submitting cannot start yet", () => {
    const t = list({});
    expect(statuses(t)).toEqual({
      details: "not-started",
      "section-11": "not-started",
      "section-12": "not-started",
      leads: "not-started",
      "names-to-hide": "optional",
      "judges-copy": "cannot-start",
      submit: "cannot-start",
    });
    expect([t.completed, t.total]).toEqual([0, 4]);
  });

  it("a part begun but not finished is incomplete: a section over its word limit, leads without an email address", () => {
    const t = list({ title: "Rosters", answers: { 11: "one two three four five six", 12: "Done." }, ...leads, staff_lead_email: "" });
    expect(statuses(t)).toMatchObject({ details: "completed", "section-11": "incomplete", "section-12": "completed", leads: "incomplete", "judges-copy": "optional" });
    expect(t.completed).toBe(2);
    expect(t.submit.status).toBe("cannot-start");
  });

  it("once every part is completed the entrant can check and submit; a submitted one is completed, a changed one to submit again", () => {
    const done = { title: "Rosters", answers: { 11: "Short.", 12: "Done." }, ...leads, identifyingTerms: ["Ward 7"] };
    expect(statuses(list(done))).toMatchObject({ submit: "not-started", "names-to-hide": "completed" });
    expect(list(done).completed).toBe(4);
    expect(list(done, "submitted").submit.status).toBe("completed");
    const changed = list(done, "draft", true).submit;
    expect([changed.status, changed.title]).toEqual(["incomplete", "Check and submit again"]);
  });

  it("a part's URL names the initiative, a section of this cycle, the leads or the names to hide, and nothing else", () => {
    expect(parsePart("details", sections)?.kind).toBe("details");
    expect(parsePart("section-12", sections)).toMatchObject({ kind: "section", sectionId: 12, title: "Impact" });
    expect(parsePart("section-13", sections)).toBeNull();
    expect(parsePart("submit", sections)).toBeNull();
    expect(parsePart(undefined, sections)).toBeNull();
  });

  it("a problem found at submission links to the field on its part's page", () => {
    expect(fieldHref(7, "answer_12")).toBe("/nominations/7/section-12#answer_12");
    expect(fieldHref(7, "staff_lead_email")).toBe("/nominations/7/leads#staff_lead_email");
    expect(fieldHref(7, "title")).toBe("/nominations/7/details#title");
    expect(fieldHref(7, "identifying_terms")).toBe("/nominations/7/names-to-hide#identifying_terms");
  });
});
