// The device cookie (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): given at a
// successful sign-in, it names the account and carries a random nonce, signed with an HMAC keyed by
// SESSION_SECRET, so no one can make one without having signed in. A sign-in try that carries a
// valid one for the account it names is spared the per-e-mail limit on failures, so a stranger's
// guessing from elsewhere cannot lock the owner out on their own device (app/models/login-attempts.server.ts).
import crypto from "node:crypto";
import { env } from "~/platform/env.server";

/** How long a device stays known without signing in again. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

function cookieName(): string {
  return env().isProduction ? "__Host-hpma_device" : "hpma_device";
}

function signature(payload: string): string {
  return crypto.createHmac("sha256", env().SESSION_SECRET).update(`device-cookie:${payload}`).digest("base64url");
}

/** The Set-Cookie header value of a new device cookie for the account. */
export function deviceCookie(userId: number): string {
  const payload = `${userId}.${crypto.randomBytes(16).toString("base64url")}`;
  const attributes = [`Path=/`, `Max-Age=${DEVICE_COOKIE_MAX_AGE_SECONDS}`, "HttpOnly", "SameSite=Lax"];
  if (env().isProduction) attributes.push("Secure");
  return [`${cookieName()}=${payload}.${signature(payload)}`, ...attributes].join("; ");
}

/**
 * The account that this request's device cookie names, if it carries one with a good signature;
 * otherwise null. Read by hand (as the session cookie is), taking only a value of the shape we make.
 */
export function deviceCookieUserId(request: Request): number | null {
  const name = cookieName();
  for (const pair of (request.headers.get("Cookie") ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    const match = /^(\d{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(pair.slice(at + 1).trim());
    if (!match) continue;
    const expected = Buffer.from(signature(`${match[1]}.${match[2]}`));
    const given = Buffer.from(match[3]!);
    if (given.length === expected.length && crypto.timingSafeEqual(given, expected)) return Number(match[1]);
  }
  return null;
}
