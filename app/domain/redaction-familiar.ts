// Familiar forms of a person on record's given name that no table holds and that the text writes with
// no quotes and no cue (issue 11, decision 035, session 10): "Zuzka" for Zuzana, "Krzysiek" and
// "Krissy" for Krzysztof, "Bartek" for Bartosz, "Harps" for Harpreet, "Auntie Marcia".
//
// A familiar form is, in every language the entries are written in, an opening of the name and a
// short ending: Slavic -ka, -ek, -sia; English -y, -ie, -s; Punjabi and Yoruba forms cut after the
// first syllables. So a capitalised word is taken for a person on record when it opens with the
// first three or more letters of their given name (or of a nickname of it) and has at most three
// letters after that opening, or is the given name with a diminutive ending. Spelling is compared
// loosely, as people write a name they hear: "rz", "sz", "cz" as "r", "s", "c", "y" as "i", a double
// letter as one ("Krissy" for Krzysztof). Whether the word is an ordinary word, a place or a
// national term is the redactor's to say: it passes the words it would never hide as `skip`.
// Pure: text and names in, keys of the words found out.

/** A name's letters as they sound rather than as each language spells them. */
export function nameSkeleton(key: string): string {
  return key
    .replace(/ph/g, "f")
    .replace(/([rsc])z/g, "$1")
    .replace(/ck/g, "k")
    .replace(/y/g, "i")
    .replace(/(.)\1+/g, "$1");
}

// Endings that make a familiar form of a short name: "Ewka" for Ewa, "Olka" for Ola, "Annie" for Ann.
const DIMINUTIVE_ENDINGS = new Set("ka ek ko ke ik ie y i sia unia usia cia nia sha ita ito ina chen".split(" "));

// Letters a familiar form may add after the opening it shares with the name.
const MAX_ENDING = 3;
// Letters of the name (or nickname) the form must open with.
const MIN_OPENING = 3;

/** Whether `word` (a folded key) is a familiar form of the given name `given` (a folded key). */
export function isFamiliarFormOf(word: string, given: string): boolean {
  if (word === given || word.length < 4 || given.length < 3 || word[0] !== given[0]) return false;
  return familiarBySkeleton(word, nameSkeleton(word), given, nameSkeleton(given));
}

/** isFamiliarFormOf, with both skeletons made once by the caller (a text's words against many names). */
function familiarBySkeleton(word: string, a: string, given: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  if (given.length >= 4 && shared >= MIN_OPENING && a.length - shared <= MAX_ENDING) return true;
  // The first two letters with the second doubled, and -y or -ie: "Immy" for Imran, "Ellie" for Elena.
  if (!/[aeiouy]/.test(given[1]) && (word === given.slice(0, 2) + given[1] + "y" || word === given.slice(0, 2) + given[1] + "ie")) return true;
  // A short name with a diminutive ending in place of its last vowel: "Ewka" for Ewa.
  const stem = given.replace(/[aeiouy]+$/, "");
  return stem.length >= 2 && word.startsWith(stem) && DIMINUTIVE_ENDINGS.has(word.slice(stem.length));
}

/** A capitalised word, as a name is written. */
const NAME_SHAPED = /^\p{Lu}\p{Ll}{3,}$/u;

/**
 * The familiar forms of the given names (folded keys) among the words of `text` (the redactor's
 * tokens: each word's letters, without a possessive's, and where it starts), as keys. `fold` is the redactor's folding of a
 * word to its key; `skip(key, raw, at)` says the word at `at` is one the redactor never takes for a
 * person (an ordinary word, a place, a national term, a word of another organisation's name).
 */
export function familiarFormsIn(
  text: string,
  words: readonly { raw: string; start: number; possRaw?: string | null }[],
  givenNames: readonly string[],
  fold: (word: string) => string,
  skip: (key: string, raw: string, at: number) => boolean,
): string[][] {
  if (givenNames.length === 0) return [];
  // The names by their first letter, each with its skeleton, made once for the text.
  const byInitial = new Map<string, { given: string; skeleton: string }[]>();
  for (const given of new Set(givenNames)) {
    if (given.length < 3) continue;
    const list = byInitial.get(given[0]);
    const entry = { given, skeleton: nameSkeleton(given) };
    if (list) list.push(entry);
    else byInitial.set(given[0], [entry]);
  }
  const names = new Set(givenNames);
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const word of words) {
    // A possessive's word without its "’s": "Tobes’s" is "Tobes".
    const raw = word.possRaw ?? word.raw;
    const start = word.start;
    if (!NAME_SHAPED.test(raw)) continue;
    const key = fold(raw);
    const candidates = byInitial.get(key[0]);
    if (seen.has(key) || !candidates) continue;
    seen.add(key);
    // "the Marsden", "the Christie": a site's nickname, not a person's.
    if (/\bthe[ \t\n]+$/i.test(text.slice(Math.max(0, start - 5), start))) continue;
    if (names.has(key) || key.length < 4) continue;
    const skeleton = nameSkeleton(key);
    if (!candidates.some((c) => familiarBySkeleton(key, skeleton, c.given, c.skeleton))) continue;
    if (skip(key, raw, start)) continue;
    out.push([key]);
  }
  return out;
}

// Words of address written before a first name, as a team writes of someone they are fond of:
// "Auntie Marcia", "Uncle Kwame", "Big Dave".
const ADDRESS = /(?:^|[^\p{L}\p{N}])((?:Auntie|Aunty|Aunt|Uncle|Nana|Nanna|Nan|Granny|Grandad|Grandma|Grandpa|Mama|Papa|Big|Little)[ \t]+)$/u;

/** Where a person's hit starting at `start` begins once a word of address before it is taken in. */
export function startWithAddress(text: string, start: number): number {
  const m = ADDRESS.exec(text.slice(Math.max(0, start - 12), start));
  return m ? start - m[1].length : start;
}

// Words of address written after a first name, as South Asian and other colleagues write them:
// "Shahana Apa", "Raj Bhai", "Kamala Ji", "Priya Didi".
const ADDRESS_AFTER = /^[ \t]+(?:Apa|Aapa|Baji|Bhai|Bhaiya|Bhaji|Didi|Ji|Jee|Behen|Dada)(?![\p{L}\p{N}])/u;

/** Where a person's hit ending at `end` ends once a word of address after it is taken in. */
export function endWithAddress(text: string, end: number): number {
  const m = ADDRESS_AFTER.exec(text.slice(end, end + 12));
  return m ? end + m[0].length : end;
}
