// Blind judging: each nomination's judging entry (its random code and the judges' redacted copy),
// redaction terms added at review, judges' statements and declared conflicts, assignments (with
// recusals and moves kept as history), score sheets and their scores, and judging reminders sent.
import { sql, type Kysely } from "kysely";
import { identity } from "../portable";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("judging_entries")
    .addColumn("nomination_id", "integer", (c) => c.primaryKey().references("nominations.id").onDelete("cascade"))
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull().unique())
    // needs_review | released | withheld
    .addColumn("status", "text", (c) => c.notNull().defaultTo("needs_review"))
    // Hash of the entrant's text and the terms the redaction was built from: a change means re-review.
    .addColumn("source_hash", "text", (c) => c.notNull())
    // JSON: the judges' copy { title, sections: [{ sectionId, text }] }, built from the text above.
    .addColumn("redacted", "text", (c) => c.notNull())
    .addColumn("redaction_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("flag_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("released_at", "text")
    .addColumn("released_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("judging_entries_cycle_idx").on("judging_entries").columns(["cycle_id", "status"]).execute();

  await db.schema
    .createTable("redaction_terms")
    .addColumn("id", "integer", identity(db))
    .addColumn("nomination_id", "integer", (c) => c.notNull().references("nominations.id").onDelete("cascade"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("added_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("redaction_terms_nomination_idx").on("redaction_terms").column("nomination_id").execute();

  await db.schema
    .createTable("judge_statements")
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("judge_user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("accepted_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("judge_statements_pk", ["cycle_id", "judge_user_id"])
    .execute();

  await db.schema
    .createTable("judge_conflicts")
    .addColumn("id", "integer", identity(db))
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("judge_user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("organisation_id", "integer", (c) => c.notNull().references("organisations.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("removed_at", "text")
    .execute();
  await db.schema.createIndex("judge_conflicts_cycle_idx").on("judge_conflicts").columns(["cycle_id", "judge_user_id"]).execute();

  await db.schema
    .createTable("judging_assignments")
    .addColumn("id", "integer", identity(db))
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("round", "text", (c) => c.notNull().defaultTo("first"))
    .addColumn("nomination_id", "integer", (c) => c.notNull().references("nominations.id").onDelete("cascade"))
    .addColumn("judge_user_id", "integer", (c) => c.notNull().references("users.id"))
    // live | recused | moved | removed
    .addColumn("status", "text", (c) => c.notNull().defaultTo("live"))
    // auto | manual | replacement | late
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("ended_reason", "text")
    .addColumn("ended_by", "integer", (c) => c.references("users.id"))
    .addColumn("ended_at", "text")
    .execute();
  await db.schema.createIndex("judging_assignments_judge_idx").on("judging_assignments").columns(["judge_user_id", "cycle_id", "status"]).execute();
  await db.schema.createIndex("judging_assignments_nomination_idx").on("judging_assignments").columns(["nomination_id", "status"]).execute();
  // One live assignment per judge, entry and round: a double-clicked "confirm" cannot make two.
  await db.schema
    .createIndex("judging_assignments_live_once")
    .on("judging_assignments")
    .columns(["nomination_id", "judge_user_id", "round"])
    .unique()
    .where(sql.ref("status"), "=", "live")
    .execute();

  await db.schema
    .createTable("score_sheets")
    .addColumn("id", "integer", identity(db))
    .addColumn("assignment_id", "integer", (c) => c.notNull().unique().references("judging_assignments.id").onDelete("cascade"))
    // draft | submitted
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft"))
    .addColumn("overall_comment", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("submitted_at", "text")
    .addColumn("reopened_at", "text")
    .addColumn("reopened_reason", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("scores")
    .addColumn("sheet_id", "integer", (c) => c.notNull().references("score_sheets.id").onDelete("cascade"))
    .addColumn("criterion_id", "integer", (c) => c.notNull().references("cycle_criteria.id"))
    .addColumn("score", "integer")
    .addColumn("comment", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("scores_pk", ["sheet_id", "criterion_id"])
    .execute();

  await db.schema
    .createTable("judging_reminders_sent")
    .addColumn("id", "integer", identity(db))
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("judge_user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("sent_at", "text", (c) => c.notNull())
    .addUniqueConstraint("judging_reminders_sent_once", ["cycle_id", "judge_user_id", "kind"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["judging_reminders_sent", "scores", "score_sheets", "judging_assignments", "judge_conflicts", "judge_statements", "redaction_terms", "judging_entries"]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
