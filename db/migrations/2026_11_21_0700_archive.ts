// The public archive: award years, published entries (winners, highly commended, finalists) with
// their case-study sections, themes and versions, the revision that public pages' ETags follow, and
// the full-text index. The index is an FTS5 table: SQLite only, used only by app/models/archive-search.server.ts.
import { sql, type Kysely } from "kysely";
import { identity, isPostgres } from "../portable";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("award_years")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("ceremony_date", "text")
    .addColumn("ceremony_place", "text")
    .addColumn("notes", "text")
    .addColumn("source_note", "text")
    .addColumn("source_url", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("archive_entries")
    .addColumn("id", "integer", identity(db))
    .addColumn("year", "integer", (c) => c.notNull().references("award_years.year"))
    .addColumn("organisation_name", "text", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("summary", "text")
    .addColumn("about_organisation", "text")
    .addColumn("challenge", "text")
    .addColumn("partnership_work", "text")
    .addColumn("outcomes", "text")
    .addColumn("key_achievement", "text")
    .addColumn("top_tips", "text")
    .addColumn("further_information", "text")
    .addColumn("region", "text")
    .addColumn("organisation_type", "text")
    .addColumn("source_note", "text")
    .addColumn("source_url", "text")
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "integer", (c) => c.references("users.id"))
    .addUniqueConstraint("archive_entries_year_slug", ["year", "slug"])
    .execute();
  await db.schema.createIndex("archive_entries_year_idx").on("archive_entries").column("year").execute();

  await db.schema
    .createTable("archive_entry_themes")
    .addColumn("entry_id", "integer", (c) => c.notNull().references("archive_entries.id").onDelete("cascade"))
    .addColumn("theme", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("archive_entry_themes_pk", ["entry_id", "theme"])
    .execute();
  await db.schema.createIndex("archive_entry_themes_theme_idx").on("archive_entry_themes").column("theme").execute();

  await db.schema
    .createTable("archive_entry_versions")
    .addColumn("id", "integer", identity(db))
    .addColumn("entry_id", "integer", (c) => c.notNull().references("archive_entries.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("snapshot", "text", (c) => c.notNull())
    .addColumn("changed_by", "integer", (c) => c.references("users.id"))
    .addColumn("changed_at", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addUniqueConstraint("archive_entry_versions_unique", ["entry_id", "version"])
    .execute();

  await db.schema
    .createTable("archive_state")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.insertInto("archive_state").values({ id: 1, revision: 1, updated_at: new Date().toISOString() }).execute();

  if (isPostgres(db)) {
    // PostgreSQL's counterpart of the FTS5 table (app/models/archive-search.server.ts fills both).
    await sql`create table archive_search (
      entry_id integer primary key, title text not null, organisation text not null,
      summary text not null, body text not null, document tsvector not null
    )`.execute(db);
    await sql`create index archive_search_document_idx on archive_search using gin (document)`.execute(db);
    return;
  }
  await sql`create virtual table archive_search using fts5(
    entry_id unindexed, title, organisation, summary, body,
    tokenize = 'unicode61 remove_diacritics 2'
  )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists archive_search`.execute(db);
  for (const t of ["archive_state", "archive_entry_versions", "archive_entry_themes", "archive_entries", "award_years"]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
