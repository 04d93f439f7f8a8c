// Membership of an organisation is asked for, not asserted: each membership has a status (pending,
// approved, declined, removed) with who decided and when; and the e-mail domains the secretariat
// records as an organisation's own, whose confirmed addresses are approved at once.
import { sql, type Kysely } from "kysely";
import { identity } from "../portable";

export async function up(db: Kysely<any>): Promise<void> {
  // Pending unless a decision says otherwise: a row written without one gives no access.
  await db.schema.alterTable("memberships").addColumn("status", "text", (c) => c.notNull().defaultTo("pending")).execute();
  await db.schema.alterTable("memberships").addColumn("decided_by", "integer", (c) => c.references("users.id")).execute();
  await db.schema.alterTable("memberships").addColumn("decided_at", "text").execute();
  await db.schema.alterTable("memberships").addColumn("reason", "text").execute();
  // Memberships made before this were chosen by the entrant, unchecked: only those the secretariat
  // gave (an approved request for an unlisted organisation) stay approved; the rest wait for a decision.
  await sql`
    update memberships set
      status = 'approved',
      decided_by = (select r.decided_by from organisation_requests r
                    where r.user_id = memberships.user_id and r.organisation_id = memberships.organisation_id and r.status = 'approved'
                    order by r.id desc limit 1),
      decided_at = (select r.decided_at from organisation_requests r
                    where r.user_id = memberships.user_id and r.organisation_id = memberships.organisation_id and r.status = 'approved'
                    order by r.id desc limit 1)
    where exists (select 1 from organisation_requests r
                  where r.user_id = memberships.user_id and r.organisation_id = memberships.organisation_id and r.status = 'approved')
  `.execute(db);
  await db.schema.createIndex("memberships_organisation_status_idx").on("memberships").columns(["organisation_id", "status"]).execute();

  await db.schema
    .createTable("organisation_email_domains")
    .addColumn("id", "integer", identity(db))
    .addColumn("organisation_id", "integer", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    // Lower case, without the "@"; one organisation per domain.
    .addColumn("domain", "text", (c) => c.notNull().unique())
    .addColumn("added_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("organisation_email_domains_organisation_idx").on("organisation_email_domains").column("organisation_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("organisation_email_domains").ifExists().execute();
  await db.schema.dropIndex("memberships_organisation_status_idx").ifExists().execute();
  for (const column of ["reason", "decided_at", "decided_by", "status"]) {
    await db.schema.alterTable("memberships").dropColumn(column).execute();
  }
}
