// Sign-in throttling: too many failures for one e-mail, or from one address, in a window stop
// further tries for a while. Counted whether or not the e-mail has an account, so it reveals nothing.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 10;
export const MAX_FAILURES_PER_ADDRESS = 30;

export async function isLoginThrottled(
  db: Kysely<Database>,
  { email, ip, now = new Date() }: { email: string; ip: string; now?: Date },
): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  const count = (column: "email_normalised" | "ip", value: string) =>
    db
      .selectFrom("login_attempts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where(column, "=", value)
      .where("succeeded", "=", 0)
      .where("created_at", ">", since)
      .executeTakeFirstOrThrow();
  const [byEmail, byAddress] = await Promise.all([count("email_normalised", email), count("ip", ip)]);
  return Number(byEmail.n) >= MAX_FAILURES_PER_EMAIL || Number(byAddress.n) >= MAX_FAILURES_PER_ADDRESS;
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
