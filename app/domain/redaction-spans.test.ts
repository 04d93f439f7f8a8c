import { describe, expect, it } from "vitest";
import { compileRedactor, type RedactionSubject } from "./redaction";
import { partSiteSpans, widenOverNameTails, type WidenableSpan } from "./redaction-spans";

/** A span over the first occurrence of `phrase`, of the given kind. */
function spanOver(text: string, phrase: string, kind = "organisation"): WidenableSpan {
  const start = text.indexOf(phrase);
  const end = start + phrase.length;
  return { start, end, best: { start, end, kind } };
}

const hidden = (text: string, spans: WidenableSpan[]) => widenOverNameTails(text, spans).map((s) => text.slice(s.start, s.end));

describe("a hidden name is widened over the tail of the name it belongs to", () => {
  it("a union branch's name around a hidden place: the union before it and the branch after it", () => {
    const text = "She chairs UNISON Cornwall Health Branch and works at the hospital.";
    expect(hidden(text, [spanOver(text, "Cornwall", "place")])).toEqual(["UNISON Cornwall Health Branch"]);
  });

  it("a union after a hidden name, with or without “branch”", () => {
    const text = "the secretary of Nottingham Hospitals UNISON and of Hywel Dda GMB branch";
    expect(hidden(text, [spanOver(text, "Nottingham Hospitals", "place"), spanOver(text, "Hywel Dda")])).toEqual(["Nottingham Hospitals UNISON", "Hywel Dda GMB branch"]);
  });

  it("an organisation's tail: Health Board, University Health Board, NHS Trust, NHS Foundation Trust, Trust, Hospitals", () => {
    for (const tail of ["Health Board", "University Health Board", "NHS Trust", "NHS Foundation Trust", "Trust", "Hospitals", "Hospitals NHS Trust"]) {
      const text = `We remember Hywel Dda ${tail} days.`;
      expect(hidden(text, [spanOver(text, "Hywel Dda")])).toEqual([`Hywel Dda ${tail}`]);
    }
  });

  it("over one hard line break, not over a blank line or punctuation", () => {
    const text = "from Hywel Dda\nHealth Board days; Hywel Dda.\nTrust matters. Hywel Dda\n\nHealth Board";
    const spans = [...text.matchAll(/Hywel Dda/g)].map((m) => ({ start: m.index!, end: m.index! + 9, best: { start: m.index!, end: m.index! + 9, kind: "organisation" } }));
    expect(hidden(text, spans)).toEqual(["Hywel Dda\nHealth Board", "Hywel Dda", "Hywel Dda"]);
  });

  it("leaves a lower-case tail, a union before a name that is no branch, and a person's or contact's span alone", () => {
    const text = "the Cornwall trust; UNISON Cornwall met; Ms Trust Board; Cornwall branch";
    const spans = [spanOver(text, "Cornwall"), spanOver(text, "Cornwall met".slice(0, 8)), spanOver(text, "Ms", "person")];
    spans[1] = { ...spans[1], start: text.indexOf("Cornwall met"), end: text.indexOf("Cornwall met") + 8 };
    spans[1].best = { start: spans[1].start, end: spans[1].end, kind: "organisation" };
    expect(hidden(text, spans)).toEqual(["Cornwall", "Cornwall", "Ms"]);
  });

  it("merges spans that come to touch, and does not change the spans given", () => {
    const text = "Hywel Dda Health Board";
    const spans = [spanOver(text, "Hywel Dda"), spanOver(text, "Board")];
    const out = widenOverNameTails(text, spans);
    expect(out.map((s) => text.slice(s.start, s.end))).toEqual(["Hywel Dda Health Board"]);
    expect(text.slice(spans[0].start, spans[0].end)).toBe("Hywel Dda");
  });
});

describe("a saint's name and a “Team” brand go with the hidden word after them (session 10)", () => {
  it("“St” or “Saint” before a hidden word of any kind, with its possessive", () => {
    const text = "Ward manager, St Martin’s: patients still say Saint Martin and St. Anne's.";
    const second = text.indexOf("Martin", text.indexOf("Saint"));
    const secondMartin: WidenableSpan = { start: second, end: second + 6, best: { start: second, end: second + 6, kind: "person" } };
    expect(hidden(text, [spanOver(text, "Martin", "person"), secondMartin, spanOver(text, "Anne", "person")])).toEqual(["St Martin’s", "Saint Martin", "St. Anne's"]);
  });
  it("“Team” before the organisation's name or initials, and not before a place or a person", () => {
    const text = "Team GWH won; Team Swindon and Team Priya did not.";
    expect(hidden(text, [spanOver(text, "GWH", "term"), spanOver(text, "Swindon", "place"), spanOver(text, "Priya", "person")])).toEqual(["Team GWH", "Swindon", "Priya"]);
  });
});

describe("the redactor hides a branch's or a former name's tail with the name", () => {
  const subject: RedactionSubject = {
    organisation: { name: "Hywel Dda University Health Board", shortName: null, aliases: [], odsCode: null },
    people: [],
    identifyingTerms: [],
    extraTerms: [],
    otherOrganisations: [],
  };
  it("“UNISON Hywel Dda Health Branch” and “Hywel Dda Health Board” are hidden whole", () => {
    const text = "Dafydd is secretary of UNISON Hywel Dda Health Branch. The boardroom is remembered from Hywel Dda Health Board days.";
    expect(compileRedactor(subject)(text).text).toBe("Dafydd is secretary of [organisation]. The boardroom is remembered from [organisation] days.");
  });
});

describe("a site's hidden span is parted at the words joining two names (session 10)", () => {
  const parts = (text: string, phrase: string, kind = "place", named: string[] = []) =>
    partSiteSpans(text, [spanOver(text, phrase, kind)], named.map((n) => spanOver(text, n))).map((s) => text.slice(s.start, s.end));
  it("at “and the” or “in” before a capital", () => {
    const text = "Staff at Tamworth and the Florence Nightingale Community Hospital, and at Bethlem in Beckenham.";
    expect(parts(text, "Tamworth and the Florence Nightingale Community Hospital")).toEqual(["Tamworth", "Florence Nightingale Community Hospital"]);
    expect(parts(text, "Bethlem in Beckenham")).toEqual(["Bethlem", "Beckenham"]);
  });
  it("at a plain “and” only between two names each hidden on its own", () => {
    const text = "Nights at Kent and Sussex Hospital, and at Maudsley and Bethlem Royal Hospital.";
    expect(parts(text, "Kent and Sussex Hospital")).toEqual(["Kent and Sussex Hospital"]);
    expect(parts(text, "Maudsley and Bethlem Royal Hospital", "place", ["Maudsley", "Bethlem Royal Hospital"])).toEqual(["Maudsley", "Bethlem Royal Hospital"]);
  });
  it("never an organisation's name, nor before a word in lower case", () => {
    const text = "Guy's and the St Thomas' Trust ran the Institute in the Park.";
    expect(parts(text, "Guy's and the St Thomas'", "organisation")).toEqual(["Guy's and the St Thomas'"]);
    expect(parts(text, "Institute in the Park")).toEqual(["Institute in the Park"]);
  });
  it("in the redactor: “[place] and the [place]”", () => {
    const subject: RedactionSubject = {
      organisation: { name: "Northmoor Valley NHS Foundation Trust", shortName: null, aliases: [], odsCode: null },
      people: [],
      identifyingTerms: [],
      extraTerms: [],
      otherOrganisations: [],
    };
    expect(compileRedactor(subject)("Porters at Tamworth and the Florence Nightingale Community Hospital agreed.").text).toBe(
      "Porters at [place] and the [place] agreed.",
    );
  });
});

describe("a body's charity, a site's wing, and a branch named by the entrant's town or a word of its name (session 10)", () => {
  it("“Charity” and “Wing” after a hidden name are hidden with it", () => {
    const text = "Velindre Cancer Charity paid for it; the ward is in St Mary's Wing.";
    expect(hidden(text, [spanOver(text, "Velindre"), spanOver(text, "St Mary's", "place")])).toEqual(["Velindre Cancer Charity", "St Mary's Wing"]);
  });

  const subject = (name: string, town: string): RedactionSubject => ({
    organisation: { name, shortName: null, aliases: [], odsCode: null, town },
    people: [],
    identifyingTerms: [],
    extraTerms: [],
    otherOrganisations: [],
    places: [town, "Lancaster", "Derby"],
  });

  it("a branch named by the headquarters town, before or after the union, is hidden whole", () => {
    const redact = compileRedactor(subject("Blackpool Teaching Hospitals NHS Foundation Trust", "Blackpool"));
    expect(redact("He is branch secretary of UNISON Blackpool Health Branch and a porter.").text).toBe("He is branch secretary of [organisation] and a porter.");
    const wolves = compileRedactor(subject("The Royal Wolverhampton NHS Trust", "Wolverhampton"));
    expect(wolves("The Wolverhampton Health UNISON stewards agreed.").text).toBe("The [organisation] stewards agreed.");
  });

  it("a branch named by a word of the entrant's name with a county's words is hidden whole", () => {
    const redact = compileRedactor(subject("Derbyshire Community Health Services NHS Foundation Trust", "Belper"));
    expect(redact("She chairs Derbyshire County UNISON Health Branch.").text).toBe("She chairs [organisation].");
  });

  it("leaves a branch of another town, and a union alone, as they are", () => {
    const redact = compileRedactor(subject("Blackpool Teaching Hospitals NHS Foundation Trust", "Blackpool"));
    const text = "UNISON Lancaster Health Branch and Derby UNISON sent support; UNISON balloted nationally.";
    expect(redact(text).text).toBe(text);
  });
});
