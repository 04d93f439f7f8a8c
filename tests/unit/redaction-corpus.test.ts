// The redaction corpus (scripts/bench/redaction-corpus) is well formed: every annotation's span lies
// in its entry and holds the annotated phrase, kinds are known, entries are 400–1,500 words, and each
// organisation is in etr.csv. Not a test of the redactor's recall: the benchmark prints that.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../scripts/bench/redaction-corpus/corpus";
import { MARK_KINDS, STRONG_KINDS, stripMarkup } from "../../scripts/bench/redaction-corpus/markup";
import { REGISTER_BODIES } from "../../scripts/seed/register-bodies";
import { etrRegister, scoreCorpus, significantRanges, subjectFor } from "../../scripts/bench/redaction-corpus/score";

const corpus = loadCorpus();
const codes = new Set([...etrRegister(), ...REGISTER_BODIES].map((r) => r.odsCode));

describe("the redaction corpus", () => {
  it("has at least 40 entries, for distinct organisations, with distinct ids and styles", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
    expect(new Set(corpus.map((e) => e.style)).size).toBe(corpus.length);
    expect(new Set(corpus.map((e) => e.odsCode)).size).toBe(corpus.length);
  });

  it("has long entries as well as short ones", () => {
    expect(corpus.filter((e) => e.words >= 1000).length).toBeGreaterThanOrEqual(5);
    expect(corpus.filter((e) => e.words < 600).length).toBeGreaterThanOrEqual(5);
  });

  it.each(corpus.map((e) => [e.id, e] as const))("%s is well formed", (_id, entry) => {
    expect(codes.has(entry.odsCode)).toBe(true);
    expect(entry.words).toBeGreaterThanOrEqual(400);
    expect(entry.words).toBeLessThanOrEqual(1500);
    expect(entry.text).not.toMatch(/\[\[|\]\]/);
    expect(entry.people.length).toBeGreaterThan(0);
    let previousEnd = 0;
    for (const a of entry.annotations) {
      expect(MARK_KINDS).toContain(a.kind);
      expect(a.start).toBeGreaterThanOrEqual(previousEnd);
      expect(a.end).toBeLessThanOrEqual(entry.text.length);
      expect(entry.text.slice(a.start, a.end)).toBe(a.text);
      expect(a.text.trim()).toBe(a.text);
      previousEnd = a.end;
    }
    expect(entry.annotations.some((a) => a.kind === "full")).toBe(true);
    expect(entry.annotations.some((a) => a.kind === "decoy")).toBe(true);
    expect(entry.annotations.filter((a) => a.kind !== "decoy" && STRONG_KINDS.has(a.kind)).length).toBeGreaterThan(3);
  });

  it("builds every entry's subject from the register", () => {
    for (const entry of corpus) {
      const subject = subjectFor(entry);
      expect(subject.organisation.odsCode).toBe(entry.odsCode);
      expect(subject.otherOrganisations.length).toBeGreaterThan(100);
    }
  });

  it("strips marks into spans and refuses unknown kinds", () => {
    expect(stripMarkup("At [[short:Mersey Care]], [[decoy:UNISON]] reps")).toEqual({
      text: "At Mersey Care, UNISON reps",
      annotations: [
        { start: 3, end: 14, kind: "short", text: "Mersey Care" },
        { start: 16, end: 22, kind: "decoy", text: "UNISON" },
      ],
    });
    expect(() => stripMarkup("[[hospital:Arrowe Park]]")).toThrow(/unknown mark kind/);
  });

  it("leaves generic words out of what must be hidden", () => {
    const text = "at Chase Farm Hospital today";
    expect(significantRanges(text, 3, 22).map((r) => text.slice(r.start, r.end))).toEqual(["Chase", "Farm"]);
    expect(significantRanges("the Hospital", 0, 12).map((r) => r.end - r.start)).toEqual([3, 8]);
  });

  it("scores a redactor that hides everything and one that hides nothing at the extremes", () => {
    const all = scoreCorpus(corpus, () => (text) => ({ text: "", redactions: [{ start: 0, end: text.length, kind: "term", matched: text, source: "all" }], flags: [] }));
    expect(all.strongHidden).toBe(all.strong);
    expect(all.decoysHidden).toBe(all.decoys);
    const none = scoreCorpus(corpus, () => (text) => ({ text, redactions: [], flags: [] }));
    expect(none.hidden).toBe(0);
    expect(none.entriesWithStrongUnflagged).toBe(corpus.length);
  });
});
