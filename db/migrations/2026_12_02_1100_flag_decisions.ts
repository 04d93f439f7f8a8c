// The secretariat's decision on each flag of a judging entry (issue 11, decision 024): "hide" (the
// phrase was added as a redaction term) or "keep". Kept per nomination and flag key (a normalised form
// of the flagged phrase), so a decision survives the text being rebuilt and new phrases start undecided.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("redaction_flag_decisions")
    .addColumn("nomination_id", "integer", (c) => c.notNull().references("nominations.id").onDelete("cascade"))
    .addColumn("flag_key", "text", (c) => c.notNull())
    // The phrase as it was written when decided, for the review page.
    .addColumn("matched", "text", (c) => c.notNull())
    .addColumn("decision", "text", (c) => c.notNull())
    .addColumn("decided_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("decided_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("redaction_flag_decisions_pk", ["nomination_id", "flag_key"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("redaction_flag_decisions").execute();
}
