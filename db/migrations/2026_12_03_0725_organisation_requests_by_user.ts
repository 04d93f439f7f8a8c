// The session lookup runs on every signed-in request and reads the user's latest organisation request
// (its name and status): without an index it scanned every request in the table (decision 036).
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index organisation_requests_user_idx on organisation_requests (user_id, id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("organisation_requests_user_idx").ifExists().execute();
}
