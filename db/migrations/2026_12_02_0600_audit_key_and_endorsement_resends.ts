// The audit log's keyed chain and the limit on resent endorsement links (decision 019).
// audit_chain records where the keyed chain (HMAC-SHA256, with a key kept outside the database)
// starts: the rows already written were chained without a key, and no migration can re-key them
// (it has no key), so they stay as they are and every row from keyed_from_id on is keyed.
// endorsement_resends records each link sent again, so that a lead gets at most a few an hour.
import { sql, type Kysely } from "kysely";
import { identity } from "../portable";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("audit_chain")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("keyed_from_id", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db
    .insertInto("audit_chain")
    .values({
      id: 1,
      keyed_from_id: sql`(select coalesce(max(id), 0) + 1 from audit_log)`,
      created_at: new Date().toISOString(),
    })
    .execute();

  await db.schema
    .createTable("endorsement_resends")
    .addColumn("id", "integer", identity(db))
    .addColumn("nomination_id", "integer", (c) => c.notNull().references("nominations.id").onDelete("cascade"))
    .addColumn("side", "text", (c) => c.notNull())
    .addColumn("sent_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("endorsement_resends_lead_idx").on("endorsement_resends").columns(["nomination_id", "side", "sent_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("endorsement_resends").execute();
  await db.schema.dropTable("audit_chain").execute();
}
