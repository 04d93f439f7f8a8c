import { describe, expect, it } from "vitest";
import {
  ceremonyYearProblem,
  dateFromParts,
  entryYearOptions,
  hasSource,
  isArchiveYear,
  isSourceLink,
  partsOfDate,
  secondWinnerProblem,
  themesFromText,
} from "./archive-rules";

describe("the archive's rules", () => {
  it("a year has one winner: a second is refused, naming the first", () => {
    const year2018 = [
      { id: 11, organisation_name: "Mersey Care NHS Foundation Trust", result: "winner" as const },
      { id: 12, organisation_name: "Fellside Trust", result: "finalist" as const },
    ];
    expect(secondWinnerProblem({ id: null, year: 2018, result: "winner" }, year2018)).toBe(
      "2018 already has a winner, Mersey Care NHS Foundation Trust. Choose highly commended or finalist, or change that entry first",
    );
    // A finalist promoted to winner rivals the winner too.
    expect(secondWinnerProblem({ id: 12, year: 2018, result: "winner" }, year2018)).toMatch(/already has a winner/);
  });

  it("the winner may be saved again, and other results are never refused", () => {
    const year2018 = [{ id: 11, organisation_name: "Mersey Care NHS Foundation Trust", result: "winner" as const }];
    expect(secondWinnerProblem({ id: 11, year: 2018, result: "winner" }, year2018)).toBeNull();
    expect(secondWinnerProblem({ id: null, year: 2018, result: "highly_commended" }, year2018)).toBeNull();
    expect(secondWinnerProblem({ id: null, year: 2018, result: "finalist" }, year2018)).toBeNull();
    expect(secondWinnerProblem({ id: null, year: 2022, result: "winner" }, [])).toBeNull();
  });

  it("an entry needs a note or a link on its source; blanks are not a source", () => {
    expect(hasSource({ source_note: "SPF page", source_url: null })).toBe(true);
    expect(hasSource({ source_note: null, source_url: "https://example.org/" })).toBe(true);
    expect(hasSource({ source_note: "   ", source_url: "" })).toBe(false);
    expect(hasSource({ source_note: null, source_url: null })).toBe(false);
  });

  it("a source link is an http or https address, never a script", () => {
    expect(isSourceLink("https://www.socialpartnershipforum.org/news/hpma-2022")).toBe(true);
    expect(isSourceLink("http://example.org")).toBe(true);
    for (const bad of ["javascript:alert(1)", "www.example.org", "ftp://example.org/x", "https://", "https://exa mple.org", "data:text/html,hi"]) {
      expect(isSourceLink(bad), bad).toBe(false);
    }
  });

  it("years run from the first award in 2010 to 2100", () => {
    expect(isArchiveYear(2010)).toBe(true);
    expect(isArchiveYear(2100)).toBe(true);
    expect(isArchiveYear(2009)).toBe(false);
    expect(isArchiveYear(2101)).toBe(false);
    expect(isArchiveYear(2022.5)).toBe(false);
  });

  it("themes are typed one per line or separated by semicolons, and each is kept once", () => {
    expect(themesFromText("Staff wellbeing;  speaking up\r\n\nStaff Wellbeing ; ")).toEqual(["speaking up", "staff wellbeing"]);
    expect(themesFromText("")).toEqual([]);
  });

  it("a ceremony date is typed as day, month and year and stored as YYYY-MM-DD", () => {
    expect(dateFromParts({ day: "7", month: "6", year: "2018" }, "Ceremony date")).toEqual({ ok: true, date: "2018-06-07" });
    expect(dateFromParts({ day: " 29 ", month: "02", year: "2024" }, "Ceremony date")).toEqual({ ok: true, date: "2024-02-29" });
    expect(dateFromParts({ day: "", month: "", year: "" }, "Ceremony date")).toEqual({ ok: true, date: null });
    expect(partsOfDate("2018-06-07")).toEqual({ day: "7", month: "6", year: "2018" });
    expect(partsOfDate(null)).toEqual({ day: "", month: "", year: "" });
  });

  it("a date that is incomplete or not on the calendar is refused with what is wrong", () => {
    expect(dateFromParts({ day: "7", month: "", year: "2018" }, "Ceremony date")).toEqual({ ok: false, message: "Ceremony date must include a month" });
    expect(dateFromParts({ day: "", month: "", year: "2018" }, "Ceremony date")).toEqual({ ok: false, message: "Ceremony date must include a day and a month" });
    for (const parts of [
      { day: "29", month: "2", year: "2023" },
      { day: "31", month: "4", year: "2022" },
      { day: "1", month: "13", year: "2022" },
      { day: "x", month: "1", year: "2022" },
      { day: "1", month: "1", year: "22" },
    ]) {
      expect(dateFromParts(parts, "Ceremony date"), JSON.stringify(parts)).toMatchObject({ ok: false, message: expect.stringContaining("must be a real date") });
    }
  });

  it("a ceremony is in its award's year or the year either side", () => {
    expect(ceremonyYearProblem("2018-06-07", 2018)).toBeNull();
    expect(ceremonyYearProblem("2019-01-20", 2018)).toBeNull();
    expect(ceremonyYearProblem("2108-06-07", 2018)).toBe("Ceremony date must be in 2017, 2018 or 2019");
    expect(ceremonyYearProblem(null, 2018)).toBeNull();
  });

  it("an entry can be filed under any year of the archive, this year included before anything is known of it", () => {
    const today = new Date("2026-11-21T06:00:00Z");
    const years = entryYearOptions([2010, 2018, 2021], today);
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2010);
    expect(years).toHaveLength(17);
    // A year entered further ahead stays choosable.
    expect(entryYearOptions([2030], today)[0]).toBe(2030);
  });
});
