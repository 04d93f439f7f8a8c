// A person's own account verbs (app/models/accounts.server.ts), each one transaction: the rows it
// writes, its audit row and the e-mails it queues all commit together, read here straight from the
// database (the outbox table, the audit log, the sessions).
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { changePassword, confirmEmailWithLink, registerEntrant, resetPasswordWithLink, signIn } from "~/models/accounts.server";
import { issueOneTimeToken } from "~/models/tokens.server";
import { hashPassword } from "~/platform/crypto.server";
import type { DB } from "../../app/platform/db.server";
import { freshDatabase } from "../helpers/database";

const PASSWORD = "correct horse battery staple";
let passwordHash: string;
let db: DB;
let organisationId: number;

const mails = () => db.selectFrom("mail_outbox").select(["recipient", "subject", "body"]).orderBy("id").execute();
const audit = (action: string) => db.selectFrom("audit_log").select(["action", "target"]).where("action", "=", action).execute();
const sessionsOf = (userId: number) => db.selectFrom("sessions").select("id").where("user_id", "=", userId).orderBy("id").execute();
const linkToken = (body: string, path: string) => body.match(new RegExp(`${path}/([A-Za-z0-9_-]+)`))?.[1] ?? "";
const session = (id: string) => ({ id, expiresAt: new Date(Date.now() + 60 * 60_000) });

async function addUser(email: string, { confirmed = true } = {}): Promise<number> {
  const now = new Date().toISOString();
  const row = { email, email_normalised: email, name: email.split("@")[0]!, password_hash: passwordHash, created_at: now, updated_at: now, email_verified_at: confirmed ? now : null };
  return (await db.insertInto("users").values(row).returning("id").executeTakeFirstOrThrow()).id;
}

async function addSession(userId: number, id: string): Promise<void> {
  const now = new Date();
  await db.insertInto("sessions").values({ id, user_id: userId, expires_at: new Date(now.getTime() + 3_600_000).toISOString(), created_at: now.toISOString() }).execute();
}

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

beforeEach(async () => {
  db = freshDatabase().db;
  const now = new Date().toISOString();
  organisationId = (
    await db
      .insertInto("organisations")
      .values({ name: "Verbs Trust", short_name: null, slug: "verbs-trust", type: "acute", region: null, ods_code: null, created_at: now, updated_at: now })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
});

describe("registering", () => {
  it("creates the account with its confirmation link, or for a known address only tells its owner", async () => {
    const entrant = { name: "Ada Entrant", email: "ada@verbs.example", passwordHash, organisationId, requestedOrganisationName: null };
    expect(await registerEntrant(db, entrant)).toBe("registered");
    expect(await registerEntrant(db, { ...entrant, name: "Someone Else" })).toBe("already registered");

    expect(await db.selectFrom("users").select("name").where("email_normalised", "=", "ada@verbs.example").execute()).toEqual([{ name: "Ada Entrant" }]);
    expect((await mails()).map((m) => [m.recipient, m.subject])).toEqual([
      ["ada@verbs.example", "Confirm your email address"],
      ["ada@verbs.example", "You already have an account"],
    ]);
    expect(await audit("user.registered")).toHaveLength(1);
  });
});

describe("confirming an address", () => {
  it("puts the request to join to the organisation's members with the confirmation, once", async () => {
    const member = await addUser("member@verbs.example");
    await db.insertInto("memberships").values({ user_id: member, organisation_id: organisationId, status: "approved", created_at: new Date().toISOString() }).execute();
    await registerEntrant(db, { name: "New Person", email: "new@verbs.example", passwordHash, organisationId, requestedOrganisationName: null });
    const token = linkToken((await mails())[0]!.body ?? "", "/confirm-email");

    expect(await confirmEmailWithLink(db, { token })).toMatchObject({ ok: true });
    expect(await confirmEmailWithLink(db, { token })).toMatchObject({ ok: false, link: "used" });

    const asked = (await mails()).filter((m) => m.subject === "New Person has asked to join Verbs Trust");
    expect(asked.map((m) => m.recipient)).toEqual(["member@verbs.example"]);
    expect(await audit("user.email_confirmed")).toHaveLength(1);
    const user = await db.selectFrom("users").select("email_verified_at").where("email_normalised", "=", "new@verbs.example").executeTakeFirstOrThrow();
    expect(user.email_verified_at).not.toBeNull();
  });
});

describe("signing in", () => {
  it("stores the session with the counted try, and sends an unconfirmed address a new link instead", async () => {
    const confirmed = await addUser("in@verbs.example");
    await addUser("waiting@verbs.example", { confirmed: false });

    expect(await signIn(db, { email: "in@verbs.example", password: "wrong password here", ip: "192.0.2.1", session: session("s-refused") })).toEqual({ outcome: "refused" });
    expect(await signIn(db, { email: "IN@verbs.example", password: PASSWORD, ip: "192.0.2.1", session: session("s-in") })).toMatchObject({ outcome: "signed in" });
    expect(await signIn(db, { email: "waiting@verbs.example", password: PASSWORD, ip: "192.0.2.1", session: session("s-waiting") })).toEqual({ outcome: "unconfirmed" });

    expect(await db.selectFrom("sessions").select(["id", "user_id"]).execute()).toEqual([{ id: "s-in", user_id: confirmed }]);
    const tries = await db.selectFrom("login_attempts").select(["email_normalised", "succeeded"]).orderBy("id").execute();
    expect(tries).toEqual([
      { email_normalised: "in@verbs.example", succeeded: 0 },
      { email_normalised: "in@verbs.example", succeeded: 1 },
      { email_normalised: "waiting@verbs.example", succeeded: 1 },
    ]);
    expect((await mails()).map((m) => [m.recipient, m.subject])).toEqual([["waiting@verbs.example", "Confirm your email address"]]);
  });
});

describe("changing a password", () => {
  it("ends every session, replaces the one that changed it with a new one, and audits the change", async () => {
    const userId = await addUser("change@verbs.example");
    for (const id of ["s-1", "s-2", "s-3"]) await addSession(userId, id);
    await changePassword(db, { userId, passwordHash: "new-hash", replacing: "s-2", session: session("s-new") });
    expect(await sessionsOf(userId)).toEqual([{ id: "s-new" }]);
    expect(await audit("user.password_changed")).toEqual([{ action: "user.password_changed", target: `user:${userId}` }]);
  });

  it("from a reset link ends every session, once", async () => {
    const userId = await addUser("reset@verbs.example");
    for (const id of ["s-a", "s-b"]) await addSession(userId, id);
    const token = await issueOneTimeToken(db, "password_reset_tokens", userId);
    expect(await resetPasswordWithLink(db, { token, passwordHash: "reset-hash" })).toEqual({ ok: true, userId });
    expect(await sessionsOf(userId)).toEqual([]);
    await addSession(userId, "s-c");
    expect(await resetPasswordWithLink(db, { token, passwordHash: "again" })).toMatchObject({ ok: false, link: "used" });
    expect(await sessionsOf(userId)).toEqual([{ id: "s-c" }]);
    expect(await audit("user.password_reset")).toHaveLength(1);
  });
});
