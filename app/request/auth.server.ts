// Sessions with lucia v3 over our Kysely adapter. The cookie holds a random token; lucia is given
// only its hash as the session id, so the database never holds a usable token. Expiry slides, up to
// an absolute lifetime from sign-in.
import { Lucia, TimeSpan } from "lucia";
import type { SessionUser } from "~/domain/permissions";
import { sessionLifetimeOver } from "~/domain/session-lifetime";
import { appDb } from "~/platform/prepared.server";
import { getSessionWithUser } from "~/models/users.server";
import { generateToken, hashToken } from "~/platform/crypto.server";
import { getDb } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { KyselySessionAdapter } from "~/platform/lucia-adapter.server";

/**
 * Idle time after which a session ends; any request in the second half of it extends it. However
 * often it is extended, a session ends at its absolute lifetime (app/domain/session-lifetime.ts).
 */
export const SESSION_IDLE_TIMEOUT = new TimeSpan(8, "h");

function createLucia() {
  return new Lucia(new KyselySessionAdapter(getDb), {
    sessionExpiresIn: SESSION_IDLE_TIMEOUT,
    sessionCookie: {
      name: env().isProduction ? "__Host-hpma_session" : "hpma_session",
      // The cookie itself does not expire (lucia gives it a long Max-Age); the session row's expiry,
      // which slides on use, decides. So the cookie never needs re-sending from a loader.
      expires: false,
      attributes: { secure: env().isProduction, sameSite: "lax" },
    },
    getUserAttributes: (attributes) => attributes,
  });
}

declare module "lucia" {
  interface Register {
    Lucia: ReturnType<typeof createLucia>;
    UserId: number;
    DatabaseUserAttributes: { email: string; name: string; active: number; email_verified_at: string | null };
  }
}

const globalForLucia = globalThis as unknown as { __hpmaLucia?: { secure: boolean; lucia: ReturnType<typeof createLucia> } };

export function lucia(): ReturnType<typeof createLucia> {
  const secure = env().isProduction;
  if (!globalForLucia.__hpmaLucia || globalForLucia.__hpmaLucia.secure !== secure) {
    globalForLucia.__hpmaLucia = { secure, lucia: createLucia() };
  }
  return globalForLucia.__hpmaLucia.lucia;
}

/** Starts a session for the user; returns the Set-Cookie header value. */
export async function createUserSession(userId: number): Promise<string> {
  const token = generateToken();
  await lucia().createSession(userId, {}, { sessionId: hashToken(token) });
  return lucia().createSessionCookie(token).serialize();
}

/**
 * A session for a model verb to store in its own transaction (signIn): its id (the hash of the
 * cookie's token), its expiry, and the Set-Cookie header value to send once the verb has stored it.
 */
export function newSession(now: Date = new Date()): { id: string; expiresAt: Date; cookie: string } {
  const token = generateToken();
  return {
    id: hashToken(token),
    expiresAt: new Date(now.getTime() + SESSION_IDLE_TIMEOUT.milliseconds()),
    cookie: lucia().createSessionCookie(token).serialize(),
  };
}

/**
 * The session token from the Cookie header, read by hand rather than by lucia's parser, which
 * decodes every cookie and throws on one with bad %-encoding (even one another site on the same
 * domain set), and that made every page a 500. Only a value shaped like our tokens is taken.
 */
function sessionToken(request: Request): string | null {
  const name = lucia().sessionCookieName;
  for (const pair of (request.headers.get("Cookie") ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    const value = pair.slice(at + 1).trim();
    if (/^[A-Za-z0-9_-]{16,128}$/.test(value)) return value;
  }
  return null;
}

/**
 * Set by the server (server/http.ts) on every request it hands to Remix, to a value of its own that
 * no two requests share; whatever a client sends under this name is replaced.
 */
export const REQUEST_ID_HEADER = "x-hpma-request-id";

const cache = new WeakMap<Request, Promise<SessionUser | null>>();
/**
 * Lookups by the server's request id, for GET and HEAD: Remix gives each loader its own copy of the
 * Request, so the WeakMap alone looked the session up once per loader (twice a page). Nothing in a
 * GET changes who is signed in, so its loaders share one answer. The last few hundred are kept.
 */
const byRequestId = new Map<string, Promise<SessionUser | null>>();
const KEPT_REQUESTS = 512;

/** The signed-in user for this request, or null. Asked once per request however often it is called. */
export function getSessionUser(request: Request): Promise<SessionUser | null> {
  let pending = cache.get(request);
  if (pending) return pending;
  const requestId = request.method === "GET" || request.method === "HEAD" ? request.headers.get(REQUEST_ID_HEADER) : null;
  const key = requestId ? `${requestId} ${request.headers.get("Cookie") ?? ""}` : null;
  pending = key ? byRequestId.get(key) : undefined;
  if (!pending) {
    pending = loadSessionUser(request);
    if (key) {
      if (byRequestId.size >= KEPT_REQUESTS) byRequestId.delete(byRequestId.keys().next().value!);
      byRequestId.set(key, pending);
    }
  }
  cache.set(request, pending);
  return pending;
}

/**
 * Lucia's validateSession, with the user's details read in the same query (one query per request
 * instead of seven): an unknown or expired session is no session (an expired one is deleted), and a
 * session used in the second half of its idle time is extended, as lucia does. Lucia still creates,
 * lists and ends sessions through the adapter.
 */
async function loadSessionUser(request: Request): Promise<SessionUser | null> {
  const token = sessionToken(request);
  if (!token) return null;
  const found = await getSessionWithUser(appDb(), hashToken(token));
  if (!found) return null;
  const now = Date.now();
  if (found.expiresAt.getTime() <= now) {
    await lucia().invalidateSession(found.sessionId);
    return null;
  }
  if (!found.active) {
    await lucia().invalidateUserSessions(found.user.id);
    return null;
  }
  if (sessionLifetimeOver({ createdAt: found.createdAt, roles: found.user.roles, now: new Date(now) })) {
    await lucia().invalidateSession(found.sessionId);
    return null;
  }
  if (found.expiresAt.getTime() - SESSION_IDLE_TIMEOUT.milliseconds() / 2 <= now) {
    await new KyselySessionAdapter(getDb).updateSessionExpiration(found.sessionId, new Date(now + SESSION_IDLE_TIMEOUT.milliseconds()));
  }
  return found.user;
}

/** Ends this request's session; returns the Set-Cookie header value that clears the cookie. */
export async function endSession(request: Request): Promise<string> {
  const token = sessionToken(request);
  if (token) await lucia().invalidateSession(hashToken(token));
  return lucia().createBlankSessionCookie().serialize();
}

/** The id (the token's hash) of this request's session, if it carries one. */
export function currentSessionId(request: Request): string | null {
  const token = sessionToken(request);
  return token ? hashToken(token) : null;
}
