import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_FAILURES_PER_PAIR } from "~/models/login-attempts.server";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(async () => app.close());

const lastEmailTo = async (to: string) => (await app.outbox()).filter((m) => m.to.toLowerCase().includes(to.toLowerCase())).at(-1);

async function organisationId(shortName: string): Promise<number> {
  const org = await app.db.selectFrom("organisations").select("id").where("short_name", "=", shortName).executeTakeFirstOrThrow();
  return org.id;
}

describe("registering as an entrant", () => {
  it("lists every problem of an empty form at once, in the NHS error summary", async () => {
    const res = await app.request("/register", { form: { name: "", email: "", organisationId: "", password: "" } });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("There is a problem");
    for (const message of ["Enter your full name", "Enter your email address", "Select your organisation", "Enter a password"]) {
      expect(html).toContain(message);
    }
  });

  it("keeps what was typed, shows markup as text, and refuses oversized fields", async () => {
    const res = await app.request("/register", {
      form: { name: `<script>alert("x")</script>${"n".repeat(120)}`, email: "not-an-email", organisationId: "", password: "short" },
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).not.toContain('<script>alert("x")</script>');
    expect(html).toContain("&lt;script&gt;alert(");
    expect(html).toContain("Full name must be 100 characters or fewer");
    expect(html).toContain("Enter an email address in the correct format");
    expect(html).toContain('value="not-an-email"');
    expect(html).toContain("Password must be 12 characters or more");
  });

  it("refuses a name with a line break or other control character, keeping what was typed", async () => {
    for (const name of ["Eve Probe\r\nBcc: victim@example.org", "Eve\u0000Probe", "Eve\u2028Probe"]) {
      const res = await app.request("/register", {
        form: { name, email: "eve.probe@example.nhs.uk", organisationId: String(await organisationId("Harbourside")), password: "kestrel lantern biscuit" },
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain("There is a problem");
      expect(html).toContain("Full name must be on one line, with no line breaks or other control characters");
      expect(html).toContain('value="eve.probe@example.nhs.uk"');
    }
    expect(await app.db.selectFrom("users").select("id").where("email_normalised", "=", "eve.probe@example.nhs.uk").executeTakeFirst()).toBeUndefined();
  });

  it("refuses a forged organisation id", async () => {
    const res = await app.request("/register", {
      form: { name: "Ann Other", email: "ann@example.nhs.uk", organisationId: "99999", password: "three random words" },
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Select your organisation");
  });

  it("refuses a request body over 1 MB with 413", async () => {
    const res = await app.request("/register", { form: { name: "x".repeat(1024 * 1024 + 1) } });
    expect(res.status).toBe(413);
    expect(await app.db.selectFrom("users").select("id").where("name", "like", "xxxx%").executeTakeFirst()).toBeUndefined();
  });

  it("creates an account that must be confirmed by the e-mailed link before signing in", async () => {
    const email = "Zoë.Nkemelu@Example.NHS.uk";
    const res = await app.request("/register", {
      form: { name: "Zoë Nkemelu-Ó Briain", email, organisationId: String(await organisationId("Harbourside")), password: "kestrel lantern biscuit" },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Check your email");

    const signIn = await app.request("/login", { form: { email, password: "kestrel lantern biscuit" } });
    expect(signIn.status).toBe(400);
    expect(await signIn.text()).toContain("Confirm your email address before you sign in");

    const mail = (await lastEmailTo("Example.NHS.uk"))!;
    expect(mail.subject).toBe("Confirm your email address");
    const link = mail.links.find((l) => l.includes("/confirm-email/"))!;
    const path = new URL(link).pathname;
    expect((await app.request(path)).status).toBe(200);
    const confirm = await app.request(path, { method: "POST", headers: { Origin: app.url } });
    expect(confirm.status).toBe(302);
    expect(confirm.headers.get("location")).toBe("/login?notice=confirmed");
    // The link works once.
    expect(await (await app.request(path, { method: "POST" })).text()).toContain("already been used");

    const cookie = await app.login("zoë.nkemelu@example.nhs.uk", "kestrel lantern biscuit");
    const account = await (await app.request("/account", { cookie })).text();
    expect(account).toContain("Zoë Nkemelu-Ó Briain");
    expect(account).toContain("Harbourside Community Health NHS Trust");
  });

  it("treats e-mail addresses as the same whatever their case, without saying an account exists", async () => {
    const res = await app.request("/register", {
      form: { name: "Someone Else", email: "ADMIN@demo.test", organisationId: String(await organisationId("Eastbrook")), password: "another long passphrase" },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Check your email");
    expect((await lastEmailTo("admin@demo.test"))?.subject).toBe("You already have an account");
    const admins = await app.db.selectFrom("users").select("id").where("email_normalised", "=", "admin@demo.test").execute();
    expect(admins).toHaveLength(1);
  });

  it("lets an entrant whose organisation is not listed ask for it, for an admin to approve", async () => {
    const res = await app.request("/register", {
      form: { name: "Pat Lee", email: "pat.lee@new-trust.example", organisationId: "not-listed", organisationName: "", password: "orchard velvet compass" },
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Enter the name of your organisation");
    const ok = await app.request("/register", {
      form: { name: "Pat Lee", email: "pat.lee@new-trust.example", organisationId: "not-listed", organisationName: "Westfold NHS Trust", password: "orchard velvet compass" },
    });
    expect(ok.status).toBe(200);
    const request = await app.db.selectFrom("organisation_requests").selectAll().where("name", "=", "Westfold NHS Trust").executeTakeFirst();
    expect(request?.status).toBe("pending");
  });
});

describe("signing in", () => {
  it("says the same for an unknown e-mail as for a wrong password", async () => {
    const unknown = await app.request("/login", { form: { email: "nobody@example.org", password: "whatever-it-is" } });
    const wrong = await app.request("/login", { form: { email: "admin@demo.test", password: "whatever-it-is" } });
    expect(unknown.status).toBe(400);
    expect(wrong.status).toBe(400);
    const message = "Enter a correct email address and password";
    expect(await unknown.text()).toContain(message);
    expect(await wrong.text()).toContain(message);
  });

  it("sends each role to its own area", async () => {
    const to = async (email: string) => (await app.request("/login", { form: { email, password: "partnership-demo" } })).headers.get("location");
    expect(await to("admin@demo.test")).toBe("/admin");
    expect(await to("judge.employer1@demo.test")).toBe("/judging");
    expect(await to("entrant@riverbend.demo.test")).toBe("/nominations");
  });

  it("goes back to the page asked for, but never to another site", async () => {
    const form = { email: "admin@demo.test", password: "partnership-demo" };
    expect((await app.request("/login", { form: { ...form, redirectTo: "/admin/users" } })).headers.get("location")).toBe("/admin/users");
    expect((await app.request("/login", { form: { ...form, redirectTo: "//evil.example/x" } })).headers.get("location")).toBe("/admin");
    expect((await app.request("/login", { form: { ...form, redirectTo: "https://evil.example" } })).headers.get("location")).toBe("/admin");
  });

  it(`stops after ${MAX_FAILURES_PER_PAIR} failures for one e-mail from one address, even with the right password`, async () => {
    const email = "entrant@fellside.demo.test";
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) {
      expect((await app.request("/login", { form: { email, password: `wrong-password-${i}` } })).status).toBe(400);
    }
    const blocked = await app.request("/login", { form: { email, password: "partnership-demo" } });
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain("tried to sign in too many times");
    // Another account is not affected by this one's failures.
    expect((await app.request("/login", { form: { email: "entrant@eastbrook.demo.test", password: "partnership-demo" } })).status).toBe(302);
  });
});

describe("resetting a password", () => {
  it("works once through the e-mailed link and ends existing sessions", async () => {
    const email = "entrant@northmoor-valley.demo.test";
    const before = await app.sessionFor(email);
    const asked = await app.request("/forgot-password", { form: { email } });
    expect(await asked.text()).toContain("Check your email");
    const mail = (await lastEmailTo(email))!;
    expect(mail.subject).toBe("Reset your password");
    const path = new URL(mail.links.find((l) => l.includes("/reset-password/"))!).pathname;

    const weak = await app.request(path, { form: { password: "password1234" } });
    expect(weak.status).toBe(400);
    expect(await weak.text()).toContain("too common");

    const done = await app.request(path, { form: { password: "meadow harbour lantern" } });
    expect(done.headers.get("location")).toBe("/login?notice=reset");
    expect((await app.request("/account", { cookie: before })).status).toBe(302);
    await app.login(email, "meadow harbour lantern");
    expect(await (await app.request(path, { form: { password: "another one entirely" } })).text()).toContain("This link no longer works");
  });

  it("answers the same for an address with no account, and sends nothing", async () => {
    const count = (await app.outbox()).length;
    const res = await app.request("/forgot-password", { form: { email: "nobody-here@example.org" } });
    expect(await res.text()).toContain("Check your email");
    expect((await app.outbox()).length).toBe(count);
  });

  it("refuses an expired link", async () => {
    const email = "entrant@eastbrook.demo.test";
    await app.request("/forgot-password", { form: { email } });
    const path = new URL((await lastEmailTo(email))!.links.find((l) => l.includes("/reset-password/"))!).pathname;
    await app.db.updateTable("password_reset_tokens").set({ expires_at: new Date(Date.now() - 1000).toISOString() }).execute();
    expect(await (await app.request(path)).text()).toContain("This link has expired");
    expect(await (await app.request(path, { form: { password: "meadow harbour lantern" } })).text()).toContain("This link has expired");
  });
});
