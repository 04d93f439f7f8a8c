// Lucia v3 adapter over our Kysely handle (docs/decisions/002-lucia-with-own-kysely-adapter.md).
// Session ids handed to it are already hashes of the cookie's token (see auth.server.ts).
import type { Adapter, DatabaseSession, DatabaseUser } from "lucia";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

export class KyselySessionAdapter implements Adapter {
  constructor(private readonly db: () => Kysely<Database>) {}

  async getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const row = await this.db()
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .select([
        "sessions.id as session_id",
        "sessions.expires_at",
        "users.id as user_id",
        "users.email",
        "users.name",
        "users.active",
        "users.email_verified_at",
      ])
      .where("sessions.id", "=", sessionId)
      .executeTakeFirst();
    if (!row) return [null, null];
    return [
      { id: row.session_id, userId: row.user_id, expiresAt: new Date(row.expires_at), attributes: {} },
      {
        id: row.user_id,
        attributes: {
          email: row.email,
          name: row.name,
          active: row.active,
          email_verified_at: row.email_verified_at,
        },
      },
    ];
  }

  async getUserSessions(userId: number): Promise<DatabaseSession[]> {
    const rows = await this.db().selectFrom("sessions").selectAll().where("user_id", "=", userId).execute();
    return rows.map((r) => ({ id: r.id, userId: r.user_id, expiresAt: new Date(r.expires_at), attributes: {} }));
  }

  async setSession(session: DatabaseSession): Promise<void> {
    await this.db()
      .insertInto("sessions")
      .values({
        id: session.id,
        user_id: session.userId,
        expires_at: session.expiresAt.toISOString(),
        created_at: new Date().toISOString(),
      })
      .execute();
  }

  async updateSessionExpiration(sessionId: string, expiresAt: Date): Promise<void> {
    await this.db()
      .updateTable("sessions")
      .set({ expires_at: expiresAt.toISOString() })
      .where("id", "=", sessionId)
      .execute();
  }

  async deleteSession(sessionId: string): Promise<void> {
    await this.db().deleteFrom("sessions").where("id", "=", sessionId).execute();
  }

  async deleteUserSessions(userId: number): Promise<void> {
    await this.db().deleteFrom("sessions").where("user_id", "=", userId).execute();
  }

  async deleteExpiredSessions(): Promise<void> {
    await this.db().deleteFrom("sessions").where("expires_at", "<=", new Date().toISOString()).execute();
  }
}
