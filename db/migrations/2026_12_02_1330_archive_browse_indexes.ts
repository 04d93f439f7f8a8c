// Indexes that let the archive's pages cost the same at 100 as at 100,000 case studies (issue 17,
// decision 032): the archive's order (newest year, winner first, then by name) for a page of
// entries, each filter's column leading into that order, and the few distinct values the filters
// offer, read by skipping along an index rather than scanning the table.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  // "result desc" puts winner, highly_commended, finalist in the award's order.
  await sql`create index archive_entries_order_idx on archive_entries (year desc, result desc, organisation_name, id)`.execute(db);
  await sql`create index archive_entries_region_idx on archive_entries (region, year desc, result desc, organisation_name, id)`.execute(db);
  await sql`create index archive_entries_type_idx on archive_entries (organisation_type, year desc, result desc, organisation_name, id)`.execute(db);
  await sql`create index archive_entries_result_idx on archive_entries (result, year)`.execute(db);
  await sql`create index archive_entries_demo_idx on archive_entries (is_demo, year)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ["archive_entries_order_idx", "archive_entries_region_idx", "archive_entries_type_idx", "archive_entries_result_idx", "archive_entries_demo_idx"]) {
    await db.schema.dropIndex(name).ifExists().execute();
  }
}
