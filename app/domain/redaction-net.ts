// The last pass over the redactor's flags: the safety net of issue 11 (decision 035, session 10).
//
// The issue asks that the secretariat be shown a flag for "every remaining person-like, place-like or
// organisation-like phrase that is not on a curated list of national terms". The rules before this pass
// flag what they recognise by its shape; a mention none of them foresaw ("the District", "2gether",
// "Health and Care Trust", "O’Sullivan", "Scarborough" opening a sentence) reached the secretariat
// neither hidden nor flagged. This pass runs once, after every rule, where the flags are final, and
// flags what is still left of the capitalised words that are not ordinary words:
//
// - a capitalised word or run of words that is neither hidden nor flagged, unless each word is an
//   ordinary word (the redactor's lists of common capitalised and generic words, a word the text also
//   writes in lower case, the first word of a sentence when it has an ordinary word's shape), part of
//   a national term, or the award's own words;
// - "the" and a capitalised ordinary noun used as a name mid-sentence ("the District", "the Royal",
//   "the Treatment Centre"), unless the noun is one an entrant calls itself or its forums by ("the
//   Trust", "the Board", "the Forum");
// - a run of ordinary words that ends as a body's name does ("Health and Care Trust");
// - a word mixing letters and digits ("2gether", "C31"), and a numbered ward beside its site word
//   ("Ward 7B"), unless it is a date, a time, an ordinal, a quarter or a known code ("Covid-19");
// - a surname with an apostrophe, "Mac" or "Mc" ("O’Sullivan", "McAllister"), wherever it stands.
//
// A flag hides nothing until it is decided, so this pass can hide no decoy; what it costs is the
// secretariat's time, measured as flags per entry on the corpus. Pure: text and ranges in, flags out.

/** A range of the text already hidden, flagged or covered by a national term. */
export type Range = { start: number; end: number };

export type NetFlagKind = "person" | "place" | "organisation" | "other";
/** A flag of the pass; `widens` when it takes in a flag of the rules before it, which it replaces. */
export type NetFlag = { start: number; end: number; kind: NetFlagKind; reason: string; widens?: boolean };

export type NetOptions = {
  /** Whether a word (lower case, apostrophes dropped) is an ordinary capitalised word or a generic one. */
  ordinary: (key: string) => boolean;
  /** Ranges hidden or flagged by the rules before this pass, and national terms: never flagged again. */
  taken: readonly Range[];
  /** The flags among them, which the pass may widen over the rest of their name ("General [Infirmary]"). */
  flagged?: readonly Range[];
};

type Word = { start: number; end: number; raw: string; key: string; line: number; initial: boolean; capital: boolean; mixed: boolean };

// A word: letters, digits, marks, apostrophes and hyphens inside it.
const WORD_START = /^[\p{L}\p{N}]/u;
const WORD_PART = /^[\p{L}\p{M}\p{N}'’‘\-]/u;
const charLength = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
};
/** Whether the character at i may open a word (`first`) or go on with one. */
function wordChar(text: string, i: number, first: boolean): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (!first && (c === 39 || c === 45));
  return (first ? WORD_START : WORD_PART).test(text.slice(i, i + charLength(text, i)));
}
const CAPITAL = /^\p{Lu}/u;
const HAS_DIGIT = /\p{N}/u;
const HAS_LETTER = /\p{L}/u;
const POSSESSIVE = /(?:['’‘][sS]|[sS]?['’‘])$/;
const APOSTROPHES = /['’‘]/g;
// Small words that may stand inside a name between capitalised words ("Health and Care Trust").
const JOINERS = new Set(["and", "of", "for", "the", "on", "upon", "&", "de", "van", "von", "der", "le", "la"]);
// Where a sentence or an item starts: what may stand before its first word.
const SENTENCE_END = /[.!?:;•*–—]/;
// What may stand between a sentence's end and its first word: quotation marks and brackets.
const OPENING = "“\"‘([";

// Words that open sentences in any entry, with no ordinary word's ending: never a name there.
const OPENERS = new Set(
  (
    "a an the this that these those there here then thus hence also again after before once since while when whenever where " +
    "what which who whose why how if unless until although though because so yet but and or nor not no yes both either " +
    "neither each every all any some many much more most few several other others another such same one none nothing " +
    "everyone everybody someone somebody anyone nobody something anything everything we i you he she it they our my your " +
    "his her its their us them me him within without with from into onto over under above below between among through " +
    "throughout across around about against along beside besides beyond during despite towards toward upon by for of in " +
    "on at to as than like unlike per via instead meanwhile however therefore moreover furthermore overall today " +
    "tomorrow yesterday now later soon still just only even already almost always never often sometimes perhaps maybe " +
    "together alongside staff people colleagues everyone half twice first second third last next finally lastly " +
    "initially originally previously currently recently early late key top best good great better new old big small " +
    "sixty seventy eighty ninety hundreds thousand thousands million millions dozens " +
    "most least please thank thanks well ok okay yes no hello dear welcome question questions answer answers note notes"
  ).split(" "),
);

// Nouns an entrant uses for itself, its forums and national things after "the": never a site's nickname.
const SELF_NOUNS = new Set(
  (
    "trust trusts board boards forum forums committee committees council group groups team teams network networks union unions " +
    "branch branches executive executives service services charter award awards programme programmes project projects partnership " +
    "partnerships government chair chairs side survey surveys plan plans policy policies strategy framework frameworks " +
    "organisation organisation's staff people workforce nhs act bill standard standards pledge promise review report reports " +
    "panel panels judges judge secretariat category categories entry nomination shortlist finalists finalist " +
    "guardian guardians office department directorate division ceo director directors chief covid pandemic internet web " +
    "intranet website app portal hub bulletin newsletter week month day year conference event events summit celebration " +
    "ceremony launch pilot scheme model toolkit tool guide guidance agreement agreements contract contracts handbook " +
    "principles principle values value vision mission commitment commitments compact code " +
    "january february march april may june july august september october november december easter christmas " +
    "nurse nurses manager managers officer officers lead leads head matron secretary president governor governors members"
  ).split(" "),
);
// The last words of a body's name: a run of ordinary words ending so names one ("Health and Care Trust").
const BODY_ENDS = new Set(["trust", "board", "icb", "ccg", "council", "authority"]);
// Words that open a body's generic description, not its name: "NHS Foundation Trust", "the Trust Board".
const BODY_DESCRIPTION = new Set(["nhs", "foundation", "the", "trust", "our", "partnership", "trust's", "executive", "joint", "staff", "people", "programme", "project", "quality", "safety", "audit", "finance", "workforce", "education", "research"]);
// Site words that take a number or code after them as a name: "Ward 7B", "Bay 4", "Theatre 3".
// Nouns that end a site's name: a flag of one of them alone is widened over the name before it.
const SITE_NOUNS = new Set("hospital infirmary centre center unit wing suite clinic hospice".split(" "));
const NUMBERED_SITE_WORDS = new Set(["ward", "bay", "wing", "unit", "theatre", "suite", "block", "level", "floor", "pod", "zone", "room"]);
// Words mixing letters and digits that name no one: dates, times, ordinals, quarters, sizes, codes.
const ORDINARY_MIXED =
  /^(?:\d+(?:st|nd|rd|th|s|am|pm|k|m|bn|hrs?|h|mins?|ms|km|mph|mg|ml|kg|g|x|yrs?|wks?|pc)|\d{4}s|'?\d{2}s|[QHY]\d|FY\d{2}(?:[/\-]\d{2})?|[A-Za-z]+-19|Covid-?19|COVID-?19|NEWS2|B12|[345]G|[23]D|[A-Z]\d{1,2}|\d+[/:]\d+)$/i;
// Codes that look mixed but are grades or bands ("Band 5", "AfC 8a"): a digit and at most one letter.
const GRADE = /^\d[a-d]$/i;

const GAP = /^(?:[ \t]+|[ \t]*\n[ \t]*|[ \t]*&[ \t]*)$/;
const HANDLE_MARK = /[@#_]/;
const CONTRACTION = /^\p{L}+['’‘](?:m|ve|re|ll|d|t|s)$/iu;
const COMPOUND = /^[\p{L}\p{N}]+(?:-[\p{Ll}\p{N}]+)+$/u;
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
// Directions and regions: "the North West" says where in the country, as the entry's region does.
const REGION = new Set("north south east west northern southern eastern western central mid midlands".split(" "));
const hasApostrophe = (s: string) => s.includes("'") || s.includes("’") || s.includes("‘");
const key = (raw: string) => {
  const k = raw.toLowerCase();
  return hasApostrophe(k) ? k.replace(POSSESSIVE, "").replace(APOSTROPHES, "") : k;
};
// Most words are plain lower-case ASCII: answered without a regex.
const isCapital = (s: string) => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90 ? true : c < 128 ? false : CAPITAL.test(s);
};
const TRAILING = /[\-'’‘]+$/;
// Whether a word is made of the letters a–z only (hyphens allowed): its own key, no digit, no capital.
function plainLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 97 || c > 122) && c !== 45) return false;
  }
  return true;
}

/** The text read once: the words the pass looks at, the words written in lower case, and its lines. */
type Read = { ws: Word[]; lower: Set<string>; headings: Set<number>; capitals: Set<number> };

/**
 * Reads the text once. Kept as words: capitalised words, words with a digit, and the small words a
 * name's shape needs beside it ("the", "at", "and", "of"...); every other word only adds its key to
 * `lower`. Two kept words are next to each other only when the text between them is blank, so a
 * word left out still separates them.
 */
// Initials after a small letter ("the nVCC", "eIPS"): a name's shape in any position, never a word.
const INITIALS_AFTER_SMALL = /^\p{Ll}{1,2}\p{Lu}{2,}\p{Ll}?$/u;

function read(text: string): Read {
  const ws: Word[] = [];
  const lower = new Set<string>();
  const headings = new Set<number>();
  const capitals = new Set<number>();
  // Where the current line starts, found by walking the text once between words; what the line holds.
  let line = 0;
  let nextBreak = text.indexOf("\n");
  let count = 0;
  let titled = true;
  const endLine = () => {
    if (count === 0) return;
    const end = text.indexOf("\n", line);
    const body = text.slice(line, end < 0 ? text.length : end);
    if (titled && count <= 12 && !/[.!?][ \t]*$/.test(body)) headings.add(line);
    if (!/\p{Ll}/u.test(body)) capitals.add(line);
  };
  for (let at = 0; at < text.length; ) {
    // The next word: a letter or digit, then letters, marks, digits, apostrophes and hyphens.
    // ASCII is answered by its code; anything else, a character (or surrogate pair) at a time, by pattern.
    let from = at;
    while (from < text.length && !wordChar(text, from, true)) from += charLength(text, from);
    if (from >= text.length) break;
    let to = from + charLength(text, from);
    while (to < text.length && wordChar(text, to, false)) to += charLength(text, to);
    at = to;
    let raw = text.slice(from, to);
    // A trailing hyphen or a possessive is not part of the name.
    const last = raw[raw.length - 1];
    if (last === "-" || last === "'" || last === "’" || last === "‘") raw = raw.replace(TRAILING, "") || raw[0];
    const poss = raw.length > 3 && (raw.endsWith("s") || raw.endsWith("S")) && /['’‘]/.test(raw[raw.length - 2]);
    const bare = poss ? raw.slice(0, -2) : raw;
    const start = from;
    if (nextBreak >= 0 && nextBreak < start) {
      endLine();
      while (nextBreak >= 0 && nextBreak < start) {
        line = nextBreak + 1;
        nextBreak = text.indexOf("\n", line);
      }
      count = 0;
      titled = true;
    }
    count++;
    // Most words are plain lower-case ASCII: only their key is wanted.
    if (plainLower(bare)) {
      lower.add(bare);
      if (!JOINERS.has(bare)) titled = false;
      if (!JOINERS.has(bare) && bare !== "at") continue;
    }
    const capital = isCapital(bare);
    const digit = HAS_DIGIT.test(bare);
    const mixed = digit && HAS_LETTER.test(bare);
    const k = key(bare);
    if (!capital && !mixed && !digit && !INITIALS_AFTER_SMALL.test(bare)) {
      lower.add(k);
      if (!JOINERS.has(k)) titled = false;
      if (!JOINERS.has(k) && k !== "at") continue;
    }
    ws.push({
      start,
      end: start + bare.length,
      raw: bare,
      key: k,
      line,
      // Only a name's first word, or "the" before one, needs to know.
      initial: (capital || mixed || bare === "the") && opensSentence(text, start, line),
      capital,
      mixed,
    });
  }
  endLine();
  return { ws, lower, headings, capitals };
}

/**
 * Whether the word at `start` opens a sentence, an item or a paragraph. A hard line break inside a
 * sentence ("Radiographers\ntold the staff side") does not: the line before ends in a word or a comma.
 */
function opensSentence(text: string, start: number, line: number): boolean {
  let i = start - 1;
  let breaks = 0;
  for (; i >= 0; i--) {
    const c = text[i];
    if (c === "\n") breaks++;
    else if (c !== " " && c !== "\t" && !OPENING.includes(c)) break;
  }
  if (i < 0 || breaks >= 2) return true;
  // An item of a list: "- ", "• ", "4. ", "(b) " at the start of its line.
  if (start - line <= 8 && /^[ \t]*(?:[\-•*–—]|\(?[\p{N}\p{L}]{1,3}[.)])[ \t]*[“"‘(]?$/u.test(text.slice(line, start))) return true;
  return SENTENCE_END.test(text[i]);
}

/**
 * Flags for the capitalised words no rule hid or flagged and that are not ordinary words, and for the
 * shapes of names made of ordinary words. `taken` must hold every redaction, every flag and every
 * national term of the text. Returns the new flags, in order; none overlaps `taken` or another.
 */
export function netFlags(text: string, { ordinary, taken, flagged = [] }: NetOptions): NetFlag[] {
  const { ws, lower, headings, capitals } = read(text);
  if (ws.length === 0) return [];
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  // Whether a word overlaps something taken: walked once, in order.
  const free = new Uint8Array(ws.length);
  let t = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    while (t < sorted.length && sorted[t].end <= w.start) t++;
    let overlaps = false;
    for (let u = t; u < sorted.length && sorted[u].start < w.end; u++) if (sorted[u].end > w.start) overlaps = true;
    free[i] = overlaps ? 0 : 1;
  }
  const inHeading = (w: Word) => headings.has(w.line);
  // Words written as names somewhere: capitalised, neither opening a sentence nor in a heading.
  const named = new Set<string>();
  for (let i = 0; i < ws.length; i++) if (free[i] && ws[i].capital && !ws[i].initial && !inHeading(ws[i])) named.add(ws[i].key);
  // An ordinary word: on the lists, written in lower case in the text, a contraction ("I’m"), a word of
  // one or two letters, a compound whose later parts are in lower case ("Two-year", "X-ray"), or
  // opening a sentence or a heading, where every word is capitalised anyway, unless the text writes it
  // as a name elsewhere or it has a name's shape (a capital inside it: "MerseyCare", "NeuroRehab").
  const isOrdinary = (w: Word) => {
    const known = ordinaryKeys.get(w.key);
    if (known !== undefined && !w.initial && !inHeading(w)) return known;
    const answer = ordinaryWord(w);
    if (!w.initial && !inHeading(w)) ordinaryKeys.set(w.key, answer);
    return answer;
  };
  // Answers for words mid-sentence, by key: a name is written many times.
  const ordinaryKeys = new Map<string, boolean>();
  const ordinaryWord = (w: Word) =>
    ordinary(w.key) || lower.has(w.key) || w.raw.length <= 2 || CONTRACTION.test(w.raw) || COMPOUND.test(w.raw) || OPENERS.has(w.key) ||
    ((w.initial || inHeading(w)) && !named.has(w.key) && !INNER_CAPITAL.test(w.raw));
  // A line in capitals is a heading: the rules before this pass read names written in capitals.
  const capitalsLine = (w: Word) => capitals.has(w.line);
  const shouting = (w: Word) => w.raw.length > 4 && !/\p{Ll}/u.test(w.raw);
  const surname = (w: Word) => /^(?:O['’‘]\p{Lu}|Ma?c\p{Lu})\p{Ll}/u.test(w.raw);
  const initialsAfterSmall = (w: Word) => INITIALS_AFTER_SMALL.test(w.raw);
  // Words of one name: apart by spaces or one hard line break, or by "&".
  const joined = (a: Word, b: Word) => GAP.test(text.slice(a.end, b.start));

  const out: NetFlag[] = [];
  const push = (from: number, to: number, kind: NetFlagKind, reason: string) => {
    if (out.length > 0 && out[out.length - 1].end > ws[from].start) return;
    out.push({ start: ws[from].start, end: ws[to].end, kind, reason });
  };
  // A flag of one word that is a site's noun or a ward's code is widened back over the capitalised
  // words of its name before it: "the General [Infirmary]", "on Ward [C31]".
  const flagStarts = new Map<number, Range>();
  for (const f of flagged) flagStarts.set(f.start, f);
  const widened: NetFlag[] = [];
  for (let i = 1; i < ws.length; i++) {
    const f = flagStarts.get(ws[i].start);
    if (!f || f.end > ws[i].end + 2 || !(SITE_NOUNS.has(ws[i].key) || (ws[i].mixed && NUMBERED_SITE_WORDS.has(ws[i - 1].key)))) continue;
    let h = i;
    while (h > 0 && free[h - 1] && ws[h - 1].capital && !shouting(ws[h - 1]) && !OPENERS.has(ws[h - 1].key) && !JOINERS.has(ws[h - 1].key) && joined(ws[h - 1], ws[h])) {
      h--;
      if (ws[h].initial) break;
    }
    if (h < i) {
      widened.push({ start: ws[h].start, end: f.end, kind: "place", reason: "a site's name around a flag (the last pass)", widens: true });
      for (let k = h; k < i; k++) free[k] = 0;
    }
  }

  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    // A handle or a hashtag ("@NHSEmployers") is the handle rules' to hide or flag.
    if (!free[i] || (!w.capital && !w.mixed && !initialsAfterSmall(w)) || shouting(w) || capitalsLine(w) || HANDLE_MARK.test(text[w.start - 1] ?? "")) continue;
    // A numbered ward beside its site word: "Ward 7B", "Ward C31", "Bay 4".
    const code = ws[i + 1];
    if (w.capital && NUMBERED_SITE_WORDS.has(w.key) && code && free[i + 1] && /^[ \t]+$/.test(text.slice(w.end, code.start)) && /^(?:\d+\p{L}?|\p{Lu}\d+\p{L}?)$/u.test(code.raw)) {
      push(i, i + 1, "place", "a numbered ward or site (the last pass)");
      i++;
      continue;
    }
    // The run of capitalised words from here, across joiners between capitalised words.
    let j = i;
    while (j + 1 < ws.length && free[j + 1] && joined(ws[j], ws[j + 1])) {
      const n = ws[j + 1];
      if ((n.capital || n.mixed) && !shouting(n)) j++;
      else if (JOINERS.has(n.key) && j + 2 < ws.length && free[j + 2] && (ws[j + 2].capital || ws[j + 2].mixed) && joined(n, ws[j + 2])) j += 2;
      else break;
    }
    // Most runs are one ordinary word (a sentence's first): nothing to flag, and nothing to build.
    if (i === j && !w.mixed && !initialsAfterSmall(w) && isOrdinary(w) && !surname(w) && !(ws[i - 1] && (ws[i - 1].raw === "the" || ws[i - 1].raw === "at"))) continue;
    const run = ws.slice(i, j + 1);
    const names = run.filter((x) => x.capital || x.mixed || initialsAfterSmall(x));
    const odd = run.filter((x) => (x.capital && !isOrdinary(x)) || (x.mixed && !ORDINARY_MIXED.test(x.raw) && !GRADE.test(x.raw) && !/^\p{N}+-\p{Ll}/u.test(x.raw)) || surname(x) || initialsAfterSmall(x));
    const last = names[names.length - 1];
    const prev = i > 0 ? ws[i - 1] : null;
    const next = j + 1 < ws.length ? ws[j + 1] : null;
    // "the" and a name mid-sentence, in title case, not the opening of a longer name a rule has taken.
    const afterThe =
      prev !== null && prev.raw === "the" && !prev.initial && /^[ \t]+$/.test(text.slice(prev.end, w.start)) && names.every((x) => /\p{Ll}/u.test(x.raw)) &&
      !(next && next.capital && GAP.test(text.slice(ws[j].end, next.start)));
    if (odd.length > 0) {
      // From the first word that is not ordinary to the end of the run: "Scarborough", "Derby and Burton".
      // A site's or a body's noun takes the words of its name before it: "the General Infirmary".
      let from = run.indexOf(odd[0]);
      if (SITE_NOUNS.has(odd[0].key) || BODY_ENDS.has(odd[0].key)) while (from > 0 && !OPENERS.has(run[from - 1].key) && !run[from - 1].initial) from--;
      const first = run[from];
      const kind: NetFlagKind = odd.some(surname)
        ? "person"
        : BODY_ENDS.has(last.key)
          ? "organisation"
          : NUMBERED_SITE_WORDS.has(run[Math.max(0, from - 1)].key) || afterThe
            ? "place"
            : names.length >= 2 && names.length <= 4 && names.every((x) => x.capital && !x.mixed)
              ? "person"
              : "other";
      // A numbered ward takes its site word: "Ward C31", not "C31".
      const at = first.mixed && from > 0 && NUMBERED_SITE_WORDS.has(run[from - 1].key) ? from - 1 : from;
      push(i + at, j, kind, "a capitalised name no rule placed (the last pass)");
    } else if (afterThe && !SELF_NOUNS.has(last.key) && !names.every((x) => REGION.has(x.key)) && names.every((x) => x.capital)) {
      // "the District", "the Royal", "the Treatment Centre": an ordinary noun used as a name.
      push(i, j, "place", "“the” and an ordinary word used as a name (the last pass)");
    } else if (names.length >= 2 && BODY_ENDS.has(last.key) && !names.slice(0, -1).every((x) => BODY_DESCRIPTION.has(x.key) || BODY_ENDS.has(x.key))) {
      // "Health and Care Trust": a body named by ordinary words.
      push(i, j, "organisation", "a body named by ordinary words (the last pass)");
    } else if (prev !== null && prev.raw === "at" && /^[ \t]+$/.test(text.slice(prev.end, w.start)) && !w.initial && i === j && w.capital && /\p{Ll}/u.test(w.raw) && !ordinary(w.key) && !OPENERS.has(w.key) && lower.has(w.key)) {
      // "The staff side at Combined": after "at", a word the text also writes in lower case names where.
      push(i, j, "place", "a word used as a name after “at” (the last pass)");
    }
    i = j;
  }
  return widened.length === 0 ? out : [...out, ...widened].sort((a, b) => a.start - b.start);
}
