// Scores a redactor on the redaction corpus: the subject of each entry is built as
// app/models/judging-entries.server.ts builds it (the organisation's names from the register, the
// people the nomination names, the entrant's own terms, the other organisations to flag), from the
// corpus entry and etr.csv, without a database. Pure apart from reading etr.csv once.
//
// A mention counts as hidden when the redactions cover at least 80 % of its significant characters
// (letters and digits, leaving out generic words such as "Hospital", "the" or "branch", so that
// "[redacted] Hospital" counts as hidden), and as hidden or flagged when redactions and flags together
// cover at least 80 %. A word of the text counts as hidden when redactions cover half its characters.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { isRegisterPredecessor, parseEtr, type RegisterEntry } from "../../../app/domain/national-register";
import type { RedactedText, RedactionSubject } from "../../../app/domain/redaction";
import { REGISTER_BODIES } from "../../seed/register-bodies";
import { predecessorsOf } from "../../seed/etr-successors";
import { formerNamesOf } from "../../seed/etr-former-names";
import type { CorpusEntry } from "./corpus";
import { MENTION_KINDS, STRONG_KINDS, type MentionKind } from "./markup";

export const HIDDEN_SHARE = 0.8;

export type Redactor = (subject: RedactionSubject) => (text: string) => RedactedText;

let register: RegisterEntry[] | null = null;
export function etrRegister(): RegisterEntry[] {
  register ??= parseEtr(fs.readFileSync(fileURLToPath(new URL("../../../scripts/seed/data/etr.csv", import.meta.url)), "utf8"));
  return register;
}

/** The subject judging-entries.server.ts would build for this entry, from the register instead of the database. */
export function subjectFor(entry: CorpusEntry, registerEntries: RegisterEntry[] = etrRegister()): RedactionSubject {
  // A trust of etr.csv, or a body of the register with an ODS code (Wales's health boards).
  const own = registerEntries.find((r) => r.odsCode === entry.odsCode) ?? REGISTER_BODIES.find((r) => r.odsCode === entry.odsCode);
  if (!own) throw new Error(`${entry.id}: ODS code ${entry.odsCode} is not in the register`);
  const otherNames = new Set<string>();
  const places = new Set<string>();
  for (const o of registerEntries) if (o.town) places.add(o.town.trim());
  for (const o of [...registerEntries, ...REGISTER_BODIES]) {
    if (o === own || o.kind === "national_body" || o.kind === "trade_union") continue;
    for (const n of [o.name, o.shortName, ...o.aliases, ...o.formerNames]) if (n && n.trim().length > 2) otherNames.add(n.trim());
  }
  // Organisations merged into this one, by every name they had, as the model reads them by successor.
  const predecessors = predecessorsOf(own.odsCode ?? "").map((code) => registerEntries.find((r) => r.odsCode === code)).filter((r): r is RegisterEntry => !!r);
  // And the closed trusts the register itself ties to it (same headquarters postcode, or its ICB and
  // closed while it was open), as the model reads them from the organisations table.
  for (const r of registerEntries) if (r !== own && !predecessors.includes(r) && isRegisterPredecessor(own, r)) predecessors.push(r);
  const predecessorNames = predecessors.flatMap((p) => [p.name, p.shortName, ...p.aliases, ...p.formerNames]).filter((n): n is string => !!n && n.trim().length > 1);
  // Former names the seed adds from etr-former-names.ts, as the model reads them from the aliases.
  const formerNames = [...new Set([...own.formerNames, ...formerNamesOf(own.odsCode)])];
  for (const n of [...predecessorNames, ...formerNames]) otherNames.delete(n.trim());
  return {
    organisation: { name: own.name, shortName: own.shortName, aliases: [...own.aliases, ...formerNames, ...predecessorNames], odsCode: own.odsCode, site: own.site, town: own.town },
    people: [...new Set(entry.people.map((p) => p.name.trim()).filter((p) => p.length > 1))],
    identifyingTerms: entry.identifyingTerms,
    extraTerms: [],
    otherOrganisations: [...otherNames].sort(),
    places: [...places].sort(),
  };
}

/** Characters of [start, end) covered by the union of the given ranges. */
function covered(start: number, end: number, ranges: { start: number; end: number }[]): number {
  const marks = new Uint8Array(end - start);
  for (const r of ranges) for (let i = Math.max(start, r.start); i < Math.min(end, r.end); i++) marks[i - start] = 1;
  return marks.reduce((a, b) => a + b, 0);
}

/** Words that name no one on their own: a mention is hidden when the rest of it is. */
export const GENERIC_WORDS = new Set(["the", "hospital", "hospitals", "infirmary", "centre", "unit", "branch", "house", "building", "at", "in", "of"]);

/** The significant characters of a mention: letters and digits outside generic words (all of them if nothing is left). */
export function significantRanges(text: string, start: number, end: number): { start: number; end: number }[] {
  const mention = text.slice(start, end);
  const all = [...mention.matchAll(/[\p{L}\p{N}]+/gu)].map((w) => ({ start: start + w.index!, end: start + w.index! + w[0].length, word: w[0] }));
  const kept = all.filter((w) => !GENERIC_WORDS.has(w.word.toLowerCase()));
  return (kept.length > 0 ? kept : all).map(({ start: s, end: e }) => ({ start: s, end: e }));
}

/** Whether the ranges cover at least HIDDEN_SHARE of the mention's significant characters. */
function mostlyCovered(text: string, start: number, end: number, ranges: { start: number; end: number }[]): boolean {
  const parts = significantRanges(text, start, end);
  const total = parts.reduce((n, p) => n + p.end - p.start, 0);
  const hit = parts.reduce((n, p) => n + covered(p.start, p.end, ranges), 0);
  return total > 0 && hit >= HIDDEN_SHARE * total;
}

/** One entry's score; `strongMissed` says of each strong identifier left whether a flag covers it. */
export type EntryScore = { id: string; strong: number; strongHidden: number; strongMissed: string[]; flags: number };

export type CorpusScore = {
  entries: number;
  words: number;
  byKind: Record<MentionKind, { mentions: number; hidden: number }>;
  mentions: number;
  hidden: number;
  strong: number;
  strongHidden: number;
  strongHiddenOrFlagged: number;
  entriesWithStrongLeft: number;
  entriesWithStrongUnflagged: number;
  decoys: number;
  decoysHidden: number;
  decoysHiddenList: string[];
  wordsHidden: number;
  perEntry: EntryScore[];
};

export function scoreCorpus(corpus: CorpusEntry[], redactor: Redactor): CorpusScore {
  const byKind = Object.fromEntries(MENTION_KINDS.map((k) => [k, { mentions: 0, hidden: 0 }])) as CorpusScore["byKind"];
  const score: CorpusScore = {
    entries: corpus.length, words: 0, byKind, mentions: 0, hidden: 0, strong: 0, strongHidden: 0, strongHiddenOrFlagged: 0,
    entriesWithStrongLeft: 0, entriesWithStrongUnflagged: 0, decoys: 0, decoysHidden: 0, decoysHiddenList: [], wordsHidden: 0, perEntry: [],
  };
  const registerEntries = etrRegister();
  for (const entry of corpus) {
    const result = redactor(subjectFor(entry, registerEntries))(entry.text);
    const both = [...result.redactions, ...result.flags];
    const per: EntryScore = { id: entry.id, strong: 0, strongHidden: 0, strongMissed: [], flags: result.flags.length };
    let strongLeft = false;
    let strongUnflagged = false;
    for (const a of entry.annotations) {
      const hidden = mostlyCovered(entry.text, a.start, a.end, result.redactions);
      if (a.kind === "decoy") {
        score.decoys++;
        if (covered(a.start, a.end, result.redactions) > 0) {
          score.decoysHidden++;
          score.decoysHiddenList.push(a.text);
        }
        continue;
      }
      score.mentions++;
      byKind[a.kind].mentions++;
      if (hidden) {
        score.hidden++;
        byKind[a.kind].hidden++;
      }
      if (!STRONG_KINDS.has(a.kind)) continue;
      score.strong++;
      per.strong++;
      if (hidden) {
        score.strongHidden++;
        per.strongHidden++;
        score.strongHiddenOrFlagged++;
        continue;
      }
      strongLeft = true;
      const flagged = mostlyCovered(entry.text, a.start, a.end, both);
      per.strongMissed.push(`${flagged ? "flagged" : "NOT FLAGGED"} ${a.kind}: ${a.text}`);
      if (flagged) score.strongHiddenOrFlagged++;
      else strongUnflagged = true;
    }
    if (strongLeft) score.entriesWithStrongLeft++;
    if (strongUnflagged) score.entriesWithStrongUnflagged++;
    for (const w of entry.text.matchAll(/[\p{L}\p{N}][^\s]*/gu)) {
      score.words++;
      const start = w.index!;
      if (covered(start, start + w[0].length, result.redactions) * 2 >= w[0].length) score.wordsHidden++;
    }
    score.perEntry.push(per);
  }
  return score;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A 3,000-word entry made of corpus entries for one organisation run together, and its subject. */
export function longEntry(corpus: CorpusEntry[], words = 3000): { subject: RedactionSubject; text: string } {
  const first = corpus[0];
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const e = corpus[i % corpus.length];
    parts.push(e.text);
    count += e.words;
  }
  const text = parts.join("\n\n").split(/(\s+)/);
  // Trimmed to the word count: every other item of the split is whitespace.
  return { subject: subjectFor({ ...first, people: corpus.flatMap((e) => e.people) }), text: text.slice(0, words * 2 - 1).join("") };
}

/** p50 and p95 (ms) of redacting a 3,000-word corpus-like entry with a compiled redactor. */
export function timeLongEntry(corpus: CorpusEntry[], redactor: Redactor, runs = 200, warmUp = 50): { p50: number; p95: number } {
  const { subject, text } = longEntry(corpus);
  const redact = redactor(subject);
  for (let i = 0; i < warmUp; i++) redact(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    redact(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
}
