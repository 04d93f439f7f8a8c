import { describe, expect, it } from "vitest";
import { descriptorsFromText, descriptorsToText } from "./criteria";

describe("anchored descriptors", () => {
  it("are read one per line as score: description, in score order", () => {
    expect(descriptorsFromText("8: Shared ownership throughout\n2: Informed after the event\n\n5 - Shaped parts of it", 0, 10)).toEqual({
      ok: true,
      descriptors: [
        { score: 2, text: "Informed after the event" },
        { score: 5, text: "Shaped parts of it" },
        { score: 8, text: "Shared ownership throughout" },
      ],
    });
  });

  it("round-trip through the text the form shows", () => {
    const descriptors = [{ score: 2, text: "a" }, { score: 9, text: "b: with a colon" }];
    expect(descriptorsFromText(descriptorsToText(descriptors), 0, 10)).toEqual({ ok: true, descriptors });
  });

  it("refuse scores off the scale, twice over, or lines without a score", () => {
    expect(descriptorsFromText("11: too high", 0, 10)).toMatchObject({ ok: false, problem: "Line 1: 11 is not on the scale of 0 to 10" });
    expect(descriptorsFromText("5: one\n5: two", 0, 10)).toMatchObject({ ok: false, problem: expect.stringContaining("described twice") });
    expect(descriptorsFromText("good work", 0, 10)).toMatchObject({ ok: false, problem: expect.stringContaining("Line 1 must be a score") });
    expect(descriptorsFromText("  ", 0, 10)).toMatchObject({ ok: false });
  });
});
