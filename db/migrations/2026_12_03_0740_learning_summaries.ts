// The sector's learning (issue 15, part 4): one summary per award cycle that the secretariat writes
// from the year's finalists (what the strongest entries had in common, and a note per criterion),
// shown on the public year page only once the cycle is announced. Every change is audited.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("learning_summaries")
    .addColumn("cycle_id", "integer", (c) => c.primaryKey().references("award_cycles.id").onDelete("cascade"))
    .addColumn("summary", "text", (c) => c.notNull())
    // A JSON array of { criterionId, title, text }: the criterion's title as it was, so the public page needs no criteria.
    .addColumn("criterion_notes", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "integer", (c) => c.references("users.id"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("learning_summaries").execute();
}
