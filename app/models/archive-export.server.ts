// What the archive's feeds and exports read: every year, and every published entry with its themes
// in batches, so that a download holds one batch in memory however large the archive is (decision
// 032). Demo entries are left out: feeds and downloads are the real record only.
import { sql, type Kysely } from "kysely";
import type { AwardYear, Database } from "../../db/schema";
import { archiveYears } from "~/domain/archive";
import { archiveRevision, getArchiveEntriesByIds, listAwardYears, type ArchiveEntryWithThemes } from "./archive.server";

/** How many entries a feed reads and writes at a time. */
const BATCH = 200;

export type ExportYears = {
  revision: number;
  /** Every year from the first award to the latest, newest first, whether anything is recorded or not. */
  years: number[];
  awardYears: AwardYear[];
};

/** The years the exports list, and the revision they were read at. */
export async function exportYears(db: Kysely<Database>, today: Date = new Date()): Promise<ExportYears> {
  const [revision, allYears, real, demo] = await Promise.all([
    archiveRevision(db),
    listAwardYears(db),
    db.selectFrom("archive_entries").select("year").distinct().where("is_demo", "=", 0).execute(),
    db.selectFrom("archive_entries").select("year").distinct().where("is_demo", "=", 1).execute(),
  ]);
  const realYears = new Set(real.map((r) => r.year));
  const demoOnly = new Set(demo.map((r) => r.year).filter((y) => !realYears.has(y)));
  const awardYears = allYears.filter((y) => !demoOnly.has(y.year));
  // An entry is never left out: a year ahead of archiveYears' horizon is listed if it has one.
  const years = [...new Set([...archiveYears([...awardYears.map((y) => y.year), ...realYears], today), ...realYears])].sort((a, b) => b - a);
  return { revision, years, awardYears };
}

/**
 * Every real entry with its themes, a batch at a time: in the archive's order (oldest year first, the
 * winner first, then by name) or the feed's (newest year first, then the most recently published).
 * The order is read first as ids alone; each batch then reads its entries, so only the ids of the
 * whole archive (a few bytes each) are held at once.
 */
export async function* exportEntries(db: Kysely<Database>, order: "archive" | "feed"): AsyncGenerator<ArchiveEntryWithThemes[]> {
  let q = db.selectFrom("archive_entries").select("id").where("is_demo", "=", 0);
  q =
    order === "archive"
      ? q.orderBy("year").orderBy("result", "desc").orderBy("organisation_name").orderBy("id")
      : q.orderBy("year", "desc").orderBy("published_at", "desc").orderBy("id", "desc");
  const ids = Int32Array.from((await q.execute()).map((r) => r.id));
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = Array.from(ids.subarray(i, i + BATCH));
    const byId = new Map((await getArchiveEntriesByIds(db, batch)).map((e) => [e.id, e]));
    // An entry gone since the ids were read is left out; one edited since is written as it is now.
    yield batch.flatMap((id) => byId.get(id) ?? []);
  }
}

/** When the feed last changed: the latest change to a real entry. */
export async function latestEntryUpdate(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom("archive_entries").select(sql<string | null>`max(updated_at)`.as("at")).where("is_demo", "=", 0).executeTakeFirst();
  return row?.at ?? null;
}

export async function countExportedEntries(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("archive_entries").select((eb) => eb.fn.countAll<number>().as("n")).where("is_demo", "=", 0).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Case studies' addresses for the sitemap, newest year first, from the `skip`-th for `take`, a batch at a time. */
export async function* sitemapEntries(db: Kysely<Database>, { skip, take }: { skip: number; take: number }): AsyncGenerator<{ year: number; slug: string; updated_at: string }[]> {
  for (let done = 0; done < take; done += BATCH * 5) {
    const rows = await db
      .selectFrom("archive_entries")
      .select(["year", "slug", "updated_at"])
      .where("is_demo", "=", 0)
      .orderBy("year", "desc")
      .orderBy("published_at", "desc")
      .orderBy("id", "desc")
      .limit(Math.min(BATCH * 5, take - done))
      .offset(skip + done)
      .execute();
    if (rows.length === 0) return;
    yield rows;
  }
}
