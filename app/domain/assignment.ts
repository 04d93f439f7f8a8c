// Balanced judge assignment: gives every entry k judges (at least one employer-side and one
// staff-side, none conflicted) with loads within one, and explains plainly when the rules cannot all hold.
//
// How it works. The rules are checked per entry first (enough free judges, one of each side free):
// without load limits each entry is an independent choice, so those checks are exact. The load rule
// is then solved exactly as a flow with lower bounds: source -> judge (load between min(L, what the
// judge can take) and L+1) -> entry, with each entry's employer-side and staff-side judges routed
// through a node that must carry at least one unit, and each entry taking exactly the places it has
// left. Trying every level L that the totals allow either finds an assignment or proves none exists,
// so "load_unbalanced" is only ever reported when it is true (the partial result is then the most
// even split possible). Integral capacities make the flow a 0/1 assignment. A seeded shuffle of the
// graph, then seeded random swaps that keep every load and rule, make the result a near-random
// balanced design; a bounded last pass swaps to join a disconnected judge graph and to give each
// judge at least two colleagues where it can.
//
// Why random rather than fixed panels: fixed panels maximise overlap within each panel but split the
// judges into islands, and scores from different islands cannot be put on a common scale. A random
// balanced design is connected and each judge co-judges with many others (1,000 entries, 60 judges,
// k = 3: about three quarters of all pairs share an entry), which is what normalising judges'
// severity needs: every judge compared, directly or through a short chain, with every other.
//
// Load rule, precisely: among available judges, nobody is more than one below the busiest, unless
// they are already on every entry they could judge (conflicts and recusals leave them nothing more).
// So a judge conflicted with every entry has load 0 and does not count against the balance.
// Unavailable judges get no new work; their existing assignments are kept and counted on the entry.
import { pairKey } from "./conflicts";
import { mulberry32 } from "./random";

export type Side = "employer" | "staff_side" | "national_body";
export type AssignmentJudge = { id: number; side: Side; available?: boolean; /** How messages name the judge (else "judge 12"). */ name?: string };
export type AssignmentEntry = {
  id: number;
  /** How messages name the entry, e.g. "Entry K7Q2" (else "entry 12"). */
  label?: string;
  /** Judges this entry needs, when not the round's perEntry (an entry given a second look needs more). */
  places?: number;
  /**
   * The places still to fill must themselves hold an employer-side and a staff-side judge, where a
   * free judge of each side exists (a second look is a small panel of both sides, not just more judges).
   */
  newSides?: boolean;
};
export type Assignment = { judgeId: number; entryId: number };
export type AssignmentInput = {
  entries: AssignmentEntry[];
  judges: AssignmentJudge[];
  perEntry: number;
  seed: number;
  /** `${judgeId}:${entryId}` */
  conflicts: Set<string>;
  /** Pairs ended by recusal: never reassign the same pair. */
  excluded?: Set<string>;
  /** Live assignments to keep (e.g. sheets already started); the run fills around them. */
  existing?: Assignment[];
};
export type ProblemCode =
  | "invalid_input"
  | "unknown_judge"
  | "unknown_entry"
  | "not_assigned"
  | "duplicate"
  | "conflict"
  | "excluded_pair"
  | "unavailable_judge"
  | "too_few_judges"
  | "too_many_judges"
  | "no_employer_side"
  | "no_staff_side"
  | "no_room_for_sides"
  | "load_unbalanced";
export type Problem = { entryId?: number; judgeId?: number; code: ProblemCode; message: string };
export type AssignmentStats = {
  /** Over available judges who could take more (see the load rule above). */
  minLoad: number;
  maxLoad: number;
  /** The judge–entry graph of everyone with work is one piece. */
  connected: boolean;
  /** Distinct pairs of judges who share at least one entry. */
  pairsSharingEntries: number;
  /**
   * Loads were already more than one apart before this run (after recusals, moves or a second look),
   * and the run does not widen the gap: its new work goes to the least busy judges.
   */
  unevenBefore: boolean;
};
export type AssignmentResult =
  | { ok: true; assignments: Assignment[]; loads: Map<number, number>; stats: AssignmentStats }
  /**
   * `overridable`: every problem is one the secretariat may bend with a reason (the load rule), and
   * `partial` is then a complete assignment that keeps every other rule, with loads as even as they can be.
   */
  | { ok: false; problems: Problem[]; partial: Assignment[]; overridable: boolean };

/** A manual move may break only the load rule, and then only with a reason; never conflicts or sides. */
export const OVERRIDABLE_PROBLEM_CODES: readonly ProblemCode[] = ["load_unbalanced"];

const SIDE_NAME: Record<Side, string> = {
  employer: "employer-side",
  staff_side: "staff-side",
  national_body: "national body",
};
const CONFLICT = 1;
const EXCLUDED = 2;

// ---------------------------------------------------------------------------------------------
// Shared context: ids to dense indices and a judge × entry matrix of blocked pairs.

type Context = {
  k: number;
  /** Judges each entry needs: its own places, else k. */
  places: Int32Array;
  judges: AssignmentJudge[];
  entries: AssignmentEntry[];
  judgeIndex: Map<number, number>;
  entryIndex: Map<number, number>;
  available: Uint8Array;
  /** [j * nE + e]: CONFLICT | EXCLUDED bits. */
  blocked: Uint8Array;
  /** Entries each judge could judge at all (not conflicted, not recused). */
  capacity: Int32Array;
};

function buildContext(input: AssignmentInput): Context {
  const judges: AssignmentJudge[] = [];
  const judgeIndex = new Map<number, number>();
  for (const judge of input.judges) {
    if (judgeIndex.has(judge.id)) continue;
    judgeIndex.set(judge.id, judges.length);
    judges.push(judge);
  }
  const entries: AssignmentEntry[] = [];
  const entryIndex = new Map<number, number>();
  for (const entry of input.entries) {
    if (entryIndex.has(entry.id)) continue;
    entryIndex.set(entry.id, entries.length);
    entries.push(entry);
  }
  const nJ = judges.length;
  const nE = entries.length;
  const blocked = new Uint8Array(nJ * nE);
  const mark = (keys: Set<string> | undefined, bit: number) => {
    if (!keys) return;
    for (const key of keys) {
      const colon = key.indexOf(":");
      if (colon < 0) continue;
      const j = judgeIndex.get(Number(key.slice(0, colon)));
      const e = entryIndex.get(Number(key.slice(colon + 1)));
      if (j !== undefined && e !== undefined) blocked[j * nE + e] |= bit;
    }
  };
  mark(input.conflicts, CONFLICT);
  mark(input.excluded, EXCLUDED);
  const capacity = new Int32Array(nJ);
  const available = new Uint8Array(nJ);
  for (let j = 0; j < nJ; j++) {
    available[j] = judges[j].available === false ? 0 : 1;
    let free = 0;
    for (let e = 0; e < nE; e++) if (blocked[j * nE + e] === 0) free++;
    capacity[j] = free;
  }
  const places = Int32Array.from(entries, (entry) => (Number.isInteger(entry.places) && entry.places! >= 2 ? entry.places! : input.perEntry));
  return { k: input.perEntry, places, judges, entries, judgeIndex, entryIndex, available, blocked, capacity };
}

/** How messages name an entry and a judge: by the label and name the caller gave, else by id. */
function entryName(ctx: Context, id: number, word: string): string {
  const i = ctx.entryIndex.get(id);
  return (i !== undefined && ctx.entries[i].label) || `${word} ${id}`;
}
function judgeName(ctx: Context, id: number, word: string): string {
  const i = ctx.judgeIndex.get(id);
  return (i !== undefined && ctx.judges[i].name) || `${word} ${id}`;
}

function perEntryProblem(k: number): Problem | null {
  if (Number.isInteger(k) && k >= 2) return null;
  return {
    code: "invalid_input",
    message: `Judges per entry must be a whole number of 2 or more (one employer-side and one staff-side judge at least); it is ${k}.`,
  };
}

function plural(n: number, one: string, many: string = one + "s"): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listJoin(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * Why none of a group of judges can be added to an entry, e.g. "all 3 staff-side judges have a
 * conflict of interest" or "of the 4 judges, 2 have a conflict of interest and 2 are unavailable".
 */
function whyUnusable(ctx: Context, group: number[], e: number, onEntry: (j: number) => boolean, noun: string): string {
  if (group.length === 0) return `there are no ${noun}s`;
  const counts = { on: 0, conflict: 0, recused: 0, unavailable: 0 };
  const nE = ctx.entries.length;
  for (const j of group) {
    const b = ctx.blocked[j * nE + e];
    if (onEntry(j)) counts.on++;
    else if (b & CONFLICT) counts.conflict++;
    else if (b & EXCLUDED) counts.recused++;
    else if (!ctx.available[j]) counts.unavailable++;
  }
  const phrases: [number, string, string][] = [
    [counts.on, "is already judging it", "are already judging it"],
    [counts.conflict, "has a conflict of interest", "have a conflict of interest"],
    [counts.recused, "has recused from it", "have recused from it"],
    [counts.unavailable, "is unavailable", "are unavailable"],
  ];
  const used = phrases.filter(([n]) => n > 0);
  if (used.length === 1) {
    const [n, one, many] = used[0];
    if (n === group.length) return n === 1 ? `the only ${noun} ${one}` : `all ${n} ${noun}s ${many}`;
  }
  const free = group.length - used.reduce((sum, [n]) => sum + n, 0);
  const parts = used.map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  if (free > 0) parts.push(`${free} ${free === 1 ? "is" : "are"} free`);
  return `of the ${plural(group.length, noun)}, ${listJoin(parts)}`;
}

// ---------------------------------------------------------------------------------------------
// Checking a complete set of assignments.

/** Loads within one, as defined at the top; returns the gap (0 when nobody could take more). */
function loadSpread(ctx: Context, loads: Int32Array): { spread: number; max: number; maxJudge: number; min: number } {
  let max = 0;
  let maxJudge = -1;
  for (let j = 0; j < ctx.judges.length; j++) {
    if (ctx.available[j] && (maxJudge < 0 || loads[j] > max)) {
      max = loads[j];
      maxJudge = j;
    }
  }
  let min = max;
  for (let j = 0; j < ctx.judges.length; j++) {
    if (ctx.available[j] && loads[j] < ctx.capacity[j] && loads[j] < min) min = loads[j];
  }
  return { spread: max - min, max, maxJudge, min };
}

function balanceProblems(ctx: Context, loads: Int32Array): Problem[] {
  const { max, maxJudge } = loadSpread(ctx, loads);
  const problems: Problem[] = [];
  for (let j = 0; j < ctx.judges.length; j++) {
    if (!ctx.available[j] || loads[j] >= max - 1 || loads[j] >= ctx.capacity[j]) continue;
    const id = ctx.judges[j].id;
    problems.push({
      judgeId: id,
      code: "load_unbalanced",
      message:
        `${judgeName(ctx, id, "Judge")} has ${plural(loads[j], "entry", "entries")} but ${judgeName(ctx, ctx.judges[maxJudge].id, "judge")} has ${max}: ` +
        `loads must be within one of each other, and ${judgeName(ctx, id, "judge")} could take more.`,
    });
  }
  return problems;
}

/** Checks a set of assignments against the rules; used after a manual move and in property tests. */
export function checkAssignments(input: AssignmentInput, assignments: Assignment[]): Problem[] {
  const invalid = perEntryProblem(input.perEntry);
  if (invalid) return [invalid];
  const ctx = buildContext(input);
  const nE = ctx.entries.length;
  const existing = new Set((input.existing ?? []).map((a) => pairKey(a.judgeId, a.entryId)));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const loads = new Int32Array(ctx.judges.length);
  const onEntry: number[][] = ctx.entries.map(() => []);
  for (const { judgeId, entryId } of assignments) {
    const j = ctx.judgeIndex.get(judgeId);
    const e = ctx.entryIndex.get(entryId);
    const key = pairKey(judgeId, entryId);
    if (j === undefined) {
      problems.push({ judgeId, entryId, code: "unknown_judge", message: `${judgeName(ctx, judgeId, "Judge")} is not one of this round's judges.` });
      continue;
    }
    if (e === undefined) {
      problems.push({ judgeId, entryId, code: "unknown_entry", message: `${entryName(ctx, entryId, "Entry")} is not one of this round's entries.` });
      continue;
    }
    if (seen.has(key)) {
      problems.push({ judgeId, entryId, code: "duplicate", message: `${judgeName(ctx, judgeId, "Judge")} is assigned to ${entryName(ctx, entryId, "entry")} more than once.` });
      continue;
    }
    seen.add(key);
    const b = ctx.blocked[j * nE + e];
    if (b & CONFLICT) {
      problems.push({ judgeId, entryId, code: "conflict", message: `${judgeName(ctx, judgeId, "Judge")} has a conflict of interest with ${entryName(ctx, entryId, "entry")}.` });
    }
    if (b & EXCLUDED) {
      problems.push({ judgeId, entryId, code: "excluded_pair", message: `${judgeName(ctx, judgeId, "Judge")} recused from ${entryName(ctx, entryId, "entry")} and must not be given it again.` });
    }
    if (!ctx.available[j] && !existing.has(key)) {
      problems.push({ judgeId, entryId, code: "unavailable_judge", message: `${judgeName(ctx, judgeId, "Judge")} is unavailable and cannot be given ${entryName(ctx, entryId, "entry")}.` });
    }
    loads[j]++;
    onEntry[e].push(j);
  }
  for (let e = 0; e < nE; e++) {
    const entryId = ctx.entries[e].id;
    const n = onEntry[e].length;
    if (n < ctx.places[e]) {
      problems.push({ entryId, code: "too_few_judges", message: `${entryName(ctx, entryId, "Entry")} has ${plural(n, "judge")}; it needs ${ctx.places[e]}.` });
    } else if (n > ctx.places[e]) {
      problems.push({ entryId, code: "too_many_judges", message: `${entryName(ctx, entryId, "Entry")} has ${n} judges; it needs ${ctx.places[e]}.` });
    }
    if (!onEntry[e].some((j) => ctx.judges[j].side === "employer")) {
      problems.push({ entryId, code: "no_employer_side", message: `${entryName(ctx, entryId, "Entry")} has no employer-side judge.` });
    }
    if (!onEntry[e].some((j) => ctx.judges[j].side === "staff_side")) {
      problems.push({ entryId, code: "no_staff_side", message: `${entryName(ctx, entryId, "Entry")} has no staff-side judge.` });
    }
  }
  problems.push(...balanceProblems(ctx, loads));
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32 from ./random), so the same seed always gives the same assignment.

function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const r = Math.floor(random() * (i + 1));
    const t = items[i];
    items[i] = items[r];
    items[r] = t;
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// Max flow (Dinic). Unit capacities on the judge–entry edges keep it quick at this size.

const INFINITE = 1 << 30;

class FlowNetwork {
  head: Int32Array;
  level: Int32Array;
  iter: Int32Array;
  queue: Int32Array;
  next: Int32Array;
  to: Int32Array;
  cap: Int32Array;
  edges = 0;
  /** Sized up front: growing arrays edge by edge was the slowest part of a run. */
  constructor(
    readonly size: number,
    maxEdges: number,
  ) {
    this.head = new Int32Array(size).fill(-1);
    this.level = new Int32Array(size);
    this.iter = new Int32Array(size);
    this.queue = new Int32Array(size);
    this.next = new Int32Array(2 * maxEdges);
    this.to = new Int32Array(2 * maxEdges);
    this.cap = new Int32Array(2 * maxEdges);
  }
  add(u: number, v: number, c: number): number {
    const id = this.edges;
    this.edges += 2;
    this.to[id] = v;
    this.cap[id] = c;
    this.next[id] = this.head[u];
    this.head[u] = id;
    this.to[id + 1] = u;
    this.cap[id + 1] = 0;
    this.next[id + 1] = this.head[v];
    this.head[v] = id + 1;
    return id;
  }
  /** Ends building; returns the starting capacities, to reset between runs. */
  freeze(): Int32Array {
    return this.cap.slice(0, this.edges);
  }
  private bfs(s: number, t: number): boolean {
    const { level, queue, head, next, to, cap } = this;
    level.fill(-1);
    let qh = 0;
    let qt = 0;
    queue[qt++] = s;
    level[s] = 0;
    while (qh < qt) {
      const u = queue[qh++];
      for (let e = head[u]; e !== -1; e = next[e]) {
        const v = to[e];
        if (cap[e] > 0 && level[v] < 0) {
          level[v] = level[u] + 1;
          queue[qt++] = v;
        }
      }
    }
    return level[t] >= 0;
  }
  private dfs(u: number, t: number, f: number): number {
    if (u === t) return f;
    const { iter, next, to, cap, level } = this;
    for (; iter[u] !== -1; iter[u] = next[iter[u]]) {
      const e = iter[u];
      const v = to[e];
      if (cap[e] > 0 && level[v] === level[u] + 1) {
        const d = this.dfs(v, t, Math.min(f, cap[e]));
        if (d > 0) {
          cap[e] -= d;
          cap[e ^ 1] += d;
          return d;
        }
      }
    }
    return 0;
  }
  maxFlow(s: number, t: number): number {
    let total = 0;
    while (this.bfs(s, t)) {
      this.iter.set(this.head);
      let f: number;
      while ((f = this.dfs(s, t, INFINITE)) > 0) total += f;
    }
    return total;
  }
}

// ---------------------------------------------------------------------------------------------
// Assignment.

type Plan = {
  /** Entries to fill (indices), each with the places left and the sides still missing. */
  entries: number[];
  need: Int32Array;
  needEmployer: Uint8Array;
  needStaff: Uint8Array;
  /** Per plan position: judges who may take a place, in seeded order. */
  eligible: number[][];
  existingLoad: Int32Array;
  /** Eligible places per judge across the plan. */
  newCapacity: Int32Array;
};

/**
 * The plan as a flow network, built once and re-run with different bounds on each judge's new load.
 * Lower bounds use the standard reduction: each bound is carried as excess at both ends and met
 * from a second source (SS) and sink (TT); a run succeeds when every unit of excess flows.
 */
class PlanSolver {
  private net: FlowNetwork;
  private base: Int32Array;
  private sourceEdge: Int32Array;
  private lowerEdge: Int32Array;
  private sourceToSink: number;
  private fixedRequired: number;
  /** Judge–entry edges: edge id, judge index, plan position. */
  private edgeId: Int32Array;
  private edgeJudge: Int32Array;
  private edgePlan: Int32Array;
  private static S = 0;
  private static T = 1;
  private static SS = 2;
  private static TT = 3;

  constructor(
    private ctx: Context,
    private plan: Plan,
  ) {
    const { S, T, SS, TT } = PlanSolver;
    const nJ = ctx.judges.length;
    const nP = plan.entries.length;
    const judgeNode = (j: number) => 4 + j;
    const entryNode = (p: number) => 4 + nJ + p;
    let size = 4 + nJ + nP;
    const employerNode = new Int32Array(nP).fill(-1);
    const staffNode = new Int32Array(nP).fill(-1);
    for (let p = 0; p < nP; p++) {
      if (plan.needEmployer[p]) employerNode[p] = size++;
      if (plan.needStaff[p]) staffNode[p] = size++;
    }
    let eligibleTotal = 0;
    for (const list of plan.eligible) eligibleTotal += list.length;
    const net = new FlowNetwork(size, 2 * nJ + 2 + eligibleTotal + 3 * nP + size);
    const excess = new Float64Array(size);
    const addBounded = (u: number, v: number, lo: number, hi: number) => {
      net.add(u, v, hi - lo);
      excess[v] += lo;
      excess[u] -= lo;
    };
    this.sourceEdge = new Int32Array(nJ).fill(-1);
    this.lowerEdge = new Int32Array(nJ).fill(-1);
    for (let j = 0; j < nJ; j++) {
      if (!ctx.available[j] || plan.newCapacity[j] === 0) continue;
      this.sourceEdge[j] = net.add(S, judgeNode(j), 0);
      this.lowerEdge[j] = net.add(SS, judgeNode(j), 0);
    }
    this.sourceToSink = net.add(S, TT, 0);
    this.edgeId = new Int32Array(eligibleTotal);
    this.edgeJudge = new Int32Array(eligibleTotal);
    this.edgePlan = new Int32Array(eligibleTotal);
    let count = 0;
    for (let p = 0; p < nP; p++) {
      for (const j of plan.eligible[p]) {
        const side = ctx.judges[j].side;
        const target =
          side === "employer" && employerNode[p] >= 0
            ? employerNode[p]
            : side === "staff_side" && staffNode[p] >= 0
              ? staffNode[p]
              : entryNode(p);
        this.edgeId[count] = net.add(judgeNode(j), target, 1);
        this.edgeJudge[count] = j;
        this.edgePlan[count++] = p;
      }
      if (employerNode[p] >= 0) addBounded(employerNode[p], entryNode(p), 1, plan.need[p]);
      if (staffNode[p] >= 0) addBounded(staffNode[p], entryNode(p), 1, plan.need[p]);
      addBounded(entryNode(p), T, plan.need[p], plan.need[p]);
    }
    net.add(T, S, INFINITE);
    let required = 0;
    for (let v = 0; v < size; v++) {
      if (excess[v] > 0) {
        net.add(SS, v, excess[v]);
        required += excess[v];
      } else if (excess[v] < 0) {
        net.add(v, TT, -excess[v]);
      }
    }
    this.fixedRequired = required;
    this.base = net.freeze();
    this.net = net;
  }

  /** Fills the plan with each judge's new load in [lo[j], hi[j]], or returns null if impossible. */
  solve(lo: Int32Array, hi: Int32Array): Assignment[] | null {
    const { ctx, plan, net } = this;
    net.cap.set(this.base); // the tail past the edges built is never read
    let lowerTotal = 0;
    for (let j = 0; j < ctx.judges.length; j++) {
      if (!ctx.available[j]) continue;
      const top = Math.min(hi[j], plan.newCapacity[j]);
      if (top < lo[j]) return null;
      if (this.sourceEdge[j] < 0) continue; // nothing to give this judge, and lo[j] is 0
      net.cap[this.sourceEdge[j]] = top - lo[j];
      net.cap[this.lowerEdge[j]] = lo[j];
      lowerTotal += lo[j];
    }
    net.cap[this.sourceToSink] = lowerTotal;
    if (net.maxFlow(PlanSolver.SS, PlanSolver.TT) !== this.fixedRequired + lowerTotal) return null;
    const result: Assignment[] = [];
    for (let i = 0; i < this.edgeId.length; i++) {
      if (net.cap[this.edgeId[i]] === 0) {
        result.push({ judgeId: ctx.judges[this.edgeJudge[i]].id, entryId: ctx.entries[plan.entries[this.edgePlan[i]]].id });
      }
    }
    return result;
  }
}

/** Bounds on new load giving every available judge a total in [min(low, capacity), high]. */
function bounds(ctx: Context, plan: Plan, low: number, high: number): { lo: Int32Array; hi: Int32Array } {
  const nJ = ctx.judges.length;
  const lo = new Int32Array(nJ);
  const hi = new Int32Array(nJ);
  for (let j = 0; j < nJ; j++) {
    lo[j] = Math.max(0, Math.min(low, ctx.capacity[j]) - plan.existingLoad[j]);
    hi[j] = high - plan.existingLoad[j];
  }
  return { lo, hi };
}

/** Loads within one: tries every level L the totals allow, with loads in [min(L, capacity), L + 1]. */
function solveBalanced(ctx: Context, plan: Plan, solver: PlanSolver): Assignment[] | null {
  const nJ = ctx.judges.length;
  let total = 0;
  let maxExisting = 0;
  let lastLevel = 0;
  for (let j = 0; j < nJ; j++) {
    if (!ctx.available[j]) continue;
    total += plan.existingLoad[j];
    maxExisting = Math.max(maxExisting, plan.existingLoad[j]);
    // Past this level every bound is what it was at the level before, so nothing new can work.
    lastLevel = Math.max(lastLevel, ctx.capacity[j], plan.existingLoad[j] + plan.newCapacity[j]);
  }
  for (let p = 0; p < plan.entries.length; p++) total += plan.need[p];
  for (let L = Math.max(0, maxExisting - 1); L <= lastLevel; L++) {
    let sumLo = 0;
    let sumHi = 0;
    for (let j = 0; j < nJ; j++) {
      if (!ctx.available[j]) continue;
      sumLo += Math.max(plan.existingLoad[j], Math.min(L, ctx.capacity[j]));
      sumHi += plan.existingLoad[j] + Math.max(0, Math.min(L + 1 - plan.existingLoad[j], plan.newCapacity[j]));
    }
    if (sumLo > total) return null; // only grows with L
    if (sumHi < total) continue;
    const { lo, hi } = bounds(ctx, plan, L, L + 1);
    const found = solver.solve(lo, hi);
    if (found) return found;
  }
  return null;
}

/**
 * When loads cannot be within one: the most even split there is, taken as the smallest possible
 * busiest load, then the highest floor under it. Each is monotone, so binary search; the per-entry
 * checks already passed, so with no load limits at all the plan can always be filled.
 */
function solveMostEven(ctx: Context, plan: Plan, solver: PlanSolver): Assignment[] {
  const attempt = (low: number, high: number) => {
    const { lo, hi } = bounds(ctx, plan, low, high);
    return solver.solve(lo, hi);
  };
  let ceiling = 0;
  for (let j = 0; j < ctx.judges.length; j++) {
    if (ctx.available[j]) ceiling = Math.max(ceiling, plan.existingLoad[j] + plan.newCapacity[j]);
  }
  let lowU = 0;
  let highU = ceiling;
  while (lowU < highU) {
    const mid = (lowU + highU) >> 1;
    if (attempt(0, mid)) highU = mid;
    else lowU = mid + 1;
  }
  let lowL = 0;
  let highL = highU;
  while (lowL < highL) {
    const mid = (lowL + highL + 1) >> 1;
    if (attempt(mid, highU)) lowL = mid;
    else highL = mid - 1;
  }
  return attempt(lowL, highU) ?? [];
}

function describeExisting(ctx: Context, input: AssignmentInput): { valid: Assignment[]; problems: Problem[] } {
  const nE = ctx.entries.length;
  const valid: Assignment[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const { judgeId, entryId } of input.existing ?? []) {
    const key = pairKey(judgeId, entryId);
    if (seen.has(key)) continue; // the same live assignment listed twice is still one assignment
    seen.add(key);
    const j = ctx.judgeIndex.get(judgeId);
    const e = ctx.entryIndex.get(entryId);
    if (j === undefined) {
      problems.push({ judgeId, entryId, code: "unknown_judge", message: `${judgeName(ctx, judgeId, "Judge")} is already assigned to ${entryName(ctx, entryId, "entry")} but is not one of this round's judges.` });
    } else if (e === undefined) {
      problems.push({ judgeId, entryId, code: "unknown_entry", message: `${judgeName(ctx, judgeId, "Judge")} is already assigned to ${entryName(ctx, entryId, "entry")}, which is not one of this round's entries.` });
    } else if (ctx.blocked[j * nE + e] & CONFLICT) {
      problems.push({ judgeId, entryId, code: "conflict", message: `${judgeName(ctx, judgeId, "Judge")} is already assigned to ${entryName(ctx, entryId, "entry")} but has a conflict of interest with it. Remove that assignment first.` });
    } else if (ctx.blocked[j * nE + e] & EXCLUDED) {
      problems.push({ judgeId, entryId, code: "excluded_pair", message: `${judgeName(ctx, judgeId, "Judge")} is listed as assigned to ${entryName(ctx, entryId, "entry")} but has recused from it. Remove that assignment first.` });
    } else {
      valid.push({ judgeId, entryId });
    }
  }
  return { valid, problems };
}

/** Per-entry checks; without load limits they are exact, so what they report really cannot be done. */
function entryProblems(ctx: Context, existingOn: number[][], availableCount: number): { problems: Problem[]; blockedEntries: Set<number> } {
  const nE = ctx.entries.length;
  const problems: Problem[] = [];
  const blockedEntries = new Set<number>();
  const bySide: Record<Side, number[]> = { employer: [], staff_side: [], national_body: [] };
  const all: number[] = [];
  ctx.judges.forEach((judge, j) => {
    bySide[judge.side].push(j);
    all.push(j);
  });
  const k = ctx.k;
  const tooFewOverall = availableCount < k;
  if (tooFewOverall && nE > 0) {
    problems.push({
      code: "too_few_judges",
      message: `Each entry needs ${k} judges but only ${plural(availableCount, "judge is", "judges are")} available.`,
    });
  }
  for (let e = 0; e < nE; e++) {
    const entryId = ctx.entries[e].id;
    const on = existingOn[e];
    const isOn = (j: number) => on.includes(j);
    const usable = (j: number) => !isOn(j) && ctx.available[j] === 1 && ctx.blocked[j * nE + e] === 0;
    const hasEmployer = on.some((j) => ctx.judges[j].side === "employer");
    const hasStaff = on.some((j) => ctx.judges[j].side === "staff_side");
    const need = ctx.places[e] - on.length;
    const free = all.filter(usable).length;
    const before = problems.length;
    if (need < 0) {
      problems.push({ entryId, code: "too_many_judges", message: `${entryName(ctx, entryId, "Entry")} already has ${on.length} judges; it needs ${ctx.places[e]}.` });
    } else {
      const missing = (hasEmployer ? 0 : 1) + (hasStaff ? 0 : 1);
      if (missing > need) {
        const sides = [!hasEmployer && "an employer-side", !hasStaff && "a staff-side"].filter(Boolean).join(" and ");
        problems.push({
          entryId,
          code: "no_room_for_sides",
          message: `${entryName(ctx, entryId, "Entry")} already has ${plural(on.length, "judge")} and ${need === 0 ? "no places" : `only ${plural(need, "place")}`} left, but still needs ${sides} judge.`,
        });
      }
      if (!hasEmployer && !bySide.employer.some(usable)) {
        problems.push({
          entryId,
          code: "no_employer_side",
          message: `${entryName(ctx, entryId, "Entry")} has no employer-side judge free to judge it: ${whyUnusable(ctx, bySide.employer, e, isOn, "employer-side judge")}.`,
        });
      }
      if (!hasStaff && !bySide.staff_side.some(usable)) {
        problems.push({
          entryId,
          code: "no_staff_side",
          message: `${entryName(ctx, entryId, "Entry")} has no staff-side judge free to judge it: ${whyUnusable(ctx, bySide.staff_side, e, isOn, "staff-side judge")}.`,
        });
      }
      if (free < need && !tooFewOverall) {
        problems.push({
          entryId,
          code: "too_few_judges",
          message: `${entryName(ctx, entryId, "Entry")} needs ${plural(need, on.length > 0 ? "more judge" : "judge", on.length > 0 ? "more judges" : "judges")} but only ${free} ${free === 1 ? "is" : "are"} free to judge it: ${whyUnusable(ctx, all, e, isOn, "judge")}.`,
        });
      }
    }
    if (problems.length > before || (tooFewOverall && need > 0)) blockedEntries.add(e);
  }
  return { problems, blockedEntries };
}

function loadsOf(ctx: Context, assignments: Assignment[]): Int32Array {
  const loads = new Int32Array(ctx.judges.length);
  for (const a of assignments) {
    const j = ctx.judgeIndex.get(a.judgeId);
    if (j !== undefined) loads[j]++;
  }
  return loads;
}

/** Judge graph facts: pieces of the judge–entry graph, pairs sharing entries, judges with < 2 co-judges. */
function overlap(ctx: Context, assignments: Assignment[]): { components: number; pairs: number; lonely: number } {
  const nJ = ctx.judges.length;
  const parent = new Int32Array(nJ).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const byEntry = new Map<number, number[]>();
  for (const a of assignments) {
    const j = ctx.judgeIndex.get(a.judgeId);
    if (j === undefined) continue;
    const list = byEntry.get(a.entryId);
    if (list) list.push(j);
    else byEntry.set(a.entryId, [j]);
  }
  const pairs = new Set<number>();
  const coJudges: Set<number>[] = Array.from({ length: nJ }, () => new Set<number>());
  const working = new Int32Array(nJ);
  for (const list of byEntry.values()) {
    for (let a = 0; a < list.length; a++) {
      working[list[a]]++;
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a];
        const y = list[b];
        if (x === y) continue;
        pairs.add(x < y ? x * nJ + y : y * nJ + x);
        coJudges[x].add(y);
        coJudges[y].add(x);
        const rx = find(x);
        const ry = find(y);
        if (rx !== ry) parent[rx] = ry;
      }
    }
  }
  let components = 0;
  let lonely = 0;
  for (let j = 0; j < nJ; j++) {
    if (!working[j]) continue;
    if (find(j) === j) components++;
    // Only judges whose places could hold two different colleagues count as short of overlap.
    if (coJudges[j].size < 2 && (ctx.k - 1) * working[j] >= 2) lonely++;
  }
  return { components, pairs: pairs.size, lonely };
}

/**
 * Seeded swaps of two new assignments' judges: loads never change, and a swap is made only when
 * both entries keep their sides and neither judge is conflicted, recused or already on the entry.
 * Random swaps spread the flow's result towards a random design; targeted ones join islands.
 */
function improveOverlap(ctx: Context, sides: SideNeeds, fixed: Assignment[], fresh: Assignment[], random: () => number): Assignment[] {
  const nE = ctx.entries.length;
  const nJ = ctx.judges.length;
  if (fresh.length < 2) return fresh;
  const on = new Uint8Array(nJ * nE);
  // New judges of each side per entry: the side rule is on the places this run fills (see SideNeeds).
  const employers = new Int32Array(nE);
  const staff = new Int32Array(nE);
  const js = new Int32Array(fresh.length);
  const es = new Int32Array(fresh.length);
  const place = (j: number, e: number, delta: 1 | -1) => {
    on[j * nE + e] = delta === 1 ? 1 : 0;
    const side = ctx.judges[j].side;
    if (side === "employer") employers[e] += delta;
    else if (side === "staff_side") staff[e] += delta;
  };
  for (const a of fixed) on[ctx.judgeIndex.get(a.judgeId)! * nE + ctx.entryIndex.get(a.entryId)!] = 1;
  fresh.forEach((a, i) => {
    js[i] = ctx.judgeIndex.get(a.judgeId)!;
    es[i] = ctx.entryIndex.get(a.entryId)!;
    place(js[i], es[i], 1);
  });
  const sideOk = (e: number, out: number, into: number) => {
    const so = ctx.judges[out].side;
    const si = ctx.judges[into].side;
    if (so === si) return true;
    return (so !== "employer" || !sides.employer[e] || employers[e] > 1) && (so !== "staff_side" || !sides.staff[e] || staff[e] > 1);
  };
  const swap = (a: number, b: number) => {
    const j1 = js[a];
    const j2 = js[b];
    place(j1, es[a], -1);
    place(j2, es[b], -1);
    place(j2, es[a], 1);
    place(j1, es[b], 1);
    js[a] = j2;
    js[b] = j1;
  };
  const trySwap = (a: number, b: number): boolean => {
    const j1 = js[a];
    const e1 = es[a];
    const j2 = js[b];
    const e2 = es[b];
    if (j1 === j2 || e1 === e2) return false;
    if (on[j1 * nE + e2] || on[j2 * nE + e1] || ctx.blocked[j1 * nE + e2] || ctx.blocked[j2 * nE + e1]) return false;
    if (!sideOk(e1, j1, j2) || !sideOk(e2, j2, j1)) return false;
    swap(a, b);
    return true;
  };
  const n = fresh.length;
  for (let i = 0; i < 4 * n; i++) trySwap(Math.floor(random() * n), Math.floor(random() * n));

  const current = (): Assignment[] =>
    Array.from({ length: n }, (_, i) => ({ judgeId: ctx.judges[js[i]].id, entryId: ctx.entries[es[i]].id }));
  const score = () => {
    const o = overlap(ctx, [...fixed, ...current()]);
    return o.components * (nJ + 1) + o.lonely;
  };
  let best = score();
  const target = nJ + 1; // one piece, nobody short of colleagues
  // Targeted repair costs a full graph check per try, so it is bounded; a random design of any
  // real size is already connected and this loop exits at once.
  const maxTries = Math.min(400, Math.floor(300_000 / (n + fixed.length + 1)));
  for (let tries = 0; best > target && tries < maxTries; tries++) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (!trySwap(a, b)) continue;
    const s = score();
    if (s < best) best = s;
    else swap(a, b); // undo: swapping the same two back restores both
  }
  return current();
}

/** Per entry (index): whether the places this run fills must include an employer-side / staff-side judge. */
type SideNeeds = { employer: Uint8Array; staff: Uint8Array };

function sideNeeds(ctx: Context, plan: Plan): SideNeeds {
  const employer = new Uint8Array(ctx.entries.length);
  const staff = new Uint8Array(ctx.entries.length);
  plan.entries.forEach((e, p) => {
    employer[e] = plan.needEmployer[p];
    staff[e] = plan.needStaff[p];
  });
  return { employer, staff };
}

/**
 * When loads cannot be within one: makes the split as even as it can be (no judge could hand one
 * unit of work to a judge with two fewer, directly or along a chain of swaps). Each step follows a
 * path judge a -> entry -> judge x -> entry -> ... -> judge b, where every judge hands one of their
 * new entries to the next, so a loses one, b gains one and everyone between stays as they were;
 * each hand-over keeps conflicts, recusals and the side rule. A step lowers the sum of squared loads,
 * so it ends; when no step is left, no even split exists (the loads of a flow's sources form an
 * integral base polyhedron, where this local test is global), so the busiest load is as low as it
 * can be, the lowest as high as it can be, and so on down the list.
 */
function evenOut(ctx: Context, sides: SideNeeds, fixed: Assignment[], fresh: Assignment[]): Assignment[] {
  const nE = ctx.entries.length;
  const nJ = ctx.judges.length;
  const on = new Uint8Array(nJ * nE);
  const employers = new Int32Array(nE);
  const staff = new Int32Array(nE);
  const loads = new Int32Array(nJ);
  const js = new Int32Array(fresh.length);
  const es = new Int32Array(fresh.length);
  const count = (j: number, e: number, delta: 1 | -1) => {
    const side = ctx.judges[j].side;
    if (side === "employer") employers[e] += delta;
    else if (side === "staff_side") staff[e] += delta;
  };
  for (const a of fixed) {
    const j = ctx.judgeIndex.get(a.judgeId)!;
    on[j * nE + ctx.entryIndex.get(a.entryId)!] = 1;
    loads[j]++;
  }
  fresh.forEach((a, i) => {
    js[i] = ctx.judgeIndex.get(a.judgeId)!;
    es[i] = ctx.entryIndex.get(a.entryId)!;
    on[js[i] * nE + es[i]] = 1;
    loads[js[i]]++;
    count(js[i], es[i], 1);
  });
  const canHandOver = (e: number, out: number, into: number) => {
    if (!ctx.available[into] || on[into * nE + e] || ctx.blocked[into * nE + e]) return false;
    const so = ctx.judges[out].side;
    if (so === ctx.judges[into].side) return true;
    return (so !== "employer" || !sides.employer[e] || employers[e] > 1) && (so !== "staff_side" || !sides.staff[e] || staff[e] > 1);
  };
  const viaJudge = new Int32Array(nJ);
  const viaFresh = new Int32Array(nJ);
  const seen = new Uint8Array(nJ);
  const queue = new Int32Array(nJ);
  const onPath = (x: number, e: number) => {
    for (let y = x; viaJudge[y] >= 0; y = viaJudge[y]) if (es[viaFresh[y]] === e) return true;
    return false;
  };
  /** Looks for a chain from judge a to a judge with two fewer; makes the hand-overs if found. */
  const step = (a: number): boolean => {
    seen.fill(0);
    viaJudge.fill(-1);
    let head = 0;
    let tail = 0;
    queue[tail++] = a;
    seen[a] = 1;
    while (head < tail) {
      const x = queue[head++];
      for (let i = 0; i < fresh.length; i++) {
        if (js[i] !== x || onPath(x, es[i])) continue;
        const e = es[i];
        for (let y = 0; y < nJ; y++) {
          if (seen[y] || !canHandOver(e, x, y)) continue;
          seen[y] = 1;
          viaJudge[y] = x;
          viaFresh[y] = i;
          if (loads[y] <= loads[a] - 2) {
            // Hand over along the chain, from b back to a (each entry appears once on it).
            for (let b = y; viaJudge[b] >= 0; ) {
              const k = viaFresh[b];
              const giver = viaJudge[b];
              on[giver * nE + es[k]] = 0;
              count(giver, es[k], -1);
              on[b * nE + es[k]] = 1;
              count(b, es[k], 1);
              js[k] = b;
              b = giver;
            }
            loads[a]--;
            loads[y]++;
            return true;
          }
          queue[tail++] = y;
        }
      }
    }
    return false;
  };
  for (let improved = true; improved; ) {
    improved = false;
    const order = Array.from({ length: nJ }, (_, j) => j).sort((x, y) => loads[y] - loads[x] || x - y);
    for (const a of order) {
      if (step(a)) {
        improved = true;
        break;
      }
    }
  }
  return Array.from({ length: fresh.length }, (_, i) => ({ judgeId: ctx.judges[js[i]].id, entryId: ctx.entries[es[i]].id }));
}

/** "the 3 employer-side judges 13 to 14 entries each, the 7 staff-side judges 8 to 9 and the 2 national-body judges 9 each". */
function splitBySide(ctx: Context, loads: Int32Array): string {
  const parts: string[] = [];
  for (const side of ["employer", "staff_side", "national_body"] as const) {
    const group = ctx.judges.map((_, j) => j).filter((j) => ctx.judges[j].side === side && ctx.available[j]);
    if (group.length === 0) continue;
    const values = group.map((j) => loads[j]);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const range = lo === hi ? `${lo}` : `${lo} to ${hi}`;
    const noun = side === "national_body" ? "national-body" : SIDE_NAME[side];
    const who = group.length === 1 ? `the 1 ${noun} judge` : `the ${group.length} ${noun} judges`;
    parts.push(parts.length === 0 ? `${who} ${group.length === 1 ? `has ${range} ${lo === hi && lo === 1 ? "entry" : "entries"}` : `have ${range} entries each`}` : `${who} ${range}${group.length === 1 || lo !== hi ? "" : " each"}`);
  }
  return listJoin(parts);
}

/** The likeliest cause of an impossible balance, from the two common shapes; else the general one. */
function imbalanceCause(ctx: Context, plan: Plan): string {
  const nJ = ctx.judges.length;
  let availableCount = 0;
  let total = 0;
  for (let j = 0; j < nJ; j++) {
    if (!ctx.available[j]) continue;
    availableCount++;
    total += plan.existingLoad[j];
  }
  for (let p = 0; p < plan.entries.length; p++) total += plan.need[p];
  const idleNational = ctx.judges.some((judge, j) => judge.side === "national_body" && ctx.available[j] && ctx.capacity[j] > 0);
  if (ctx.k === 2 && idleNational) {
    return (
      "with 2 judges per entry, each entry takes one employer-side and one staff-side judge, so national-body judges " +
      "can never be used. Raise the judges per entry or mark the national-body judges unavailable."
    );
  }
  for (const side of ["staff_side", "employer"] as const) {
    let judges = 0;
    let load = 0;
    for (let j = 0; j < nJ; j++) {
      if (ctx.judges[j].side !== side || !ctx.available[j]) continue;
      judges++;
      load += plan.existingLoad[j];
    }
    let needing = 0;
    for (let p = 0; p < plan.entries.length; p++) needing += side === "employer" ? plan.needEmployer[p] : plan.needStaff[p];
    const others = availableCount - judges;
    if (judges === 0) continue;
    // Not a guess: some judge of this side has at least ceil(the side's share), and some other judge
    // at most floor(what the others can have between them); more than one apart breaks the rule.
    const sideTotal = load + needing;
    const sideBusiest = Math.ceil(sideTotal / judges);
    const othersLeast = others > 0 ? Math.floor((total - sideTotal) / others) : sideBusiest;
    if (sideBusiest > othersLeast + 1) {
      const only = judges === 1 ? `only 1 ${SIDE_NAME[side]} judge` : `only ${judges} ${SIDE_NAME[side]} judges`;
      return (
        `every entry needs ${side === "employer" ? "an employer-side" : "a staff-side"} judge, and there ${judges === 1 ? "is" : "are"} ${only} for the ` +
        `${plural(needing, "entry", "entries")} that need one, so ${judges === 1 ? "that judge takes" : "between them they take"} at least ${sideTotal} ` +
        `(${(sideTotal / judges).toFixed(1)} each on average), while the other ${plural(others, "judge")} share at most ${total - sideTotal} ` +
        `(${((total - sideTotal) / Math.max(1, others)).toFixed(1)} each).`
      );
    }
  }
  return (
    "the conflicts of interest, recusals and assignments already made leave some judges too few entries they can take, " +
    "or give some too many already."
  );
}

export function assignJudges(input: AssignmentInput): AssignmentResult {
  const invalid = perEntryProblem(input.perEntry);
  if (invalid) return { ok: false, problems: [invalid], partial: [], overridable: false };
  const ctx = buildContext(input);
  const random = mulberry32(input.seed);
  const nJ = ctx.judges.length;
  const nE = ctx.entries.length;

  const { valid: existing, problems } = describeExisting(ctx, input);
  const existingOn: number[][] = ctx.entries.map(() => []);
  const existingLoad = new Int32Array(nJ);
  for (const a of existing) {
    const j = ctx.judgeIndex.get(a.judgeId)!;
    existingOn[ctx.entryIndex.get(a.entryId)!].push(j);
    existingLoad[j]++;
  }
  let availableCount = 0;
  for (let j = 0; j < nJ; j++) availableCount += ctx.available[j];
  const local = entryProblems(ctx, existingOn, availableCount);
  problems.push(...local.problems);

  const plan: Plan = {
    entries: [],
    need: new Int32Array(nE),
    needEmployer: new Uint8Array(nE),
    needStaff: new Uint8Array(nE),
    eligible: [],
    existingLoad,
    newCapacity: new Int32Array(nJ),
  };
  const judgeOrder = shuffleInPlace(Array.from({ length: nJ }, (_, j) => j), random);
  for (const e of shuffleInPlace(Array.from({ length: nE }, (_, e) => e), random)) {
    if (local.blockedEntries.has(e)) continue;
    const on = existingOn[e];
    const need = ctx.places[e] - on.length;
    if (need === 0) continue;
    const p = plan.entries.length;
    plan.entries.push(e);
    plan.need[p] = need;
    const eligible = judgeOrder.filter((j) => ctx.available[j] && ctx.blocked[j * nE + e] === 0 && !on.includes(j));
    // A second look asks both sides again when it has room for both and a free judge of each.
    const again = ctx.entries[e].newSides === true && need >= 2;
    const needs = (side: Side) =>
      !on.some((j) => ctx.judges[j].side === side) || (again && eligible.some((j) => ctx.judges[j].side === side));
    plan.needEmployer[p] = needs("employer") ? 1 : 0;
    plan.needStaff[p] = needs("staff_side") ? 1 : 0;
    shuffleInPlace(eligible, random);
    for (const j of eligible) plan.newCapacity[j]++;
    plan.eligible.push(eligible);
  }

  const solver = new PlanSolver(ctx, plan);
  const sides = sideNeeds(ctx, plan);
  const balanced = solveBalanced(ctx, plan, solver);
  let fresh = balanced ?? evenOut(ctx, sides, existing, solveMostEven(ctx, plan, solver));
  fresh = improveOverlap(ctx, sides, existing, fresh, random);
  const assignments = [...existing, ...fresh];
  const loadArray = loadsOf(ctx, assignments);
  const { max, min, spread } = loadSpread(ctx, loadArray);
  // A top-up after recusals or moves may find loads already apart; giving its work to the least busy
  // judges without widening the gap keeps the rule as far as this run can, so it is no break.
  const spreadBefore = loadSpread(ctx, existingLoad).spread;
  const unevenBefore = !balanced && existing.length > 0 && spreadBefore > 1 && spread <= spreadBefore;

  if (problems.length === 0 && !balanced && !unevenBefore) {
    problems.push({
      code: "load_unbalanced",
      message:
        `Judges' loads cannot all be kept within one of each other, so this assignment bends that rule, and only that one: no judge is ` +
        `given an entry they have a conflict of interest with, and every entry keeps an employer-side and a staff-side judge. ` +
        `Why: ${imbalanceCause(ctx, plan)} The most even split possible is proposed: ${splitBySide(ctx, loadArray)}; ` +
        `the busiest judge has ${plural(max, "entry", "entries")} and the least busy judge who could take more has ${min}. ` +
        `An administrator can confirm it with a reason.`,
    });
  }
  const overridable = problems.length > 0 && problems.every((p) => OVERRIDABLE_PROBLEM_CODES.includes(p.code));
  if (problems.length > 0) return { ok: false, problems, partial: assignments, overridable };

  // A safety net, not a step: the flow already guarantees these rules (the load rule aside, when the
  // loads were uneven before this run).
  const failures = checkAssignments(input, assignments).filter((p) => !(unevenBefore && p.code === "load_unbalanced"));
  if (failures.length > 0) return { ok: false, problems: failures, partial: assignments, overridable: false };

  const loads = new Map<number, number>();
  ctx.judges.forEach((judge, j) => loads.set(judge.id, loadArray[j]));
  const o = overlap(ctx, assignments);
  return {
    ok: true,
    assignments,
    loads,
    stats: { minLoad: min, maxLoad: max, connected: o.components <= 1, pairsSharingEntries: o.pairs, unevenBefore },
  };
}

// ---------------------------------------------------------------------------------------------
// After a recusal, and manual moves.

/** After a recusal: the best free judge for the entry (no conflict, not already on it, not excluded, keeps the side rule, least loaded), or null with the reason. */
export function replacementJudge(
  input: AssignmentInput,
  current: Assignment[],
  entryId: number,
): { judgeId: number } | { judgeId: null; reason: string } {
  const invalid = perEntryProblem(input.perEntry);
  if (invalid) return { judgeId: null, reason: invalid.message };
  const ctx = buildContext(input);
  const e = ctx.entryIndex.get(entryId);
  if (e === undefined) return { judgeId: null, reason: `${entryName(ctx, entryId, "Entry")} is not one of this round's entries.` };
  const nE = ctx.entries.length;
  const loads = loadsOf(ctx, current);
  const on = new Set<number>();
  for (const a of current) {
    const j = ctx.judgeIndex.get(a.judgeId);
    if (a.entryId === entryId && j !== undefined) on.add(j);
  }
  const places = ctx.places[e];
  if (on.size >= places) {
    return { judgeId: null, reason: `${entryName(ctx, entryId, "Entry")} already has ${plural(on.size, "judge")}; it needs ${places}.` };
  }
  const sides = [...on].map((j) => ctx.judges[j].side);
  const missing: Side[] = (["employer", "staff_side"] as const).filter((s) => !sides.includes(s));
  const placesAfter = places - on.size - 1;
  // With places to spare any side will do; otherwise the newcomer must bring a missing side.
  const allowed = (side: Side) => missing.length <= placesAfter || (missing.length === placesAfter + 1 && missing.includes(side));
  if (missing.length > placesAfter + 1) {
    return {
      judgeId: null,
      reason: `${entryName(ctx, entryId, "Entry")} has ${plural(places - on.size, "place")} left but needs both an employer-side and a staff-side judge.`,
    };
  }
  const candidates = shuffleInPlace(
    ctx.judges
      .map((_, j) => j)
      .filter((j) => ctx.available[j] && !on.has(j) && ctx.blocked[j * nE + e] === 0 && allowed(ctx.judges[j].side)),
    mulberry32(input.seed),
  );
  if (candidates.length > 0) {
    candidates.sort((a, b) => loads[a] - loads[b]); // stable: ties keep the seeded order
    return { judgeId: ctx.judges[candidates[0]].id };
  }
  const group = ctx.judges.map((_, j) => j).filter((j) => allowed(ctx.judges[j].side));
  const noun = missing.length > placesAfter ? `${missing.map((s) => SIDE_NAME[s]).join(" or ")} judge` : "judge";
  return {
    judgeId: null,
    reason: `No ${noun} can replace on ${entryName(ctx, entryId, "entry")}: ${whyUnusable(ctx, group, e, (j) => on.has(j), noun)}.`,
  };
}

/** A manual move of one assignment from one judge to another: allowed, or the rules it breaks and whether an admin may override them (only the load rule, with a reason). */
export function checkMove(
  input: AssignmentInput,
  current: Assignment[],
  move: { entryId: number; fromJudgeId: number; toJudgeId: number },
): { ok: true } | { ok: false; problems: Problem[]; overridable: boolean } {
  const invalid = perEntryProblem(input.perEntry);
  const fail = (problems: Problem[]) => ({
    ok: false as const,
    problems,
    overridable: problems.every((p) => OVERRIDABLE_PROBLEM_CODES.includes(p.code)),
  });
  if (invalid) return fail([invalid]);
  const ctx = buildContext(input);
  const { entryId, fromJudgeId, toJudgeId } = move;
  const e = ctx.entryIndex.get(entryId);
  const to = ctx.judgeIndex.get(toJudgeId);
  const problems: Problem[] = [];
  if (e === undefined) problems.push({ entryId, code: "unknown_entry", message: `${entryName(ctx, entryId, "Entry")} is not one of this round's entries.` });
  if (to === undefined) problems.push({ judgeId: toJudgeId, code: "unknown_judge", message: `${judgeName(ctx, toJudgeId, "Judge")} is not one of this round's judges.` });
  if (!current.some((a) => a.entryId === entryId && a.judgeId === fromJudgeId)) {
    problems.push({ entryId, judgeId: fromJudgeId, code: "not_assigned", message: `${judgeName(ctx, fromJudgeId, "Judge")} is not assigned to ${entryName(ctx, entryId, "entry")}, so there is nothing to move.` });
  }
  if (fromJudgeId === toJudgeId) {
    problems.push({ entryId, judgeId: toJudgeId, code: "invalid_input", message: `Choose a different judge to move ${entryName(ctx, entryId, "entry")} to.` });
  }
  if (problems.length > 0 || e === undefined || to === undefined) return fail(problems);

  const nE = ctx.entries.length;
  const b = ctx.blocked[to * nE + e];
  if (!ctx.available[to]) problems.push({ entryId, judgeId: toJudgeId, code: "unavailable_judge", message: `${judgeName(ctx, toJudgeId, "Judge")} is unavailable.` });
  if (b & CONFLICT) problems.push({ entryId, judgeId: toJudgeId, code: "conflict", message: `${judgeName(ctx, toJudgeId, "Judge")} has a conflict of interest with ${entryName(ctx, entryId, "entry")}.` });
  if (b & EXCLUDED) problems.push({ entryId, judgeId: toJudgeId, code: "excluded_pair", message: `${judgeName(ctx, toJudgeId, "Judge")} recused from ${entryName(ctx, entryId, "entry")} and cannot be given it again.` });
  if (current.some((a) => a.entryId === entryId && a.judgeId === toJudgeId)) {
    problems.push({ entryId, judgeId: toJudgeId, code: "duplicate", message: `${judgeName(ctx, toJudgeId, "Judge")} is already judging ${entryName(ctx, entryId, "entry")}.` });
  }
  const after = current.map((a) => (a.entryId === entryId && a.judgeId === fromJudgeId ? { entryId, judgeId: toJudgeId } : a));
  const sidesOn = (list: Assignment[]) =>
    list
      .filter((a) => a.entryId === entryId)
      .map((a) => {
        const j = ctx.judgeIndex.get(a.judgeId);
        return j === undefined ? null : ctx.judges[j].side;
      });
  const sidesBefore = sidesOn(current);
  const sidesAfter = sidesOn(after);
  for (const side of ["employer", "staff_side"] as const) {
    // Only what the move takes away: an entry already missing a side is for the admin to fix.
    if (sidesBefore.includes(side) && !sidesAfter.includes(side)) {
      problems.push({
        entryId,
        judgeId: toJudgeId,
        code: side === "employer" ? "no_employer_side" : "no_staff_side",
        message: `${entryName(ctx, entryId, "Entry")} would have no ${SIDE_NAME[side]} judge.`,
      });
    }
  }
  // Judged against the state before the move, so a round already out of balance (after recusals)
  // does not block moves that do not make it worse.
  const before = loadSpread(ctx, loadsOf(ctx, current));
  const afterLoads = loadsOf(ctx, after);
  const spread = loadSpread(ctx, afterLoads);
  if (spread.spread > 1 && spread.spread > before.spread) {
    problems.push({
      entryId,
      judgeId: toJudgeId,
      code: "load_unbalanced",
      message:
        `Moving ${entryName(ctx, entryId, "entry")} from ${judgeName(ctx, fromJudgeId, "judge")} to ${judgeName(ctx, toJudgeId, "judge")} would leave loads ${spread.spread} apart ` +
        `(${judgeName(ctx, toJudgeId, "judge")} would have ${afterLoads[to]}, the least busy judge who could take more ${spread.min}); ` +
        `they should be within one of each other. An administrator can override this with a reason.`,
    });
  }
  return problems.length === 0 ? { ok: true } : fail(problems);
}
