// Feedback to every entrant (issue 15, part 3; decision 038): after the announcement the secretariat
// assembles, per entry, feedback by criterion from the judges' comments and the score bands (never a
// judge's name or code), edits and approves it, and releases it to the entrant's organisation.
// One row per entry of a cycle; deleted with the judges' comments by the retention rule (decision 020).
import type { Kysely } from "kysely";
import { identity } from "../portable";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("entrant_feedback")
    .addColumn("id", "integer", identity(db))
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("nomination_id", "integer", (c) => c.notNull().references("nominations.id").onDelete("cascade"))
    // draft (assembled or edited), approved (ready to release), released (the organisation can read it).
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft"))
    // JSON array: [{ criterionId, title, band, text }], one per criterion of the first round.
    .addColumn("criteria", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("overall", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("assembled_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "integer", (c) => c.references("users.id"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("approved_by", "integer", (c) => c.references("users.id"))
    .addColumn("approved_at", "text")
    .addColumn("released_by", "integer", (c) => c.references("users.id"))
    .addColumn("released_at", "text")
    .execute();
  await db.schema.createIndex("entrant_feedback_entry_idx").on("entrant_feedback").columns(["cycle_id", "nomination_id"]).unique().execute();
  await db.schema.createIndex("entrant_feedback_nomination_idx").on("entrant_feedback").column("nomination_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("entrant_feedback").execute();
}
