import { describe, expect, it } from "vitest";
import { gaussian, mulberry32 } from "./random";

describe("mulberry32", () => {
  it("gives the same sequence for the same seed", () => {
    const random = mulberry32(1);
    expect([random(), random(), random(), random()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741]);
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 100; i++) expect(a()).toBe(b());
  });

  it("gives numbers in [0, 1)", () => {
    const random = mulberry32(7);
    for (let i = 0; i < 10_000; i++) {
      const x = random();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe("gaussian", () => {
  it("is deterministic for a seed and centred near 0", () => {
    const a = gaussian(mulberry32(3));
    const b = gaussian(mulberry32(3));
    let sum = 0;
    for (let i = 0; i < 5000; i++) {
      const x = a();
      expect(x).toBe(b());
      sum += x;
    }
    expect(Math.abs(sum / 5000)).toBeLessThan(0.1);
  });
});
