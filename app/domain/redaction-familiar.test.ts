import { describe, expect, it } from "vitest";
import { compileRedactor, type RedactionSubject } from "./redaction";
import { isFamiliarFormOf, nameSkeleton } from "./redaction-familiar";

function subjectWith(people: string[], places: string[] = []): RedactionSubject {
  return {
    organisation: { name: "Moorside Valley NHS Foundation Trust", shortName: null, aliases: [], odsCode: null },
    people,
    identifyingTerms: [],
    extraTerms: [],
    otherOrganisations: ["The Royal Marsden NHS Foundation Trust", "The Christie NHS Foundation Trust"],
    places,
  };
}

const redact = (people: string[], text: string, places: string[] = []) => compileRedactor(subjectWith(people, places))(text).text;

describe("familiar forms of a given name on record, with no quotes and no cue, are hidden", () => {
  it("Slavic diminutives: Zuzka for Zuzana, Krzysiek for Krzysztof, Bartek for Bartosz, Ewka for Ewa", () => {
    expect(redact(["Zuzana Horváthová"], "The rota was rewritten. Zuzka, as her team call her, led it.")).toBe(
      "The rota was rewritten. [person], as her team call her, led it.",
    );
    expect(redact(["Krzysztof Zieliński"], "> Krzysiek, I got the letter today. Thank you.")).toBe("> [person], I got the letter today. Thank you.");
    expect(redact(["Bartosz Wiśniewski"], "The porters trust Bartek with the keys.")).toBe("The porters trust [person] with the keys.");
    expect(redact(["Ewa Nowak"], "Ewka ran the first night shift.")).toBe("[person] ran the first night shift.");
  });

  it("spelling as heard: Krissy for Krzysztof", () => {
    expect(nameSkeleton("krzysztof")).toBe("kristof");
    expect(redact(["Krzysztof Zieliński"], "On the porters’ rota he is Krissy, and has been since his first week.")).toBe(
      "On the porters’ rota he is [person], and has been since his first week.",
    );
  });

  it("Punjabi short forms: Harps for Harpreet, Jassi for Jaswinder", () => {
    expect(redact(["Harpreet Kaur Dhillon"], "Her e-mails are signed Harps. The board agreed.")).toBe("Her e-mails are signed [person]. The board agreed.");
    expect(redact(["Jaswinder Singh Gill"], "The night team asked Jassi to stay on.")).toBe("The night team asked [person] to stay on.");
  });

  it("English -y, -ie, -s and doubled forms: Immy for Imran, Tobes for Tobias, Kenzie for Kenzo", () => {
    expect(redact(["Imran Hussain Chaudhry"], "Everyone on the ward asked Immy first.")).toBe("Everyone on the ward asked [person] first.");
    expect(redact(["Tobias Okafor"], "The rota was Tobes’s idea.")).toBe("The rota was [person]’s idea.");
    expect(isFamiliarFormOf("kenzie", "kenzo")).toBe(true);
  });

  it("a word of address before or after a first name is hidden with it: Auntie Marcia, Shahana Apa", () => {
    expect(redact(["Marcia Campbell-Reid"], "She has worked in Theatre 4 for years and is Auntie Marcia to the juniors.")).toBe(
      "She has worked in Theatre 4 for years and is [person] to the juniors.",
    );
    expect(redact(["Shahana Begum Rahman"], "She is “Shahana Apa” to half the domestics.")).toBe("She is “[person]” to half the domestics.");
  });

  it("leaves ordinary words, places of the register, sites' names and other bodies' nicknames alone", () => {
    // "Harpers" is written in lower case elsewhere; "Derby" is a town of the register; "the Christie" and
    // "the Marsden" are other trusts; "Marsden" has too long an ending to be a familiar form of Marcia.
    const text = "Derby sent nurses. The Christie helped, as did the Marsden and Marsden herself. Harpers know the harpers.";
    expect(redact(["Derek Mills", "Christopher Nowak", "Marcia Reid", "Harpreet Kaur"], text, ["Derby"])).toBe(text);
    // A word that opens like the name but is no familiar form of it.
    expect(isFamiliarFormOf("harrogate", "harpreet")).toBe(false);
    expect(isFamiliarFormOf("zuzana", "zuzana")).toBe(false);
  });
});
