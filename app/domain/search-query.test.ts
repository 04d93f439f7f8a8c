import { describe, expect, it } from "vitest";
import { asciiPrefixRange, foldWord, ftsMatch, ftsQuery, markMatches, MATCH_END, MATCH_START, searchTerms, snippetAround, splitMatches, MAX_SEARCH_TERMS } from "./search-query";

describe("search queries", () => {
  it("take the words typed, each quoted as a prefix, so nothing is read as an operator", () => {
    expect(ftsQuery("just culture")).toBe('"just"* "culture"*');
    expect(ftsQuery('") OR * NEAR( title:x AND -y')).toBe('"or"* "near"* "title"* "x"* "and"* "y"*');
    expect(ftsQuery("St George's")).toBe('"st"* "george"* "s"*');
  });

  it("look for a number whole", () => {
    expect(ftsQuery("ward 4711")).toBe('"ward"* "4711"');
  });

  it("look for a word as the index's words that start with it, whole, or as FTS5's prefix", () => {
    expect(ftsMatch([{ anyOf: ["rota", "rotas"] }, { whole: "2019" }, { prefix: "ζω" }])).toBe('("rota" OR "rotas") AND "2019" AND "ζω"*');
    expect(ftsMatch([{ anyOf: ["rota"] }, { anyOf: ["union"] }], "any")).toBe('"rota" OR "union"');
    expect(ftsMatch([{ anyOf: [] }])).toBeNull();
  });

  it("give the range of the index's words that start with a word folded as ASCII, and none otherwise", () => {
    expect(asciiPrefixRange("Café")).toEqual({ from: "cafe", to: "caff" });
    expect(asciiPrefixRange("rotaz")).toEqual({ from: "rotaz", to: "rota{" });
    expect(asciiPrefixRange("ζω")).toBeNull();
    expect(asciiPrefixRange("łódź")).toBeNull();
  });

  it("can ask for any of the words instead of all of them", () => {
    expect(ftsQuery("just culture", "any")).toBe('"just"* OR "culture"*');
  });

  it("are empty when nothing searchable was typed", () => {
    expect(ftsQuery("")).toBeNull();
    expect(ftsQuery('"*()^:-')).toBeNull();
    expect(ftsQuery("<script></script>")).toBe('"script"*');
  });

  it("keep letters of any script and fold case", () => {
    expect(searchTerms("Zoë ŁÓDŹ مرحبا 2018")).toEqual(["zoë", "łódź", "مرحبا", "2018"]);
  });

  it("stay small whatever is typed: a few words, each of bounded length", () => {
    const terms = searchTerms("word ".repeat(5000) + "x".repeat(10_000));
    expect(terms).toEqual(["word"]);
    expect(searchTerms(Array.from({ length: 50 }, (_, i) => `w${i}`).join(" "))).toHaveLength(MAX_SEARCH_TERMS);
    expect(searchTerms("y".repeat(500))[0]).toHaveLength(40);
  });
});

describe("marked matches", () => {
  it("split into plain and matched parts", () => {
    expect(splitMatches(`a ${MATCH_START}just${MATCH_END} and ${MATCH_START}learning${MATCH_END}`)).toEqual([
      { text: "a ", match: false },
      { text: "just", match: true },
      { text: " and ", match: false },
      { text: "learning", match: true },
    ]);
  });

  it("keep markup as text, never as HTML", () => {
    expect(splitMatches(`<b>${MATCH_START}x${MATCH_END}</b>`)).toEqual([
      { text: "<b>", match: false },
      { text: "x", match: true },
      { text: "</b>", match: false },
    ]);
  });
});

describe("marking matches in text", () => {
  const S = MATCH_START;
  const E = MATCH_END;

  it("marks words that start with a term, whatever their case or accents", () => {
    expect(markMatches("The Café's rota, CAFES and cafeteria", ["cafe"])).toBe(`The ${S}Café${E}'s rota, ${S}CAFES${E} and ${S}cafeteria${E}`);
  });

  it("cuts a passage around the first match", () => {
    const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(" ") + " partnership " + "tail ".repeat(50);
    const snippet = snippetAround(text, ["partner"], 12)!;
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet).toContain(`${S}partnership${E}`);
    expect(snippetAround("nothing here", ["partner"])).toBeNull();
  });

  it("finds no match where a term is inside a word but starts none", () => {
    expect(snippetAround("An apartment, a departure and a counterpart.", ["part"])).toBeNull();
    expect(snippetAround("An apartment and a partner.", ["part"])).toBe(`An apartment and a ${S}partner${E}.`);
  });

  it("cuts the same passage as reading every word of the text would, wherever the match is", () => {
    // The passage as it was first defined: every word found, then the window around the first match.
    const wholeText = (text: string, terms: string[], words = 24) => {
      const folded = terms.map(foldWord);
      const found = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
      const first = found.findIndex((m) => folded.some((t) => foldWord(m[0]).startsWith(t)));
      if (first === -1) return null;
      const start = Math.max(0, first - Math.floor(words / 3));
      const end = Math.min(found.length, start + words);
      const to = end < found.length ? found[end - 1].index! + found[end - 1][0].length : text.length;
      const passage = text.slice(found[start].index!, to).replace(/\s+/g, " ");
      return `${start > 0 ? "…" : ""}${markMatches(passage, terms)}${end < found.length ? "…" : ""}`;
    };
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");
    for (const before of [0, 1, 7, 8, 9, 30]) {
      for (const after of [0, 1, 14, 15, 16, 40]) {
        for (const words of [24, 12, 3]) {
          // ASCII text (found without folding each word) and text with an accent (each word folded).
          for (const cafe of ["cafe", "café", "CAFE", "decafe"]) {
            const text = `${filler(before)} Fair-rota ${cafe}: ${filler(after)}.`.trim();
            for (const terms of [["cafe"], ["fair", "rota"], ["rota", "w1"], ["w", "zzz"], ["zzz"]]) {
              expect(snippetAround(text, terms, words), `${text} ${terms} ${words}`).toBe(wholeText(text, terms, words));
            }
          }
        }
      }
    }
  });
});
