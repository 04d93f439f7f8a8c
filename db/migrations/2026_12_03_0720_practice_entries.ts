// Calibration before scoring (issue 15 part 2, decision 037): the practice entry the secretariat
// chooses for a cycle (a past case study from the archive, stored as the judges' redacted copy) and
// each judge's practice score sheet. Kept apart from score_sheets and scores on purpose: nothing that
// builds results, exports or the normalisation reads these tables.
import type { Kysely } from "kysely";
import { identity } from "../portable";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("practice_entries")
    .addColumn("cycle_id", "integer", (c) => c.primaryKey().references("award_cycles.id").onDelete("cascade"))
    .addColumn("archive_entry_id", "integer", (c) => c.notNull().references("archive_entries.id").onDelete("cascade"))
    // The register organisation the case study is from, where it could be found: judges with a
    // conflict with it are not offered the practice entry.
    .addColumn("organisation_id", "integer", (c) => c.references("organisations.id"))
    // JSON RedactedEntry with its sections' headings: the judges' copy, built when chosen.
    .addColumn("redacted", "text", (c) => c.notNull())
    .addColumn("redaction_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("chosen_by", "integer", (c) => c.references("users.id"))
    .addColumn("chosen_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("practice_sheets")
    .addColumn("id", "integer", identity(db))
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("judge_user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("archive_entry_id", "integer", (c) => c.notNull().references("archive_entries.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft"))
    .addColumn("overall_comment", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("submitted_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("practice_sheets_judge_idx").on("practice_sheets").columns(["cycle_id", "archive_entry_id", "judge_user_id"]).unique().execute();
  await db.schema
    .createTable("practice_scores")
    .addColumn("sheet_id", "integer", (c) => c.notNull().references("practice_sheets.id").onDelete("cascade"))
    .addColumn("criterion_id", "integer", (c) => c.notNull().references("cycle_criteria.id").onDelete("cascade"))
    .addColumn("score", "integer")
    .addColumn("comment", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("practice_scores_pk", ["sheet_id", "criterion_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("practice_scores").execute();
  await db.schema.dropTable("practice_sheets").execute();
  await db.schema.dropTable("practice_entries").execute();
}
