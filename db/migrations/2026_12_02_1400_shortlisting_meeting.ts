// The shortlisting meeting (issue 15, decision 033): for each first-round entry the panel discussed,
// the secretariat records the panel's agreed position and any divergent view, with who holds it (by
// judge code or side, never by name). One row per entry of a cycle; edited in place until the
// shortlist is confirmed, every change audited.
import type { Kysely } from "kysely";
import { identity } from "../portable";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("meeting_records")
    .addColumn("id", "integer", identity(db))
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("nomination_id", "integer", (c) => c.notNull().references("nominations.id").onDelete("cascade"))
    .addColumn("agreed_position", "text", (c) => c.notNull())
    .addColumn("divergent_view", "text", (c) => c.notNull().defaultTo(""))
    // A JSON array of who holds the divergent view: judge codes ("J03") and sides ("staff_side").
    .addColumn("divergent_held_by", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("recorded_by", "integer", (c) => c.references("users.id"))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "integer", (c) => c.references("users.id"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("meeting_records_entry_idx").on("meeting_records").columns(["cycle_id", "nomination_id"]).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("meeting_records").execute();
}
