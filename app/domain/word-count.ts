// Counting words, the one way the browser's live counts and the server's limits both use.
//
// A word is a run of characters between spaces or line breaks that holds at least one letter or
// digit. So:
// - hyphenated words count once: "well-being", "staff-side", "co-produced" = 1 each;
// - numbers are words: "2026", "3,000", "15%" and "£1.2m" are 1 each;
// - apostrophes stay inside words: "trust's", "don't" = 1 each;
// - a slash joins: "and/or" = 1; a dash between spaces ("a – b") is not a word;
// - punctuation, symbols and emoji on their own ("&", "—", "🙂") are not words;
// - line breaks and tabs separate words like spaces do.
const WORD = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) if (WORD.test(token)) count++;
  return count;
}

export type WordLimitProblem = { over: number } | null;

/** How far over its limit a text is, or null when within it. */
export function overLimit(text: string, limit: number | null): WordLimitProblem {
  if (limit === null) return null;
  const n = countWords(text);
  return n > limit ? { over: n - limit } : null;
}
