import { describe, expect, it } from "vitest";
import { assignJudges, type Assignment, type AssignmentJudge, type Side } from "./assignment";
import { pairKey } from "./conflicts";
import { computeResults, topNOf } from "./results";
import { extraSheetsPercent, planSecondLook, suggestFromResults, suggestSecondLook } from "./second-look";

function pool(employer: number, staff: number, national: number): AssignmentJudge[] {
  const judges: AssignmentJudge[] = [];
  const add = (side: Side, n: number) => {
    for (let i = 0; i < n; i++) judges.push({ id: judges.length + 1, side });
  };
  add("employer", employer);
  add("staff_side", staff);
  add("national_body", national);
  return judges;
}

describe("suggestSecondLook", () => {
  const rows = Array.from({ length: 14 }, (_, i) => ({ entryId: 201 + i, rank: i + 1 }));

  it("suggests the entries ranked n − 1 to 2n + 2 when the results say nothing of doubt (3rd to 10th for 4 finalists)", () => {
    expect(suggestSecondLook(rows, 4)).toEqual([203, 204, 205, 206, 207, 208, 209, 210]);
    expect(suggestSecondLook(rows, 1)).toEqual([201, 202, 203, 204]);
  });

  it("uses the in-doubt list when the rows carry one, whatever the ranks", () => {
    const withDoubt = rows.map((r) => ({ ...r, inDoubt: r.entryId === 202 || r.entryId === 212 }));
    expect(suggestSecondLook(withDoubt, 4)).toEqual([202, 212]);
  });

  it("never suggests an entry without a rank, and keeps ties together in rank order", () => {
    expect(suggestSecondLook([{ entryId: 5, rank: null }, { entryId: 4, rank: 3 }, { entryId: 3, rank: 3 }, { entryId: 1, rank: 11 }], 4)).toEqual([3, 4]);
  });

  it("from the results, suggests exactly the in-doubt entries once the model gives chances (as the page and the simulation do)", () => {
    const criteria = [{ id: 1, title: "Partnership working", weight: 100, scale_min: 0, scale_max: 10 }];
    const sheets = Array.from({ length: 12 }, (_, e) =>
      [1, 2, 3].map((k) => ({ entryId: 301 + e, judgeId: ((e + k) % 6) + 1, side: (k % 2 ? "employer" : "staff_side") as "employer" | "staff_side", scores: { 1: Math.min(10, Math.round(e * 0.7 + ((e * k) % 3))) } })),
    ).flat();
    const results = computeResults(criteria, sheets, sheets.map((s) => s.entryId));
    const inDoubt = results.topN.inDoubt.map((d) => d.entryId).sort((a, b) => a - b);
    expect(inDoubt.length).toBeGreaterThan(0);
    expect([...suggestFromResults(results, 4, { budget: Infinity })].sort((a, b) => a - b)).toEqual(inDoubt);
    // Before any chances (no sheets compared), the ranks around the cut.
    const noChances = { ...results, topN: topNOf([], 4) };
    expect(suggestFromResults(noChances, 4, { budget: Infinity })).toEqual(suggestSecondLook(results.entries.map((e) => ({ entryId: e.entryId, rank: e.normalisedRank })), 4));
  });

  it("keeps within the sheet budget (15 % more sheets by default), the most uncertain entries first", () => {
    // 20 entries × 3 sheets = 60 sheets: 15 % is 9 sheets, so 4 entries at 2 extra sheets each.
    const entries = Array.from({ length: 20 }, (_, i) => ({ entryId: 401 + i, normalisedRank: i + 1, sheets: 3 }));
    const chances = [0.88, 0.52, 0.3, 0.45, 0.12, 0.61, 0.2, 0.75];
    const inDoubt = chances.map((chance, i) => ({ entryId: 403 + i, chance }));
    const results = { entries, topN: { inDoubt, likely: [{ entryId: 401, chance: 0.99 }] } } as unknown as Parameters<typeof suggestFromResults>[0];
    // Nearest 50 %: 404 (0.52), 406 (0.45), 408 (0.61), 405 (0.3); returned best ranked first.
    expect(suggestFromResults(results, 4)).toEqual([404, 405, 406, 408]);
    // Three extra sheets each: 9 ÷ 3 = 3 entries.
    expect(suggestFromResults(results, 4, { extra: 3 })).toEqual([404, 406, 408]);
    expect(suggestFromResults(results, 4, { budget: Infinity })).toHaveLength(8);
    // A round too small for the budget to pay for one entry still gets the most uncertain one.
    const tiny = { entries: entries.slice(0, 2).map((e) => ({ ...e, sheets: 1 })), topN: { inDoubt: [{ entryId: 401, chance: 0.3 }, { entryId: 402, chance: 0.55 }], likely: [] } } as unknown as Parameters<typeof suggestFromResults>[0];
    expect(suggestFromResults(tiny, 1)).toEqual([402]);
    // Before chances, the ranks nearest the cut (4.5 for four finalists): 4th and 5th, then 3rd and 6th.
    const noChances = { entries, topN: { inDoubt: [], likely: [] } } as unknown as Parameters<typeof suggestFromResults>[0];
    expect(suggestFromResults(noChances, 4)).toEqual([403, 404, 405, 406]);
  });

  it("gives the extra sheets as a share of those already assigned", () => {
    expect(extraSheetsPercent(16, 120)).toBeCloseTo(13.33, 2);
    expect(extraSheetsPercent(4, 0)).toBe(0);
  });
});

describe("planSecondLook", () => {
  // 6 + 6 judges, 40 entries, k = 3: 10 each; 16 more sheets, 8 per side, keep loads within one.
  const judges = pool(6, 6, 0);
  const entries = Array.from({ length: 40 }, (_, i) => ({ id: 101 + i }));
  const conflicts = new Set(["1:103", "6:104", "2:105"]);
  const first = assignJudges({ entries, judges, perEntry: 3, seed: 7, conflicts });
  if (!first.ok) throw new Error("the first round should assign");
  const existing: Assignment[] = first.assignments;
  const chosen = [103, 104, 105, 106, 107, 108, 109, 110];
  const plan = planSecondLook({ entries, judges, perEntry: 3, seed: 3, conflicts, existing }, chosen, 2);

  it("adds exactly the extra judges to each chosen entry and nothing elsewhere", () => {
    expect(plan.problems).toEqual([]);
    expect(plan.added).toHaveLength(16);
    for (const entryId of chosen) expect(plan.added.filter((a) => a.entryId === entryId), `entry ${entryId}`).toHaveLength(2);
  });

  it("never a conflict, never a judge already on the entry, and both sides among the new judges where loads allow", () => {
    const side = new Map(judges.map((j) => [j.id, j.side]));
    for (const a of plan.added) {
      expect(conflicts.has(pairKey(a.judgeId, a.entryId))).toBe(false);
      expect(existing.some((x) => x.judgeId === a.judgeId && x.entryId === a.entryId)).toBe(false);
    }
    for (const entryId of chosen) {
      const sides = plan.added.filter((a) => a.entryId === entryId).map((a) => side.get(a.judgeId));
      expect(sides.sort(), `entry ${entryId}`).toEqual(["employer", "staff_side"]);
    }
  });

  it("keeps loads within one of each other", () => {
    const loads = judges.map((j) => plan.loads.get(j.id) ?? 0);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it("gives up both sides among the new judges rather than unbalance the loads", () => {
    const withNational = pool(5, 5, 2);
    const round = assignJudges({ entries, judges: withNational, perEntry: 3, seed: 7, conflicts });
    if (!round.ok) throw new Error("the first round should assign");
    const second = planSecondLook({ entries, judges: withNational, perEntry: 3, seed: 3, conflicts, existing: round.assignments }, chosen, 2);
    expect(second.problems).toEqual([]);
    expect(second.added).toHaveLength(16);
    const loads = withNational.map((j) => second.loads.get(j.id) ?? 0);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it("refuses an entry whose judges are all taken or conflicted, naming it", () => {
    const small = pool(1, 1, 1);
    const few = [{ id: 301, label: "Entry AAAA" }];
    const on = small.map((j) => ({ judgeId: j.id, entryId: 301 }));
    const result = planSecondLook({ entries: few, judges: small, perEntry: 3, seed: 1, conflicts: new Set(), existing: on }, [301], 2);
    expect(result.added).toEqual([]);
    expect(result.overridable).toBe(false);
    expect(result.problems.map((p) => p.message).join(" ")).toContain("Entry AAAA");
  });
});
