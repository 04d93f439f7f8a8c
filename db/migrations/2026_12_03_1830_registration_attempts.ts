// Registration is throttled per client address (decision 041): each valid registration form posted
// is a row, counted over the last hour. Like login_attempts, it holds an address and a time only.
import type { Kysely } from "kysely";
import { identity } from "../portable";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("registration_attempts")
    .addColumn("id", "integer", identity(db))
    .addColumn("ip", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("registration_attempts_ip_idx").on("registration_attempts").columns(["ip", "created_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("registration_attempts").execute();
}
