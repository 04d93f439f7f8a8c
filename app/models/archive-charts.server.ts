// The public archive's charts (issue 15, part 4): published entries counted by year, region,
// organisation type and theme, each split by result. Demo entries are fictional and never counted.
// Grouped in SQL, so the cost does not grow with the case studies' text.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { CountRow } from "~/domain/archive-charts";
import type { ArchiveResult } from "~/domain/vocabulary";
import { demoOnlyYears } from "./archive-browse.server";

export type ArchiveCounts = { byYear: CountRow[]; byRegion: CountRow[]; byType: CountRow[]; byTheme: CountRow[]; entries: number; years: number[] };

type Grouped = { group: string | number | null; result: ArchiveResult; count: number | bigint | string };
const rows = (list: Grouped[]): CountRow[] => list.map((r) => ({ group: r.group === null ? null : String(r.group), result: r.result, count: Number(r.count) }));

export async function archiveCounts(db: Kysely<Database>): Promise<ArchiveCounts> {
  const real = db.selectFrom("archive_entries").where("archive_entries.is_demo", "=", 0);
  const [byYear, byRegion, byType, byTheme, untagged, years, demoYears] = await Promise.all([
    real.select((eb) => ["year as group", "result", eb.fn.countAll<number>().as("count")]).groupBy(["year", "result"]).execute(),
    real.select((eb) => ["region as group", "result", eb.fn.countAll<number>().as("count")]).groupBy(["region", "result"]).execute(),
    real.select((eb) => ["organisation_type as group", "result", eb.fn.countAll<number>().as("count")]).groupBy(["organisation_type", "result"]).execute(),
    real
      .innerJoin("archive_entry_themes", "archive_entry_themes.entry_id", "archive_entries.id")
      .select((eb) => ["archive_entry_themes.theme as group", "archive_entries.result", eb.fn.countAll<number>().as("count")])
      .groupBy(["archive_entry_themes.theme", "archive_entries.result"])
      .execute(),
    // Entries with no theme at all: shown as "Not recorded" beside the themes.
    real
      .where((eb) => eb.not(eb.exists(eb.selectFrom("archive_entry_themes").select("entry_id").whereRef("archive_entry_themes.entry_id", "=", "archive_entries.id"))))
      .select((eb) => ["result", eb.fn.countAll<number>().as("count")])
      .groupBy("result")
      .execute(),
    db.selectFrom("award_years").select("year").execute(),
    demoOnlyYears(db),
  ]);
  const demo = new Set(demoYears);
  const yearRows = rows(byYear as Grouped[]);
  return {
    byYear: yearRows,
    byRegion: rows(byRegion as Grouped[]),
    byType: rows(byType as Grouped[]),
    byTheme: [...rows(byTheme as Grouped[]), ...untagged.map((u) => ({ group: null, result: u.result, count: Number(u.count) }))],
    entries: yearRows.reduce((s, r) => s + r.count, 0),
    // Years the archive knows of (a ceremony, notes), but not the demo's own years.
    years: years.map((y) => y.year).filter((y) => !demo.has(y)),
  };
}
