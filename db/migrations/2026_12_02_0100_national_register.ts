// The national register of organisations: the organisations table gains what NHS England's ODS file
// and the other sources say of each body (nation, kind, region's ICB, headquarters, postcode, open
// and close dates, source) and the organisation that took over a closed one; aliases gain a kind, so
// former names are told apart from other names.
import type { Kysely } from "kysely";

const COLUMNS = ["kind", "nation", "icb_code", "site", "town", "postcode", "opened_on", "closed_on", "source"] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const column of COLUMNS) {
    await db.schema.alterTable("organisations").addColumn(column, "text").execute();
  }
  await db.schema
    .alterTable("organisations")
    .addColumn("successor_id", "integer", (c) => c.references("organisations.id").onDelete("set null"))
    .execute();
  await db.schema
    .alterTable("organisation_aliases")
    .addColumn("kind", "text", (c) => c.notNull().defaultTo("alias"))
    .execute();
  await db.schema.createIndex("organisations_successor_idx").on("organisations").column("successor_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("organisations_successor_idx").execute();
  await db.schema.alterTable("organisation_aliases").dropColumn("kind").execute();
  await db.schema.alterTable("organisations").dropColumn("successor_id").execute();
  for (const column of [...COLUMNS].reverse()) {
    await db.schema.alterTable("organisations").dropColumn(column).execute();
  }
}
