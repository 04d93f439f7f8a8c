// Importing the archive's history from a CSV file, all or nothing: every row is checked first
// (app/domain/archive-import.ts), then all are written in one transaction. A row that matches an
// entry already published (same year, organisation and result) updates it as a new version, so the
// same file imported twice changes nothing the second time.
import type { Kysely } from "kysely";
import type { ArchiveResult, Database } from "../../db/schema";
import { entryKey, readArchiveCsv, type ImportProblem, type ImportRow } from "~/domain/archive-import";
import { secondWinnerProblem, type YearEntry } from "~/domain/archive-rules";
import { createArchiveEntry, updateArchiveEntry } from "./archive.server";
import { recordAudit } from "./audit.server";
import { inTransaction } from "~/platform/sql.server";
import type { Outcome, Refusal } from "~/domain/outcome";

export type ImportCounts = { created: number; updated: number; unchanged: number };

/** The file refused: how many problems, and each with its line and column, for the page to list. */
export type ImportRefusal = Refusal & { problems: ImportProblem[] };
export type ImportOutcome = Outcome<ImportCounts, ImportRefusal>;

function importRefusal(problems: ImportProblem[]): ImportRefusal {
  const n = problems.length;
  return { ok: false, problem: `Nothing was imported: the file has ${n === 1 ? "a problem" : `${n} problems`}`, problems };
}

export const IMPORT_NOTE = "Imported from a CSV file";

type Stored = { id: number; year: number; organisation_name: string; result: ArchiveResult };

/**
 * Publishes or updates every row in one transaction, with one "archive.imported" audit entry that
 * counts them. Rows that would break the archive's rules against what is already published (a second
 * winner of a year) are reported with their lines and nothing is written; so is any failure.
 */
export async function importArchiveRows(db: Kysely<Database>, rows: readonly ImportRow[], actorUserId: number | null): Promise<ImportOutcome> {
  return inTransaction(db, async (trx) => {
    const years = [...new Set(rows.map((r) => r.fields.year))];
    const stored: Stored[] = years.length
      ? await trx.selectFrom("archive_entries").select(["id", "year", "organisation_name", "result"]).where("year", "in", years).orderBy("id").execute()
      : [];
    // Which published entry each row is: the same year, result and organisation (in any case).
    const matches = rows.map((row) => stored.find((e) => entryKey(e) === entryKey(row.fields)) ?? null);

    const problems = secondWinnerProblems(rows, matches, stored);
    if (problems.length) return importRefusal(problems);

    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
    for (const [i, row] of rows.entries()) {
      const existing = matches[i];
      if (existing) {
        const saved = await updateArchiveEntry(trx, existing.id, { fields: row.fields, actorUserId, note: IMPORT_NOTE });
        if (saved?.changed) counts.updated++;
        else counts.unchanged++;
      } else {
        await createArchiveEntry(trx, { fields: row.fields, origin: "import", actorUserId, publishedAt: row.publishedAt ?? undefined, note: IMPORT_NOTE });
        counts.created++;
      }
    }
    await recordAudit(trx, { actorUserId, action: "archive.imported", target: null, details: { rows: rows.length, ...counts } });
    return { ok: true, ...counts };
  });
}

/**
 * A year has one winner. Each winner in the file is checked against the year's published entries
 * that the file leaves as they are and the rows above it, so that of two rival rows the later is the
 * one reported.
 */
function secondWinnerProblems(rows: readonly ImportRow[], matches: readonly (Stored | null)[], stored: readonly Stored[]): ImportProblem[] {
  const replaced = new Set(matches.filter((m): m is Stored => m !== null).map((m) => m.id));
  const untouched = stored.filter((e) => !replaced.has(e.id));
  const problems: ImportProblem[] = [];
  rows.forEach((row, i) => {
    const { fields } = row;
    // Rows not yet written have no id: a negative one keeps them apart from stored entries.
    const above: YearEntry[] = rows
      .slice(0, i)
      .flatMap((r, j) => (r.fields.year === fields.year ? [{ id: -1 - j, organisation_name: r.fields.organisation_name, result: r.fields.result }] : []));
    const sameYear: YearEntry[] = [...untouched.filter((e) => e.year === fields.year), ...above];
    const problem = secondWinnerProblem({ id: null, year: fields.year, result: fields.result }, sameYear);
    if (problem) problems.push({ line: row.line, column: "result", message: problem });
  });
  return problems;
}

/** Checks a file's text and, when every row is right, imports it. */
export async function importArchiveCsv(db: Kysely<Database>, text: string, actorUserId: number | null): Promise<ImportOutcome> {
  const reading = readArchiveCsv(text);
  if (!reading.ok) return importRefusal(reading.problems);
  return importArchiveRows(db, reading.rows, actorUserId);
}
