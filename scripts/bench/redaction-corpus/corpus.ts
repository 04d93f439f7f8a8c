// The redaction corpus: entries for real NHS organisations of the register (scripts/seed/data/etr.csv),
// written the way trust staff write nominations, each mention marked up (see markup.ts). Development
// data for the benchmark only; the targets are checked on a held-out corpus built the same way.
import { stripMarkup, wordCount, type Annotation } from "./markup";
import { ENTRIES_A } from "./entries-a";
import { ENTRIES_B } from "./entries-b";
import { ENTRIES_C } from "./entries-c";
import { ENTRIES_D } from "./entries-d";
import { ENTRIES_E } from "./entries-e";
import { ENTRIES_F } from "./entries-f";
import { ENTRIES_G } from "./entries-g";
import { ENTRIES_H } from "./entries-h";
import { ENTRIES_I } from "./entries-i";
import { ENTRIES_J } from "./entries-j";
import { ENTRIES_K } from "./entries-k";
import { ENTRIES_L } from "./entries-l";
import { ENTRIES_M } from "./entries-m";
import { ENTRIES_N } from "./entries-n";
import { ENTRIES_O } from "./entries-o";
import { ENTRIES_P } from "./entries-p";
import { ENTRIES_Q } from "./entries-q";
import { ENTRIES_R } from "./entries-r";
import { ENTRIES_S } from "./entries-s";
import { ENTRIES_T } from "./entries-t";
import { ENTRIES_U } from "./entries-u";
import { ENTRIES_V } from "./entries-v";
import { ENTRIES_W } from "./entries-w";
import { ENTRIES_X } from "./entries-x";
import { ENTRIES_Y } from "./entries-y";
import { ENTRIES_Z } from "./entries-z";
import { ENTRIES_ZZ } from "./entries-zz";
import { ENTRIES_AA } from "./entries-aa";
import { ENTRIES_AB } from "./entries-ab";
import { ENTRIES_AC } from "./entries-ac";
import { ENTRIES_AD } from "./entries-ad";
import { ENTRIES_AE } from "./entries-ae";
import { ENTRIES_AF } from "./entries-af";
import { ENTRIES_AG } from "./entries-ag";
import { ENTRIES_AH } from "./entries-ah";
import { ENTRIES_AI } from "./entries-ai";
import { ENTRIES_AJ } from "./entries-aj";
import { ENTRIES_AK } from "./entries-ak";
import { ENTRIES_AL } from "./entries-al";
import { ENTRIES_AM } from "./entries-am";
import { ENTRIES_AN } from "./entries-an";
import { ENTRIES_AO } from "./entries-ao";
import { ENTRIES_AP } from "./entries-ap";
import { ENTRIES_AQ } from "./entries-aq";
import { ENTRIES_AR } from "./entries-ar";
import { ENTRIES_AS } from "./entries-as";
import { ENTRIES_AT } from "./entries-at";
import { ENTRIES_AU } from "./entries-au";
import { ENTRIES_AV } from "./entries-av";
import { ENTRIES_AW } from "./entries-aw";
import { ENTRIES_AX } from "./entries-ax";

/** Someone the nomination names: a lead, a member of the organisation's team, an endorser. */
export type PersonOnRecord = { role: "employer_lead" | "staff_lead" | "member" | "endorser"; name: string; email: string | null };

/** One entry as written: the marked-up text and what the entrant gave the form. */
export type MarkedEntry = {
  id: string;
  odsCode: string;
  style: string;
  people: PersonOnRecord[];
  /** What the entrant listed on the form for judges not to see (often nothing). */
  identifyingTerms: string[];
  marked: string;
};

export type CorpusEntry = Omit<MarkedEntry, "marked"> & { text: string; annotations: Annotation[]; words: number };

export function loadCorpus(): CorpusEntry[] {
  // BENCH_CORPUS_PARTS=s,t scores only the entries whose ids start with those letters (a part at a time).
  const parts = process.env.BENCH_CORPUS_PARTS?.split(",").map((p) => p.trim()).filter(Boolean);
  return [...ENTRIES_A, ...ENTRIES_B, ...ENTRIES_C, ...ENTRIES_D, ...ENTRIES_E, ...ENTRIES_F, ...ENTRIES_G, ...ENTRIES_H, ...ENTRIES_I, ...ENTRIES_J, ...ENTRIES_K, ...ENTRIES_L, ...ENTRIES_M, ...ENTRIES_N, ...ENTRIES_O, ...ENTRIES_P, ...ENTRIES_Q, ...ENTRIES_R, ...ENTRIES_S, ...ENTRIES_T, ...ENTRIES_U, ...ENTRIES_V, ...ENTRIES_W, ...ENTRIES_X, ...ENTRIES_Y, ...ENTRIES_Z, ...ENTRIES_ZZ, ...ENTRIES_AA, ...ENTRIES_AB, ...ENTRIES_AC, ...ENTRIES_AD, ...ENTRIES_AE, ...ENTRIES_AF, ...ENTRIES_AG, ...ENTRIES_AH, ...ENTRIES_AI, ...ENTRIES_AJ, ...ENTRIES_AK, ...ENTRIES_AL, ...ENTRIES_AM, ...ENTRIES_AN, ...ENTRIES_AO, ...ENTRIES_AP, ...ENTRIES_AQ, ...ENTRIES_AR, ...ENTRIES_AS, ...ENTRIES_AT, ...ENTRIES_AU, ...ENTRIES_AV, ...ENTRIES_AW, ...ENTRIES_AX].map(({ marked, ...rest }) => {
    const { text, annotations } = stripMarkup(marked.trim());
    return { ...rest, text, annotations, words: wordCount(text) };
  }).filter((e) => !parts || parts.some((p) => e.id.startsWith(p)));
}
