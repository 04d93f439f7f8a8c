// What the archive's feeds and exports read: every year, every published entry with its themes, and
// the revision they were read at. One read each, so a feed is built from one state of the archive.
// Demo entries are left out.
import type { Kysely } from "kysely";
import type { AwardYear, Database } from "../../db/schema";
import { archiveYears } from "~/domain/archive";
import { allArchiveEntries, archiveRevision, listAwardYears, type ArchiveEntryWithThemes } from "./archive.server";
import { inTransaction } from "~/platform/sql.server";

export type ArchiveSnapshot = {
  revision: number;
  /** Every year from the first award to the latest, newest first, whether anything is recorded or not. */
  years: number[];
  awardYears: AwardYear[];
  entries: ArchiveEntryWithThemes[];
};

export async function archiveSnapshot(db: Kysely<Database>, today: Date = new Date()): Promise<ArchiveSnapshot> {
  // Read in one transaction so that a publication in between cannot give entries of one revision
  // under the number of another.
  return inTransaction(db, async (trx) => {
    // Demo case studies (from a demo cycle) are shown, labelled, on the pages, but never go into the
    // archive's data: feeds and downloads are the real record only.
    const [revision, allYears, allEntries] = [await archiveRevision(trx), await listAwardYears(trx), await allArchiveEntries(trx)];
    const entries = allEntries.filter((e) => e.is_demo === 0);
    const demoOnly = new Set(allEntries.filter((e) => e.is_demo === 1 && !entries.some((r) => r.year === e.year)).map((e) => e.year));
    const awardYears = allYears.filter((y) => !demoOnly.has(y.year));
    const known = [...awardYears.map((y) => y.year), ...entries.map((e) => e.year)];
    // An entry is never left out: a year ahead of archiveYears' horizon is listed if it has one.
    const years = [...new Set([...archiveYears(known, today), ...entries.map((e) => e.year)])].sort((a, b) => b - a);
    return { revision, years, awardYears, entries };
  });
}
