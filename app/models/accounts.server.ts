// A person's own account, verb by verb: registering, confirming the address, signing in, changing
// and resetting the password. Each is one transaction with its audit row, and its e-mails are queued
// in it, so they leave only after it commits (the outbox, decision 017). Passwords are hashed by the
// caller before, so that no transaction waits for scrypt.
import type { Kysely } from "kysely";
import type { Database, User } from "../../db/schema";
import { alreadyRegisteredMail, emailConfirmationMail, passwordResetMail } from "~/emails/emails.server";
import { membershipRequestMails } from "~/emails/membership-emails.server";
import { verifyPassword, verifyPasswordAgainstNothing } from "~/platform/crypto.server";
import { KyselySessionAdapter } from "~/platform/lucia-adapter.server";
import { inTransaction } from "~/platform/sql.server";
import { recordAudit } from "./audit.server";
import { clearLoginFailures, isLoginThrottled, recordLoginAttempt } from "./login-attempts.server";
import { membershipAfterEmailConfirmed } from "./memberships.server";
import { queueMail } from "./outbox.server";
import { consumeOneTimeToken, countRecentTokens, issueOneTimeLinkByMail, type TokenCheck } from "./tokens.server";
import { createEntrant, findUserByEmail, getUserById, markEmailVerified, normaliseEmail, setPassword, type NewEntrant } from "./users.server";

/**
 * More than this many of one kind of account e-mail (a reset link, a confirmation link, "you already
 * have an account") to one person in an hour and no more are sent, so no form can flood an inbox.
 */
export const MAX_ACCOUNT_MAILS_PER_HOUR = 3;

type AccountMail = "password_reset_tokens" | "email_verification_tokens" | "already registered";

/** Whether the user may be sent another account e-mail of this kind now: one home for the hourly cap. */
async function underHourlyMailCap(trx: Kysely<Database>, kind: AccountMail, user: User, now: Date = new Date()): Promise<boolean> {
  const hour = 60 * 60 * 1000;
  let sent: number;
  if (kind === "already registered") {
    const { n } = await trx
      .selectFrom("mail_outbox")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("recipient", "=", user.email)
      .where("subject", "=", alreadyRegisteredMail(user).subject)
      .where("created_at", ">", new Date(now.getTime() - hour).toISOString())
      .executeTakeFirstOrThrow();
    sent = Number(n);
  } else {
    sent = await countRecentTokens(trx, kind, user.id, hour, now);
  }
  return sent < MAX_ACCOUNT_MAILS_PER_HOUR;
}

/**
 * Registers an entrant and queues the link that confirms their address. An address that already has
 * an account gets an e-mail saying so instead (at most MAX_ACCOUNT_MAILS_PER_HOUR), and the caller
 * answers the same either way.
 */
export async function registerEntrant(db: Kysely<Database>, input: NewEntrant): Promise<"registered" | "already registered"> {
  return inTransaction(db, async (trx) => {
    const existing = await findUserByEmail(trx, input.email);
    if (existing) {
      if (await underHourlyMailCap(trx, "already registered", existing)) await queueMail(trx, alreadyRegisteredMail(existing));
      return "already registered";
    }
    const userId = await createEntrant(trx, input);
    await issueOneTimeLinkByMail(trx, "email_verification_tokens", userId, (token) => emailConfirmationMail(input, token));
    return "registered";
  });
}

/**
 * Queues a password reset link for the address, if it has an active account and has not had
 * MAX_ACCOUNT_MAILS_PER_HOUR of them in the last hour: the count, the link and its e-mail in one transaction.
 * The caller answers the same whatever happened, so the form tells no one which addresses have accounts.
 */
export async function requestPasswordReset(db: Kysely<Database>, { email }: { email: string }): Promise<void> {
  await inTransaction(db, async (trx) => {
    const user = await findUserByEmail(trx, email);
    if (!user || !user.active) return;
    if (!(await underHourlyMailCap(trx, "password_reset_tokens", user))) return;
    await issueOneTimeLinkByMail(trx, "password_reset_tokens", user.id, (token) => passwordResetMail(user, token));
  });
}

/**
 * Confirms an address from its e-mailed link: the link is used, the address marked confirmed and
 * audited, and a request to join an organisation goes on (approved by the organisation's own e-mail
 * domain, or put to those who decide), with its e-mails queued.
 */
export async function confirmEmailWithLink(db: Kysely<Database>, { token, now = new Date() }: { token: string; now?: Date }): Promise<TokenCheck> {
  return inTransaction(db, async (trx) => {
    const used = await consumeOneTimeToken(trx, "email_verification_tokens", token, now);
    if (!used.ok) return used;
    await markEmailVerified(trx, used.userId);
    await recordAudit(trx, { actorUserId: used.userId, action: "user.email_confirmed", target: `user:${used.userId}` }, now);
    const membership = await membershipAfterEmailConfirmed(trx, used.userId);
    for (const mail of membership ? membershipRequestMails(membership) : []) await queueMail(trx, mail);
    return used;
  });
}

/** A session about to start: the hash of its cookie's token, and when it ends unless used. */
export type NewSession = { id: string; expiresAt: Date };

export type SignIn =
  | { outcome: "throttled" }
  | { outcome: "refused" }
  | { outcome: "unconfirmed" }
  | { outcome: "signed in"; user: User };

/**
 * Signs in with an e-mail and a password. Every try is counted (for throttling) whether or not the
 * address has an account; a try from a device the account has signed in on before (`deviceUserId`,
 * the account its device cookie names) is spared the per-e-mail limit. An account whose address is
 * not yet confirmed is sent a new link (within the hourly cap) instead of a session; otherwise the session is stored, in the
 * same transaction as the try.
 */
export async function signIn(
  db: Kysely<Database>,
  {
    email,
    password,
    ip,
    session,
    deviceUserId = null,
    now = new Date(),
  }: { email: string; password: string; ip: string; session: NewSession; deviceUserId?: number | null; now?: Date },
): Promise<SignIn> {
  const emailKey = normaliseEmail(email);
  const user = await findUserByEmail(db, email);
  const trustedDevice = Boolean(user && deviceUserId === user.id);
  if (await isLoginThrottled(db, { email: emailKey, ip, trustedDevice, now })) return { outcome: "throttled" };
  // As slow for an unknown address as for a known one.
  const passwordOk = user ? await verifyPassword(password, user.password_hash) : (await verifyPasswordAgainstNothing(password), false);
  const ok = Boolean(user && passwordOk && user.active);
  return inTransaction(db, async (trx): Promise<SignIn> => {
    await recordLoginAttempt(trx, { email: emailKey, ip, succeeded: ok, now });
    if (!user || !ok) return { outcome: "refused" };
    if (!user.email_verified_at) {
      if (await underHourlyMailCap(trx, "email_verification_tokens", user, now)) {
        await issueOneTimeLinkByMail(trx, "email_verification_tokens", user.id, (token) => emailConfirmationMail(user, token));
      }
      return { outcome: "unconfirmed" };
    }
    await new KyselySessionAdapter(() => trx).setSession({ id: session.id, userId: user.id, expiresAt: session.expiresAt, attributes: {} });
    return { outcome: "signed in", user };
  });
}

/** Ends every session of the user. */
export async function endSessions(db: Kysely<Database>, { userId }: { userId: number }): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

/**
 * A new password chosen by a signed-in user: set, every session ended, the one that changed it
 * (`replacing`) replaced by `session` so the user stays signed in under a new id, and audited. The new
 * session keeps the old one's start, so its absolute lifetime still counts from signing in.
 */
export async function changePassword(
  db: Kysely<Database>,
  {
    userId,
    passwordHash,
    replacing,
    session,
    now = new Date(),
  }: { userId: number; passwordHash: string; replacing: string | null; session: NewSession; now?: Date },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await setPassword(trx, userId, passwordHash, now);
    const old = replacing
      ? await trx.selectFrom("sessions").select("created_at").where("id", "=", replacing).where("user_id", "=", userId).executeTakeFirst()
      : undefined;
    await endSessions(trx, { userId });
    await trx
      .insertInto("sessions")
      .values({ id: session.id, user_id: userId, expires_at: session.expiresAt.toISOString(), created_at: old?.created_at ?? now.toISOString() })
      .execute();
    await recordAudit(trx, { actorUserId: userId, action: "user.password_changed", target: `user:${userId}` }, now);
  });
}

/**
 * A password chosen from a reset link: the link is used, the password set (which ends the user's
 * other reset links), the address confirmed (the link arrived there), every session ended, the
 * address's failed sign-ins forgotten and the change audited, in one transaction, so that two links used at once cannot both set a password.
 */
export async function resetPasswordWithLink(
  db: Kysely<Database>,
  { token, passwordHash, now = new Date() }: { token: string; passwordHash: string; now?: Date },
): Promise<TokenCheck> {
  return inTransaction(db, async (trx) => {
    const used = await consumeOneTimeToken(trx, "password_reset_tokens", token, now);
    if (!used.ok) return used;
    await setPassword(trx, used.userId, passwordHash, now);
    await markEmailVerified(trx, used.userId);
    await endSessions(trx, { userId: used.userId });
    // Whoever was guessing, the owner has the mailbox: their address can sign in again at once.
    const user = await getUserById(trx, used.userId);
    if (user) await clearLoginFailures(trx, { email: user.email_normalised });
    await recordAudit(trx, { actorUserId: used.userId, action: "user.password_reset", target: `user:${used.userId}` }, now);
    return used;
  });
}
