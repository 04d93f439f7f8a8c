// The one CSV writer: RFC 4180 quoting that parses back to the same cells, and no cell that a
// spreadsheet would run as a formula, checked on examples and with fast-check over hostile text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvLine, csvText, neutraliseFormula, restoreFormula } from "./csv";
import { parseCsv } from "./archive-import";

/** What spreadsheets may run when a cell starts with it, listed here independently of the writer. */
const STARTERS = ["=", "+", "-", "@", "\t", "\r", "\n", "\u0000", "\u001F", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"];

/** The cells of a one-line CSV text as a spreadsheet reads it (with the download's byte-order mark). */
function readBack(text: string): string[][] {
  const { records, problems } = parseCsv(`\uFEFF${text}`);
  expect(problems).toEqual([]);
  return records.map((r) => r.cells);
}

const hostileText = fc.string({ unit: "binary", maxLength: 40 });
const formulaText = fc.tuple(fc.constantFrom(...STARTERS), hostileText).map(([starter, rest]) => starter + rest);

describe("CSV cells", () => {
  it("quotes a value with a comma, a quote or a line break, doubling its quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("Guy's, St Thomas'")).toBe(`"Guy's, St Thomas'"`);
    expect(csvCell('the "just" culture')).toBe(`"the ""just"" culture"`);
    expect(csvCell("two\nlines")).toBe(`"two\nlines"`);
    expect(csvCell(null)).toBe("");
    expect(csvCell(2018)).toBe("2018");
  });

  it("puts an apostrophe before anything a spreadsheet would run as a formula", () => {
    for (const formula of ["=HYPERLINK(\"http://evil.example\")", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(csvCell(formula).replace(/^"/, "").startsWith("'"), JSON.stringify(formula)).toBe(true);
    }
    expect(csvLine(["=1+1", "ok"])).toBe("'=1+1,ok\r\n");
  });

  it("gives back exactly the value it guarded, apostrophes included", () => {
    for (const value of ["=1", "'=1", "''=1", "'Back to basics' partnership", "-", "plain", "'"]) {
      expect(restoreFormula(neutraliseFormula(value)), value).toBe(value);
    }
    // A value that was never guarded is left alone by the import.
    expect(restoreFormula("'Back to basics'")).toBe("'Back to basics'");
  });

});

describe("every CSV download (property)", () => {
  it("never writes a cell that starts with a formula or control starter", () => {
    fc.assert(
      fc.property(formulaText, hostileText, (formula, other) => {
        const [cells] = readBack(csvLine([formula, other]));
        for (const cell of cells) expect(STARTERS.some((s) => cell.startsWith(s)), JSON.stringify(cell)).toBe(false);
        expect(cells[0].startsWith("'")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("quotes so that any rows of any text parse back to the same cells, and the guard undoes exactly", () => {
    const row = fc.array(fc.oneof(hostileText, formulaText, fc.integer({ min: -1000, max: 1000 })), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        const header = rows[0]?.map((_, i) => `column ${i}`) ?? ["only"];
        const read = readBack(csvText(header, rows));
        expect(read[0]).toEqual(header);
        expect(read.slice(1).map((cells) => cells.map(restoreFormula))).toEqual(rows.map((cells) => cells.map(String)));
      }),
      { numRuns: 300 },
    );
  });

  it("leaves numbers as numbers, negative ones included", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (n) => {
        expect(csvCell(n)).toBe(String(n));
      }),
    );
  });
});
