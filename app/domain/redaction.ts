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
// Flags point the admin at what may identify but cannot safely be hidden: names from the list of
// other NHS organisations (with the same variants and shortened forms), names shaped like an
// organisation ("Eastham ICB", "Knowsley Council"), towns of the register, person-shaped names,
// unusual capitalised words, acronyms and hashtags. Each flag has a `kind` (person, place,
// organisation, other) and a `key` (the phrase normalised) so a decision is recorded once per key.
// Sites, people with a title or a role, handles are found in the text and hidden (decision 023).
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
//   so the word "gst" is not "GST". ODS codes with a digit match in any case; one of letters only
//   ("REP") only in capitals (session 10).
// - Where matches overlap or touch they become one placeholder, whose kind is the longest match's
//   (the earliest of equal ones).
// - A flag never overlaps a redaction: where both apply, the redaction wins and the flag is dropped.

import { endWithAddress, familiarFormsIn, startWithAddress } from "./redaction-familiar";
import { netFlags } from "./redaction-net";
import { findOwnPlaceBranches, partSiteSpans, widenOverNameTails } from "./redaction-spans";
import type { PersonalDetailKind } from "./vocabulary";

export type RedactionKind = "organisation" | "person" | "place" | "contact" | "term";

/**
 * The version of these rules. A judges' copy records it (in its source hash), so a copy built under
 * older rules shows as out of date on its review page and on the judging page, and is rebuilt before
 * it is released. Change it with any change to what the rules hide or flag.
 */
export const REDACTION_RULES_VERSION = "2026-12-03.11";

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
  /** Towns and cities of the register: flagged as places, never hidden, and never taken for a site's name. */
  places?: string[];
};

/** The whole of what is redacted section by section, so a name learnt in one section counts in all. */
export type RedactorOptions = { context?: string };

/** Offsets are in the original text; `source` says which term or rule matched. */
export type Redaction = { start: number; end: number; kind: RedactionKind; matched: string; source: string };
/** What a flagged phrase looks like it names; "other" when its shape says only that it is a name. */
export type FlagKind = "person" | "place" | "organisation" | "other";
/**
 * A phrase the secretariat should look at: `kind` is the guess at what it names, `key` the phrase
 * normalised (lower case, accents, apostrophes and a possessive dropped, "&" as "and", words joined
 * by one space), the same for every written form of it, so a decision can be recorded once per key
 * and applied to every flag with that key, in every section.
 */
export type Flag = { start: number; end: number; matched: string; reason: string; kind: FlagKind; key: string };
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

/**
 * The one normal form of a phrase, for flags and the secretariat's decisions on them: its words
 * folded as the tries fold them (lower case, accents and apostrophes dropped, "St." and "Saint" as
 * "st", "&" as "and"), a possessive or plural apostrophe dropped ("Arrowe Park's" is "arrowe park"),
 * punctuation left out, joined by one space. db/migrations/2026_12_02_1310_flag_keys.ts holds a copy.
 */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .filter((t) => !t.opaque)
    .map((t) => t.possKey ?? t.key)
    .filter((k) => /[\p{L}\p{N}]/u.test(k))
    .join(" ");
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
// What a specialist organisation treats, dropped from the end of a short form as generic words are:
// "Moorfields" of Moorfields Eye Hospital. Never a short form on their own.
const SPECIALTY = new Set("eye eyes dental orthopaedic orthopaedics heart chest lung cancer neurology neurological neurosciences rheumatic diseases women's children's womens childrens".split(" "));

/** Whether a phrase has a word that identifies rather than describes. */
function isDistinctive(keys: string[]): boolean {
  return keys.some((k) => k.length >= 3 && !GENERIC.has(k) && /\p{L}/u.test(k));
}

const NATIONALITY = new Set("welsh scottish english british irish cymru wales scotland england".split(" "));

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
    if (to < tokens.length && !(GENERIC.has(tokens[to].key) || STOP.has(tokens[to].key) || SPECIALTY.has(tokens[to].key))) break;
    if (from === 0 && to === tokens.length) continue;
    const keys = tokens.slice(from, to).map((t) => t.key);
    if (STOP.has(keys[keys.length - 1]) || !accept(keys)) continue;
    // "Welsh" of Welsh Ambulance Services names a nation, not the organisation ("Welsh Government").
    if (keys.length === 1 && NATIONALITY.has(keys[0])) continue;
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

const ACRONYM_SKIP = new Set(["and", "&", "of", "the", "for", "at"]);
// Small words usually left out of the initials, but not always ("NUTH": Newcastle upon Tyne Hospitals).
const ACRONYM_SMALL = new Set(["in", "on", "upon"]);
// Words often left out of an acronym: "LNWH" for London North West University Healthcare.
const ACRONYM_DROPPED = new Set(["university", "teaching", "mental", "health"]);
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
  const all = name
    .split(/[\s\-‐‑‒–—―]+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}&]/gu, ""))
    .filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  const words = all.filter((w) => !ACRONYM_SMALL.has(w.toLowerCase()));
  const nhs = words.indexOf("NHS");
  const pre = nhs < 0 ? words : nhs === 0 ? words.slice(1) : words.slice(0, nhs);
  const post = nhs > 0 ? words.slice(nhs + 1) : [];
  const initials = (ws: string[]) => ws.map(initialOf).join("");
  const a = initials(pre);
  const p = initials(post);
  const trust = (post.length ? post : pre)[(post.length ? post : pre).length - 1]?.toLowerCase() === "trust";
  // The forms people use besides the plain initials: with the small words ("NUTH", Newcastle upon
  // Tyne Hospitals), without the words they leave out ("LNWH" without University, "AWP" without
  // Mental Health, "MFT" for Manchester University NHS Foundation Trust), up to the last distinctive
  // word ("MWL" for Mersey and West Lancashire Teaching Hospitals), and with "NHS" in ("GHNHSFT").
  const bases = [a];
  const allPre = nhs > 0 ? all.slice(0, all.indexOf("NHS")) : all.filter((w) => w !== "NHS");
  bases.push(initials(allPre));
  bases.push(initials(pre.filter((w) => !ACRONYM_DROPPED.has(w.toLowerCase()))));
  let lastDistinctive = pre.length - 1;
  while (lastDistinctive >= 0 && (pre[lastDistinctive].length < 3 || GENERIC.has(fold(pre[lastDistinctive])))) lastDistinctive--;
  if (lastDistinctive >= 0) bases.push(initials(pre.slice(0, lastDistinctive + 1)));
  // A health board is written without "Health Board": "ABMU", "BCU", "SBU".
  if (pre.length > 3 && pre[pre.length - 2].toLowerCase() === "health" && pre[pre.length - 1].toLowerCase() === "board") bases.push(initials(pre.slice(0, -2)));
  const candidates: string[] = [];
  for (const base of bases) {
    candidates.push(base, base + p);
    if (trust && p !== "T") candidates.push(base + "T");
    if (p) candidates.push(`${base}NHS${p}`);
  }
  const out: string[] = [];
  for (const c of candidates) {
    if (c.length >= 3 && /^[A-Z0-9]+$/.test(c) && !COMMON_ACRONYMS.has(c) && !out.includes(c)) out.push(c);
  }
  // Acronyms in mixed case, matched as written: the initials with the opening of the last word
  // ("SECAmb", South East Coast Ambulance), the openings of a name of two words ("SomPar", Somerset
  // Partnership), and "and" as a small "a" ("SaTH", Shrewsbury and Telford Hospital).
  const opening = (w: string) => (w.length >= 5 ? w[0].toUpperCase() + w.slice(1, 3).toLowerCase() : "");
  const mixed: string[] = [];
  for (let end = 2; end < pre.length; end++) if (opening(pre[end])) mixed.push(initials(pre.slice(0, end)) + opening(pre[end]));
  if (nhs > 0 && pre.length === 2 && pre.every((w) => opening(w))) mixed.push(pre.map(opening).join(""));
  const spelt = name.split(/[\s\-‐‑‒–—―]+/u).map((w) => w.replace(/[^\p{L}\p{N}&]/gu, "")).filter((w) => w && !["the", "of", "for", "at"].includes(w.toLowerCase()));
  const beforeNhs = spelt.includes("NHS") ? spelt.slice(0, spelt.indexOf("NHS")) : spelt;
  if (beforeNhs.some((w) => w.toLowerCase() === "and")) mixed.push(beforeNhs.map((w) => (w.toLowerCase() === "and" ? "a" : initialOf(w))).join(""));
  for (const c of mixed) {
    const upper = c.replace(/[^A-Z]/g, "").length;
    if (/^[A-Z][A-Za-z]+$/.test(c) && /[a-z]/.test(c) && (upper >= 3 || /^[A-Z][a-z]{2}[A-Z][a-z]{2}$/.test(c)) && !out.includes(c)) out.push(c);
  }
  return out;
}

function isAllCapsWord(s: string): boolean {
  return /^[\p{Lu}\p{N}]+$/u.test(s) && /\p{Lu}/u.test(s);
}

// ---------------------------------------------------------------------------------------------
// Tries of terms

type Entry = { kind: RedactionKind; source: string; ownApostrophe?: boolean };
/** `commas`: a comma in the text may stand between this word and the next ("Tees, Esk and Wear Valleys"). */
type Node = { next: Map<string, Node>; entry: Entry | null; commas?: boolean };

const newNode = (): Node => ({ next: new Map(), entry: null });

function insert(root: Node, keys: string[], entry: Entry, commas = false): void {
  if (keys.length === 0) return;
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = newNode()));
    node = child;
    if (commas) node.commas = true;
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

/** The longest phrase of the trie that starts at token i, if any. */
function longestAt(root: Node, tokens: Token[], i: number, caseSensitive: boolean): Hit | null {
  return walkFrom(root, tokens, i, i, caseSensitive, null);
}

// One step of longestAt: the phrases below `node` that go on at token j, the longest kept in `best`.
// A plain function rather than a closure made per call: it runs for every word a trie's phrase opens with.
function walkFrom(node: Node, tokens: Token[], i: number, j: number, caseSensitive: boolean, best: Hit | null): Hit | null {
  if (j >= tokens.length) return best;
  const t = tokens[j];
  if (t.opaque) return best;
  // An organisation's name written with commas its register entry lacks, or the other way round.
  if (node.commas && t.key === "," && j > i) return walkFrom(node, tokens, i, j + 1, caseSensitive, best);
  const start = tokens[i].start;
  const possKey = caseSensitive ? t.possRaw : t.possKey;
  if (possKey !== null) {
    const p = node.next.get(possKey);
    if (p?.entry && (!best || t.possEnd > best.end)) best = { start, end: t.possEnd, kind: p.entry.kind, source: p.entry.source };
  }
  const key = caseSensitive ? t.raw : t.key;
  best = stepTo(node.next.get(key), tokens, i, j, caseSensitive, best);
  if (caseSensitive) return best;
  if (TITLE_SET.has(key)) best = stepTo(node.next.get(ANY_TITLE), tokens, i, j, caseSensitive, best);
  if (key.length === 1 && SINGLE_LETTER.test(key)) best = stepTo(node.next.get(ANY_INITIAL), tokens, i, j, caseSensitive, best);
  return best;
}

function stepTo(child: Node | undefined, tokens: Token[], i: number, j: number, caseSensitive: boolean, best: Hit | null): Hit | null {
  if (!child) return best;
  if (child.entry) {
    const t = tokens[j];
    const end = child.entry.ownApostrophe ? t.end : t.bareEnd;
    if (!best || end > best.end) best = { start: tokens[i].start, end, kind: child.entry.kind, source: child.entry.source };
  }
  return walkFrom(child, tokens, i, j + 1, caseSensitive, best);
}

function findAll(root: Node, tokens: Token[], caseSensitive: boolean, into: Hit[]): void {
  if (root.next.size === 0) return;
  const titled = !caseSensitive && root.next.has(ANY_TITLE);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const key = caseSensitive ? t.raw : t.key;
    const possKey = caseSensitive ? t.possRaw : t.possKey;
    if (!root.next.has(key) && !(titled && TITLE_SET.has(key)) && !(possKey !== null && root.next.has(possKey))) continue;
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
// A UK number: 0 or +44 (with an optional "(0)"), a first digit UK numbers start with, then eight to
// ten more digits (one too many is a typing slip, still a number) with single spaces, hyphens or
// brackets between them, and an extension ("ext 3310") if one follows.
const PHONE = /(?<![\p{L}\p{N}+./])(?:\+44[ \t\-]?(?:\(0\)[ \t\-]?)?|\(?0)[1-35789](?:\)?[ \t\-]?\d){8,10}(?:[ \t]*(?:ext\.?|extension|x)[ \t]*\d{2,6})?(?![\p{N}])/gu;
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
    "together recently last next yesterday today " +
    // Before a name in a letter or a transcript: "Dear Heledd", "I’m Ricky" (session 9).
    "dear hi hello im"
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

// Initials joined by "&" ("NCH&C", "TE&WV"), three letters or more: an acronym that may name a body.
const AMPERSAND_INITIALS = /(?<![\p{L}\p{N}&])\p{Lu}[\p{Lu}\p{N}]{0,4}(?:&\p{Lu}[\p{Lu}\p{N}]{0,4})+(?![\p{L}\p{N}&])/gu;

const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const STICKY_AMPERSAND_INITIALS = new RegExp(AMPERSAND_INITIALS.source, "uy");

/**
 * Initials joined by "&" that are no common acronym ("A&E", "R&D", "OD&D"): flagged as an organisation's may be.
 * Found from each "&" rather than by trying the pattern at every letter of the text: the initials before
 * an "&" start where the capitals and digits before it start, and the pattern is tried there only.
 */
function findAmpersandInitials(text: string, into: Hit[]): void {
  let from = 0;
  for (let amp = text.indexOf("&"); amp >= 0; amp = text.indexOf("&", Math.max(amp + 1, from))) {
    // Back over the capitals and digits before the "&" (a letter outside the Basic Multilingual Plane is two
    // code units); the pattern says whether they are few enough.
    let start = amp;
    for (;;) {
      const width = start >= 2 && /[\uDC00-\uDFFF]/.test(text[start - 1]) ? 2 : 1;
      if (start < width || !UPPER_OR_DIGIT.test(text.slice(start - width, start))) break;
      start -= width;
    }
    if (start === amp || start < from) continue;
    STICKY_AMPERSAND_INITIALS.lastIndex = start;
    const m = STICKY_AMPERSAND_INITIALS.exec(text);
    if (!m) continue;
    from = start + m[0].length;
    const word = m[0];
    if (word.length - (word.split("&").length - 1) < 3 || COMMON_UPPER.has(word) || COMMON_UPPER.has(word.replace(/S$/, ""))) continue;
    into.push({ start, end: from, kind: "term", source: "an acronym that may name an organisation or site" });
  }
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
// Name-shaped phrases: what no list gives
//
// The entrant's other sites, people named only in the text, partner bodies and places. Runs of
// capitalised words (with "and", "of", "the"... between them, across a hard line break, not across
// a sentence's end) are read once. A run with a site word after a distinctive word ("Heartlands
// Hospital", "Broadoak Unit", "Campus for Ageing and Vitality") is a site: hidden as [place], and its
// name alone ("Heartlands") and initials ("RVI", "the JR") are hidden everywhere in the text. A run
// after a title ("Prof. Ahmed Qureshi") or beside a role ("Deborah Mwangi, our chief executive") is a
// person: hidden. Whatever else is shaped like a name and is not a national term is flagged.

const SITE_WORDS = new Set(
  (
    "hospital hospitals infirmary unit centre center building house hospice clinic campus wing ward institute general park road street lane way avenue drive " +
    // Nouns that end the names of smaller sites, named after a place or a person: "Arnold Lodge", "Red Kite
    // View", "Glastonbury Court", "Blackburne Suite", "Vantage Point Hub", "Blackweir Station" (session 9).
    "lodge court view suite hub station " +
    // Ambulance services' sites written by their initials after the place: "Chelmsford EOC" (emergency
    // operations centre), "Otterbourne CCC" (clinical coordination centre), "Bicester MRC" (make-ready centre).
    "eoc ecc ccc mrc"
  ).split(" "),
);
// A site named by its place and what it is, in lower case: "Thatcham make-ready centre", "the Gillingham
// make ready centre", "Waterloo ambulance station", "Otterbourne operations centre". The nouns, and the
// words that may stand between the place and the noun.
// What a site is, ending a name made only of generic words: hidden ("University Hospital", "Northern House").
const FLAGGED_SITE_NOUNS = new Set("hospital infirmary unit centre center building house hospice clinic campus wing ward lodge court hub station suite view".split(" "));
const ARTICLES = new Set("the a an our their its each every this that".split(" "));
// Words that open the name of a site or body named after its organisation: "[Alder Hey]’s Institute in the Park".
const NAMED_AFTER_OPENERS = new Set("institute centre center campus academy college school hub".split(" "));
const LOWER_SITE_NOUNS = new Set("centre center hub station depot centres hubs stations depots ward wards site campus".split(" "));
// Site nouns that say what the site is without a kind word before them: "the Whitchurch station", "Swansea EMS hubs".
// Adjectives of a region ("Cumbrian", "Cambrian"): never a site's name.
const DEMONYM = /ian$/;
const NUMBER_WORDS = new Set("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred".split(" "));
const LOWER_SITE_ALONE = new Set("hub hubs depot depots station stations ward wards site campus".split(" "));
// Site nouns in lower case before "at" a name ("the control rooms at Crawley", "the walk-in centre at Parsons
// Green", "acute wards at the Barberry"; a list after a colon, "at every hub: Willenhall, Hollymoor"): the name is a site.
const SITE_NOUNS_BEFORE_AT = new Set("centre centres center station stations hub hubs depot depots ward wards unit units site sites hospital hospitals clinic clinics room rooms base bases hospice".split(" "));
const LOWER_SITE_KINDS = new Set("make ready ambulance operations operation control coordination dispatch fleet vehicle emergency clinical contact resource response".split(" "));
const HOSPITAL_WORDS = new Set(["hospital", "infirmary", "hospice"]);
const PLACE_PREPOSITIONS = new Set("in across around throughout near from towards serving covering".split(" "));
// Site words that also open a name read forwards: "Campus for Ageing and Vitality", "Institute in the Park".
const SITE_OPENERS = new Set("campus institute centre center".split(" "));
// Welsh words that open a name: a hospital ("Ysbyty Gwynedd", two words are enough) or an
// organisation ("Prifysgol Bangor", "Cyngor Gwynedd", "Bwrdd Iechyd"), flagged as English ones are.
// Since session 9 a centre ("Canolfan"), a unit ("Uned") and a house ("Tŷ", "Ty") open a site too; a
// health board ("Bwrdd Iechyd") and an NHS trust ("Ymddiriedolaeth GIG") in Welsh are NHS bodies: hidden.
const WELSH_SITE_OPENERS = new Set(["ysbyty", "canolfan", "uned", "ty"]);
const WELSH_ORG_OPENERS = new Set(["prifysgol", "cyngor", "bwrdd"]);
const isWelshNhsBody = (keys: string[]) => (keys[0] === "bwrdd" && keys[1] === "iechyd" && keys.length >= 3) || (keys[0] === "ymddiriedolaeth" && keys.length >= 2);
// Nouns in lower case after a name in the possessive that make it a site: "Arrowe Park’s main
// building", "Winchester’s hospital", "Barnstaple’s community hospitals".
const POSSESSIVE_SITE_NOUNS = new Set("hospital hospitals site sites ward wards unit units building buildings campus clinic clinics wing lab labs laboratory laboratories".split(" "));
// Last words of the names of things, never of people: "Optimal Staffing Tool", "Healthy Workplace Charter".
const THING_WORDS = new Set("tool toolkit framework programme program standard standards charter survey strategy model plan policy guide guidance award scheme project index".split(" "));
// Last words of an organisation's name: a partner body, flagged rather than hidden.
const ORG_WORDS = new Set(
  "council icb icbs ccg ccgs university college authority constabulary police trust board partnership partnerships commission agency federation association society alliance network service services".split(" "),
);
// Words in the names of departments and services, not of places: "Intensive Care Unit", "Education Centre".
const SERVICE_WORDS = new Set(
  (
    "education training learning wellbeing staff contact control operations emergency urgent intensive care acute medical " +
    "surgical maternity day treatment assessment dental eye cancer research innovation conference leadership support call " +
    "resource vaccination coordination dispatch clinical main new old head office offices headquarters trust team staff " +
    "rehabilitation therapy therapies outpatient outpatients inpatient discharge lounge reception admissions theatre theatres " +
    "diagnostic diagnostics imaging pharmacy laboratory pathology simulation skills nursing midwifery ambulance mental health"
  ).split(" "),
);
// Roles that make the name beside them a person's: "our chief executive, Deborah Mwangi".
const ROLE_WORDS = new Set(
  (
    "executive director chair chairman chairwoman chairperson manager nurse officer secretary guardian rep representative " +
    "convenor convener matron consultant paramedic lead deputy head president governor steward organiser organizer " +
    "practitioner midwife physiotherapist surgeon doctor colleague member sister ceo"
  ).split(" "),
);
// Capitalised words that are not names: they stop a run from being a person's name and are never flagged alone.
const COMMON_CAPITALISED = new Set(
  (
    "january february march april may june july august september october november december monday tuesday wednesday " +
    "thursday friday saturday sunday christmas easter covid coronavirus english british welsh scottish irish european " +
    "charter forum committee policy policies programme program project network group groups team teams survey staff board " +
    "chair director directors chief executive officer officers manager managers lead leads head deputy nurse nurses " +
    "people workforce partnership partners partner side framework frameworks award awards strategy plan review report " +
    "guardian guardians freedom speak up speaking our we i it its this that these those there their they he she his her " +
    "when where what why how who which while if after before during since until as at in on by for with from to and or " +
    "but not no yes all every each both some any more most many few one two three four five six seven eight nine ten " +
    "first second third last next new summary introduction background context aims aim impact results outcomes outcome " +
    "lessons learned learning evidence conclusion conclusions appendix section part phase stage year years month months " +
    "week weeks day days quarter time joint staff-side union unions branch branches steward stewards rep reps members " +
    "member colleagues colleague employer employers employee employees consultation negotiating consultative council " +
    "trust trusts division directorate department departments service services ward wards unit units site sites " +
    "black asian minority ethnic lgbtq disability disabled women men health wellbeing mental physical menopause " +
    "equality diversity inclusion race allyship anti-racism covid-19 long sickness absence attendance overtime pay " +
    "band bands grade grades rota rotas shift shifts night nights weekend weekends late finish finishes break breaks " +
    "safety patient patients care carers family families community communities public national regional local " +
    "north south east west northern southern eastern western central mr mrs ms miss dr prof professor sir dame " +
    "so then also however therefore because although though yet still now today together only just even"
  ).split(" "),
);
// Acronyms too common in NHS writing to be a name: never flagged.
const COMMON_UPPER = new Set(
  (
    "NHS NHSE NHSI ICB ICS CEO CQC HR OD EDI HCA RCN RCM BMA GMC NMC HSE PCN GP GPS CCG STP HEE UK USA COVID " +
    "AFC AfC JNCC JNC JCC JSC LNC LNCC FTSU TUPE KPI KPIS ED A&E AE ICU ITU HDU MSK OT OTS SLT QI PDSA BAME " +
    "LGBT LGBTQ LGBTQ+ WRES WDES SPF HPMA CSP SOR SoR GMB UNISON UNITE RCOT BDA HCSA MIP MiP CPD FAQ FAQS " +
    "CEO COO CFO CNO CMO CPO MD DOP DON HRD ER IT ICT PPE PTSD EAP MHFA CBT FTE WTE WTES SMT SLT AGM " +
    "ID IOSH TU TUC STUC UK EU PA PAS ACP ACPS ANP ANPS CSW HCSW HCSWS RN RNS RMN RMNS OD&D DDA DBS H&S T&C P&O B&Q M&S AT&T " +
    "ODS NICE NHSBSA NHSBT CSU AHP AHPS NEWS2 SBAR RCA SI SIS PSIRF IPC AAA AACE NHSP OK TV BBC ITV PDF"
  ).split(" "),
);

/**
 * Curated national terms: unions, national bodies, frameworks and the award's own words. They name no
 * entrant, so they are never flagged, and runs of capitalised words stop at them.
 */
export const NATIONAL_TERMS: readonly string[] = [
  "NHS England", "NHS Improvement", "NHS Employers", "NHS Providers", "NHS Confederation", "NHS Staff Council",
  "NHS Pay Review Body", "NHS Resolution", "NHS Digital", "NHS Business Services Authority", "NHS Blood and Transplant",
  "NHS Leadership Academy", "NHS Professionals", "NHS Staff Survey", "NHS People Plan", "NHS People Promise",
  "NHS Long Term Plan", "NHS Long Term Workforce Plan", "NHS Constitution", "NHS Terms and Conditions of Service Handbook",
  "NHS Jobs", "NHS Pensions", "NHS Pension Scheme", "NHS Rainbow Badge", "NHS Workforce Race Equality Standard",
  "Social Partnership Forum", "NHS Social Partnership Forum", "Agenda for Change", "Staff Council",
  "Healthcare People Management Association", "HPMA", "Department of Health and Social Care", "Department of Health",
  "Health Education England", "Care Quality Commission", "Nursing and Midwifery Council", "General Medical Council",
  "Health and Care Professions Council", "Health and Safety Executive", "National Guardian’s Office", "National Guardian",
  "Queen’s Nursing Institute", "King’s Fund", "The King’s Fund", "Nuffield Trust", "Health Foundation", "The Health Foundation",
  "Acas", "ACAS", "Trades Union Congress", "TUC", "UNISON", "Unite", "Unite the Union", "GMB", "Royal College of Nursing",
  "Royal College of Midwives", "Royal College of Occupational Therapists", "Royal College of Podiatry", "Royal College of Physicians",
  "Royal College of Surgeons", "Royal College of Psychiatrists", "Royal College of Paediatrics and Child Health",
  "Royal College of Emergency Medicine", "Royal College of General Practitioners", "British Medical Association",
  "Chartered Society of Physiotherapy", "Society of Radiographers", "College of Operating Department Practitioners",
  "British Dietetic Association", "British Association of Occupational Therapists", "Managers in Partnership",
  "Hospital Consultants and Specialists Association", "British and Irish Orthoptic Society", "Federation of Clinical Scientists",
  "Association of Ambulance Chief Executives", "College of Paramedics",
  "Chartered Institute of Personnel and Development", "CIPD", "Institute of Healthcare Management", "Skills for Health",
  "Freedom to Speak Up", "Freedom to Speak Up Guardian", "Just Culture", "Just and Learning Culture", "Patient Safety Incident Response Framework",
  "Workforce Race Equality Standard", "Workforce Disability Equality Standard", "Equality Delivery System",
  "Knowledge and Skills Framework", "Mental Health First Aid", "Mental Health First Aider", "Schwartz Rounds", "Schwartz Round",
  "Partnership Working Award", "Partnership Award", "Investors in People", "Disability Confident", "Mindful Employer",
  "Time to Change", "Stonewall", "Living Wage Foundation", "Real Living Wage", "Access to Work", "Employee Assistance Programme",
  "Equality Act", "Health and Safety at Work Act", "Employment Rights Act", "Trade Union Act", "Working Time Regulations",
  "Menopause Workplace Pledge", "Wellbeing Guardian", "Black History Month", "Pride Month", "Covid-19", "Integrated Care System",
  "Integrated Care Board", "Integrated Care Partnership", "Primary Care Network", "Clinical Commissioning Group", "Government",
  "Parliament", "House of Commons", "House of Lords", "Secretary of State", "Prime Minister", "Office for National Statistics",
  "Public Health England", "UK Health Security Agency", "Health Education and Improvement Wales", "Scottish Government",
  "Welsh Government", "NHS Scotland", "NHS Wales", "Google", "Microsoft Teams", "Zoom", "Facebook", "Twitter",
  "Instagram", "LinkedIn", "WhatsApp", "YouTube", "Excel", "SharePoint", "Yammer",
  // National bodies' buildings, named like any trust's site: never one of the entrant's (session 9).
  "Wellington House", "Skipton House", "Quarry House", "Richmond House", "Congress House", "Unison Centre",
];

const NATIONAL_SOURCE = "a national term";

type Run = { from: number; to: number };

function isNameWord(t: Token): boolean {
  // Most words are lower case or punctuation: answered without a regex.
  const c = t.raw.charCodeAt(0);
  if (c < 65 || (c >= 91 && c <= 127)) return false;
  if (t.opaque || !CAPITALISED.test(t.raw) || (t.raw !== "NHS" && (COMMON_UPPER.has(t.raw) || COMMON_ACRONYMS.has(t.raw)))) return false;
  // Title case ("Heartlands", "McDonald", "St"); all capitals only when short ("RVI", "UCL").
  return /\p{Ll}/u.test(t.raw) || (t.raw.length <= 8 && /^[\p{Lu}\p{N}]+$/u.test(t.raw));
}

const RUN_CONNECTORS = new Set(["and", "of", "the", "for", "in", "on", "upon", "de", "da", "van", "von", "der", "ni", "bin", "al", "ab", "ap", "le", "la", "du", "dos", "das", "del", "ibn", "bint"]);
// Particles inside a person's name, after a title too: "Mr Pieter van Heerden", "Dr Huw ab Iorwerth" (session 9).
const NAME_PARTICLES = new Set("de da di du del della der den van von ter ten le la ni bin bint ibn ap ab al dos das".split(" "));

/** Whether what lies between two tokens keeps them in one name: spaces, hyphens, one line break. */
function joins(text: string, a: Token, b: Token): boolean {
  if (text.charCodeAt(a.end) === 46 /* . */ && !TITLE_SET.has(a.key) && a.key !== "st" && a.raw.length > 1) return false;
  const gap = text.slice(a.end, b.start);
  if (gap.length > 3 && /\S/.test(gap.replace(/['’‘.\-‐‑–]/g, ""))) return false;
  return !/[^\s'’‘.\-‐‑]/.test(gap) && !/\n\s*\n/.test(gap);
}

/** Runs of capitalised words, with connectors between them; tokens in `skip` break runs. */
function nameRuns(text: string, tokens: Token[], skip: Uint8Array): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    // A handle or hashtag is dealt with whole, elsewhere.
    if (skip[i] || !isNameWord(tokens[i]) || text[tokens[i].start - 1] === "@" || text[tokens[i].start - 1] === "#") {
      i++;
      continue;
    }
    let to = i;
    let j = i + 1;
    while (j < tokens.length && !skip[j] && joins(text, tokens[j - 1], tokens[j])) {
      // "Heartlands Hospital and Good Hope Hospital" are two sites; "Hospital the Intensive Care Unit" two names.
      // "Newham Centre for Mental Health" and "Hospital of St Cross" go on.
      if (SITE_WORDS.has(tokens[j - 1].key) && j - 1 > i && RUN_CONNECTORS.has(tokens[j].key) && tokens[j].key !== "for" && tokens[j].key !== "of") break;
      // "Knowsley Council and NHS Greater Manchester" are two organisations.
      if (tokens[j].key === "and" && (ORG_ENDS.has(tokens[j - 1].key) || tokens[j + 1]?.key === "nhs")) break;
      // "Prifysgol Bangor and the National Centre for Learning Welsh": a national body opens a name of
      // its own; "Wrexham Maelor and Ysbyty Gwynedd" are two hospitals.
      const next = tokens[j + 1]?.key === "the" ? tokens[j + 2] : tokens[j + 1];
      if (tokens[j].key === "and" && (next?.key === "national" || WELSH_SITE_OPENERS.has(next?.key ?? "") || WELSH_ORG_OPENERS.has(next?.key ?? "") || next?.key === "ymddiriedolaeth")) break;
      if (isNameWord(tokens[j])) to = j;
      else if (!RUN_CONNECTORS.has(tokens[j].key)) break;
      j++;
    }
    let from = i;
    while (from <= to && (LEADING_WORDS.has(tokens[from].key) || RUN_CONNECTORS.has(tokens[from].key))) from++;
    if (from <= to) runs.push({ from, to });
    i = to + 1;
  }
  return runs;
}

function distinctiveWord(k: string): boolean {
  return k.length >= 3 && !GENERIC.has(k) && !SERVICE_WORDS.has(k) && !SITE_WORDS.has(k) && !COMMON_CAPITALISED.has(k) && /\p{L}/u.test(k);
}

/** What the discovery of name-shaped phrases found in a text. */
type Discovered = {
  hide: Hit[];
  /** Hits whose kind is the flag's guess ("term" for a name of no clear kind). */
  flags: Hit[];
  /** Names that, once found, name the entrant elsewhere in the text: a site's name alone. */
  alone: string[][];
  /** A site's initials ("RVI", "the JR"), matched case-sensitively. */
  initials: string[][];
  /** People named only in the text, found by their shape: their words alone name them elsewhere. */
  people: string[][];
};

/** Whether the line holding a position has no lower-case letter: an ALL-CAPS heading. */
function isHeadingLine(text: string, at: number): boolean {
  const s = text.lastIndexOf("\n", at) + 1;
  let e = text.indexOf("\n", at);
  if (e < 0) e = text.length;
  return !/\p{Ll}/u.test(text.slice(s, e));
}

/** A site's name alone and its initials, from its words up to and including the site word at `site`. */
function siteForms(words: Token[], site: number, into: Discovered): void {
  const head = words.slice(0, site).map((t) => t.key);
  while (head.length > 0 && (SITE_WORDS.has(head[head.length - 1]) || GENERIC.has(head[head.length - 1]) || STOP.has(head[head.length - 1]))) head.pop();
  while (head.length > 0 && (STOP.has(head[0]) || head[0] === "nhs")) head.shift();
  if (head.length > 0 && head.some(distinctiveWord)) into.alone.push(head);
  const letters = (ts: Token[]) => ts.filter((t) => !RUN_CONNECTORS.has(t.key)).map((t) => initialOf(t.raw)).join("");
  const all = letters(words);
  const before = letters(words.slice(0, site));
  if (all.length >= 3 && all.length <= 5) into.initials.push([all]);
  if (before.length === 2) into.initials.push(["the", before], ["The", before]);
  else if (before.length >= 3 && before.length <= 5) into.initials.push([before]);
}

// The answers of writtenInLowerCase for the text last asked about: the same capitalised words are asked
// about many times over one text, and each answer is a search of the whole text.
let lowerCaseText: string | null = null;
const lowerCaseAnswers = new Map<string, boolean>();

/** Whether a word is written in lower case somewhere in the text, as a whole word. */
/** Whether the text writes a word in lower case at least twice, and more often than with its capital. */
function mostlyLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (text !== mostlyLowerText) {
    mostlyLowerText = text;
    mostlyLowerFolded = text.toLowerCase();
    mostlyLowerAnswers.clear();
  }
  let answer = mostlyLowerAnswers.get(lower);
  if (answer === undefined) {
    let low = 0;
    let capital = 0;
    // Where lower-casing changes the text's length ("İ"), positions would not line up: the word is
    // then taken as a name, as before this rule.
    for (let i = mostlyLowerFolded.length === text.length ? mostlyLowerFolded.indexOf(lower) : -1; i >= 0; i = mostlyLowerFolded.indexOf(lower, i + 1)) {
      if (LETTER_OR_DIGIT.test(text[i - 1] ?? " ") || LETTER_OR_DIGIT.test(text[i + lower.length] ?? " ")) continue;
      if (text[i] === lower[0]) low++;
      else capital++;
    }
    answer = low >= 2 && low > capital;
    mostlyLowerAnswers.set(lower, answer);
  }
  return answer;
}
let mostlyLowerText = "";
let mostlyLowerFolded = "";
const mostlyLowerAnswers = new Map<string, boolean>();

function writtenInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return true;
  if (text !== lowerCaseText) {
    lowerCaseText = text;
    lowerCaseAnswers.clear();
  }
  let answer = lowerCaseAnswers.get(lower);
  if (answer === undefined) {
    answer = false;
    for (let i = text.indexOf(lower); i >= 0 && !answer; i = text.indexOf(lower, i + 1)) {
      answer = !LETTER_OR_DIGIT.test(text[i - 1] ?? " ") && !LETTER_OR_DIGIT.test(text[i + lower.length] ?? " ");
    }
    lowerCaseAnswers.set(lower, answer);
  }
  return answer;
}

function isTitleKey(k: string): boolean {
  return TITLE_SET.has(k);
}

function notPersonWord(k: string): boolean {
  return GENERIC.has(k) || COMMON_CAPITALISED.has(k) || SITE_WORDS.has(k) || ORG_WORDS.has(k) || SERVICE_WORDS.has(k) || THING_WORDS.has(k);
}

/** Whether a site noun in lower case follows within three words: "Arrowe Park’s [main] building". */
function siteNounAfter(tokens: Token[], at: number): boolean {
  for (let j = at + 1; j <= at + 3 && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.opaque || !/^\p{Ll}/u.test(t.raw)) return false;
    if (POSSESSIVE_SITE_NOUNS.has(t.key)) return true;
  }
  return false;
}

/**
 * The token of the noun when a site's kind follows in lower case ("make-ready centre", "ambulance
 * station", "operations centre"; at most three words, the last a site noun), else -1. "Hub" and
 * "depot" may follow alone; "centre" and "station" need a kind word, so "Leeds city centre" is no site.
 */
function lowerSiteAfter(text: string, tokens: Token[], at: number): number {
  let kinds = 0;
  for (let j = at + 1; j <= at + 4 && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.opaque || !/^\p{Ll}/u.test(t.raw) || !/^[ \t\-‐]+$/.test(text.slice(tokens[j - 1].end, t.start))) return -1;
    if (LOWER_SITE_NOUNS.has(t.key) && (kinds > 0 || LOWER_SITE_ALONE.has(t.key))) return j;
    if (!LOWER_SITE_KINDS.has(t.key)) return -1;
    kinds++;
  }
  return -1;
}

/** Whether a site noun in lower case and "at" (and "the") stand before the token, or a site noun and a colon. */
function siteNounBefore(tokens: Token[], at: number): boolean {
  let j = at - 1;
  if (tokens[j]?.key === ":") return SITE_NOUNS_BEFORE_AT.has(tokens[j - 1]?.key ?? "") && /^\p{Ll}/u.test(tokens[j - 1].raw);
  if (tokens[j]?.key === "the") j--;
  if (tokens[j]?.key !== "at") return false;
  const noun = tokens[j - 1];
  return !!noun && !noun.opaque && SITE_NOUNS_BEFORE_AT.has(noun.key) && /^\p{Ll}/u.test(noun.raw);
}

// "Dave “Tommo” Thompson": the name before the opening quotation mark, and the quoted form and name after it.
const NAME_BEFORE_QUOTE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)[ \t]+$/u;
const QUOTED_THEN_NAME = /^[“"‘]\p{Lu}[\p{L}'’\-]*[”"’][ \t\n]+(\p{Lu}[\p{Ll}'’\-]+)/u;

/** The position of the next “ or " (or ‘) at or after `from`, or -1. */
function nextOpeningQuote(text: string, from: number): number {
  let best = -1;
  for (const c of ["“", '"', "‘"]) {
    const i = text.indexOf(c, from);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** What lies between two runs when they are items of one list: ", ", " and ", ", and ", on one line. */
const LIST_GAP = /^[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+)(?:the[ \t]+)?$/;

// Last words of an organisation's name, after which a site's name may start ("... Trust and Broadoak Unit").
const ORG_ENDS = new Set("trust council icb ccg board authority constabulary police commission agency".split(" "));

/**
 * The token where the site whose site word is at `site` (in the run from `from`) starts: after an
 * "on", "in" or "for" ("Project Lantern on Moorside Ward"), or after an organisation's name and the
 * "and" after it. -1 when what is left has no distinctive word, or only words of the entrant's own
 * name ("Northmoor Valley Hospital" keeps its generic word after [organisation]).
 */
function siteStart(tokens: Token[], keys: string[], from: number, site: number, forward: boolean, ownMask: Uint8Array): number {
  let first = from;
  for (let k = site - 1; k >= 0 && !forward; k--) {
    if (keys[k] === "on" || keys[k] === "in" || keys[k] === "for" || ORG_ENDS.has(keys[k]) || keys[k] === "nhs") {
      first = from + k + 1;
      break;
    }
  }
  while (first < from + site && RUN_CONNECTORS.has(tokens[first].key)) first++;
  const head = forward ? keys.slice(1) : keys.slice(first - from, site);
  if (!head.some(distinctiveWord)) return -1;
  let own = true;
  for (let i = first; i < from + site; i++) if (!ownMask[i] && !RUN_CONNECTORS.has(tokens[i].key)) own = false;
  return own && !forward ? -1 : first;
}

function discover(text: string, tokens: Token[], national: Uint8Array, ownMask: Uint8Array, places: Set<string>, ownWords: Set<string> = new Set()): Discovered {
  const found: Discovered = { hide: [], flags: [], alone: [], initials: [], people: [] };
  const runs = nameRuns(text, tokens, national);
  // Runs hidden as sites, and runs that may be sites when a list holds one (see the end).
  const siteRun = new Uint8Array(runs.length);
  const maybeSite = new Uint8Array(runs.length);
  // The words the text writes in title case, read once and only when a name in capitals needs them.
  let titled: Set<string> | null = null;
  const titleCased = () => (titled ??= new Set(tokens.filter((t) => !t.opaque && /^\p{Lu}\p{Ll}/u.test(t.raw)).map((t) => t.raw)));
  // A word in capitals that may be part of a name: distinctive, no common acronym, never written in lower case.
  const named = (t: Token) => distinctiveWord(t.key) && !COMMON_UPPER.has(t.raw) && !COMMON_ACRONYMS.has(t.raw) && !writtenInLowerCase(text, t.raw[0] + t.raw.slice(1).toLowerCase());
  const upper = (t: Token | undefined) => !!t && !t.opaque && /^\p{Lu}{2,}$/u.test(t.raw) && named(t);
  for (let ri = 0; ri < runs.length; ri++) {
    const { from, to } = runs[ri];
    // "the Royal" alone, mid-sentence, is a hospital's short name ("staff at the Royal").
    if (from === to && tokens[from].key === "royal" && from > 0 && tokens[from - 1].key === "the" && !(from + 1 < tokens.length && isNameWord(tokens[from + 1]))) {
      found.flags.push({ start: tokens[from].start, end: tokens[from].bareEnd, kind: "place", source: "a hospital's short name" });
      continue;
    }
    // Most runs are one ordinary word: nothing to do.
    if (from === to && (COMMON_CAPITALISED.has(tokens[from].key) || GENERIC.has(tokens[from].key))) continue;
    const keys: string[] = [];
    for (let i = from; i <= to; i++) keys.push(tokens[i].key);
    const start = tokens[from].start;
    const end = tokens[to].bareEnd;
    // A name of generic words ending in what one site is, written without an article as a proper
    // name is ("a porter at University Hospital", not "the Royal Hospital", "Community Hospitals"),
    // is one site, named as a proper name ("Northern House", the headquarters): hidden (session 9; it
    // was only flagged, and a site of any trust narrows the field). Not in a heading in capitals.
    if (
      to > from && FLAGGED_SITE_NOUNS.has(keys[keys.length - 1]) && !keys.some(distinctiveWord) &&
      !keys.every((k) => STOP.has(k) || k === "nhs" || SITE_WORDS.has(k)) && !STOP.has(keys[0]) && !(from > 0 && ARTICLES.has(tokens[from - 1].key)) &&
      /\p{Ll}/u.test(text.slice(start, end))
    ) {
      found.hide.push({ start, end, kind: "place", source: "a name ending in what a site is" });
      siteRun[ri] = 1;
      continue;
    }
    let caps = true;
    for (let i = from; i <= to && caps; i++) caps = !/\p{Ll}/u.test(tokens[i].raw);
    // Words in capitals: a heading when there are several, an acronym when one stands in a sentence.
    if (caps) {
      // A name in capitals ("RICKY DELAHUNTY (host)", a heading "GRAHAM AND ADAEZE") that the text also
      // writes as a name ("Ricky") and never in lower case: flagged, with the words in capitals beside it.
      let a = -1;
      for (let i = from; i <= to && a < 0; i++) {
        const w = tokens[i].raw;
        if (w.length >= 3 && titleCased().has(w[0] + w.slice(1).toLowerCase()) && named(tokens[i])) a = i;
      }
      if (a >= 0) {
        let [x, y] = [a, a];
        // Long words in capitals are no name words of a run ("DELAHUNTY"): the flag reaches them itself.
        while (x > 0 && upper(tokens[x - 1]) && joins(text, tokens[x - 1], tokens[x])) x--;
        while (y + 1 < tokens.length && upper(tokens[y + 1]) && joins(text, tokens[y], tokens[y + 1])) y++;
        // At the start of a line before a colon or a bracket it is a speaker of a transcript ("RICKY:",
        // "RICKY DELAHUNTY (host):"): a person, hidden, and the words of the name wherever capitalised.
        if (/^[ \t]*$/.test(text.slice(text.lastIndexOf("\n", tokens[x].start - 1) + 1, tokens[x].start)) && /^[ \t]*[:(]/.test(text.slice(tokens[y].end, tokens[y].end + 3))) {
          found.hide.push({ start: tokens[x].start, end: tokens[y].bareEnd, kind: "person", source: "a speaker's name in capitals" });
          for (let i = x; i <= y; i++) if (named(tokens[i]) && tokens[i].key.length >= 3) found.people.push([tokens[i].key]);
        } else found.flags.push({ start: tokens[x].start, end: tokens[y].bareEnd, kind: y > x ? "person" : "term", source: "a name written in capitals" });
      } else if (keys.length === 1 && !COMMON_UPPER.has(tokens[from].raw) && !COMMON_ACRONYMS.has(tokens[from].raw) && tokens[from].raw.length >= 2 && /\p{L}/u.test(keys[0]) && !isHeadingLine(text, start)) {
        found.flags.push({ start, end, kind: "term", source: "an acronym that may name an organisation or site" });
      }
      continue;
    }
    // A name in the possessive before a site noun is a site ("Hopewood Park’s acute wards"); a town
    // so written ("Winchester’s hospital") is hidden there but not everywhere.
    const tail = tokens[to];
    if (tail.possKey && !ownMask[to] && siteNounAfter(tokens, to)) {
      const head = [...keys.slice(0, -1), tail.possKey];
      if (head.some(distinctiveWord) && !head.every((k) => COUNTRY_WORDS.has(k) || REGION.has(k) || GENERIC.has(k)) && !isTitleKey(head[0])) {
        found.hide.push({ start, end: tail.possEnd, kind: "place", source: "a site named in the possessive" });
        siteRun[ri] = 1;
        if (!places.has(head.join(" "))) found.alone.push(head);
        continue;
      }
    }
    // A site named after the organisation ("Alder Hey’s Institute in the Park", "Birmingham Women’s and
    // Children’s Institute for Research"): the entrant's name is hidden already, and what follows it
    // from a site word that opens a name is the site's own name, which judges could look up.
    if (ownMask[from] && !ownMask[to]) {
      let x = from;
      while (x < to && ownMask[x + 1]) x++;
      if (x < to && NAMED_AFTER_OPENERS.has(tokens[x + 1].key)) {
        // The run stops after a site word; "in the Park", "for Research" still belong to the name.
        let last = to;
        for (let j = to + 1; j < tokens.length && j <= to + 4 && joins(text, tokens[j - 1], tokens[j]); j++) {
          if (isNameWord(tokens[j])) last = j;
          else if (!RUN_CONNECTORS.has(tokens[j].key)) break;
        }
        found.hide.push({ start: tokens[x + 1].start, end: tokens[last].bareEnd, kind: "place", source: "a site named after the organisation" });
        siteRun[ri] = 1;
        continue;
      }
    }
    // A site named by its place and its kind in lower case ("Thatcham make-ready centre"): hidden,
    // and its name alone everywhere unless it is a town of the register.
    let lowerSite = tokens[to].possKey ? -1 : lowerSiteAfter(text, tokens, to);
    // A noun straight after the name ("Abbey ward", "the Brockley Hill site") only after a space, not
    // after a number or a people's adjective opening a sentence ("Fourteen ward staff", "Cumbrian wards", "Cross-site").
    if (lowerSite === to + 1 && (!/^[ \t]+$/.test(text.slice(tokens[to].end, tokens[lowerSite].start)) || DEMONYM.test(keys[keys.length - 1]) || NUMBER_WORDS.has(keys[keys.length - 1]) || writtenInLowerCase(text, tokens[to].raw))) lowerSite = -1;
    // The site's name starts after an "on", "in", "at" of the run: "Staff on [Abbey ward]".
    let siteFrom = from;
    if (lowerSite > 0) {
      for (let i = to - 1; i >= from; i--) if (tokens[i].key === "on" || tokens[i].key === "in" || tokens[i].key === "at") { siteFrom = i + 1; break; }
      while (siteFrom < to && (COMMON_CAPITALISED.has(tokens[siteFrom].key) || RUN_CONNECTORS.has(tokens[siteFrom].key))) siteFrom++;
    }
    const siteKeys = keys.slice(siteFrom - from);
    if (lowerSite > 0 && !ownMask[to] && siteKeys.some(distinctiveWord) && !isTitleKey(siteKeys[0]) && !ORG_WORDS.has(keys[keys.length - 1])) {
      found.hide.push({ start: tokens[siteFrom].start, end: tokens[lowerSite].bareEnd, kind: "place", source: "a site named by its place and kind" });
      siteRun[ri] = 1;
      if (!places.has(siteKeys.join(" "))) found.alone.push(siteKeys);
      continue;
    }
    // A title makes what follows a person's name.
    const title = keys.findIndex(isTitleKey);
    // A given name of two parts with a hyphen after the family name ("Dr Park Ji-ho", "Mr Lee Seung-woo")
    // makes the first word a name even when it is also a site's ("Park").
    const hyphenAfter = (i: number) => i + 1 < tokens.length && /^[-‐‑]$/.test(text.slice(tokens[i].end, tokens[i + 1].start)) && /^\p{L}+$/u.test(tokens[i + 1].raw);
    const familyFirst = title >= 0 && title + 2 <= to - from && isNameWord(tokens[from + title + 2]) && hyphenAfter(from + title + 2);
    if (title >= 0 && title < keys.length - 1 && isNameWord(tokens[from + title + 1]) && ((!SITE_WORDS.has(keys[title + 1]) && !ORG_WORDS.has(keys[title + 1])) || familyFirst)) {
      let last = from + title + 1;
      for (;;) {
        if (last < to && isNameWord(tokens[last + 1]) && !SITE_WORDS.has(tokens[last + 1].key) && !ORG_WORDS.has(tokens[last + 1].key)) last++;
        else if (last + 1 < to && NAME_PARTICLES.has(tokens[last + 1].key) && /^\p{Ll}/u.test(tokens[last + 1].raw) && isNameWord(tokens[last + 2])) last += 2;
        else break;
      }
      // The lower-case part after a hyphen belongs to the name: "Ji-ho", "Seung-woo".
      while (hyphenAfter(last) && /^\p{Ll}/u.test(tokens[last + 1].raw)) last++;
      found.hide.push({ start: tokens[from + title].start, end: tokens[last].bareEnd, kind: "person", source: "a person named with a title" });
      continue;
    }
    const distinct = keys.some(distinctiveWord);
    if (isWelshNhsBody(keys)) {
      found.hide.push({ start, end, kind: "organisation", source: "an NHS body named in Welsh" });
      continue;
    }
    // An organisation: flagged, never hidden, and not a site even when its name has a site word.
    if (ORG_WORDS.has(keys[keys.length - 1]) || keys[0] === "university" || WELSH_ORG_OPENERS.has(keys[0]) || (keys[0] === "nhs" && keys.length > 1)) {
      if (distinct) found.flags.push({ start, end, kind: "organisation", source: "looks like an organisation's name" });
      continue;
    }
    // A site: the last site word after a distinctive word, or a site word opening the name; a site
    // named by the entrant's own name ("Northmoor Valley Hospital") keeps its generic word.
    let site = -1;
    for (let k = keys.length - 1; k > 0 && site < 0; k--) if (SITE_WORDS.has(keys[k]) && keys.slice(0, k).some(distinctiveWord)) site = k;
    const welsh = site < 0 && WELSH_SITE_OPENERS.has(keys[0]) && keys.length >= 2 && keys.slice(1).some(distinctiveWord);
    if (welsh) {
      found.hide.push({ start, end, kind: "place", source: "a site named in the text" });
      siteRun[ri] = 1;
      if (!places.has(keys.slice(1).join(" "))) found.alone.push(keys.slice(1));
      continue;
    }
    const forward = site < 0 && SITE_OPENERS.has(keys[0]) && keys.length >= 3 && distinct;
    if (forward) site = keys.length - 1;
    const first = site >= 0 ? siteStart(tokens, keys, from, site, forward, ownMask) : -1;
    if (first >= 0) {
      let last = from + site;
      // "Queen Elizabeth Hospital Birmingham": a town straight after the site word is part of it.
      if (last < to && places.has(tokens[last + 1].key)) last++;
      // "Newham Centre for Mental Health": what the site is for is part of its name.
      else if (last < to && (tokens[last + 1].key === "for" || tokens[last + 1].key === "of")) last = to;
      found.hide.push({ start: tokens[first].start, end: tokens[last].bareEnd, kind: "place", source: "a site named in the text" });
      siteRun[ri] = 1;
      const words = tokens.slice(first, from + site + 1);
      site -= first - from;
      const known = found.alone.length;
      siteForms(words, site, found);
      // A town's name alone ("Leicester" of "Leicester General Hospital") says little: kept.
      if (found.alone.length > known && found.alone[known].length === 1 && places.has(found.alone[known][0])) found.alone.pop();
      continue;
    }
    // A name after a site noun and "at" ("the control rooms at Crawley and Coxheath") or after a site
    // noun and a colon ("at every hub: Willenhall, Hollymoor") is a site (session 9): hidden, and its name
    // alone everywhere unless it is a town of the register.
    if (!ownMask[from] && !isTitleKey(keys[0]) && !ORG_WORDS.has(keys[keys.length - 1]) && keys.some(distinctiveWord) && siteNounBefore(tokens, from)) {
      found.hide.push({ start, end: tokens[to].possKey ? tokens[to].possEnd : end, kind: "place", source: "a site named after what it is" });
      siteRun[ri] = 1;
      for (let i = from, at = from; i <= to + 1; i++) {
        if (i <= to && tokens[i].key !== "and") continue;
        const part = tokens.slice(at, i).map((t) => t.possKey ?? t.key);
        if (part.length > 0 && part.some(distinctiveWord) && !places.has(part.join(" "))) found.alone.push(part);
        at = i + 1;
      }
      continue;
    }
    // A hospital named only by generic words ("Western Eye Hospital", "Institute in the Park"):
    // which one it is cannot be hidden by rule, so it is flagged.
    const opener = keys.findIndex((k, i) => SITE_OPENERS.has(k) && keys.length - i >= 3);
    if ((keys.length >= 2 && HOSPITAL_WORDS.has(keys[keys.length - 1]) && !ownMask[to - 1] && keys.some((k) => !GENERIC.has(k) && !HOSPITAL_WORDS.has(k))) || (opener >= 0 && SITE_WORDS.has(keys[keys.length - 1]))) {
      found.flags.push({ start: opener > 0 ? tokens[from + opener].start : start, end, kind: "place", source: "looks like a hospital's or site's name" });
      continue;
    }
    // Not a run that goes on in capitals ("Eastham ICB"): an organisation's name, found elsewhere.
    const after = tokens[to + 1];
    const goesOn = after && !after.opaque && CAPITALISED.test(after.raw) && /^[ \t]*$/.test(text.slice(tokens[to].end, after.start));
    if (!goesOn && !keys.some(isTitleKey) && !places.has(keys.join(" "))) maybeSite[ri] = 1;
    // Towns and cities, one or several joined by "and" ("Warrington and Prescot").
    const parts: Run[] = [];
    for (let i = from, at = from; i <= to + 1; i++) {
      if (i > to || tokens[i].key === "and") {
        parts.push({ from: at, to: i - 1 });
        at = i + 1;
      }
    }
    if (parts.every((r) => r.to >= r.from && places.has(tokens.slice(r.from, r.to + 1).map((t) => t.possKey ?? t.key).join(" ")))) {
      for (const r of parts) found.flags.push({ start: tokens[r.from].start, end: tokens[r.to].possKey ? tokens[r.to].possEnd : tokens[r.to].bareEnd, kind: "place", source: "a town or city of the register" });
      continue;
    }
    // Leading ordinary words ("Chief Executive", "Staff Side") are not part of a person's name.
    let p = from;
    while (p < to && (COMMON_CAPITALISED.has(tokens[p].key) || RUN_CONNECTORS.has(tokens[p].key))) p++;
    const personKeys = keys.slice(p - from);
    if (!personKeys.some(distinctiveWord)) continue;
    const personShaped = personKeys.length >= 2 && personKeys.length <= 4 && !personKeys.some(notPersonWord);
    if (personShaped && besideRole(text, tokens, p, to)) {
      found.hide.push({ start: tokens[p].start, end, kind: "person", source: "a person named beside their role" });
      continue;
    }
    // A name of a person's shape beside a verb of saying ("says Stevie Garside", "Stevie Garside told
    // us") or whose surname an e-mail address of the text holds ("Tobias Achterberg at
    // tobias.achterberg@…") is a person's: hidden, and each of its words alone wherever capitalised.
    if (personShaped && (besideSpeech(text, tokens, p, to) || inAnEmail(text, personKeys))) {
      found.hide.push({ start: tokens[p].start, end, kind: "person", source: "a person named as a speaker or by their e-mail" });
      for (const k of personKeys) if (distinctiveWord(k) && !notPersonWord(k) && !NAME_WORDS.has(k)) found.people.push([k]);
      continue;
    }
    if (personKeys.length === 1) {
      const t = tokens[p];
      // A word also written in lower case is an ordinary word capitalised ("the Charter"); the first
      // word of a sentence is capitalised anyway.
      // The first of a list after a colon ("at every hub: Willenhall, Hollymoor") opens no sentence.
      const listed = /:[ \t]*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && text[t.end] === ",";
      if (COMMON_CAPITALISED.has(t.key) || (p === from && !listed && isNameLike(text, t.start).initial) || writtenInLowerCase(text, t.raw)) {
        // A word of the entrant's own name opening a sentence ("Betsi was praised") is its short name.
        if (ownWords.has(t.possKey ?? t.key) && !COMMON_CAPITALISED.has(t.key) && !writtenInLowerCase(text, t.possRaw ?? t.raw)) {
          found.flags.push({ start: t.start, end: t.possKey ? t.possEnd : t.bareEnd, kind: "organisation", source: "a word of the organisation's own name" });
        }
        continue;
      }
    }
    // A single name after "I’m", "I am", "my name is" is the speaker's own ("I’m Ricky, and today…"); after a
    // verb of saying it is the speaker ("…,” says Tina.).
    if (personKeys.length === 1 && p === from && (selfNamed(tokens, p) || SPEECH_VERBS.has(tokens[p - 1]?.key ?? "")) && !notPersonWord(personKeys[0])) {
      found.hide.push({ start: tokens[p].start, end, kind: "person", source: "a person giving their own name" });
      found.people.push(personKeys);
      continue;
    }
    // A name after "at" that is no town, no person's by its shape and no ordinary word ("staff at
    // Broughton", "a ward manager at Whipps", "at the Homerton and with King George in Ilford") is where
    // staff work: a site (session 9), hidden, and its name alone everywhere but a town of the register.
    const afterThe = tokens[p - 1]?.key === "the";
    if (p === from && (tokens[p - 1]?.key === "at" || (afterThe && tokens[p - 2]?.key === "at")) && (!personShaped || afterThe) && !ownMask.subarray(from, to + 1).some((m) => m === 1) && !places.has(firstPart(tokens, from, to)) && !CITIES_BEYOND_REGISTER.has(firstPart(tokens, from, to)) && tokens.slice(from, to + 1).some((t) => !RUN_CONNECTORS.has(t.key) && /\p{Ll}/u.test(t.raw))) {
      found.hide.push({ start: tokens[p].start, end: tokens[to].possKey ? tokens[to].possEnd : end, kind: "place", source: "a name after “at”" });
      siteRun[ri] = 1;
      for (let i = from, at = from; i <= to + 1; i++) {
        if (i <= to && tokens[i].key !== "and" && tokens[i].key !== "in") continue;
        const part = tokens.slice(at, i).map((t) => t.possKey ?? t.key);
        if (part.length > 0 && part.some(distinctiveWord) && !places.has(part.join(" "))) found.alone.push(part);
        at = i + 1;
      }
      continue;
    }
    // A word after "in", "across", "around"... is used as a place ("in Wirral", "across Sefton").
    if (p === from && p > 0 && PLACE_PREPOSITIONS.has(tokens[p - 1].key)) {
      found.flags.push({ start: tokens[p].start, end, kind: "place", source: "a place named in the text" });
      continue;
    }
    found.flags.push({ start: tokens[p].start, end, kind: personShaped ? "person" : "term", source: personShaped ? "looks like a person's name" : "looks like a name" });
  }
  // A name with a familiar form in quotes inside it ("Dave “Tommo” Thompson") is a person's: hidden, and
  // its first name and surname wherever capitalised (session 9).
  // Found from each opening quotation mark, so the patterns are not tried at every position of the text.
  for (let q = nextOpeningQuote(text, 0); q >= 0; q = nextOpeningQuote(text, q + 1)) {
    const before = NAME_BEFORE_QUOTE.exec(text.slice(Math.max(0, q - 40), q));
    const after = before && QUOTED_THEN_NAME.exec(text.slice(q, q + 60));
    if (!before || !after) continue;
    const [first, last] = [fold(before[1]), fold(after[1])];
    if (LEADING_WORDS.has(first) || notPersonWord(first) || notPersonWord(last) || TITLE_SET.has(first)) continue;
    found.hide.push({ start: q - before[0].length, end: q + after[0].length, kind: "person", source: "a person named with a familiar form in quotes" });
    for (const k of [first, last]) if (k.length >= 3 && !NAME_WORDS.has(k)) found.people.push([k]);
  }
  // The other items of a list that holds a site are sites too: "St Nicholas, Hopewood Park and
  // Ferndene", "Glan Clwyd, Wrexham Maelor and Ysbyty Gwynedd". Towns, organisations, people with a
  // title and acronyms are never taken so.
  const listed = (ri: number, o: number) =>
    o >= 0 && o < runs.length && siteRun[o] === 1 && LIST_GAP.test(o < ri ? text.slice(tokens[runs[o].to].end, tokens[runs[ri].from].start) : text.slice(tokens[runs[ri].to].end, tokens[runs[o].from].start));
  for (let changed = true; changed; ) {
    changed = false;
    for (let ri = 0; ri < runs.length; ri++) {
      if (siteRun[ri] || !maybeSite[ri]) continue;
      if (!listed(ri, ri - 1) && !listed(ri, ri + 1)) continue;
      const { from, to } = runs[ri];
      found.hide.push({ start: tokens[from].start, end: tokens[to].bareEnd, kind: "place", source: "a site in a list of sites" });
      found.alone.push(tokens.slice(from, to + 1).map((t) => t.key));
      siteRun[ri] = 1;
      changed = true;
    }
  }
  return found;
}

/** Whether a verb of saying stands just before the run ("says Stevie Garside") or just after it ("Stevie Garside said"). */
function besideSpeech(text: string, tokens: Token[], from: number, to: number): boolean {
  if (from > 0 && SPEECH_VERBS.has(tokens[from - 1].key) && /^[ \t\n]+$/.test(text.slice(tokens[from - 1].end, tokens[from].start))) return true;
  const next = tokens[to + 1];
  return !!next && SPEECH_VERBS.has(next.key) && /^,?[ \t\n]+$/.test(text.slice(tokens[to].end, next.start));
}

/** The local parts of the e-mail addresses in a text, folded; the last text's are kept. */
let emailLocalsOf: { text: string; locals: string[] } = { text: "", locals: [] };
function emailLocals(text: string): string[] {
  if (emailLocalsOf.text === text) return emailLocalsOf.locals;
  const locals: string[] = [];
  if (text.includes("@")) {
    for (const m of text.matchAll(EMAIL_DOMAIN)) {
      let i = m.index!;
      while (i > 0 && EMAIL_LOCAL.test(text[i - 1])) i--;
      locals.push(fold(text.slice(i, m.index!)));
    }
  }
  emailLocalsOf = { text, locals };
  return locals;
}

/** Whether the local part of an e-mail address in the text holds the name's last word (four letters or more). */
function inAnEmail(text: string, keys: string[]): boolean {
  const last = keys[keys.length - 1];
  return last.length >= 4 && emailLocals(text).some((l) => l.includes(last));
}

/** Whether the word at `at` follows "I’m", "I am" or "my name is". */
function selfNamed(tokens: Token[], at: number): boolean {
  const k1 = tokens[at - 1]?.key;
  const k2 = tokens[at - 2]?.key;
  return (k1 === "im" && tokens[at - 1].raw[0] === "I") || (k1 === "am" && k2 === "i") || (k1 === "is" && k2 === "name");
}

// Cities the register's towns (England's trusts) leave out, where conferences are held: a city "at" which
// something happened in a general sentence is no site of the entrant.
const CITIES_BEYOND_REGISTER = new Set("glasgow edinburgh aberdeen dundee inverness stirling perth belfast derry londonderry armagh newry lisburn".split(" "));

/** The keys of a run up to its first "and" or "in", joined: "crawley" of "Crawley and in Leeds". */
function firstPart(tokens: Token[], from: number, to: number): string {
  const keys: string[] = [];
  for (let i = from; i <= to && tokens[i].key !== "and" && tokens[i].key !== "in"; i++) keys.push(tokens[i].possKey ?? tokens[i].key);
  return keys.join(" ");
}

/** Whether a role word stands within a few words before the run, or after it following a comma. */
function besideRole(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let j = Math.max(0, from - 3); j < from; j++) if (ROLE_WORDS.has(tokens[j].key)) return true;
  // In apposition after a role: "The ward manager on Ward A8, Mei-Ling Chow, was…" (session 9).
  if (from > 0 && tokens[from - 1].key === "," && /^\s*[,(–—]/.test(text.slice(tokens[to].end, tokens[to].end + 3))) {
    for (let j = Math.max(0, from - 7); j < from - 1; j++) if (ROLE_WORDS.has(tokens[j].key)) return true;
  }
  const after = text.slice(tokens[to].end, tokens[to].end + 3);
  if (/^\s*[,(–—-]/.test(after)) {
    for (let j = to + 1; j < Math.min(tokens.length, to + 6); j++) if (ROLE_WORDS.has(tokens[j].key)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Names that hang on the entrant's own: union branches and sites
//
// A union branch is named by where it is ("UNISON Mersey Care branch", "Hounslow and Richmond UNISON
// branch", "ELFT GMB branch"): the branch's name, with its union, is hidden as the organisation; "our
// UNISON branch" has no name and stays. A place written after one of the entrant's names ("the
// Christie at Oldham", "Moorfields at Ealing", "the Marsden in Sutton") is one of its sites: hidden.

const UNION_KEYS = new Set("unison gmb unite rcn rcm csp sor bma mip hcsa bda rcot cop bios fcs ucatt".split(" "));
// Capitalised words after "at" or "in" that say no more than the country.
const COUNTRY_WORDS = new Set("england wales scotland britain uk europe ireland".split(" "));

/** Whether a token can be part of a branch's or site's name: a capitalised word, an acronym or an "and" between them. */
function branchNameWord(t: Token): boolean {
  return !t.opaque && CAPITALISED.test(t.raw) && !COMMON_CAPITALISED.has(t.key) && !UNION_KEYS.has(t.key) && !TITLE_SET.has(t.key);
}

function findBranches(text: string, tokens: Token[], into: Hit[]): void {
  if (!text.includes("ranch")) return;
  // A branch's name is on one line: "Stan\nUNISON branch secretary" is a signature.
  const sameLine = (a: number) => !text.slice(tokens[a].end, tokens[a + 1].start).includes("\n");
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].key !== "branch" && tokens[i].key !== "branches") continue;
    let union = i - 1;
    let first = -1;
    let last = -1;
    if (UNION_KEYS.has(tokens[union].key)) {
      // "Hounslow and Richmond UNISON branch": the name before the union.
      let k = union - 1;
      // An ordinary capitalised word between name words belongs to the name ("Cwm Taf Morgannwg Health UNISON branch").
      while (k >= 0 && sameLine(k) && (branchNameWord(tokens[k]) || ((tokens[k].key === "and" || (CAPITALISED.test(tokens[k].raw) && GENERIC.has(tokens[k].key))) && k > 0 && branchNameWord(tokens[k - 1])))) k--;
      if (k + 1 < union) [first, last] = [k + 1, union];
    } else {
      // "UNISON Mersey Care branch": the name after the union.
      let k = i - 1;
      while (k > 0 && sameLine(k - 1) && (branchNameWord(tokens[k]) || (tokens[k].key === "and" && branchNameWord(tokens[k + 1])))) k--;
      union = k;
      if (UNION_KEYS.has(tokens[union].key) && union + 1 < i) [first, last] = [union, i - 1];
    }
    if (first < 0) continue;
    while (first < last && (LEADING_WORDS.has(tokens[first].key) || tokens[first].key === "and")) first++;
    const words = tokens.slice(first, last + 1).filter((t) => !UNION_KEYS.has(t.key) && t.key !== "and");
    if (words.length === 0 || !words.some((t) => distinctiveWord(t.key) || isAllCapsWord(t.raw) || GENERIC.has(t.key))) continue;
    into.push({ start: tokens[first].start, end: tokens[last].bareEnd, kind: "organisation", source: "a union branch named by the organisation or its place" });
  }
}

/** Sites named after one of the entrant's own names and "at" or "in": "the Christie at Oldham". */
function findOwnSites(text: string, tokens: Token[], own: Hit[], into: Hit[]): void {
  for (const h of own) {
    if (h.kind !== "organisation") continue;
    const at = tokenFrom(tokens, h.end);
    if (at + 1 >= tokens.length || (tokens[at].key !== "at" && tokens[at].key !== "in")) continue;
    if (text.slice(h.end, tokens[at].start).trim() !== "") continue;
    let last = at;
    while (last + 1 < tokens.length && branchNameWord(tokens[last + 1]) && !COUNTRY_WORDS.has(tokens[last + 1].key) && !GENERIC.has(tokens[last + 1].key) && joins(text, tokens[last], tokens[last + 1])) last++;
    if (last === at) continue;
    into.push({ start: tokens[at + 1].start, end: tokens[last].bareEnd, kind: "place", source: "a site named after the organisation's own name" });
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
  terence: ["tel", "terry"], terrence: ["tel", "terry"], irene: ["reenie", "rene"], maureen: ["mo", "reenie"], doreen: ["dot", "reenie"],
  dorothy: ["dot", "dottie", "dolly"], barbara: ["babs", "barb"], beatrice: ["bea", "trixie"], helen: ["nell", "nellie"], eleanor: ["nell", "ellie", "nora"],
  mary: ["molly", "polly", "mo"], sarah: ["sally", "sadie"], ann: ["annie", "nan"], anne: ["annie", "nan"], annabel: ["bel", "belle"], isabel: ["izzy", "bel"],
  isabella: ["izzy", "bella"], theresa: ["tess", "tessa", "terri"], teresa: ["tess", "tessa", "terri"], henry: ["harry", "hal", "hank"], harold: ["harry", "hal"],
  john: ["jack", "johnny"], francis: ["frank", "fran"], frances: ["fran", "frankie"], leonard: ["len", "lenny"], leslie: ["les"], albert: ["bert", "al", "bertie"],
  alfred: ["alf", "alfie", "fred"], arthur: ["art", "artie"], bernard: ["bernie"], douglas: ["doug", "dougie"], geoffrey: ["geoff"], jeffrey: ["jeff"],
  gerald: ["gerry"], gerard: ["gerry"], reginald: ["reg", "reggie"], stanley: ["stan"], walter: ["walt", "wally"], wilfred: ["wilf"],
  nathaniel: ["nat", "nate"], nathan: ["nate"], zachary: ["zach", "zak"], oliver: ["olly", "ollie"], olivia: ["liv", "livvy"], harriet: ["hattie"],
  caroline: ["caro", "carrie"], carolyn: ["carrie"], christina: ["tina", "chrissie"], valerie: ["val"], vivienne: ["viv"], gillian: ["gill", "jill"],
  jillian: ["jill"], judith: ["judy", "jude"], lorraine: ["lorrie"], louise: ["lou"], louisa: ["lou"], lucinda: ["lucy", "cindy"], marjorie: ["marge", "madge"],
  pamela: ["pam"], penelope: ["penny"], philippa: ["pippa", "pip"], rosemary: ["rosie", "ro"], rosalind: ["ros", "roz"], suzanne: ["suzy", "sue"],
  vincent: ["vince", "vinnie"], clifford: ["cliff"], cuthbert: ["bert"], bartholomew: ["bart"], montgomery: ["monty"], augustine: ["gus"],
  kwabena: ["kobby", "kobi"], padraig: ["paddy", "pat"], padraic: ["paddy"], seosamh: ["joe"], eoghan: ["owen"], kwasi: ["kwesi"], kwaku: ["kweku"], kwame: ["kwamz"], oluwaseun: ["seun"], olufemi: ["femi"], abimbola: ["bimbo", "bimbi"],
  chukwuemeka: ["emeka"], ngozi: ["ngo"], yetunde: ["yetty"], temitope: ["tope"], adebayo: ["bayo", "debo"], ikechukwu: ["ike"],
  giuseppe: ["beppe", "pino"], francesco: ["franco", "checco"], jose: ["pepe"], josefa: ["pepa"], francisco: ["paco", "pancho"], ignacio: ["nacho"],
  guillermo: ["memo"], alejandro: ["alex", "ale"], dmitri: ["dima"], dmitry: ["dima"], yekaterina: ["katya"], ekaterina: ["katya"], vladimir: ["vova", "volodya"],
  aleksandr: ["sasha"], alexei: ["lyosha"], mikhail: ["misha"], natalia: ["natasha", "tasha"], anastasia: ["nastya", "stacey"],
};

function nicknamesOf(first: string): string[] {
  const out = [...(NICKNAMES[first] ?? [])];
  for (const prefix of ["oluwa", "olu", "chukwu"]) {
    if (first.startsWith(prefix) && first.length - prefix.length >= 3) {
      const rest = first.slice(prefix.length);
      out.push(rest);
      // And the opening of what remains: "Funmi" for Olufunmilayo, "Tobi" for Oluwatobiloba.
      for (let n = 4; n < rest.length; n++) out.push(rest.slice(0, n));
      break;
    }
  }
  return out;
}

// Words that open a surname of more than one word: "van der Berg", "Ní Bhriain", "al-Rashid".
const LOWER_PARTICLE_THEN_NAME = /^(?:\p{Ll}{1,4}[ \t\n]+){1,2}\p{Lu}/u;
const PARTICLES = new Set(
  "de da di du del della der den van von ter ten le la ni nic mac mc o bin bint ibn ben ap ab al el dos das do st".split(" "),
);

// A nickname the text itself gives: "Kwabena “Kobby” Asante", "known to everyone as Jags", "calls me
// Big Dave", "– Tel to everyone –", "JB (as everyone calls Mr Mukendi)". Whoever it names, it names a
// person, so it is hidden wherever it is written with its capital, in every section of the entry.
const NICK = String.raw`(\p{Lu}[\p{Ll}'’\-]+(?:[ \t]\p{Lu}[\p{Ll}'’\-]+)?|\p{Lu}{2,3})`;
const EVERYONE = String.raw`(?:everyone|everybody|all of us|us all|colleagues|friends|the team|the staff|staff|the floor|the crews?|patients|the wards?|his team|her team)`;
// Each cue with a word it cannot do without, so a text without it is not searched. A cue whose
// nickname comes before its words is found from those words and read backwards (`before`), so no
// regex is tried at every capital letter of the text.
type NicknameCue = { gate: string; cue: RegExp; before?: RegExp };
const NICKNAME_CUES: NicknameCue[] = [
  { gate: "", cue: new RegExp(String.raw`[“"‘]${NICK}[”"’][ \t]+\p{Lu}`, "gu"), before: /\p{Lu}[\p{Ll}'’\-]+[ \t]+$/u },
  { gate: "known", cue: new RegExp(String.raw`\bknown(?:[ \t\n]+[\p{Ll}]+){0,5}?[ \t\n]+as[ \t\n]+[“"‘]?${NICK}`, "gu") },
  // "Everyone knows Olufunmilayo as “Funmi”": the name known, then the form it is known by.
  { gate: "know", cue: new RegExp(String.raw`\bknows?[ \t\n]+(?:\p{Lu}[\p{L}'’\-]+[ \t\n]+){1,2}as[ \t\n]+[“"‘]?${NICK}`, "gu") },
  // "(or “Taz”, as he is known on the wards)": a quoted form, then what makes it a name.
  { gate: " known", cue: /as[ \t\n]+(?:he|she|they)[ \t\n]+(?:is|are|was|were)[ \t\n]+(?:known|called)\b/gu, before: new RegExp(String.raw`[“"‘]?${NICK}[”"’]?[ \t\n]*,?[ \t\n]*$`, "u") },
  { gate: "call", cue: new RegExp(String.raw`\b(?:calls?|called)[ \t\n]+[“"‘]${NICK}[”"’]`, "gu") },
  { gate: "call", cue: new RegExp(String.raw`\b(?:calls?|called|calling)[ \t\n]+(?:me|him|her|them|us)[ \t\n]+(?:[\p{Ll}]+[ \t\n]+){0,2}?[“"‘]?${NICK}`, "gu") },
  { gate: "k", cue: new RegExp(String.raw`(?:nicknamed|aka|a\.k\.a\.)[ \t\n]+[“"‘]?${NICK}`, "gu") },
  { gate: " to ", cue: new RegExp(String.raw`[–—\-,(][ \t]*[“"‘]?${NICK}[”"’]?[ \t]+to[ \t\n]+${EVERYONE}\b`, "gu") },
  { gate: " as ", cue: /as[ \t]+(?:everyone|everybody|we all|colleagues|staff|the team)[ \t]+(?:calls?|knows?)\b/gu, before: new RegExp(String.raw`${NICK}[ \t]*[(,–—][ \t]*$`, "u") },
];
const QUOTES = /[“"‘]/;

/** Nicknames the text gives, as keys. */
function nicknamesIn(text: string): string[][] {
  const out: string[][] = [];
  const add = (nick: string) => {
    const keys = keysOf(nick);
    if (keys.some((k) => COMMON_CAPITALISED.has(k) || GENERIC.has(k) || TITLE_SET.has(k) || LEADING_WORDS.has(k) || SITE_WORDS.has(k) || ORG_WORDS.has(k))) return;
    if (!out.some((o) => o.join(" ") === keys.join(" "))) out.push(keys);
  };
  for (const { gate, cue, before } of NICKNAME_CUES) {
    if (gate ? !text.includes(gate) : !QUOTES.test(text)) continue;
    cue.lastIndex = 0;
    for (let m = cue.exec(text); m !== null; m = cue.exec(text)) {
      if (!before) add(m[1]);
      else {
        const b = before.exec(text.slice(Math.max(0, m.index - 40), m.index));
        if (!b) continue;
        if (b[1]) add(b[1]);
        else if (m[1]) add(m[1]);
      }
    }
  }
  // Initials given in brackets after a person's name, as minutes do: "Desmond Okoro-Blake (DOB, Staff
  // Side Chair)". Only when they are the initials of the words before them, and those words look like
  // a name ("Emergency Department (ED)" does not).
  if (text.includes("(")) {
    INITIALS_IN_BRACKETS.lastIndex = 0;
    for (let m = INITIALS_IN_BRACKETS.exec(text); m !== null; m = INITIALS_IN_BRACKETS.exec(text)) {
      const initials = m[1];
      if (COMMON_UPPER.has(initials) || COMMON_ACRONYMS.has(initials)) continue;
      const words = /((?:\p{Lu}[\p{Ll}'’]+[ \t\-‐]+){1,3}\p{Lu}[\p{Ll}'’]+)\s*$/u.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[1];
      if (!words) continue;
      const parts = words.split(/[ \t\-‐]+/);
      if (parts.some((w) => notPersonWord(fold(stripApostrophes(w))) || TITLE_SET.has(fold(w)))) continue;
      if (parts.map((w) => w[0]).join("") === initials) add(initials);
    }
  }
  return out;
}

const INITIALS_IN_BRACKETS = /\((\p{Lu}{2,4})[,)]/gu;

// A single capitalised word in quotes: “Tina”, “Kos”, “Hodi”.
const QUOTED_WORD = /[“"‘](\p{Lu}\p{Ll}{2,6})[”"’](?![\p{L}])/gu;

/**
 * Familiar forms in quotes taken from any part of a name on record, as no table gives them: “Tina” for
 * Maria Cristina, “Kos” for Akosua, “Pal” for Harpal, “Gwil” for ap Gwilym, “Hodi” for Hodan. A quoted
 * word whose first three letters (all of it, if three) stand inside a name word of four or more
 * letters is that person's name.
 */
function quotedFamiliarForms(text: string, nameWords: { key: string }[]): string[][] {
  if (nameWords.length === 0 || !QUOTES.test(text)) return [];
  const out: string[][] = [];
  QUOTED_WORD.lastIndex = 0;
  for (let m = QUOTED_WORD.exec(text); m !== null; m = QUOTED_WORD.exec(text)) {
    const key = fold(m[1]);
    if (COMMON_CAPITALISED.has(key) || GENERIC.has(key) || SITE_WORDS.has(key) || ORG_WORDS.has(key) || LEADING_WORDS.has(key) || TITLE_SET.has(key)) continue;
    // An everyday word in quotes (“Bright” beside a Brightwater on record) is one the text also writes in lower case.
    if (NAME_WORDS.has(key) || writtenInLowerCase(text, m[1])) continue;
    const head = key.slice(0, 3);
    if (nameWords.some((w) => w.key !== key && w.key.includes(head)) && !out.some((o) => o[0] === key)) out.push([key]);
  }
  return out;
}

// Given names that are also everyday English words: never taken for the name when written in lower case.
const NAME_WORDS = new Set(
  (
    "will bill mark rose grace hope faith dawn frank jack rich gene dean drew chase amber holly iris violet olive summer " +
    "autumn april june hazel heather ruby pearl crystal star river brook reed lance miles norman victor major earl baron " +
    "duke king hunter mason cooper carter taylor parker warren wade cliff glen dale heath forest penny honey angel precious " +
    "patience prudence charity verity mercy sunny sandy rusty august sterling chance royal blessing destiny harmony melody " +
    "unity liberty trinity hero storm rain jade jasmine lily daisy poppy myrtle fern willow robin wren raven finch drake " +
    "buck carol noel ernest earnest constance felicity honor honour joy bliss page paige kitty sonny bunny cherry ginger " +
    "misty rocky dusty goldie sage basil clay stone rock field marsh wood bush hall gray grey green brown black white long " +
    "short young rich best price bell hill lane street ward park bank banks booth hart hunt love sharp sweet wise may"
  ).split(" "),
);

type PersonForms = { variants: string[][]; alone: string[][]; besideRole?: string[][]; shortened?: string[] };

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
    // A first name hyphenated ("Kerry-Ann", "Jun-Wei") or given names of more than one word ("Li Mei
    // Zhang") also name the person alone.
    let f = 0;
    while (f + 1 < s && /[-‐‑]/.test(name.slice(tokens[f].end, tokens[f + 1].start))) f++;
    if (f > 0) {
      alone.push(keys.slice(0, f + 1));
      variants.push([...keys.slice(0, f + 1), ...surname]);
    }
    if (s > 1 && s > f + 1) alone.push(keys.slice(0, s));
    // A middle name is often the name a person goes by ("Zubair" for Muhammad Zubair Qureshi,
    // "Warsame" in Somali naming): each given name after the first names them alone too.
    for (let k = Math.max(1, f + 1); k < s; k++) if (keys[k].length >= 3 && !PARTICLES.has(keys[k]) && /^\p{L}+$/u.test(keys[k])) alone.push([keys[k]]);
    const firsts = [first, ...nicknamesOf(first)];
    const shortened = shorteningsOf(first);
    for (const f of shortened) {
      variants.push([f, ...surname]);
      alone.push([f]);
    }
    for (const f of firsts) {
      if (f !== first || keys.length > surname.length + 1) variants.push([f, ...surname]);
      // A middle initial the list does not have: "Jane A. Smith" for "Jane Smith".
      variants.push([f, ANY_INITIAL, ...surname]);
      if (f.length > 1) alone.push([f]);
    }
    if (first.length > 1) variants.push([first[0], ...surname]);
    // A first name or its short form with the surname's initial ("Jo T" for Joanne Threlfall),
    // as teams tell two people of one first name apart.
    const initial = (surname.find((k) => !PARTICLES.has(k)) ?? surname[0])[0];
    if (/\p{L}/u.test(initial ?? "")) {
      for (const f of new Set([...firsts, ...shorteningsOf(first)])) if (f.length >= 2) variants.push([f, initial]);
    }
    variants.push([ANY_TITLE, ...surname]);
    // A title with any word of the name: "Ms Nguyen" for "Nguyen Thi Lan", whose family name comes first.
    for (const k of keys.slice(0, s)) if (k.length >= 3 && !PARTICLES.has(k)) variants.push([ANY_TITLE, k]);
    const bare = surname.filter((k) => !PARTICLES.has(k));
    if (bare.length < surname.length && bare.length > 0) variants.push([ANY_TITLE, ...bare]);
    // Family names of more than one word ("Domínguez de la Torre", "Ansah Boateng"): a title, the first
    // name or an initial with any ending of the name, and that ending alone.
    for (let k = 1; k < s; k++) {
      if (PARTICLES.has(keys[k]) || keys[k].length < 2) continue;
      const tail = keys.slice(k);
      variants.push([ANY_TITLE, ...tail]);
      if (k > 1) variants.push([first, ...tail], [first[0], ...tail]);
      alone.push(tail);
    }
    alone.push(surname);
    if (hyphenated.length > 1) {
      for (const part of hyphenated) {
        variants.push([ANY_TITLE, part]);
        if (part.length >= 3) alone.push([part]);
      }
    }
    // A name written family name first ("Hoang Van Minh", whose given name is "Minh"): every part
    // capitalised in the name, of three letters or more and no ordinary word, names the person alone.
    // An ordinary word of the name ("Van", "Park") does so only beside a role word or a verb of saying.
    const besideRole: string[][] = [];
    for (const t of tokens) {
      const k = t.key;
      if (k.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(t.raw) || TITLE_SET.has(k) || STOP.has(k) || alone.some((a) => a.length === 1 && a[0] === k)) continue;
      if (PARTICLES.has(k) || NAME_WORDS.has(k) || COMMON_CAPITALISED.has(k) || GENERIC.has(k) || LEADING_WORDS.has(k) || ROLE_WORDS.has(k) || CALENDAR.has(k)) besideRole.push([k]);
      else alone.push([k]);
    }
    return { variants: variants.flatMap((v) => (v[0] === ANY_TITLE ? [v] : [v, [ANY_TITLE, ...v]])), alone, besideRole, shortened };
  }
  return { variants: variants.flatMap((v) => (v[0] === ANY_TITLE ? [v] : [v, [ANY_TITLE, ...v]])), alone };
}

// Abbreviations of months and days: never taken as the short form of a first name ("Mar", "Jan").
const CALENDAR = new Set("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split(" "));

/**
 * Short forms of a first name made by rule rather than by table, in any language: its opening of
 * three or more letters ("Prad" for Pradeep, "Harj" for Harjinder, "Dimitri" for Dimitris) and, for a
 * long name, its ending of four or more ("Tunde" for Babatunde, "Bayo" for Adebayo, "Seun" for
 * Oluwaseun). They are only ever hidden alone under the rule for a name alone, or before the surname.
 */
function shorteningsOf(first: string): string[] {
  if (first.length < 5 || !/^\p{L}+$/u.test(first)) return [];
  const out: string[] = [];
  for (let n = 3; n < first.length; n++) out.push(first.slice(0, n));
  // Familiar forms made from the opening: "Bernie" for Bernadette, "Kenny", "Tommy".
  for (let n = 3; n <= 4 && n < first.length - 1; n++) {
    const head = first.slice(0, n);
    out.push(head + "ie", head + "y");
    if (!/[aeiouy]$/.test(head)) out.push(head + head[n - 1] + "y", head + head[n - 1] + "ie");
  }
  if (first.length >= 7) for (let n = 4; n <= first.length - 3; n++) out.push(first.slice(first.length - n));
  return out.filter((w) => !CALENDAR.has(w) && !STOP.has(w) && !LEADING_WORDS.has(w) && !COMMON_CAPITALISED.has(w) && !GENERIC.has(w));
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
// Letters a hashtag shares with the opening of an @handle of the same text to be taken for the same name.
const HANDLE_OPENING = 6;

function compact(s: string): string {
  return fold(s.replace(/_/g, ""));
}

/** Whether a word in the text is capitalised and not the first of a sentence, line or heading. */
function isNameLike(text: string, start: number): { capital: boolean; initial: boolean } {
  const capital = CAPITALISED.test(text[start] ?? "");
  let i = start - 1;
  let newlines = 0;
  let bullet = false;
  while (i >= 0 && /[\s"'“‘(\[*•-]/u.test(text[i])) {
    if (text[i] === "\n") newlines++;
    else if (newlines === 0 && /[*•-]/.test(text[i])) bullet = true;
    i--;
  }
  // A hard line break inside a sentence does not start one; a blank line, a heading or a bullet does.
  const lineStart = newlines > 1 || bullet || (newlines === 1 && isHeadingLine(text, i));
  return { capital, initial: i < 0 || lineStart || /[.!?:;]/.test(text[i]) };
}

// The words of the national terms and of other organisations' names, and their short forms, worked out
// once rather than at every compile: a redactor is compiled per nomination with the whole register's
// names (hundreds), which are the same each time. Only which of them are the entrant's own differs.
let nationalKeys: string[][] | null = null;
const nationalTermKeys = (): string[][] => (nationalKeys ??= NATIONAL_TERMS.map(keysOf));

type OtherForms = { keys: string[]; phrase: string; source: string; ownApostrophe: boolean; forms: { keys: string[]; phrase: string; ownApostrophe: boolean }[] };
const otherForms = new Map<string, OtherForms | null>();
// The register has a few thousand names; a cap keeps a long-running server from keeping every name it was ever given.
const MAX_OTHER_FORMS = 20_000;

/** Another organisation's name as the flags' trie takes it, with its short forms; null when it has no distinctive word. */
function otherOrganisationForms(name: string): OtherForms | null {
  let found = otherForms.get(name);
  if (found !== undefined) return found;
  const keys = keysOf(name);
  found = isDistinctive(keys)
    ? {
        keys,
        phrase: keys.join(" "),
        source: `names another NHS organisation: ${name.trim()}`,
        ownApostrophe: endsWithApostrophe(name),
        forms: shortForms(name).map((f) => ({ keys: f.keys, phrase: f.keys.join(" "), ownApostrophe: f.ownApostrophe })),
      }
    : null;
  if (otherForms.size >= MAX_OTHER_FORMS) otherForms.clear();
  otherForms.set(name, found);
  return found;
}

export function compileRedactor(subject: RedactionSubject, options: RedactorOptions = {}): CompiledRedactor {
  const names = newNode(); // case-insensitive
  const acronyms = newNode(); // case-sensitive
  const regionHeads = newNode(); // an ambulance service's region ("South Central"), case-sensitive, not after "the"
  const specialtyNames = newNode(); // "the Women’s" of Birmingham Women’s, case-sensitive, not before a name
  const alone = newNode(); // a person's first name or surname alone, case-insensitive, checked at use
  const aloneBesideRole = newNode(); // an ordinary word of a person's name ("Van"), alone beside a role or a verb of saying
  // Openings of first names made by rule ("Call" of Callum): an ordinary word when the text writes it in lower case.
  const shortenedKeys = new Set<string>();
  const nicknames = newNode(); // nicknames the entry gives ("known to all as Jags"), hidden when capitalised
  const contextPeople: string[][] = []; // people the entry names by their shape, in nicknames too
  const others = newNode(); // flags, case-insensitive
  const ownPhrases = new Set<string>();
  const needles: { text: string; kind: RedactionKind; source: string }[] = [];
  // What went into the tries of acronyms and of sites' names alone, to copy when a text adds its own.
  const acronymList: [string[], Entry][] = [];
  const siteAloneList: [string[], Entry][] = [];
  const addAcronym = (keys: string[], entry: Entry) => {
    insert(acronyms, keys, entry);
    acronymList.push([keys, entry]);
  };

  const addNeedle = (keys: string[], kind: RedactionKind, source: string) => {
    const joined = keys.join("");
    // A person's joined name needs more letters: "Al Li" would be inside "#Allies".
    if (joined.length >= (kind === "person" ? MIN_PERSON_NEEDLE : MIN_NEEDLE) && /\p{L}/u.test(joined) && !needles.some((n) => n.text === joined)) needles.push({ text: joined, kind, source });
  };

  // Towns and cities, with the first part of "Newcastle upon Tyne" or "Stoke-on-Trent" too.
  const places = new Set<string>();
  for (const place of [...(subject.places ?? []), subject.organisation.town]) {
    if (!usable(place)) continue;
    const keys = keysOf(place);
    places.add(keys.join(" "));
    const joint = keys.findIndex((k) => k === "upon" || k === "on" || k === "under");
    if (joint > 0) places.add(keys.slice(0, joint).join(" "));
  }

  const addName = (name: string, source: string, kind: RedactionKind = "organisation") => {
    const tokens = tokenize(name.trim()).filter((t) => t.key !== ",");
    if (tokens.length === 1 && isAllCapsWord(tokens[0].raw) && tokens[0].raw.length >= 2 && !/^\p{N}+$/u.test(tokens[0].raw)) {
      addAcronym([tokens[0].raw], { kind, source });
      ownPhrases.add(tokens[0].key);
      if (tokens[0].raw.length >= 3) needles.push({ text: tokens[0].key, kind, source });
      return;
    }
    const keys = tokens.map((t) => t.key);
    const regional = !isDistinctive(keys) && isRegionalName(keys);
    if (!isDistinctive(keys) && !regional) return;
    // A site named by generic words ("Northern General Hospital") is also "the Northern General".
    const accept = regional ? (k: string[]) => k.length >= (kind === "place" ? 2 : 3) && isRegionalName(k) : isDistinctive;
    insert(names, keys, { kind, source, ownApostrophe: endsWithApostrophe(name) }, true);
    ownPhrases.add(keys.join(" "));
    // An ambulance service is called by its region alone ("at South Central", "East Midlands crews"):
    // the words before "Ambulance", two or more, matched only as a name is written (capitalised) and
    // not after "the", so "the North West" and "the north west of the county", the region, stay.
    const ambulance = keys.indexOf("ambulance");
    if (regional && ambulance >= 2) {
      let from = 0;
      while (from < ambulance && (keys[from] === "nhs" || keys[from] === "the")) from++;
      const head = keys.slice(from, ambulance);
      if (head.length >= 2 && head.every((k) => REGION.has(k) || STOP.has(k) || places.has(k) || /^\p{L}+$/u.test(k))) {
        insert(regionHeads, head.map((k) => (STOP.has(k) ? k : k[0].toUpperCase() + k.slice(1))), { kind, source: `${source} by its region` });
      }
    }
    // Written without "NHS" ("East London Foundation Trust" for East London NHS Foundation Trust).
    const nhs = keys.indexOf("nhs");
    if (nhs > 0 && nhs < keys.length - 1) {
      const without = keys.filter((k, i) => i !== nhs);
      insert(names, without, { kind, source: `${source} without "NHS"`, ownApostrophe: endsWithApostrophe(name) }, true);
      ownPhrases.add(without.join(" "));
    }
    for (const form of shortForms(name, accept)) {
      // A city alone ("Cambridge" of Cambridge University Hospitals) is flagged, not hidden: it is
      // as often the city in a general sentence.
      const bare = form.keys.filter((k) => k !== "the");
      if (bare.length === 1 && places.has(bare[0])) {
        insert(others, form.keys, { kind: "place", source: `a city that is a short form of ${source}` });
        continue;
      }
      insert(names, form.keys, { kind, source: `${source} without its generic words`, ownApostrophe: form.ownApostrophe }, true);
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
    // A hospital called by its town and what it treats ("Birmingham Women’s", "Sheffield Children’s")
    // is "the Women’s" or "Women’s Hospital" once the town is dropped: a site, matched as written.
    let town = 0;
    while (town < keys.length && (keys[town] === "the" || keys[town] === "nhs")) town++;
    for (let i = town + 1; i < keys.length; i++) {
      if (!SPECIALTY.has(keys[i]) || !places.has(keys.slice(town, i).filter((k) => k !== "and" && !SPECIALTY.has(k)).join(" "))) continue;
      const written = keys[i][0].toUpperCase() + keys[i].slice(1);
      const entry = { kind: "place" as const, source: `${source} by what it treats` };
      for (const form of [["the", written], ["The", written], [written, "Hospital"]]) insert(specialtyNames, form, entry);
      // What it treats in more than one word: "the Heart and Chest" of Liverpool Heart and Chest Hospital.
      let j = i;
      while (j + 2 < keys.length && keys[j + 1] === "and" && SPECIALTY.has(keys[j + 2])) j += 2;
      if (j > i) {
        const run = keys.slice(i, j + 1).map((k) => (k === "and" ? k : k[0].toUpperCase() + k.slice(1)));
        for (const form of [["the", ...run], ["The", ...run], [...run, "Hospital"]]) insert(specialtyNames, form, entry);
      }
    }
    for (const acronym of acronymsOf(name)) {
      addAcronym([acronym], { kind, source: `acronym of ${source}` });
      // In lower case ("hrch") too when it has no vowel, so is no word.
      if (acronym.length >= 4 && !/[aeiou]/i.test(acronym) && /^[A-Z]+$/.test(acronym)) insert(names, [fold(acronym)], { kind, source: `acronym of ${source}, in lower case` });
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
      if (ia.length === 1 && ib.length === 1) addAcronym([ia, "&", ib], { kind, source: `initials of ${source}` });
    }
    // Initials of every word either side of an "and", up to "NHS" ("NCH&C" for Norfolk Community Health
    // and Care, "RD&E" for Royal Devon and Exeter, "TE&WV"), for former names as for the name.
    const initialWords: Token[] = [];
    for (const t of tokens) {
      if (t.key === "nhs") break;
      if (t.key === "and" || (/\p{L}/u.test(t.raw) && !ACRONYM_SKIP.has(t.key))) initialWords.push(t);
    }
    for (let i = 1; i + 1 < initialWords.length; i++) {
      if (initialWords[i].key !== "and") continue;
      const [before, after] = [initialWords.slice(0, i), initialWords.slice(i + 1)];
      if (before.length + after.length < 3 || [...before, ...after].some((t) => t.key === "and")) continue;
      const ia = before.map((t) => initialOf(t.raw)).join("");
      const ib = after.map((t) => initialOf(t.raw)).join("");
      if (ia && ib && !COMMON_UPPER.has(`${ia}&${ib}`)) addAcronym([ia, "&", ib], { kind, source: `initials of ${source}` });
    }
  };

  const addPerson = (person: string, source: string) => {
    const forms = personForms(person);
    for (const keys of forms.variants) insert(names, keys, { kind: "person", source });
    for (const keys of forms.alone) insert(alone, keys, { kind: "person", source });
    for (const keys of forms.besideRole ?? []) insert(aloneBesideRole, keys, { kind: "person", source });
    for (const k of forms.shortened ?? []) shortenedKeys.add(k);
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
  // A code of letters only ("REP") is a word too ("the union rep"): matched only as written, in capitals.
  if (usable(organisation.odsCode)) {
    if (/\p{N}/u.test(organisation.odsCode)) insert(names, keysOf(organisation.odsCode), { kind: "organisation", source: "ODS code" });
    else addAcronym([organisation.odsCode.trim().toUpperCase()], { kind: "organisation", source: "ODS code" });
  }
  if (usable(organisation.site)) addName(organisation.site, `headquarters site: ${organisation.site.trim()}`, "place");

  // The first three letters of the first names on record ("har" of Harpreet), for a short form no
  // rule gives that the text uses as a speaker ("Harj told the board").
  const firstOpenings = new Map<string, string>();
  // Every word of a name on record, for a familiar form in quotes taken from any part of it.
  const nameWords: { key: string; source: string }[] = [];
  // The entrant's town and the distinctive words of its names: a union branch named by one is its own.
  const branchWords = new Set<string>();
  for (const name of [organisation.name, organisation.shortName, ...organisation.aliases, organisation.town]) {
    if (!usable(name)) continue;
    for (const t of tokenize(name)) if (distinctiveWord(t.key) && !REGION.has(t.key) && !COUNTRY_WORDS.has(t.key) && !UNION_KEYS.has(t.key) && !STOP.has(t.key)) branchWords.add(t.key);
  }
  const ownBranchWord = (word: string) => branchWords.has(fold(stripApostrophes(word)));

  // The given names on record and their nicknames, for a familiar form no table gives ("Zuzka" for Zuzana).
  const givenNames: string[] = [];
  for (const person of subject.people) {
    if (!usable(person)) continue;
    addPerson(person, `person: ${person.trim()}`);
    const given = tokenize(person).find((t) => !TITLE_SET.has(t.key) && /^\p{L}+$/u.test(t.key));
    if (given && given.key.length >= 3) for (const g of [given.key, ...nicknamesOf(given.key)]) if (!givenNames.includes(g)) givenNames.push(g);
    for (const t of tokenize(person)) if (t.key.length >= 4 && /^\p{L}+$/u.test(t.key) && !TITLE_SET.has(t.key) && !PARTICLES.has(t.key)) nameWords.push({ key: t.key, source: `person: ${person.trim()}` });
    const first = tokenize(person).find((t) => !TITLE_SET.has(t.key) && t.key.length >= 5);
    if (first && /^\p{L}+$/u.test(first.key)) firstOpenings.set(first.key.slice(0, 3), `person: ${person.trim()}`);
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

  // National terms are in the same trie as other organisations, first, so one pass finds both.
  for (const keys of nationalTermKeys()) insert(others, keys, { kind: "term", source: NATIONAL_SOURCE });
  const addOther = (name: string) => {
    const other = otherOrganisationForms(name);
    if (!other || ownPhrases.has(other.phrase)) return;
    insert(others, other.keys, { kind: "organisation", source: other.source, ownApostrophe: other.ownApostrophe });
    for (const form of other.forms) {
      if (!ownPhrases.has(form.phrase)) insert(others, form.keys, { kind: "organisation", source: other.source, ownApostrophe: form.ownApostrophe });
    }
  };
  for (const other of subject.otherOrganisations) if (usable(other)) addOther(other);
  // The headquarters town is flagged, never hidden: a city named in a general sentence says little.
  if (usable(organisation.town)) {
    insert(others, keysOf(organisation.town), { kind: "place", source: `the organisation's headquarters town: ${organisation.town.trim()}` });
  }

  // National terms break runs of capitalised words and are never flagged.
  const nationalCompact = new Set(NATIONAL_TERMS.map((t) => compact(t.replace(/\s+/g, ""))));
  const siteAlone = newNode(); // a site's name alone, hidden when capitalised
  const addSiteForms = (found: Discovered, source: string) => {
    for (const keys of found.alone) {
      const entry: Entry = { kind: "place", source: `${source}: its name alone` };
      insert(siteAlone, keys, entry);
      siteAloneList.push([keys, entry]);
      addNeedle(keys, "place", `handle or hashtag with ${source}`);
    }
    for (const keys of found.initials) addAcronym(keys, { kind: "place", source: `${source}: its initials` });
  };
  // The headquarters site and the entrant's own terms that name a site give their short forms too.
  for (const term of [organisation.site, ...subject.identifyingTerms]) {
    if (!usable(term)) continue;
    const words = tokenize(term).filter((t) => !t.opaque && /\p{L}|\p{N}/u.test(t.key));
    let site = -1;
    for (let k = words.length - 1; k > 0 && site < 0; k--) if (SITE_WORDS.has(words[k].key)) site = k;
    if (site < 0) continue;
    const found: Discovered = { hide: [], flags: [], alone: [], initials: [], people: [] };
    siteForms(words.slice(0, site + 1), site, found);
    found.alone = found.alone.filter((k) => !(k.length === 1 && places.has(k[0])));
    addSiteForms(found, `site: ${term.trim()}`);
  }

  /** Tokens inside the entrant's own names. */
  const ownMask = (tokens: Token[], hits: Hit[]): Uint8Array => {
    const mask = new Uint8Array(tokens.length);
    for (const h of hits) {
      if (h.kind !== "organisation") continue;
      for (let i = tokenFrom(tokens, h.start); i < tokens.length && tokens[i].start < h.end; i++) mask[i] = 1;
    }
    return mask;
  };
  /** Other organisations' names (flags) and national terms (a mask of tokens that no run crosses). */
  const otherNames = (tokens: Token[]): { mask: Uint8Array; flags: Hit[] } => {
    const mask = new Uint8Array(tokens.length);
    const found: Hit[] = [];
    const flags: Hit[] = [];
    findAll(others, tokens, false, found);
    for (const h of found) {
      if (h.source !== NATIONAL_SOURCE) flags.push(h);
      else for (let i = tokenFrom(tokens, h.start); i < tokens.length && tokens[i].start < h.end; i++) mask[i] = 1;
    }
    return { mask, flags };
  };
  // People named in full anywhere in the entry, and sites named anywhere in it, count in every section.
  // The entrant's own sites by each generic site word they hold ("infirmary" -> "cumberland infirmary"):
  // from the register, the entrant's terms, the terms added at review and the sites the entry names.
  const ownSiteNames = new Map<string, Set<string>>();
  noteSites(ownSiteNames, [organisation.site, ...subject.identifyingTerms, ...subject.extraTerms.filter((t) => t.kind === "place" || t.kind === "term").map((t) => t.text)]);
  const namedInContext = new Set<string>();
  // A first name or short form written as a name, mid-sentence with its capital ("everyone calls him
  // Anil"): written in lower case too ("and anil went round"), it is the name, unless an everyday word.
  const usedAsName = new Set<string>();
  // The distinctive words of the entrant's own names, not places: a sentence opening with one is flagged.
  const ownWords = new Set([...ownPhrases].flatMap((p) => p.split(" ")).filter((k) => distinctiveWord(k) && !places.has(k) && !REGION.has(k) && !COUNTRY_WORDS.has(k)));
  if (options.context) {
    for (const keys of nicknamesIn(options.context)) insert(nicknames, keys, { kind: "person", source: "a nickname the entry gives" });
    const tokens = tokenize(options.context);
    const hits: Hit[] = [];
    findAll(names, tokens, false, hits);
    for (const h of hits) if (h.kind === "person") namedInContext.add(h.source);
    const single: Hit[] = [];
    findAll(alone, tokens, false, single);
    for (const h of single) {
      const { capital, initial } = isNameLike(options.context, h.start);
      if (capital && !initial) usedAsName.add(phraseKey(options.context.slice(h.start, h.end)));
    }
    const other = otherNames(tokens);
    const inContext = discover(options.context, tokens, other.mask, ownMask(tokens, hits), places, ownWords);
    addSiteForms(inContext, "a site named in the entry");
    for (const keys of inContext.people) insert(nicknames, keys, { kind: "person", source: "a person named in the entry" });
    contextPeople.push(...inContext.people);
    noteSites(ownSiteNames, [...hits, ...inContext.hide].filter((h) => h.kind === "place").map((h) => options.context!.slice(h.start, h.end)));
  }

  // Handles and hashtags: hidden whole when they contain a name, an @handle whenever it is not a
  // national body's, a hashtag opening with an acronym ("#WMASSafe"); other hashtags are flagged.
  const findHandles = (text: string, local: string[], hits: Hit[], flagHits: Hit[]) => {
    // The openings of the @handles this text hides: a hashtag that opens the same way is the
    // organisation's too ("#ShropComNursing" beside "@ShropCommHealth", "#NottsHCrota" beside "@NottsHealthcare").
    const handleOpenings: string[] = [];
    if (text.includes("@") && text.includes("#")) {
      HANDLE.lastIndex = 0;
      for (let m = HANDLE.exec(text); m !== null; m = HANDLE.exec(text)) {
        const body = compact(m[0].slice(1));
        if (m[0][0] === "@" && body.length >= HANDLE_OPENING && ![...nationalCompact].some((n) => n.length >= 3 && body.startsWith(n))) handleOpenings.push(body.slice(0, HANDLE_OPENING));
      }
    }
    HANDLE.lastIndex = 0;
    for (let m = HANDLE.exec(text); m !== null; m = HANDLE.exec(text)) {
      const start = m.index;
      const end = m.index + m[0].length;
      const raw = m[0].slice(1);
      const body = compact(raw);
      const needle = needles.find((n) => body.includes(n.text));
      if (needle) {
        hits.push({ start, end, kind: needle.kind, source: needle.source });
        continue;
      }
      if (local.some((l) => l.length >= MIN_NEEDLE && body.includes(l))) {
        hits.push({ start, end, kind: "place", source: "handle or hashtag with a site named in the text" });
        continue;
      }
      const national = [...nationalCompact].some((n) => n.length >= 3 && body.startsWith(n));
      if (!national && m[0][0] === "#" && handleOpenings.includes(body.slice(0, HANDLE_OPENING))) {
        hits.push({ start, end, kind: "organisation", source: "a hashtag opening as the entry's handle does" });
        continue;
      }
      const capitals = /^[\p{Lu}\p{N}]+/u.exec(raw.replace(/_/g, ""))?.[0] ?? "";
      const acronym = capitals.length >= 4 && capitals.length < raw.length ? capitals.slice(0, -1) : capitals;
      if (m[0][0] === "@" && !national) hits.push({ start, end, kind: "contact", source: "a social media handle" });
      else if (acronym.length >= 3 && !COMMON_UPPER.has(acronym) && !COMMON_ACRONYMS.has(acronym) && !national) {
        hits.push({ start, end, kind: "organisation", source: "a hashtag opening with an acronym" });
      } else if (!national) flagHits.push({ start, end, kind: "term", source: "a hashtag" });
    }
  };

  return (text: string): RedactedText => {
    const tokens = tokenize(text);
    const hits: Hit[] = [];
    findAll(names, tokens, false, hits);
    const other = otherNames(tokens);
    const found = discover(text, tokens, other.mask, ownMask(tokens, hits), places, ownWords);
    findOwnSites(text, tokens, hits.slice(), hits);
    hits.push(...found.hide);
    findBranches(text, tokens, hits);
    if (branchWords.size > 0) for (const b of findOwnPlaceBranches(text, ownBranchWord)) hits.push({ ...b, kind: "organisation", source: "a union branch named by the entrant's town or a word of its name" });
    // Sites named in this text: their names alone and initials, here as everywhere in the entry.
    let textAcronyms = acronyms;
    let textSiteAlone = siteAlone;
    if (found.initials.length > 0) {
      textAcronyms = newNode();
      for (const [keys, entry] of acronymList) insert(textAcronyms, keys, entry);
      for (const keys of found.initials) insert(textAcronyms, keys, { kind: "place", source: "a site named in the text: its initials" });
    }
    if (found.alone.length > 0) {
      textSiteAlone = newNode();
      for (const [keys, entry] of siteAloneList) insert(textSiteAlone, keys, entry);
      for (const keys of found.alone) insert(textSiteAlone, keys, { kind: "place", source: "a site named in the text: its name alone" });
    }
    findAll(textAcronyms, tokens, true, hits);
    if (specialtyNames.next.size > 0) {
      const named: Hit[] = [];
      findAll(specialtyNames, tokens, true, named);
      // "the Children’s Commissioner" is someone else: not before a capitalised word.
      for (const h of named) {
        const next = tokens[tokenFrom(tokens, h.end)];
        if (!next || next.opaque || !CAPITALISED.test(next.raw) || !/^[ \t]+$/.test(text.slice(h.end, next.start))) hits.push(h);
      }
    }
    if (regionHeads.next.size > 0) {
      const heads: Hit[] = [];
      findAll(regionHeads, tokens, true, heads);
      for (const h of heads) {
        const i = tokenFrom(tokens, h.start);
        if (i === 0 || tokens[i - 1].key !== "the") hits.push(h);
      }
    }
    const siteHits: Hit[] = [];
    findAll(textSiteAlone, tokens, false, siteHits);
    for (const h of siteHits) if (CAPITALISED.test(text[h.start])) hits.push(h);
    // A person's first name or surname alone: when capitalised, and at the start of a sentence only
    // once the person has been named in full in this entry.
    if (aloneBesideRole.next.size > 0) {
      const single: Hit[] = [];
      findAll(aloneBesideRole, tokens, false, single);
      for (const h of single) {
        const i = tokenFrom(tokens, h.start);
        if (CAPITALISED.test(text[h.start]) && (besideSpeech(text, tokens, i, i) || (!isNameLike(text, h.start).initial && besideRole(text, tokens, i, i)))) hits.push(h);
      }
    }
    if (alone.next.size > 0) {
      const named = new Set(namedInContext);
      for (const h of hits) if (h.kind === "person") named.add(h.source);
      const single: Hit[] = [];
      findAll(alone, tokens, false, single);
      const asName = new Set(usedAsName);
      for (const h of single) {
        const { capital: written, initial } = isNameLike(text, h.start);
        // A surname with its particle in lower case ("ap Gwilym", "van der Berg") is written as a name.
        const capital = written || LOWER_PARTICLE_THEN_NAME.test(text.slice(h.start, h.end));
        // An opening of a first name that the text writes in lower case more often than not is an ordinary
        // word ("the call", "Call handlers" beside Callum), not the person (session 10).
        if (shortenedKeys.size > 0 && shortenedKeys.has(phraseKey(text.slice(h.start, h.end))) && mostlyLowerCase(text, text.slice(h.start, h.end))) continue;
        if (capital && (!initial || named.has(h.source))) hits.push(h);
        if (capital && !initial) asName.add(phraseKey(text.slice(h.start, h.end)));
      }
      for (const h of single) {
        if (CAPITALISED.test(text[h.start]) || !named.has(h.source)) continue;
        const key = phraseKey(text.slice(h.start, h.end));
        if (asName.has(key) && !NAME_WORDS.has(key) && key.length >= 3) hits.push(h);
      }
    }
    // Nicknames the entry or this text gives, wherever they are written with their capital.
    // People the text names by their shape (a speaker, an e-mail's owner) count here too.
    // A word the redactor never takes for a person: an ordinary word, a place, a national term, a word of another body's name.
    const neverAPerson = (key: string, raw: string, at: number): boolean => {
      if (notPersonWord(key) || TITLE_SET.has(key) || STOP.has(key) || LEADING_WORDS.has(key) || ROLE_WORDS.has(key) || CALENDAR.has(key) || NAME_WORDS.has(key)) return true;
      if (places.has(key) || REGION.has(key) || COUNTRY_WORDS.has(key) || writtenInLowerCase(text, raw)) return true;
      const i = tokenFrom(tokens, at);
      // The first word of a site's or a body's name ("Bartlett Hospital", "Harperbury Centre") is no one's.
      const next = tokens[i + 1];
      if (next && CAPITALISED.test(next.raw) && notPersonWord(next.key) && /^[ \t]+$/.test(text.slice(tokens[i].end, next.start))) return true;
      return other.mask[i] === 1 || other.flags.some((f) => f.start <= at && at < f.end);
    };
    const textNicknames = [
      ...nicknamesIn(text),
      ...quotedFamiliarForms(text, nameWords),
      ...familiarFormsIn(text, tokens, givenNames, fold, neverAPerson),
      ...found.people,
      ...bracketedAfterPeople(text, hits),
    ];
    let nicknameTrie = nicknames;
    if (textNicknames.length > 0) {
      nicknameTrie = newNode();
      for (const keys of [...nicknamesIn(options.context ?? ""), ...contextPeople, ...textNicknames]) insert(nicknameTrie, keys, { kind: "person", source: "a nickname the entry gives" });
    }
    if (nicknameTrie.next.size > 0) {
      const nick: Hit[] = [];
      findAll(nicknameTrie, tokens, false, nick);
      for (const h of nick) if (CAPITALISED.test(text[h.start])) hits.push(h);
    }
    // A union after one of the entrant's names is its branch ("SLaM UNISON and the trust agreed"): hidden with it.
    for (const h of hits.slice()) {
      if (h.kind !== "organisation") continue;
      const next = tokens[tokenFrom(tokens, h.end)];
      if (next && UNION_KEYS.has(next.key) && /^\p{Lu}/u.test(next.raw) && /^[ \t]+$/.test(text.slice(h.end, next.start))) hits.push({ start: h.start, end: next.bareEnd, kind: "organisation", source: "a union branch named by the organisation" });
    }
    findSpeakers(text, tokens, firstOpenings, hits);
    findTheOneSite(text, tokens, ownSiteNames, hits);
    const handleFlags: Hit[] = [];
    if (text.includes("@") || text.includes("#")) findHandles(text, found.alone.map((k) => k.join("")), hits, handleFlags);
    findPatterns(text, hits);
    // A word of address before a person's name is part of what names them: "Auntie Marcia".
    for (const h of hits.slice()) {
      if (h.kind !== "person") continue;
      const start = startWithAddress(text, h.start);
      const end = endWithAddress(text, h.end);
      if (start < h.start || end > h.end) hits.push({ ...h, start, end });
    }

    const flagHits: Hit[] = other.flags;
    const known = flagHits.slice();
    // Places first, so a place's flag is labelled as one where an organisation-shaped name overlaps it.
    for (const f of found.flags) if (f.kind === "place" && beyondKnown(f, known, tokens)) flagHits.push(f);
    findNhsBodies(text, tokens, flagHits);
    if (text.includes("&")) findAmpersandInitials(text, flagHits);
    // A name from the list is flagged as itself, not inside a longer run of capitalised words.
    // A run that reaches beyond the listed name ("Evelina London", London being a short form of an
    // ambulance service) is flagged whole.
    for (const f of found.flags) if (f.kind !== "place" && beyondKnown(f, known, tokens)) flagHits.push(f);
    flagHits.push(...handleFlags);
    const flagSpans = merge(flagHits);
    // A name that holds something hidden ("Royal Liverpool and Broadgreen University Hospitals",
    // Broadgreen being a site) is tied to the entrant: hidden whole rather than flagged. So is one
    // whose every name is hidden ("NHS Norfolk and Waveney ICB" with both places hidden): what is left
    // ("NHS … and … ICB") would still say which body it is.
    const absorbed = merge(hits.filter((h) => h.kind !== "contact"));
    let h = 0;
    for (const f of merge(flagHits.filter((f) => f.kind === "organisation"))) {
      while (h < absorbed.length && absorbed[h].end <= f.start) h++;
      if (h < absorbed.length && absorbed[h].start < f.end) hits.push({ start: f.start, end: f.end, kind: absorbed[h].best.kind, source: `${f.best.source}, holding ${absorbed[h].best.source}` });
    }
    const spans = partSiteSpans(text, widenOverNameTails(text, merge(hits)), hits);

    const redactions: Redaction[] = [];
    let out = "";
    let at = 0;
    for (const s of spans) {
      redactions.push({ start: s.start, end: s.end, kind: s.best.kind, matched: text.slice(s.start, s.end), source: s.best.source });
      out += text.slice(at, s.start) + PLACEHOLDERS[s.best.kind];
      at = s.end;
    }
    out += text.slice(at);

    const flags: Flag[] = [];
    for (const f of flagSpans) {
      // What a redaction leaves of the flag is flagged, if a name is left in it.
      const part = uncovered(text, f.start, f.end, spans, tokens, f.best.kind === "place");
      if (!part) continue;
      // A name from the list says which organisation it is; the generic shape only that it is one.
      const named = known.find((k) => k.start <= part.start && part.end <= k.end);
      const best = named ?? f.best;
      const kind: FlagKind = best.kind === "term" || best.kind === "contact" ? "other" : best.kind;
      const matched = text.slice(part.start, part.end);
      flags.push({ start: part.start, end: part.end, matched, reason: best.source, kind, key: phraseKey(matched) });
    }
    const final = flagEveryOccurrence(text, redactions, flags, flags, tokens);
    return { text: out, redactions, flags: withNetFlags(text, tokens, other.mask, redactions, final) };
  };
}

/** Words that are never a name on their own, for the last pass (`redaction-net.ts`). */
let ordinaryWords: Set<string> | null = null;
const ordinaryWord = (k: string): boolean =>
  (ordinaryWords ??= new Set([
    ...COMMON_CAPITALISED, ...GENERIC, ...ROLE_WORDS, ...SERVICE_WORDS, ...ORG_WORDS, ...THING_WORDS, ...TITLE_SET, ...CALENDAR, ...NUMBER_WORDS,
    ...[...COMMON_UPPER].map((w) => w.toLowerCase()), ...UNION_KEYS,
  ])).has(k);

/** The flags with the last pass's added: what is left that is shaped like a name and on no list. */
function withNetFlags(text: string, tokens: Token[], national: Uint8Array, redactions: readonly Redaction[], flags: Flag[]): Flag[] {
  const taken: { start: number; end: number }[] = [...redactions, ...flags];
  for (let i = 0; i < tokens.length; i++) if (national[i]) taken.push({ start: tokens[i].start, end: tokens[i].end });
  const net = netFlags(text, { ordinary: ordinaryWord, taken, flagged: flags });
  if (net.length === 0) return flags;
  const added = net.map((f): Flag => {
    const matched = text.slice(f.start, f.end);
    return { start: f.start, end: f.end, matched, reason: f.reason, kind: f.kind, key: phraseKey(matched) };
  });
  // A flag the pass widened ("General [Infirmary]") gives way to the wider one.
  const wide = net.filter((f) => f.widens);
  const kept = wide.length === 0 ? flags : flags.filter((f) => !wide.some((w) => w.start <= f.start && f.end <= w.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/**
 * A phrase flagged in one place is flagged wherever else `text` writes it with its capital: a
 * familiar form flagged in quotes ("is “Marsh” on the unit") is flagged again at a sentence's start
 * ("“Marsh read every…”"), as hiding it (a term added from the flag) hides it everywhere. `flagged`
 * are the flags of the whole entry (one field's own, or every field's for an entry of several), so a
 * phrase flagged in one field is flagged in the others. A place a redaction or a flag already covers
 * is left as it is. Returns the field's flags with the new ones, in order.
 */
export function flagEveryOccurrence(text: string, redactions: readonly { start: number; end: number }[], own: Flag[], flagged: readonly Flag[], tokens: Token[] = tokenize(text)): Flag[] {
  if (flagged.length === 0) return own;
  // Each flagged phrase by its first word, as the words of its key.
  const phrases = new Map<string, { keys: string[]; flag: Flag }[]>();
  const seen = new Set<string>();
  for (const f of flagged) {
    if (seen.has(f.key) || !CAPITALISED.test(f.matched)) continue;
    seen.add(f.key);
    const keys = f.key.split(" ");
    // A word of one or two letters ("I" of "Siobhán and I") or an ordinary capitalised word alone is
    // flagged where it is for what stands beside it, not for itself.
    if (keys[0] === "" || keys.join("").length < 3 || (keys.length === 1 && COMMON_CAPITALISED.has(keys[0]))) continue;
    const list = phrases.get(keys[0]);
    if (list) list.push({ keys, flag: f });
    else phrases.set(keys[0], [{ keys, flag: f }]);
  }
  const taken = [...redactions, ...own];
  // Most occurrences are the flags themselves: answered from where they start.
  const starts = new Set(taken.map((r) => r.start));
  const free = (start: number, end: number) => !starts.has(start) && !taken.some((r) => r.start < end && start < r.end);
  const added: Flag[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.opaque) continue;
    const list = phrases.get(t.possKey ?? t.key) ?? (t.possKey ? phrases.get(t.key) : undefined);
    if (!list || !CAPITALISED.test(t.raw)) continue;
    for (const { keys, flag } of list) {
      let j = i;
      let n = 0;
      let end = 0;
      for (; j < tokens.length && n < keys.length; j++) {
        const u = tokens[j];
        if (u.opaque) break;
        if (!/[\p{L}\p{N}]/u.test(u.key)) {
          if (n === 0) break;
          continue;
        }
        if (u.key !== keys[n] && u.possKey !== keys[n]) break;
        end = u.possKey === keys[n] && u.key !== keys[n] ? u.possEnd : u.bareEnd;
        n++;
      }
      if (n < keys.length || !free(t.start, end)) continue;
      const matched = text.slice(t.start, end);
      if (phraseKey(matched) !== flag.key) continue;
      const f: Flag = { start: t.start, end, matched, reason: flag.reason, kind: flag.kind, key: flag.key };
      added.push(f);
      taken.push(f);
      break;
    }
  }
  return added.length === 0 ? own : [...own, ...added].sort((a, b) => a.start - b.start);
}

// Generic words that end or hold a site's name and stand for it after "the" ("the Infirmary").
const THE_SITE_WORDS = new Set(["infirmary", "general"]);
const THE_SITE_WORD = /infirmary|general/i;

/** Adds each name that holds a generic site word, with more words than it, under that word. */
function noteSites(into: Map<string, Set<string>>, names: readonly (string | null | undefined)[]): void {
  for (const name of names) {
    if (!name) continue;
    const keys = keysOf(name).filter((k) => k !== "the");
    if (keys.length < 2) continue;
    for (const k of keys) {
      if (!THE_SITE_WORDS.has(k)) continue;
      const set = into.get(k) ?? new Set<string>();
      set.add(keys.join(" "));
      into.set(k, set);
    }
  }
}

/**
 * "the Infirmary", "the General": a generic site word after "the", capitalised and not before another
 * capitalised word ("the General Medical Council"), is the entrant's one site holding that word, when
 * it has exactly one among its sites (the register's, its terms, and the sites this text names): hidden.
 */
function findTheOneSite(text: string, tokens: Token[], entry: ReadonlyMap<string, ReadonlySet<string>>, hits: Hit[]): void {
  const sites = new Map<string, Set<string>>();
  for (const [k, v] of entry) sites.set(k, new Set(v));
  let any = false;
  for (let i = 0; i + 1 < tokens.length && !any; i++) any = tokens[i].key === "the" && THE_SITE_WORDS.has(tokens[i + 1].key);
  if (!any) return;
  noteSites(sites, hits.filter((h) => h.kind === "place").map((h) => text.slice(h.start, h.end)).filter((t) => THE_SITE_WORD.test(t)));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [the, word, next] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (the.key !== "the" || !THE_SITE_WORDS.has(word.key) || !CAPITALISED.test(word.raw) || sites.get(word.key)?.size !== 1) continue;
    if (next && !next.opaque && CAPITALISED.test(next.raw) && /^[ \t]+$/.test(text.slice(word.end, next.start))) continue;
    if (hits.some((h) => h.start < word.end && word.start < h.end)) continue;
    hits.push({ start: the.start, end: word.possKey ? word.possEnd : word.bareEnd, kind: "place", source: `the entrant's one site called "${word.raw}"` });
  }
}

// Verbs of saying after a single capitalised word make it a person: "“Harj told the board…”".
const SPEECH_VERBS = new Set("said says told tells asked asks admits admitted agreed agrees thought thinks recalls recalled remembers remembered adds added explains explained insists insisted laughs laughed writes wrote".split(" "));

/**
 * A single capitalised word of three to six letters before a verb of saying, that the text never
 * writes in lower case and that opens like the first name of someone on record ("Harj" for Harpreet),
 * is that person: hidden. Found from the verb, so the cost is one lookup per word.
 */
function findSpeakers(text: string, tokens: Token[], openings: Map<string, string>, into: Hit[]): void {
  if (openings.size === 0) return;
  for (let i = 1; i < tokens.length; i++) {
    // Most words are not a capitalised word of three to six letters opening like a name on record: answered first.
    const t = tokens[i - 1];
    const c = t.raw.charCodeAt(0);
    if (c < 65 || c > 90 || t.key.length < 3 || t.key.length > 6) continue;
    const source = openings.get(t.key.slice(0, 3));
    if (!source) continue;
    const v = tokens[i];
    // The word after: a verb of saying; or, since session 9, any verb in "-s" ("Dec knows everyone") or
    // "and" before another name ("Dec and Amira"): the short form is the subject of a sentence.
    const subject = SPEECH_VERBS.has(v.key) || (v.key.length >= 2 && v.key.endsWith("s") && /^\p{Ll}+$/u.test(v.raw)) || (v.key === "and" && !!tokens[i + 1] && CAPITALISED.test(tokens[i + 1].raw));
    if (!subject) continue;
    if (t.opaque || !/^\p{Lu}\p{Ll}+$/u.test(t.raw) || !/^[ \t]+$/.test(text.slice(t.end, v.start))) continue;
    if (COMMON_CAPITALISED.has(t.key) || LEADING_WORDS.has(t.key) || notPersonWord(t.key) || TITLE_SET.has(t.key)) continue;
    if (i >= 2 && isNameWord(tokens[i - 2]) && joins(text, tokens[i - 2], t)) continue;
    // A month or day written short ("Dec") is a date beside a number or after "in", "on", "since"...
    if (CALENDAR.has(t.key) && (/\d/.test(tokens[i - 2]?.raw ?? "") || /\d/.test(v.raw) || DATE_BEFORE.has(tokens[i - 2]?.key ?? "") || !fold(source.replace(/^person: /, "")).startsWith(t.key))) continue;
    if (writtenInLowerCase(text, t.raw)) continue;
    into.push({ start: t.start, end: t.bareEnd, kind: "person", source: `a short form of the first name of ${source}, speaking` });
  }
}

// Words before a month or day written short: "in Dec", "since Mon".
const DATE_BEFORE = new Set("in on since until till by from to of last next each every this that early late mid".split(" "));

// A capitalised word in brackets, in quotes or not, straight after a person's name: "Declan Byrne (Dec)".
const BRACKETED_AFTER = /^[ \t]*\([“"‘]?(\p{Lu}\p{Ll}{1,9})[”"’]?\)/u;

/**
 * The words in brackets after the people found so far (session 9): each is what that person is called,
 * hidden there and, unless it is a month or a day ("Dec" is a date elsewhere), wherever capitalised.
 */
function bracketedAfterPeople(text: string, hits: Hit[]): string[][] {
  const out: string[][] = [];
  const found: Hit[] = [];
  for (const h of hits) {
    if (h.kind !== "person" || text.charCodeAt(h.end) !== 32 || text[h.end + 1] !== "(") continue;
    const m = BRACKETED_AFTER.exec(text.slice(h.end, h.end + 16));
    if (!m) continue;
    const key = fold(m[1]);
    if (COMMON_CAPITALISED.has(key) || LEADING_WORDS.has(key) || notPersonWord(key) || TITLE_SET.has(key)) continue;
    const start = h.end + m[0].indexOf(m[1]);
    found.push({ start, end: start + m[1].length, kind: "person", source: `a name in brackets after ${h.source}` });
    if (!CALENDAR.has(key)) out.push([key]);
  }
  hits.push(...found);
  return out;
}

/** Whether a discovered name has a word (not "and", "of"...) outside every listed name it overlaps. */
function beyondKnown(f: Hit, known: Hit[], tokens: Token[]): boolean {
  if (!known.some((k) => k.start < f.end && f.start < k.end)) return true;
  for (let i = tokenFrom(tokens, f.start); i < tokens.length && tokens[i].start < f.end; i++) {
    const t = tokens[i];
    if (/\p{L}/u.test(t.key) && !STOP.has(t.key) && !known.some((k) => k.start <= t.start && t.end <= k.end)) return true;
  }
  return false;
}

/** The longest stretch of [start, end) that no span covers, trimmed to letters and digits; null if no name is left in it. */
function uncovered(text: string, start: number, end: number, spans: Span[], tokens: Token[], place = false): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  let at = start;
  const consider = (s: number, e: number) => {
    if (e > s && (!best || e - s > best.end - best.start)) best = { start: s, end: e };
  };
  for (const sp of spans) {
    if (sp.end <= start) continue;
    if (sp.start >= end) break;
    consider(at, Math.min(sp.start, end));
    at = Math.max(at, sp.end);
  }
  consider(at, end);
  if (!best) return null;
  let { start: s, end: e } = best as { start: number; end: number };
  while (s < e && !LETTER_OR_DIGIT.test(text[s])) s++;
  while (e > s && !LETTER_OR_DIGIT.test(text[e - 1])) e--;
  if (e <= s) return null;
  // Without "and", "of", "the" at either end.
  let a = tokenFrom(tokens, s);
  let b = tokenFrom(tokens, e) - 1;
  while (a <= b && (STOP.has(tokens[a].key) || !LETTER_OR_DIGIT.test(tokens[a].raw))) a++;
  while (b >= a && (STOP.has(tokens[b].key) || !LETTER_OR_DIGIT.test(tokens[b].raw))) b--;
  if (a > b) return null;
  // A handle's or hashtag's sign stays with it.
  const sign = text[tokens[a].start - 1] === "#" || text[tokens[a].start - 1] === "@" ? 1 : 0;
  s = Math.max((best as { start: number }).start, tokens[a].start - sign);
  e = Math.min(e, tokens[b].end);
  for (let i = a; i <= b; i++) {
    const t = tokens[i];
    // A place's name may be made of generic words ("the Royal", "Western Eye Hospital"): any capital will do.
    if (!t.opaque && (distinctiveWord(t.key) || /\p{N}/u.test(t.key) || isAllCapsWord(t.raw) || (place && CAPITALISED.test(t.raw)))) return { start: s, end: e };
  }
  return null;
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
