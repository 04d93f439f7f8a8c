// Speed of judge assignment at the size of a large round: 1,000 entries, 60 judges (25 employer
// side, 25 staff side, 10 national bodies), 5% random conflicts, 3 judges per entry; median of 5 runs.
// `npx tsx scripts/bench/assignment.ts` prints it; scripts/bench.ts can import benchAssignment.
import { fileURLToPath } from "node:url";
import { assignJudges, type AssignmentInput, type AssignmentJudge, type Side } from "../../app/domain/assignment";
import { pairKey } from "../../app/domain/conflicts";
import { mulberry32 } from "../../app/domain/random";

const ENTRIES = 1000;
const SIDES: [Side, number][] = [
  ["employer", 25],
  ["staff_side", 25],
  ["national_body", 10],
];
const CONFLICT_RATE = 0.05;
const PER_ENTRY = 3;
const RUNS = 5;


function benchInput(seed: number): AssignmentInput {
  const random = mulberry32(seed);
  const judges: AssignmentJudge[] = [];
  for (const [side, count] of SIDES) for (let i = 0; i < count; i++) judges.push({ id: judges.length + 1, side });
  const entries = Array.from({ length: ENTRIES }, (_, i) => ({ id: 1001 + i }));
  const conflicts = new Set<string>();
  for (const judge of judges) {
    for (const entry of entries) if (random() < CONFLICT_RATE) conflicts.add(pairKey(judge.id, entry.id));
  }
  return { entries, judges, perEntry: PER_ENTRY, seed, conflicts };
}

export function benchAssignment(): { case: string; ms: number; note: string } {
  const timings: number[] = [];
  let note = "";
  for (let run = 0; run < RUNS; run++) {
    const input = benchInput(run + 1);
    const started = performance.now();
    const result = assignJudges(input);
    timings.push(performance.now() - started);
    if (!result.ok) {
      note = `failed: ${result.problems[0]?.message}`;
    } else if (!note) {
      const { minLoad, maxLoad, connected, pairsSharingEntries } = result.stats;
      note = `loads ${minLoad}–${maxLoad}, ${connected ? "connected" : "NOT connected"}, ${pairsSharingEntries} of ${(60 * 59) / 2} judge pairs share entries`;
    }
  }
  timings.sort((a, b) => a - b);
  return {
    case: `assignJudges: ${ENTRIES} entries × 60 judges, k=${PER_ENTRY}, ${CONFLICT_RATE * 100}% conflicts (median of ${RUNS})`,
    ms: Math.round(timings[Math.floor(RUNS / 2)] * 10) / 10,
    note: `${note}; target ≤ 1000 ms`,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.table([benchAssignment()]);
}
