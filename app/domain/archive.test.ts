import { describe, expect, it } from "vitest";
import { archiveYears, diffEntryFields, entrySlug, normaliseThemes, type ArchiveEntryFields } from "./archive";
import { slugify } from "./slug";

const base: ArchiveEntryFields = {
  year: 2018,
  organisation_name: "Mersey Care NHS Foundation Trust",
  title: "Implementation of a just and learning culture",
  result: "winner",
  summary: null,
  region: "North West",
  organisation_type: "mental_health",
  source_note: "SPF",
  source_url: null,
  themes: ["just and learning culture"],
  about_organisation: null,
  challenge: null,
  partnership_work: null,
  outcomes: null,
  key_achievement: null,
  top_tips: null,
  further_information: null,
};

describe("the archive's rules", () => {
  it("covers every year from 2010 to the latest known, newest first", () => {
    const years = archiveYears([2018, 2026, 2021], new Date("2026-11-21T00:00:00Z"));
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2010);
    expect(years).toHaveLength(17);
  });

  it("ignores a year far in the future when working out the latest", () => {
    expect(archiveYears([2019, 2099], new Date("2026-01-01T00:00:00Z"))[0]).toBe(2019);
  });

  it("lists exactly the fields an edit changed, with their labels", () => {
    const after = { ...base, summary: "New summary", themes: ["just and learning culture", "disciplinary"] };
    expect(diffEntryFields(base, after)).toEqual([
      { field: "summary", label: "Summary", before: "", after: "New summary" },
      { field: "themes", label: "Themes", before: "just and learning culture", after: "just and learning culture, disciplinary" },
    ]);
    expect(diffEntryFields(base, { ...base })).toEqual([]);
  });

  it("makes readable slugs, folding accents and apostrophes", () => {
    expect(slugify("Guy's and St Thomas' NHS Foundation Trust")).toBe("guys-and-st-thomas-nhs-foundation-trust");
    expect(slugify("Zoë & Łukasz")).toBe("zoe-and-ukasz");
    expect(slugify("!!!")).toBe("item");
    expect(entrySlug({ organisation_name: "NHS Norfolk", title: null })).toBe("nhs-norfolk");
    expect(entrySlug({ organisation_name: "x".repeat(200), title: "y" }).length).toBeLessThanOrEqual(90);
  });

  it("keeps each theme once, tidied", () => {
    expect(normaliseThemes([" Wellbeing ", "wellbeing", "Just  and learning", ""])).toEqual(["just and learning", "wellbeing"]);
  });
});
