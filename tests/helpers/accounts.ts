// Accounts made the way a person makes them: registered over HTTP, confirmed from the e-mailed link,
// then signed in. For tests of who may join an organisation and what they see meanwhile.
import type { TestServer } from "./server";

export const MEMBER_PASSWORD = "quiet lantern orchard";

export async function organisationIdOf(app: TestServer, shortName: string): Promise<number> {
  const org = await app.db.selectFrom("organisations").select("id").where("short_name", "=", shortName).executeTakeFirstOrThrow();
  return org.id;
}

/** Registers for the organisation, as a person does on /register; returns the page's response. */
export function register(app: TestServer, { name, email, organisationId }: { name: string; email: string; organisationId: number }) {
  return app.request("/register", { form: { name, email, organisationId: String(organisationId), password: MEMBER_PASSWORD } });
}

/** Opens the confirmation link last e-mailed to the address and confirms it. */
export async function confirmEmail(app: TestServer, email: string): Promise<void> {
  const mail = (await app.outbox())
    .filter((m) => m.to.toLowerCase().includes(email.toLowerCase()) && m.subject === "Confirm your email address")
    .at(-1);
  const link = mail?.links.find((l) => l.includes("/confirm-email/"));
  if (!link) throw new Error(`No confirmation e-mail to ${email}`);
  const res = await app.request(new URL(link).pathname, { method: "POST", headers: { Origin: app.url } });
  if (res.status !== 302) throw new Error(`Confirming ${email} answered ${res.status}`);
}

/** Registers, confirms and signs in; returns the session cookie. */
export async function registerConfirmed(app: TestServer, person: { name: string; email: string; organisationId: number }): Promise<string> {
  const res = await register(app, person);
  if (res.status !== 200) throw new Error(`Registering ${person.email} answered ${res.status}`);
  await confirmEmail(app, person.email);
  return app.login(person.email, MEMBER_PASSWORD);
}

/** The id of the person's membership (whatever its status). */
export async function membershipIdOf(app: TestServer, email: string): Promise<number> {
  const row = await app.db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select("memberships.id")
    .where("users.email_normalised", "=", email.toLowerCase())
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function membershipStatusOf(app: TestServer, email: string): Promise<string | undefined> {
  const row = await app.db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select("memberships.status")
    .where("users.email_normalised", "=", email.toLowerCase())
    .executeTakeFirst();
  return row?.status;
}

/** The signed-in callers of the authorization matrix (tests/helpers/authorization-matrix.ts). */
export const MATRIX_EMAILS = {
  entrant: "entrant@eastbrook.demo.test",
  judge: "judge.employer2@demo.test",
  admin: "admin@demo.test",
  pendingMember: "pending.member@elsewhere.example",
  otherMember: "entrant@northmoor-valley.demo.test",
} as const;
export type SignedInCaller = keyof typeof MATRIX_EMAILS;

/** A session for each signed-in caller (made directly: see TestServer.sessionFor); the pending member is registered and confirmed for Eastbrook first. */
export async function signInMatrixCallers(app: TestServer): Promise<Record<SignedInCaller, string>> {
  await registerConfirmed(app, { name: "Pending Member", email: MATRIX_EMAILS.pendingMember, organisationId: await organisationIdOf(app, "Eastbrook") });
  const status = await membershipStatusOf(app, MATRIX_EMAILS.pendingMember);
  if (status !== "pending") throw new Error(`The pending member's membership is ${status}`);
  return {
    entrant: await app.sessionFor(MATRIX_EMAILS.entrant),
    judge: await app.sessionFor(MATRIX_EMAILS.judge),
    admin: await app.sessionFor(MATRIX_EMAILS.admin),
    pendingMember: await app.sessionFor(MATRIX_EMAILS.pendingMember),
    otherMember: await app.sessionFor(MATRIX_EMAILS.otherMember),
  };
}

/** A new session for one signed-in caller (signing out ends the one it had). */
export function signInAgain(app: TestServer, caller: SignedInCaller): Promise<string> {
  return app.sessionFor(MATRIX_EMAILS[caller]);
}
