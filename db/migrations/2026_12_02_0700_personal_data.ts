// Personal data: what each lead agreed may be published about them (asked on the endorsement page),
// the personal details in a case study the secretariat has decided to keep, and the once-only mark
// of the retention rule applied to an announced cycle.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  // 0/1, or null for an endorsement given before the question was asked (treated as not agreed).
  await db.schema.alterTable("endorsements").addColumn("publish_name", "integer").execute();
  await db.schema.alterTable("endorsements").addColumn("publish_email", "integer").execute();

  // Set once, in the transaction that deletes the cycle's text past its retention period.
  await db.schema.alterTable("award_cycles").addColumn("retention_applied_at", "text").execute();

  await db.schema
    .createTable("case_study_kept_details")
    .addColumn("nomination_id", "integer", (c) => c.notNull().references("nominations.id").onDelete("cascade"))
    // name | email | phone | postcode
    .addColumn("kind", "text", (c) => c.notNull())
    // The detail as found, normalised (lower case, single spaces), so every occurrence is one decision.
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("kept_by", "integer", (c) => c.references("users.id"))
    .addColumn("kept_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("case_study_kept_details_pk", ["nomination_id", "kind", "value"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("case_study_kept_details").ifExists().execute();
  await db.schema.alterTable("award_cycles").dropColumn("retention_applied_at").execute();
  await db.schema.alterTable("endorsements").dropColumn("publish_email").execute();
  await db.schema.alterTable("endorsements").dropColumn("publish_name").execute();
}
