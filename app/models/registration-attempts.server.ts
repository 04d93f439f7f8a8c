// Registration throttling per client address (decision 041): each valid form posted counts, whether
// or not its address has an account, so the limit says nothing about who has one.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { inTransaction } from "~/platform/sql.server";

export const REGISTRATION_WINDOW_MS = 60 * 60 * 1000;
/** Valid registration forms from one client address in an hour. */
export const MAX_REGISTRATIONS_PER_ADDRESS = 100;

/**
 * Counts this registration from the address, unless the address has already reached its limit for
 * the hour; returns whether it may go on.
 */
export async function countRegistrationAttempt(
  db: Kysely<Database>,
  { ip, now = new Date() }: { ip: string; now?: Date },
): Promise<boolean> {
  const since = new Date(now.getTime() - REGISTRATION_WINDOW_MS).toISOString();
  // The count and the row in one transaction, so tries at once cannot all read the same count.
  return inTransaction(db, async (trx) => {
    const { n } = await trx
      .selectFrom("registration_attempts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("ip", "=", ip)
      .where("created_at", ">", since)
      .executeTakeFirstOrThrow();
    if (Number(n) >= MAX_REGISTRATIONS_PER_ADDRESS) return false;
    await trx.insertInto("registration_attempts").values({ ip, created_at: now.toISOString() }).execute();
    return true;
  });
}

/** How long a registration's client address is kept: a day, well past the hour that counts it. */
export const REGISTRATION_ATTEMPTS_KEPT_MS = 24 * 60 * 60 * 1000;

/** Deletes registration attempts older than a day (a client address is personal data, kept no longer than needed). */
export async function forgetOldRegistrationAttempts(db: Kysely<Database>, now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - REGISTRATION_ATTEMPTS_KEPT_MS).toISOString();
  const result = await db.deleteFrom("registration_attempts").where("created_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
