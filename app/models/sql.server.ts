// Small SQL pieces shared by models, in Kysely's portable subset (LIKE ... ESCAPE works in SQLite and PostgreSQL).
import { sql, type Expression, type RawBuilder, type SqlBool } from "kysely";

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
