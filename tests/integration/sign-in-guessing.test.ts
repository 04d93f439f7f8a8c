// Guessing passwords online without locking the owner out (decision 041): failures are counted per
// e-mail and client address (here given by X-Forwarded-For, behind one trusted proxy), and the limit
// per e-mail does not stop a device the account has signed in on, nor the owner after a reset.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_PAIR } from "~/models/login-attempts.server";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer({ trustProxy: 1 });
});
afterAll(async () => app.close());

const RIGHT = "partnership-demo";

const signIn = (email: string, password: string, from: string, cookie?: string) =>
  app.request("/login", { form: { email, password }, headers: { "X-Forwarded-For": from }, cookie });

const deviceCookieOf = (res: Response) => res.headers.getSetCookie().find((c) => c.includes("hpma_device="))?.split(";")[0];

/** One wrong password for the e-mail from each of `count` addresses: guessing spread out so that no pair reaches its limit. */
async function guessFromMany(email: string, count: number, prefix: string): Promise<void> {
  for (let i = 0; i < count; i++) expect((await signIn(email, `wrong-${i}`, `${prefix}.${i}`)).status).toBe(400);
}

describe("sign-in guessing", () => {
  it("stops a guesser's address for the account, but not the owner signing in from elsewhere", async () => {
    const email = "judge.employer2@demo.test";
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) expect((await signIn(email, `wrong-${i}`, "203.0.113.66")).status).toBe(400);
    const guesser = await signIn(email, RIGHT, "203.0.113.66");
    expect(guesser.status).toBe(429);
    expect(await guesser.text()).toContain("You have tried to sign in too many times");
    expect((await signIn(email, RIGHT, "198.51.100.7")).status).toBe(302);
  });

  it("limits guessing spread over many addresses, except from a device the account signed in on", async () => {
    const email = "judge.staffside2@demo.test";
    const known = await signIn(email, RIGHT, "198.51.100.20");
    expect(known.status).toBe(302);
    const device = deviceCookieOf(known)!;
    expect(device).toMatch(/^hpma_device=\d+\./);
    expect(known.headers.getSetCookie().find((c) => c.includes("hpma_device="))).toMatch(/HttpOnly/);

    await guessFromMany(email, MAX_FAILURES_PER_EMAIL, "192.0.2");
    // A new device, and one whose cookie is forged or names another account, wait out the window.
    const fresh = await signIn(email, RIGHT, "198.51.100.21");
    expect(fresh.status).toBe(429);
    expect(await fresh.text()).toContain("You have tried to sign in too many times");
    const [name, value] = device.split("=");
    const [id, nonce, signature] = value!.split(".");
    const forged = `${name}=${id}.${nonce}.${signature!.slice(0, -2)}${signature!.endsWith("AA") ? "BB" : "AA"}`;
    expect((await signIn(email, RIGHT, "198.51.100.21", forged)).status).toBe(429);
    const otherAccount = deviceCookieOf(await signIn("judge.employer1@demo.test", RIGHT, "198.51.100.22"))!;
    expect((await signIn(email, RIGHT, "198.51.100.21", otherAccount)).status).toBe(429);
    // The owner's own device signs in, from any address.
    expect((await signIn(email, RIGHT, "198.51.100.23", device)).status).toBe(302);
    // The device cookie spares only the per-e-mail limit: a wrong password is still a failure.
    expect((await signIn(email, "still-wrong", "198.51.100.23", device)).status).toBe(400);
  });

  it("stops an address that guesses at many accounts, but not a device an account signed in on behind it", async () => {
    const gateway = "203.0.113.120";
    const known = await signIn("judge.employer3@demo.test", RIGHT, gateway);
    expect(known.status).toBe(302);
    const device = deviceCookieOf(known)!;
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) expect((await signIn(`colleague.${i}@example.org`, "wrong", gateway)).status).toBe(400);
    expect((await signIn("admin@demo.test", RIGHT, gateway)).status).toBe(429);
    expect((await signIn("judge.employer3@demo.test", RIGHT, gateway, device)).status).toBe(302);
  });

  it("lets the owner sign in anywhere at once after a password reset from the e-mailed link", async () => {
    const email = "judge.staffside3@demo.test";
    await guessFromMany(email, MAX_FAILURES_PER_EMAIL, "192.0.3");
    expect((await signIn(email, RIGHT, "198.51.100.30")).status).toBe(429);

    await app.request("/forgot-password", { form: { email }, headers: { "X-Forwarded-For": "198.51.100.30" } });
    const mail = (await app.outbox()).filter((m) => m.to.includes(email)).at(-1)!;
    const path = new URL(mail.links.find((l) => l.includes("/reset-password/"))!).pathname;
    const reset = await app.request(path, { form: { password: "meadow harbour lantern" }, headers: { "X-Forwarded-For": "198.51.100.30" } });
    expect(reset.headers.get("location")).toBe("/login?notice=reset");
    expect((await signIn(email, "meadow harbour lantern", "198.51.100.31")).status).toBe(302);
  });
});
