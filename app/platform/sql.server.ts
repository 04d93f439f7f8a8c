// Small SQL pieces shared by models, in Kysely's portable subset (LIKE ... ESCAPE works in SQLite and PostgreSQL).
import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool, type Transaction } from "kysely";
import type { Database } from "../../db/schema";

/** Escapes LIKE's wildcards so that a search for "50%" means the text "50%". */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Case-insensitive "column contains term", with the term taken as plain text. Both sides go through
 * lower(), which is Unicode-aware (see openDatabase), so accented capitals match too.
 */
export function likeContains(column: Expression<string | null>, term: string): RawBuilder<SqlBool> {
  const pattern = `%${escapeLike(term)}%`;
  return sql<SqlBool>`lower(${column}) like lower(${pattern}) escape '\\'`;
}

/** Runs fn in the caller's transaction if there is one, else in a new one: so verbs compose. */
export async function inTransaction<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db as Transaction<Database>) : db.transaction().execute(fn);
}
