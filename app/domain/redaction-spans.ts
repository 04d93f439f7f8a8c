// The last pass over the redactor's hidden spans: a span of the organisation's names that stops short
// of the name it belongs to is widened over the rest of it (issue 11, decision 035, session 9).
//
// "UNISON Cornwall Health Branch" with only "Cornwall" hidden reads "UNISON [hidden] Health Branch",
// and "Hywel Dda Health Board" (a former name) reads "[hidden] Health Board": what is left says which
// kind of body it was and, with a union's name, that it is a branch of the entrant's own. The words
// after a hidden span that end an organisation's or a branch's name are hidden with it, and a union's
// name before it when what follows is a branch. Pure: text and spans in, spans out.

/** What the pass needs of a span: where it is and what kind of thing its longest hit hides. */
export type WidenableSpan = { start: number; end: number; best: { start: number; end: number; kind: string } };

// The gap between a name and its tail: spaces, or one hard line break (a blank line ends a paragraph).
const GAP = String.raw`(?:[ \t]+|[ \t]*\n[ \t]*)`;
// Unions as branches write them, in the case they are written in ("Unite", never "unite").
const UNION = String.raw`(?:UNISON|Unison|GMB|Unite|RCN|RCM|CSP|SoR|BMA|HCSA|BDA|RCOT|MiP|FCS|UCATT)`;
const BRANCH = String.raw`[Bb]ranch(?:es)?`;

// The tails, longest first so the widest is taken. Capitalised, as names are written: "the Cornwall
// trust" is a description, and "trust" there says no more than "the Trust".
const TAIL = new RegExp(
  String.raw`^${GAP}(?:` +
    [
      String.raw`(?:University${GAP})?Health${GAP}Board`,
      String.raw`(?:Teaching${GAP})?Hospitals(?:${GAP}NHS(?:${GAP}Foundation)?${GAP}Trust)?`,
      String.raw`NHS(?:${GAP}Foundation)?${GAP}Trust`,
      String.raw`Foundation${GAP}Trust`,
      String.raw`Trust`,
      String.raw`(?:Health${GAP})?${UNION}(?:${GAP}${BRANCH})?`,
      String.raw`Health${GAP}${BRANCH}`,
      String.raw`Branch(?:es)?`,
    ].join("|") +
    String.raw`)(?![\p{L}\p{N}])`,
  "u",
);
const UNION_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])${UNION}${GAP}$`, "u");
const ENDS_A_BRANCH = /branch(?:es)?$/i;

// Only spans of names are widened: a person's name or an e-mail address has no such tail.
const WIDENED_KINDS = new Set(["organisation", "place", "term"]);

/**
 * The spans, in order, with each span of a name widened over an organisation's or branch's tail next
 * to it ("Health Board", "NHS Trust", "Hospitals", "Health Branch", a union with or without "branch")
 * and over a union's name before it when the name then ends in "branch"; spans that come to overlap
 * or touch are merged, labelled by the longer hit. The spans given are not changed.
 */
export function widenOverNameTails<S extends WidenableSpan>(text: string, spans: readonly S[]): S[] {
  const out: S[] = [];
  for (const span of spans) {
    let { start, end } = span;
    if (WIDENED_KINDS.has(span.best.kind)) {
      const tail = TAIL.exec(text.slice(end, end + 60));
      if (tail) end += tail[0].length;
      if (ENDS_A_BRANCH.test(text.slice(start, end))) {
        const before = UNION_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
        if (before) start -= before[0].length;
      }
    }
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      if (end > last.end) last.end = end;
      if (span.best.end - span.best.start > last.best.end - last.best.start) last.best = span.best;
      continue;
    }
    out.push({ ...span, start, end });
  }
  return out;
}

// The words that join two sites' names in one hidden span ("Maudsley and Bethlem Royal Hospital",
// "Bethlem in Beckenham"): they name nothing, and were a third of the words hidden outside any
// identifying mention on the corpus (session 10).
const JOINER = /[ \t]*(?:\n[ \t]*)?(?:,[ \t]*)?\b(?:and(?:[ \t]*\n?[ \t]*the)?|in)\b[ \t]*(?:\n[ \t]*)?(?=\p{Lu})/gu;
// Only sites are parted: an organisation's name holding "and" ("Guy's and St Thomas'") is one name.
const PARTED_KINDS = new Set(["place"]);

/**
 * The spans, in order, with each span of a site parted where a joining word stands between two names:
 * "and the" or "in" before a capital ("[Tamworth] and the [Florence Nightingale Community Hospital]",
 * "[Bethlem] in [Beckenham]"), or a plain "and" between two names each hidden on its own. A site whose
 * own name holds "and" ("Kent and Sussex Hospital", no hit ending at "Kent") stays whole. `named` are
 * the hits the spans were made from.
 * Each part keeps the span's hit; spans of other kinds are returned as they are.
 */
export function partSiteSpans<S extends WidenableSpan>(text: string, spans: readonly S[], named: readonly { start: number; end: number }[]): S[] {
  const out: S[] = [];
  let ends: Set<number> | null = null;
  let starts: Set<number> | null = null;
  for (const span of spans) {
    if (!PARTED_KINDS.has(span.best.kind)) {
      out.push(span);
      continue;
    }
    const body = text.slice(span.start, span.end);
    let at = 0;
    for (const m of body.matchAll(JOINER)) {
      const cut = span.start + m.index!;
      const next = cut + m[0].length;
      ends ??= new Set(named.map((h) => h.end));
      starts ??= new Set(named.map((h) => h.start));
      // "and the" and "in" before a capital open another name; a plain "and" only between two hits.
      const plainAnd = !/in|the/.test(m[0]);
      if (m.index! === 0 || (plainAnd && (!ends.has(cut) || !starts.has(next)))) continue;
      out.push({ ...span, start: span.start + at, end: cut });
      at = next - span.start;
    }
    out.push(at === 0 ? span : { ...span, start: span.start + at });
  }
  return out;
}
