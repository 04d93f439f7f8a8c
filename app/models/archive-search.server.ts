// Full-text search of the archive. SQLite's FTS5 lives here and only here: another database can
// replace this module (PostgreSQL: a tsvector column and ts_rank) without touching its callers.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { CASE_STUDY_SECTIONS, type ArchiveEntryFields } from "~/domain/archive";
import { ftsQuery, MATCH_END, MATCH_START, searchTerms } from "~/domain/search-query";

type Indexable = Pick<ArchiveEntryFields, "organisation_name" | "title" | "summary"> &
  Partial<ArchiveEntryFields> & { id: number };

function bodyOf(entry: Partial<ArchiveEntryFields>): string {
  return [...CASE_STUDY_SECTIONS.map((s) => entry[s.key]), (entry.themes ?? []).join(" ")].filter(Boolean).join("\n\n");
}

/** Puts an entry's current text in the index (call inside the transaction that changes it). */
export async function indexArchiveEntry(db: Kysely<Database> | Transaction<Database>, entry: Indexable): Promise<void> {
  // The index row's rowid is the entry's id: finding it again is a key lookup, not a scan.
  await sql`delete from archive_search where rowid = ${entry.id}`.execute(db);
  await sql`insert into archive_search (rowid, entry_id, title, organisation, summary, body)
    values (${entry.id}, ${entry.id}, ${entry.title ?? ""}, ${entry.organisation_name}, ${entry.summary ?? ""}, ${bodyOf(entry)})`.execute(db);
}

export type SearchHit = { entryId: number; title: string; organisation: string; snippet: string };

/**
 * Entries matching every word searched for, best first (bm25, with title and organisation weighted
 * above the body). Matches are wrapped in MATCH_START/MATCH_END. Any input at all is safe here.
 * The best rows are chosen first and only they are highlighted: SQLite would otherwise build a
 * highlight and a snippet for every match before sorting.
 */
export async function searchArchive(db: Kysely<Database>, input: string, { limit = 50 } = {}): Promise<SearchHit[]> {
  const all = await runSearch(db, ftsQuery(input, "all"), limit);
  // Nothing has every word: then entries with any of them, best first, rather than nothing at all.
  if (all.length === 0 && searchTerms(input).length > 1) return runSearch(db, ftsQuery(input, "any"), limit);
  return all;
}

async function runSearch(db: Kysely<Database>, match: string | null, limit: number): Promise<SearchHit[]> {
  if (!match) return [];
  const { rows } = await sql<{ entry_id: number; title: string; organisation: string; summary: string; body: string }>`
    select entry_id,
      highlight(archive_search, 1, ${MATCH_START}, ${MATCH_END}) as title,
      highlight(archive_search, 2, ${MATCH_START}, ${MATCH_END}) as organisation,
      snippet(archive_search, 3, ${MATCH_START}, ${MATCH_END}, '…', 24) as summary,
      snippet(archive_search, 4, ${MATCH_START}, ${MATCH_END}, '…', 24) as body
    from archive_search
    where archive_search match ${match}
      and rowid in (
        select rowid from archive_search where archive_search match ${match}
        order by bm25(archive_search, 0, 8, 6, 3, 1) limit ${limit}
      )
    order by bm25(archive_search, 0, 8, 6, 3, 1)`.execute(db);
  // The snippet comes from the summary or the case study, whichever matched (the title is shown anyway).
  const snippetOf = (r: { summary: string; body: string }) =>
    r.body.includes(MATCH_START) ? r.body : r.summary.includes(MATCH_START) || !r.body ? r.summary : r.body;
  return rows.map((r) => ({ entryId: Number(r.entry_id), title: r.title, organisation: r.organisation, snippet: snippetOf(r) }));
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
