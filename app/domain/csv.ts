// The one CSV writer of every download (the archive, the nominations table, results and scores):
// RFC 4180 cells and lines, and the guard that stops a spreadsheet running a cell as a formula.
// Reading CSV (the archive import) is parseCsv in archive-import.ts; restoreFormula undoes the guard.

export type CsvValue = string | number | null | undefined;

/**
 * What a spreadsheet may run as a formula when a cell starts with it: = + - @, their full-width
 * forms (which some spreadsheets read as the same), and any control character (a tab, a carriage
 * return or a line feed before one of those is skipped by some spreadsheets).
 */
const STARTERS = "=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20\\u0000-\\u001F";
const FORMULA_START = new RegExp(`^'*[${STARTERS}]`);
const GUARDED_FORMULA = new RegExp(`^'+[${STARTERS}]`);

/**
 * A cell that starts with a formula starter gets a leading apostrophe, which spreadsheets show as
 * text. A value that already starts with apostrophes before a starter gets one more, so that
 * restoreFormula (which removes exactly one) gives back the value as it was.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The reverse of neutraliseFormula, for an import. */
export function restoreFormula(value: string): string {
  return GUARDED_FORMULA.test(value) ? value.slice(1) : value;
}

/**
 * One CSV cell (RFC 4180): empty for null, quoted when it holds a comma, a quote or a line break,
 * quotes doubled. Text is guarded against formulas; numbers are written as numbers.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV line; it ends with CRLF, as RFC 4180 says. */
export function csvLine(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** A whole CSV text: the header row, then the rows (no byte-order mark: the download adds it). */
export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvLine(header) + rows.map(csvLine).join("");
}
