// Invitations of judges and admins: a one-time link, stored hashed, valid for 7 days.
import type { Kysely } from "kysely";
import type { Database, JudgeSide } from "../../db/schema";
import { generateToken, hashToken } from "~/platform/crypto.server";
import { recordAudit } from "./audit.server";
import { inTransaction } from "~/platform/sql.server";
import { grantRole, normaliseEmail, upsertJudgeProfile } from "./users.server";
import { invitationMail } from "~/emails/emails.server";
import { queueMail } from "./outbox.server";
import type { Outcome, Refusal } from "~/domain/outcome";

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export type InvitationInput = {
  email: string;
  name: string;
  role: "judge" | "admin";
  side: JudgeSide | null;
  organisationId: number | null;
};

export async function createInvitation(
  db: Kysely<Database>,
  input: InvitationInput,
  invitedBy: number,
  now: Date = new Date(),
): Promise<{ id: number; token: string }> {
  const token = generateToken();
  return inTransaction(db, async (trx) => {
    const { id } = await trx
      .insertInto("invitations")
      .values({
        email: input.email.trim(),
        email_normalised: normaliseEmail(input.email),
        name: input.name,
        role: input.role,
        side: input.role === "judge" ? input.side : null,
        organisation_id: input.role === "judge" ? input.organisationId : null,
        token_hash: hashToken(token),
        invited_by: invitedBy,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + INVITATION_LIFETIME_MS).toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: invitedBy,
      action: "invitation.created",
      target: `invitation:${id}`,
      details: { email: input.email, role: input.role, side: input.side, organisationId: input.organisationId },
    });
    return { id, token };
  });
}

/** Makes an invitation and queues the e-mail that carries its link, in one transaction: neither exists without the other. */
export async function inviteByMail(
  db: Kysely<Database>,
  input: InvitationInput,
  invitedBy: { id: number; name: string },
  now: Date = new Date(),
): Promise<{ id: number }> {
  return inTransaction(db, async (trx) => {
    const { id, token } = await createInvitation(trx, input, invitedBy.id, now);
    await queueMail(trx, invitationMail({ email: input.email, name: input.name }, { role: input.role, invitedBy: invitedBy.name, token }));
    return { id };
  });
}

export type InvitationStatus = "pending" | "accepted" | "expired" | "revoked";

export function invitationStatus(
  inv: { accepted_at: string | null; revoked_at: string | null; expires_at: string },
  now: Date = new Date(),
): InvitationStatus {
  if (inv.accepted_at) return "accepted";
  if (inv.revoked_at) return "revoked";
  if (inv.expires_at <= now.toISOString()) return "expired";
  return "pending";
}

export async function listInvitations(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("invitations")
    .leftJoin("organisations", "organisations.id", "invitations.organisation_id")
    .select([
      "invitations.id",
      "invitations.email",
      "invitations.name",
      "invitations.role",
      "invitations.side",
      "invitations.created_at",
      "invitations.expires_at",
      "invitations.accepted_at",
      "invitations.revoked_at",
      "organisations.name as organisation_name",
    ])
    .orderBy("invitations.id", "desc")
    .limit(200)
    .execute();
  return rows.map((r) => ({ ...r, status: invitationStatus(r) }));
}

export async function findInvitationByToken(db: Kysely<Database>, token: string) {
  const row = await db
    .selectFrom("invitations")
    .leftJoin("organisations", "organisations.id", "invitations.organisation_id")
    .selectAll("invitations")
    .select("organisations.name as organisation_name")
    .where("invitations.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  return row ? { ...row, status: invitationStatus(row) } : undefined;
}

/** Revokes a pending invitation; false when it was already accepted, revoked or unknown. */
export async function revokeInvitation(db: Kysely<Database>, id: number, actorUserId: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("invitations")
      .set({ revoked_at: new Date().toISOString() })
      .where("id", "=", id)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) return false;
    await recordAudit(trx, { actorUserId, action: "invitation.revoked", target: `invitation:${id}` });
    return true;
  });
}

/** Why an invitation cannot be accepted: the sentence, and the invitation's state for the page to word. */
export type InvitationRefusal = Refusal & { invitation: "unknown" | Exclude<InvitationStatus, "pending"> | "needs-password" };

const INVITATION_REFUSALS: Record<InvitationRefusal["invitation"], InvitationRefusal> = {
  unknown: { ok: false, problem: "This invitation link is not valid", invitation: "unknown" },
  accepted: { ok: false, problem: "This invitation has already been accepted", invitation: "accepted" },
  expired: { ok: false, problem: "This invitation has expired", invitation: "expired" },
  revoked: { ok: false, problem: "This invitation has been withdrawn", invitation: "revoked" },
  "needs-password": { ok: false, problem: "Choose a password for your account", invitation: "needs-password" },
};

/**
 * Accepts an invitation: for a new person, creates their account with the password they chose; for
 * someone who already has an account (same e-mail), adds the role to it. The link works once.
 */
export async function acceptInvitation(
  db: Kysely<Database>,
  { token, name, passwordHash }: { token: string; name: string; passwordHash: string | null },
  now: Date = new Date(),
): Promise<Outcome<{ userId: number }, InvitationRefusal>> {
  return db.transaction().execute(async (trx) => {
    const inv = await trx
      .selectFrom("invitations")
      .selectAll()
      .where("token_hash", "=", hashToken(token))
      .executeTakeFirst();
    if (!inv) return INVITATION_REFUSALS.unknown;
    const status = invitationStatus(inv, now);
    if (status !== "pending") return INVITATION_REFUSALS[status];
    const nowIso = now.toISOString();
    const existing = await trx
      .selectFrom("users")
      .select("id")
      .where("email_normalised", "=", inv.email_normalised)
      .executeTakeFirst();
    let userId: number;
    if (existing) {
      userId = existing.id;
    } else {
      if (!passwordHash) return INVITATION_REFUSALS["needs-password"];
      const created = await trx
        .insertInto("users")
        .values({
          email: inv.email,
          email_normalised: inv.email_normalised,
          name,
          password_hash: passwordHash,
          // The link arrived at this address, which confirms it.
          email_verified_at: nowIso,
          created_at: nowIso,
          updated_at: nowIso,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      userId = created.id;
    }
    await grantRole(trx, { userId, role: inv.role, grantedBy: inv.invited_by });
    if (inv.role === "judge" && inv.side) {
      await upsertJudgeProfile(trx, { userId, side: inv.side, organisationId: inv.organisation_id });
    }
    await trx
      .updateTable("invitations")
      .set({ accepted_at: nowIso, accepted_user_id: userId })
      .where("id", "=", inv.id)
      .execute();
    await recordAudit(trx, { actorUserId: userId, action: "invitation.accepted", target: `invitation:${inv.id}`, details: { role: inv.role } }, now);
    return { ok: true, userId };
  });
}

export async function countPendingInvitations(db: Kysely<Database>, now: Date = new Date()): Promise<number> {
  const { total } = await db
    .selectFrom("invitations")
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now.toISOString())
    .executeTakeFirstOrThrow();
  return Number(total);
}

/**
 * Why a new invitation to this address would be pointless: the person already holds the role, or
 * a link for it is already waiting in their inbox. Null when inviting them makes sense.
 */
export async function findInvitationConflict(
  db: Kysely<Database>,
  { email, role }: { email: string; role: "judge" | "admin" },
  now: Date = new Date(),
): Promise<"has-role" | "pending-invitation" | null> {
  const emailNormalised = normaliseEmail(email);
  const holder = await db
    .selectFrom("users")
    .innerJoin("roles", "roles.user_id", "users.id")
    .select("users.id")
    .where("users.email_normalised", "=", emailNormalised)
    .where("roles.role", "=", role)
    .executeTakeFirst();
  if (holder) return "has-role";
  const pending = await db
    .selectFrom("invitations")
    .select("id")
    .where("email_normalised", "=", emailNormalised)
    .where("role", "=", role)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now.toISOString())
    .executeTakeFirst();
  return pending ? "pending-invitation" : null;
}
