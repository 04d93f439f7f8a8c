import { describe, expect, it } from "vitest";
import { firstSentence, generateCaseStudy } from "./case-study";

const source = {
  year: 2027,
  result: "winner" as const,
  organisation: { name: "Northmoor Valley NHS Foundation Trust", type: "acute" as const, region: "North West" },
  title: " Self-rostering on 14 wards ",
  answers: {
    summary: "Nurses told us rotas were published late. We designed self-rostering with them.",
    evidence_1: "The idea came from the staff side.",
    evidence_2: "Sickness absence fell from 6.1% to 4.8%.",
    evidence_3: "Fairness rules matter more than software.",
    partners: "UNISON, the RCN and the GMB.",
    outcomes: "Short-notice changes fell by 70%. Turnover fell too.",
    learning: "Start with the fairness rules.",
    top_tips: "Agree the rules jointly.\r\n\r\nPublish them.",
  },
  unions: "UNISON, RCN, GMB",
  leads: [
    { name: "Priya Shah", role: "Chief People Officer", email: "priya.shah@example.nhs.uk", agreedName: true, agreedEmail: true },
    { name: "Owen Lloyd", role: "Staff-side chair", email: null, agreedName: true, agreedEmail: false },
  ],
};

describe("a generated case study", () => {
  it("follows the SPF's case-study sections, with the real names restored", () => {
    const c = generateCaseStudy(source);
    expect(c.organisation_name).toBe("Northmoor Valley NHS Foundation Trust");
    expect(c.title).toBe("Self-rostering on 14 wards");
    expect(c.about_organisation).toBe("Northmoor Valley NHS Foundation Trust is an acute trust in the North West. This work was done in partnership with UNISON, RCN, GMB.");
    expect(c.challenge).toBe(source.answers.summary);
    expect(c.partnership_work).toBe("The idea came from the staff side.\n\nUNISON, the RCN and the GMB.");
    expect(c.outcomes).toBe("Short-notice changes fell by 70%. Turnover fell too.\n\nSickness absence fell from 6.1% to 4.8%.");
    expect(c.key_achievement).toBe("Short-notice changes fell by 70%.");
    expect(c.top_tips).toBe("Agree the rules jointly.\n\nPublish them.");
    expect(c.further_information).toContain("Contact: Priya Shah, Chief People Officer (priya.shah@example.nhs.uk); Owen Lloyd, Staff-side chair.");
    expect(c.summary).toBe("Nurses told us rotas were published late.");
    expect(c.result).toBe("winner");
    expect(c.year).toBe(2027);
  });

  it("names a lead as a contact only as far as they agreed", () => {
    const c = generateCaseStudy({
      ...source,
      leads: [
        { name: "Priya Shah", role: "Chief People Officer", email: "priya.shah@example.nhs.uk", agreedName: false, agreedEmail: true },
        { name: "Owen Lloyd", role: "Staff-side chair", email: "owen.lloyd@example.nhs.uk", agreedName: false, agreedEmail: false },
      ],
    });
    expect(c.further_information).toContain("Contact: priya.shah@example.nhs.uk.");
    expect(c.further_information).not.toContain("Priya Shah");
    expect(c.further_information).not.toContain("Owen");
    const none = generateCaseStudy({ ...source, leads: source.leads.map((l) => ({ ...l, agreedName: false, agreedEmail: false })) });
    expect(none.further_information ?? "").not.toContain("Contact");
  });

  it("leaves out sections the entry did not have, rather than inventing them", () => {
    const c = generateCaseStudy({ ...source, answers: { summary: "Only a summary here." }, unions: null, leads: [] });
    expect(c.outcomes).toBeNull();
    expect(c.top_tips).toBeNull();
    expect(c.key_achievement).toBeNull();
    expect(c.further_information).toBeNull();
    expect(c.about_organisation).toBe("Northmoor Valley NHS Foundation Trust is an acute trust in the North West.");
  });
});

describe("the first sentence", () => {
  it("stops at the first full stop after a few words, and is cut at 300 characters", () => {
    expect(firstSentence("Sickness fell by 1.3 points. Turnover fell.")).toBe("Sickness fell by 1.3 points.");
    expect(firstSentence("x ".repeat(400)).length).toBeLessThanOrEqual(300);
    expect(firstSentence("")).toBe("");
  });
});
