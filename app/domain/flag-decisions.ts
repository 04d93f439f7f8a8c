// The secretariat's decisions on an entry's flags (decision 024): each flagged phrase is hidden from
// judges or kept, decided once per phrase (its key), so a decision outlives rebuilds of the text and
// a phrase flagged for the first time starts undecided. An entry is released only when none remain.
import { phraseKey, type Flag, type RedactionKind } from "./redaction";
import type { FlagDecision } from "./vocabulary";

/**
 * The key a flag is decided under: the redactor's own normal form of the phrase (`phraseKey`), so
 * "Eastbrook’s  Hospital", "eastbrook's hospital" and "Eastbrook Hospital" are one decision, the
 * same as the flag's `key`. Keys stored under the earlier normal form were rewritten by migration
 * 2026_12_02_1310_flag_keys.
 */
export function flagKey(matched: string): string {
  return phraseKey(matched);
}

/** The key of one flag: the redactor's `key`, which is `flagKey` of what it matched. */
export function keyOfFlag(flag: Pick<Flag, "matched" | "key">): string {
  return flag.key;
}

/** How a flagged phrase is hidden when the secretariat hides it: as what it seems to be, else "[redacted]". */
export function hiddenKindOf(flag: Pick<Flag, "kind">): RedactionKind {
  return flag.kind === "other" ? "term" : flag.kind;
}

export type FlagContext = { before: string; phrase: string; after: string };

/** The flagged phrase with up to `width` characters either side, cut at a word and on one line. */
export function flagContext(text: string, flag: Pick<Flag, "start" | "end">, width = 60): FlagContext {
  const oneLine = (s: string) => s.replace(/\s+/g, " ");
  let from = Math.max(0, flag.start - width);
  let to = Math.min(text.length, flag.end + width);
  if (from > 0) {
    const space = text.indexOf(" ", from);
    from = space === -1 || space >= flag.start ? from : space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    to = space === -1 || space <= flag.end ? to : space;
  }
  return {
    before: `${from > 0 ? "…" : ""}${oneLine(text.slice(from, flag.start))}`,
    phrase: text.slice(flag.start, flag.end),
    after: `${oneLine(text.slice(flag.end, to))}${to < text.length ? "…" : ""}`,
  };
}

export type FieldFlags = { field: string; text: string; flags: Flag[] };

/** One flagged phrase as the review page lists it: where it first appears, how often, and what was decided. */
export type FlagToDecide = {
  key: string;
  matched: string;
  reason: string;
  field: string;
  context: FlagContext;
  occurrences: number;
  decision: FlagDecision | null;
};

/**
 * The entry's flags, one per key (the first place it appears), undecided ones first, each in the
 * order it appears. A key decided "hide" no longer shows here once the phrase is hidden.
 */
export function flagsToDecide(fields: readonly FieldFlags[], decisions: ReadonlyMap<string, FlagDecision>): FlagToDecide[] {
  const byKey = new Map<string, FlagToDecide>();
  for (const f of fields) {
    for (const flag of f.flags) {
      const key = keyOfFlag(flag);
      const seen = byKey.get(key);
      if (seen) {
        seen.occurrences++;
        continue;
      }
      byKey.set(key, { key, matched: flag.matched, reason: flag.reason, field: f.field, context: flagContext(f.text, flag), occurrences: 1, decision: decisions.get(key) ?? null });
    }
  }
  const all = [...byKey.values()];
  return [...all.filter((f) => f.decision === null), ...all.filter((f) => f.decision !== null)];
}

/** The keys still to decide: flagged now and never decided. */
export function undecidedFlagKeys(flags: readonly Pick<Flag, "matched" | "key">[], decided: ReadonlySet<string> | ReadonlyMap<string, unknown>): string[] {
  const keys = new Set(flags.map(keyOfFlag));
  return [...keys].filter((k) => !decided.has(k));
}
