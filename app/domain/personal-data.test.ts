import { describe, expect, it } from "vitest";
import type { ArchiveEntryFields } from "./archive";
import { caseStudyDetails, REMOVED, withoutUndecided, type DetailContext } from "./personal-data";

const fields = (text: string): ArchiveEntryFields => ({
  year: 2027,
  organisation_name: "Northmoor Valley NHS Foundation Trust",
  title: "Self-rostering",
  result: "winner",
  summary: null,
  region: null,
  organisation_type: null,
  source_note: null,
  source_url: null,
  themes: [],
  about_organisation: null,
  challenge: text,
  partnership_work: null,
  outcomes: null,
  key_achievement: null,
  top_tips: null,
  further_information: "Contact: Priya Shah, Chief People Officer (priya.shah@example.nhs.uk).",
});

const context: DetailContext = {
  leads: [
    { side: "employer", names: ["Priya Shah"], email: "priya.shah@example.nhs.uk", agreedName: true, agreedEmail: false },
    { side: "staff_side", names: ["Owen Lloyd"], email: "owen.lloyd@example.nhs.uk", agreedName: false, agreedEmail: false },
  ],
  otherPeople: ["Sam Okafor"],
  kept: [{ kind: "postcode", value: "nw1 4ab" }],
};

describe("the personal details in a case study", () => {
  const text = "Dr Lloyd and Sam Okafor, on 07700 900123, met at NW1 4AB; the rota site is www.example.nhs.uk.";

  it("finds names, e-mail addresses, phone numbers and postcodes, not web addresses, each with whether it may be published", () => {
    const details = caseStudyDetails(fields(text), context);
    const by = Object.fromEntries(details.map((d) => [d.shown, [d.kind, d.status, d.lead]]));
    expect(by).toEqual({
      "Dr Lloyd": ["name", "undecided", "staff_side"],
      "Sam Okafor": ["name", "undecided", null],
      "07700 900123": ["phone", "undecided", null],
      "NW1 4AB": ["postcode", "kept", null],
      "Priya Shah": ["name", "agreed", "employer"],
      "priya.shah@example.nhs.uk": ["email", "undecided", "employer"],
    });
  });

  it("removes every undecided detail and nothing else", () => {
    const { fields: out, removed } = withoutUndecided(fields(text), context);
    expect(removed).toHaveLength(4);
    expect(out.challenge).toBe(`${REMOVED} and ${REMOVED}, on ${REMOVED}, met at NW1 4AB; the rota site is www.example.nhs.uk.`);
    expect(out.further_information).toBe(`Contact: Priya Shah, Chief People Officer (${REMOVED}).`);
    expect(caseStudyDetails(out, context).filter((d) => d.status === "undecided")).toEqual([]);
  });
});
