import { finalCriteriaEditable } from "./stages";
import { describe, expect, it } from "vitest";
import { closeNowProblem, effectiveDeadline, entrantActionProblem, transitionProblem, type CycleForRules } from "./stages";
import { ukToUtc } from "./uk-time";

const close = ukToUtc("2027-05-13", "17:00");
const cycle = (overrides: Partial<CycleForRules> = {}): CycleForRules => ({
  stage: "open",
  nominations_open_at: ukToUtc("2027-01-10", "09:00"),
  nominations_close_at: close,
  judging_open_at: ukToUtc("2027-05-20", "09:00"),
  judging_close_at: ukToUtc("2027-06-30", "17:00"),
  shortlist_at: null,
  final_judging_at: null,
  announcement_at: ukToUtc("2027-11-12", "19:00"),
  ...overrides,
});
const at = (date: string, time: string, seconds = 0) => new Date(Date.parse(ukToUtc(date, time)) + seconds * 1000);

describe("an entrant's nomination and the deadline", () => {
  it("may be edited and submitted until 16:59:59 UK time, and not at 17:00:00", () => {
    expect(entrantActionProblem("submit", cycle(), at("2027-05-13", "16:59", 59), close)).toBeNull();
    expect(entrantActionProblem("submit", cycle(), at("2027-05-13", "17:00"), close)).toBe("The deadline for nominations has passed");
  });

  it("follows an extension for one organisation, and the latest for everyone", () => {
    const later = ukToUtc("2027-05-20", "17:00");
    const extensions = [{ organisation_id: 7, new_close_at: later }];
    expect(effectiveDeadline(cycle(), extensions, 7)).toBe(later);
    expect(effectiveDeadline(cycle(), extensions, 8)).toBe(close);
    expect(effectiveDeadline(cycle(), [{ organisation_id: null, new_close_at: later }], 8)).toBe(later);
    expect(entrantActionProblem("edit", cycle(), at("2027-05-15", "12:00"), later)).toBeNull();
  });

  it("cannot be started before the cycle opens, nor once it has closed", () => {
    expect(entrantActionProblem("start", cycle({ stage: "draft" }), at("2027-02-01", "12:00"), close)).toMatch(/not opened/);
    expect(entrantActionProblem("start", cycle(), at("2027-01-10", "08:59"), close)).toMatch(/not opened/);
    expect(entrantActionProblem("start", cycle({ stage: "judging" }), at("2027-05-01", "12:00"), close)).toMatch(/closed/);
  });
});

describe("moving a cycle between stages", () => {
  it("goes one stage forward at a time", () => {
    expect(transitionProblem(cycle({ stage: "draft" }), "open", at("2027-01-01", "12:00"))).toBeNull();
    expect(transitionProblem(cycle({ stage: "draft" }), "judging", at("2027-01-01", "12:00"))).toMatch(/can only move to open for nominations/);
    expect(transitionProblem(cycle({ stage: "archived" }), "draft", at("2027-01-01", "12:00"))).toMatch(/no other stage/);
  });

  it("opens only with its dates set and its deadline in the future", () => {
    expect(transitionProblem(cycle({ stage: "draft", nominations_close_at: null }), "open", at("2027-01-01", "12:00"))).toMatch(/Set when/);
    expect(transitionProblem(cycle({ stage: "draft" }), "open", at("2027-06-01", "12:00"))).toMatch(/already passed/);
  });

  it("closes only once every deadline has passed, across the clocks going forward", () => {
    // The deadline is in BST (UTC+1); 16:30 UTC on 13 May is 17:30 UK time, after it.
    expect(transitionProblem(cycle(), "closed", at("2027-05-13", "16:59"))).toMatch(/cannot close/);
    expect(transitionProblem(cycle(), "closed", new Date("2027-05-13T16:30:00Z"))).toBeNull();
    const extensions = [{ organisation_id: 3, new_close_at: ukToUtc("2027-05-20", "17:00") }];
    expect(transitionProblem(cycle(), "closed", at("2027-05-14", "09:00"), extensions)).toMatch(/cannot close/);
  });

  it("reopens only after a deadline was extended into the future", () => {
    const closed = cycle({ stage: "closed" });
    expect(transitionProblem(closed, "open", at("2027-05-14", "09:00"))).toMatch(/only reopen/);
    expect(transitionProblem(closed, "open", at("2027-05-14", "09:00"), [{ organisation_id: null, new_close_at: ukToUtc("2027-05-21", "17:00") }])).toBeNull();
  });

  it("announces no earlier than the announcement time", () => {
    // Announcing is publication's job, never a bare stage change, before or after the time.
    expect(transitionProblem(cycle({ stage: "final" }), "announced", at("2027-11-12", "18:59"))).toMatch(/by publishing its results/);
    expect(transitionProblem(cycle({ stage: "final" }), "announced", at("2027-11-12", "19:00"))).toMatch(/by publishing its results/);
  });
});

describe("the final round's own criteria", () => {
  it("can be chosen and changed until the final round begins", () => {
    expect(finalCriteriaEditable({ stage: "draft" })).toBe(true);
    expect(finalCriteriaEditable({ stage: "shortlisting" })).toBe(true);
    expect(finalCriteriaEditable({ stage: "final" })).toBe(false);
    expect(finalCriteriaEditable({ stage: "announced" })).toBe(false);
  });
});

describe("closing nominations now, ahead of the deadline", () => {
  it("is allowed while nominations are open, and then closes them for everyone", () => {
    expect(closeNowProblem(cycle(), at("2027-03-01", "10:00"))).toBeNull();
    expect(closeNowProblem(cycle(), at("2027-03-01", "10:00"), [{ organisation_id: 4, new_close_at: ukToUtc("2027-02-01", "17:00") }])).toBeNull();
  });

  it("is refused before nominations open, in any other stage, and while an extension is running", () => {
    expect(closeNowProblem(cycle(), at("2027-01-01", "10:00"))).toBe("Nominations have not opened yet");
    expect(closeNowProblem(cycle({ stage: "closed" }), at("2027-03-01", "10:00"))).toBe("Nominations can be closed now only while they are open");
    expect(closeNowProblem(cycle({ stage: "draft" }), at("2027-03-01", "10:00"))).toBe("Nominations can be closed now only while they are open");
    expect(closeNowProblem(cycle(), at("2027-03-01", "10:00"), [{ organisation_id: 4, new_close_at: ukToUtc("2027-06-01", "17:00") }])).toMatch(/extension/);
  });
});
