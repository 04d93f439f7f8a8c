// The redaction corpus's row group for `npm run bench` (and `npm run bench:redaction` on its own, no
// build and no server): the current redactor scored on the development corpus, as a table.
import { pathToFileURL } from "node:url";
import { compileRedactor } from "../../../app/domain/redaction";
import { loadCorpus } from "./corpus";
import { KIND_LABELS, MENTION_KINDS } from "./markup";
import { scoreCorpus, timeLongEntry } from "./score";

const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`);

export type CorpusRow = { measure: string; value: string; target: string };

export function benchRedactionCorpus(): { rows: CorpusRow[]; kindRows: CorpusRow[]; entryRows: CorpusRow[]; missed: string[] } {
  const corpus = loadCorpus();
  const s = scoreCorpus(corpus, compileRedactor);
  const time = timeLongEntry(corpus, compileRedactor);
  const words = corpus.map((e) => e.words);
  const rows: CorpusRow[] = [
    { measure: `corpus: entries, words (min–max)`, value: `${s.entries}, ${s.words} (${Math.min(...words)}–${Math.max(...words)})`, target: "≥ 40 entries" },
    { measure: "identifying mentions hidden", value: `${pct(s.hidden, s.mentions)} of ${s.mentions}`, target: "" },
    { measure: "strong identifiers hidden", value: `${pct(s.strongHidden, s.strong)} of ${s.strong}`, target: "≥ 90 %" },
    { measure: "strong identifiers hidden or flagged", value: pct(s.strongHiddenOrFlagged, s.strong), target: "≥ 98 %" },
    { measure: "entries with a strong identifier left (not hidden)", value: `${s.entriesWithStrongLeft} of ${s.entries}`, target: "" },
    { measure: "entries with a strong identifier neither hidden nor flagged", value: `${s.entriesWithStrongUnflagged} of ${s.entries} (${pct(s.entriesWithStrongUnflagged, s.entries)})`, target: "≤ 5 %" },
    { measure: "decoys hidden (any part)", value: `${pct(s.decoysHidden, s.decoys)} of ${s.decoys}`, target: "≤ 1 %" },
    { measure: "words hidden", value: pct(s.wordsHidden, s.words), target: "≤ 12 %" },
    { measure: "redact a 3,000-word corpus entry (ms)", value: `p50 ${time.p50}, p95 ${time.p95}`, target: "p95 ≤ 10 ms" },
  ];
  const kindRows = MENTION_KINDS.map((k) => ({
    measure: `hidden: ${KIND_LABELS[k]}`,
    value: `${pct(s.byKind[k].hidden, s.byKind[k].mentions)} of ${s.byKind[k].mentions}`,
    target: k === "person" ? "100 %" : "",
  }));
  const flags = s.perEntry.map((e) => e.flags).sort((a, b) => a - b);
  const mean = flags.reduce((a, b) => a + b, 0) / Math.max(1, flags.length);
  rows.push({ measure: "flags per entry: mean, median (min–max)", value: `${mean.toFixed(2)}, ${flags[Math.floor((flags.length - 1) / 2)]} (${flags[0]}–${flags[flags.length - 1]})`, target: "few" });
  const missed = s.perEntry.flatMap((e) => e.strongMissed.map((m) => `${e.id}: ${m}`));
  const entryRows = s.perEntry.map((e) => ({ measure: e.id, value: `${e.strongHidden} of ${e.strong} strong hidden, ${e.flags} flags`, target: "" }));
  return { rows, kindRows, entryRows, missed: [...missed, ...s.decoysHiddenList.map((d) => `decoy hidden: ${d}`)] };
}

export function printRedactionCorpus() {
  const { rows, kindRows, entryRows, missed } = benchRedactionCorpus();
  console.log("\nRedaction corpus (a mention is hidden when redactions cover ≥ 80 % of its letters and digits, generic words such as \"Hospital\" left out)\n");
  console.table(rows);
  console.table(kindRows);
  console.table(entryRows);
  if (process.env.BENCH_VERBOSE) console.log(missed.join("\n"));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printRedactionCorpus();
}
