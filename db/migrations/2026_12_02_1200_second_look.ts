// A second look (issue 12, decision 026): the secretariat gives chosen entries extra first-round score
// sheets after the first round. Each row adds places to one entry, so that the assignment rules (and a
// replacement after a recusal) know the entry needs perEntry + extra judges. The assignments themselves
// are ordinary first-round ones with the source "second_look" (source is free text).
import type { Kysely } from "kysely";
import { identity } from "../portable";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("second_look_places")
    .addColumn("id", "integer", identity(db))
    .addColumn("cycle_id", "integer", (c) => c.notNull().references("award_cycles.id").onDelete("cascade"))
    .addColumn("nomination_id", "integer", (c) => c.notNull().references("nominations.id").onDelete("cascade"))
    .addColumn("extra_sheets", "integer", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("second_look_places_cycle_idx").on("second_look_places").columns(["cycle_id", "nomination_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("second_look_places").execute();
}
