// The checks every loader and action starts with. The rules themselves are in app/domain/permissions.ts.
import { redirect } from "@remix-run/node";
import { can, type Permission, type SessionUser } from "~/domain/permissions";
import { getSessionUser } from "./auth.server";

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

/** Only same-site relative paths: an attacker's ?redirectTo=https://evil.example goes home instead. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (!to || typeof to !== "string") return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
