// How long the blind-judging redactor takes: compiling a realistic subject (its own names, people,
// terms and 300 other NHS organisations) and redacting a 3,000-word entry that mentions them.
// The budget is 5 ms per entry at p95. `npx tsx scripts/bench/redaction.ts` prints the row.
import { pathToFileURL } from "node:url";
import { compileRedactor, type RedactionSubject } from "../../app/domain/redaction";

const WARM_UP = 50;
const RUNS = 200;
const ENTRY_WORDS = 3000;

const PLACES =
  "Ashford Barnfield Calder Dunmere Elmbridge Fenwick Glenholt Harwood Ingleby Kestrel Longmoor Marston Netherby Oakhurst Penrith Quarry Redcliffe Stanmore Thornbury Upwood Wexcombe Yarrow Alderley Brampton Coldwater Dovedale Eastwick Foxley Greystone Hollins".split(
    " ",
  );
const KINDS = [
  "NHS Foundation Trust",
  "NHS Trust",
  "Teaching Hospitals NHS Foundation Trust",
  "Community Health NHS Trust",
  "Integrated Care Board",
  "Mental Health NHS Foundation Trust",
  "University Hospitals NHS Trust",
  "Healthcare NHS Foundation Trust",
  "Partnership NHS Foundation Trust",
  "Hospitals NHS Foundation Trust",
];

/** 300 other NHS organisations' names: two place names and a kind, e.g. "Ashford Calder NHS Trust". */
function otherOrganisations(): string[] {
  const names = ["Guy's and St Thomas' NHS Foundation Trust", "St George's University Hospitals NHS Foundation Trust"];
  for (let i = 0; names.length < 300; i++) {
    const a = PLACES[i % PLACES.length];
    const b = PLACES[(i + 1 + Math.floor(i / PLACES.length)) % PLACES.length];
    names.push(`${a} ${b} ${KINDS[i % KINDS.length]}`);
  }
  return names;
}

export function benchSubject(): RedactionSubject {
  return {
    organisation: {
      name: "Northmoor Valley NHS Foundation Trust",
      shortName: "Northmoor Valley",
      aliases: ["NMV", "Northmoor Valley Hospitals", "Moorside General Hospital", "Northmoor Infirmary"],
      odsCode: "RX1",
    },
    people: ["Dr Priya Raman", "Tom Whitfield", "Siobhan O'Neill", "Prof. Kwame Mensah", "Anna-Marie Kowalski", "Li Wei"],
    identifyingTerms: [
      "Lantern Project",
      "Moorside",
      "Ward 12B",
      "Valley Voices",
      "Northmoor Staff Partnership Forum",
      "Heron Unit",
      "Brackenfield",
      "Team Kestrel",
    ],
    extraTerms: [
      { text: "Eastbrook", kind: "place" },
      { text: "the first trust in the north to do this", kind: "term" },
    ],
    otherOrganisations: otherOrganisations(),
  };
}

const FILLER = (
  "the and of to in a for with was that on by as it their this from were at be have all our partnership staff side " +
  "union trust employer wellbeing culture learning just fair rota sickness absence recruitment retention nurses " +
  "porters midwives paramedics training leadership listening survey policy disciplinary grievance flexible working " +
  "menopause carers violence safety pay bullying harassment inclusion race disability equality apprenticeships"
).split(" ");

const MENTIONS = [
  "Northmoor Valley NHS Foundation Trust",
  "Northmoor Valley's",
  "NMV",
  "RX1",
  "Dr. Priya Raman",
  "Tom Whitfield",
  "Siobhan O’Neill",
  "Lantern Project",
  "Ward 12B",
  "Moorside General Hospital",
  "priya.raman@nmv.nhs.uk",
  "www.northmoorvalley.nhs.uk/lantern",
  "01632 960 001",
  "NM1 2AB",
  "Guys & St Thomas",
  "Ashford Barnfield NHS Foundation Trust",
  "Westfield Hospital",
  "2,300 staff",
  "2019/20",
  "15%",
  "the Trust",
];

/** A 3,000-word entry: everyday words, a sentence break now and then, a mention every ~25 words. */
export function benchEntry(words = ENTRY_WORDS): string {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: string[] = [];
  let count = 0;
  let mention = 0;
  while (count < words) {
    if (count % 25 === 12) {
      const m = MENTIONS[mention++ % MENTIONS.length];
      out.push(m);
      count += m.split(" ").length;
    } else {
      out.push(FILLER[Math.floor(random() * FILLER.length)] + (random() < 0.08 ? "." : ""));
      count++;
    }
  }
  return out.join(" ");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function benchRedaction(): { case: string; p50: number; p95: number; note: string } {
  const subject = benchSubject();
  const entry = benchEntry();

  for (let i = 0; i < 10; i++) compileRedactor(subject);
  const compileTimes: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    compileRedactor(subject);
    compileTimes.push(performance.now() - t0);
  }
  const redact = compileRedactor(subject);

  for (let i = 0; i < WARM_UP; i++) redact(entry);
  const times: number[] = [];
  let result = redact(entry);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = redact(entry);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  compileTimes.sort((a, b) => a - b);

  return {
    case: `redact a ${ENTRY_WORDS.toLocaleString("en-GB")}-word entry (ms)`,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    note:
      `${RUNS} runs after ${WARM_UP} warm-up; compile p50 ${round(percentile(compileTimes, 50))} ms, ` +
      `p95 ${round(percentile(compileTimes, 95))} ms ` +
      `(300 other organisations); ${result.redactions.length} redactions, ${result.flags.length} flags; budget p95 ≤ 5 ms`,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table([benchRedaction()]);
}
