// Membership of an organisation: asked for at registration, decided by the secretariat or an
// approved member (or at once by the organisation's own e-mail domain), and ended by removal.
// Only an approved membership opens an organisation's nominations (getSessionWithUser reads it).
import type { Kysely } from "kysely";
import type { Database, MembershipStatus } from "../../db/schema";
import { emailMatchesDomains, normaliseDomain, removalProblem } from "~/domain/memberships";
import { recordAudit } from "./audit.server";
import { membershipDecisionMail, type ConfirmedRequest } from "~/emails/membership-emails.server";
import { queueMail } from "./outbox.server";
import { inTransaction } from "~/platform/sql.server";
import type { Outcome } from "~/domain/outcome";

type Person = { email: string; name: string };

export type MemberRow = {
  membershipId: number;
  userId: number;
  name: string;
  email: string;
  status: MembershipStatus;
  askedAt: string;
  decidedAt: string | null;
};

/** The membership an entrant asks for when registering: pending until someone decides. */
export async function requestMembership(
  trx: Kysely<Database>,
  { userId, organisationId, now }: { userId: number; organisationId: number; now: string },
): Promise<void> {
  await trx.insertInto("memberships").values({ user_id: userId, organisation_id: organisationId, status: "pending", created_at: now }).execute();
}

/** A membership the secretariat makes directly (approving a request for an unlisted organisation, or the demo). */
export async function grantMembership(
  trx: Kysely<Database>,
  { userId, organisationId, actorUserId, now }: { userId: number; organisationId: number; actorUserId: number | null; now: string },
): Promise<void> {
  await trx
    .insertInto("memberships")
    .values({ user_id: userId, organisation_id: organisationId, status: "approved", decided_by: actorUserId, decided_at: now, created_at: now })
    .onConflict((oc) => oc.column("user_id").doUpdateSet({ organisation_id: organisationId, status: "approved", decided_by: actorUserId, decided_at: now, reason: null }))
    .execute();
}

/** Approved, active members of the organisation (the people who may decide its requests). */
export async function approvedMembers(db: Kysely<Database>, organisationId: number): Promise<Person[]> {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.email", "users.name"])
    .where("memberships.organisation_id", "=", organisationId)
    .where("memberships.status", "=", "approved")
    .where("users.active", "=", 1)
    .orderBy("users.name")
    .execute();
}

async function activeAdmins(db: Kysely<Database>): Promise<Person[]> {
  return db
    .selectFrom("users")
    .innerJoin("roles", "roles.user_id", "users.id")
    .select(["users.email", "users.name"])
    .where("roles.role", "=", "admin")
    .where("users.active", "=", 1)
    .orderBy("users.name")
    .execute();
}

export type { ConfirmedRequest };

/**
 * What happens to a pending membership once its e-mail address is confirmed: approved at once when
 * the address is on one of the organisation's own domains; otherwise it waits, and the deciders
 * (its approved members, or the secretariat when it has none) are returned to be told after commit.
 */
export async function membershipAfterEmailConfirmed(db: Kysely<Database>, userId: number): Promise<ConfirmedRequest | null> {
  return inTransaction(db, async (trx) => {
    const pending = await trx
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
      .select(["memberships.id", "memberships.organisation_id", "organisations.name as organisation_name", "users.email", "users.name", "users.email_verified_at"])
      .where("memberships.user_id", "=", userId)
      .where("memberships.status", "=", "pending")
      .executeTakeFirst();
    if (!pending || !pending.email_verified_at) return null;
    const member = { email: pending.email, name: pending.name };
    const organisation = { id: pending.organisation_id, name: pending.organisation_name };
    const domains = (await trx.selectFrom("organisation_email_domains").select("domain").where("organisation_id", "=", organisation.id).execute()).map((d) => d.domain);
    if (emailMatchesDomains(pending.email, domains)) {
      const now = new Date().toISOString();
      await trx.updateTable("memberships").set({ status: "approved", decided_by: null, decided_at: now }).where("id", "=", pending.id).execute();
      await recordAudit(trx, {
        actorUserId: null,
        action: "membership.approved",
        target: `user:${userId}`,
        details: { membershipId: pending.id, organisationId: organisation.id, by: "email-domain" },
      });
      return { outcome: "approved", member, organisation };
    }
    const members = await approvedMembers(trx, organisation.id);
    const bySecretariat = members.length === 0;
    return { outcome: "waiting", member, organisation, deciders: bySecretariat ? await activeAdmins(trx) : members, bySecretariat };
  });
}

/** The organisation's members and the requests waiting (from confirmed addresses), for whoever decides. */
export async function listOrganisationMembers(db: Kysely<Database>, organisationId: number): Promise<{ members: MemberRow[]; pending: MemberRow[] }> {
  const rows = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select([
      "memberships.id as membershipId",
      "users.id as userId",
      "users.name",
      "users.email",
      "memberships.status",
      "memberships.created_at as askedAt",
      "memberships.decided_at as decidedAt",
    ])
    .where("memberships.organisation_id", "=", organisationId)
    .where((eb) =>
      eb.or([
        eb("memberships.status", "=", "approved"),
        eb.and([eb("memberships.status", "=", "pending"), eb("users.email_verified_at", "is not", null)]),
      ]),
    )
    .where("users.active", "=", 1)
    .orderBy("users.name")
    .execute();
  return { members: rows.filter((r) => r.status === "approved"), pending: rows.filter((r) => r.status === "pending") };
}

/** The name of the person a membership of this organisation is for (none for another organisation's). */
export async function memberName(db: Kysely<Database>, { membershipId, organisationId }: { membershipId: number; organisationId: number }): Promise<string | null> {
  const row = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select("users.name")
    .where("memberships.id", "=", membershipId)
    .where("memberships.organisation_id", "=", organisationId)
    .executeTakeFirst();
  return row?.name ?? null;
}

/** Requests to join an organisation waiting for a decision, across all organisations, for the secretariat. */
export async function listPendingMemberships(db: Kysely<Database>) {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
    .select([
      "memberships.id",
      "memberships.created_at",
      "organisations.id as organisation_id",
      "organisations.name as organisation_name",
      "users.name as user_name",
      "users.email as user_email",
    ])
    .select((eb) =>
      eb
        .selectFrom("memberships as m")
        .select((m) => m.fn.countAll<number>().as("n"))
        .whereRef("m.organisation_id", "=", "memberships.organisation_id")
        .where("m.status", "=", "approved")
        .as("approved_members"),
    )
    .where("memberships.status", "=", "pending")
    .where("users.email_verified_at", "is not", null)
    .where("users.active", "=", 1)
    .orderBy("memberships.created_at")
    .execute();
}

export type MembershipDecision = Outcome<{ member: Person; organisationName: string }>;

/**
 * Approves or declines a pending request to join the organisation, and queues the e-mail that tells
 * the person, in one transaction. The organisation is the decider's own (or the one the secretariat
 * is looking at), so a request of another organisation is not found; one already decided is not
 * decided twice.
 */
export async function decideMembership(
  db: Kysely<Database>,
  {
    membershipId,
    organisationId,
    decision,
    actorUserId,
    bySecretariat,
  }: { membershipId: number; organisationId: number; decision: "approved" | "declined"; actorUserId: number; bySecretariat: boolean },
): Promise<MembershipDecision> {
  return db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
      .select(["memberships.user_id", "users.email", "users.name", "users.email_verified_at", "organisations.name as organisation_name"])
      .where("memberships.id", "=", membershipId)
      .where("memberships.organisation_id", "=", organisationId)
      .where("memberships.status", "=", "pending")
      .executeTakeFirst();
    if (!found || !found.email_verified_at) return { ok: false, problem: "That request has already been decided, or it no longer exists" };
    const now = new Date().toISOString();
    await trx.updateTable("memberships").set({ status: decision, decided_by: actorUserId, decided_at: now }).where("id", "=", membershipId).execute();
    await recordAudit(trx, {
      actorUserId,
      action: `membership.${decision}`,
      target: `user:${found.user_id}`,
      details: { membershipId, organisationId, by: bySecretariat ? "secretariat" : "member" },
    });
    const member = { email: found.email, name: found.name };
    await queueMail(trx, membershipDecisionMail(decision, member, found.organisation_name));
    return { ok: true, member, organisationName: found.organisation_name };
  });
}

/**
 * Ends an approved membership and queues the e-mail that tells the person, in one transaction. A
 * member may not remove the last approved member; the secretariat may.
 */
export async function removeMembership(
  db: Kysely<Database>,
  { membershipId, organisationId, actorUserId, bySecretariat }: { membershipId: number; organisationId: number; actorUserId: number; bySecretariat: boolean },
): Promise<MembershipDecision> {
  return db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
      .select(["memberships.user_id", "users.email", "users.name", "organisations.name as organisation_name"])
      .where("memberships.id", "=", membershipId)
      .where("memberships.organisation_id", "=", organisationId)
      .where("memberships.status", "=", "approved")
      .executeTakeFirst();
    if (!found) return { ok: false, problem: "That person is not a member of the organisation, or has already been removed" };
    const { n } = await trx
      .selectFrom("memberships")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("organisation_id", "=", organisationId)
      .where("status", "=", "approved")
      .executeTakeFirstOrThrow();
    const problem = removalProblem({ byAdmin: bySecretariat, approvedMembers: Number(n) });
    if (problem) return { ok: false, problem };
    const now = new Date().toISOString();
    await trx.updateTable("memberships").set({ status: "removed", decided_by: actorUserId, decided_at: now }).where("id", "=", membershipId).execute();
    await recordAudit(trx, {
      actorUserId,
      action: "membership.removed",
      target: `user:${found.user_id}`,
      details: { membershipId, organisationId, by: bySecretariat ? "secretariat" : "member" },
    });
    const member = { email: found.email, name: found.name };
    await queueMail(trx, membershipDecisionMail("removed", member, found.organisation_name));
    return { ok: true, member, organisationName: found.organisation_name };
  });
}

// The organisation's own e-mail domains -----------------------------------------------------------

export async function listOrganisationDomains(db: Kysely<Database>, organisationId: number): Promise<{ id: number; domain: string }[]> {
  return db.selectFrom("organisation_email_domains").select(["id", "domain"]).where("organisation_id", "=", organisationId).orderBy("domain").execute();
}

export class DomainTakenError extends Error {
  constructor(readonly domain: string, readonly organisationName: string) {
    super(`${domain} is already recorded as the email domain of ${organisationName}`);
  }
}

/** Records a domain as the organisation's own. The caller has checked it with organisationDomainProblem. */
export async function addOrganisationDomain(
  db: Kysely<Database>,
  { organisationId, domain, actorUserId }: { organisationId: number; domain: string; actorUserId: number },
): Promise<void> {
  const d = normaliseDomain(domain);
  await db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom("organisation_email_domains")
      .innerJoin("organisations", "organisations.id", "organisation_email_domains.organisation_id")
      .select(["organisations.id", "organisations.name"])
      .where("organisation_email_domains.domain", "=", d)
      .executeTakeFirst();
    if (taken) {
      if (taken.id === organisationId) return;
      throw new DomainTakenError(d, taken.name);
    }
    await trx.insertInto("organisation_email_domains").values({ organisation_id: organisationId, domain: d, added_by: actorUserId, created_at: new Date().toISOString() }).execute();
    await recordAudit(trx, { actorUserId, action: "organisation.domain_added", target: `organisation:${organisationId}`, details: { domain: d } });
  });
}

export async function removeOrganisationDomain(
  db: Kysely<Database>,
  { organisationId, domainId, actorUserId }: { organisationId: number; domainId: number; actorUserId: number },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("organisation_email_domains").select("domain").where("id", "=", domainId).where("organisation_id", "=", organisationId).executeTakeFirst();
    if (!row) return;
    await trx.deleteFrom("organisation_email_domains").where("id", "=", domainId).execute();
    await recordAudit(trx, { actorUserId, action: "organisation.domain_removed", target: `organisation:${organisationId}`, details: { domain: row.domain } });
  });
}
