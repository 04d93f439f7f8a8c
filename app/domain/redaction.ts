// Builds the judges' copy of a nomination's text: whatever would tell a judge which NHS organisation
// sent the entry becomes a placeholder, and other organisations it names are flagged for the admin.
//
// Names and terms are matched word by word rather than by one regex per term: the text is split
// into words once, each word reduced to a key ("St." and "Saint" -> "st", "&" -> "and", apostrophes
// and accents dropped, lower case), and runs of keys are looked up in a trie built once per subject.
// So spelling variants are equal by construction, whole-word matching comes for free, special
// characters in terms need no escaping, and the cost is one pass over the text however many terms
// there are. Contact details and postcodes, which have shapes rather than names, are regexes,
// each found from a character it cannot do without ("@", a digit) so none is tried at every position.
//
// Flags point the admin at other organisations a judge might recognise: names from the list of
// other NHS organisations (with the same variants and shortened forms), and capitalised names
// shaped like one ("Westfield Hospital", "Eastham ICB", "Riverside NHS Foundation Trust").
//
// Decisions worth knowing:
// - A possessive or plural suffix after a name ('s, ’s, s', ') counts as part of the word for the
//   whole-word test, but stays in the judges' copy after the placeholder: "Northmoor's staff" ->
//   "[organisation]'s staff". Apostrophes inside the term itself ("St Thomas'") are part of the name.
// - People are matched by full name, by first and last name (middle names or initials dropped, or a
//   middle initial added: "Jane A. Smith"), by initial and surname ("J. Smith"), each optionally
//   after a title ("Dr", "Prof."), and by title and surname ("Dr Smith"). The surname keeps its
//   hyphenated parts and particles ("Okonkwo-Bell", "Ní Bhriain", "van der Berg"); nicknames come
//   from a short table. A first name, nickname or surname alone is hidden only when capitalised and
//   either mid-sentence or after the person was named in full in the same text, so "green", "will"
//   and a sentence opening "Grace under pressure" stay (decision 021).
// - An organisation's name also matches without its generic suffix ("Northmoor Valley NHS
//   Foundation Trust" -> "Northmoor Valley") when what remains has a distinctive word, so "the
//   Trust", "University Hospitals" or "Mental Health" are never hidden. An alias made only of generic
//   words ("The Trust") is ignored, unless it names a region and a kind of service ("North West
//   Ambulance Service"), which is hidden with its acronym. Short forms also drop a leading "Royal"
//   ("the Marsden"), run together ("Merseycare"), and give "&" initials ("N&N"); handles and
//   hashtags containing any of them are hidden whole. The entrant's terms also match without a
//   generic last word ("Arrowe Park" for "Arrowe Park Hospital"). The headquarters site is hidden;
//   its town is only flagged.
// - Acronyms come from the name and each alias (see acronymsOf: "GST", "GSTT" and "GSTFT" for Guy's
//   and St Thomas' NHS Foundation Trust) and from any all-caps alias; they match case-sensitively,
//   so the word "gst" is not "GST". ODS codes match in any case.
// - Where matches overlap or touch they become one placeholder, whose kind is the longest match's
//   (the earliest of equal ones).
// - A flag never overlaps a redaction: where both apply, the redaction wins and the flag is dropped.

import type { PersonalDetailKind } from "./vocabulary";

export type RedactionKind = "organisation" | "person" | "place" | "contact" | "term";

export const PLACEHOLDERS: Record<RedactionKind, string> = {
  organisation: "[organisation]",
  person: "[person]",
  place: "[place]",
  contact: "[contact]",
  term: "[redacted]",
};

export type RedactionSubject = {
  organisation: {
    name: string;
    shortName: string | null;
    /** Other names, former names and the names of predecessors merged in. */
    aliases: string[];
    odsCode: string | null;
    /** Headquarters site (hidden) and town (flagged, not hidden), from the register. */
    site?: string | null;
    town?: string | null;
  };
  /** Partner leads' and contacts' names -> [person]. */
  people: string[];
  /** The entrant's own list (people, programme, place names) -> [redacted]. */
  identifyingTerms: string[];
  /** Added by the admin at review, including hand-marked passages (exact phrases). */
  extraTerms: { text: string; kind: RedactionKind }[];
  /** Names (and aliases) of other NHS organisations: flagged, never redacted. */
  otherOrganisations: string[];
};

/** Offsets are in the original text; `source` says which term or rule matched. */
export type Redaction = { start: number; end: number; kind: RedactionKind; matched: string; source: string };
export type Flag = {
  start: number;
  end: number;
  matched: string;
  reason: string;
  /** What the phrase seems to be ("person", "place", "organisation"...), when the rule knows. */
  kind?: string;
  /** A normalised form of the phrase, when the rule gives one (see app/domain/flag-decisions.ts). */
  key?: string;
};
export type RedactedText = { text: string; redactions: Redaction[]; flags: Flag[] };

// ---------------------------------------------------------------------------------------------
// Words and keys

const APOSTROPHES = /['’‘]/g;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;
const POSSESSIVE = /(?:['’‘][sS]|[sS]['’‘]|['’‘])$/;
const APOSTROPHE_END = /['’‘]$/;

// Spellings that mean the same word.
const CANONICAL = new Map<string, string>([
  ["saint", "st"],
  ["&", "and"],
]);

const placeholderAlternatives = () =>
  Object.values(PLACEHOLDERS)
    .map((p) => p.replace(/[[\]]/g, "\\$&"))
    .join("|");

// A placeholder is one opaque token, so nothing can match inside it. A word may carry inner and
// trailing apostrophes and one trailing full stop ("St.", "Dr.", end of sentence), which is never
// part of a match. Hyphens and dashes, like whitespace, only separate words. Any other character
// (punctuation, "&", emoji) is a token of its own.
const TOKEN = new RegExp(
  `${placeholderAlternatives()}|[\\p{L}\\p{N}\\p{M}]+(?:['’‘][\\p{L}\\p{N}\\p{M}]+)*['’‘]?(?:\\.(?![\\p{L}\\p{N}]))?|[^\\s\\-‐‑‒–—―]`,
  "gu",
);

type Token = {
  start: number;
  /** End of the word itself, before any trailing full stop. */
  end: number;
  /** End before a trailing apostrophe too, for terms that do not end with one. */
  bareEnd: number;
  key: string;
  /** Case kept, for acronyms. */
  raw: string;
  /** The word without a possessive or plural suffix, when it has one. */
  possEnd: number;
  possKey: string | null;
  possRaw: string | null;
  opaque: boolean;
};

function fold(word: string): string {
  let k = word.toLowerCase();
  if (NON_ASCII.test(k)) k = k.normalize("NFD").replace(MARKS, "");
  return CANONICAL.get(k) ?? k;
}

function stripApostrophes(word: string): string {
  return word.includes("'") || word.includes("’") || word.includes("‘") ? word.replace(APOSTROPHES, "") : word;
}

const isApostrophe = (c: string | undefined) => c === "'" || c === "’" || c === "‘";

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const s = m[0];
    const start = m.index;
    if (s.length > 2 && s[0] === "[" && s[s.length - 1] === "]") {
      tokens.push({ start, end: start + s.length, bareEnd: start + s.length, key: "\0", raw: "\0", possEnd: 0, possKey: null, possRaw: null, opaque: true });
      continue;
    }
    const core = s.length > 1 && s[s.length - 1] === "." ? s.slice(0, -1) : s;
    const raw = stripApostrophes(core);
    const last = core[core.length - 1];
    const endsApostrophe = isApostrophe(last);
    const token: Token = {
      start,
      end: start + core.length,
      bareEnd: start + core.length - (endsApostrophe ? 1 : 0),
      key: fold(raw),
      raw,
      possEnd: 0,
      possKey: null,
      possRaw: null,
      opaque: false,
    };
    // Most words have no suffix to try; only look when the word ends in an apostrophe or "'s".
    if (core.length > 2 && (endsApostrophe || ((last === "s" || last === "S") && isApostrophe(core[core.length - 2])))) {
      const suffix = POSSESSIVE.exec(core);
      if (suffix) {
        const base = core.slice(0, core.length - suffix[0].length);
        token.possEnd = start + base.length;
        token.possRaw = stripApostrophes(base);
        token.possKey = fold(token.possRaw);
      }
    }
    tokens.push(token);
  }
  return tokens;
}

function keysOf(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

/** Whether a term's last word ends with an apostrophe of its own ("St Thomas'"), hidden with it. */
function endsWithApostrophe(phrase: string): boolean {
  return APOSTROPHE_END.test(phrase.trim().replace(/\.$/, ""));
}

// ---------------------------------------------------------------------------------------------
// Generic words

// Words that say what kind of body an organisation is, not which one. Directions are here too:
// "North West" is a region, not an organisation.
const GENERIC = new Set(
  (
    "nhs foundation trust trusts university universities hospital hospitals teaching healthcare health care " +
    "partnership partnerships integrated board boards service services ambulance community mental royal " +
    "clinical commissioning group national general district county specialist acute primary social " +
    "system icb ics council centre center medical college childrens womens women children " +
    "north south east west northern southern eastern western central greater mid midlands " +
    "the of and for in on upon at st"
  ).split(" "),
);

const STOP = new Set("the of and for in on upon at".split(" "));

/** Whether a phrase has a word that identifies rather than describes. */
function isDistinctive(keys: string[]): boolean {
  return keys.some((k) => k.length >= 3 && !GENERIC.has(k) && /\p{L}/u.test(k));
}

type ShortForm = { keys: string[]; ownApostrophe: boolean };

/**
 * The name shortened by generic words at its start ("NHS", "The") and end ("NHS Foundation Trust"):
 * "Eastbrook Community Health NHS Trust" -> "Eastbrook Community Health NHS", "Eastbrook Community
 * Health", "Eastbrook Community", "Eastbrook". Every step is kept so the longest form in the text
 * is the one matched. None if no distinctive word would remain.
 */
function shortForms(name: string, accept: (keys: string[]) => boolean = isDistinctive): ShortForm[] {
  const tokens = tokenize(name).filter((t) => t.key !== ",");
  let from = 0;
  while (from < tokens.length && (tokens[from].key === "nhs" || tokens[from].key === "the")) from++;
  const forms: ShortForm[] = [];
  for (let to = tokens.length; to > from; to--) {
    if (to < tokens.length && !(GENERIC.has(tokens[to].key) || STOP.has(tokens[to].key))) break;
    if (from === 0 && to === tokens.length) continue;
    const keys = tokens.slice(from, to).map((t) => t.key);
    if (STOP.has(keys[keys.length - 1]) || !accept(keys)) continue;
    const lastToken = tokens[to - 1];
    forms.push({ keys, ownApostrophe: lastToken.bareEnd < lastToken.end });
  }
  // "The Royal Marsden" is "the Marsden"; "Royal Free London" is "the Royal Free".
  if (tokens[from]?.key === "royal" && from + 1 < tokens.length && !GENERIC.has(tokens[from + 1].key)) {
    const rest = forms.map((f) => f.keys).filter((k) => k[0] === "royal" && k.length > 1).pop();
    if (rest) forms.push({ keys: ["the", ...rest.slice(1)], ownApostrophe: false });
    forms.push({ keys: ["royal", tokens[from + 1].key], ownApostrophe: false });
  }
  return forms;
}

const REGION = new Set("north south east west northern southern eastern western central mid midlands greater".split(" "));
const BODY_TYPE = new Set(["nhs", "trust", "foundation", "the", "of", "and", "for", "in", "on", "upon", "at"]);

/**
 * A name made only of generic words that still names one body because it names a region with a kind
 * of service ("North West Ambulance Service"): it is hidden in full and in forms that keep both.
 */
function isRegionalName(keys: string[]): boolean {
  return keys.some((k) => REGION.has(k)) && keys.some((k) => !REGION.has(k) && !BODY_TYPE.has(k));
}

// ---------------------------------------------------------------------------------------------
// Acronyms

const ACRONYM_SKIP = new Set(["and", "&", "of", "the", "for", "in", "on", "upon", "at"]);
// All-caps words too common in entries to hide even when a name happens to spell them.
const COMMON_ACRONYMS = new Set(
  "NHS NHSE NHSI ICB ICS CEO CQC HR OD EDI HCA RCN BMA GMC NMC HSE PCN GP CCG STP HEE UK USA COVID".split(" "),
);

function initialOf(word: string): string {
  // A word already in capitals ("ICB", "UCL") keeps all its letters.
  if (word.length <= 4 && /^[A-Z]{2,}$/.test(word)) return word;
  const first = word.match(/\p{L}/u);
  return first ? first[0].toUpperCase() : "";
}

/**
 * The acronyms people use for an organisation: the initials up to "NHS" ("GST"), with the initials
 * after it ("GSTFT"), and with a final "T" for a trust ("GSTT"). Shorter than three letters or
 * common all-caps words ("NHS", "ICB") are left out.
 */
export function acronymsOf(name: string): string[] {
  const words = name
    .split(/[\s\-‐‑‒–—―]+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}&]/gu, ""))
    .filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  const nhs = words.indexOf("NHS");
  const pre = nhs < 0 ? words : nhs === 0 ? words.slice(1) : words.slice(0, nhs);
  const post = nhs > 0 ? words.slice(nhs + 1) : [];
  const a = pre.map(initialOf).join("");
  const p = post.map(initialOf).join("");
  const candidates = [a, a + p];
  const last = (post.length ? post : pre)[(post.length ? post : pre).length - 1];
  if (last?.toLowerCase() === "trust" && p !== "T") candidates.push(a + "T");
  const out: string[] = [];
  for (const c of candidates) {
    if (c.length >= 3 && /^[A-Z0-9]+$/.test(c) && !COMMON_ACRONYMS.has(c) && !out.includes(c)) out.push(c);
  }
  return out;
}

function isAllCapsWord(s: string): boolean {
  return /^[\p{Lu}\p{N}]+$/u.test(s) && /\p{Lu}/u.test(s);
}

// ---------------------------------------------------------------------------------------------
// Tries of terms

type Entry = { kind: RedactionKind; source: string; ownApostrophe?: boolean };
type Node = { next: Map<string, Node>; entry: Entry | null };

const newNode = (): Node => ({ next: new Map(), entry: null });

function insert(root: Node, keys: string[], entry: Entry): void {
  if (keys.length === 0) return;
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = newNode()));
    node = child;
  }
  // The first entry for a phrase wins: organisation names are added first.
  if (!node.entry) node.entry = entry;
}

type Hit = { start: number; end: number; kind: RedactionKind; source: string };

// Stand-ins in a phrase for any title ("Dr", "Prof.") or any single-letter initial, so a person's
// name is stored once rather than once per title and letter.
const ANY_TITLE = "\u0001title";
const ANY_INITIAL = "\u0001initial";
const TITLES = "dr mr mrs ms miss mx prof professor sir dame cllr rev".split(" ");
const TITLE_SET = new Set(TITLES);
const SINGLE_LETTER = /^\p{L}$/u;

function longestAt(root: Node, tokens: Token[], i: number, caseSensitive: boolean): Hit | null {
  const start = tokens[i].start;
  let best: Hit | null = null;
  const walk = (node: Node, j: number): void => {
    if (j >= tokens.length) return;
    const t = tokens[j];
    if (t.opaque) return;
    const possKey = caseSensitive ? t.possRaw : t.possKey;
    if (possKey !== null) {
      const p = node.next.get(possKey);
      if (p?.entry && (!best || t.possEnd > best.end)) best = { start, end: t.possEnd, kind: p.entry.kind, source: p.entry.source };
    }
    const key = caseSensitive ? t.raw : t.key;
    const step = (child: Node | undefined) => {
      if (!child) return;
      if (child.entry) {
        const end = child.entry.ownApostrophe ? t.end : t.bareEnd;
        if (!best || end > best.end) best = { start, end, kind: child.entry.kind, source: child.entry.source };
      }
      walk(child, j + 1);
    };
    step(node.next.get(key));
    if (caseSensitive) return;
    if (TITLE_SET.has(key)) step(node.next.get(ANY_TITLE));
    if (key.length === 1 && SINGLE_LETTER.test(key)) step(node.next.get(ANY_INITIAL));
  };
  walk(root, i);
  return best;
}

function findAll(root: Node, tokens: Token[], caseSensitive: boolean, into: Hit[]): void {
  if (root.next.size === 0) return;
  const titled = !caseSensitive && root.next.has(ANY_TITLE);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const key = caseSensitive ? t.raw : t.key;
    if (!root.next.has(key) && !(titled && TITLE_SET.has(key)) && !root.next.has((caseSensitive ? t.possRaw : t.possKey) ?? "\0")) continue;
    const hit = longestAt(root, tokens, i, caseSensitive);
    if (hit) into.push(hit);
  }
}

// ---------------------------------------------------------------------------------------------
// Contact details and postcodes
//
// Each shape is found from the character it cannot do without ("@", "www.", ".uk", a digit) and
// then checked in full where it starts: a regex that begins with a lookbehind or a letter class is
// tried at every position of the text, which alone costs about a millisecond per 3,000 words.

const URL_TAIL = String.raw`(?:[^\s<>"'’]*[^\s<>"'’.,;:!?)\]}])?`;
const TLDS = "uk|com|org|net|nhs|gov|ac|co|io|info|scot|wales|eu";

// The part after "@"; the local part is read backwards from it.
const EMAIL_DOMAIN = /@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}(?![\p{L}\p{N}\-])/gu;
const EMAIL_LOCAL = /[\p{L}\p{N}._%+\-]/u;
const URL = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:https?:\/\/|www\.)[^\s<>"'’.,;:!?)\]}]` + URL_TAIL, "giu");
// A bare domain needs a known ending, so "e.g." or "St.George" are not addresses.
const DOMAIN_END = new RegExp(String.raw`\.(?:${TLDS})(?![\p{L}\p{N}\-])`, "giu");
const DOMAIN_CHAR = /[A-Za-z0-9.\-]/;
const DOMAIN_AT = new RegExp(
  String.raw`(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:${TLDS})(?![\p{L}\p{N}\-])(?:\/` + URL_TAIL + ")?",
  "iuy",
);
// A UK number: 0 or +44 (with an optional "(0)"), a first digit UK numbers start with, then eight or
// nine more digits with single spaces, hyphens or brackets between them.
const PHONE = /(?<![\p{L}\p{N}+./])(?:\+44[ \t\-]?(?:\(0\)[ \t\-]?)?|\(?0)[1-35789](?:\)?[ \t\-]?\d){8,9}(?![\p{N}])/gu;
// A postcode is found from its outward code's digit, then checked from the letters before it.
const POSTCODE_DIGITS = /\d[a-z\d]?[ \t]?\d[a-z]{2}(?![\p{L}\p{N}])/giu;
const POSTCODE_AT = /(?<![\p{L}\p{N}])[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}(?![\p{L}\p{N}])/iuy;
// "the A1 5th junction": in lower case, an ordinal is likelier than a postcode.
const ORDINAL_INWARD = /\d(?:st|nd|rd|th)$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function findPatterns(text: string, into: Hit[]): void {
  if (text.includes("@")) {
    EMAIL_DOMAIN.lastIndex = 0;
    for (let m = EMAIL_DOMAIN.exec(text); m !== null; m = EMAIL_DOMAIN.exec(text)) {
      let start = m.index;
      while (start > 0 && EMAIL_LOCAL.test(text[start - 1])) start--;
      if (start < m.index) into.push({ start, end: m.index + m[0].length, kind: "contact", source: "e-mail address" });
    }
  }

  URL.lastIndex = 0;
  for (let m = URL.exec(text); m !== null; m = URL.exec(text)) {
    into.push({ start: m.index, end: m.index + m[0].length, kind: "contact", source: "web address" });
  }

  DOMAIN_END.lastIndex = 0;
  let domainEnd = 0;
  for (let m = DOMAIN_END.exec(text); m !== null; m = DOMAIN_END.exec(text)) {
    let start = m.index;
    while (start > domainEnd && DOMAIN_CHAR.test(text[start - 1])) start--;
    while (start < m.index && (text[start] === "." || text[start] === "-")) start++;
    if (start === m.index) continue;
    if (start > 0 && (text[start - 1] === "@" || LETTER_OR_DIGIT.test(text[start - 1]))) continue;
    DOMAIN_AT.lastIndex = start;
    const d = DOMAIN_AT.exec(text);
    if (!d) continue;
    domainEnd = start + d[0].length;
    into.push({ start, end: domainEnd, kind: "contact", source: "web address" });
    DOMAIN_END.lastIndex = Math.max(DOMAIN_END.lastIndex, domainEnd);
  }

  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m !== null; m = PHONE.exec(text)) {
    into.push({ start: m.index, end: m.index + m[0].length, kind: "contact", source: "phone number" });
  }

  POSTCODE_DIGITS.lastIndex = 0;
  for (let m = POSTCODE_DIGITS.exec(text); m !== null; m = POSTCODE_DIGITS.exec(text)) {
    for (const back of [2, 1]) {
      if (m.index < back) continue;
      POSTCODE_AT.lastIndex = m.index - back;
      const p = POSTCODE_AT.exec(text);
      if (!p) continue;
      if (!ORDINAL_INWARD.test(p[0])) into.push({ start: p.index, end: p.index + p[0].length, kind: "place", source: "postcode" });
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Flags for names shaped like NHS bodies
//
// Found from the generic tail ("NHS Trust", "Hospital", "ICB"), then read backwards over the
// capitalised words (and the "and", "of", "&" between them) on the same line.

const ORG_TAIL =
  /[ \t](?:NHS\s+Foundation\s+Trust|NHS\s+Trust|Foundation\s+Trust|Hospitals?|ICB|Integrated\s+Care\s+Board|Health\s+Board)(?:\s+NHS(?:\s+Foundation)?\s+Trust)?(?![\p{L}\p{N}])/gu;
const CONNECTORS = new Set(["and", "of", "the", "on", "upon"]);
const TAIL_WORDS = new Set(["trust", "hospital", "hospitals", "icb", "board"]);
const CAPITALISED = /^\p{Lu}/u;
const MAX_NAME_WORDS = 8;
// Capitalised at the start of a sentence or a heading, not part of a name.
const LEADING_WORDS = new Set(
  (
    "the a an at in on our their this that these those from with both all other its each every any " +
    "local since during when while after before across within by for to and but we our my your his her " +
    "new main nearby neighbouring partner also however then through between including like unlike via as " +
    "together recently last next yesterday today"
  ).split(" "),
);

/** Index of the first token starting at or after `at`. */
function tokenFrom(tokens: Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function findNhsBodies(text: string, tokens: Token[], into: Hit[]): void {
  ORG_TAIL.lastIndex = 0;
  for (let m = ORG_TAIL.exec(text); m !== null; m = ORG_TAIL.exec(text)) {
    const tail = tokenFrom(tokens, m.index + 1);
    let first = tail;
    let words = 0;
    for (let j = tail - 1; j >= 0 && words < MAX_NAME_WORDS; j--) {
      const t = tokens[j];
      // Another name ends here: "Eastham ICB and Riverside NHS Trust" is two.
      if (TAIL_WORDS.has(t.key) || text.slice(t.end, tokens[j + 1].start).includes("\n")) break;
      const capital = !t.opaque && CAPITALISED.test(t.raw);
      // "&" is "and" once folded; a capitalised "Of" or "The" is still only a connector.
      const connector = CONNECTORS.has(t.key);
      if (!capital && !connector) break;
      if (capital && !connector) first = j;
      words++;
    }
    while (first < tail && LEADING_WORDS.has(tokens[first].key)) first++;
    if (first === tail || !isDistinctive(tokens.slice(first, tail).map((t) => t.key))) continue;
    into.push({ start: tokens[first].start, end: m.index + m[0].length, kind: "organisation", source: "looks like an NHS organisation's name" });
  }
}

// ---------------------------------------------------------------------------------------------
// Merging

type Span = { start: number; end: number; best: Hit };

/** Overlapping or touching hits become one span, labelled by the longest (earliest of equals). */
function merge(hits: Hit[]): Span[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: Span[] = [];
  for (const hit of hits) {
    const last = spans[spans.length - 1];
    if (last && hit.start <= last.end) {
      if (hit.end > last.end) last.end = hit.end;
      if (hit.end - hit.start > last.best.end - last.best.start) last.best = hit;
    } else {
      spans.push({ start: hit.start, end: hit.end, best: hit });
    }
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// Compiling a subject

// Familiar forms of given names. A short table, not a list of names: a name not in it still gets
// every other form. Yoruba names opening "Olu"/"Oluwa" and Igbo names opening "Chukwu" are also
// used without that opening ("Tobi", "Emeka"), by rule rather than by table.
const NICKNAMES: Record<string, string[]> = {
  raymond: ["ray"], robert: ["bob", "rob", "bobby", "robbie", "bert"], elizabeth: ["liz", "beth", "lizzie", "betty", "eliza", "libby"],
  william: ["will", "bill", "billy", "liam"], richard: ["rich", "rick", "richie", "dick"], margaret: ["maggie", "meg", "peggy", "mags"],
  katherine: ["kate", "kath", "kathy", "katie", "kay"], catherine: ["kate", "cath", "cathy", "katie", "cat"], jennifer: ["jen", "jenny"],
  michael: ["mike", "mick", "mikey"], christopher: ["chris", "kit"], christine: ["chris", "chrissie"], anthony: ["tony", "ant"],
  stephen: ["steve"], steven: ["steve"], alexander: ["alex", "sandy", "xander"], alexandra: ["alex", "lexi", "sandra"], daniel: ["dan", "danny"],
  thomas: ["tom", "tommy"], james: ["jim", "jimmy", "jamie"], joseph: ["joe", "joey"], patricia: ["pat", "trish", "patsy"],
  patrick: ["pat", "paddy"], susan: ["sue", "susie"], deborah: ["debbie", "deb"], rebecca: ["becky", "becca"], victoria: ["vicky", "vicki", "tori"],
  samuel: ["sam"], samantha: ["sam"], nicholas: ["nick", "nicky"], nicola: ["nicky", "nic"], jonathan: ["jon", "jonny"], matthew: ["matt"],
  andrew: ["andy", "drew"], david: ["dave", "davy"], edward: ["ed", "ted", "eddie", "ned"], benjamin: ["ben"], timothy: ["tim"],
  philip: ["phil"], phillip: ["phil"], gregory: ["greg"], frederick: ["fred"], charles: ["charlie", "chas"], charlotte: ["charlie", "lottie"],
  abigail: ["abi", "abby"], josephine: ["jo", "josie"], joanne: ["jo"], kenneth: ["ken", "kenny"], ronald: ["ron", "ronnie"],
  donald: ["don"], lawrence: ["larry", "laurie"], peter: ["pete"], jacqueline: ["jackie"], gareth: ["gaz"], dafydd: ["dai"],
  mohammed: ["mo"], muhammad: ["mo"], mohammad: ["mo"], abdullah: ["abdul"], abdulrahman: ["abdul"], sean: ["shaun"], seamus: ["shay"],
  siobhan: ["shiv"], aleksandra: ["ola"], aleksander: ["olek"], katarzyna: ["kasia"], malgorzata: ["gosia"], wojciech: ["wojtek"],
  gurpreet: ["preet"], harpreet: ["harp"], subramaniam: ["subra"], balasubramaniam: ["bala"], xiaoming: ["ming"],
};

function nicknamesOf(first: string): string[] {
  const out = [...(NICKNAMES[first] ?? [])];
  for (const prefix of ["oluwa", "olu", "chukwu"]) {
    if (first.startsWith(prefix) && first.length - prefix.length >= 3) {
      out.push(first.slice(prefix.length));
      break;
    }
  }
  return out;
}

// Words that open a surname of more than one word: "van der Berg", "Ní Bhriain", "al-Rashid".
const PARTICLES = new Set(
  "de da di du del della der den van von ter ten le la ni nic mac mc o bin bint ibn ben ap ab al el dos das do st".split(" "),
);

type PersonForms = { variants: string[][]; alone: string[][] };

/** Every written form of a person's name, and the single words that name them alone. */
function personForms(name: string): PersonForms {
  const tokens = tokenize(name).filter((t) => !(t.key.length === 1 && !/\p{L}/u.test(t.key)));
  while (tokens.length > 1 && TITLE_SET.has(tokens[0].key)) tokens.shift();
  const keys = tokens.map((t) => t.key);
  if (keys.length === 0) return { variants: [], alone: [] };
  const variants: string[][] = [keys];
  const alone: string[][] = [];
  if (keys.length >= 2) {
    // The surname: the last word, with the words hyphenated to it and the particles before it.
    let s = keys.length - 1;
    const hyphenated: string[] = [keys[s]];
    while (s > 1 && /[-‐‑]/.test(name.slice(tokens[s - 1].end, tokens[s].start))) hyphenated.unshift(keys[--s]);
    while (s > 1 && PARTICLES.has(keys[s - 1])) s--;
    const surname = keys.slice(s);
    const first = keys[0];
    const firsts = [first, ...nicknamesOf(first)];
    for (const f of firsts) {
      if (f !== first || keys.length > surname.length + 1) variants.push([f, ...surname]);
      // A middle initial the list does not have: "Jane A. Smith" for "Jane Smith".
      variants.push([f, ANY_INITIAL, ...surname]);
      if (f.length > 1) alone.push([f]);
    }
    if (first.length > 1) variants.push([first[0], ...surname]);
    variants.push([ANY_TITLE, ...surname]);
    const bare = surname.filter((k) => !PARTICLES.has(k));
    if (bare.length < surname.length && bare.length > 0) variants.push([ANY_TITLE, ...bare]);
    alone.push(surname);
    if (hyphenated.length > 1) {
      for (const part of hyphenated) {
        variants.push([ANY_TITLE, part]);
        if (part.length >= 3) alone.push([part]);
      }
    }
  }
  return { variants: variants.flatMap((v) => (v[0] === ANY_TITLE ? [v] : [v, [ANY_TITLE, ...v]])), alone };
}

function personVariants(name: string): string[][] {
  return personForms(name).variants;
}

function usable(term: string | null | undefined): term is string {
  return typeof term === "string" && term.trim().length >= 2;
}

export type CompiledRedactor = (text: string) => RedactedText;

// Handles and hashtags ("@MerseyCare", "#TeamMerseyCare", "@NHS_Merseycare"): hidden whole when
// they contain any written form of a name, run together. Not after a letter, so not an e-mail.
const HANDLE = /(?<![\p{L}\p{N}_.])[@#][\p{L}\p{N}_]{3,}/gu;
const MIN_NEEDLE = 4;
const MIN_PERSON_NEEDLE = 6;

function compact(s: string): string {
  return fold(s.replace(/_/g, ""));
}

/** Whether a word in the text is capitalised and not the first of a sentence, line or heading. */
function isNameLike(text: string, start: number): { capital: boolean; initial: boolean } {
  const capital = CAPITALISED.test(text[start] ?? "");
  let i = start - 1;
  let newline = false;
  while (i >= 0 && /[\s"'“‘(\[*•-]/u.test(text[i])) {
    if (text[i] === "\n") newline = true;
    i--;
  }
  return { capital, initial: i < 0 || newline || /[.!?:;]/.test(text[i]) };
}

export function compileRedactor(subject: RedactionSubject): CompiledRedactor {
  const names = newNode(); // case-insensitive
  const acronyms = newNode(); // case-sensitive
  const alone = newNode(); // a person's first name or surname alone, case-insensitive, checked at use
  const others = newNode(); // flags, case-insensitive
  const ownPhrases = new Set<string>();
  const needles: { text: string; kind: RedactionKind; source: string }[] = [];

  const addNeedle = (keys: string[], kind: RedactionKind, source: string) => {
    const joined = keys.join("");
    // A person's joined name needs more letters: "Al Li" would be inside "#Allies".
    if (joined.length >= (kind === "person" ? MIN_PERSON_NEEDLE : MIN_NEEDLE) && /\p{L}/u.test(joined) && !needles.some((n) => n.text === joined)) needles.push({ text: joined, kind, source });
  };

  const addName = (name: string, source: string, kind: RedactionKind = "organisation") => {
    const tokens = tokenize(name.trim()).filter((t) => t.key !== ",");
    if (tokens.length === 1 && isAllCapsWord(tokens[0].raw) && tokens[0].raw.length >= 2 && !/^\p{N}+$/u.test(tokens[0].raw)) {
      insert(acronyms, [tokens[0].raw], { kind, source });
      ownPhrases.add(tokens[0].key);
      if (tokens[0].raw.length >= 3) needles.push({ text: tokens[0].key, kind, source });
      return;
    }
    const keys = tokens.map((t) => t.key);
    const regional = !isDistinctive(keys) && isRegionalName(keys);
    if (!isDistinctive(keys) && !regional) return;
    const accept = regional ? (k: string[]) => k.length >= 3 && isRegionalName(k) : isDistinctive;
    insert(names, keys, { kind, source, ownApostrophe: endsWithApostrophe(name) });
    ownPhrases.add(keys.join(" "));
    for (const form of shortForms(name, accept)) {
      insert(names, form.keys, { kind, source: `${source} without its generic words`, ownApostrophe: form.ownApostrophe });
      ownPhrases.add(form.keys.join(" "));
      const words = form.keys.filter((k) => k !== "the");
      // Written as one word ("Merseycare"), and inside handles and hashtags.
      if (words.length >= 2 && words.length <= 3) {
        insert(names, [words.join("")], { kind, source: `${source} written as one word` });
        ownPhrases.add(words.join(""));
      }
      addNeedle(words, kind, `handle or hashtag with ${source}`);
    }
    addNeedle(keys.filter((k) => !STOP.has(k)), kind, `handle or hashtag with ${source}`);
    for (const acronym of acronymsOf(name)) {
      insert(acronyms, [acronym], { kind, source: `acronym of ${source}` });
      ownPhrases.add(fold(acronym));
      needles.push({ text: fold(acronym), kind, source: `handle or hashtag with the acronym of ${source}` });
    }
    // Initials joined by "&": "N&N" for "Norfolk and Norwich".
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (tokens[i].key !== "and") continue;
      const [a, b] = [tokens[i - 1], tokens[i + 1]];
      if (GENERIC.has(a.key) || GENERIC.has(b.key)) continue;
      const ia = initialOf(a.raw);
      const ib = initialOf(b.raw);
      if (ia.length === 1 && ib.length === 1) insert(acronyms, [ia, "&", ib], { kind, source: `initials of ${source}` });
    }
  };

  const addPerson = (person: string, source: string) => {
    const forms = personForms(person);
    for (const keys of forms.variants) insert(names, keys, { kind: "person", source });
    for (const keys of forms.alone) insert(alone, keys, { kind: "person", source });
    const bare = forms.variants[0]?.filter((k) => k.length > 1);
    if (bare && bare.length >= 2) {
      addNeedle([bare[0], bare[bare.length - 1]], "person", source);
      addNeedle(bare, "person", source);
    }
  };

  const { organisation } = subject;
  if (usable(organisation.name)) addName(organisation.name, "organisation name");
  if (usable(organisation.shortName)) addName(organisation.shortName, "short name");
  for (const alias of organisation.aliases) if (usable(alias)) addName(alias, `alias: ${alias.trim()}`);
  if (usable(organisation.odsCode)) insert(names, keysOf(organisation.odsCode), { kind: "organisation", source: "ODS code" });
  if (usable(organisation.site)) addName(organisation.site, `headquarters site: ${organisation.site.trim()}`, "place");

  for (const person of subject.people) {
    if (usable(person)) addPerson(person, `person: ${person.trim()}`);
  }
  for (const extra of subject.extraTerms) {
    if (!usable(extra.text)) continue;
    insert(names, keysOf(extra.text), { kind: extra.kind, source: `extra term: ${extra.text.trim()}`, ownApostrophe: endsWithApostrophe(extra.text) });
    if (extra.kind === "person") addPerson(extra.text, `extra term: ${extra.text.trim()}`);
  }
  for (const term of subject.identifyingTerms) {
    if (!usable(term)) continue;
    const source = `identifying term: ${term.trim()}`;
    insert(names, keysOf(term), { kind: "term", source, ownApostrophe: endsWithApostrophe(term) });
    // A name with a title is a person's, and gets every form of one.
    if (TITLE_SET.has(keysOf(term)[0]) && keysOf(term).length >= 3) addPerson(term, source);
    // Without a generic last word ("Arrowe Park" for "Arrowe Park Hospital"), and run together.
    for (const form of shortForms(term)) insert(names, form.keys, { kind: "term", source, ownApostrophe: form.ownApostrophe });
    const words = keysOf(term).filter((k) => /\p{L}/u.test(k));
    if (words.length >= 2 && words.length <= 3) insert(names, [words.join("")], { kind: "term", source });
    addNeedle(words, "term", source);
  }

  const addOther = (name: string) => {
    const keys = keysOf(name);
    if (!isDistinctive(keys) || ownPhrases.has(keys.join(" "))) return;
    const source = `names another NHS organisation: ${name.trim()}`;
    insert(others, keys, { kind: "organisation", source, ownApostrophe: endsWithApostrophe(name) });
    for (const form of shortForms(name)) {
      if (!ownPhrases.has(form.keys.join(" "))) insert(others, form.keys, { kind: "organisation", source, ownApostrophe: form.ownApostrophe });
    }
  };
  for (const other of subject.otherOrganisations) if (usable(other)) addOther(other);
  // The headquarters town is flagged, never hidden: a city named in a general sentence says little.
  if (usable(organisation.town)) {
    insert(others, keysOf(organisation.town), { kind: "place", source: `the organisation's headquarters town: ${organisation.town.trim()}` });
  }

  return (text: string): RedactedText => {
    const tokens = tokenize(text);
    const hits: Hit[] = [];
    findAll(names, tokens, false, hits);
    findAll(acronyms, tokens, true, hits);
    // A person's first name or surname alone: when capitalised, and at the start of a sentence only
    // once the person has been named in full in this text.
    if (alone.next.size > 0) {
      const named = new Set(hits.filter((h) => h.kind === "person").map((h) => h.source));
      const single: Hit[] = [];
      findAll(alone, tokens, false, single);
      for (const h of single) {
        const { capital, initial } = isNameLike(text, h.start);
        if (capital && (!initial || named.has(h.source))) hits.push(h);
      }
    }
    if (needles.length > 0 && (text.includes("@") || text.includes("#"))) {
      HANDLE.lastIndex = 0;
      for (let m = HANDLE.exec(text); m !== null; m = HANDLE.exec(text)) {
        const body = compact(m[0].slice(1));
        const needle = needles.find((n) => body.includes(n.text));
        if (needle) hits.push({ start: m.index, end: m.index + m[0].length, kind: needle.kind, source: needle.source });
      }
    }
    findPatterns(text, hits);
    const spans = merge(hits);

    const redactions: Redaction[] = [];
    let out = "";
    let at = 0;
    for (const s of spans) {
      redactions.push({ start: s.start, end: s.end, kind: s.best.kind, matched: text.slice(s.start, s.end), source: s.best.source });
      out += text.slice(at, s.start) + PLACEHOLDERS[s.best.kind];
      at = s.end;
    }
    out += text.slice(at);

    const flagHits: Hit[] = [];
    findAll(others, tokens, false, flagHits);
    const known = flagHits.slice();
    findNhsBodies(text, tokens, flagHits);
    const flags: Flag[] = [];
    let r = 0;
    for (const f of merge(flagHits)) {
      while (r < spans.length && spans[r].end <= f.start) r++;
      if (r < spans.length && spans[r].start < f.end) continue;
      // A name from the list says which organisation it is; the generic shape only that it is one.
      const named = known.find((k) => k.start < f.end && f.start < k.end);
      flags.push({ start: f.start, end: f.end, matched: text.slice(f.start, f.end), reason: (named ?? f.best).source });
    }
    return { text: out, redactions, flags };
  };
}

export function redactText(subject: RedactionSubject, text: string): RedactedText {
  return compileRedactor(subject)(text);
}

/** Segments for showing the admin the original text with each redaction highlighted. */
export function segments(
  original: string,
  result: RedactedText,
): Array<{ text: string; redaction?: Redaction; flag?: Flag }> {
  const marks: Array<{ start: number; end: number; redaction?: Redaction; flag?: Flag }> = [
    ...result.redactions.map((redaction) => ({ start: redaction.start, end: redaction.end, redaction })),
    ...result.flags.map((flag) => ({ start: flag.start, end: flag.end, flag })),
  ].sort((a, b) => a.start - b.start);
  const out: Array<{ text: string; redaction?: Redaction; flag?: Flag }> = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: original.slice(at, m.start) });
    out.push(m.redaction ? { text: original.slice(m.start, m.end), redaction: m.redaction } : { text: original.slice(m.start, m.end), flag: m.flag });
    at = m.end;
  }
  if (at < original.length) out.push({ text: original.slice(at) });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Personal details in a text meant for the public (a case study before publication)
//
// The same detectors as the judges' copy, kept to what identifies or reaches a person: the named
// people (matched as above, with titles, initials and middle names), e-mail addresses, phone
// numbers and postcodes. Web addresses and organisations are not personal data, so they are left out.

/** `person` is the listed name a name matched (so whose agreement counts), null for contact shapes. */
export type PersonalDetail = { start: number; end: number; kind: PersonalDetailKind; matched: string; person: string | null };

const DETAIL_KIND: Record<string, PersonalDetailKind> = { "e-mail address": "email", "phone number": "phone", postcode: "postcode" };

export function compilePersonalDetailFinder(people: string[]): (text: string) => PersonalDetail[] {
  const names = newNode();
  for (const person of people) {
    if (!usable(person)) continue;
    for (const keys of personVariants(person)) insert(names, keys, { kind: "person", source: person.trim() });
  }
  return (text: string): PersonalDetail[] => {
    const hits: Hit[] = [];
    findAll(names, tokenize(text), false, hits);
    findPatterns(text, hits);
    return merge(hits.filter((h) => h.kind === "person" || DETAIL_KIND[h.source]))
      .map((s) => ({
        start: s.start,
        end: s.end,
        kind: s.best.kind === "person" ? ("name" as const) : DETAIL_KIND[s.best.source],
        matched: text.slice(s.start, s.end),
        person: s.best.kind === "person" ? s.best.source : null,
      }));
  };
}
