// Reading a CSV file of the archive's history: RFC 4180 parsing, then every row checked, with each
// problem tied to the line of the file where its row starts (the header is line 1). The columns are
// those of /winners.csv, so an export can be imported again. Nothing here touches the database; it
// uses zod, so only server code (actions, models, scripts) should import it (docs/decisions/001).
import { z } from "zod";
import { ARCHIVE_RESULTS, ORGANISATION_TYPES, type ArchiveResult, type OrganisationType } from "./vocabulary";
import { CASE_STUDY_SECTIONS, FIRST_AWARD_YEAR, type ArchiveEntryFields, type CaseStudySectionKey } from "./archive";
import { ARCHIVE_COLUMNS, type ArchiveColumnName } from "./archive-export";
import { restoreFormula } from "./csv";
import { hasSource, isArchiveYear, isSourceLink, LAST_ARCHIVE_YEAR, MAX_THEME_LENGTH, MAX_THEMES, themesFromText } from "./archive-rules";
import { REGIONS } from "./organisations";

export type ImportProblem = { line: number; column: string | null; message: string };

/** A row ready to import: where it was in the file, the entry's fields, and its original publication. */
export type ImportRow = { line: number; fields: ArchiveEntryFields; publishedAt: Date | null };

export type ImportReading = { ok: true; rows: ImportRow[] } | { ok: false; problems: ImportProblem[] };

// The same limits as the admin's entry form (app/request/admin-forms.server.ts).
export const MAX_ORGANISATION = 200;
export const MAX_TITLE = 300;
export const MAX_SUMMARY = 3000;
export const MAX_SECTION = 20_000;
export const MAX_SOURCE_NOTE = 300;
export const MAX_SOURCE_URL = 500;

const YEAR_MESSAGE = `Enter a year from ${FIRST_AWARD_YEAR} to ${LAST_ARCHIVE_YEAR}, like 2018`;

/** The columns a file must have; the others may be left out. */
export const REQUIRED_COLUMNS = ["year", "result", "organisation"] as const;

/** "Line 7, result: Choose winner, highly commended or finalist". */
export function describeProblem(problem: ImportProblem): string {
  return problem.column ? `Line ${problem.line}, ${problem.column}: ${problem.message}` : `Line ${problem.line}: ${problem.message}`;
}

// Decoding and parsing ----------------------------------------------------------------------------

/**
 * The file's text, or null when it is not UTF-8 (a spreadsheet's "CSV" in a Windows code page would
 * otherwise turn every accent into a replacement character without a word). A byte-order mark goes.
 */
export function decodeCsv(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export type CsvRecord = { line: number; cells: string[] };

/**
 * RFC 4180: fields separated by commas, records by CRLF (LF or CR alone are accepted too); a field in
 * double quotes may hold commas, line breaks and doubled quotes. Each record keeps the physical line
 * it starts on. Values are kept exactly as written, line breaks inside them included. Blank lines are
 * skipped.
 */
export function parseCsv(input: string): { records: CsvRecord[]; problems: ImportProblem[] } {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const problems: ImportProblem[] = [];
  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];
  let field = "";
  let i = 0;

  const endField = () => {
    cells.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    if (!(cells.length === 1 && cells[0] === "")) records.push({ line: recordLine, cells });
    cells = [];
  };
  /** Consumes a line break at i, if there is one; true when it did. */
  const lineBreak = (): boolean => {
    if (text[i] === "\r") {
      i += text[i + 1] === "\n" ? 2 : 1;
    } else if (text[i] === "\n") {
      i += 1;
    } else {
      return false;
    }
    line++;
    return true;
  };

  while (i < text.length) {
    if (text[i] === '"' && field === "") {
      // A quoted field: runs to the next quote that is not doubled.
      const startLine = line;
      i++;
      let closed = false;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (text[i] === "\r" || text[i] === "\n") {
          const start = i;
          lineBreak();
          field += text.slice(start, i);
          continue;
        }
        field += text[i++];
      }
      if (!closed) {
        problems.push({ line: startLine, column: null, message: "A value starts with a double quote that is never closed" });
        // The rest of the file is inside that value: there is no record to check.
        return { records, problems };
      }
      // After the closing quote only a comma or the end of the line may follow.
      if (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
        problems.push({
          line,
          column: null,
          message: 'A value in double quotes is followed by more text: put the whole value in quotes and double any quote inside it ("")',
        });
        while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") field += text[i++];
      }
      continue;
    }
    if (text[i] === ",") {
      endField();
      i++;
      continue;
    }
    if (lineBreak()) {
      endRecord();
      recordLine = line;
      continue;
    }
    field += text[i++];
  }
  if (field !== "" || cells.length > 0) endRecord();
  return { records, problems };
}

// Checking rows -------------------------------------------------------------------------------------

/** An optional text cell: trimmed, empty means not recorded (null). */
const optional = (max: number, label: string) =>
  z
    .string()
    .transform((v) => v.trim())
    .pipe(z.string().max(max, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`))
    .transform((v) => v || null);

const oneOfLoosely = <const T extends readonly string[]>(values: T, key: (v: string) => string, message: string) =>
  z
    .string()
    .transform((v) => v.trim())
    .transform((v, ctx) => {
      if (!v) return null;
      const found = values.find((value) => key(value) === key(v));
      if (found === undefined) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return found as T[number];
    });

/** "Highly commended", "highly-commended" and "HIGHLY_COMMENDED" all mean highly_commended. */
const resultKey = (v: string) => v.toLowerCase().replace(/[\s-]+/g, "_");
const plainKey = (v: string) => v.toLowerCase().replace(/[\s_-]+/g, " ");

const sectionShape = Object.fromEntries(CASE_STUDY_SECTIONS.map((s) => [s.key, optional(MAX_SECTION, s.heading)])) as Record<
  CaseStudySectionKey,
  ReturnType<typeof optional>
>;

const RowSchema = z
  .object({
    year: z
      .string()
      .trim()
      .regex(/^\d{4}$/, YEAR_MESSAGE)
      .transform(Number)
      .refine(isArchiveYear, YEAR_MESSAGE),
    result: oneOfLoosely(ARCHIVE_RESULTS, resultKey, "Choose winner, highly commended or finalist").pipe(
      z.enum(ARCHIVE_RESULTS, { error: "Choose winner, highly commended or finalist" }),
    ),
    organisation: z
      .string()
      .trim()
      .min(1, "Enter the organisation's name")
      .max(MAX_ORGANISATION, `Organisation must be ${MAX_ORGANISATION} characters or fewer`),
    title: optional(MAX_TITLE, "Title"),
    summary: optional(MAX_SUMMARY, "Summary"),
    region: oneOfLoosely(REGIONS, plainKey, `Enter one of ${REGIONS.join(", ")}, or leave it empty`),
    organisation_type: oneOfLoosely(ORGANISATION_TYPES, plainKey, `Enter one of ${ORGANISATION_TYPES.join(", ")}, or leave it empty`),
    themes: z
      .string()
      .transform(themesFromText)
      .pipe(
        z
          .array(z.string().max(MAX_THEME_LENGTH, `Each theme must be ${MAX_THEME_LENGTH} characters or fewer`))
          .max(MAX_THEMES, `Enter ${MAX_THEMES} themes or fewer, separated by semicolons`),
      ),
    ...sectionShape,
    source_note: optional(MAX_SOURCE_NOTE, "Source note"),
    source_url: optional(MAX_SOURCE_URL, "Source link").refine(
      (v) => v === null || isSourceLink(v),
      "Enter the source link as a full web address starting with https:// or http://",
    ),
    published_at: z
      .string()
      .trim()
      .transform((v, ctx) => {
        if (!v) return null;
        const date = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(v) ? new Date(v) : null;
        if (!date || Number.isNaN(date.getTime())) {
          ctx.addIssue({ code: "custom", message: "Enter the date as in the export, like 2018-06-07T00:00:00.000Z, or leave it empty" });
          return z.NEVER;
        }
        return date;
      }),
  })
  .superRefine(
    (row, ctx) => {
      if (!hasSource(row)) {
        ctx.addIssue({ code: "custom", path: ["source_note"], message: "Enter where this result is recorded: a source_note, a source_url or both" });
      }
    },
    // Checked even when other cells are wrong, so that every problem of the row is listed at once.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

/** Columns that only the export fills in: accepted, so that an export can be imported, and not used. */
const EXPORT_ONLY: readonly ArchiveColumnName[] = ["url", "version"];
const KNOWN_COLUMNS: readonly string[] = ARCHIVE_COLUMNS.map((c) => c.name);

/** The entry's fields, in the same order as an entry read back from the database. */
function entryFields(row: z.output<typeof RowSchema>): ArchiveEntryFields {
  const fields: ArchiveEntryFields = {
    year: row.year,
    organisation_name: row.organisation,
    title: row.title,
    result: row.result as ArchiveResult,
    summary: row.summary,
    region: row.region,
    organisation_type: row.organisation_type as OrganisationType | null,
    source_note: row.source_note,
    source_url: row.source_url,
    themes: row.themes,
  } as ArchiveEntryFields;
  for (const s of CASE_STUDY_SECTIONS) fields[s.key] = row[s.key];
  return fields;
}

/** Two rows are the same entry when their year, organisation (in any case) and result are. */
export function entryKey(fields: Pick<ArchiveEntryFields, "year" | "organisation_name" | "result">): string {
  return `${fields.year}|${fields.organisation_name.trim().replace(/\s+/g, " ").toLowerCase()}|${fields.result}`;
}

function headerProblems(header: string[]): ImportProblem[] {
  // Spreadsheets in some languages save "CSV" with semicolons or tabs between the columns.
  const separator = header.length === 1 ? [";", "\t"].find((s) => header[0].includes(s)) : undefined;
  if (separator) {
    const name = separator === ";" ? "semicolons" : "tabs";
    return [{ line: 1, column: null, message: `The columns are separated by ${name}, not commas: save the file as CSV UTF-8 (comma delimited)` }];
  }
  const problems: ImportProblem[] = [];
  const unknown = header.filter((h) => !KNOWN_COLUMNS.includes(h));
  if (unknown.length) {
    problems.push({
      line: 1,
      column: null,
      message: `Unknown ${unknown.length === 1 ? "column" : "columns"}: ${unknown.map((u) => u || "(empty)").join(", ")}. Use the column names of /winners.csv: ${KNOWN_COLUMNS.join(", ")}`,
    });
  }
  const repeated = [...new Set(header.filter((h, i) => h && header.indexOf(h) !== i))];
  if (repeated.length) problems.push({ line: 1, column: null, message: `Each column may appear once: ${repeated.join(", ")} appears more than once` });
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) problems.push({ line: 1, column: null, message: `Missing ${missing.length === 1 ? "column" : "columns"}: ${missing.join(", ")}` });
  if (!header.includes("source_note") && !header.includes("source_url")) {
    problems.push({ line: 1, column: null, message: "Add a source_note or source_url column: every entry needs a source" });
  }
  return problems;
}

/** Reads a whole file: every row ready to import, or every problem found in it. */
export function readArchiveCsv(text: string): ImportReading {
  const { records, problems } = parseCsv(text);
  if (records.length === 0 && problems.length === 0) {
    return { ok: false, problems: [{ line: 1, column: null, message: "The file is empty: it needs a header row and a row for each entry" }] };
  }
  if (records.length > 0 && records[0].line !== 1) {
    // Blank lines before the header would shift every line number the reader sees.
    problems.push({ line: 1, column: null, message: "The first line must be the header row of column names" });
  }
  const header = (records[0]?.cells ?? []).map((h) => h.trim().toLowerCase());
  problems.push(...headerProblems(header));
  if (problems.some((p) => p.line === 1)) return { ok: false, problems: sorted(problems) };

  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const record of records.slice(1)) {
    if (record.cells.every((c) => c.trim() === "")) continue;
    if (record.cells.length !== header.length) {
      problems.push({
        line: record.line,
        column: null,
        message: `This row has ${record.cells.length} values but the header has ${header.length} columns: a value with a comma or a line break in it must be in double quotes`,
      });
      continue;
    }
    const raw: Record<string, string> = Object.fromEntries(KNOWN_COLUMNS.filter((c) => !EXPORT_ONLY.includes(c as ArchiveColumnName)).map((c) => [c, ""]));
    header.forEach((name, i) => {
      if (!EXPORT_ONLY.includes(name as ArchiveColumnName)) raw[name] = restoreFormula(record.cells[i]);
    });
    const result = RowSchema.safeParse(raw);
    if (!result.success) {
      const columns = new Set<string>();
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? "");
        // One problem per cell: the first is the one to fix.
        if (columns.has(column)) continue;
        columns.add(column);
        problems.push({ line: record.line, column: column || null, message: issue.message });
      }
      continue;
    }
    const fields = entryFields(result.data);
    const key = entryKey(fields);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ line: record.line, column: "organisation", message: `Repeats line ${first}: the same year, organisation and result are in the file twice` });
      continue;
    }
    seen.set(key, record.line);
    rows.push({ line: record.line, fields, publishedAt: result.data.published_at });
  }
  if (problems.length) return { ok: false, problems: sorted(problems) };
  if (rows.length === 0) {
    return { ok: false, problems: [{ line: 2, column: null, message: "The file has a header row but no entries: add a row for each entry" }] };
  }
  return { ok: true, rows };
}

const COLUMN_ORDER = ARCHIVE_COLUMNS.map((c) => c.name as string);

/** Problems in the order of the file: by line, then by column. */
function sorted(problems: ImportProblem[]): ImportProblem[] {
  const rank = (c: string | null) => (c === null ? -1 : COLUMN_ORDER.indexOf(c));
  return [...problems].sort((a, b) => a.line - b.line || rank(a.column) - rank(b.column));
}
