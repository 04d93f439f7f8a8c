// A server with demo data off (as in production), whose state these tests may damage: throttling
// by address, and what a server error shows.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_FAILURES_PER_ADDRESS } from "~/models/login-attempts.server";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer({ demo: false });
});
afterAll(async () => app.close());

describe("with demo data off", () => {
  it("the sign-in page lists no demo logins", async () => {
    const html = await (await app.request("/login")).text();
    expect(html).toContain("Sign in");
    expect(html).not.toContain("Demo logins");
    expect(html).not.toContain("partnership-demo");
  });

  it(`sign-in stops after ${MAX_FAILURES_PER_ADDRESS} failures from one address, whatever the e-mail`, async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      const res = await app.request("/login", { form: { email: `someone${i}@example.org`, password: "not the password" } });
      expect(res.status).toBe(400);
    }
    const blocked = await app.request("/login", { form: { email: "fresh@example.org", password: "not the password" } });
    expect(blocked.status).toBe(429);
  });

  it("a server error shows the service's own page and nothing of the cause", async () => {
    await sql`drop table sessions`.execute(app.db);
    // A token of the right shape, so the server looks it up (and meets the missing table).
    const res = await app.request("/account", { cookie: "hpma_session=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" });
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain("Sorry, there is a problem with the service");
    expect(html).not.toMatch(/no such table|sessions|SqliteError|at .*\.js:\d+/);
  });
});
