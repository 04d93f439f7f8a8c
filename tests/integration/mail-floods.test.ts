// No form floods an inbox (decision 041): "you already have an account" and confirmation links are
// capped per recipient per hour, as reset links are, and registration is throttled per client address
// (here given by X-Forwarded-For, behind one trusted proxy). The page answers the same whether or not
// an e-mail was sent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ACCOUNT_MAILS_PER_HOUR } from "~/models/accounts.server";
import { MAX_REGISTRATIONS_PER_ADDRESS } from "~/models/registration-attempts.server";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let harbourside: string;
beforeAll(async () => {
  app = await startTestServer({ trustProxy: 1 });
  const org = await app.db.selectFrom("organisations").select("id").where("short_name", "=", "Harbourside").executeTakeFirstOrThrow();
  harbourside = String(org.id);
});
afterAll(async () => app.close());

const mailsTo = async (to: string, subject: string) => (await app.outbox()).filter((m) => m.to.toLowerCase().includes(to) && m.subject === subject).length;

const register = (email: string, from: string, name = "Pat Flood") =>
  app.request("/register", { form: { name, email, organisationId: harbourside, password: "kestrel lantern biscuit" }, headers: { "X-Forwarded-For": from } });

describe("e-mail floods", () => {
  it(`sends "you already have an account" at most ${MAX_ACCOUNT_MAILS_PER_HOUR} times an hour, answering the same every time`, async () => {
    const email = "judge.staffside1@demo.test";
    for (let i = 0; i < MAX_ACCOUNT_MAILS_PER_HOUR + 3; i++) {
      const res = await register(email, `192.0.2.${i}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("Check your email");
    }
    expect(await mailsTo(email, "You already have an account")).toBe(MAX_ACCOUNT_MAILS_PER_HOUR);
  });

  it(`sends an unconfirmed account at most ${MAX_ACCOUNT_MAILS_PER_HOUR} confirmation links an hour, however often it signs in`, async () => {
    const email = "not.yet.confirmed@example.org";
    expect((await register(email, "192.0.2.50")).status).toBe(200);
    for (let i = 0; i < MAX_ACCOUNT_MAILS_PER_HOUR + 3; i++) {
      const res = await app.request("/login", { form: { email, password: "kestrel lantern biscuit" }, headers: { "X-Forwarded-For": `192.0.2.${60 + i}` } });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("Confirm your email address before you sign in");
    }
    expect(await mailsTo(email, "Confirm your email address")).toBe(MAX_ACCOUNT_MAILS_PER_HOUR);
  });

  it(`throttles registration from one address after ${MAX_REGISTRATIONS_PER_ADDRESS} forms in an hour, keeping what was typed`, async () => {
    const from = "203.0.113.80";
    for (let i = 0; i < MAX_REGISTRATIONS_PER_ADDRESS; i++) expect((await register(`flood.${i}@example.org`, from)).status).toBe(200);
    const refused = await register("one.more@example.org", from, "Sam Onemore");
    expect(refused.status).toBe(429);
    const html = await refused.text();
    expect(html).toContain("There is a problem");
    expect(html).toContain("You have registered too many times from this network");
    expect(html).toContain('value="Sam Onemore"');
    expect(await app.db.selectFrom("users").select("id").where("email_normalised", "=", "one.more@example.org").executeTakeFirst()).toBeUndefined();
    // Another address is not affected.
    expect((await register("one.more@example.org", "203.0.113.81")).status).toBe(200);
  });
});
