import { describe, expect, it } from "vitest";
import { announcedResults, announcementDue, earlyDecisionProblem, embargoed, moveAnnouncementProblem, publicationProblem, sheetsInSentence } from "./announcement";

const now = new Date("2027-11-12T19:00:00.000Z");
const cycle = { stage: "final" as const, announcement_at: "2027-11-12T19:00:00.000Z", published_at: null, shortlist_confirmed_at: "2027-07-14T12:00:00.000Z" };

describe("the embargo", () => {
  it("holds until the cycle is published, whatever the clock says", () => {
    expect(embargoed(cycle)).toBe(true);
    expect(embargoed({ published_at: "2027-11-12T19:00:01.000Z" })).toBe(false);
  });
});

describe("when the announcement is due", () => {
  it("is due at the announcement time, not a moment before", () => {
    expect(announcementDue(cycle, new Date("2027-11-12T18:59:59.999Z"))).toBe(false);
    expect(announcementDue(cycle, now)).toBe(true);
    expect(announcementDue(cycle, new Date("2028-01-01T00:00:00.000Z"))).toBe(true);
  });

  it("is never due twice, nor before the shortlist and final round", () => {
    expect(announcementDue({ ...cycle, published_at: now.toISOString() }, now)).toBe(false);
    expect(announcementDue({ ...cycle, stage: "judging" }, now)).toBe(false);
    expect(announcementDue({ ...cycle, announcement_at: null }, now)).toBe(false);
  });
});

describe("what publication needs", () => {
  it("a confirmed shortlist and exactly one winner from it", () => {
    expect(publicationProblem({ ...cycle, shortlist_confirmed_at: null }, [1, 2], [{ nominationId: 1, result: "winner" }])).toBe("Confirm the shortlist first");
    expect(publicationProblem(cycle, [1, 2], [])).toBe("Record the winner first");
    expect(publicationProblem(cycle, [1, 2], [{ nominationId: 1, result: "winner" }, { nominationId: 2, result: "winner" }])).toBe("There can be only one winner");
    expect(publicationProblem(cycle, [1, 2], [{ nominationId: 3, result: "winner" }])).toBe("Only finalists can be the winner or highly commended");
    expect(publicationProblem(cycle, [1, 2], [{ nominationId: 1, result: "winner" }, { nominationId: 2, result: "highly_commended" }])).toBeNull();
  });

  it("announces every other finalist as a finalist", () => {
    expect(announcedResults([1, 2, 3], [{ nominationId: 2, result: "winner" }])).toEqual([
      { nominationId: 1, result: "finalist" },
      { nominationId: 2, result: "winner" },
      { nominationId: 3, result: "finalist" },
    ]);
  });
});

describe("moving the announcement", () => {
  const before = new Date("2027-11-01T00:00:00.000Z");
  it("is allowed to a future time before it has passed", () => {
    expect(moveAnnouncementProblem(cycle, "2027-11-13T19:00:00.000Z", before)).toBeNull();
    expect(moveAnnouncementProblem(cycle, "2027-10-01T19:00:00.000Z", before)).toMatch(/future/);
    // A time that passed unpublished (nothing could be published then) can be moved on.
    expect(moveAnnouncementProblem(cycle, "2027-11-13T19:00:00.000Z", now)).toBeNull();
    expect(moveAnnouncementProblem({ ...cycle, published_at: now.toISOString() }, "2027-11-13T19:00:00.000Z", before)).toMatch(/already been published/);
  });
});

describe("recording the decisions before every final-round score sheet is in", () => {
  it("asks for a reason while sheets are missing, and accepts one that is more than spaces", () => {
    expect(earlyDecisionProblem({ submitted: 3, assigned: 10 }, null)).toBe(
      "Only 3 of 10 final-round score sheets are submitted. To record the decisions now, confirm it and give the reason",
    );
    expect(earlyDecisionProblem({ submitted: 0, assigned: 10 }, "   ")).not.toBeNull();
    expect(earlyDecisionProblem({ submitted: 3, assigned: 10 }, "The panel decided in the room")).toBeNull();
  });

  it("needs no reason once every sheet is in, or when the panel has no sheet at all", () => {
    expect(earlyDecisionProblem({ submitted: 10, assigned: 10 }, null)).toBeNull();
    expect(earlyDecisionProblem({ submitted: 0, assigned: 0 }, null)).toBeNull();
  });

  it("says how many sheets are in", () => {
    expect(sheetsInSentence({ submitted: 3, assigned: 10 })).toBe("3 of 10 final-round score sheets are submitted.");
    expect(sheetsInSentence({ submitted: 8, assigned: 8 })).toBe("All 8 final-round score sheets are submitted.");
    expect(sheetsInSentence({ submitted: 0, assigned: 1 })).toBe("0 of 1 final-round score sheet is submitted.");
    expect(sheetsInSentence({ submitted: 0, assigned: 0 })).toMatch(/^No final-round score sheets are assigned/);
  });
});
