// The few places where SQLite and PostgreSQL need different SQL, for migrations and models alike.
// Everything else stays in Kysely's portable subset (decision 003); a query that needs one of these
// asks here rather than testing the database itself.
import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Expression, type Kysely, type RawBuilder } from "kysely";

/** Whether this Kysely handle (or transaction) talks to PostgreSQL. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * An integer id that the database numbers itself: SQLite's `integer primary key autoincrement`
 * (never reusing a deleted row's id), PostgreSQL's identity column (the standard's form of the same).
 * Ids given explicitly (the archive's state row, tests) are accepted by both.
 */
export function identity(db: Kysely<any>) {
  return (c: ColumnDefinitionBuilder) => (isPostgres(db) ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement());
}

/** The values of one column of a group joined by commas: SQLite's group_concat, PostgreSQL's string_agg. */
export function joinedByCommas(db: Kysely<any>, column: Expression<unknown> | RawBuilder<unknown>): RawBuilder<string> {
  return isPostgres(db) ? sql<string>`string_agg(${column}::text, ',')` : sql<string>`group_concat(${column})`;
}

/** A text field of a JSON object stored as text: json_extract on SQLite, the ->> operator on PostgreSQL. */
export function jsonText(db: Kysely<any>, column: string, field: string): RawBuilder<string | null> {
  return isPostgres(db) ? sql<string | null>`(${sql.ref(column)}::json ->> ${field})` : sql<string | null>`json_extract(${sql.ref(column)}, ${"$." + field})`;
}
