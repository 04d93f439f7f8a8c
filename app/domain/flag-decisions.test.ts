// The secretariat's decisions on flags: one key per phrase however it is written, its context, and
// what is still to decide.
import { describe, expect, it } from "vitest";
import { flagContext, flagKey, flagsToDecide, hiddenKindOf, keyOfFlag, undecidedFlagKeys } from "./flag-decisions";
import { redactText, type RedactionSubject } from "./redaction";

const subject: RedactionSubject = {
  organisation: { name: "Northmoor Valley NHS Foundation Trust", shortName: null, aliases: [], odsCode: null },
  people: [],
  identifyingTerms: [],
  extraTerms: [],
  otherOrganisations: ["Barrow NHS Trust"],
};

const flag = (text: string, phrase: string, reason = "names another NHS organisation") => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, matched: phrase, reason, kind: "organisation" as const, key: flagKey(phrase) };
};

describe("a flag's key", () => {
  it("is the same phrase however it is cased, spaced or apostrophed", () => {
    expect(flagKey("  St Helen’s\n  Hospital ")).toBe("st helen hospital");
    expect(flagKey("ST HELEN'S HOSPITAL")).toBe(flagKey("St Helen‘s Hospital"));
    expect(flagKey("Eastbrook")).not.toBe(flagKey("Eastbrook Council"));
  });

  it("is the redactor's own key, possessive dropped, so a decision on one form holds for the other", () => {
    const text = "Staff at Zedbury Hospital and at Zedbury Hospital’s clinic, with Saint Zed’s & Barrow.";
    const flags = redactText(subject, text).flags;
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) expect(keyOfFlag(f)).toBe(flagKey(f.matched));
    expect(flagKey("Arrowe Park’s")).toBe(flagKey("arrowe park"));
    expect(flagKey("Saint Zed’s & Barrow")).toBe("st zed and barrow");
  });
});

describe("a flag's context", () => {
  it("shows the words around the phrase on one line, cut at a word", () => {
    const text = "We worked for two years with the staff side.\nThen we learned from Eastbrook Mental Health NHS Trust, whose rotas were fairer than ours by far.";
    const c = flagContext(text, flag(text, "Eastbrook Mental Health NHS Trust"), 30);
    expect(c.phrase).toBe("Eastbrook Mental Health NHS Trust");
    expect(c.before).toMatch(/^…/);
    expect(c.before).not.toContain("\n");
    expect(c.before.endsWith("learned from ")).toBe(true);
    expect(c.after.startsWith(", whose rotas")).toBe(true);
    expect(c.after).toMatch(/…$/);
  });
});

describe("the flags to decide", () => {
  it("lists each phrase once, undecided first, and counts only undecided keys as remaining", () => {
    const text = "Zedchester and Eastbrook Trust. Later, zedchester again, and Westfield Hospital.";
    const flags = [flag(text, "Zedchester", "headquarters town: Zedchester"), flag(text, "Eastbrook Trust"), { ...flag(text, "zedchester"), start: text.lastIndexOf("zedchester"), end: text.lastIndexOf("zedchester") + 10 }, flag(text, "Westfield Hospital")];
    const decisions = new Map([["eastbrook trust", "keep" as const]]);
    const list = flagsToDecide([{ field: "Summary", text, flags }], decisions);
    expect(list.map((f) => [f.key, f.decision, f.occurrences])).toEqual([
      ["zedchester", null, 2],
      ["westfield hospital", null, 1],
      ["eastbrook trust", "keep", 1],
    ]);
    expect(undecidedFlagKeys(flags, decisions)).toEqual(["zedchester", "westfield hospital"]);
    // A decided key stays decided when the text changes; a new phrase is undecided.
    const changed = "Eastbrook  trust once more, and Northam Ward.";
    expect(undecidedFlagKeys([flag(changed, "Eastbrook  trust"), flag(changed, "Northam Ward")], decisions)).toEqual(["northam ward"]);
  });

  it("hides a phrase as what it seems to be", () => {
    expect(hiddenKindOf({ kind: "person" })).toBe("person");
    expect(hiddenKindOf({ kind: "organisation" })).toBe("organisation");
    expect(hiddenKindOf({ kind: "place" })).toBe("place");
    expect(hiddenKindOf({ kind: "other" })).toBe("term");
  });
});
