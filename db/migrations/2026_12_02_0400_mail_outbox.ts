// The outbox of e-mails: every message is written here in the transaction of the change that causes
// it, and a deliverer sends it afterwards with retries (docs/decisions/017-transactional-outbox.md).
import type { Kysely } from "kysely";
import { identity } from "../portable";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("mail_outbox")
    .addColumn("id", "integer", identity(db))
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    // Emptied once sent: a body can hold a one-time link, and only hashes of links are kept at rest.
    .addColumn("body", "text")
    // queued | sending | sent | failed
    .addColumn("status", "text", (c) => c.notNull().defaultTo("queued"))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    // When it may next be tried; while sending, when the claim lapses (a crashed sender's lease).
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    // Set where a message must exist once (one result e-mail per finalist contact, say).
    .addColumn("idempotency_key", "text", (c) => c.unique())
    .execute();
  await db.schema.createIndex("mail_outbox_due").on("mail_outbox").columns(["status", "next_attempt_at"]).execute();
  await db.schema.createIndex("mail_outbox_created").on("mail_outbox").column("created_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("mail_outbox").execute();
}
