// Users, their roles, memberships and judge profiles.
import { sql, type Kysely } from "kysely";
import { joinedByCommas } from "../../db/portable";
import type { Database, JudgeSide, Role, User } from "../../db/schema";
import type { SessionUser } from "~/domain/permissions";
import { recordAudit } from "./audit.server";
import { requestMembership } from "./memberships.server";
import { param, preparedQuery } from "~/platform/prepared.server";
import { inTransaction, likeContains } from "~/platform/sql.server";
import { endPasswordResetLinks } from "./tokens.server";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<User | undefined> {
  return db.selectFrom("users").selectAll().where("email_normalised", "=", normaliseEmail(email)).executeTakeFirst();
}

export async function getUserById(db: Kysely<Database>, id: number): Promise<User | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

const ROLE_ORDER: Role[] = ["entrant", "judge", "admin"];

/** Everything the permission checks and the header need about a signed-in user. */
export async function getSessionUserDetails(db: Kysely<Database>, user: User): Promise<SessionUser> {
  const [roles, membership, request, judge] = await Promise.all([
    db.selectFrom("roles").select("role").where("user_id", "=", user.id).execute(),
    db
      .selectFrom("memberships")
      .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
      .select(["organisations.id", "organisations.name", "memberships.status"])
      .where("memberships.user_id", "=", user.id)
      .executeTakeFirst(),
    db
      .selectFrom("organisation_requests")
      .select(["name", "status"])
      .where("user_id", "=", user.id)
      .orderBy("id", "desc")
      .executeTakeFirst(),
    db
      .selectFrom("judge_profiles")
      .leftJoin("organisations", "organisations.id", "judge_profiles.organisation_id")
      .select(["judge_profiles.side", "organisations.name as organisation_name"])
      .where("judge_profiles.user_id", "=", user.id)
      .executeTakeFirst(),
  ]);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: ROLE_ORDER.filter((r) => roles.some((x) => x.role === r)),
    emailVerified: user.email_verified_at !== null,
    ...membershipOf(membership ? { id: membership.id, name: membership.name, status: membership.status } : null),
    organisationRequest: membership ? null : (request ?? null),
    judge: judge ? { side: judge.side, organisationName: judge.organisation_name } : null,
  };
}

/**
 * What a membership gives: its organisation when approved (the only way to an organisation's
 * nominations), otherwise just the request's name and status, for the pages that explain.
 */
function membershipOf(m: { id: number; name: string; status: string } | null): Pick<SessionUser, "organisation" | "membershipRequest"> {
  if (!m) return { organisation: null, membershipRequest: null };
  if (m.status === "approved") return { organisation: { id: m.id, name: m.name }, membershipRequest: null };
  const status = m.status === "declined" || m.status === "removed" ? m.status : "pending";
  return { organisation: null, membershipRequest: { organisationName: m.name, status } };
}

/** A session with everything the permission checks need about its user, read in one query. */
export type SessionWithUser = {
  sessionId: string;
  expiresAt: Date;
  /** When the session began (sign-in): its absolute lifetime counts from here. */
  createdAt: Date;
  active: boolean;
  user: SessionUser;
};

/**
 * The session of that id (a hash of the cookie's token) with its user, their roles, organisation,
 * latest organisation request and judge profile: what getSessionUserDetails gives, in one query
 * rather than six, as it runs on every signed-in request (autosave among them).
 */
const sessionWithUserQuery = preparedQuery((db) =>
  db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .leftJoin("memberships", "memberships.user_id", "users.id")
    .leftJoin("organisations as member_of", "member_of.id", "memberships.organisation_id")
    .leftJoin("judge_profiles", "judge_profiles.user_id", "users.id")
    .leftJoin("organisations as judge_of", "judge_of.id", "judge_profiles.organisation_id")
    .select((eb) => [
      "sessions.id as session_id",
      "sessions.expires_at",
      "sessions.created_at as session_created_at",
      "users.id",
      "users.email",
      "users.name",
      "users.active",
      "users.email_verified_at",
      eb
        .selectFrom("roles")
        .select(joinedByCommas(db, sql.ref("roles.role")).as("roles"))
        .whereRef("roles.user_id", "=", "users.id")
        .as("roles"),
      "member_of.id as organisation_id",
      "member_of.name as organisation_name",
      "memberships.status as membership_status",
      eb
        .selectFrom("organisation_requests")
        .select("organisation_requests.name")
        .whereRef("organisation_requests.user_id", "=", "users.id")
        .orderBy("organisation_requests.id", "desc")
        .limit(1)
        .as("request_name"),
      eb
        .selectFrom("organisation_requests")
        .select("organisation_requests.status")
        .whereRef("organisation_requests.user_id", "=", "users.id")
        .orderBy("organisation_requests.id", "desc")
        .limit(1)
        .as("request_status"),
      "judge_profiles.side as judge_side",
      "judge_of.name as judge_organisation_name",
    ])
    .where("sessions.id", "=", param(0)),
);

export async function getSessionWithUser(db: Kysely<Database>, sessionId: string): Promise<SessionWithUser | undefined> {
  const [row] = (await sessionWithUserQuery(db, sessionId)).rows;
  if (!row) return undefined;
  const held = new Set((row.roles ?? "").split(","));
  const membership =
    row.organisation_id !== null && row.organisation_name !== null && row.membership_status !== null
      ? { id: row.organisation_id, name: row.organisation_name, status: row.membership_status }
      : null;
  const { organisation, membershipRequest } = membershipOf(membership);
  return {
    sessionId: row.session_id,
    expiresAt: new Date(row.expires_at),
    createdAt: new Date(row.session_created_at),
    active: Boolean(row.active),
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      roles: ROLE_ORDER.filter((r) => held.has(r)),
      emailVerified: row.email_verified_at !== null,
      organisation,
      membershipRequest,
      organisationRequest: membership || row.request_name === null || row.request_status === null ? null : { name: row.request_name, status: row.request_status },
      judge: row.judge_side ? { side: row.judge_side, organisationName: row.judge_organisation_name ?? null } : null,
    },
  };
}

export type NewEntrant = {
  name: string;
  email: string;
  passwordHash: string;
  organisationId: number | null;
  /** When the organisation is not listed: the name the entrant typed, for an admin to approve. */
  requestedOrganisationName: string | null;
};

/** Creates an entrant account, with its pending membership or its request for a new organisation. */
export async function createEntrant(db: Kysely<Database>, input: NewEntrant): Promise<number> {
  return inTransaction(db, async (trx) => {
    const now = new Date().toISOString();
    const { id } = await trx
      .insertInto("users")
      .values({
        email: input.email.trim(),
        email_normalised: normaliseEmail(input.email),
        name: input.name,
        password_hash: input.passwordHash,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx.insertInto("roles").values({ user_id: id, role: "entrant", granted_at: now, granted_by: null }).execute();
    // Asked for, not given: nothing of the organisation's is theirs until someone approves it.
    if (input.organisationId !== null) {
      await requestMembership(trx, { userId: id, organisationId: input.organisationId, now });
    } else if (input.requestedOrganisationName) {
      await trx
        .insertInto("organisation_requests")
        .values({ user_id: id, name: input.requestedOrganisationName, status: "pending", created_at: now })
        .execute();
    }
    await recordAudit(trx, {
      actorUserId: id,
      action: "user.registered",
      target: `user:${id}`,
      details: { organisationId: input.organisationId, requestedOrganisation: input.requestedOrganisationName },
    });
    return id;
  });
}

/** Sets a new password; every reset link the user still holds stops working with it (decision 019). */
export async function setPassword(db: Kysely<Database>, userId: number, passwordHash: string, now: Date = new Date()): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.updateTable("users").set({ password_hash: passwordHash, updated_at: now.toISOString() }).where("id", "=", userId).execute();
    await endPasswordResetLinks(trx, userId, now);
  });
}

export async function markEmailVerified(db: Kysely<Database>, userId: number): Promise<void> {
  await db
    .updateTable("users")
    .set({ email_verified_at: new Date().toISOString(), updated_at: new Date().toISOString() })
    .where("id", "=", userId)
    .where("email_verified_at", "is", null)
    .execute();
}

export async function grantRole(
  db: Kysely<Database>,
  { userId, role, grantedBy }: { userId: number; role: Role; grantedBy: number | null },
): Promise<void> {
  await db
    .insertInto("roles")
    .values({ user_id: userId, role, granted_at: new Date().toISOString(), granted_by: grantedBy })
    .onConflict((oc) => oc.columns(["user_id", "role"]).doNothing())
    .execute();
}

export async function upsertJudgeProfile(
  db: Kysely<Database>,
  { userId, side, organisationId }: { userId: number; side: JudgeSide; organisationId: number | null },
): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto("judge_profiles")
    .values({ user_id: userId, side, organisation_id: organisationId, job_title: null, created_at: now, updated_at: now })
    .onConflict((oc) => oc.column("user_id").doUpdateSet({ side, organisation_id: organisationId, updated_at: now }))
    .execute();
}

export type UserListRow = {
  id: number;
  name: string;
  email: string;
  active: number;
  email_verified_at: string | null;
  roles: string;
  organisation_name: string | null;
};

export const USERS_PAGE_SIZE = 50;

/** Users matching a search of name or e-mail (and optionally a role), a page at a time. */
export async function listUsers(
  db: Kysely<Database>,
  { q, role, page = 1 }: { q?: string; role?: Role; page?: number },
): Promise<{ rows: UserListRow[]; total: number }> {
  let base = db.selectFrom("users");
  const term = q?.trim();
  if (term) {
    base = base.where((eb) =>
      eb.or([likeContains(eb.ref("users.name"), term), likeContains(eb.ref("users.email_normalised"), term)]),
    );
  }
  if (role) {
    base = base.where((eb) =>
      eb.exists(eb.selectFrom("roles").select("roles.user_id").whereRef("roles.user_id", "=", "users.id").where("roles.role", "=", role)),
    );
  }
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow();
  const rows = await base
    .leftJoin("memberships", "memberships.user_id", "users.id")
    .leftJoin("judge_profiles", "judge_profiles.user_id", "users.id")
    .leftJoin("organisations", (join) =>
      join.on((eb) =>
        eb.or([
          eb("organisations.id", "=", eb.ref("memberships.organisation_id")),
          eb("organisations.id", "=", eb.ref("judge_profiles.organisation_id")),
        ]),
      ),
    )
    .select((eb) => [
      "users.id",
      "users.name",
      "users.email",
      "users.active",
      "users.email_verified_at",
      eb.fn.max("organisations.name").as("organisation_name"),
      eb
        .selectFrom("roles")
        .select(joinedByCommas(db, sql.ref("roles.role")).as("r"))
        .whereRef("roles.user_id", "=", "users.id")
        .as("roles"),
    ])
    .groupBy("users.id")
    .orderBy("users.name")
    .limit(USERS_PAGE_SIZE)
    .offset((Math.max(1, page) - 1) * USERS_PAGE_SIZE)
    .execute();
  return {
    total: Number(total),
    rows: rows.map((r) => ({ ...r, roles: r.roles ?? "", organisation_name: r.organisation_name ?? null })),
  };
}

export async function setUserActive(
  db: Kysely<Database>,
  { userId, active, actorUserId }: { userId: number; active: boolean; actorUserId: number },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ active: active ? 1 : 0, updated_at: new Date().toISOString() })
      .where("id", "=", userId)
      .execute();
    // A deactivated user is signed out everywhere at once.
    if (!active) await trx.deleteFrom("sessions").where("user_id", "=", userId).execute();
    await recordAudit(trx, {
      actorUserId,
      action: active ? "user.reactivated" : "user.deactivated",
      target: `user:${userId}`,
    });
  });
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const { total } = await db.selectFrom("users").select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow();
  return Number(total);
}

/** The secretariat, for e-mails it must see: every active admin, by name. */
export async function listActiveAdmins(db: Kysely<Database>): Promise<{ email: string; name: string }[]> {
  return db
    .selectFrom("users")
    .innerJoin("roles", (join) => join.onRef("roles.user_id", "=", "users.id").on("roles.role", "=", "admin"))
    .select(["users.email", "users.name"])
    .where("users.active", "=", 1)
    .orderBy("users.name")
    .execute();
}
