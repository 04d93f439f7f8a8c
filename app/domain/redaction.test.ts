import { describe, expect, it } from "vitest";
import {
  acronymsOf,
  compileRedactor,
  flagEveryOccurrence,
  PLACEHOLDERS,
  redactText,
  segments,
  type RedactedText,
  type RedactionSubject,
} from "./redaction";

function subject(overrides: Partial<RedactionSubject> = {}): RedactionSubject {
  return {
    organisation: {
      name: "Northmoor Valley NHS Foundation Trust",
      shortName: null,
      aliases: [],
      odsCode: null,
    },
    people: [],
    identifyingTerms: [],
    extraTerms: [],
    otherOrganisations: [],
    ...overrides,
  };
}

function org(name: string, more: Partial<RedactionSubject["organisation"]> = {}): RedactionSubject {
  return subject({ organisation: { name, shortName: null, aliases: [], odsCode: null, ...more } });
}

const redact = (s: RedactionSubject, text: string) => redactText(s, text).text;

/** Every redaction's offsets point at what it says it matched, and the text is rebuilt from them. */
function expectConsistent(original: string, result: RedactedText) {
  let rebuilt = "";
  let at = 0;
  for (const r of result.redactions) {
    expect(original.slice(r.start, r.end)).toBe(r.matched);
    expect(r.start).toBeGreaterThanOrEqual(at);
    rebuilt += original.slice(at, r.start) + PLACEHOLDERS[r.kind];
    at = r.end;
  }
  expect(rebuilt + original.slice(at)).toBe(result.text);
  for (const f of result.flags) {
    expect(original.slice(f.start, f.end)).toBe(f.matched);
    for (const r of result.redactions) expect(f.end <= r.start || f.start >= r.end).toBe(true);
  }
}

describe("the organisation's name", () => {
  it("is hidden in full, in any case", () => {
    expect(redact(subject(), "We are Northmoor Valley NHS Foundation Trust.")).toBe("We are [organisation].");
    expect(redact(subject(), "NORTHMOOR VALLEY NHS FOUNDATION TRUST")).toBe("[organisation]");
    expect(redact(subject(), "northmoor valley nhs foundation trust")).toBe("[organisation]");
  });

  it("is hidden without its generic suffix when what remains is distinctive", () => {
    expect(redact(subject(), "Staff across Northmoor Valley agreed.")).toBe("Staff across [organisation] agreed.");
    expect(redact(org("NHS Eastbrook Integrated Care Board"), "Eastbrook agreed")).toBe("[organisation] agreed");
  });

  it("is not shortened to a remainder made only of generic words", () => {
    const s = org("University Hospitals NHS Foundation Trust");
    expect(redact(s, "University Hospitals NHS Foundation Trust")).toBe("University Hospitals NHS Foundation Trust");
    expect(redact(s, "two University Hospitals")).toBe("two University Hospitals");
    const mental = org("Mental Health Partnership NHS Trust", { aliases: ["Eastbrook Mental Health"] });
    expect(redact(mental, "our Mental Health work with Eastbrook Mental Health")).toBe(
      "our Mental Health work with [organisation]",
    );
  });

  it("leaves \"the Trust\" alone, even when it is given as an alias", () => {
    const s = org("Northmoor Valley NHS Foundation Trust", { aliases: ["The Trust", "Trust"] });
    expect(redact(s, "the Trust and its staff; The Trust's board; our trust")).toBe(
      "the Trust and its staff; The Trust's board; our trust",
    );
  });

  it("matches whole words only", () => {
    const s = org("Eastbrook Hospitals NHS Trust");
    expect(redact(s, "Eastbrook staff")).toBe("[organisation] staff");
    expect(redact(s, "the Eastbrooks and Eastbrookfield, NewEastbrook")).toBe("the Eastbrooks and Eastbrookfield, NewEastbrook");
  });

  it("keeps a possessive or plural apostrophe after the placeholder", () => {
    expect(redact(subject(), "Northmoor Valley's staff")).toBe("[organisation]'s staff");
    expect(redact(subject(), "Northmoor Valley’s staff")).toBe("[organisation]’s staff");
    expect(redact(subject(), "the Northmoor Valleys' boards")).toBe("the [organisation]s' boards");
    expect(redact(subject(), "'Northmoor Valley' they said")).toBe("'[organisation]' they said");
    expect(redact(subject(), "(‘Northmoor Valley’)")).toBe("(‘[organisation]’)");
  });

  it("hides an apostrophe that belongs to the name itself", () => {
    const gstt = org("Guy's and St Thomas' NHS Foundation Trust");
    expect(redact(gstt, "St Thomas' is not the name, but Guy's and St Thomas' staff is")).toBe(
      "St Thomas' is not the name, but [organisation] staff is",
    );
    expect(redact(gstt, "Guy's and St Thomas's staff")).toBe("[organisation]'s staff");
  });

  it("matches across any run of spaces, line breaks and hyphens", () => {
    expect(redact(subject(), "Northmoor-Valley, Northmoor\nValley, Northmoor \t Valley, Northmoor – Valley")).toBe(
      "[organisation], [organisation], [organisation], [organisation]",
    );
  });

  it("hides aliases and the short name, naming the alias as the source", () => {
    const s = org("Northmoor Valley NHS Foundation Trust", { shortName: "NVFT", aliases: ["Northmoor General", "Moorside"] });
    const result = redactText(s, "Moorside and Northmoor General staff");
    expect(result.text).toBe("[organisation] and [organisation] staff");
    expect(result.redactions.map((r) => r.source)).toEqual(["alias: Moorside", "alias: Northmoor General"]);
  });
});

describe("spelling variants", () => {
  const georges = org("St George's University Hospitals NHS Foundation Trust");

  it("St. George's, St Georges, Saint George's and St George’s are all hidden", () => {
    for (const variant of ["St George's", "St Georges", "St. George's", "Saint George's", "St George’s", "ST GEORGES", "Saint Georges"]) {
      expect(redact(georges, `At ${variant} we`)).toBe("At [organisation] we");
    }
  });

  it("Guy's and St Thomas' matches Guys & St Thomas and Guy’s and St. Thomas’", () => {
    const gstt = org("Guy's and St Thomas' NHS Foundation Trust");
    for (const variant of ["Guy's and St Thomas'", "Guys & St Thomas", "Guy’s and St. Thomas’", "Guys&St Thomas", "guy's AND st thomas"]) {
      expect(redact(gstt, `with ${variant} staff`)).toBe("with [organisation] staff");
    }
  });

  it("\"and\" and \"&\" are the same word in terms too", () => {
    const s = subject({ identifyingTerms: ["Bread & Roses Project"] });
    expect(redact(s, "the Bread and Roses Project")).toBe("the [redacted]");
  });

  it("accents do not matter", () => {
    const s = subject({ people: ["Zoë Brontë"] });
    expect(redact(s, "Zoe Bronte and Zoë Brontë")).toBe("[person] and [person]");
  });
});

describe("acronyms", () => {
  it("are made from the initials, with and without the trust's suffix", () => {
    expect(acronymsOf("Guy's and St Thomas' NHS Foundation Trust")).toEqual(expect.arrayContaining(["GST", "GSTT", "GSTFT"]));
    expect(acronymsOf("University Hospitals Birmingham NHS Foundation Trust")).toContain("UHB");
    expect(acronymsOf("Sheffield Teaching Hospitals NHS Foundation Trust")).toEqual(expect.arrayContaining(["STH", "STHFT"]));
    expect(acronymsOf("University College London Hospitals NHS Foundation Trust")).toContain("UCLH");
  });

  it("leave out ones shorter than three letters and common all-caps words", () => {
    expect(acronymsOf("Northmoor Valley NHS Foundation Trust")).not.toContain("NV");
    expect(acronymsOf("Northmoor Valley")).toEqual([]);
    expect(acronymsOf("National Health Service")).not.toContain("NHS");
    for (const a of acronymsOf("Guy's and St Thomas' NHS Foundation Trust")) expect(a.length).toBeGreaterThanOrEqual(3);
  });

  it("match case-sensitively as whole words, with a possessive kept after", () => {
    const gstt = org("Guy's and St Thomas' NHS Foundation Trust");
    expect(redact(gstt, "GSTT and GSTFT staff")).toBe("[organisation] and [organisation] staff");
    expect(redact(gstt, "GSTT's board")).toBe("[organisation]'s board");
    // Four letters with no vowel are no word: "gstt" is the acronym in lower case (decision 030); "gst" may be a tax.
    expect(redact(gstt, "gstt, Gstt, GSTTX, the GST rate in lowercase gst")).toBe("[organisation], [organisation], GSTTX, the [organisation] rate in lowercase gst");
  });

  it("an all-caps alias is an acronym too", () => {
    const s = org("Northmoor Valley NHS Foundation Trust", { aliases: ["NMV"] });
    expect(redact(s, "NMV, NMV's and NMV. But nmv and NMVs stay.")).toBe("[organisation], [organisation]'s and [organisation]. But nmv and NMVs stay.");
  });
});

describe("the ODS code", () => {
  const s = org("Northmoor Valley NHS Foundation Trust", { odsCode: "RX1" });

  it("is hidden in any case as a whole word", () => {
    expect(redact(s, "code RX1, rx1 and (RX1)")).toBe("code [organisation], [organisation] and ([organisation])");
    expect(redact(s, "RX12 and ARX1 and RX1A")).toBe("RX12 and ARX1 and RX1A");
  });
});

describe("people", () => {
  const s = subject({ people: ["Jane Anne Smith", "Siobhan O'Neill", "Prof. Raj Patel"] });

  it("are hidden by full name, by first and last name and by initial and surname", () => {
    expect(redact(s, "Jane Anne Smith, Jane Smith, J. Smith and J Smith")).toBe("[person], [person], [person] and [person]");
  });

  it("are hidden with a middle initial the list does not have", () => {
    const plain = subject({ people: ["Tom Whitfield"] });
    expect(redact(plain, "Tom J. Whitfield and Tom J Whitfield and Dr Tom R. Whitfield")).toBe("[person] and [person] and [person]");
  });

  it("are hidden when the list has a middle initial the text leaves out", () => {
    const initialled = subject({ people: ["Jane A. Smith"] });
    expect(redact(initialled, "Jane A. Smith and Jane Smith")).toBe("[person] and [person]");
  });

  it("swallow a title before the name", () => {
    expect(redact(s, "Dr Jane Smith, Mrs. Jane Anne Smith, Professor Raj Patel and Prof Patel")).toBe(
      "[person], [person], [person] and [person]",
    );
    expect(redact(s, "Ms Smith and Dr. Smith")).toBe("[person] and [person]");
  });

  it("are hidden by a capitalised first name or surname alone, but not at a sentence's start before the full name", () => {
    expect(redact(s, "Smith, Jane and Patel; John Smith")).toBe("Smith, [person] and [person]; John [person]");
    expect(redact(s, "Jane Smith spoke. Smith agreed")).toBe("[person] spoke. [person] agreed");
    expect(redact(s, "smith, jane and patel")).toBe("smith, jane and patel");
  });

  it("keep a possessive after the placeholder and match apostrophes either way", () => {
    expect(redact(s, "Siobhan O’Neill's team and Siobhan ONeill")).toBe("[person]'s team and [person]");
  });
});

describe("identifying and extra terms", () => {
  it("identifying terms become [redacted]; extra terms their kind's placeholder", () => {
    const s = subject({
      identifyingTerms: ["Moorside Ward", "Project Lantern"],
      extraTerms: [
        { text: "Eastbrook", kind: "place" },
        { text: "Sam Okafor", kind: "person" },
        { text: "we were the first trust in the region to do this", kind: "term" },
      ],
    });
    expect(redact(s, "Project Lantern on Moorside Ward in Eastbrook, led by Sam Okafor; we were the first Trust in the region to do this.")).toBe(
      "[redacted] on [redacted] in [place], led by [person]; [redacted].",
    );
  });

  it("ignore terms shorter than two characters", () => {
    const s = subject({ identifyingTerms: ["a", " ", "I", ""], extraTerms: [{ text: "x", kind: "term" }] });
    expect(redact(s, "I wrote a note on x")).toBe("I wrote a note on x");
  });

  it("treat regex special characters literally", () => {
    const s = subject({ identifyingTerms: ["C++", "(RX1)", "a.b*c", "[x]?"] });
    expect(redact(s, "C++ code, (RX1), a.b*c, [x]? but not axbbc or C")).toBe("[redacted] code, [redacted], [redacted], [redacted] but not axbbc or C");
  });

  it("merge overlapping and touching matches into one placeholder, labelled by the longest", () => {
    const s = subject({ identifyingTerms: ["Valley Ward", "Ward Seven"] });
    const result = redactText(s, "Northmoor Valley Ward Seven opened");
    expect(result.text).toBe("[organisation] opened");
    expect(result.redactions).toHaveLength(1);
    expect(result.redactions[0].matched).toBe("Northmoor Valley Ward Seven");
    expect(result.redactions[0].source).toBe("organisation name without its generic words");
  });

  it("prefer the longer of two terms starting at the same word", () => {
    const s = subject({ identifyingTerms: ["Moorside", "Moorside Ward Team"] });
    const result = redactText(s, "the Moorside Ward Team met");
    expect(result.text).toBe("the [redacted] met");
    expect(result.redactions[0].source).toBe("identifying term: Moorside Ward Team");
  });
});

describe("contact details and postcodes", () => {
  const s = subject();

  it("hide e-mail addresses", () => {
    expect(redact(s, "Write to jane.smith@nmv.nhs.uk or partnership+awards@example.org.uk.")).toBe("Write to [contact] or [contact].");
  });

  it("hide web addresses, with or without a scheme", () => {
    expect(redact(s, "See https://www.nmv.nhs.uk/about?x=1, www.nmv.nhs.uk and http://example.com/a_b.")).toBe(
      "See [contact], [contact] and [contact].",
    );
    expect(redact(s, "Visit nmv.nhs.uk or example.org.uk/partnership today.")).toBe("Visit [contact] or [contact] today.");
  });

  it("hide UK phone numbers in their usual shapes", () => {
    expect(redact(s, "Call 01632 960 001, +44 (0)20 7946 0000, 07700 900123, 0300 123 4567 or (01632) 960001.")).toBe(
      "Call [contact], [contact], [contact], [contact] or [contact].",
    );
    expect(redact(s, "Tel: +447700900123")).toBe("Tel: [contact]");
  });

  it("hide postcodes, in capitals or not", () => {
    expect(redact(s, "at SW1A 1AA, M1 1AE, B33 8TH, sw1a 1aa and EC1A1BB")).toBe("at [place], [place], [place], [place] and [place]");
  });

  it("leave ordinary numbers, dates and words alone", () => {
    const text = "2,300 staff in 2019/20, 15% fewer, a 3-year plan, £1.2m, 01/02/2020, 0.5 FTE, Band 7, the A1 5th junction, e.g. and i.e., version 2.0, 100,000 hours, 1 in 3";
    expect(redact(s, text)).toBe(text);
  });
});

describe("flags", () => {
  const s = subject({
    otherOrganisations: ["Guy's and St Thomas' NHS Foundation Trust", "Eastbrook Community Health NHS Trust", "NVFT"],
  });

  it("mark other NHS organisations, with the same variants, without hiding them", () => {
    const text = "We learnt from Guys & St Thomas and from Eastbrook Community Health.";
    const result = redactText(s, text);
    expect(result.text).toBe(text);
    expect(result.flags.map((f) => f.matched)).toEqual(["Guys & St Thomas", "Eastbrook Community Health"]);
    expect(result.flags[0].reason).toContain("Guy's and St Thomas' NHS Foundation Trust");
  });

  it("mark shortened names of other organisations, naming the organisation", () => {
    const result = redactText(s, "Eastbrook Community Health and Eastbrook itself");
    expect(result.flags.map((f) => [f.matched, f.reason, f.kind, f.key])).toEqual([
      ["Eastbrook Community Health", "names another NHS organisation: Eastbrook Community Health NHS Trust", "organisation", "eastbrook community health"],
      ["Eastbrook", "names another NHS organisation: Eastbrook Community Health NHS Trust", "organisation", "eastbrook"],
    ]);
  });

  it("mark names shaped like NHS bodies, and hide a hospital named in the text as a site (decision 023)", () => {
    const result = redactText(s, "Westfield Hospital, Eastham ICB and Riverside NHS Foundation Trust helped.");
    expect(result.flags.map((f) => f.matched)).toEqual(["Eastham ICB", "Riverside NHS Foundation Trust"]);
    expect(result.flags.map((f) => f.kind)).toEqual(["organisation", "organisation"]);
    expect(result.text).toBe("[place], Eastham ICB and Riverside NHS Foundation Trust helped.");
  });

  it("do not mark generic names or the entrant's own name, which is hidden instead", () => {
    const result = redactText(s, "The Royal Hospital, Community Hospitals and Northmoor Valley Hospital. NVFT is ours.");
    expect(result.flags).toEqual([]);
    // The entrant's own hospital is hidden whole (its name holds the entrant's), the generic ones kept.
    expect(result.text).toBe("The Royal Hospital, Community Hospitals and [organisation]. [organisation] is ours.");
  });

  it("never overlap a redaction", () => {
    const t = "At Northmoor Valley NHS Foundation Trust and Eastbrook Community Health NHS Trust";
    const result = redactText(s, t);
    expectConsistent(t, result);
    expect(result.text).toBe("At [organisation] and Eastbrook Community Health NHS Trust");
    expect(result.flags.map((f) => f.matched)).toEqual(["Eastbrook Community Health NHS Trust"]);
  });
});

describe("offsets", () => {
  it("point at what was matched in the original, whatever came before", () => {
    const s = subject({
      organisation: { name: "Northmoor Valley NHS Foundation Trust", shortName: null, aliases: ["NMV"], odsCode: "RX1" },
      people: ["Jane Smith"],
      identifyingTerms: ["Moorside"],
    });
    const text = "🙂 שלום — Northmoor\nValley’s NMV (rx1) with Dr. Jane Smith at Moorside; 07700 900123, jane@nmv.nhs.uk, NM1 2AB.";
    const result = redactText(s, text);
    expectConsistent(text, result);
    expect(result.redactions.map((r) => r.kind)).toEqual([
      "organisation",
      "organisation",
      "organisation",
      "person",
      "term",
      "contact",
      "contact",
      "place",
    ]);
    expect(result.redactions.map((r) => r.matched)).toContain("Northmoor\nValley");
  });

  it("a compiled redactor gives the same answer every time", () => {
    const redactor = compileRedactor(subject({ people: ["Jane Smith"] }));
    const text = "Jane Smith of Northmoor Valley, 01632 960 001";
    const first = redactor(text);
    expect(redactor(text)).toEqual(first);
    expect(redactor("other text")).toEqual({ text: "other text", redactions: [], flags: [] });
    expect(redactor(text)).toEqual(first);
    expect(redactText(subject({ people: ["Jane Smith"] }), text)).toEqual(first);
  });
});

describe("placeholders and odd text", () => {
  it("placeholders are never matched again, even when a term spells one", () => {
    const s = subject({ identifyingTerms: ["organisation", "person", "redacted"] });
    expect(redact(s, "[organisation] and [person] and [redacted]")).toBe("[organisation] and [person] and [redacted]");
    expect(redact(s, "our organisation")).toBe("our [redacted]");
  });

  it("emoji, right-to-left text and markup pass through untouched", () => {
    const text = "🙂👩🏽‍⚕️ שלום עליכם مرحبا <script>alert('Northmoor Valley')</script> &amp; done";
    expect(redact(subject(), text)).toBe(
      "🙂👩🏽‍⚕️ שלום עליכם مرحبا <script>alert('[organisation]')</script> &amp; done",
    );
  });

  it("empty text stays empty", () => {
    expect(redactText(subject(), "")).toEqual({ text: "", redactions: [], flags: [] });
  });
});

describe("a realistic entry", () => {
  const realistic = subject({
    organisation: {
      name: "Northmoor Valley NHS Foundation Trust",
      shortName: "Northmoor Valley",
      aliases: ["NMV", "Northmoor Valley Hospitals", "Moorside General Hospital"],
      odsCode: "RX1",
    },
    people: ["Dr Priya Raman", "Tom Whitfield", "Siobhan O'Neill"],
    identifyingTerms: ["Moorside", "Lantern Project", "Ward 12B"],
    extraTerms: [{ text: "Eastbrook", kind: "place" }],
    otherOrganisations: ["Guy's and St Thomas' NHS Foundation Trust", "Eastbrook Community Health NHS Trust"],
  });

  const paragraph = `At Northmoor Valley NHS Foundation Trust (NMV, ODS code RX1) our staff side and managers built the
Lantern Project together. Northmoor Valley's chief people officer, Dr. Priya Raman, and Unison branch
secretary Tom Whitfield co-chaired it; Siobhan O’Neill ran the listening events on Ward 12B at Moorside
General Hospital. Since 2019/20 sickness absence fell 15% across 2,300 staff. We shared our approach with
Guys & St Thomas and Eastbrook Community Health, and with colleagues across Eastbrook. Contact
priya.raman@nmv.nhs.uk, see www.northmoorvalley.nhs.uk/lantern or call 01632 960 001 (Moorside, NM1 2AB).
The Trust's board — and NMV's governors 🙂 — endorsed it. Northmoor-Valley Hospitals now runs it at
every site; Raman and Whitfield say the next step is a 3-year plan.`;

  it("leaves no name, alias, acronym, ODS code, person, address or term behind", () => {
    const result = compileRedactor(realistic)(paragraph);
    expectConsistent(paragraph, result);
    const lower = result.text.toLowerCase();
    for (const gone of [
      "northmoor",
      "nmv",
      "rx1",
      "priya",
      "tom whitfield",
      "siobhan",
      "o’neill",
      "@",
      "www",
      "01632",
      "nm1",
      "moorside",
      "lantern",
      "12b",
    ]) {
      expect(lower, gone).not.toContain(gone);
    }
    // Surnames alone are hidden too, once the person is named (and mid-sentence in any case).
    expect(result.text).toContain("[person] and [person] say");
    expect(result.text).toContain("The Trust's board");
    expect(result.text).toContain("15% across 2,300 staff");
    // "Eastbrook" is the admin's place term, so it is hidden, and Eastbrook Community Health, a name
    // holding it, is hidden whole rather than flagged.
    expect(result.text).not.toContain("Community Health");
    expect(result.flags.map((f) => f.matched)).toEqual(["Guys & St Thomas"]);
  });

  it("is unchanged when redacted again", () => {
    const redactor = compileRedactor(realistic);
    const once = redactor(paragraph).text;
    const twice = redactor(once);
    expect(twice.text).toBe(once);
    expect(twice.redactions).toEqual([]);
  });

  it("can be shown to the admin as segments that rebuild the original", () => {
    const result = compileRedactor(realistic)(paragraph);
    const parts = segments(paragraph, result);
    expect(parts.map((p) => p.text).join("")).toBe(paragraph);
    expect(parts.filter((p) => p.redaction)).toHaveLength(result.redactions.length);
    expect(parts.filter((p) => p.flag)).toHaveLength(result.flags.length);
    const first = parts.find((p) => p.redaction);
    expect(first?.text).toBe("Northmoor Valley NHS Foundation Trust");
    expect(first?.redaction?.kind).toBe("organisation");
  });
});

describe("segments", () => {
  it("is one plain segment when nothing matched", () => {
    const result = redactText(subject(), "nothing here");
    expect(segments("nothing here", result)).toEqual([{ text: "nothing here" }]);
  });

  it("alternates plain text, redactions and flags in order", () => {
    const s = subject({ otherOrganisations: ["Eastbrook Community Health NHS Trust"] });
    const text = "Northmoor Valley and Eastbrook Community Health.";
    const parts = segments(text, redactText(s, text));
    expect(parts.map((p) => [p.text, p.redaction ? "r" : p.flag ? "f" : "-"])).toEqual([
      ["Northmoor Valley", "r"],
      [" and ", "-"],
      ["Eastbrook Community Health", "f"],
      [".", "-"],
    ]);
  });
});

describe("names made only of generic words", () => {
  const nwas = org("North West Ambulance Service NHS Trust");

  it("are hidden in full, with their short form and acronym, when they name a region", () => {
    expect(redact(nwas, "North West Ambulance Service NHS Trust, North West Ambulance Service's crews and NWAS")).toBe(
      "[organisation], [organisation]'s crews and [organisation]",
    );
  });

  it("never hide the generic words alone", () => {
    const text = "the Trust, every ambulance service in the North West, and the service";
    expect(redact(nwas, text)).toBe(text);
  });
});

describe("short forms of the organisation's name", () => {
  it("drop a leading Royal or The", () => {
    expect(redact(org("The Royal Marsden NHS Foundation Trust"), "staff at the Marsden and the Royal Marsden")).toBe(
      "staff at [organisation] and the [organisation]",
    );
    expect(redact(org("Royal Free London NHS Foundation Trust"), "the Royal Free team")).toBe("the [organisation] team");
  });

  it("have initials joined by &", () => {
    expect(redact(org("Norfolk and Norwich University Hospitals NHS Foundation Trust"), "at the N&N and NNUH")).toBe(
      "at the [organisation] and [organisation]",
    );
  });

  it("match a name registered with commas when written without them", () => {
    expect(redact(org("Hull, East Riding and Whitby NHS Trust"), "Hull East Riding and Whitby staff")).toBe("[organisation] staff");
  });

  it("match a name written as one word", () => {
    expect(redact(org("Mersey Care NHS Foundation Trust"), "Merseycare and MerseyCare")).toBe("[organisation] and [organisation]");
  });

  it("hide handles and hashtags that contain a name", () => {
    const s = org("Mersey Care NHS Foundation Trust", { aliases: [] });
    expect(redact(s, "Follow @MerseyCare, #TeamMerseyCare and @NHS_Merseycare; #NHSPartnership stays")).toBe(
      "Follow [organisation], [organisation] and [organisation]; #NHSPartnership stays",
    );
    const people = subject({ people: ["Adaeze Okafor"] });
    expect(redact(people, "thanks @AdaezeOkafor!")).toBe("thanks [person]!");
  });
});

describe("the entrant's own terms", () => {
  it("match possessives, case, curly apostrophes and the name without its generic word", () => {
    const s = subject({ identifyingTerms: ["Arrowe Park Hospital"] });
    expect(redact(s, "Arrowe Park's wards, ARROWE PARK HOSPITAL and Arrowe Park’s canteen")).toBe(
      "[redacted]'s wards, [redacted] and [redacted]’s canteen",
    );
  });
});

describe("people on record in every form", () => {
  it("by first name or surname alone once the full name has appeared, and in the middle of a sentence", () => {
    const s = subject({ people: ["Oluwaseun Adeyemi", "Gurpreet Kaur Sandhu"] });
    expect(redact(s, "Oluwaseun Adeyemi led it. Later Oluwaseun and Adeyemi met Gurpreet, and Sandhu agreed.")).toBe(
      "[person] led it. Later [person] and [person] met [person], and [person] agreed.",
    );
  });

  it("not by ordinary lower-case words or sentence-initial words when the full name is absent", () => {
    const s = subject({ people: ["Will Green", "Grace Hall"] });
    expect(redact(s, "Will the green space hold? Grace under pressure; a hall.")).toBe("Will the green space hold? Grace under pressure; a hall.");
  });

  it("by title or initial with a hyphenated or particled surname", () => {
    const s = subject({ people: ["Chiamaka Okonkwo-Bell", "Siobhán Ní Bhriain", "Rajinder Patel", "Pieter van der Berg", "Fatima al-Rashid"] });
    expect(
      redact(s, "Ms Okonkwo-Bell, Ms Bell, Dr Okonkwo, Dr R. Patel, S. Ní Bhriain, Ms Ní Bhriain, Mr van der Berg, Dr al-Rashid"),
    ).toBe("[person], [person], [person], [person], [person], [person], [person], [person]");
  });

  it("by nickname from the table, and short forms of Yoruba and Igbo names", () => {
    const s = subject({ people: ["Raymond Okoro", "Robert Nowak", "Elizabeth Wong", "Oluwatobi Bakare", "Chukwuemeka Eze"] });
    expect(redact(s, "Ray Okoro, Bob Nowak, Rob Nowak, Liz Wong, Beth Wong, Tobi Bakare and Emeka Eze")).toBe(
      "[person], [person], [person], [person], [person], [person] and [person]",
    );
  });

  it("names from many backgrounds are hidden in full and by surname after a title", () => {
    const names = ["Arumugam Selvaraj", "Agnieszka Wiśniewska", "Aoife Mac Giolla Phádraig", "Wei Zhang", "Rhiannon ap Gwyn", "Harpreet Singh Gill"];
    const s = subject({ people: names });
    for (const n of names) expect(redact(s, `with ${n} today`)).toBe("with [person] today");
    expect(redact(s, "Dr Selvaraj, Ms Wiśniewska, Dr Zhang, Mrs ap Gwyn, Mr Gill")).toBe("[person], [person], [person], [person], [person]");
  });

  it("named as the entrant's own terms with a title", () => {
    const s = subject({ identifyingTerms: ["Dr Amara Okafor"] });
    expect(redact(s, "Dr Okafor and Amara Okafor")).toBe("[person] and [person]");
  });
});

describe("former names, predecessors and the headquarters", () => {
  it("hide former names and their acronyms", () => {
    const s = org("University Hospitals Birmingham NHS Foundation Trust", { aliases: ["Heart of England NHS Foundation Trust", "SomPar"] });
    expect(redact(s, "HEFT and Heart of England merged; SomPar too")).toBe("[organisation] and [organisation] merged; [organisation] too");
  });

  it("hide the headquarters site, and flag rather than hide the town", () => {
    const s = org("Alder Hey Children's NHS Foundation Trust", { site: "Alder Hey Hospital", town: "Liverpool" });
    const result = redactText(s, "At Alder Hey Hospital in Liverpool; Liverpool is a city.");
    expect(result.text).toBe("At [place] in Liverpool; Liverpool is a city.");
    expect(result.flags.map((f) => f.matched)).toEqual(["Liverpool", "Liverpool"]);
  });

  it("keep decoys: unions, national bodies, frameworks, the Trust and cities", () => {
    const s = org("North West Ambulance Service NHS Trust", { town: "Bolton" });
    const text =
      "UNISON, RCN, Unite, GMB and the BMA met NHS England, NHS Employers, the Social Partnership Forum and the CQC about Agenda for Change; the Trust agreed. Cities like Manchester and London grew.";
    expect(redact(s, text)).toBe(text);
  });
});

describe("sites named in the text (decision 023)", () => {
  const s = org("University Hospitals Birmingham NHS Foundation Trust", { town: "Birmingham" });

  it("are hidden, with their name alone and their initials anywhere in the text", () => {
    const text = "Reps at Heartlands Hospital and Good Hope Hospital agreed. Later every ward at Heartlands had one, and the RVI too: the Royal Victoria Infirmary.";
    expect(redact(s, text)).toBe("Reps at [place] and [place] agreed. Later every ward at [place] had one, and the [place] too: the [place].");
  });

  it("keep a city named in a site alone, and the names of departments", () => {
    const text = "At Birmingham General Hospital the Intensive Care Unit and the Education Centre took part; Birmingham is big.";
    expect(redact(s, text)).toBe("At [place] the Intensive Care Unit and the Education Centre took part; Birmingham is big.");
  });

  it("are learnt from the whole entry when it is given as the context", () => {
    // "from", not "at": a name after "at" is a site by itself since session 9.
    const context = "Our staff at Wythenshawe Hospital led it.\n\nEveryone from Wythenshawe now knows the charter.";
    const redactSection = compileRedactor(s, { context });
    expect(redactSection("Everyone from Wythenshawe now knows the charter.").text).toBe("Everyone from [place] now knows the charter.");
    expect(compileRedactor(s)("Everyone from Wythenshawe now knows the charter.").text).toBe("Everyone from Wythenshawe now knows the charter.");
  });
});

describe("people not on record", () => {
  it("are hidden when named with a title or beside their role, and flagged otherwise", () => {
    const s = subject();
    const result = redactText(s, "We thank Prof. Ahmed Qureshi, and Deborah Mwangi, our chief executive, who met Tobias Achterberg at lunch.");
    expect(result.text).toBe("We thank [person], and [person], our chief executive, who met Tobias Achterberg at lunch.");
    expect(result.flags.map((f) => [f.matched, f.kind, f.key])).toEqual([["Tobias Achterberg", "person", "tobias achterberg"]]);
  });
});

describe("people on record from many backgrounds, by rule rather than by list", () => {
  it("by the opening or ending of a first name, a hyphenated or two-word first name, and a title with a family name written first", () => {
    const s = subject({ people: ["Harjinder Sandhu", "Babatunde Adeyemi", "Kerry-Ann Whyte", "Li Mei Zhang", "Nguyen Thi Lan", "Dimitris Papadopoulos"] });
    expect(redact(s, "Harj Sandhu met Tunde, then Kerry-Ann, Li Mei, Ms Nguyen and Dimitri.")).toBe(
      "[person] met [person], then [person], [person], [person] and [person].",
    );
  });

  it("never by a month or day taken as the opening of a first name", () => {
    const s = subject({ people: ["Marcus Janssen", "Janet Obi"] });
    expect(redact(s, "Marcus Janssen and Janet Obi met in Mar and Jan.")).toBe("[person] and [person] met in Mar and Jan.");
  });
});

describe("acronyms people use", () => {
  it("keep small words, drop words often left out, stop at the last distinctive word, or put NHS in", () => {
    expect(acronymsOf("The Newcastle upon Tyne Hospitals NHS Foundation Trust")).toContain("NUTH");
    expect(acronymsOf("London North West University Healthcare NHS Trust")).toContain("LNWH");
    expect(acronymsOf("Avon and Wiltshire Mental Health Partnership NHS Trust")).toContain("AWP");
    expect(acronymsOf("Manchester University NHS Foundation Trust")).toContain("MFT");
    expect(acronymsOf("Mersey and West Lancashire Teaching Hospitals NHS Trust")).toContain("MWL");
    expect(acronymsOf("Gloucestershire Hospitals NHS Foundation Trust")).toContain("GHNHSFT");
  });
});

describe("a city that is a short form of the entrant's name", () => {
  it("is flagged as a place, not hidden, while the longer forms are hidden", () => {
    const s = org("Cambridge University Hospitals NHS Foundation Trust", { town: "Cambridge" });
    const result = redactText(s, "Cambridge is expensive; Cambridge University Hospitals pays a supplement.");
    expect(result.text).toBe("Cambridge is expensive; [organisation] pays a supplement.");
    expect(result.flags.map((f) => [f.matched, f.kind])).toEqual([["Cambridge", "place"]]);
  });
});

describe("handles and hashtags without a name in them", () => {
  it("hide an @handle and a hashtag opening with an acronym, and flag other hashtags, but not national ones", () => {
    const s = subject();
    const result = redactText(s, "Follow @NWAmbulance and @NHSEmployers; #WMASSafe and #GlosTheatres trended.");
    expect(result.text).toBe("Follow [contact] and @NHSEmployers; [organisation] and #GlosTheatres trended.");
    expect(result.flags.map((f) => [f.matched, f.kind])).toEqual([["#GlosTheatres", "other"]]);
  });
});

describe("flags of name-shaped phrases", () => {
  it("guess the kind and give one key for every written form, and leave national terms alone", () => {
    const s = subject({ places: ["Warrington", "Prescot"] });
    const text =
      "We worked with Knowsley Council, the University of Liverpool and NHS Greater Manchester, held roadshows in Warrington and Prescot’s library, and told the Social Partnership Forum, NHS Employers and UNISON.";
    const result = redactText(s, text);
    expect(result.text).toBe(text);
    expect(result.flags.map((f) => [f.matched, f.kind, f.key])).toEqual([
      ["Knowsley Council", "organisation", "knowsley council"],
      ["University of Liverpool", "organisation", "university of liverpool"],
      ["NHS Greater Manchester", "organisation", "nhs greater manchester"],
      ["Warrington", "place", "warrington"],
      ["Prescot", "place", "prescot"],
    ]);
  });

  it("a flagged name that holds something hidden is hidden whole", () => {
    const s = org("Liverpool University Hospitals NHS Foundation Trust", { aliases: ["Broadgreen"] });
    const result = redactText(s, "Royal Liverpool and Broadgreen University Hospitals NHS Trust merged.");
    expect(result.redactions.map((r) => r.matched)).toEqual(["Royal Liverpool and Broadgreen University Hospitals NHS Trust"]);
    expect(result.flags).toEqual([]);
  });

  it("a flagged name whose every name is hidden is hidden whole, not left as a shape that says which body it is", () => {
    const s = org("Norfolk and Suffolk NHS Foundation Trust", { aliases: ["Waveney", "Norfolk"] });
    const result = redactText(s, "Our partners: NHS Norfolk and Waveney ICB and the carers' forum.");
    expect(result.text).not.toMatch(/NHS \[|\] ICB/);
    expect(result.redactions.map((r) => r.matched)).toContain("NHS Norfolk and Waveney ICB");
  });
});

// Issue 11's kinds of failure on realistic entries, one test each (decision 030).
describe("people on record, in every form the entry gives them", () => {
  it("a nickname the text gives hides the person wherever it is written, whatever the name's origin", () => {
    const s = subject({ people: ["Kwabena Asante", "Jagdeep Kaur Dhillon", "Chidi Okafor"] });
    const text =
      "Kwabena “Kobby” Asante chairs the staff side. Later Kobby said yes.\n\n" +
      "Jagdeep Kaur Dhillon, known to the whole floor as Jags, agreed. Everyone trusts Jags.\n\n" +
      "Our rep – Big Chid to everyone – spoke first, and Big Chid spoke last.";
    const out = redact(s, text);
    expect(out).not.toMatch(/Kobby|Jags|Big Chid/);
  });

  it("common English diminutives come from a short table: Tel for Terence, Reenie for Irene", () => {
    const s = subject({ people: ["Terence Bowditch", "Irene Marsh"] });
    expect(redact(s, "Terence Bowditch met Irene Marsh. In the end, Tel and Reenie agreed.")).toBe("[person] met [person]. In the end, [person] and [person] agreed.");
  });

  it("a title goes with a family name of several words, with particles", () => {
    const s = subject({ people: ["Rafael Domínguez de la Torre", "Siobhán Ní Bhriain"] });
    expect(redact(s, "We thank Mr Domínguez de la Torre and Ms Ní Bhriain.")).toBe("We thank [person] and [person].");
  });

  it("a first name used as a name in the entry is hidden in lower case too, but an everyday word is not", () => {
    const s = subject({ people: ["Anilkumar Thekkethil", "Will Carter"] });
    const text = "Anilkumar Thekkethil (everyone calls him Anil) led it, and anil went round the wards. Will Carter said we will.";
    expect(redact(s, text)).toBe("[person] (everyone calls him [person]) led it, and [person] went round the wards. [person] said we will.");
  });

  it("initials given in brackets after a name are hidden wherever they stand, but a department's are not", () => {
    const s = subject({ people: ["Desmond Okoro-Blake"] });
    const text = "Present: Desmond Okoro-Blake\n(DOB, Staff Side Chair). DOB said yes. The Emergency Department (ED) agreed.";
    expect(redact(s, text)).toBe("Present: [person]\n([person], Staff Side Chair). [person] said yes. The Emergency Department (ED) agreed.");
  });
});

describe("the organisation's names, however they are written", () => {
  it("a union branch named by the organisation or its place is hidden; the union alone is not", () => {
    const s = org("Hounslow and Richmond Community Healthcare NHS Trust");
    expect(redact(s, "The Hounslow and Richmond UNISON branch and UNISON Twickenham branch met. The UNISON branch secretary spoke.")).toBe(
      "The [organisation] branch and [organisation] branch met. The UNISON branch secretary spoke.",
    );
  });

  it("a name is matched with or without its registered commas and without NHS", () => {
    const lynn = org("The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust");
    expect(redact(lynn, "Staff at The Queen Elizabeth Hospital, King’s Lynn, NHS Foundation Trust agreed.")).toBe("Staff at [organisation] agreed.");
    const tees = org("Tees, Esk and Wear Valleys NHS Foundation Trust");
    expect(redact(tees, "Tees Esk and Wear Valleys and Tees, Esk and Wear Valleys Foundation Trust")).toBe("[organisation] and [organisation]");
  });

  it("a lower-case acronym of four letters with no vowel is hidden", () => {
    expect(redact(org("Hounslow and Richmond Community Healthcare NHS Trust"), "nurses at hrch share tips")).toBe("nurses at [organisation] share tips");
  });

  it("a predecessor's names and acronym are hidden as the organisation's own", () => {
    const s = org("University Hospitals Birmingham NHS Foundation Trust", { aliases: ["Heart of England NHS Foundation Trust"] });
    expect(redact(s, "Before the merger, HEFT and Heart of England staff were apart.")).toBe("Before the merger, [organisation] and [organisation] staff were apart.");
  });

  it("a place after the organisation's own name is its site; a country is not", () => {
    const s = org("Moorfields Eye Hospital NHS Foundation Trust");
    expect(redact(s, "Clinics at Moorfields at Ealing grew. Moorfields in England leads.")).toBe("Clinics at [organisation] at [place] grew. [organisation] in England leads.");
  });

  it("a site with what it is for is hidden whole", () => {
    expect(redact(subject(), "Nurses at the Newham Centre for Mental Health agreed.")).toBe("Nurses at the [place] agreed.");
  });
});

describe("flags for what cannot safely be hidden", () => {
  it("a bare place used as one is flagged as a place, the first of a list after a colon too", () => {
    // After a site noun ("at every hub: Willenhall") the list is of sites, hidden since session 9.
    const result = redactText(subject(), "The sessions ran in three towns: Willenhall, Hollymoor and others, and teams across Sefton joined.");
    expect(result.flags.map((f) => f.matched)).toEqual(["Willenhall", "Hollymoor", "Sefton"]);
    expect(result.flags.find((f) => f.matched === "Sefton")?.kind).toBe("place");
  });

  it("a hospital named by generic words and 'the Royal' alone are flagged as places", () => {
    const result = redactText(subject(), "Staff at the Western Eye Hospital and staff at the Royal had their own ways.");
    expect(result.flags.map((f) => [f.matched, f.kind])).toEqual([
      ["Western Eye Hospital", "place"],
      ["Royal", "place"],
    ]);
  });

  it("a name reaching beyond another organisation's short form is flagged whole", () => {
    const s = subject({ otherOrganisations: ["London Ambulance Service NHS Trust"] });
    expect(redactText(s, "Sessions ran at\nEvelina London, in English.").flags.map((f) => f.matched)).toEqual(["Evelina London"]);
  });

  it("a phone number with a digit too many or an extension is still hidden", () => {
    expect(redact(subject(), "Ring 01924 555 0193 or 01271 322 577 ext 3310.")).toBe("Ring [contact] or [contact].");
  });
});

describe("kinds of failure found on entries written for new kinds of organisation (decision 035)", () => {
  it("acronyms in mixed case: initials with the opening of the last word, two openings, 'and' as a small 'a'", () => {
    expect(acronymsOf("North Downs Coast Ambulance Service NHS Trust")).toContain("NDCAmb");
    expect(acronymsOf("Wessex Partnership NHS Foundation Trust")).toContain("WesPar");
    expect(acronymsOf("The Oakham and Ribble Hospital NHS Trust")).toContain("OaRH");
    const s = org("Wessex Partnership NHS Foundation Trust");
    expect(redact(s, "Staff at WesPar agreed. A wespar is no word.")).toBe("Staff at [organisation] agreed. A wespar is no word.");
  });

  it("a familiar form made from the opening of a first name is hidden as the person", () => {
    const s = subject({ people: ["Rosamund Achterberg", "Thaddeus Oyelaran"] });
    expect(redact(s, "As Rosie put it, and Thaddy agreed, it worked.")).toBe("As [person] put it, and [person] agreed, it worked.");
  });

  it("a first name or its short form with the surname's initial is hidden as the person", () => {
    const s = subject({ people: ["Gwendolyn Abernethy-Mensah", "Josephine Quaye"] });
    expect(redact(s, "Both Gwen A and Jo Q. went round the wards. It was an A grade.")).toBe("Both [person] and [person]. went round the wards. It was an A grade.");
  });

  it("a name in the possessive before a site noun is a site, a town only where it is so written", () => {
    const s = { ...subject(), places: ["Kettlebridge"] };
    expect(redact(s, "Porters at Hollins Brook’s main building and Kettlebridge’s hospital agreed. Hollins Brook won.")).toBe(
      "Porters at [place]’s main building and [place]’s hospital agreed. [place] won.",
    );
    expect(redact(s, "Kettlebridge’s policies were used. The Trust’s wards stayed.")).toBe("Kettlebridge’s policies were used. The Trust’s wards stayed.");
  });

  it("a Welsh hospital's name is a site, and a Welsh university or council an organisation", () => {
    const result = redactText(subject(), "A sister from Ysbyty Penrhos Fawr spoke, with Prifysgol Caerwen. Penrhos Fawr is proud.");
    expect(result.text).toBe("A sister from [place] spoke, with Prifysgol Caerwen. [place] is proud.");
    expect(result.flags.map((f) => [f.matched, f.kind])).toEqual([["Prifysgol Caerwen", "organisation"]]);
  });

  it("the other items of a list that holds a site are sites too, towns and organisations not", () => {
    const s = { ...subject(), places: ["Dunmere"] };
    expect(redact(s, "Wards at Bryncoed, Hollins Brook Hospital and Tresillian took part.")).toBe("Wards at [place], [place] and [place] took part.");
    expect(redact(s, "Teams at Hollins Brook Hospital and Dunmere took part.")).toBe("Teams at [place] and Dunmere took part.");
  });

  it("a name ending in a thing's word is not a person beside a role, nor a national body a site", () => {
    const result = redactText(subject(), "Our nursing director used the Mental Health Optimal Staffing Tool, with Prifysgol Caerwen and the National Centre for Learning Welsh.");
    expect(result.redactions).toEqual([]);
  });
});

describe("flags for names in capitals and the entrant's own words (decision 035)", () => {
  it("a name in capitals that the text also writes as a name is flagged whole (hidden as a speaker since session 9), a heading of ordinary words not", () => {
    const result = redactText(subject(), "WHAT WE DID\n\nOur host TOMASZ WIERZBICKI welcomed us. Tomasz says what we did matters.");
    expect(result.flags.map((f) => [f.matched, f.kind])).toContainEqual(["TOMASZ WIERZBICKI", "person"]);
    const speaker = redactText(subject(), "WHAT WE DID\n\nTOMASZ WIERZBICKI (host): Welcome back. I’m Tomasz, and what we did matters.");
    expect(speaker.redactions.map((r) => r.matched)).toEqual(["TOMASZ WIERZBICKI", "Tomasz"]);
    expect(speaker.flags.map((f) => f.matched)).not.toContain("WHAT WE DID");
    expect(result.flags.map((f) => f.matched)).not.toContain("WHAT WE DID");
    expect(result.redactions.map((r) => r.matched)).not.toContain("WHAT WE DID");
  });

  it("a sentence opening with a word of the entrant's own name is flagged as the organisation", () => {
    const s = org("Carreg Wen University Health Board");
    const result = redactText(s, "Carreg Wen University Health Board led it. Carreg was praised for it.");
    expect(result.flags.map((f) => [f.matched, f.kind])).toEqual([["Carreg", "organisation"]]);
  });
});

describe("familiar forms, sites by kind and names after the organisation (decision 035, session 8)", () => {
  const people = (...names: string[]) => ({ ...subject(), people: names });

  it("a familiar form the text gives in quotes after 'knows X as', 'call her', 'as he is known' or '(… to the crews)' is hidden everywhere", () => {
    expect(redact(people("Bartłomiej Zieliński"), "Everyone knows Bartłomiej as “Bartek”. Later Bartek spoke.")).toBe("Everyone knows [person] as “[person]”. Later [person] spoke.");
    expect(redact(people("Nasreen Chowdhury"), "Staff call her “Naz”. Later Naz spoke.")).toBe("Staff call her “[person]”. Later [person] spoke.");
    expect(redact(people("Imtiaz Mirza"), "Our lead (or “Taz”, as he is known on the wards) agreed. Later Taz spoke.")).toBe("Our lead (or “[person]”, as he is known on the wards) agreed. Later [person] spoke.");
    expect(redact(people("Tomasz Nowak"), 'Tomasz Nowak ("Tomek" to the crews) came. Later Tomek spoke.')).toBe('[person] ("[person]" to the crews) came. Later [person] spoke.');
  });

  it("a middle name, and the opening of a Yoruba name after 'Olu', name the person alone", () => {
    expect(redact(people("Muhammad Zubair Qureshi"), "The ward thanked Zubair for it.")).toBe("The ward thanked [person] for it.");
    expect(redact(people("Olufunmilayo Adeyemi"), "The ward thanked Funmi for it.")).toBe("The ward thanked [person] for it.");
  });

  it("a site named by its place and its kind in lower case, or by initials, is hidden with its name alone; a city centre is not", () => {
    expect(redact(subject(), "The Thornbury make-ready centre opened, and crews at Thornbury were pleased.")).toBe("The [place] opened, and crews at [place] were pleased.");
    expect(redact(subject(), "Calls went to the Hallbrook EOC and the Wexcombe ambulance station.")).toBe("Calls went to the [place] and the [place].");
    expect(redact(subject(), "We met in Leeds city centre and at the Garside hub.")).toBe("We met in Leeds city centre and at the [place].");
  });

  it("a site named after the organisation is hidden with it", () => {
    expect(redact(subject(), "Work at the Northmoor Valley Centre for Research grew, and at Northmoor Valley’s Institute in the Park.")).toBe(
      "Work at the [organisation] [place] grew, and at [organisation]’s [place].",
    );
  });

  it("an ambulance service is hidden by its region alone, except as 'the' region", () => {
    const scas = org("South Central Ambulance Service NHS Foundation Trust");
    expect(redact(scas, "Crews at South Central agreed; the South Central region and the south of the county did not.")).toBe(
      "Crews at [organisation] agreed; the South Central region and the south of the county did not.",
    );
  });
});

describe("a speaker named by a short form no rule gives (session 8)", () => {
  it("a capitalised word before a verb of saying that opens like a first name on record is that person; other speakers are not hidden", () => {
    const s = { ...subject(), people: ["Harpreet Singh Bhogal"] };
    expect(redact(s, "“Harj told the board he was wrong,” says the chair. Hardwick said no.")).toBe("“[person] told the board he was wrong,” says the chair. Hardwick said no.");
    expect(redact(s, "Harvest said little; the harvest came.")).toBe("Harvest said little; the harvest came.");
  });
});

describe("acronyms of health boards (session 8)", () => {
  it("a health board is also written by its initials without 'Health Board'", () => {
    expect(acronymsOf("Abertawe Bro Morgannwg University Health Board")).toContain("ABMU");
    expect(acronymsOf("Betsi Cadwaladr University Health Board")).toContain("BCU");
  });
});

describe("a hospital called by what it treats once its town is dropped (session 8)", () => {
  it("'the Women’s' and 'Women’s Hospital' of a Wexford Women’s trust are hidden; 'the Children’s Commissioner' and the word 'women' are not", () => {
    const s = { ...org("Wexford Women’s NHS Foundation Trust"), places: ["Wexford"] };
    expect(redact(s, "Midwives at the Women’s and at Women’s Hospital met the Children’s Commissioner and the women on the ward.")).toBe(
      "Midwives at [place] and at [place] met the Children’s Commissioner and the women on the ward.",
    );
  });
});

describe("session 8, second round: kinds the new entries showed", () => {
  it("a familiar form in quotes taken from any part of a name on record is that person, wherever written; other quoted words are not", () => {
    const s = { ...subject(), people: ["Maria Cristina Dela Cruz", "Akosua Boateng"] };
    expect(redact(s, "On the wards she is “Tina”, and the champions call her “Kos”. Tina and Kos agreed on a “Fresh” start.")).toBe(
      "On the wards she is “[person]”, and the champions call her “[person]”. [person] and [person] agreed on a “Fresh” start.",
    );
    expect(redact({ ...subject(), people: [] }, "On the wards she is “Tina”.")).toBe("On the wards she is “Tina”.");
    const kamala = { ...subject(), people: ["Kamala Brightwater"] };
    expect(redact(kamala, "We called it “Bright” first, a bright idea, and Bright Start spread.")).toBe(
      "We called it “Bright” first, a bright idea, and Bright Start spread.",
    );
  });

  it("a surname alone with its particle in lower case is hidden", () => {
    const s = { ...subject(), people: ["Rhodri ap Gwilym", "Pieter van der Berg"] };
    expect(redact(s, "The group met at the depot, and ap Gwilym has written it up with van der Berg.")).toBe(
      "The group met at the depot, and [person] has written it up with [person].",
    );
  });

  it("a hospital called by what it treats in more than one word once its town is dropped", () => {
    const s = { ...org("Kettlebridge Heart and Chest Hospital NHS Foundation Trust"), places: ["Kettlebridge"] };
    expect(redact(s, "Someone from the Heart and Chest meets every nurse; heart and chest pain is common.")).toBe(
      "Someone from [place] meets every nurse; heart and chest pain is common.",
    );
  });

  it("a nation's name is never a short form on its own ('Welsh' of Welsh Ambulance Services)", () => {
    const s = org("Welsh Ambulance Services NHS Trust");
    expect(redact(s, "Welsh Ambulance Services NHS Trust crews told the Welsh Government and the Welsh Partnership Forum.")).toBe(
      "[organisation] crews told the Welsh Government and the Welsh Partnership Forum.",
    );
  });

  it("a site's name of generic words written as a proper name is hidden (flagged before session 9); with an article it is only flagged (session 10), plural it is neither", () => {
    const result = (text: string) => redactText(subject(), text);
    expect(result("He was a porter at University Hospital for twenty years.").text).toBe("He was a porter at [place] for twenty years.");
    expect(result("Staff met at Community Hospital every week.").text).toBe("Staff met at [place] every week.");
    const plain = result("He was a porter at the University Hospital and in Community Hospitals.");
    expect(plain.flags.map((f) => f.matched)).toEqual(["University Hospital"]);
    expect(plain.redactions).toEqual([]);
  });
});

describe("hashtags beside the entry's own handle (session 8, second round)", () => {
  it("a hashtag opening with the same six letters as an @handle the text hides is hidden; others, and those beside a national body's handle, are flagged", () => {
    const result = redactText(subject(), "Follow @ShropCommHealth and #ShropComNursing, or @NHSEmployers and #NHSEmployersWeek, and #ProudToCare.");
    expect(result.text).toBe("Follow [contact] and [organisation], or @NHSEmployers and #NHSEmployersWeek, and #ProudToCare.");
  });
});

describe("session 9: rules that generalise to entries not yet seen", () => {
  it("a proper name ending in a site noun (lodge, view, court, suite, house...) is hidden as a site, and its name alone everywhere; national bodies' buildings stay", () => {
    const s = subject();
    expect(redact(s, "The women’s service at Arnold Lodge moved; our children’s unit, Red Kite View, opened. Staff from Glastonbury Court trained in the Blackburne Suite.")).toBe(
      "The women’s service at [place] moved; our children’s unit, [place], opened. Staff from [place] trained in the [place].",
    );
    expect(redact(s, "Arnold Lodge is secure. Later, Arnold took over.")).toBe("[place] is secure. Later, [place] took over.");
    expect(redact(s, "We met NHS England at Wellington House, then the TUC at Congress House.")).toBe(
      "We met NHS England at Wellington House, then the TUC at Congress House.",
    );
  });

  it("a site named only by generic words, written as a proper name, is hidden ('Northern House', 'University Hospital'); with an article or plural it stays", () => {
    const s = subject();
    expect(redact(s, "The board meets at Northern House. He was a porter at University Hospital.")).toBe("The board meets at [place]. He was a porter at [place].");
    expect(redact(s, "He was a porter at the University Hospital and in Community Hospitals.")).toBe("He was a porter at the University Hospital and in Community Hospitals.");
  });
});

describe("session 9: people, short forms, Welsh names and sites by what they are", () => {
  it("a person named only in the text beside a verb of saying, or by the owner of an e-mail in the text, is hidden, and their name alone after it", () => {
    const s = subject();
    expect(redact(s, "“I’ve been a porter for years,” says Stevie Garside. Questions go to Tobias Achterberg at tobias.achterberg@nhs.net. Garside agreed.")).toBe(
      "“I’ve been a porter for years,” says [person]. Questions go to [person] at [contact]. [person] agreed.",
    );
    expect(redact(s, "Questions go to Tobias Achterberg, who chairs it.")).toBe("Questions go to Tobias Achterberg, who chairs it.");
  });

  it("a speaker of a transcript in capitals, and a name after “I’m”, is a person, wherever written with its capital", () => {
    const s = subject();
    expect(redact(s, "RICKY DELAHUNTY (host): Welcome. I’m Ricky, and today we talk.\n\nRICKY: Let’s start.\n\nRESULTS: good.")).toBe(
      "[person] (host): Welcome. I’m [person], and today we talk.\n\n[person]: Let’s start.\n\nRESULTS: good.",
    );
  });

  it("a word in brackets after a person on record, and a short form of their first name as the subject of a sentence, are hidden; a month is not", () => {
    const s = { ...subject(), people: ["Declan O’Rourke", "Amira Haddad"] };
    expect(redact(s, "Declan O’Rourke (Dec) leads. “Dec knows everyone,” she said. Dec and Amira met on 5 Dec 2023 and again in Dec.")).toBe(
      "[person] ([person]) leads. “[person] knows everyone,” she said. [person] and [person] met on 5 Dec 2023 and again in Dec.",
    );
    const ali = { ...subject(), people: ["Alibek Serikov"] };
    expect(redact(ali, "Declan O’Rourke (Bek) came. “Alex said no,” she said. Dec is short.")).toBe("Declan O’Rourke (Bek) came. “Alex said no,” she said. Dec is short.");
  });

  it("Welsh names of sites (Canolfan, Uned, Tŷ) and of NHS bodies (Bwrdd Iechyd, Ymddiriedolaeth GIG) are hidden; a Welsh university or council stays flagged", () => {
    const s = subject();
    const result = redactText(s, "Staff at Canolfan Iechyd Meddwl, at Uned Dyfrdwy and at Tŷ Llidiard joined Bwrdd Iechyd Prifysgol Betsi Cadwaladr and Ymddiriedolaeth GIG Gwasanaethau Ambiwlans Cymru, with Prifysgol Bangor.");
    expect(result.text).toBe("Staff at [place], at [place] and at [place] joined [organisation] and [organisation], with Prifysgol Bangor.");
    expect(result.flags.map((f) => f.matched)).toEqual(["Prifysgol Bangor"]);
  });

  it("a name after a site noun and “at” or a colon, and a place before “station” or “hubs”, is a site; a town so named is hidden there only", () => {
    const s = { ...subject(), places: ["Crawley", "Cardiff", "Swansea"] };
    expect(redact(s, "The control rooms at Crawley and Coxheath agreed; every hub: Willenhall, Hollymoor and Lichfield; the Blackweir station and Cardiff and Swansea EMS hubs. Coxheath again, and Crawley.")).toBe(
      "The control rooms at [place] agreed; every hub: [place], [place]; the [place] and [place]. [place] again, and Crawley.",
    );
    expect(redact(s, "We met at Crawley and in Leeds city centre.")).toBe("We met at Crawley and in Leeds city centre.");
  });
});

describe("session 9: a name after “at”", () => {
  it("a name after “at” that is no town, no person and no ordinary word is a site, hidden there and alone elsewhere; a town after “at” is only flagged", () => {
    const s = { ...subject(), places: ["Ilford", "Leeds"] };
    const result = redactText(s, "She was a ward manager at Whipps, then worked at the Homerton and at King George in Ilford. Whipps was busy. We met at Leeds at Christmas.");
    expect(result.text).toBe("She was a ward manager at [place], then worked at the [place] and at [place] in [place]. [place] was busy. We met at Leeds at Christmas.");
    expect(result.flags.map((f) => f.matched)).toEqual(["Leeds"]);
    expect(redact(s, "We presented at Glasgow and at Belfast.")).toBe("We presented at Glasgow and at Belfast.");
  });
});

describe("session 9: lists with “the”, places named after people, laboratories", () => {
  it("a list item after “, the” or “and the” beside a site is a site; a person-shaped name after “at the” is a place; a name in the possessive before “lab” is a site", () => {
    const s = { ...subject(), places: ["Cwmbran"] };
    expect(redact(s, "It runs at Ysbyty Gwynedd, the Grange, Morriston and more.")).toBe("It runs at [place], the [place], [place] and more.");
    expect(redact(s, "People at the Robert Jones know; Robert Jones himself never worked there.")).toBe("People at the [place] know; [place] himself never worked there.");
    expect(redact(s, "A scientist from Westbury’s pathology lab came.")).toBe("A scientist from [place]’s pathology lab came.");
  });
});

describe("session 9, after the blind parts AA–AC: kinds they showed", () => {
  it("a person not on record with a particle after a title, in apposition after a role, with a familiar form in quotes inside the name, or after a verb of saying, is hidden", () => {
    const s = subject();
    expect(redact(s, "Our chief executive, Mr Faisal bin Rashid, and Dr Huw ab Iorwerth signed. The ward manager on Ward A8, Mei-Ling Chow, was first.")).toBe(
      "Our chief executive, [person], and [person] signed. The ward manager on Ward A8, [person], was first.",
    );
    expect(redact(s, "Our technician, Dave “Tommo” Thompson, trained them. “It works,” says Tina. Later Thompson retired.")).toBe(
      "Our technician, [person], trained them. “It works,” says [person]. Later [person] retired.",
    );
  });

  it("a familiar form before “as she is known”, without quotes, is that person's", () => {
    const s = { ...subject(), people: ["Agnieszka Wójcik"] };
    expect(redact(s, "Aga, as she is known on the ward, ran the sessions. Aga never missed one.")).toBe("[person], as she is known on the ward, ran the sessions. [person] never missed one.");
  });

  it("a name before a lower-case “ward” or “site” is a site; a number, a region's adjective or a hyphen is not", () => {
    const s = subject();
    expect(redact(s, "Staff on Abbey ward and Jackson Burrows ward, and the charity on the Brockley Hill site, helped. Coxen ward later.")).toBe(
      "Staff on [place] and [place], and the charity on the [place], helped. [place] later.",
    );
    expect(redact(s, "Fourteen ward staff trained. The Cumbrian wards joined. Cross-site working began.")).toBe("Fourteen ward staff trained. The Cumbrian wards joined. Cross-site working began.");
  });

  it("a union written after one of the entrant's names is its branch, hidden with it; the union alone stays", () => {
    const s = org("Northmoor Valley NHS Foundation Trust", { aliases: ["NMV"] });
    expect(redact(s, "NMV UNISON and the trust agreed; UNISON said so too.")).toBe("[organisation] and the trust agreed; UNISON said so too.");
    expect(redact(s, "The Northmoor Valley Health UNISON branch met.")).toBe("The [organisation] branch met.");
  });
});

describe("session 9, after the entries kept back (AD–AF): kinds they showed", () => {
  it("a phrase flagged in one place is flagged wherever else the text writes it with its capital, as hiding it would hide it everywhere", () => {
    const s = subject();
    const text = "Marcia Thompson, branch chair, led the work.\nMarcia is “Marsh” on the unit. Ms Pryce-Jones says: “Marsh read every\naccount out loud.” Nobody forgot Marsh.";
    const result = redactText(s, text);
    const marsh = result.flags.filter((f) => f.matched === "Marsh");
    expect(marsh.map((f) => text.indexOf("Marsh", f.start) === f.start)).toEqual([true, true, true]);
    expect(new Set(marsh.map((f) => f.key)).size).toBe(1);
    // Flagged in one field of an entry, flagged in another that writes it at a sentence's start.
    const other = "“Marsh asked for one night shift.”";
    const alone = redactText(s, other);
    expect(alone.flags).toEqual([]);
    expect(flagEveryOccurrence(other, alone.redactions, alone.flags, result.flags).map((f) => f.matched)).toEqual(["Marsh"]);
    // "I", flagged beside a name ("Siobhán and I"), is not flagged wherever else it is written.
    const i = { start: 0, end: 1, matched: "I", reason: "looks like a name", kind: "person" as const, key: "i" };
    expect(flagEveryOccurrence("I said so, and I meant it.", [], [], [i])).toEqual([]);
  });

  it("initials with “&” for “and” come from every name and former name, not only two words either side; another body's are flagged; A&E and R&D stay", () => {
    const s = org("East of England Community Health and Care NHS Trust", { aliases: ["Norfolk Community Health and Care NHS Trust", "Royal Devon and Exeter NHS Foundation Trust"] });
    expect(redact(s, "She joined NCH&C in 2012 and RD&E later, then EECH&C.")).toBe("She joined [organisation] in 2012 and [organisation] later, then [organisation].");
    const result = redactText(subject(), "Staff from TE&WV met the A&E team and the R&D office.");
    expect(result.text).toBe("Staff from TE&WV met the A&E team and the R&D office.");
    expect(result.flags.map((f) => f.matched)).toEqual(["TE&WV"]);
  });

  it("initials with “&” are read whole however they are written: after a lower-case letter or another “&” they are not initials, and a capital outside the Basic Multilingual Plane still opens them", () => {
    // Only what is flagged with its "&": other rules may flag the capitals after it ("WV") on their own.
    const flagged = (text: string) => redactText(subject(), text).flags.map((f) => f.matched).filter((m) => m.includes("&"));
    expect(flagged("we met TE&WV today.")).toEqual(["TE&WV"]);
    expect(flagged("we met xTE&WV today.")).toEqual([]);
    expect(flagged("we met &TE&WV today.")).toEqual([]);
    // A mathematical capital is a capital: the initials are flagged (what shows is trimmed to plain letters).
    expect(redactText(subject(), "we met 𝐓E&WV today.").flags).not.toEqual([]);
    expect(flagged("we met ABCDEF&WV today.")).toEqual([]);
  });

  it("“the Infirmary” or “the General” is the entrant's one site with that word, hidden; with two such sites, none, or before a capitalised word, it stays", () => {
    const s = org("Northmoor Valley NHS Foundation Trust", { site: "Cumberland Infirmary" });
    expect(redact(s, "The flats near the Infirmary opened. The General Medical Council and the general public came.")).toBe(
      "The flats near [place] opened. The General Medical Council and the general public came.",
    );
    // Named in the text: "Leeds General Infirmary" is the only site with "General".
    expect(redact(subject({ identifyingTerms: ["Leeds General Infirmary"] }), "Leeds General Infirmary staff met; the General has a new ward.")).toBe("[redacted] staff met; [place] has a new ward.");
    expect(redact(subject(), "The flats near the Infirmary opened.")).toBe("The flats near the Infirmary opened.");
    const two = org("Northmoor Valley NHS Foundation Trust", { site: "Cumberland Infirmary", aliases: [] });
    expect(redact({ ...two, identifyingTerms: ["Westmorland Infirmary"] }, "The flats near the Infirmary opened.")).toBe("The flats near the Infirmary opened.");
  });
});

describe("names written family name first (session 9, parts AG–AI)", () => {
  it("every capitalised part of a name on record that is no ordinary word names the person alone: “Minh” of Hoang Van Minh", () => {
    const s = subject({ people: ["Hoang Van Minh", "Faisal bin Rashid"] });
    expect(redact(s, "Hoang Van Minh, a staff nurse, joined. Staff talk about it. Minh made sure the panels ran, and Rashid agreed.")).toBe(
      "[person], a staff nurse, joined. Staff talk about it. [person] made sure the panels ran, and [person] agreed.",
    );
    // An ordinary word of the name ("Van") is not taken for the person alone.
    expect(redact(s, "Hoang Van Minh drove. The Van was late.")).toBe("[person] drove. The Van was late.");
    // Beside a role word or a verb of saying, it is the person.
    expect(redact(s, "Hoang Van Minh joined. “We agreed,” says Van. The nurse, Van, went. The Van was late.")).toBe(
      "[person] joined. “We agreed,” says [person]. The nurse, [person], went. The Van was late.",
    );
  });

  it("a title before two capitalised words with a hyphen is a person not on record: “Dr Park Ji-ho”", () => {
    expect(redact(subject(), "Vacancies fell. Dr Park Ji-ho, our chief executive, walked the ward. Mr Lee Seung-woo came too.")).toBe(
      "Vacancies fell. [person], our chief executive, walked the ward. [person] came too.",
    );
  });
});

describe("words hidden that name nothing (session 10)", () => {
  it("an ODS code of letters only is hidden in capitals, not as the ordinary word it spells", () => {
    const s = subject({ organisation: { name: "Northmoor Valley NHS Foundation Trust", shortName: null, aliases: [], odsCode: "REP" } });
    expect(redactText(s, "The union rep wrote to REP and to rep colleagues.").text).toBe("The union rep wrote to [organisation] and to rep colleagues.");
    const coded = subject({ organisation: { name: "Northmoor Valley NHS Foundation Trust", shortName: null, aliases: [], odsCode: "RX1" } });
    expect(redactText(coded, "Code rx1 and RX1.").text).toBe("Code [organisation] and [organisation].");
  });

  it("an opening of a first name the text writes in lower case more often than not is that word, not the person", () => {
    const s = subject({ people: ["Callum Reid"] });
    expect(redactText(s, "Callum Reid took the first call. Every call was logged, and Call handlers thanked Callum and Cal.").text).toBe(
      "[person] took the first call. Every call was logged, and Call handlers thanked [person] and [person].",
    );
  });
});
