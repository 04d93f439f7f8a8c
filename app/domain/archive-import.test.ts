import { describe, expect, it } from "vitest";
import { ARCHIVE_COLUMNS } from "./archive-export";
import { decodeCsv, describeProblem, parseCsv, readArchiveCsv } from "./archive-import";

const HEADER = "year,result,organisation,title,region,organisation_type,themes,source_note,source_url";
const file = (...rows: string[]) => [HEADER, ...rows].join("\r\n") + "\r\n";
const GOOD_ROW = '2018,winner,Mersey Care NHS Foundation Trust,Just and learning culture,North West,mental_health,"just culture; Wellbeing",SPF pages,';

function problemsOf(text: string): string[] {
  const reading = readArchiveCsv(text);
  if (reading.ok) throw new Error("expected the file to be refused");
  return reading.problems.map(describeProblem);
}

describe("parsing CSV", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, and numbers records by the line they start on", () => {
    const { records, problems } = parseCsv('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n\r\nlast,,\n');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, cells: ["a", "b", "c"] },
      { line: 2, cells: ["x, y", 'say "hi"', "two\r\nlines"] },
      { line: 5, cells: ["last", "", ""] },
    ]);
  });

  it("ignores a byte-order mark and accepts LF or CR line endings and no final line break", () => {
    expect(parseCsv("\uFEFFa,b\nc,d").records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["c", "d"] },
    ]);
    expect(parseCsv("a\rb\r").records.map((r) => r.line)).toEqual([1, 2]);
  });

  it("reports a quote that is never closed at the line it opens on", () => {
    expect(parseCsv('a,b\r\n1,"open\r\n2,3\r\n').problems).toEqual([
      { line: 2, column: null, message: "A value starts with a double quote that is never closed" },
    ]);
  });

  it("reports text after a closing quote", () => {
    expect(parseCsv('a\r\n"x"y\r\n').problems[0]).toMatchObject({ line: 2 });
  });
});

describe("reading the archive's CSV", () => {
  it("turns good rows into entries, in any case of result, region and type", () => {
    const reading = readArchiveCsv(file(GOOD_ROW, "2019,Highly commended,Hillingdon Hospitals,,london,Acute,,,https://example.org/2019"));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(reading.rows[0].fields).toMatchObject({
      year: 2018,
      result: "winner",
      organisation_name: "Mersey Care NHS Foundation Trust",
      region: "North West",
      organisation_type: "mental_health",
      themes: ["just culture", "wellbeing"],
      source_note: "SPF pages",
      source_url: null,
      summary: null,
      challenge: null,
    });
    expect(reading.rows[1].fields).toMatchObject({ result: "highly_commended", region: "London", organisation_type: "acute", source_url: "https://example.org/2019" });
  });

  it("gives the fields in the order the database gives them back, so that re-importing can tell nothing changed", () => {
    const reading = readArchiveCsv(file(GOOD_ROW));
    if (!reading.ok) throw new Error("refused");
    expect(Object.keys(reading.rows[0].fields)).toEqual([
      "year",
      "organisation_name",
      "title",
      "result",
      "summary",
      "region",
      "organisation_type",
      "source_note",
      "source_url",
      "themes",
      "about_organisation",
      "challenge",
      "partnership_work",
      "outcomes",
      "key_achievement",
      "top_tips",
      "further_information",
    ]);
  });

  it("names the line and column of every problem, the row's first line for a row that spans several", () => {
    const problems = problemsOf(
      file(
        GOOD_ROW,
        '2009,champion,,"a title\nover two lines",Atlantis,hospital,,,ftp://example.org',
        "2019,finalist,Someone,,,,,Some source,",
      ),
    );
    expect(problems).toEqual([
      "Line 3, year: Enter a year from 2010 to 2100, like 2018",
      "Line 3, result: Choose winner, highly commended or finalist",
      "Line 3, organisation: Enter the organisation's name",
      expect.stringMatching(/^Line 3, region: Enter one of East of England, London, .*, or leave it empty$/),
      expect.stringMatching(/^Line 3, organisation_type: Enter one of acute, mental_health, .*, or leave it empty$/),
      "Line 3, source_url: Enter the source link as a full web address starting with https:// or http://",
    ]);
  });

  it("needs a source for every row", () => {
    expect(problemsOf(file("2018,winner,Somewhere NHS Trust,,,,,,"))).toEqual([
      "Line 2, source_note: Enter where this result is recorded: a source_note, a source_url or both",
    ]);
  });

  it("keeps to the limits of the admin's entry form", () => {
    const long = (n: number) => "x".repeat(n);
    const header = "year,result,organisation,title,summary,challenge,source_note";
    const problems = problemsOf(`${header}\n2018,winner,${long(201)},${long(301)},${long(3001)},${long(20001)},${long(301)}\n`);
    expect(problems).toEqual([
      "Line 2, organisation: Organisation must be 200 characters or fewer",
      "Line 2, title: Title must be 300 characters or fewer",
      "Line 2, summary: Summary must be 3,000 characters or fewer",
      "Line 2, challenge: The challenge must be 20,000 characters or fewer",
      "Line 2, source_note: Source note must be 300 characters or fewer",
    ]);
  });

  it("names unknown columns and missing ones, and checks no row until the header is right", () => {
    expect(problemsOf("year,result,colour,size,source_note\n2018,winner,red,XL,x\n")).toEqual([
      expect.stringMatching(/^Line 1: Unknown columns: colour, size\. Use the column names of \/winners\.csv: year, result, organisation, /),
      "Line 1: Missing column: organisation",
    ]);
    expect(problemsOf("year,result,organisation\n2018,winner,Somewhere\n")).toEqual([
      "Line 1: Add a source_note or source_url column: every entry needs a source",
    ]);
  });

  it("says so when the columns are separated by semicolons or tabs instead of commas", () => {
    expect(problemsOf("year;result;organisation;source_note\n2018;winner;X;Y\n")).toEqual([
      "Line 1: The columns are separated by semicolons, not commas: save the file as CSV UTF-8 (comma delimited)",
    ]);
    expect(problemsOf("year\tresult\torganisation\tsource_note\n")[0]).toContain("separated by tabs");
  });

  it("finds the same entry twice in one file, whatever the organisation's case", () => {
    expect(problemsOf(file(GOOD_ROW, "2017,finalist,Other Trust,,,,,Source,", GOOD_ROW.replace("Mersey Care", "MERSEY CARE")))).toEqual([
      "Line 4, organisation: Repeats line 2: the same year, organisation and result are in the file twice",
    ]);
  });

  it("reports a row whose number of values does not match the header", () => {
    expect(problemsOf(file("2018,winner,Mersey Care, Liverpool,,,,,SPF pages,"))).toEqual([
      "Line 2: This row has 10 values but the header has 9 columns: a value with a comma or a line break in it must be in double quotes",
    ]);
  });

  it("refuses an empty file and a file with no rows", () => {
    expect(problemsOf("")).toEqual(["Line 1: The file is empty: it needs a header row and a row for each entry"]);
    expect(problemsOf(`${HEADER}\r\n`)).toEqual(["Line 2: The file has a header row but no entries: add a row for each entry"]);
  });

  it("accepts every column of the export, and takes off the apostrophe the export put before a formula", () => {
    const header = ARCHIVE_COLUMNS.map((c) => c.name).join(",");
    const cells = ARCHIVE_COLUMNS.map((c) =>
      ({ year: "2018", result: "winner", organisation: "'=Odd name", source_note: "'-dash", url: "https://x/winners/2018/x", published_at: "2018-12-31T00:00:00.000Z", version: "3" })[
        c.name as string
      ] ?? "",
    );
    const reading = readArchiveCsv(`${header}\n${cells.join(",")}\n`);
    if (!reading.ok) throw new Error(reading.problems.map(describeProblem).join("\n"));
    expect(reading.rows[0].fields.organisation_name).toBe("=Odd name");
    expect(reading.rows[0].fields.source_note).toBe("-dash");
    expect(reading.rows[0].publishedAt?.toISOString()).toBe("2018-12-31T00:00:00.000Z");
  });
});

describe("decoding the file", () => {
  it("reads UTF-8, with or without a byte-order mark, and refuses anything else", () => {
    expect(decodeCsv(new TextEncoder().encode("\uFEFFSiân"))).toBe("Siân");
    expect(decodeCsv(new Uint8Array([0x53, 0x69, 0xe2, 0x6e]))).toBeNull(); // "Siân" in Windows-1252
  });
});
