// Results and publication: the shortlist (finalists with a rationale each) and its confirmation, the
// final round's panel and criteria, the embargoed decisions (winner, highly commended), the case
// studies generated for publication with their versions, and the claim that publishes a cycle once.
import type { Kysely } from "kysely";
import { identity } from "../portable";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("award_cycles").addColumn("shortlist_method", "text").execute();
  await db.schema.alterTable("award_cycles").addColumn("shortlist_confirmed_at", "text").execute();
  await db.schema.alterTable("award_cycles").addColumn("shortlist_confirmed_by", "integer").execute();
  // same | own: whether the final round is scored on the first round's criteria or its own.
  await db.schema.alterTable("award_cycles").addColumn("final_criteria", "text", (c) => c.notNull().defaultTo("same")).execute();
  // Set by the one runner that publishes the announcement, in the transaction that publishes.
  await db.schema.alterTable("award_cycles").addColumn("published_at", "text").execute();
  await db.schema.alterTable("award_cycles").addColumn("result_emails_claimed_at", "text").execute();
  await db.schema.alterTable("cycle_criteria").addColumn("round", "text", (c) => c.notNull().defaultTo("first")).execute();
  // Case studies published from a demo cycle are labelled as demo data wherever they are shown.
  await db.schema.alterTable("archive_entries").addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable("shortlist")
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("nomination_id", "integer", (c) => c.notNull().references("nominations.id").onDelete("cascade"))
    .addColumn("rationale", "text", (c) => c.notNull())
    .addColumn("chosen_by", "integer", (c) => c.references("users.id"))
    .addColumn("chosen_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("shortlist_pk", ["cycle_id", "nomination_id"])
    .execute();

  await db.schema
    .createTable("final_panel")
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("judge_user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("added_by", "integer", (c) => c.references("users.id"))
    .addColumn("added_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("final_panel_pk", ["cycle_id", "judge_user_id"])
    .execute();

  await db.schema
    .createTable("award_decisions")
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("nomination_id", "integer", (c) => c.notNull().references("nominations.id").onDelete("cascade"))
    // winner | highly_commended | finalist
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("rationale", "text", (c) => c.notNull())
    .addColumn("decided_by", "integer", (c) => c.references("users.id"))
    .addColumn("decided_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("award_decisions_pk", ["cycle_id", "nomination_id"])
    .execute();

  await db.schema
    .createTable("case_study_drafts")
    .addColumn("nomination_id", "integer", (c) => c.primaryKey().references("nominations.id").onDelete("cascade"))
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    // JSON ArchiveEntryFields: what will be published.
    .addColumn("fields", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("archive_entry_id", "integer", (c) => c.references("archive_entries.id"))
    .addColumn("updated_by", "integer", (c) => c.references("users.id"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("case_study_draft_versions")
    .addColumn("id", "integer", identity(db))
    .addColumn("nomination_id", "integer", (c) => c.notNull().references("case_study_drafts.nomination_id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("snapshot", "text", (c) => c.notNull())
    .addColumn("changed_by", "integer", (c) => c.references("users.id"))
    .addColumn("changed_at", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addUniqueConstraint("case_study_draft_versions_once", ["nomination_id", "version"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["case_study_draft_versions", "case_study_drafts", "award_decisions", "final_panel", "shortlist"]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  for (const c of ["shortlist_method", "shortlist_confirmed_at", "shortlist_confirmed_by", "final_criteria", "published_at", "result_emails_claimed_at"]) {
    await db.schema.alterTable("award_cycles").dropColumn(c).execute();
  }
  await db.schema.alterTable("cycle_criteria").dropColumn("round").execute();
  await db.schema.alterTable("archive_entries").dropColumn("is_demo").execute();
}
