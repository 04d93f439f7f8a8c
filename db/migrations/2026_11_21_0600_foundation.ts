// Foundation tables: organisations, people, roles, sessions, one-time tokens, login attempts, audit.
import { sql, type Kysely } from "kysely";
import { identity } from "../portable";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("organisations")
    .addColumn("id", "integer", identity(db))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("short_name", "text")
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("region", "text")
    .addColumn("ods_code", "text", (c) => c.unique())
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("organisations_name_idx").on("organisations").column("name").execute();

  await db.schema
    .createTable("organisation_aliases")
    .addColumn("id", "integer", identity(db))
    .addColumn("organisation_id", "integer", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("alias", "text", (c) => c.notNull())
    .addUniqueConstraint("organisation_aliases_unique", ["organisation_id", "alias"])
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "integer", identity(db))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("email_normalised", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text")
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("email_verified_at", "text")
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("roles")
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("granted_at", "text", (c) => c.notNull())
    .addColumn("granted_by", "integer", (c) => c.references("users.id"))
    .addPrimaryKeyConstraint("roles_pk", ["user_id", "role"])
    .execute();

  await db.schema
    .createTable("memberships")
    .addColumn("id", "integer", identity(db))
    // An entrant belongs to one organisation.
    .addColumn("user_id", "integer", (c) =>
      c.notNull().unique().references("users.id").onDelete("cascade"),
    )
    .addColumn("organisation_id", "integer", (c) => c.notNull().references("organisations.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("memberships_organisation_idx")
    .on("memberships")
    .column("organisation_id")
    .execute();

  await db.schema
    .createTable("organisation_requests")
    .addColumn("id", "integer", identity(db))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("organisation_id", "integer", (c) => c.references("organisations.id"))
    .addColumn("decided_by", "integer", (c) => c.references("users.id"))
    .addColumn("decided_at", "text")
    .addColumn("reason", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("judge_profiles")
    .addColumn("user_id", "integer", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("side", "text", (c) => c.notNull())
    .addColumn("organisation_id", "integer", (c) => c.references("organisations.id"))
    .addColumn("job_title", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("invitations")
    .addColumn("id", "integer", identity(db))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("email_normalised", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("side", "text")
    .addColumn("organisation_id", "integer", (c) => c.references("organisations.id"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("invited_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("accepted_at", "text")
    .addColumn("accepted_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("revoked_at", "text")
    .execute();

  for (const table of ["password_reset_tokens", "email_verification_tokens"]) {
    await db.schema
      .createTable(table)
      .addColumn("id", "integer", identity(db))
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("used_at", "text")
      .execute();
  }

  await db.schema
    .createTable("login_attempts")
    .addColumn("id", "integer", identity(db))
    .addColumn("email_normalised", "text", (c) => c.notNull())
    .addColumn("ip", "text", (c) => c.notNull())
    .addColumn("succeeded", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("login_attempts_email_idx")
    .on("login_attempts")
    .columns(["email_normalised", "created_at"])
    .execute();
  await db.schema
    .createIndex("login_attempts_ip_idx")
    .on("login_attempts")
    .columns(["ip", "created_at"])
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "integer", identity(db))
    .addColumn("actor_user_id", "integer")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("target", "text")
    .addColumn("details", "text", (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("prev_hash", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "audit_log",
    "login_attempts",
    "email_verification_tokens",
    "password_reset_tokens",
    "invitations",
    "sessions",
    "judge_profiles",
    "organisation_requests",
    "memberships",
    "roles",
    "users",
    "organisation_aliases",
    "organisations",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
