// The public archive: award years and their published entries (winners, highly commended,
// finalists) with case studies. Every change makes a new version of the entry, goes into the search
// index and the audit log, and moves the archive's revision on, all in one transaction.
import type { Kysely, Transaction } from "kysely";
import type { ArchiveEntry, AwardYear, Database, OrganisationType } from "../../db/schema";
import { CASE_STUDY_SECTIONS, diffEntryFields, entrySlug, normaliseThemes, RESULT_ORDER, type ArchiveEntryFields } from "~/domain/archive";
import { recordAudit } from "./audit.server";
import { indexArchiveEntry } from "./archive-search.server";
import { inTransaction } from "~/platform/sql.server";
import { secondWinnerProblem, type YearEntry } from "~/domain/archive-rules";
import { notFoundRefusal, type FieldRefusal, type NotFound, type Outcome, type Refusal } from "~/domain/outcome";

export type ArchiveEntryWithThemes = ArchiveEntry & { themes: string[] };

/** The archive's revision: public pages' ETags and cached copies are valid while it stays the same. */
export async function archiveRevision(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("archive_state").select("revision").where("id", "=", 1).executeTakeFirst();
  return row?.revision ?? 0;
}

/** Moves the archive's revision on, inside the transaction of a change to anything a public page shows. */
export async function bumpRevision(trx: Transaction<Database>): Promise<void> {
  await trx
    .updateTable("archive_state")
    .set((eb) => ({ revision: eb("revision", "+", 1), updated_at: new Date().toISOString() }))
    .where("id", "=", 1)
    .execute();
}

export async function listAwardYears(db: Kysely<Database>): Promise<AwardYear[]> {
  return db.selectFrom("award_years").selectAll().orderBy("year", "desc").execute();
}

export async function getAwardYear(db: Kysely<Database>, year: number): Promise<AwardYear | undefined> {
  return db.selectFrom("award_years").selectAll().where("year", "=", year).executeTakeFirst();
}

async function withThemes(db: Kysely<Database>, entries: ArchiveEntry[]): Promise<ArchiveEntryWithThemes[]> {
  if (entries.length === 0) return [];
  const themes = new Map<number, string[]>();
  // Chunked: SQLite allows a limited number of bound values in one statement.
  for (let i = 0; i < entries.length; i += 500) {
    const ids = entries.slice(i, i + 500).map((e) => e.id);
    const rows = await db.selectFrom("archive_entry_themes").selectAll().where("entry_id", "in", ids).orderBy("theme").execute();
    for (const r of rows) themes.set(r.entry_id, [...(themes.get(r.entry_id) ?? []), r.theme]);
  }
  return entries.map((e) => ({ ...e, themes: themes.get(e.id) ?? [] }));
}

export type ArchiveFilters = {
  theme?: string;
  region?: string;
  organisationType?: OrganisationType;
  fromYear?: number;
  toYear?: number;
  year?: number;
};

/** Published entries matching the filters, newest year first and the winner first within a year. */
export async function listArchiveEntries(db: Kysely<Database>, filters: ArchiveFilters = {}): Promise<ArchiveEntryWithThemes[]> {
  let q = db.selectFrom("archive_entries").selectAll("archive_entries");
  if (filters.year !== undefined) q = q.where("year", "=", filters.year);
  if (filters.fromYear !== undefined) q = q.where("year", ">=", filters.fromYear);
  if (filters.toYear !== undefined) q = q.where("year", "<=", filters.toYear);
  if (filters.region) q = q.where("region", "=", filters.region);
  if (filters.organisationType) q = q.where("organisation_type", "=", filters.organisationType);
  if (filters.theme) {
    const theme = filters.theme;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("archive_entry_themes")
          .select("archive_entry_themes.entry_id")
          .whereRef("archive_entry_themes.entry_id", "=", "archive_entries.id")
          .where("archive_entry_themes.theme", "=", theme),
      ),
    );
  }
  const rows = await q.orderBy("year", "desc").orderBy("organisation_name").execute();
  rows.sort((a, b) => b.year - a.year || RESULT_ORDER[a.result] - RESULT_ORDER[b.result]);
  return withThemes(db, rows);
}

export async function getArchiveEntry(db: Kysely<Database>, year: number, slug: string): Promise<ArchiveEntryWithThemes | undefined> {
  const row = await db.selectFrom("archive_entries").selectAll().where("year", "=", year).where("slug", "=", slug).executeTakeFirst();
  return row ? (await withThemes(db, [row]))[0] : undefined;
}

export async function getArchiveEntryById(db: Kysely<Database>, id: number): Promise<ArchiveEntryWithThemes | undefined> {
  const row = await db.selectFrom("archive_entries").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? (await withThemes(db, [row]))[0] : undefined;
}

export async function getArchiveEntriesByIds(db: Kysely<Database>, ids: number[]): Promise<ArchiveEntryWithThemes[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("archive_entries").selectAll().where("id", "in", ids).execute();
  return withThemes(db, rows);
}

export function fieldsOf(entry: ArchiveEntryWithThemes): ArchiveEntryFields {
  const fields: ArchiveEntryFields = {
    year: entry.year,
    organisation_name: entry.organisation_name,
    title: entry.title,
    result: entry.result,
    summary: entry.summary,
    region: entry.region,
    organisation_type: entry.organisation_type,
    source_note: entry.source_note,
    source_url: entry.source_url,
    themes: entry.themes,
  } as ArchiveEntryFields;
  for (const s of CASE_STUDY_SECTIONS) fields[s.key] = entry[s.key];
  return fields;
}

export type AwardYearInput = {
  year: number;
  ceremony_date: string | null;
  ceremony_place: string | null;
  notes: string | null;
  source_note: string | null;
  source_url: string | null;
};

/** Adds a year or changes its ceremony details. */
export async function saveAwardYear(db: Kysely<Database>, input: AwardYearInput, actorUserId: number | null): Promise<void> {
  await inTransaction(db, async (trx) => {
    const now = new Date().toISOString();
    await trx
      .insertInto("award_years")
      .values({ ...input, created_at: now, updated_at: now })
      .onConflict((oc) =>
        oc.column("year").doUpdateSet({
          ceremony_date: input.ceremony_date,
          ceremony_place: input.ceremony_place,
          notes: input.notes,
          source_note: input.source_note,
          source_url: input.source_url,
          updated_at: now,
        }),
      )
      .execute();
    await bumpRevision(trx);
    await recordAudit(trx, { actorUserId, action: "archive.year_saved", target: `award_year:${input.year}`, details: { ...input } });
  });
}

async function ensureYear(trx: Transaction<Database>, year: number): Promise<void> {
  const now = new Date().toISOString();
  await trx
    .insertInto("award_years")
    .values({ year, ceremony_date: null, ceremony_place: null, notes: null, source_note: null, source_url: null, created_at: now, updated_at: now })
    .onConflict((oc) => oc.column("year").doNothing())
    .execute();
}

async function freeSlug(trx: Transaction<Database>, year: number, wanted: string, exceptId: number | null): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    const clash = await trx
      .selectFrom("archive_entries")
      .select("id")
      .where("year", "=", year)
      .where("slug", "=", slug)
      .$if(exceptId !== null, (q) => q.where("id", "!=", exceptId!))
      .executeTakeFirst();
    if (!clash) return slug;
  }
}

function columnsOf(fields: ArchiveEntryFields) {
  const { themes: _themes, ...columns } = fields;
  return columns;
}

async function writeThemes(trx: Transaction<Database>, entryId: number, themes: string[]) {
  await trx.deleteFrom("archive_entry_themes").where("entry_id", "=", entryId).execute();
  const list = normaliseThemes(themes);
  if (list.length) await trx.insertInto("archive_entry_themes").values(list.map((theme) => ({ entry_id: entryId, theme }))).execute();
}

export type NewArchiveEntry = {
  fields: ArchiveEntryFields;
  origin: ArchiveEntry["origin"];
  actorUserId: number | null;
  publishedAt?: Date;
  note?: string | null;
  isDemo?: boolean;
};

/** Publishes an entry: its first version, its themes, its place in the index, and the audit entry. */
export async function createArchiveEntry(db: Kysely<Database>, input: NewArchiveEntry): Promise<{ id: number; slug: string }> {
  return inTransaction(db, async (trx) => {
    const fields = { ...input.fields, themes: normaliseThemes(input.fields.themes) };
    await ensureYear(trx, fields.year);
    const slug = await freeSlug(trx, fields.year, entrySlug(fields), null);
    const now = new Date().toISOString();
    const { id } = await trx
      .insertInto("archive_entries")
      .values({
        ...columnsOf(fields),
        slug,
        origin: input.origin,
        is_demo: input.isDemo ? 1 : 0,
        published_at: (input.publishedAt ?? new Date()).toISOString(),
        version: 1,
        updated_at: now,
        updated_by: input.actorUserId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeThemes(trx, id, fields.themes);
    await trx
      .insertInto("archive_entry_versions")
      .values({ entry_id: id, version: 1, snapshot: JSON.stringify(fields), changed_by: input.actorUserId, changed_at: now, note: input.note ?? null })
      .execute();
    await indexArchiveEntry(trx, { id, ...fields });
    await bumpRevision(trx);
    await recordAudit(trx, { actorUserId: input.actorUserId, action: "archive.entry_published", target: `archive_entry:${id}`, details: { year: fields.year, slug, origin: input.origin } });
    return { id, slug };
  });
}

/**
 * Saves an edit as a new version (the page always shows the latest). An edit that changes nothing
 * makes no version. The slug stays the same so that links keep working.
 */
export async function updateArchiveEntry(
  db: Kysely<Database>,
  id: number,
  { fields: input, actorUserId, note }: { fields: ArchiveEntryFields; actorUserId: number | null; note: string | null },
): Promise<{ version: number; changed: boolean } | undefined> {
  return inTransaction(db, async (trx) => {
    const current = await getArchiveEntryById(trx, id);
    if (!current) return undefined;
    const fields = { ...input, themes: normaliseThemes(input.themes) };
    if (diffEntryFields(fieldsOf(current), fields).length === 0) return { version: current.version, changed: false };
    await ensureYear(trx, fields.year);
    const slug = fields.year === current.year ? current.slug : await freeSlug(trx, fields.year, current.slug, id);
    const version = current.version + 1;
    const now = new Date().toISOString();
    await trx
      .updateTable("archive_entries")
      .set({ ...columnsOf(fields), slug, version, updated_at: now, updated_by: actorUserId })
      .where("id", "=", id)
      .execute();
    await writeThemes(trx, id, fields.themes);
    await trx
      .insertInto("archive_entry_versions")
      .values({ entry_id: id, version, snapshot: JSON.stringify(fields), changed_by: actorUserId, changed_at: now, note })
      .execute();
    await indexArchiveEntry(trx, { id, ...fields });
    await bumpRevision(trx);
    await recordAudit(trx, { actorUserId, action: "archive.entry_edited", target: `archive_entry:${id}`, details: { version, note } });
    return { version, changed: true };
  });
}

export type EntryVersion = { version: number; fields: ArchiveEntryFields; changedAt: string; changedBy: string | null; note: string | null };

/** Every version of an entry, newest first. */
export async function listEntryVersions(db: Kysely<Database>, entryId: number): Promise<EntryVersion[]> {
  const rows = await db
    .selectFrom("archive_entry_versions")
    .leftJoin("users", "users.id", "archive_entry_versions.changed_by")
    .select([
      "archive_entry_versions.version",
      "archive_entry_versions.snapshot",
      "archive_entry_versions.changed_at",
      "archive_entry_versions.note",
      "users.name as changed_by",
    ])
    .where("archive_entry_versions.entry_id", "=", entryId)
    .orderBy("archive_entry_versions.version", "desc")
    .execute();
  return rows.map((r) => ({ version: r.version, fields: JSON.parse(r.snapshot) as ArchiveEntryFields, changedAt: r.changed_at, changedBy: r.changed_by, note: r.note }));
}

/** Every entry with its themes, for the feeds and the sitemap. */
export async function allArchiveEntries(db: Kysely<Database>): Promise<ArchiveEntryWithThemes[]> {
  return listArchiveEntries(db);
}

// The admin's verbs: the archive's rules checked and the change written in one transaction, so two
// admins saving at once cannot both add a winner to the same year. ------------------------------

/** The entries of a year, as the rule of one winner a year needs them. */
export async function listYearResults(db: Kysely<Database>, year: number): Promise<YearEntry[]> {
  return db.selectFrom("archive_entries").select(["id", "organisation_name", "result"]).where("year", "=", year).execute();
}

/** The year's rule refuses the entry on its result: a second winner. */
type RuleRefusal = FieldRefusal<keyof ArchiveEntryFields>;

function ruleRefusal(problem: string | null): RuleRefusal | null {
  return problem ? { ok: false, problem, fields: { result: problem } } : null;
}

/** Publishes an entry an admin entered, unless the year already has the winner it would rival. */
export async function publishArchiveEntry(
  db: Kysely<Database>,
  input: NewArchiveEntry,
): Promise<Outcome<{ id: number; slug: string }, RuleRefusal>> {
  return inTransaction(db, async (trx) => {
    const refused = ruleRefusal(secondWinnerProblem({ id: null, ...input.fields }, await listYearResults(trx, input.fields.year)));
    if (refused) return refused;
    return { ok: true, ...(await createArchiveEntry(trx, input)) };
  });
}

/** An edit made from an older version than the entry's: someone saved it after the form was opened. */
export type StaleEdit = Refusal & { stale: { version: number; updatedAt: string; updatedBy: string | null } };

/**
 * Saves an admin's edit as a new version (none if nothing changed), unless it was made from an older
 * version than the entry's (another edit would be silently undone), would make a second winner of
 * its year, or is of an entry that is not there.
 */
export async function reviseArchiveEntry(
  db: Kysely<Database>,
  id: number,
  input: { fields: ArchiveEntryFields; actorUserId: number; note: string | null; expectedVersion: number },
): Promise<Outcome<{ version: number; changed: boolean }, RuleRefusal | StaleEdit | NotFound>> {
  return inTransaction(db, async (trx) => {
    const current = await trx
      .selectFrom("archive_entries")
      .leftJoin("users", "users.id", "archive_entries.updated_by")
      .select(["archive_entries.version", "archive_entries.updated_at", "users.name as updated_by_name"])
      .where("archive_entries.id", "=", id)
      .executeTakeFirst();
    if (!current) return notFoundRefusal("archive entry");
    if (current.version !== input.expectedVersion) {
      return {
        ok: false,
        problem: "This entry was changed by someone else since you opened it",
        stale: { version: current.version, updatedAt: current.updated_at, updatedBy: current.updated_by_name },
      };
    }
    const refused = ruleRefusal(secondWinnerProblem({ id, ...input.fields }, await listYearResults(trx, input.fields.year)));
    if (refused) return refused;
    const saved = await updateArchiveEntry(trx, id, input);
    return saved ? { ok: true, ...saved } : notFoundRefusal("archive entry");
  });
}

/** Saves a year's details unless they are exactly what is stored already. */
export async function saveAwardYearIfChanged(db: Kysely<Database>, input: AwardYearInput, actorUserId: number | null): Promise<{ changed: boolean }> {
  return inTransaction(db, async (trx) => {
    const stored = await getAwardYear(trx, input.year);
    const same =
      stored !== undefined &&
      stored.ceremony_date === input.ceremony_date &&
      stored.ceremony_place === input.ceremony_place &&
      stored.notes === input.notes &&
      stored.source_note === input.source_note &&
      stored.source_url === input.source_url;
    if (same) return { changed: false };
    await saveAwardYear(trx, input, actorUserId);
    return { changed: true };
  });
}

/** Every year the archive knows anything about: award years and the years of its entries. */
export async function knownArchiveYears(db: Kysely<Database>): Promise<number[]> {
  const [years, entries] = await Promise.all([
    db.selectFrom("award_years").select("year").execute(),
    db.selectFrom("archive_entries").select("year").distinct().execute(),
  ]);
  return [...new Set([...years, ...entries].map((r) => r.year))].sort((a, b) => b - a);
}
