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
