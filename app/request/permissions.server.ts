// The checks every loader and action starts with. The rules themselves are in app/domain/permissions.ts.
import { redirect } from "@remix-run/node";
import { can, type Permission, type SessionUser } from "~/domain/permissions";
import { getSessionUser } from "./auth.server";
import { env } from "~/platform/env.server";

export function forbidden(): never {
  throw new Response("Forbidden", { status: 403, statusText: "Forbidden" });
}

export function notFound(): never {
  throw new Response("Not Found", { status: 404, statusText: "Not Found" });
}

/** The signed-in user, or a redirect to sign in that brings them back here afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (!user) {
    const url = new URL(request.url);
    const back = request.method === "GET" ? `${url.pathname}${url.search}` : "/";
    throw redirect(`/login?${new URLSearchParams({ redirectTo: back })}`);
  }
  return user;
}

/** The signed-in user if they hold the permission; otherwise 403 (or sign in first). */
export async function requirePermission(request: Request, permission: Permission): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!can(user.roles, permission)) forbidden();
  return user;
}

export const requireAdmin = (request: Request) => requirePermission(request, "admin:use");

/** For pages only a signed-out visitor needs (sign in, register): a signed-in user goes home. */
export async function requireAnonymous(request: Request): Promise<void> {
  if (await getSessionUser(request)) throw redirect("/");
}

/**
 * The one check for every redirect target that comes from the user (?redirectTo=, hidden fields):
 * only a path on this site, or the fallback. The URL parser decides, against the service's own
 * origin, so what is returned is exactly what a browser would follow: a string that begins with
 * one slash, has no backslash, no control character (the parser drops TAB, CR and LF, which is
 * how `/\t/evil.example` became `//evil.example`) and no scheme, and is re-serialised by the parser
 * (anything outside ASCII percent-encoded), so it is always a valid Location header.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//")) return fallback;
  // Control characters (C0, DEL, C1) and backslashes, which browsers read as slashes.
  if (/[\\\u0000-\u001f\u007f-\u009f]/.test(to)) return fallback;
  const origin = new URL(env().APP_ORIGIN).origin;
  let url: URL;
  try {
    url = new URL(to, origin);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== origin || !path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return fallback;
  return path;
}
