// Full-text search of the archive. The full-text index lives here and only here: SQLite's FTS5
// table, or on PostgreSQL a table with a weighted tsvector and a GIN index (decision 040). Callers see
// one module; both give every word as a prefix (a number whole), title and organisation ranked above
// the body, and take any input safely. On SQLite a word is looked for as the index's words that start
// with it, listed in archive_search_terms, which is kept here too.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { isPostgres } from "../../db/portable";
import { CASE_STUDY_SECTIONS, type ArchiveEntryFields } from "~/domain/archive";
import { asciiPrefixRange, foldedWords, ftsMatch, isNumber, markMatches, MOST_SEARCH_MATCHES_COUNTED, searchTerms, snippetAround, tsQuery, type WordMatch } from "~/domain/search-query";

type Indexable = Pick<ArchiveEntryFields, "organisation_name" | "title" | "summary"> &
  Partial<ArchiveEntryFields> & { id: number };

function bodyOf(entry: Partial<ArchiveEntryFields>): string {
  return [...CASE_STUDY_SECTIONS.map((s) => entry[s.key]), (entry.themes ?? []).join(" ")].filter(Boolean).join("\n\n");
}

/** Puts an entry's current text in the index (call inside the transaction that changes it). */
export async function indexArchiveEntry(db: Kysely<Database> | Transaction<Database>, entry: Indexable): Promise<void> {
  await indexEntry(db, entry, { words: true });
}

async function indexEntry(db: Kysely<Database> | Transaction<Database>, entry: Indexable, { words }: { words: boolean }): Promise<void> {
  if (isPostgres(db)) {
    const body = bodyOf(entry);
    await sql`delete from archive_search where entry_id = ${entry.id}`.execute(db);
    await sql`insert into archive_search (entry_id, title, organisation, summary, body, document)
      values (${entry.id}, ${entry.title ?? ""}, ${entry.organisation_name}, ${entry.summary ?? ""}, ${body},
        setweight(to_tsvector('simple', ${foldedWords(entry.title ?? "")}), 'A') ||
        setweight(to_tsvector('simple', ${foldedWords(entry.organisation_name)}), 'B') ||
        setweight(to_tsvector('simple', ${foldedWords(entry.summary ?? "")}), 'C') ||
        setweight(to_tsvector('simple', ${foldedWords(body)}), 'D'))`.execute(db);
    return;
  }
  // The index row's rowid is the entry's id: finding it again is a key lookup, not a scan.
  await sql`delete from archive_search where rowid = ${entry.id}`.execute(db);
  const body = bodyOf(entry);
  await sql`insert into archive_search (rowid, entry_id, title, organisation, summary, body)
    values (${entry.id}, ${entry.id}, ${entry.title ?? ""}, ${entry.organisation_name}, ${entry.summary ?? ""}, ${body})`.execute(db);
  if (words) await addIndexedWords(db, [entry.title ?? "", entry.organisation_name, entry.summary ?? "", body].join("\n"));
}

/**
 * Adds the text's words to the index's list of words (archive_search_terms), as FTS5's tokenizer makes
 * them: the text goes through a scratch FTS5 table of this connection with the index's tokenizer,
 * whose own list of words is copied. A word an edit removed stays listed; searching for it as one of
 * a prefix's words then finds nothing more.
 */
async function addIndexedWords(db: Kysely<Database> | Transaction<Database>, text: string): Promise<void> {
  await sql`create virtual table if not exists temp.archive_search_scratch using fts5(text, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  await sql`create virtual table if not exists temp.archive_search_scratch_words using fts5vocab(temp, archive_search_scratch, row)`.execute(db);
  await sql`delete from temp.archive_search_scratch`.execute(db);
  await sql`insert into temp.archive_search_scratch (text) values (${text})`.execute(db);
  await sql`insert or ignore into archive_search_terms (term) select term from temp.archive_search_scratch_words`.execute(db);
}

/** More words than this starting with a searched word, and it is left to FTS5 as a prefix. */
const MOST_WORDS_PER_PREFIX = 32;

/**
 * How each searched word is looked for (SQLite): a number whole; a word the index folds as ASCII as the
 * index's own words that start with it, so that FTS5 can skip along each word's list as it does for
 * whole words, where a prefix query reads every match of a common word first (3.5 ms for the award's
 * common words at 100,000 case studies, and as much again for bm25; listed, 0.1–0.6 ms); any other word,
 * or one with too many words starting with it, as FTS5's prefix. `absent` when the index holds no
 * such word at all, so that no entry can have it.
 */
async function wordMatches(db: Kysely<Database>, terms: string[]): Promise<{ match: WordMatch; absent: boolean }[]> {
  const lookups = terms.map((term, i) => {
    if (isNumber(term)) return { i, term, query: sql`select ${i} as i, term from archive_search_terms where term = ${term}` };
    const range = asciiPrefixRange(term);
    if (!range) return { i, term, query: null };
    return {
      i,
      term,
      query: sql`select * from (select ${i} as i, term from archive_search_terms where term >= ${range.from} and term < ${range.to} order by term limit ${MOST_WORDS_PER_PREFIX + 1})`,
    };
  });
  const queries = lookups.flatMap((l) => (l.query ? [l.query] : []));
  const found = new Map<number, string[]>();
  if (queries.length > 0) {
    const { rows } = await sql<{ i: number; term: string }>`${sql.join(queries, sql` union all `)}`.execute(db);
    for (const r of rows) found.set(Number(r.i), [...(found.get(Number(r.i)) ?? []), r.term]);
  }
  return lookups.map(({ i, term, query }) => {
    if (!query) return { match: { prefix: term }, absent: false };
    const words = found.get(i) ?? [];
    if (isNumber(term)) return { match: { whole: term }, absent: words.length === 0 };
    if (words.length > MOST_WORDS_PER_PREFIX) return { match: { prefix: term }, absent: false };
    return { match: { anyOf: words }, absent: words.length === 0 };
  });
}

export type SearchHit = { entryId: number; title: string; organisation: string; snippet: string };

/**
 * Entries matching every word searched for, best first (bm25, with title and organisation weighted
 * above the body). Matches are wrapped in MATCH_START/MATCH_END. Any input at all is safe here.
 */
export async function searchArchive(db: Kysely<Database>, input: string, { limit = 20 } = {}): Promise<SearchHit[]> {
  return (await searchArchiveWithTotal(db, input, { limit })).hits;
}

/** The best `limit` hits, highlighted, and how many entries match in all (above MOST_SEARCH_MATCHES_COUNTED: one more). */
export async function searchArchiveWithTotal(
  db: Kysely<Database>,
  input: string,
  { limit = 20 } = {},
): Promise<{ hits: SearchHit[]; total: number }> {
  const terms = searchTerms(input);
  if (!isPostgres(db)) return searchSqlite(db, terms, limit);
  for (const mode of ["all", "any"] as const) {
    // Nothing has every word: then entries with any of them, best first, rather than nothing at all.
    if (mode === "any" && terms.length < 2) break;
    const match = tsQuery(input, mode);
    if (!match) break;
    const found = await rankedWithTotal(db, match, limit, terms);
    if (found) return found;
  }
  return { hits: [], total: 0 };
}

async function rankedWithTotal(db: Kysely<Database>, match: string, limit: number, terms: string[]): Promise<{ hits: SearchHit[]; total: number } | null> {
  const hits = await runSearch(db, match, limit, terms);
  if (hits.length === 0) return null;
  return { hits, total: hits.length < limit ? hits.length : await countMatches(db, match) };
}

/** Most entries bm25 ranks for a search that falls back from every word to fewer. */
const MOST_RANKED_IN_FALLBACK = 1000;

/**
 * SQLite: entries with every word the index holds (a word it holds nowhere is in no entry). When none
 * has them all: entries with any of them, best first, where at most 1,000 entries have one; where more
 * do (a common word beside a rare one), ranking them all costs as much as the archive is large (37 ms
 * at 100,000), so instead entries with all but the commonest word, then all but the two commonest, and
 * so on: the entries with most of the words, the rarer ones kept.
 */
async function searchSqlite(db: Kysely<Database>, terms: string[], limit: number): Promise<{ hits: SearchHit[]; total: number }> {
  const found = (await wordMatches(db, terms)).map((w, i) => ({ ...w, term: terms[i] })).filter((w) => !w.absent);
  const words = found.map((w) => w.match);
  // The same words as FTS5's prefixes, for ranking: bm25 scores a prefix as one term, where the words
  // listed for it would each be scored on its own, a rare one ("tolerance" for "to") outweighing the
  // rest; the entries matched are the same.
  const asPrefixes = found.map((w): WordMatch => ("anyOf" in w.match ? { prefix: w.term } : w.match));
  const every = ftsMatch(words, "all");
  if (!every) return { hits: [], total: 0 };
  const all = await rankedSqlite(db, every, ftsMatch(asPrefixes, "all")!, limit, terms);
  if (all || words.length < 2) return all ?? { hits: [], total: 0 };
  const any = ftsMatch(words, "any")!;
  if ((await countUpTo(db, any, MOST_RANKED_IN_FALLBACK + 1)) <= MOST_RANKED_IN_FALLBACK) {
    return (await rankedSqlite(db, any, ftsMatch(asPrefixes, "any")!, limit, terms)) ?? { hits: [], total: 0 };
  }
  const entries = await Promise.all(words.map((w) => countUpTo(db, ftsMatch([w])!, MOST_RANKED_IN_FALLBACK + 1)));
  const rarestFirst = words.map((word, i) => ({ word, prefix: asPrefixes[i], entries: entries[i], i })).sort((a, b) => a.entries - b.entries || a.i - b.i);
  for (let kept = words.length - 1; kept >= 1; kept--) {
    const chosen = rarestFirst.slice(0, kept);
    const fewer = await rankedSqlite(db, ftsMatch(chosen.map((w) => w.word))!, ftsMatch(chosen.map((w) => w.prefix))!, limit, terms);
    if (fewer) return fewer;
  }
  return { hits: [], total: 0 };
}

/**
 * SQLite: the entries of `match`, counted (to one past MOST_SEARCH_MATCHES_COUNTED) and ranked. Up to
 * that many, they are ranked by `byPrefixes` (the same entries, the words as FTS5's prefixes: the
 * ranking visitors had before the words were listed); beyond it by `match`, whose listed words FTS5
 * can skip along where a prefix reads every match of a common word first.
 */
async function rankedSqlite(db: Kysely<Database>, match: string, byPrefixes: string, limit: number, terms: string[]): Promise<{ hits: SearchHit[]; total: number } | null> {
  const total = await countUpTo(db, match, MOST_SEARCH_MATCHES_COUNTED + 1);
  if (total === 0) return null;
  const hits = await runSearch(db, total <= MOST_SEARCH_MATCHES_COUNTED ? byPrefixes : match, limit, terms);
  return hits.length === 0 ? null : { hits, total };
}

/** How many entries match, counted no further than `most` (SQLite). */
async function countUpTo(db: Kysely<Database>, match: string, most: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from (select 1 from archive_search where archive_search match ${match} limit ${most})`.execute(db);
  return Number(rows[0].n);
}

/**
 * How many entries match, counted no further than one past MOST_SEARCH_MATCHES_COUNTED: a count of
 * every match of two common words costs 3.5–4.3 ms at 100,000 case studies, counting to 1,001 0.9 ms.
 */
async function countMatches(db: Kysely<Database>, match: string): Promise<number> {
  if (isPostgres(db)) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from (select 1 from archive_search where document @@ to_tsquery('simple', ${match}) limit ${MOST_SEARCH_MATCHES_COUNTED + 1}) as found`.execute(db);
    return Number(rows[0].n);
  }
  return countUpTo(db, match, MOST_SEARCH_MATCHES_COUNTED + 1);
}

async function runSearch(db: Kysely<Database>, match: string, limit: number, terms: string[]): Promise<SearchHit[]> {
  // Ranking is SQL's job; marking the matches is done here, on the few rows shown, which is much
  // cheaper than FTS5's highlight() and snippet() on long case studies.
  // Weights as FTS5's bm25 above: title 8, organisation 6, summary 3, body 1 (ts_rank takes them
  // D, C, B, A, scaled to 1).
  const postgres = isPostgres(db);
  const ranked = postgres
    ? await sql<{ id: number }>`
    select entry_id as id from archive_search where document @@ to_tsquery('simple', ${match})
    order by ts_rank('{0.125, 0.375, 0.75, 1}', document, to_tsquery('simple', ${match})) desc, entry_id limit ${limit}`.execute(db)
    : await sql<{ id: number }>`
    select rowid as id from archive_search where archive_search match ${match}
    order by bm25(archive_search, 0, 8, 6, 3, 1) limit ${limit}`.execute(db);
  const ids = ranked.rows.map((r) => Number(r.id));
  if (ids.length === 0) return [];
  const { rows } = postgres
    ? await sql<{ id: number; title: string; organisation: string; summary: string; body: string }>`
    select entry_id as id, title, organisation, summary, body from archive_search where entry_id in (${sql.join(ids)})`.execute(db)
    : await sql<{ id: number; title: string; organisation: string; summary: string; body: string }>`
    select rowid as id, title, organisation, summary, body from archive_search where rowid in (${sql.join(ids)})`.execute(db);
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        entryId: id,
        title: markMatches(r.title, terms),
        organisation: markMatches(r.organisation, terms),
        snippet: snippetAround(r.body, terms) ?? snippetAround(r.summary, terms) ?? "",
      },
    ];
  });
}

/** Rebuilds the whole index from the entries table (after an import, or if it was ever lost). */
export async function rebuildArchiveIndex(db: Kysely<Database>, load: () => Promise<Indexable[]>): Promise<void> {
  const entries = await load();
  await db.transaction().execute(async (trx) => {
    await sql`delete from archive_search`.execute(trx);
    for (const e of entries) await indexEntry(trx, e, { words: false });
    if (isPostgres(trx)) return;
    // The index's list of words, afresh from FTS5's own (one pass, where entry by entry doubled the time).
    await sql`delete from archive_search_terms`.execute(trx);
    await sql`create virtual table if not exists temp.archive_search_vocabulary using fts5vocab(main, archive_search, row)`.execute(trx);
    await sql`insert into archive_search_terms (term) select term from temp.archive_search_vocabulary`.execute(trx);
  });
}

export async function countIndexed(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from archive_search`.execute(db);
  return Number(rows[0].n);
}
