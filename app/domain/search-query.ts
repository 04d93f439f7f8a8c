// Turning whatever a visitor types into a safe full-text query, and matches back into text parts.
// Input of any kind (quotes, operators, markup, 10 KB of text) is taken as words to look for.

export const MAX_SEARCH_TERMS = 12;
/** A search's matches are counted this far; beyond it the page says "more than 1,000". */
export const MOST_SEARCH_MATCHES_COUNTED = 1000;
const MAX_TERM_LENGTH = 40;

/** The words of a search, in order, each once: letters and digits of any script. */
export function searchTerms(input: string): string[] {
  const words = input.normalize("NFKC").slice(0, 2000).match(/[\p{L}\p{N}]+/gu) ?? [];
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const word of words) {
    const term = word.toLowerCase().slice(0, MAX_TERM_LENGTH);
    if (!seen.has(term)) {
      seen.add(term);
      terms.push(term);
    }
    if (terms.length === MAX_SEARCH_TERMS) break;
  }
  return terms;
}

/**
 * An FTS5 MATCH expression that finds entries containing every word ("all"), or any of them ("any"),
 * each as a prefix (a number whole: isNumber). Every word is quoted, so nothing the visitor types is read as an operator. Null
 * when there is nothing to find.
 */
export function ftsQuery(input: string, mode: "all" | "any" = "all"): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  return terms.map((t) => (isNumber(t) ? `"${t}"` : `"${t}"*`)).join(mode === "all" ? " " : " OR ");
}

/**
 * A number is looked for whole: "150" finds 150, not 1503 or 15000 (a year, a count, a ward), and a
 * prefix of a number would be as costly as it is useless.
 */
export function isNumber(term: string): boolean {
  return /^[0-9]+$/.test(term);
}

/**
 * How one searched word is looked for in the index: the whole word; any of the words the index
 * holds that start with it (all of them, listed); or the word as a prefix, left to FTS5.
 */
export type WordMatch = { whole: string } | { anyOf: readonly string[] } | { prefix: string };

/** An FTS5 MATCH expression for every word ("all") or any ("any"); null when there is none. */
export function ftsMatch(words: readonly WordMatch[], mode: "all" | "any" = "all"): string | null {
  const parts = words.flatMap((w): string[] => {
    if ("whole" in w) return [`"${w.whole}"`];
    if ("prefix" in w) return [`"${w.prefix}"*`];
    if (w.anyOf.length === 0) return [];
    return [w.anyOf.length === 1 ? `"${w.anyOf[0]}"` : `(${w.anyOf.map((t) => `"${t}"`).join(" OR ")})`];
  });
  if (parts.length === 0) return null;
  return parts.join(mode === "all" ? " AND " : " OR ");
}

/**
 * For a term the index folds as lower-cased ASCII (what FTS5's unicode61 does to ASCII, and to the
 * common accented Latin letters once their accents are removed): the term folded and the first text
 * after every word that starts with it, for a range lookup in the index's list of words. Null for
 * any other term, which is left to FTS5's own prefix search.
 */
export function asciiPrefixRange(term: string): { from: string; to: string } | null {
  const folded = foldWord(term);
  if (!/^[a-z0-9]+$/.test(folded)) return null;
  return { from: folded, to: folded.slice(0, -1) + String.fromCharCode(folded.charCodeAt(folded.length - 1) + 1) };
}

/** Markers the search puts around matched words; control characters that stored text never holds. */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

export type TextPart = { text: string; match: boolean };

/** Splits marked text into plain and matched parts, for rendering matches as <mark> without raw HTML. */
export function splitMatches(marked: string): TextPart[] {
  const parts: TextPart[] = [];
  const re = new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`, "g");
  let last = 0;
  for (const m of marked.matchAll(re)) {
    if (m.index! > last) parts.push({ text: marked.slice(last, m.index), match: false });
    parts.push({ text: m[1], match: true });
    last = m.index! + m[0].length;
  }
  if (last < marked.length) parts.push({ text: marked.slice(last), match: false });
  return parts.map((p) => ({ ...p, text: p.text.replaceAll(MATCH_START, "").replaceAll(MATCH_END, "") }));
}

/** A word as the index compares it: lower case, accents removed (like FTS5's remove_diacritics). */
export function foldWord(word: string): string {
  return word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

function matchesAny(word: string, folded: string[]): boolean {
  const f = foldWord(word);
  return folded.some((t) => f.startsWith(t));
}

/** The text with every word that starts with a search term wrapped in MATCH_START/MATCH_END. */
export function markMatches(text: string, terms: readonly string[]): string {
  const folded = terms.map(foldWord);
  return text.replace(WORD, (word) => (matchesAny(word, folded) ? `${MATCH_START}${word}${MATCH_END}` : word));
}

const ASCII = /^[\x00-\x7f]*$/;

/** Folded text for a quick "could anything here match?" test: a final sigma compared as any sigma. */
function foldedForContains(text: string): string {
  return foldWord(text).replaceAll("\u03c2", "\u03c3");
}

/**
 * Where the first word starting with a term begins in the text, or null when none does; undefined
 * when text or terms are not all ASCII. In ASCII, folding a word is lower-casing it, and a word
 * starts with a term wherever the lower-cased text holds the term after a character that is not a
 * letter or digit, so the text need not be read word by word.
 */
function firstMatchInAscii(text: string, folded: readonly string[]): number | null | undefined {
  if (!ASCII.test(text) || !folded.every((t) => ASCII.test(t))) return undefined;
  const lower = text.toLowerCase();
  let first: number | null = null;
  for (const term of folded) {
    if (!term) continue;
    for (let from = 0; ; ) {
      const at = lower.indexOf(term, from);
      if (at === -1 || (first !== null && at >= first)) break;
      if (at === 0 || !/[a-z0-9]/.test(lower[at - 1])) {
        first = at;
        break;
      }
      from = at + 1;
    }
  }
  return first;
}

/**
 * A short passage of the text around its first match, with matches marked, or null when nothing in
 * it matches. `…` shows where the passage was cut. The text is read only as far as the passage's
 * end, and its first match is found without folding each word where the text is ASCII, or ruled out
 * at once where no term appears in it anywhere (a word starting with a term holds the term), so a
 * long case study costs about what its passage costs.
 */
export function snippetAround(text: string, terms: readonly string[], words = 24): string | null {
  const folded = terms.map(foldWord);
  const firstAt = firstMatchInAscii(text, folded);
  if (firstAt === null) return null;
  if (firstAt === undefined) {
    const whole = foldedForContains(text);
    if (!folded.some((t) => whole.includes(t.replaceAll("\u03c2", "\u03c3")))) return null;
  }
  const before = Math.floor(words / 3);
  // The passage's words so far: before the first match, the last `before` words read.
  const passage: RegExpMatchArray[] = [];
  let cutBefore = false;
  let matched = false;
  let cutAfter = false;
  for (const m of text.matchAll(WORD)) {
    if (matched) {
      if (passage.length === words) {
        cutAfter = true;
        break;
      }
      passage.push(m);
    } else {
      passage.push(m);
      if (firstAt === undefined ? matchesAny(m[0], folded) : m.index === firstAt) matched = true;
      else if (passage.length > before) {
        passage.shift();
        cutBefore = true;
      }
    }
  }
  if (!matched) return null;
  const from = passage[0].index!;
  const last = passage[passage.length - 1];
  const to = cutAfter ? last.index! + last[0].length : text.length;
  const cut = text.slice(from, to).replace(/\s+/g, " ");
  return `${cutBefore ? "…" : ""}${markMatches(cut, terms)}${cutAfter ? "…" : ""}`;
}

/**
 * The text as PostgreSQL's index holds it: each word folded as foldWord does (accents removed, lower
 * case), joined by spaces, so that the 'simple' text search configuration needs no accent extension.
 */
export function foldedWords(text: string): string {
  return (text.normalize("NFKC").match(WORD) ?? []).map(foldWord).join(" ");
}

/**
 * A PostgreSQL to_tsquery expression for the same search as ftsQuery: every word, or any, each as a
 * prefix (`word:*`; a number whole). Words are letters and digits only, so nothing typed is read as an operator. Null
 * when there is nothing to find.
 */
export function tsQuery(input: string, mode: "all" | "any" = "all"): string | null {
  const terms = searchTerms(input).map(foldWord).filter((t) => /^[\p{L}\p{N}]+$/u.test(t));
  if (terms.length === 0) return null;
  return terms.map((t) => (isNumber(t) ? t : `${t}:*`)).join(mode === "all" ? " & " : " | ");
}
