import { describe, expect, it } from "vitest";
import { normaliseSheets, type NormalisationSheet } from "./normalisation";

const sheet = (entryId: number, judgeId: number, percent: number): NormalisationSheet => ({ entryId, judgeId, percent });

// Judge 1 and judge 2 both score entries 11, 12 and 13; judge 2 is lenient by exactly 20 points.
const offsetPair = [
  sheet(11, 1, 40),
  sheet(12, 1, 50),
  sheet(13, 1, 60),
  sheet(11, 2, 60),
  sheet(12, 2, 70),
  sheet(13, 2, 80),
];
const valueOf = (result: ReturnType<typeof normaliseSheets>, sheets: NormalisationSheet[], entryId: number, judgeId: number) =>
  result.normalised[sheets.findIndex((s) => s.entryId === entryId && s.judgeId === judgeId)];
const entryScore = (result: ReturnType<typeof normaliseSheets>, entryId: number) => result.entries.find((e) => e.entryId === entryId)?.percent;
const judge = (result: ReturnType<typeof normaliseSheets>, judgeId: number) => result.judges.find((j) => j.judgeId === judgeId)!;

describe("the additive model (the default)", () => {
  it("removes a lenient judge's offset entirely when not shrunk", () => {
    // By symmetry b_2 = −b_1 = d, and each q_e is the mean of the two raw sheets (50, 60, 70).
    // Judge 2's residuals x − q are +10 on each of 3 sheets; with k = 0, d = 30 / 3 = 10.
    // So judge 1's sheets become 40 + 10 = 50, 60, 70 and judge 2's 60 − 10 = 50, 60, 70: they agree.
    const result = normaliseSheets(offsetPair, { shrinkage: 0 });
    expect(result.normalised.map((x) => Math.round(x * 1e4) / 1e4)).toEqual([50, 60, 70, 50, 60, 70]);
    expect(judge(result, 1).adjustment).toBeCloseTo(10, 4);
    expect(judge(result, 2).adjustment).toBeCloseTo(-10, 4);
  });

  it("removes half of it with k = 3, because three sheets against a prior worth three", () => {
    // d = Σ residuals / (n_j + k) = 30 / (3 + 3) = 5: judge 1's sheets 45, 55, 65; judge 2's 55, 65, 75.
    const result = normaliseSheets(offsetPair, { shrinkage: 3 });
    expect(valueOf(result, offsetPair, 11, 1)).toBeCloseTo(45, 9);
    expect(valueOf(result, offsetPair, 11, 2)).toBeCloseTo(55, 9);
    expect(judge(result, 2).adjustment).toBeCloseTo(-5, 9);
  });

  it("leaves entries every judge scored where they were (only the sheets move)", () => {
    // Each entry's two corrections cancel: (45 + 55) / 2 = 50, and so on.
    const result = normaliseSheets(offsetPair);
    expect(entryScore(result, 11)).toBeCloseTo(50, 9);
    expect(entryScore(result, 12)).toBeCloseTo(60, 9);
    expect(entryScore(result, 13)).toBeCloseTo(70, 9);
  });

  // Judges 1 and 2 agree exactly on entries 1–3; judge 3 has a single sheet, 80 on entry 4, where
  // judge 1 gave 50. With a = b_1, b = b_2, c = b_3, the penalised normal equations (k = 3) are
  //   judge 1: 7a = 3(a + b)/2 − 15 + (a + c)/2
  //   judge 2: 6b = 3(a + b)/2            ⇒ b = a/3
  //   judge 3: 4c = 15 + (a + c)/2        and a + b + c = 0 ⇒ c = −4a/3
  // so −16a/3 = 15 − a/6, a = −90/31, b = −30/31, c = 120/31.
  const newcomer = [sheet(1, 1, 40), sheet(2, 1, 50), sheet(3, 1, 60), sheet(1, 2, 40), sheet(2, 2, 50), sheet(3, 2, 60), sheet(4, 1, 50), sheet(4, 3, 80)];

  it("barely moves a judge with one sheet", () => {
    const result = normaliseSheets(newcomer, { shrinkage: 3 });
    // 80 − 120/31 = 76.13: under 4 points, though the sheet is 30 above the other judge's.
    expect(valueOf(result, newcomer, 4, 3)).toBeCloseTo(80 - 120 / 31, 9);
    expect(valueOf(result, newcomer, 4, 1)).toBeCloseTo(50 + 90 / 31, 9);
    expect(entryScore(result, 4)).toBeCloseTo(65 - 15 / 31, 9);
  });

  it("would, unshrunk, force that one sheet onto the consensus (why shrinkage is needed)", () => {
    // k = 0: b = a and c = 30 + a with a + b + c = 0 ⇒ a = −10, c = 20: both sheets become 60.
    const result = normaliseSheets(newcomer, { shrinkage: 0 });
    expect(valueOf(result, newcomer, 4, 3)).toBeCloseTo(60, 4);
    expect(valueOf(result, newcomer, 4, 1)).toBeCloseTo(60, 4);
  });

  it("corrects a judge who happened to get strong entries only by how they differ from colleagues on them", () => {
    // Judge 1 scores only the two strong entries, in line with judge 2: nothing to correct.
    const sheets = [sheet(1, 1, 90), sheet(2, 1, 85), sheet(1, 2, 90), sheet(2, 2, 85), sheet(3, 2, 30), sheet(3, 3, 30), sheet(4, 3, 35), sheet(4, 2, 35)];
    const result = normaliseSheets(sheets);
    for (const j of result.judges) expect(j.adjustment).toBeCloseTo(0, 9);
    // The z-score method cannot see this: judge 1's mean (87.5) is far above the round's (60).
    expect(judge(normaliseSheets(sheets, { method: "zscore" }), 1).adjustment).toBeLessThan(-1);
  });
});

describe("the additive fit", () => {
  it("meets the model's equations exactly, even when judges are linked only through a long chain", () => {
    // Judges 0…29 in a ring, each entry scored by two neighbours: the slowest design to fit.
    // At the optimum q_e = mean(x − b) over e's sheets and b_j = Σ(x − q_e) / (n_j + k) over j's;
    // with nothing clipped, q_e is the entry's normalised score and b_j = −(judge's adjustment).
    const sheets: NormalisationSheet[] = [];
    for (let e = 0; e < 300; e++) {
      for (const j of [e % 30, (e + 1) % 30]) sheets.push(sheet(e, j, 30 + ((e * 37 + j * 11) % 40) + (j % 5)));
    }
    for (const k of [0, 3]) {
      const result = normaliseSheets(sheets, { shrinkage: k });
      const q = new Map(result.entries.map((e) => [e.entryId, e.percent]));
      const b = new Map(result.judges.map((j) => [j.judgeId, -j.adjustment]));
      for (const j of result.judges) {
        const residual = sheets.filter((s) => s.judgeId === j.judgeId).reduce((sum, s) => sum + s.percent - q.get(s.entryId)!, 0);
        expect(b.get(j.judgeId)! * (j.sheets + k)).toBeCloseTo(residual, 4);
      }
      for (const e of result.entries) {
        const mine = sheets.filter((s) => s.entryId === e.entryId);
        expect(e.percent).toBeCloseTo(mine.reduce((sum, s) => sum + s.percent - b.get(s.judgeId)!, 0) / mine.length, 9);
      }
      expect(result.judges.reduce((sum, j) => sum + j.adjustment, 0)).toBeCloseTo(0, 9);
      expect(result.iterations).toBeLessThanOrEqual(2 * 30 + 50);
    }
  });
});

describe("the z-score method", () => {
  it("removes the offset when not shrunk, by standardising each judge against their own scoring", () => {
    // All six sheets: M = 60, S² = (400 + 100 + 0 + 0 + 100 + 400) / 6 = 166.67.
    // Judge 1: m = 50, v = 200/3; judge 2: m = 70, same v. S / s_j = √(166.67 / 66.67) = √2.5.
    // 40 → 60 + √2.5 · (40 − 50) = 44.19; 50 → 60; 60 → 75.81. Judge 2's 60, 70, 80 map the same.
    const result = normaliseSheets(offsetPair, { method: "zscore", shrinkage: 0 });
    const stretch = Math.sqrt(2.5);
    const expected = [60 - 10 * stretch, 60, 60 + 10 * stretch];
    expected.forEach((x, i) => {
      expect(result.normalised[i]).toBeCloseTo(x, 9);
      expect(result.normalised[i + 3]).toBeCloseTo(x, 9);
    });
  });

  it("with k = 3 shrinks each judge's mean and variance halfway to the round's", () => {
    // m*_1 = (3·50 + 3·60)/6 = 55, v* = (3·66.67 + 3·166.67)/6 = 116.67.
    // 40 → 60 + 12.91 · (40 − 55)/10.80 = 42.07.
    const result = normaliseSheets(offsetPair, { method: "zscore", shrinkage: 3 });
    expect(result.normalised[0]).toBeCloseTo(60 + (Math.sqrt(1000 / 6) * (40 - 55)) / Math.sqrt(350 / 3), 9);
  });

  it("moves a one-sheet judge only part of the way: M + (√3/2)(x − M) with k = 3", () => {
    // m* = (x + 3M)/4 and v* = 3S²/4, so (x − m*)/s* = (√3/2)(x − M)/S.
    const sheets = [sheet(1, 1, 40), sheet(2, 1, 50), sheet(3, 1, 60), sheet(1, 2, 40), sheet(2, 2, 50), sheet(3, 2, 60), sheet(4, 1, 50), sheet(4, 3, 80)];
    const M = 430 / 8;
    const result = normaliseSheets(sheets, { method: "zscore" });
    expect(result.normalised[7]).toBeCloseTo(M + (Math.sqrt(3) / 2) * (80 - M), 9);
  });
});

describe("awkward rounds", () => {
  const methods = ["additive", "zscore"] as const;

  it.each(methods)("a judge whose every score is identical gives finite values (%s)", (method) => {
    const sheets = [sheet(1, 1, 70), sheet(2, 1, 70), sheet(3, 1, 70), sheet(1, 2, 40), sheet(2, 2, 60), sheet(3, 2, 90)];
    for (const k of [0, 3]) {
      const result = normaliseSheets(sheets, { method, shrinkage: k });
      for (const x of result.normalised) {
        expect(Number.isFinite(x)).toBe(true);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(100);
      }
    }
  });

  it("a constant judge with no shrinkage is put at the round's mean by the z-score (nothing to standardise)", () => {
    const sheets = [sheet(1, 1, 70), sheet(2, 1, 70), sheet(1, 2, 40), sheet(2, 2, 60)];
    const result = normaliseSheets(sheets, { method: "zscore", shrinkage: 0 });
    expect(result.normalised[0]).toBeCloseTo(60, 9);
    expect(result.normalised[1]).toBeCloseTo(60, 9);
  });

  it.each(methods)("a round with one judge is left exactly as scored (%s)", (method) => {
    const sheets = [sheet(1, 1, 30), sheet(2, 1, 55), sheet(3, 1, 90)];
    const result = normaliseSheets(sheets, { method });
    expect(result.normalised[0]).toBeCloseTo(30, 9);
    expect(result.normalised[1]).toBeCloseTo(55, 9);
    expect(result.normalised[2]).toBeCloseTo(90, 9);
    expect(result.judges[0].adjustment).toBeCloseTo(0, 9);
  });

  it.each(methods)("a round where every sheet is identical stays identical (%s)", (method) => {
    const sheets = [sheet(1, 1, 60), sheet(2, 1, 60), sheet(1, 2, 60), sheet(2, 3, 60)];
    for (const k of [0, 3]) {
      const result = normaliseSheets(sheets, { method, shrinkage: k });
      for (const x of result.normalised) expect(x).toBeCloseTo(60, 9);
      expect(result.globalSd).toBe(0);
    }
  });

  it("an empty round gives empty results", () => {
    const result = normaliseSheets([]);
    expect(result.normalised).toEqual([]);
    expect(result.entries).toEqual([]);
    expect(result.judges).toEqual([]);
  });

  it("clips normalised values to 0–100", () => {
    // Judge 2 is 30 points harsher on shared entries; its 95 would be corrected above 100.
    const sheets = [sheet(1, 1, 60), sheet(2, 1, 50), sheet(1, 2, 30), sheet(2, 2, 20), sheet(3, 2, 95)];
    const result = normaliseSheets(sheets, { shrinkage: 0 });
    expect(Math.max(...result.normalised)).toBe(100);
  });

  it.each(methods)("gives the same numbers whatever order the sheets come in (%s)", (method) => {
    const sheets = [sheet(1, 1, 33.3), sheet(2, 1, 66.7), sheet(3, 2, 12.5), sheet(1, 2, 41), sheet(2, 3, 77), sheet(3, 3, 58), sheet(1, 3, 20.1)];
    const a = normaliseSheets(sheets, { method });
    const reversed = [...sheets].reverse();
    const b = normaliseSheets(reversed, { method });
    expect(b.entries).toEqual(a.entries);
    expect(b.judges).toEqual(a.judges);
    expect([...b.normalised].reverse()).toEqual(a.normalised);
  });

  it("refuses a negative shrinkage or an unknown method", () => {
    expect(() => normaliseSheets(offsetPair, { shrinkage: -1 })).toThrow(/Shrinkage/);
    expect(() => normaliseSheets(offsetPair, { method: "magic" as never })).toThrow(/Unknown/);
  });
});
