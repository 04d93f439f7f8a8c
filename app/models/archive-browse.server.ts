// Reading the archive a page at a time: what /winners, a year's page and the home page show, each
// read with a bounded number of index seeks so that a page costs the same at 100 as at 100,000 case
// studies (issue 17, decision 032). The indexes are in db/migrations/2026_12_02_1330_archive_browse_indexes.ts.
import { sql, type Kysely, type SelectQueryBuilder } from "kysely";
import type { ArchiveResult, Database, OrganisationType } from "../../db/schema";
import { listAwardYears, type ArchiveFilters } from "./archive.server";

/** What a list of entries shows of each: no case-study text. */
export type EntryLine = { id: number; year: number; slug: string; result: ArchiveResult; organisation: string; title: string | null; demo: boolean };

type EntryRow = { id: number; year: number; slug: string; result: ArchiveResult; organisation_name: string; title: string | null; is_demo: number };

const lineOf = (r: EntryRow): EntryLine => ({ id: r.id, year: r.year, slug: r.slug, result: r.result, organisation: r.organisation_name, title: r.title, demo: r.is_demo === 1 });

const LINE_COLUMNS = ["id", "year", "slug", "result", "organisation_name", "title", "is_demo"] as const;

/**
 * The distinct values of an indexed column, smallest first, found by jumping from one value to the
 * next along the index (a "loose index scan"): one seek per value, however many rows share it.
 * Portable SQL: a recursive common table expression.
 */
async function distinctAlongIndex<T extends string | number>(db: Kysely<Database>, table: "archive_entries" | "archive_entry_themes", column: string, demo?: 0 | 1): Promise<T[]> {
  const t = sql.table(table);
  const c = sql.ref(column);
  const only = demo === undefined ? sql`` : sql` and is_demo = ${demo}`;
  const { rows } = await sql<{ v: T }>`with recursive next_value(v) as (
      select min(${c}) from ${t} where ${c} is not null${only}
      union all
      select (select min(${c}) from ${t} where ${c} > next_value.v${only}) from next_value where next_value.v is not null
    ) select v from next_value where v is not null`.execute(db);
  return rows.map((r) => r.v);
}

/** The values the archive can be filtered by, and the years with entries (newest first). */
export async function archiveFacets(db: Kysely<Database>) {
  const [themes, regions, organisationTypes, years] = await Promise.all([
    distinctAlongIndex<string>(db, "archive_entry_themes", "theme"),
    distinctAlongIndex<string>(db, "archive_entries", "region"),
    distinctAlongIndex<OrganisationType>(db, "archive_entries", "organisation_type"),
    distinctAlongIndex<number>(db, "archive_entries", "year"),
  ]);
  return { themes, regions, organisationTypes, years: years.map(Number).reverse() };
}

/**
 * Years that only demo cycles have published in (fictional, before the first award or beside it):
 * they are listed apart from the real record.
 */
export async function demoOnlyYears(db: Kysely<Database>): Promise<number[]> {
  const [demo, real] = await Promise.all([distinctAlongIndex<number>(db, "archive_entries", "year", 1), distinctAlongIndex<number>(db, "archive_entries", "year", 0)]);
  const realYears = new Set(real.map(Number));
  return demo.map(Number).filter((y) => !realYears.has(y));
}

export type ArchiveChoices = {
  facets: Awaited<ReturnType<typeof archiveFacets>>;
  awardYears: Awaited<ReturnType<typeof listAwardYears>>;
  demoYears: number[];
};

const choicesKept = new WeakMap<Kysely<Database>, { revision: number; choices: Promise<ArchiveChoices> }>();

/**
 * What the archive's search form offers (its filters' values, the years) and the award years, as
 * of the archive's `revision`, read once per revision of each database rather than on every page:
 * every change to anything a public page shows moves the revision on (bumpRevision). The
 * caller passes the revision it read before calling, so what is kept is never older than its key.
 * The answer is shared: callers must not change it.
 */
export function archiveChoices(db: Kysely<Database>, revision: number): Promise<ArchiveChoices> {
  const kept = choicesKept.get(db);
  if (kept && kept.revision === revision) return kept.choices;
  const choices = Promise.all([archiveFacets(db), listAwardYears(db), demoOnlyYears(db)]).then(([facets, awardYears, demoYears]) => ({ facets, awardYears, demoYears }));
  choicesKept.set(db, { revision, choices });
  // A failed read is not kept: the next page reads again.
  choices.catch(() => {
    if (choicesKept.get(db)?.choices === choices) choicesKept.delete(db);
  });
  return choices;
}

function filtered(db: Kysely<Database>, filters: ArchiveFilters): SelectQueryBuilder<Database, "archive_entries", object> {
  let q = db.selectFrom("archive_entries");
  if (filters.year !== undefined) q = q.where("year", "=", filters.year);
  if (filters.fromYear !== undefined) q = q.where("year", ">=", filters.fromYear);
  if (filters.toYear !== undefined) q = q.where("year", "<=", filters.toYear);
  if (filters.region) q = q.where("region", "=", filters.region);
  if (filters.organisationType) q = q.where("organisation_type", "=", filters.organisationType);
  if (filters.theme) {
    const theme = filters.theme;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom("archive_entry_themes").select("archive_entry_themes.entry_id").whereRef("archive_entry_themes.entry_id", "=", "archive_entries.id").where("archive_entry_themes.theme", "=", theme)),
    );
  }
  return q;
}

/**
 * The entries of `ids` that match the filters, as a list shows them (no case-study text): a search's
 * page of hits, filtered. One key lookup per id.
 */
export async function entryLinesByIds(db: Kysely<Database>, ids: readonly number[], filters: ArchiveFilters): Promise<EntryLine[]> {
  if (ids.length === 0) return [];
  const rows = await filtered(db, filters).select(LINE_COLUMNS).where("id", "in", [...ids]).execute();
  return rows.map(lineOf);
}

/** How far a list of entries can be paged: past this, narrowing the filters or a search finds the rest. */
export const MOST_ENTRIES_PAGED = 2000;

/**
 * One page of the entries matching the filters, in the archive's order (newest year, winner first,
 * then by name), and how many match, counted up to MOST_ENTRIES_PAGED + 1 (so a broad filter costs
 * no more than a narrow one).
 */
export async function listArchivePage(
  db: Kysely<Database>,
  filters: ArchiveFilters,
  { page, perPage }: { page: number; perPage: number },
): Promise<{ entries: EntryLine[]; matched: number; page: number; totalPages: number }> {
  const counted = await db
    .selectFrom(filtered(db, filters).select(sql<number>`1`.as("one")).limit(MOST_ENTRIES_PAGED + 1).as("m"))
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  const matched = Number(counted.n);
  const totalPages = Math.max(1, Math.ceil(Math.min(matched, MOST_ENTRIES_PAGED) / perPage));
  const current = Math.min(Math.max(1, page), totalPages);
  const rows = await filtered(db, filters)
    .select(LINE_COLUMNS)
    .orderBy("year", "desc")
    .orderBy("result", "desc")
    .orderBy("organisation_name")
    .orderBy("id")
    .limit(perPage)
    .offset((current - 1) * perPage)
    .execute();
  return { entries: rows.map(lineOf), matched, page: current, totalPages };
}

/** How many finalists a year's summary names before it links to the year's own page. */
export const FINALISTS_NAMED = 6;
const PLACED_NAMED = 20;

export type YearSummary = { year: number; placed: EntryLine[]; finalists: EntryLine[]; moreFinalists: boolean };

/**
 * Each year's winner and highly commended entries, and its first few finalists: two seeks a year,
 * whatever the year's size.
 */
export async function summariseYears(db: Kysely<Database>, years: readonly number[]): Promise<YearSummary[]> {
  return Promise.all(
    years.map(async (year) => {
      const [placed, finalists] = await Promise.all([
        db.selectFrom("archive_entries").select(LINE_COLUMNS).where("year", "=", year).where("result", "in", ["winner", "highly_commended"]).orderBy("result", "desc").orderBy("organisation_name").orderBy("id").limit(PLACED_NAMED).execute(),
        db.selectFrom("archive_entries").select(LINE_COLUMNS).where("year", "=", year).where("result", "=", "finalist").orderBy("organisation_name").orderBy("id").limit(FINALISTS_NAMED + 1).execute(),
      ]);
      return { year, placed: placed.map(lineOf), finalists: finalists.slice(0, FINALISTS_NAMED).map(lineOf), moreFinalists: finalists.length > FINALISTS_NAMED };
    }),
  );
}

/**
 * The most recent real winner, for the home page: one row, read along the index. A demo cycle's
 * (fictional) winner only when the archive has no real one.
 */
export async function latestWinner(db: Kysely<Database>): Promise<EntryLine | undefined> {
  for (const demo of [0, 1] as const) {
    const row = await db.selectFrom("archive_entries").select(LINE_COLUMNS).where("result", "=", "winner").where("is_demo", "=", demo).orderBy("year", "desc").orderBy("id", "desc").limit(1).executeTakeFirst();
    if (row) return lineOf(row);
  }
  return undefined;
}
