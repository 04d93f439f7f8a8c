import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assignJudges,
  checkAssignments,
  checkMove,
  replacementJudge,
  type Assignment,
  type AssignmentInput,
  type AssignmentJudge,
  type Problem,
  type Side,
} from "./assignment";
import { pairKey } from "./conflicts";
import { mulberry32 } from "./random";

// --- helpers ------------------------------------------------------------------------------------

/** Judges numbered from 1: employer side first, then staff side, then national bodies. */
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

function entryList(n: number, first = 101) {
  return Array.from({ length: n }, (_, i) => ({ id: first + i }));
}

function input(partial: Partial<AssignmentInput> & Pick<AssignmentInput, "entries" | "judges">): AssignmentInput {
  return { perEntry: 3, seed: 1, conflicts: new Set(), ...partial };
}

function ok(result: ReturnType<typeof assignJudges>) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems)}`);
  return result;
}

function loadsOf(assignments: Assignment[]) {
  const loads = new Map<number, number>();
  for (const a of assignments) loads.set(a.judgeId, (loads.get(a.judgeId) ?? 0) + 1);
  return loads;
}

function blocked(inp: AssignmentInput, judgeId: number, entryId: number) {
  const key = pairKey(judgeId, entryId);
  return inp.conflicts.has(key) || (inp.excluded?.has(key) ?? false);
}

/**
 * The rules, written again independently of the module, so the property tests do not just trust
 * checkAssignments. Returns the rules broken, as short strings.
 */
function independentViolations(inp: AssignmentInput, assignments: Assignment[]): string[] {
  const out: string[] = [];
  const judges = new Map(inp.judges.map((j) => [j.id, j]));
  const keys = new Set<string>();
  for (const a of assignments) {
    const key = pairKey(a.judgeId, a.entryId);
    if (keys.has(key)) out.push(`duplicate ${key}`);
    keys.add(key);
    if (inp.conflicts.has(key)) out.push(`conflict ${key}`);
    if (inp.excluded?.has(key)) out.push(`excluded ${key}`);
    if (!judges.has(a.judgeId)) out.push(`unknown judge ${a.judgeId}`);
    const isExisting = (inp.existing ?? []).some((x) => x.judgeId === a.judgeId && x.entryId === a.entryId);
    if (judges.get(a.judgeId)?.available === false && !isExisting) out.push(`unavailable ${key}`);
  }
  for (const entry of inp.entries) {
    const on = assignments.filter((a) => a.entryId === entry.id).map((a) => judges.get(a.judgeId)!);
    if (new Set(on.map((j) => j.id)).size !== inp.perEntry) out.push(`entry ${entry.id} has ${on.length}`);
    if (!on.some((j) => j.side === "employer")) out.push(`entry ${entry.id} no employer`);
    if (!on.some((j) => j.side === "staff_side")) out.push(`entry ${entry.id} no staff`);
  }
  const loads = loadsOf(assignments);
  const available = inp.judges.filter((j) => j.available !== false);
  const max = Math.max(0, ...available.map((j) => loads.get(j.id) ?? 0));
  for (const j of available) {
    const load = loads.get(j.id) ?? 0;
    const canJudge = inp.entries.filter((e) => !blocked(inp, j.id, e.id)).length;
    // Within one of the busiest, unless already on every entry the judge could judge.
    if (load < max - 1 && load < canJudge) out.push(`judge ${j.id} load ${load} vs max ${max}`);
  }
  for (const x of inp.existing ?? []) {
    if (!keys.has(pairKey(x.judgeId, x.entryId))) out.push(`existing ${pairKey(x.judgeId, x.entryId)} dropped`);
  }
  return out;
}

/** Busiest minus least busy among available judges who could take more, counted independently. */
function independentSpread(inp: AssignmentInput, assignments: Assignment[]): number {
  const loads = loadsOf(assignments);
  const available = inp.judges.filter((j) => j.available !== false);
  const max = Math.max(0, ...available.map((j) => loads.get(j.id) ?? 0));
  const open = available.filter((j) => (loads.get(j.id) ?? 0) < inp.entries.filter((e) => !blocked(inp, j.id, e.id)).length);
  return max - Math.min(max, ...open.map((j) => loads.get(j.id) ?? 0));
}

/** Every valid complete assignment exists or not, by exhaustive search (tiny pools only). */
function bruteForceFeasible(inp: AssignmentInput): boolean {
  const k = inp.perEntry;
  const existing = inp.existing ?? [];
  const choices: Assignment[][][] = [];
  for (const entry of inp.entries) {
    const fixed = existing.filter((a) => a.entryId === entry.id);
    const free = inp.judges.filter(
      (j) => j.available !== false && !blocked(inp, j.id, entry.id) && !fixed.some((a) => a.judgeId === j.id),
    );
    const need = k - fixed.length;
    const options: Assignment[][] = [];
    const pick = (start: number, chosen: AssignmentJudge[]) => {
      if (chosen.length === need) {
        const all = [...fixed, ...chosen.map((j) => ({ judgeId: j.id, entryId: entry.id }))];
        const sides = all.map((a) => inp.judges.find((j) => j.id === a.judgeId)!.side);
        if (sides.includes("employer") && sides.includes("staff_side")) options.push(all);
        return;
      }
      for (let i = start; i < free.length; i++) pick(i + 1, [...chosen, free[i]]);
    };
    if (need >= 0) pick(0, []);
    if (options.length === 0) return false;
    choices.push(options);
  }
  const search = (i: number, acc: Assignment[]): boolean => {
    if (i === choices.length) return independentViolations(inp, acc).length === 0;
    return choices[i].some((option) => search(i + 1, [...acc, ...option]));
  };
  return search(0, []);
}

/** Checks that what a problem claims is really so. */
function claimHolds(inp: AssignmentInput, problem: Problem): boolean {
  const k = inp.perEntry;
  const available = inp.judges.filter((j) => j.available !== false);
  if (problem.code === "invalid_input") return !Number.isInteger(k) || k < 2;
  if (problem.code === "load_unbalanced") return true; // checked against brute force on tiny pools
  if (problem.code === "too_few_judges" && problem.entryId === undefined) return available.length < k;
  const entryId = problem.entryId!;
  const fixed = (inp.existing ?? []).filter((a) => a.entryId === entryId);
  const fixedSides = fixed.map((a) => inp.judges.find((j) => j.id === a.judgeId)!.side);
  const usable = available.filter((j) => !blocked(inp, j.id, entryId) && !fixed.some((a) => a.judgeId === j.id));
  switch (problem.code) {
    case "too_few_judges":
      return usable.length < k - fixed.length;
    case "too_many_judges":
      return fixed.length > k;
    case "no_employer_side":
      return !fixedSides.includes("employer") && !usable.some((j) => j.side === "employer");
    case "no_staff_side":
      return !fixedSides.includes("staff_side") && !usable.some((j) => j.side === "staff_side");
    case "no_room_for_sides":
      return (fixedSides.includes("employer") ? 0 : 1) + (fixedSides.includes("staff_side") ? 0 : 1) > k - fixed.length;
    default:
      return false;
  }
}

function coJudges(assignments: Assignment[]): Map<number, Set<number>> {
  const byEntry = new Map<number, number[]>();
  for (const a of assignments) byEntry.set(a.entryId, [...(byEntry.get(a.entryId) ?? []), a.judgeId]);
  const co = new Map<number, Set<number>>();
  for (const judges of byEntry.values()) {
    for (const x of judges) {
      for (const y of judges) {
        if (x === y) continue;
        if (!co.has(x)) co.set(x, new Set());
        co.get(x)!.add(y);
      }
    }
  }
  return co;
}

// --- hand examples ------------------------------------------------------------------------------

describe("assignJudges: hand examples", () => {
  it("gives a small pool k distinct judges per entry, both sides, equal loads", () => {
    const inp = input({ entries: entryList(6), judges: pool(2, 2, 2) });
    const result = ok(assignJudges(inp));
    expect(result.assignments).toHaveLength(18);
    expect(independentViolations(inp, result.assignments)).toEqual([]);
    expect(checkAssignments(inp, result.assignments)).toEqual([]);
    expect([...result.loads.values()]).toEqual([3, 3, 3, 3, 3, 3]);
    expect(result.stats).toMatchObject({ minLoad: 3, maxLoad: 3, connected: true });
  });

  it("keeps loads within one when the places do not divide evenly", () => {
    const inp = input({ entries: entryList(7), judges: pool(3, 3, 2) }); // 21 places over 8 judges
    const result = ok(assignJudges(inp));
    const loads = [...result.loads.values()];
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(loads.reduce((a, b) => a + b)).toBe(21);
    expect(result.stats.maxLoad - result.stats.minLoad).toBe(1);
  });

  it("never assigns a conflicted pair", () => {
    const conflicts = new Set(["1:101", "3:101", "1:102", "2:103", "4:104", "5:105"]);
    const inp = input({ entries: entryList(6), judges: pool(2, 2, 2), conflicts });
    const result = ok(assignJudges(inp));
    for (const a of result.assignments) expect(conflicts.has(pairKey(a.judgeId, a.entryId))).toBe(false);
    expect(independentViolations(inp, result.assignments)).toEqual([]);
  });

  it("uses the one staff-side judge free of conflicts where the others are conflicted", () => {
    // Staff side are judges 3, 4, 5; only 5 may judge entry 101.
    const inp = input({ entries: entryList(5), judges: pool(2, 3, 1), conflicts: new Set(["3:101", "4:101"]) });
    const result = ok(assignJudges(inp));
    const staffOn101 = result.assignments.filter((a) => a.entryId === 101 && [3, 4, 5].includes(a.judgeId));
    expect(staffOn101).toEqual([{ judgeId: 5, entryId: 101 }]);
  });

  it("is deterministic for a seed, and other seeds give other designs", () => {
    const make = (seed: number) => input({ entries: entryList(30), judges: pool(4, 4, 3), seed, conflicts: new Set(["1:101", "6:110"]) });
    const first = ok(assignJudges(make(7)));
    expect(ok(assignJudges(make(7))).assignments).toEqual(first.assignments);
    const others = [8, 9, 10, 11].map((seed) => JSON.stringify(ok(assignJudges(make(seed))).assignments));
    expect(others.some((o) => o !== JSON.stringify(first.assignments))).toBe(true);
  });

  it("keeps existing assignments, counts them towards loads and fills around them", () => {
    const existing = [
      { judgeId: 1, entryId: 101 },
      { judgeId: 3, entryId: 101 },
      { judgeId: 1, entryId: 102 },
    ];
    const inp = input({ entries: entryList(6), judges: pool(2, 2, 2), existing });
    const result = ok(assignJudges(inp));
    for (const a of existing) expect(result.assignments).toContainEqual(a);
    expect(result.assignments.filter((a) => a.entryId === 101)).toHaveLength(3);
    expect(independentViolations(inp, result.assignments)).toEqual([]);
    expect(result.loads.get(1)).toBe(3);
  });

  it("keeps an unavailable judge's existing work but gives them nothing new", () => {
    const judges = pool(2, 2, 2).map((j) => (j.id === 6 ? { ...j, available: false } : j));
    const existing = [{ judgeId: 6, entryId: 101 }];
    const inp = input({ entries: entryList(6), judges, existing });
    const result = ok(assignJudges(inp));
    expect(result.assignments.filter((a) => a.judgeId === 6)).toEqual(existing);
    expect(independentViolations(inp, result.assignments)).toEqual([]);
  });

  it("never reuses an excluded (recused) pair", () => {
    const excluded = new Set(["1:101", "2:102", "3:103"]);
    const inp = input({ entries: entryList(8), judges: pool(3, 3, 1), excluded });
    const result = ok(assignJudges(inp));
    for (const a of result.assignments) expect(excluded.has(pairKey(a.judgeId, a.entryId))).toBe(false);
  });

  it("treats a judge conflicted with every entry as load 0 without breaking balance", () => {
    const entries = entryList(6);
    const conflicts = new Set(entries.map((e) => pairKey(7, e.id)));
    const inp = input({ entries, judges: pool(2, 2, 3), conflicts });
    const result = ok(assignJudges(inp));
    expect(result.loads.get(7)).toBe(0);
    expect(result.stats.maxLoad - result.stats.minLoad).toBeLessThanOrEqual(1);
  });

  it("handles no entries", () => {
    const result = ok(assignJudges(input({ entries: [], judges: pool(1, 1, 0) })));
    expect(result.assignments).toEqual([]);
  });
});

describe("assignJudges: explains what cannot be done", () => {
  it("reports every entry when there are no staff-side judges", () => {
    const result = assignJudges(input({ entries: entryList(3), judges: pool(3, 0, 3) }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.entryId])).toEqual([
      ["no_staff_side", 101],
      ["no_staff_side", 102],
      ["no_staff_side", 103],
    ]);
    expect(result.problems[0].message).toBe("Entry 101 has no staff-side judge free to judge it: there are no staff-side judges.");
  });

  it("names the one entry whose staff-side judges are all conflicted, and still fills the others", () => {
    const conflicts = new Set(["4:102", "5:102", "6:102"]);
    const inp = input({ entries: entryList(4), judges: pool(3, 3, 0), conflicts });
    const result = assignJudges(inp);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        entryId: 102,
        code: "no_staff_side",
        message: "Entry 102 has no staff-side judge free to judge it: all 3 staff-side judges have a conflict of interest.",
      },
    ]);
    expect(result.partial.filter((a) => a.entryId === 102)).toEqual([]);
    for (const id of [101, 103, 104]) expect(result.partial.filter((a) => a.entryId === id)).toHaveLength(3);
  });

  it("gives the breakdown when reasons differ", () => {
    const judges = pool(2, 3, 0).map((j) => (j.id === 5 ? { ...j, available: false } : j));
    const result = assignJudges(input({ entries: entryList(2), judges, perEntry: 2, conflicts: new Set(["3:101"]), excluded: new Set(["4:101"]) }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toBe(
      "Entry 101 has no staff-side judge free to judge it: of the 3 staff-side judges, 1 has a conflict of interest, 1 has recused from it and 1 is unavailable.",
    );
  });

  it("says so once when perEntry is more than the judges there are", () => {
    const result = assignJudges(input({ entries: entryList(5), judges: pool(1, 1, 1), perEntry: 4 }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ code: "too_few_judges", message: "Each entry needs 4 judges but only 3 judges are available." }]);
  });

  it("says which entry has too few judges free of conflicts", () => {
    const inp = input({ entries: entryList(3), judges: pool(2, 2, 0), conflicts: new Set(["2:103", "4:103"]) });
    const result = assignJudges(inp);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        entryId: 103,
        code: "too_few_judges",
        message: "Entry 103 needs 3 judges but only 2 are free to judge it: of the 4 judges, 2 have a conflict of interest and 2 are free.",
      },
    ]);
  });

  it("refuses a perEntry below 2, which cannot hold both sides", () => {
    const result = assignJudges(input({ entries: entryList(2), judges: pool(2, 2, 0), perEntry: 1 }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].code).toBe("invalid_input");
  });

  it("reports load_unbalanced, with the closest spread, rather than returning an unbalanced ok", () => {
    // k = 2 and both sides are required, so the national-body judge can never be used while the
    // employer-side and staff-side judges take every entry.
    const inp = input({ entries: entryList(3), judges: pool(1, 1, 1), perEntry: 2 });
    const result = assignJudges(inp);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].code).toBe("load_unbalanced");
    expect(result.problems[0].message).toBe(
      "Judges' loads cannot all be kept within one of each other, so this assignment bends that rule, and only that one: no judge " +
        "is given an entry they have a conflict of interest with, and every entry keeps an employer-side and a staff-side judge. " +
        "Why: with 2 judges per entry, each entry takes one employer-side " +
        "and one staff-side judge, so national-body judges can never be used. Raise the judges per entry or mark the " +
        "national-body judges unavailable. The most even split possible is proposed: the 1 employer-side judge has 3 entries, " +
        "the 1 staff-side judge 3 and the 1 national-body judge 0; the busiest judge has 3 entries and the least busy judge who " +
        "could take more has 0. An administrator can confirm it with a reason.",
    );
    expect(result.overridable).toBe(true);
    expect(result.partial).toHaveLength(6);
    expect(bruteForceFeasible(inp)).toBe(false);
  });

  it("says when one side has too few judges to share the load", () => {
    const inp = input({ entries: entryList(12), judges: pool(4, 1, 4) });
    const result = assignJudges(inp);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toEqual(["load_unbalanced"]);
    expect(result.problems[0].message).toMatch(
      /there is only 1 staff-side judge for the 12 entries that need one, so that judge takes at least 12 \(12\.0 each on average\), while the other 8 judges share at most 24 \(3\.0 each\)\./,
    );
  });

  it("reports a conflicted existing assignment instead of keeping it", () => {
    const inp = input({
      entries: entryList(2),
      judges: pool(2, 2, 2),
      conflicts: new Set(["1:101"]),
      existing: [{ judgeId: 1, entryId: 101 }],
    });
    const result = assignJudges(inp);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code)).toEqual(["conflict"]);
  });

  it("reports an entry already full without a staff-side judge", () => {
    const existing = [1, 2, 5].map((judgeId) => ({ judgeId, entryId: 101 }));
    const result = assignJudges(input({ entries: entryList(2), judges: pool(2, 2, 2), existing }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        entryId: 101,
        code: "no_room_for_sides",
        message: "Entry 101 already has 3 judges and no places left, but still needs a staff-side judge.",
      },
    ]);
  });
});

// --- property tests -----------------------------------------------------------------------------

type Pool = { inp: AssignmentInput; label: string };

function randomPool(caseSeed: number, limits: { maxEntries: number; minJudges: number; maxJudges: number }): Pool {
  const random = mulberry32(caseSeed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const sides: Side[] = ["employer", "staff_side", "national_body"];
  const judgeCount = int(limits.minJudges, limits.maxJudges);
  const judges: AssignmentJudge[] = Array.from({ length: judgeCount }, (_, i) => ({
    id: i + 1,
    side: sides[int(0, 2)],
    ...(random() < 0.1 ? { available: false } : {}),
  }));
  const entries = entryList(int(0, limits.maxEntries));
  const conflictRate = random() < 0.25 ? 0 : random() * 0.4;
  const conflicts = new Set<string>();
  const excluded = new Set<string>();
  const withExcluded = random() < 0.3;
  for (const j of judges) {
    for (const e of entries) {
      if (random() < conflictRate) conflicts.add(pairKey(j.id, e.id));
      else if (withExcluded && random() < 0.05) excluded.add(pairKey(j.id, e.id));
    }
  }
  const perEntry = int(2, 4);
  const existing: Assignment[] = [];
  if (random() < 0.3) {
    for (const e of entries) {
      if (random() < 0.3) {
        const j = judges[int(0, judges.length - 1)];
        if (!conflicts.has(pairKey(j.id, e.id)) && !excluded.has(pairKey(j.id, e.id))) existing.push({ judgeId: j.id, entryId: e.id });
      }
    }
  }
  const inp: AssignmentInput = { entries, judges, perEntry, seed: int(0, 2 ** 31), conflicts, excluded, existing };
  return { inp, label: `case ${caseSeed}: ${judgeCount} judges, ${entries.length} entries, k=${perEntry}, conflicts ${(conflictRate * 100).toFixed(0)}%` };
}

function checkOutcome({ inp, label }: Pool) {
  const result = assignJudges(inp);
  if (result.ok && result.stats.unevenBefore) {
    // A top-up over loads already apart: every other rule holds, and the gap does not widen.
    const notLoad = (v: string) => !/ load /.test(v);
    expect(independentViolations(inp, result.assignments).filter(notLoad), label).toEqual([]);
    expect(result.stats.maxLoad - result.stats.minLoad, label).toBeLessThanOrEqual(independentSpread(inp, inp.existing ?? []));
  } else if (result.ok) {
    expect(checkAssignments(inp, result.assignments), label).toEqual([]);
    expect(independentViolations(inp, result.assignments), label).toEqual([]);
    const loads = inp.judges.filter((j) => j.available !== false).map((j) => result.loads.get(j.id) ?? 0);
    expect(result.stats.maxLoad - result.stats.minLoad, label).toBeLessThanOrEqual(1);
    expect(Math.max(0, ...loads), label).toBe(result.stats.maxLoad);
  } else {
    expect(result.problems.length, label).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.message.length, label).toBeGreaterThan(10);
      expect(claimHolds(inp, problem), `${label}: ${problem.message}`).toBe(true);
    }
    // The partial result never breaks a hard rule, whatever else it lacks.
    const hard = independentViolations(inp, result.partial).filter((v) => /conflict|excluded|duplicate|unavailable|dropped/.test(v));
    const conflictedExisting = result.problems.some((p) => p.code === "conflict" || p.code === "excluded_pair");
    if (!conflictedExisting) expect(hard, label).toEqual([]);
  }
  return result;
}

describe("assignJudges: property tests", () => {
  it("on 400 random pools, either meets every rule or every reason given is true", () => {
    let okCount = 0;
    for (let c = 1; c <= 400; c++) {
      const result = checkOutcome(randomPool(c, { maxEntries: 80, minJudges: 2, maxJudges: 40 }));
      if (result.ok) okCount++;
    }
    // The generator must exercise both outcomes, or the test proves little.
    expect(okCount).toBeGreaterThan(80);
    expect(okCount).toBeLessThan(380);
  });

  it("on 400 tiny pools, succeeds exactly when exhaustive search finds a valid assignment", () => {
    let unbalanced = 0;
    let feasible = 0;
    for (let c = 10_001; c <= 10_400; c++) {
      const pool = randomPool(c, { maxEntries: 4, minJudges: 2, maxJudges: 6 });
      const result = checkOutcome(pool);
      const possible = bruteForceFeasible(pool.inp);
      // Also ok without being "possible": a top-up that cannot close a gap already there.
      expect(result.ok, pool.label).toBe(possible || (result.ok && result.stats.unevenBefore));
      if (possible) feasible++;
      if (!result.ok && result.problems.some((p) => p.code === "load_unbalanced")) unbalanced++;
    }
    expect(feasible).toBeGreaterThan(40);
    expect(unbalanced).toBeGreaterThan(5);
  });
});

// --- overlap ------------------------------------------------------------------------------------

describe("assignJudges: overlap between judges", () => {
  it("on conflict-free pools gives a connected design where every judge shares entries with several others", () => {
    for (const [employer, staff, national, entries, k] of [
      [4, 4, 4, 40, 3],
      [25, 25, 10, 300, 3],
      [6, 6, 0, 30, 2],
      [2, 2, 2, 6, 3],
      [3, 3, 1, 10, 4],
    ]) {
      for (const seed of [1, 2, 3]) {
        const inp = input({ entries: entryList(entries), judges: pool(employer, staff, national), perEntry: k, seed });
        const result = ok(assignJudges(inp));
        const label = `${employer}/${staff}/${national}, ${entries} entries, k=${k}, seed ${seed}`;
        expect(result.stats.connected, label).toBe(true);
        const co = coJudges(result.assignments);
        for (const judge of inp.judges) expect(co.get(judge.id)?.size ?? 0, `${label}: judge ${judge.id}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("is not a set of fixed panels: most pairs of judges share an entry in a large round", () => {
    const judges = pool(12, 12, 6);
    const result = ok(assignJudges(input({ entries: entryList(300), judges })));
    const pairs = (judges.length * (judges.length - 1)) / 2;
    // Fixed panels of 3 would give 10 pairs; a random design about 1 - e^(-900/435) ≈ 87%.
    expect(result.stats.pairsSharingEntries).toBeGreaterThan(pairs * 0.7);
    expect(result.stats.connected).toBe(true);
  });
});

// --- recusal and manual moves -------------------------------------------------------------------

describe("replacementJudge", () => {
  const judges = pool(2, 3, 2); // employer 1-2, staff 3-5, national 6-7
  const entries = entryList(4);

  it("picks the least-loaded eligible judge", () => {
    const current = [
      { judgeId: 1, entryId: 101 },
      { judgeId: 3, entryId: 101 },
      { judgeId: 2, entryId: 102 },
      { judgeId: 6, entryId: 102 },
      { judgeId: 6, entryId: 103 },
      { judgeId: 7, entryId: 103 },
      { judgeId: 4, entryId: 104 },
      { judgeId: 5, entryId: 104 },
      { judgeId: 2, entryId: 104 },
    ];
    // Entry 101 lost its third judge. Loads: 1→1, 2→2, 3→1, 4→1, 5→1, 6→2, 7→1; the least loaded
    // not on 101 are 4, 5 and 7, and 4 recused while 5 is conflicted.
    const inp = input({ entries, judges, excluded: new Set(["4:101"]), conflicts: new Set(["5:101"]) });
    expect(replacementJudge(inp, current, 101)).toEqual({ judgeId: 7 });
  });

  it("keeps the side rule: a departing staff-side judge is replaced from the staff side", () => {
    const current = [
      { judgeId: 1, entryId: 101 },
      { judgeId: 6, entryId: 101 },
      { judgeId: 3, entryId: 102 },
      { judgeId: 4, entryId: 102 },
      { judgeId: 5, entryId: 103 },
      { judgeId: 4, entryId: 103 },
    ];
    // National-body judge 7 has load 0, but 101 needs a staff-side judge; 3 recused, so 5 (load 1)
    // beats 4 (load 2).
    const inp = input({ entries, judges, excluded: new Set(["3:101"]) });
    expect(replacementJudge(inp, current, 101)).toEqual({ judgeId: 5 });
  });

  it("explains when nobody can replace", () => {
    const current = [
      { judgeId: 1, entryId: 101 },
      { judgeId: 6, entryId: 101 },
    ];
    const inp = input({ entries, judges, excluded: new Set(["3:101"]), conflicts: new Set(["4:101", "5:101"]) });
    expect(replacementJudge(inp, current, 101)).toEqual({
      judgeId: null,
      reason: "No staff-side judge can replace on entry 101: of the 3 staff-side judges, 2 have a conflict of interest and 1 has recused from it.",
    });
  });

  it("says when the entry is already full", () => {
    const current = [1, 3, 6].map((judgeId) => ({ judgeId, entryId: 101 }));
    const result = replacementJudge(input({ entries, judges }), current, 101);
    expect(result).toEqual({ judgeId: null, reason: "Entry 101 already has 3 judges; it needs 3." });
  });

  it("is deterministic for a seed when loads tie", () => {
    const inp = input({ entries, judges, seed: 5 });
    const a = replacementJudge(inp, [], 101);
    expect(replacementJudge(inp, [], 101)).toEqual(a);
    expect(a.judgeId).not.toBeNull();
  });
});

describe("checkMove", () => {
  // Employer side 1-2, staff side 3-4, national bodies 5-6; every judge has 2 entries.
  const base = input({ entries: entryList(4), judges: pool(2, 2, 2) });
  const current = [
    [101, [1, 3, 5]],
    [102, [2, 4, 6]],
    [103, [1, 4, 5]],
    [104, [2, 3, 6]],
  ].flatMap(([entryId, ids]) => (ids as number[]).map((judgeId) => ({ judgeId, entryId: entryId as number })));

  it("starts from a valid design", () => {
    expect(checkAssignments(base, current)).toEqual([]);
  });

  it("allows a move that keeps loads within one", () => {
    const lighter = current.filter((a) => !(a.judgeId === 6 && a.entryId === 104)); // 6 now has 1
    expect(checkMove(base, lighter, { entryId: 101, fromJudgeId: 5, toJudgeId: 6 })).toEqual({ ok: true });
  });

  it("flags a move that unbalances loads as overridable", () => {
    const result = checkMove(base, current, { entryId: 101, fromJudgeId: 5, toJudgeId: 6 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.overridable).toBe(true);
    expect(result.problems.map((p) => p.code)).toEqual(["load_unbalanced"]);
    expect(result.problems[0].message).toMatch(/loads 2 apart .*override this with a reason/);
  });

  it("never lets a move create a conflict or break the side rule, even with an override", () => {
    const conflicted = { ...base, conflicts: new Set(["6:101"]) };
    const result = checkMove(conflicted, current, { entryId: 101, fromJudgeId: 1, toJudgeId: 6 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.overridable).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(["conflict", "no_employer_side", "load_unbalanced"]);
  });

  it("refuses moving to a judge already on the entry, one who recused, or one who is unavailable", () => {
    const dup = checkMove(base, current, { entryId: 101, fromJudgeId: 5, toJudgeId: 3 });
    expect(dup).toMatchObject({ ok: false, overridable: false });
    if (!dup.ok) expect(dup.problems.map((p) => p.code)).toContain("duplicate");
    const recused = checkMove({ ...base, excluded: new Set(["6:101"]) }, current, { entryId: 101, fromJudgeId: 5, toJudgeId: 6 });
    expect(recused).toMatchObject({ ok: false, overridable: false });
    if (!recused.ok) expect(recused.problems.map((p) => p.code)).toContain("excluded_pair");
    const away = { ...base, judges: base.judges.map((j) => (j.id === 6 ? { ...j, available: false } : j)) };
    const unavailable = checkMove(away, current, { entryId: 101, fromJudgeId: 5, toJudgeId: 6 });
    expect(unavailable).toMatchObject({ ok: false, overridable: false });
  });

  it("does not blame a move for imbalance that was there before and that it does not worsen", () => {
    // After a recusal-like change: 5 has 1 and 6 has 3, already 2 apart.
    const uneven = current.map((a) => (a.judgeId === 5 && a.entryId === 103 ? { judgeId: 6, entryId: 103 } : a));
    expect(checkMove(base, uneven, { entryId: 102, fromJudgeId: 4, toJudgeId: 3 })).toEqual({ ok: true }); // still 2 apart
    const worse = checkMove(base, uneven, { entryId: 101, fromJudgeId: 5, toJudgeId: 2 }); // 3 apart
    expect(worse).toMatchObject({ ok: false, overridable: true });
    expect(checkMove(base, uneven, { entryId: 104, fromJudgeId: 6, toJudgeId: 5 })).toEqual({ ok: true }); // better
  });

  it("blames a move only for a side it takes away, not one the entry already lacked", () => {
    const noStaff = current.map((a) => (a.judgeId === 3 && a.entryId === 101 ? { judgeId: 6, entryId: 101 } : a));
    expect(checkMove(base, noStaff, { entryId: 101, fromJudgeId: 1, toJudgeId: 2 })).toEqual({ ok: true });
  });

  it("reports moving an assignment that does not exist", () => {
    const result = checkMove(base, current, { entryId: 102, fromJudgeId: 1, toJudgeId: 5 });
    expect(result).toMatchObject({ ok: false, overridable: false });
    if (!result.ok) expect(result.problems.map((p) => p.code)).toEqual(["not_assigned"]);
  });
});

// --- lopsided pools (issue 12, item 5) ----------------------------------------------------------

/** A pool with one side much smaller than the other, some conflicts, maybe a top-up over uneven loads. */
const lopsidedPool = (maxEntries: number) =>
  fc
    .record({
      employer: fc.integer({ min: 1, max: 5 }),
      staff: fc.integer({ min: 1, max: 9 }),
      national: fc.integer({ min: 0, max: 3 }),
      entries: fc.integer({ min: 1, max: maxEntries }),
      perEntry: fc.integer({ min: 2, max: 4 }),
      conflictRate: fc.constantFrom(0, 0, 0.02, 0.08),
      topUp: fc.boolean(),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    })
    .map((p) => {
      const random = mulberry32(p.seed);
      const judges = pool(p.employer, p.staff, p.national);
      // Lopsided on purpose: the smaller of the two sides has fewer than judges ÷ k members, half the time.
      const entries = entryList(p.entries);
      const conflicts = new Set<string>();
      for (const j of judges) for (const e of entries) if (random() < p.conflictRate) conflicts.add(pairKey(j.id, e.id));
      const existing: Assignment[] = [];
      if (p.topUp) {
        // Uneven existing loads: the first judges of each side already hold some entries.
        for (const e of entries.slice(0, Math.ceil(entries.length / 3))) {
          for (const j of [judges[0], judges[p.employer]]) if (!conflicts.has(pairKey(j.id, e.id))) existing.push({ judgeId: j.id, entryId: e.id });
        }
      }
      const inp: AssignmentInput = { entries, judges, perEntry: p.perEntry, seed: p.seed, conflicts, existing };
      return inp;
    });

/** Loads of the available judges, busiest first: the vector "most even" compares, lexicographically. */
function sortedLoads(inp: AssignmentInput, assignments: Assignment[]): number[] {
  const loads = loadsOf(assignments);
  return inp.judges.filter((j) => j.available !== false).map((j) => loads.get(j.id) ?? 0).sort((a, b) => b - a);
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/** The most even load vector any assignment keeping the hard rules (k, sides, no conflicts) has, by exhaustive search. */
function bruteForceMostEven(inp: AssignmentInput): number[] | null {
  const existing = inp.existing ?? [];
  const options = inp.entries.map((entry) => {
    const fixed = existing.filter((a) => a.entryId === entry.id);
    const free = inp.judges.filter((j) => j.available !== false && !blocked(inp, j.id, entry.id) && !fixed.some((a) => a.judgeId === j.id));
    const need = inp.perEntry - fixed.length;
    const out: Assignment[][] = [];
    const pick = (start: number, chosen: AssignmentJudge[]) => {
      if (chosen.length === need) {
        const all = [...fixed, ...chosen.map((j) => ({ judgeId: j.id, entryId: entry.id }))];
        const sides = all.map((a) => inp.judges.find((j) => j.id === a.judgeId)!.side);
        if (sides.includes("employer") && sides.includes("staff_side")) out.push(all);
        return;
      }
      for (let i = start; i < free.length; i++) pick(i + 1, [...chosen, free[i]]);
    };
    if (need >= 0) pick(0, []);
    return out;
  });
  if (options.some((o) => o.length === 0)) return null;
  let best: number[] | null = null;
  const search = (i: number, acc: Assignment[]) => {
    if (i === options.length) {
      const v = sortedLoads(inp, acc);
      if (!best || lexLess(v, best)) best = v;
      return;
    }
    for (const option of options[i]) search(i + 1, [...acc, ...option]);
  };
  search(0, []);
  return best;
}

/** Per side: [least, most] entries among its available judges. */
function rangeBySide(inp: AssignmentInput, assignments: Assignment[]): Map<Side, [number, number]> {
  const loads = loadsOf(assignments);
  const out = new Map<Side, [number, number]>();
  for (const j of inp.judges) {
    if (j.available === false) continue;
    const load = loads.get(j.id) ?? 0;
    const [lo, hi] = out.get(j.side) ?? [Infinity, -Infinity];
    out.set(j.side, [Math.min(lo, load), Math.max(hi, load)]);
  }
  return out;
}

/** The assignment a run proposes, whether it is ok or needs the load rule bent. */
function proposed(result: ReturnType<typeof assignJudges>): Assignment[] {
  return result.ok ? result.assignments : result.partial;
}

describe("assignJudges: lopsided pools", () => {
  it("proposes the most even split for 3 employer-side, 7 staff-side and 2 national-body judges, and says it bends the load rule", () => {
    const inp = input({ entries: entryList(40), judges: pool(3, 7, 2) });
    const result = assignJudges(inp);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.overridable).toBe(true);
    expect(result.problems.map((p) => p.code)).toEqual(["load_unbalanced"]);
    expect(independentViolations(inp, result.partial).filter((v) => !/ load /.test(v))).toEqual([]);
    // 40 employer-side places over 3 judges, the other 80 over 9: 14, 13, 13 and 9 × 8, 8.
    expect(sortedLoads(inp, result.partial)).toEqual([14, 13, 13, 9, 9, 9, 9, 9, 9, 9, 9, 8]);
    const message = result.problems[0].message;
    expect(message).toContain("only 3 employer-side judges for the 40 entries that need one");
    expect(message).toContain("the 3 employer-side judges have 13 to 14 entries each, the 7 staff-side judges 8 to 9 and the 2 national-body judges");
    expect(message).toContain("the busiest judge has 14 entries and the least busy judge who could take more has 8");
  });

  it("tops up over uneven existing loads without refusing, giving the new work to the least busy judges", () => {
    // Judges 1 (employer), 3 (staff) and 5 (national body) already hold five entries each; two more arrive.
    const entries = entryList(7);
    const existing = [101, 102, 103, 104, 105].flatMap((entryId) => [1, 3, 5].map((judgeId) => ({ judgeId, entryId })));
    const inp = input({ entries, judges: pool(2, 2, 2), existing });
    const result = ok(assignJudges(inp));
    expect(result.stats.unevenBefore).toBe(true);
    const loads = loadsOf(result.assignments);
    // 6 new places, all to the judges with none: the gap narrows from 5 to 3.
    expect([1, 3, 5].map((id) => loads.get(id))).toEqual([5, 5, 5]);
    expect([2, 4, 6].map((id) => loads.get(id))).toEqual([2, 2, 2]);
  });

  it("on random lopsided pools: never a conflict, the side rule kept, loads the most even they can be, message matching the split", () => {
    fc.assert(
      fc.property(lopsidedPool(45), (inp) => {
        const result = assignJudges(inp);
        const perEntryImpossible = !result.ok && result.problems.some((p) => p.code !== "load_unbalanced");
        if (perEntryImpossible) {
          // Only when an entry really cannot have both sides or k judges: the per-entry claims are checked elsewhere.
          for (const p of result.problems) expect(claimHolds(inp, p), p.message).toBe(true);
          return;
        }
        const assignments = proposed(result);
        // Never a conflict, never a duplicate, every entry k judges with both sides.
        expect(independentViolations(inp, assignments).filter((v) => !/ load /.test(v))).toEqual([]);
        if (!result.ok) {
          expect(result.overridable).toBe(true);
          expect(result.problems).toHaveLength(1);
          // The message's numbers are the proposed split's own.
          const message = result.problems[0].message;
          for (const [side, [lo, hi]] of rangeBySide(inp, assignments)) {
            const noun = side === "employer" ? "employer-side" : side === "staff_side" ? "staff-side" : "national-body";
            const range = lo === hi ? `${lo}` : `${lo} to ${hi}`;
            expect(message).toMatch(new RegExp(`the \\d+ ${noun} judges? (have |has )?${range}( entr| each|,|;| and)`));
          }
          const loads = sortedLoads(inp, assignments);
          expect(message).toContain(`the busiest judge has ${loads[0]} ${loads[0] === 1 ? "entry" : "entries"}`);
          expect(message).toContain(`could take more has ${independentSpread(inp, assignments) === 0 ? loads[0] : loads[0] - independentSpread(inp, assignments)}`);
        }
        // As even as can be: no judge could hand one of their new entries straight to a judge with two fewer.
        const loads = loadsOf(assignments);
        const fixed = new Set((inp.existing ?? []).map((a) => pairKey(a.judgeId, a.entryId)));
        const onEntry = (entryId: number) => assignments.filter((a) => a.entryId === entryId).map((a) => inp.judges.find((j) => j.id === a.judgeId)!);
        for (const a of assignments) {
          if (fixed.has(pairKey(a.judgeId, a.entryId))) continue;
          const giver = inp.judges.find((j) => j.id === a.judgeId)!;
          const others = onEntry(a.entryId).filter((j) => j.id !== giver.id);
          for (const taker of inp.judges) {
            if ((loads.get(taker.id) ?? 0) > (loads.get(giver.id) ?? 0) - 2) continue;
            if (taker.available === false || blocked(inp, taker.id, a.entryId) || others.some((j) => j.id === taker.id)) continue;
            const sides = [...others, taker].map((j) => j.side);
            const keepsSides = sides.includes("employer") && sides.includes("staff_side");
            expect(keepsSides, `judge ${giver.id} could hand entry ${a.entryId} to judge ${taker.id}`).toBe(false);
          }
        }
      }),
      { numRuns: 150, seed: 12 },
    );
  });

  it("on tiny lopsided pools, the split is exactly the most even one exhaustive search finds", () => {
    fc.assert(
      fc.property(
        fc.record({
          employer: fc.integer({ min: 1, max: 2 }),
          staff: fc.integer({ min: 1, max: 3 }),
          national: fc.integer({ min: 0, max: 1 }),
          entries: fc.integer({ min: 1, max: 4 }),
          perEntry: fc.integer({ min: 2, max: 3 }),
          conflicts: fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 101, max: 104 })), { maxLength: 3 }),
          seed: fc.integer({ min: 0, max: 1000 }),
        }),
        (p) => {
          const inp = input({
            entries: entryList(p.entries),
            judges: pool(p.employer, p.staff, p.national),
            perEntry: p.perEntry,
            seed: p.seed,
            conflicts: new Set(p.conflicts.map(([j, e]) => pairKey(j, e))),
          });
          const best = bruteForceMostEven(inp);
          const result = assignJudges(inp);
          if (best === null) {
            expect(result.ok && true).toBe(false);
            if (!result.ok) expect(result.problems.some((x) => x.code !== "load_unbalanced")).toBe(true);
            return;
          }
          expect(sortedLoads(inp, proposed(result))).toEqual(best);
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });
});
