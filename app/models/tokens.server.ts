// One-time links (password reset, e-mail confirmation): the token goes in the e-mail, only its hash
// is kept, and it is used at most once before it expires. A reset link also stops working when the
// password changes in any way, by another link included (decision 019).
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { generateToken, hashToken } from "~/platform/crypto.server";
import { queueMail, type Mail } from "./outbox.server";
import { inTransaction } from "~/platform/sql.server";
import type { Outcome, Refusal } from "~/domain/outcome";

export type OneTimeTokenTable = "password_reset_tokens" | "email_verification_tokens";

export const TOKEN_LIFETIME_MS: Record<OneTimeTokenTable, number> = {
  password_reset_tokens: 60 * 60 * 1000, // 1 hour
  email_verification_tokens: 7 * 24 * 60 * 60 * 1000, // 7 days
};

export async function issueOneTimeToken(
  db: Kysely<Database>,
  table: OneTimeTokenTable,
  userId: number,
  now: Date = new Date(),
): Promise<string> {
  const token = generateToken();
  await db
    .insertInto(table)
    .values({
      user_id: userId,
      token_hash: hashToken(token),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + TOKEN_LIFETIME_MS[table]).toISOString(),
      used_at: null,
    })
    .execute();
  return token;
}

/** Issues a one-time link and queues the e-mail that carries it, in one transaction (or the caller's). */
export async function issueOneTimeLinkByMail(
  db: Kysely<Database>,
  table: OneTimeTokenTable,
  userId: number,
  mail: (token: string) => Mail,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await queueMail(trx, mail(await issueOneTimeToken(trx, table, userId)));
  });
}

/** Why a link is refused: the sentence, and the link's state, which each page words in its own way. */
export type LinkRefusal = Refusal & { link: "unknown" | "expired" | "used" };
export type TokenCheck = Outcome<{ userId: number }, LinkRefusal>;

const LINK_REFUSALS: Record<LinkRefusal["link"], LinkRefusal> = {
  unknown: { ok: false, problem: "This link is not valid", link: "unknown" },
  expired: { ok: false, problem: "This link has expired", link: "expired" },
  used: { ok: false, problem: "This link has already been used", link: "used" },
};

/** Whether a token would be accepted, without using it (for showing the form it leads to). */
export async function checkOneTimeToken(
  db: Kysely<Database>,
  table: OneTimeTokenTable,
  token: string,
  now: Date = new Date(),
): Promise<TokenCheck> {
  const row = await db.selectFrom(table).selectAll().where("token_hash", "=", hashToken(token)).executeTakeFirst();
  if (!row) return LINK_REFUSALS.unknown;
  if (row.used_at) return LINK_REFUSALS.used;
  if (row.expires_at <= now.toISOString()) return LINK_REFUSALS.expired;
  return { ok: true, userId: row.user_id };
}

/** Uses a token: one atomic update, so two requests with the same link cannot both succeed. */
export async function consumeOneTimeToken(
  db: Kysely<Database>,
  table: OneTimeTokenTable,
  token: string,
  now: Date = new Date(),
): Promise<TokenCheck> {
  const used = await db
    .updateTable(table)
    .set({ used_at: now.toISOString() })
    .where("token_hash", "=", hashToken(token))
    .where("used_at", "is", null)
    .where("expires_at", ">", now.toISOString())
    .returning("user_id")
    .executeTakeFirst();
  if (used) return { ok: true, userId: used.user_id };
  return checkOneTimeToken(db, table, token, now);
}

/** How many tokens were issued to the user recently: used to stop a flood of reset e-mails. */
export async function countRecentTokens(
  db: Kysely<Database>,
  table: OneTimeTokenTable,
  userId: number,
  sinceMs: number,
  now: Date = new Date(),
): Promise<number> {
  const { n } = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("created_at", ">", new Date(now.getTime() - sinceMs).toISOString())
    .executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * Ends every reset link the user still holds: called with every change of password, in its
 * transaction. They count as used, so the hourly limit on reset e-mails still counts them.
 */
export async function endPasswordResetLinks(db: Kysely<Database>, userId: number, now: Date = new Date()): Promise<void> {
  await db.updateTable("password_reset_tokens").set({ used_at: now.toISOString() }).where("user_id", "=", userId).where("used_at", "is", null).execute();
}
