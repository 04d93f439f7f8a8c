// Sessions over the real server, for people the test makes (tests/helpers/factories.ts): an approved
// entrant, an admin and two judges. Signing in goes through the form where signing in is what is tested;
// elsewhere a session is made as the form makes one (app.sessionFor).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../app/platform/crypto.server";
import { getSessionUser, REQUEST_ID_HEADER } from "../../app/request/auth.server";
import { FACTORY_PASSWORD, makeAdmin, makeEntrant, makeJudge, makeOrganisation } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let ADMIN: string;
let ENTRANT: string;
let JUDGE: string;
let OTHER_JUDGE: string;
beforeAll(async () => {
  app = await startTestServer({ demo: false });
  const organisation = await makeOrganisation(app.db);
  ENTRANT = (await makeEntrant(app.db, { organisationId: organisation.id })).email;
  ADMIN = (await makeAdmin(app.db)).email;
  JUDGE = (await makeJudge(app.db, { side: "staff_side" })).email;
  OTHER_JUDGE = (await makeJudge(app.db, { side: "employer" })).email;
});
afterAll(async () => app.close());

const token = (cookie: string) => cookie.split("=")[1];

async function sessionRows(email: string) {
  return app.db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["sessions.id", "sessions.expires_at"])
    .where("users.email_normalised", "=", email)
    .execute();
}

describe("sessions", () => {
  it("store only a hash of the cookie's token", async () => {
    const cookie = await app.login(ENTRANT, FACTORY_PASSWORD);
    const rows = await sessionRows(ENTRANT);
    const ids = rows.map((r) => r.id);
    expect(ids).not.toContain(token(cookie));
    expect(ids).toContain(hashToken(token(cookie)));
  });

  it("set the cookie HttpOnly and SameSite=Lax", async () => {
    const res = await app.request("/login", { form: { email: ENTRANT, password: FACTORY_PASSWORD } });
    const cookie = res.headers.getSetCookie().join(";");
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it("let a signed-in user in, and refuse a made-up token", async () => {
    const cookie = await app.sessionFor(ENTRANT);
    expect((await app.request("/account", { cookie })).status).toBe(200);
    const res = await app.request("/account", { cookie: "hpma_session=made-up-token" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/login?redirectTo=%2Faccount");
  });

  it("are looked up once for all the loaders of one GET, and afresh for any other request", async () => {
    const cookie = await app.sessionFor(ENTRANT);
    // Remix gives each loader its own copy of the Request; the server's request id is on every copy.
    const copy = (method: string, requestId: string) => new Request(`${app.url}/account`, { method, headers: { cookie, [REQUEST_ID_HEADER]: requestId } });
    const requestId = `test-${Date.now()}`;
    expect((await getSessionUser(copy("GET", requestId)))?.email).toBe(ENTRANT);
    await app.db.deleteFrom("sessions").where("id", "=", hashToken(token(cookie))).execute();
    expect((await getSessionUser(copy("GET", requestId)))?.email).toBe(ENTRANT);
    expect(await getSessionUser(copy("GET", `${requestId}-next`))).toBeNull();
    // An action can sign someone in or out: a POST always asks the database.
    expect(await getSessionUser(copy("POST", requestId))).toBeNull();
  });

  it("are never shared through a request id a client sends: the server sets its own", async () => {
    const cookie = await app.sessionFor(ENTRANT);
    const forged = { [REQUEST_ID_HEADER]: "forged-1" };
    expect((await app.request("/account", { cookie, headers: forged })).status).toBe(200);
    expect((await app.request("/logout", { method: "POST", cookie, headers: { Origin: app.url } })).status).toBe(302);
    expect((await app.request("/account", { cookie, headers: forged })).status).toBe(302);
  });

  it("refuse an expired session and delete it", async () => {
    const cookie = await app.sessionFor(ENTRANT);
    const id = hashToken(token(cookie));
    await app.db.updateTable("sessions").set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where("id", "=", id).execute();
    expect((await app.request("/account", { cookie })).status).toBe(302);
    expect(await app.db.selectFrom("sessions").select("id").where("id", "=", id).executeTakeFirst()).toBeUndefined();
  });

  it("slide: a session used in the second half of its life is extended", async () => {
    const cookie = await app.sessionFor(ENTRANT);
    const id = hashToken(token(cookie));
    const soon = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    await app.db.updateTable("sessions").set({ expires_at: soon }).where("id", "=", id).execute();
    expect((await app.request("/account", { cookie })).status).toBe(200);
    const row = await app.db.selectFrom("sessions").select("expires_at").where("id", "=", id).executeTakeFirstOrThrow();
    expect(new Date(row.expires_at).getTime()).toBeGreaterThan(Date.now() + 7 * 60 * 60 * 1000);
  });

  it("end at sign-out, and the old cookie no longer works", async () => {
    const cookie = await app.sessionFor(ENTRANT);
    const res = await app.request("/logout", { method: "POST", cookie, headers: { Origin: app.url } });
    expect(res.status).toBe(302);
    expect(res.headers.getSetCookie().join(";")).toMatch(/hpma_session=;/);
    expect(await app.db.selectFrom("sessions").select("id").where("id", "=", hashToken(token(cookie))).executeTakeFirst()).toBeUndefined();
    expect((await app.request("/account", { cookie })).status).toBe(302);
  });

  it("are not ended by a cross-origin POST, which is refused", async () => {
    const cookie = await app.sessionFor(ENTRANT);
    const res = await app.request("/logout", { method: "POST", cookie, headers: { Origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    expect((await app.request("/account", { cookie })).status).toBe(200);
    const viaFetchMetadata = await app.request("/logout", { method: "POST", cookie, headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(viaFetchMetadata.status).toBe(403);
  });

  it("end everywhere when the password is changed, the one that changed it replaced by a new one", async () => {
    const email = JUDGE;
    const here = await app.sessionFor(email);
    const elsewhere = await app.sessionFor(email);
    const startedAt = new Date(Date.now() - 60 * 60 * 1000).toISOString();
    await app.db.updateTable("sessions").set({ created_at: startedAt }).where("id", "=", hashToken(token(here))).execute();
    const res = await app.request("/account/password", {
      cookie: here,
      form: { password: FACTORY_PASSWORD, newPassword: "a brand new long passphrase" },
    });
    expect(res.status).toBe(302);
    const rotated = res.headers.getSetCookie().find((c) => c.startsWith("hpma_session="))?.split(";")[0];
    expect(rotated).toBeDefined();
    expect(rotated).not.toBe(here);
    // Still signed in, with a new session id; the old one is no longer valid anywhere.
    expect((await app.request("/account", { cookie: rotated })).status).toBe(200);
    expect((await app.request("/account", { cookie: here })).status).toBe(302);
    expect((await app.request("/account", { cookie: elsewhere })).status).toBe(302);
    // The new session ends when the old one would have: its absolute lifetime still counts from sign-in.
    const row = await app.db.selectFrom("sessions").select("created_at").where("id", "=", hashToken(token(rotated!))).executeTakeFirstOrThrow();
    expect(row.created_at).toBe(startedAt);
    await app.login(email, "a brand new long passphrase");
  });

  it("end when an admin deactivates the user", async () => {
    const admin = await app.sessionFor(ADMIN);
    const victim = await app.sessionFor(OTHER_JUDGE);
    const user = await app.db.selectFrom("users").select("id").where("email_normalised", "=", OTHER_JUDGE).executeTakeFirstOrThrow();
    const res = await app.request(`/admin/users/${user.id}`, { cookie: admin, form: { active: "0" } });
    expect([200, 302, 303]).toContain(res.status);
    expect((await app.request("/account", { cookie: victim })).status).toBe(302);
    await expect(app.login(OTHER_JUDGE, FACTORY_PASSWORD)).rejects.toThrow(/failed with 400/);
  });

  it("end at their absolute lifetime however recently used: 12 hours for an entrant, 8 for a judge or admin", async () => {
    const hoursAgo = (h: number) => new Date(Date.now() - h * 60 * 60 * 1000).toISOString();
    const startedAt = async (cookie: string, hours: number) =>
      app.db.updateTable("sessions").set({ created_at: hoursAgo(hours) }).where("id", "=", hashToken(token(cookie))).execute();
    const entrant = await app.sessionFor(ENTRANT);
    await startedAt(entrant, 9);
    expect((await app.request("/account", { cookie: entrant })).status).toBe(200);
    await startedAt(entrant, 12.5);
    expect((await app.request("/account", { cookie: entrant })).status).toBe(302);
    expect(await app.db.selectFrom("sessions").select("id").where("id", "=", hashToken(token(entrant))).executeTakeFirst()).toBeUndefined();
    for (const email of [ADMIN, JUDGE]) {
      const cookie = await app.sessionFor(email);
      await startedAt(cookie, 7.5);
      expect((await app.request("/account", { cookie })).status, email).toBe(200);
      await startedAt(cookie, 8.5);
      expect((await app.request("/account", { cookie })).status, email).toBe(302);
    }
  });

  it("survive a cookie with bad %-encoding beside them, even one the service does not own", async () => {
    const cookie = await app.sessionFor(ENTRANT);
    for (const noise of ["other=%E0%A4%A", "hpma_session_x=%", "=%%; a", "tracking=%ZZ%"]) {
      expect((await app.request("/account", { cookie: `${noise}; ${cookie}` })).status, noise).toBe(200);
      expect((await app.request("/", { cookie: noise })).status, noise).toBe(200);
      expect((await app.request("/winners", { cookie: `${cookie}; ${noise}` })).status, noise).toBe(200);
    }
    expect((await app.request("/account", { cookie: "hpma_session=%E0%A4%A" })).status).toBe(302);
  });
});
