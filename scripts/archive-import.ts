// `npm run archive:import -- path/to/file.csv`: imports the archive's history from a CSV file with the
// columns of /winners.csv (docs/archive-data.md). All or nothing: any problem is printed with its line
// number, nothing is written, and the command exits 1.
import fs from "node:fs";
import { describeProblem, decodeCsv } from "../app/domain/archive-import";
import { importArchiveCsv } from "../app/models/archive-import.server";
import { closeDb, getDb } from "../app/platform/db.server";
import { anchorAuditHead } from "../app/models/audit.server";
import { migrateToLatest } from "../db/migrator";

const USAGE = "Usage: npm run archive:import -- path/to/file.csv";

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) {
    console.error(USAGE);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const text = decodeCsv(bytes);
  if (text === null) {
    console.error(`${file} is not UTF-8 text. Save it from the spreadsheet as "CSV UTF-8" and try again.`);
    return 1;
  }
  const db = getDb();
  await migrateToLatest(db);
  const outcome = await importArchiveCsv(db, text, null);
  if (!outcome.ok) {
    console.error(`Nothing was imported: ${file} has ${outcome.problems.length === 1 ? "a problem" : `${outcome.problems.length} problems`}.`);
    for (const problem of outcome.problems) console.error(`  ${describeProblem(problem)}`);
    return 1;
  }
  const unchanged = outcome.unchanged ? ` (${outcome.unchanged} already up to date)` : "";
  console.log(`Imported ${outcome.created} new ${outcome.created === 1 ? "entry" : "entries"}, updated ${outcome.updated}${unchanged}.`);
  return 0;
}

try {
  process.exitCode = await main();
  await anchorAuditHead(getDb());
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await closeDb();
}
