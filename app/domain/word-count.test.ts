import { describe, expect, it } from "vitest";
import { countWords, overLimit } from "./word-count";

describe("counting words", () => {
  it("counts words between spaces and line breaks", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("   \n\t ")).toBe(0);
    expect(countWords("Staff and managers\nworked together.\r\n\r\nIt worked.")).toBe(7);
  });

  it("counts hyphenated words, numbers and words with apostrophes once", () => {
    expect(countWords("well-being staff-side co-produced")).toBe(3);
    expect(countWords("2026 3,000 15% £1.2m")).toBe(4);
    expect(countWords("the trust's policy didn't change")).toBe(5);
    expect(countWords("and/or")).toBe(1);
  });

  it("does not count punctuation, symbols or emoji on their own", () => {
    expect(countWords("partnership – not collaboration & not 🙂 —")).toBe(4);
  });

  it("counts words in any script", () => {
    expect(countWords("Gweithio mewn partneriaeth مرحبا بكم")).toBe(5);
  });

  it("says how far over a limit a text is", () => {
    expect(overLimit("one two three", 2)).toEqual({ over: 1 });
    expect(overLimit("one two", 2)).toBeNull();
    expect(overLimit("anything at all", null)).toBeNull();
  });
});
