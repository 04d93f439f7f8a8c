// Sign-in throttling against online guessing, without letting a stranger lock the owner out
// (docs/decisions/041-sign-in-guessing-and-mail-limits.md). Failures are counted per pair of e-mail
// and client address, per address, and per e-mail; the last, which catches guessing spread over many
// addresses, does not apply to a try from a device the account has signed in on before (its device
// cookie, app/request/device-cookie.server.ts). Counted whether or not the e-mail has an account, so
// it reveals nothing. A password reset from an e-mailed link clears the e-mail's failures.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failures for one e-mail from one client address. */
export const MAX_FAILURES_PER_PAIR = 10;
/** Failures for one e-mail from anywhere, but from a device the account has signed in on. */
export const MAX_FAILURES_PER_EMAIL = 20;
/** Failures from one client address, whatever the e-mail, but from a device the account has signed in on. */
export const MAX_FAILURES_PER_ADDRESS = 30;

export async function isLoginThrottled(
  db: Kysely<Database>,
  { email, ip, trustedDevice = false, now = new Date() }: { email: string; ip: string; trustedDevice?: boolean; now?: Date },
): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  const failures = (where: { email?: string; ip?: string }) =>
    db
      .selectFrom("login_attempts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .$if(where.email !== undefined, (q) => q.where("email_normalised", "=", where.email!))
      .$if(where.ip !== undefined, (q) => q.where("ip", "=", where.ip!))
      .where("succeeded", "=", 0)
      .where("created_at", ">", since)
      .executeTakeFirstOrThrow()
      .then((row) => Number(row.n));
  // A device the account has signed in on is spared the per-address limit too: a trust's staff share
  // a few gateway addresses, and one person's mistyping colleagues must not stop them.
  const [byPair, byAddress, byEmail] = await Promise.all([
    failures({ email, ip }),
    trustedDevice ? Promise.resolve(0) : failures({ ip }),
    trustedDevice ? Promise.resolve(0) : failures({ email }),
  ]);
  return byPair >= MAX_FAILURES_PER_PAIR || byAddress >= MAX_FAILURES_PER_ADDRESS || byEmail >= MAX_FAILURES_PER_EMAIL;
}

export async function recordLoginAttempt(
  db: Kysely<Database>,
  { email, ip, succeeded, now = new Date() }: { email: string; ip: string; succeeded: boolean; now?: Date },
): Promise<void> {
  await db
    .insertInto("login_attempts")
    .values({ email_normalised: email, ip, succeeded: succeeded ? 1 : 0, created_at: now.toISOString() })
    .execute();
}

/** Forgets the e-mail's failed sign-ins (its owner has just proved they hold the mailbox). */
export async function clearLoginFailures(db: Kysely<Database>, { email }: { email: string }): Promise<void> {
  await db.deleteFrom("login_attempts").where("email_normalised", "=", email).where("succeeded", "=", 0).execute();
}

/** How long a sign-in attempt, with its client address, is kept: a day, well past every window that counts it. */
export const LOGIN_ATTEMPTS_KEPT_MS = 24 * 60 * 60 * 1000;

/** Deletes sign-in attempts older than a day (a client address is personal data, kept no longer than needed). */
export async function forgetOldLoginAttempts(db: Kysely<Database>, now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - LOGIN_ATTEMPTS_KEPT_MS).toISOString();
  const result = await db.deleteFrom("login_attempts").where("created_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
