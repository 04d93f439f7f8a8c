// Award cycles with their dates, criteria and entry-form sections; nominations, their answers and
// endorsements; deadline extensions; and a record of reminders sent (so each is sent once).
import type { Kysely } from "kysely";
import { identity, isPostgres } from "../portable";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("award_cycles")
    .addColumn("id", "integer", identity(db))
    .addColumn("year", "integer", (c) => c.notNull().unique())
    .addColumn("stage", "text", (c) => c.notNull().defaultTo("draft"))
    .addColumn("nominations_open_at", "text")
    .addColumn("nominations_close_at", "text")
    .addColumn("judging_open_at", "text")
    .addColumn("judging_close_at", "text")
    .addColumn("shortlist_at", "text")
    .addColumn("final_judging_at", "text")
    .addColumn("announcement_at", "text")
    .addColumn("judges_per_entry", "integer", (c) => c.notNull().defaultTo(3))
    .addColumn("finalists_count", "integer", (c) => c.notNull().defaultTo(4))
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("cycle_criteria")
    .addColumn("id", "integer", identity(db))
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("guidance", "text", (c) => c.notNull())
    // Double precision on PostgreSQL, whose "real" has only 6 digits (SQLite's real is 8 bytes).
    .addColumn("weight", isPostgres(db) ? "double precision" : "real", (c) => c.notNull())
    .addColumn("scale_min", "integer", (c) => c.notNull())
    .addColumn("scale_max", "integer", (c) => c.notNull())
    .addColumn("descriptors", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("cycle_sections")
    .addColumn("id", "integer", identity(db))
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("guidance", "text", (c) => c.notNull())
    .addColumn("word_limit", "integer")
    .addColumn("criterion_id", "integer", (c) => c.references("cycle_criteria.id"))
    .addUniqueConstraint("cycle_sections_key", ["cycle_id", "key"])
    .execute();

  await db.schema
    .createTable("nominations")
    .addColumn("id", "integer", identity(db))
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id"))
    .addColumn("organisation_id", "integer", (c) => c.notNull().references("organisations.id"))
    .addColumn("reference", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft"))
    .addColumn("consent_to_publish", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("identifying_terms", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("employer_lead_name", "text")
    .addColumn("employer_lead_role", "text")
    .addColumn("employer_lead_email", "text")
    .addColumn("staff_lead_name", "text")
    .addColumn("staff_lead_role", "text")
    .addColumn("staff_lead_email", "text")
    .addColumn("unions", "text")
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("submitted_at", "text")
    .addColumn("submitted_hash", "text")
    .addColumn("withdrawn_at", "text")
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("updated_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("nominations_cycle_org_idx").on("nominations").columns(["cycle_id", "organisation_id"]).execute();

  await db.schema
    .createTable("nomination_answers")
    .addColumn("nomination_id", "integer", (c) => c.notNull().references("nominations.id").onDelete("cascade"))
    .addColumn("section_id", "integer", (c) => c.notNull().references("cycle_sections.id"))
    .addColumn("text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("nomination_answers_pk", ["nomination_id", "section_id"])
    .execute();

  await db.schema
    .createTable("endorsements")
    .addColumn("id", "integer", identity(db))
    .addColumn("nomination_id", "integer", (c) => c.notNull().references("nominations.id").onDelete("cascade"))
    .addColumn("side", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("reason", "text")
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("sent_at", "text", (c) => c.notNull())
    .addColumn("responded_at", "text")
    .addColumn("decided_by", "integer", (c) => c.references("users.id"))
    .execute();
  await db.schema.createIndex("endorsements_nomination_idx").on("endorsements").column("nomination_id").execute();

  await db.schema
    .createTable("deadline_extensions")
    .addColumn("id", "integer", identity(db))
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("organisation_id", "integer", (c) => c.references("organisations.id"))
    .addColumn("new_close_at", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("reminders_sent")
    .addColumn("id", "integer", identity(db))
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("organisation_id", "integer", (c) => c.notNull().references("organisations.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("sent_at", "text", (c) => c.notNull())
    .addUniqueConstraint("reminders_sent_once", ["cycle_id", "organisation_id", "kind"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["reminders_sent", "deadline_extensions", "endorsements", "nomination_answers", "nominations", "cycle_sections", "cycle_criteria", "award_cycles"]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
