// The words the archive's full-text index holds, each once, so that a searched word can be looked for
// as the whole words that start with it rather than as an FTS5 prefix query, which reads every match
// of a common word before it can skip along a rare one's (issue 17, decision 036). SQLite only:
// PostgreSQL's GIN index answers prefixes itself. Filled from FTS5's own list of its words, so the
// words are exactly as its tokenizer made them; app/models/archive-search.server.ts keeps it up to
// date as entries are indexed.
import { sql, type Kysely } from "kysely";
import { isPostgres } from "../portable";

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`create table archive_search_terms (term text primary key) without rowid`.execute(db);
  await sql`create virtual table temp.archive_search_vocabulary using fts5vocab(main, archive_search, row)`.execute(db);
  await sql`insert into archive_search_terms (term) select term from temp.archive_search_vocabulary`.execute(db);
  await sql`drop table temp.archive_search_vocabulary`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists archive_search_terms`.execute(db);
}
