// The reliability model (decisions 025 and 031): it finds a planted erratic judge, a planted lenient
// one and planted compressed and stretched ones,
// counts the erratic judge's sheets for less, gives the same numbers whatever the order of the sheets
// and on every run, and its chances of the top N add up to N.
import { describe, expect, it } from "vitest";
import { gaussian, mulberry32 } from "./random";
import { fitReliability, topNChances, type ReliabilitySheet } from "./reliability";

/** 36 entries, 9 judges, each entry scored by 3 judges in a rotating pattern; judge 4 erratic, judge 7 lenient. */
function plantedRound(seed: number) {
  const normal = gaussian(mulberry32(seed));
  const quality = Array.from({ length: 36 }, () => 55 + 12 * normal());
  const noise = (judgeId: number) => (judgeId === 4 ? 25 : 5);
  const leniency = (judgeId: number) => (judgeId === 7 ? 12 : 0);
  const sheets: ReliabilitySheet[] = [];
  quality.forEach((q, e) => {
    for (let k = 0; k < 3; k++) {
      const judgeId = ((e + k * 4) % 9) + 1;
      sheets.push({ entryId: 100 + e, judgeId, percent: Math.max(0, Math.min(100, q + leniency(judgeId) + noise(judgeId) * normal())) });
    }
  });
  return { sheets, quality };
}

/** 36 entries, 9 judges as above, each with noise 4; judge 5 compresses marks to half their range, judge 2 stretches them by 1.6. */
function scaledRound(seed: number) {
  const normal = gaussian(mulberry32(seed));
  const quality = Array.from({ length: 36 }, () => 55 + 12 * normal());
  const scale = (judgeId: number) => (judgeId === 5 ? 0.5 : judgeId === 2 ? 1.6 : 1);
  const sheets: ReliabilitySheet[] = [];
  quality.forEach((q, e) => {
    for (let k = 0; k < 3; k++) {
      const judgeId = ((e + k * 4) % 9) + 1;
      sheets.push({ entryId: 100 + e, judgeId, percent: Math.max(0, Math.min(100, 55 + scale(judgeId) * (q - 55) + 4 * normal())) });
    }
  });
  return { sheets, quality };
}

const shuffled = <T,>(items: readonly T[], seed: number) => {
  const random = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};

describe("the reliability model", () => {
  it("finds the erratic judge: the largest noise, and sheets that count for less", () => {
    for (const seed of [1, 2, 3]) {
      const fit = fitReliability(plantedRound(seed).sheets);
      const erratic = fit.judges.find((j) => j.judgeId === 4)!;
      const others = fit.judges.filter((j) => j.judgeId !== 4);
      for (const j of others) expect(erratic.noiseSd, `seed ${seed}, judge ${j.judgeId}`).toBeGreaterThan(j.noiseSd);
      expect(erratic.noiseSd).toBeGreaterThan(12);
      expect(erratic.weight).toBeLessThan(0.5);
      expect(Math.min(...others.map((j) => j.weight))).toBeGreaterThan(erratic.weight * 2);
    }
  });

  it("finds the lenient judge and takes most of the leniency out of their sheets", () => {
    const fit = fitReliability(plantedRound(1).sheets);
    const lenient = fit.judges.find((j) => j.judgeId === 7)!;
    expect(lenient.leniency).toBeGreaterThan(6);
    for (const j of fit.judges.filter((x) => x.judgeId !== 7)) expect(lenient.leniency).toBeGreaterThan(j.leniency);
    expect(lenient.adjustment).toBeLessThan(-6);
    expect(fit.leniencySd).toBeGreaterThan(0);
  });

  it("ranks the entries closer to the truth than the raw mean does when a judge is erratic", () => {
    let better = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { sheets, quality } = plantedRound(seed);
      const fit = fitReliability(sheets);
      const error = (score: (e: number) => number) => quality.reduce((sum, q, e) => sum + (score(e) - q) ** 2, 0);
      const raw = (e: number) => {
        const own = sheets.filter((s) => s.entryId === 100 + e);
        return own.reduce((sum, s) => sum + s.percent, 0) / own.length;
      };
      if (error((e) => fit.entries[e].percent) < error(raw)) better++;
    }
    expect(better).toBeGreaterThanOrEqual(5);
  });

  it("finds a planted compressed judge and a stretched one, and leaves the others' scales near 1", () => {
    for (const seed of [1, 2, 3]) {
      const { sheets } = scaledRound(seed);
      const fit = fitReliability(sheets, { scales: true });
      const scale = (id: number) => fit.judges.find((j) => j.judgeId === id)!.scale;
      expect(scale(5), `seed ${seed}`).toBeLessThan(0.75);
      expect(scale(2), `seed ${seed}`).toBeGreaterThan(1.25);
      for (const j of fit.judges.filter((x) => x.judgeId !== 2 && x.judgeId !== 5)) expect(Math.abs(j.scale - 1), `seed ${seed}, judge ${j.judgeId}`).toBeLessThan(0.3);
      expect(fit.scaleSd).toBeGreaterThan(0.1);
      // Without scales every judge is taken to mark on the same scale.
      expect(fitReliability(sheets, { scales: false }).judges.every((j) => j.scale === 1)).toBe(true);
    }
  });

  it("reads a stretched judge's marks back onto the round's scale, closer to the truth than without scales", () => {
    for (const seed of [1, 2, 3]) {
      const { sheets, quality } = scaledRound(seed);
      const error = (fit: ReturnType<typeof fitReliability>) =>
        sheets.reduce((sum, s, i) => (s.judgeId === 2 ? sum + (fit.normalised[i] - quality[s.entryId - 100]) ** 2 : sum), 0);
      expect(error(fitReliability(sheets, { scales: true })), `seed ${seed}`).toBeLessThan(0.5 * error(fitReliability(sheets, { scales: false })));
    }
  });

  it("hardly moves any scale when judges all mark on the same scale", () => {
    const fit = fitReliability(plantedRound(2).sheets);
    for (const j of fit.judges) expect(Math.abs(j.scale - 1), `judge ${j.judgeId}`).toBeLessThan(0.2);
  });

  it("with the harmonic noise centre, does not count careful judges as noisier because one judge is erratic", () => {
    for (const seed of [1, 2, 3]) {
      const fit = fitReliability(plantedRound(seed).sheets, { noiseCentre: "harmonic" });
      const careful = fit.judges.filter((j) => j.judgeId !== 4).map((j) => j.noiseSd);
      // The careful judges' noise is 5 points; the erratic judge's 25.
      expect(careful.reduce((a, b) => a + b, 0) / careful.length, `seed ${seed}`).toBeLessThan(7);
    }
  });

  it("gives the same numbers whatever order the sheets come in", () => {
    const { sheets } = plantedRound(4);
    const a = fitReliability(sheets);
    const mixed = shuffled(sheets, 99);
    const b = fitReliability(mixed);
    expect(b.entries).toEqual(a.entries);
    expect(b.judges).toEqual(a.judges);
    expect(b.qualitySd).toBe(a.qualitySd);
    // Each sheet's normalised value follows the sheet, wherever it is in the input.
    mixed.forEach((s, i) => expect(b.normalised[i]).toBe(a.normalised[sheets.indexOf(s)]));
    expect(topNChances(b, 4)).toEqual(topNChances(a, 4));
  });

  it("gives the same numbers on every run", () => {
    const { sheets } = plantedRound(5);
    const first = topNChances(fitReliability(sheets), 4);
    const second = topNChances(fitReliability(sheets), 4);
    expect([...second]).toEqual([...first]);
    expect(fitReliability(sheets).entries).toEqual(fitReliability(sheets).entries);
  });

  it("gives chances of the top N that add up to N, highest for the best-scored entries", () => {
    const fit = fitReliability(plantedRound(6).sheets);
    const chances = topNChances(fit, 4);
    const total = [...chances.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(4, 9);
    const best = [...fit.entries].sort((a, b) => b.percent - a.percent)[0];
    const worst = [...fit.entries].sort((a, b) => a.percent - b.percent)[0];
    // Within the Monte Carlo's own error of the highest (another entry may be as sure).
    expect(chances.get(best.entryId)!).toBeGreaterThan(Math.max(...chances.values()) - 0.005);
    expect(chances.get(worst.entryId)).toBe(0);
  });

  it("leaves a round with one judge as scored, and sure of its order", () => {
    const sheets = [
      { entryId: 1, judgeId: 1, percent: 20 },
      { entryId: 2, judgeId: 1, percent: 50 },
      { entryId: 3, judgeId: 1, percent: 85 },
    ];
    const fit = fitReliability(sheets);
    expect(fit.entries.map((e) => e.percent)).toEqual([20, 50, 85]);
    expect(fit.normalised).toEqual([20, 50, 85]);
    expect([...topNChances(fit, 1)]).toEqual([
      [1, 0],
      [2, 0],
      [3, 1],
    ]);
  });

  it("gives finite numbers for a round where every sheet is identical", () => {
    const sheets = [1, 2, 3, 4].flatMap((entryId) => [1, 2].map((judgeId) => ({ entryId, judgeId, percent: 60 })));
    const fit = fitReliability(sheets);
    for (const e of fit.entries) expect(e.percent).toBeCloseTo(60, 6);
    const chances = topNChances(fit, 2);
    expect([...chances.values()].every(Number.isFinite)).toBe(true);
  });
});
