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
      // A body's charity and a site's wing: "Velindre Cancer Charity", "St Mary's Wing".
      String.raw`(?:Cancer${GAP}|Hospitals?${GAP})?Charity`,
      String.raw`Wing`,
    ].join("|") +
    String.raw`)(?![\p{L}\p{N}])`,
  "u",
);
const UNION_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])${UNION}${GAP}$`, "u");
const ENDS_A_BRANCH = /branch(?:es)?$/i;

// Only spans of names are widened: a person's name or an e-mail address has no such tail.
const WIDENED_KINDS = new Set(["organisation", "place", "term"]);
// A saint's name is a site's, whatever the word after it was hidden as ("St Martin’s" with "Martin"
// hidden as a first name reads "St [person]’s"): the "St" and the possessive go with it (session 10).
const SAINT_BEFORE = /(?<![\p{L}\p{N}])(?:St\.?|Saint)[ \t]+$/u;
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}\p{N}])/u;
// "Team" before the organisation's name or initials is its brand ("Team GWH", as "#TeamMerseyCare").
const TEAM_BEFORE = /(?<![\p{L}\p{N}])Team[ \t]+$/u;

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
      if (span.best.kind === "organisation" || span.best.kind === "term") {
        const team = TEAM_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
        if (team) start -= team[0].length;
      }
    }
    const saint = SAINT_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
    if (saint) {
      start -= saint[0].length;
      const possessive = POSSESSIVE_AFTER.exec(text.slice(end, end + 3));
      if (possessive) end += possessive[0].length;
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

// A union branch named after the entrant's headquarters town or county, or a word of its name, rather
// than its full name (session 10): "UNISON Blackpool Health Branch", "Derbyshire County UNISON Health
// Branch", "Wolverhampton Health UNISON". The place alone is flagged, not hidden (another body's entry
// may name the town), but with a union around it, it is the entrant's own branch: hidden whole. A
// "branch" in lower case after the name is a description and stays, as it does after a hidden name.
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’\-]*`;
// Found from each union's name, and read forwards and backwards from there, so no pattern is tried at
// every capital letter of the text.
const UNION_NAME = /UNISON|Unison|GMB|Unite|RCN|RCM|CSP|SoR|BMA|HCSA|BDA|RCOT|MiP|FCS|UCATT/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const NAME_THEN_BRANCH = new RegExp(String.raw`^[ \t]+((?:${NAME_WORD}[ \t]+){1,4})Branch(?![\p{L}\p{N}])`, "u");
const NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:${NAME_WORD}[ \t]+){1,4})$`, "u");
const HEALTH_BRANCH_AFTER = /^(?:[ \t]+Health)?(?:[ \t]+Branch)?(?![\p{L}\p{N}])/u;

/**
 * The spans of union branches in `text` named by one of the entrant's own words: `own(word)` says
 * whether a capitalised word is the entrant's town, county or a distinctive word of its names. A name
 * before the union starts at its first own word ("The Wolverhampton Health UNISON" from "Wolverhampton").
 */
export function findOwnPlaceBranches(text: string, own: (word: string) => boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  UNION_NAME.lastIndex = 0;
  for (let m = UNION_NAME.exec(text); m !== null; m = UNION_NAME.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (WORD_CHAR.test(text[start - 1] ?? " ") || WORD_CHAR.test(text[end] ?? " ")) continue;
    const after = NAME_THEN_BRANCH.exec(text.slice(end, end + 120));
    if (after && after[1].trim().split(/[ \t]+/).some(own)) out.push({ start, end: end + after[0].length });
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, start - 120), start));
    if (!before) continue;
    // The words before the first own word ("The", "Our") are not the branch's name.
    const words = [...before[1].matchAll(/\S+/g)];
    const first = words.find((w) => own(w[0]));
    if (!first) continue;
    const tail = HEALTH_BRANCH_AFTER.exec(text.slice(end, end + 20));
    out.push({ start: start - before[1].length + first.index!, end: end + (tail ? tail[0].length : 0) });
  }
  return out;
}
