// Full-text search of the archive. The full-text index lives here and only here: SQLite's FTS5
// table, or on PostgreSQL a table with a weighted tsvector and a GIN index (decision 040). Callers see
// one module; both give every word as a prefix, title and organisation ranked above the body, and
// take any input safely.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { isPostgres } from "../../db/portable";
import { CASE_STUDY_SECTIONS, type ArchiveEntryFields } from "~/domain/archive";
import { foldedWords, ftsQuery, markMatches, searchTerms, snippetAround, tsQuery } from "~/domain/search-query";

type Indexable = Pick<ArchiveEntryFields, "organisation_name" | "title" | "summary"> &
  Partial<ArchiveEntryFields> & { id: number };

function bodyOf(entry: Partial<ArchiveEntryFields>): string {
  return [...CASE_STUDY_SECTIONS.map((s) => entry[s.key]), (entry.themes ?? []).join(" ")].filter(Boolean).join("\n\n");
}

/** Puts an entry's current text in the index (call inside the transaction that changes it). */
export async function indexArchiveEntry(db: Kysely<Database> | Transaction<Database>, entry: Indexable): Promise<void> {
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
  await sql`insert into archive_search (rowid, entry_id, title, organisation, summary, body)
    values (${entry.id}, ${entry.id}, ${entry.title ?? ""}, ${entry.organisation_name}, ${entry.summary ?? ""}, ${bodyOf(entry)})`.execute(db);
}

export type SearchHit = { entryId: number; title: string; organisation: string; snippet: string };

/**
 * Entries matching every word searched for, best first (bm25, with title and organisation weighted
 * above the body). Matches are wrapped in MATCH_START/MATCH_END. Any input at all is safe here.
 */
export async function searchArchive(db: Kysely<Database>, input: string, { limit = 20 } = {}): Promise<SearchHit[]> {
  return (await searchArchiveWithTotal(db, input, { limit })).hits;
}

/** The best `limit` hits, highlighted, and how many entries match in all. */
export async function searchArchiveWithTotal(
  db: Kysely<Database>,
  input: string,
  { limit = 20 } = {},
): Promise<{ hits: SearchHit[]; total: number }> {
  for (const mode of ["all", "any"] as const) {
    // Nothing has every word: then entries with any of them, best first, rather than nothing at all.
    if (mode === "any" && searchTerms(input).length < 2) break;
    const match = isPostgres(db) ? tsQuery(input, mode) : ftsQuery(input, mode);
    if (!match) break;
    const hits = await runSearch(db, match, limit, searchTerms(input));
    if (hits.length > 0) {
      const total = hits.length < limit ? hits.length : await countMatches(db, match);
      return { hits, total };
    }
  }
  return { hits: [], total: 0 };
}

async function countMatches(db: Kysely<Database>, match: string): Promise<number> {
  if (isPostgres(db)) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from archive_search where document @@ to_tsquery('simple', ${match})`.execute(db);
    return Number(rows[0].n);
  }
  const { rows } = await sql<{ n: number }>`select count(*) as n from archive_search where archive_search match ${match}`.execute(db);
  return Number(rows[0].n);
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
    for (const e of entries) await indexArchiveEntry(trx, e);
  });
}

export async function countIndexed(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from archive_search`.execute(db);
  return Number(rows[0].n);
}
