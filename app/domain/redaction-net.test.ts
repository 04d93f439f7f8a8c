import { describe, expect, it } from "vitest";
import { compileRedactor, type RedactionSubject } from "./redaction";
import { netFlags, type Range } from "./redaction-net";

// The pass alone, with a small list of ordinary words standing for the redactor's.
const ORDINARY = new Set("trust staff side chief executive board ward the nhs health care forum partnership district treatment centre general".split(" "));
const ordinary = (k: string) => ORDINARY.has(k);
const over = (text: string, phrase: string): Range => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
};
const flagged = (text: string, taken: Range[] = [], flags: Range[] = []) =>
  netFlags(text, { ordinary, taken: [...taken, ...flags], flagged: flags }).map((f) => [text.slice(f.start, f.end), f.kind]);

describe("the last pass flags what no rule placed (session 10)", () => {
  it("a capitalised word mid-sentence that is no ordinary word", () => {
    expect(flagged("The rota was agreed with the staff side in Scarborough last year.")).toEqual([["Scarborough", "other"]]);
  });

  it("but not an ordinary word: on the lists, written in lower case too, or opening a sentence", () => {
    expect(flagged("The Trust and the Staff Side agreed. We changed Rostering rules, and rostering is fairer.")).toEqual([]);
    expect(flagged("Breakfast was free. Staff said breakfast helped.")).toEqual([]);
  });

  it("a sentence's first word when the text writes it as a name elsewhere", () => {
    expect(flagged("Immy ran the pilot. The team trusted Immy.")).toEqual([
      ["Immy", "other"],
      ["Immy", "other"],
    ]);
  });

  it("a word with a capital inside it, even opening a sentence", () => {
    expect(flagged("NeuroRehab took the first referrals.")).toEqual([["NeuroRehab", "other"]]);
  });

  it("initials after a small letter, wherever they stand (“the nVCC”)", () => {
    expect(flagged("Plans for the nVCC were agreed with the staff side.")).toEqual([["nVCC", "place"]]);
    expect(flagged("Staff use iPads and e-mail; the eRoster went live.")).toEqual([]);
  });

  it("nothing hidden, flagged or a national term already", () => {
    const text = "We met Scarborough colleagues.";
    expect(flagged(text, [over(text, "Scarborough")])).toEqual([]);
  });

  it("a hard line break inside a sentence opens nothing", () => {
    expect(flagged("Nights were covered by staff from\nHafod and the bank.")).toEqual([["Hafod", "other"]]);
    expect(flagged("Nights were covered.\nHafod staff joined later.")).toEqual([]);
  });

  it("“the” and a capitalised ordinary word used as a name, but not the entrant's words for itself", () => {
    expect(flagged("Nights at the District were short of porters.")).toEqual([["District", "place"]]);
    expect(flagged("Theatres at the Treatment Centre opened late.")).toEqual([["Treatment Centre", "place"]]);
    expect(flagged("It went to the Trust and then to the Forum.")).toEqual([]);
  });

  it("a body named by ordinary words", () => {
    expect(flagged("She moved here from Health and Care Trust colleagues in 2019.")).toEqual([["Health and Care Trust", "organisation"]]);
    expect(flagged("A paper went to NHS Trust boards.")).toEqual([]);
  });

  it("a word of letters and digits, but not a date, a time, an ordinal or a code", () => {
    expect(flagged("Staff from 2gether joined us.")).toEqual([["2gether", "other"]]);
    expect(flagged("From the 1st, 24-hour cover ran at 9am in Q3 for Covid-19 cases, staff 5 to 8a.")).toEqual([]);
  });

  it("a numbered ward with its site word", () => {
    expect(flagged("The manager on Ward C31 said so, and Ward 7 agreed.")).toEqual([
      ["Ward C31", "place"],
      ["Ward 7", "place"],
    ]);
  });

  it("a surname with an apostrophe, Mac or Mc, wherever it stands", () => {
    expect(flagged("O’Sullivan chaired it, and McAllister took notes.")).toEqual([
      ["O’Sullivan", "person"],
      ["McAllister", "person"],
    ]);
  });

  it("a word after “at” that the text also writes in lower case", () => {
    expect(flagged("The staff side at Combined agreed. Care is combined here.")).toEqual([["Combined", "place"]]);
  });

  it("widens a flag of a site's noun or a ward's code over the name before it", () => {
    const text = "Nights at the General Infirmary, and on Ward C31.";
    const got = netFlags(text, { ordinary, taken: [over(text, "Infirmary"), over(text, "C31")], flagged: [over(text, "Infirmary"), over(text, "C31")] });
    expect(got.map((f) => [text.slice(f.start, f.end), f.widens])).toEqual([
      ["General Infirmary", true],
      ["Ward C31", true],
    ]);
  });

  it("leaves headings in capitals, words in capitals for emphasis, handles and contractions to the rules before it", () => {
    expect(flagged("WHAT WE DID AT HOLLYBROOK\nWe are PROUD of it. I’m sure @Hollybrook knows.")).toEqual([]);
  });
});

describe("the redactor runs the last pass where its flags are final", () => {
  const subject: RedactionSubject = {
    organisation: { name: "Northmoor Valley NHS Foundation Trust", shortName: null, aliases: [], odsCode: null },
    people: [],
    identifyingTerms: [],
    extraTerms: [],
    otherOrganisations: [],
  };
  it("flags what no other rule did, with a key, and hides nothing", () => {
    const result = compileRedactor(subject)("Staff at the District and from 2gether met the Social Partnership Forum on Ward 7B.");
    expect(result.redactions).toEqual([]);
    expect(result.flags.map((f) => [f.matched, f.kind, f.key])).toEqual([
      ["District", "place", "district"],
      ["2gether", "other", "2gether"],
      ["Ward 7B", "place", "ward 7b"],
    ]);
  });
});
