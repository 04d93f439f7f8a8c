// HTTP caching of public pages (the archive, its feeds, the home page). Their ETag follows the
// archive's revision, so a publication or an edit changes it at once. The server (server/http.ts)
// answers a matching If-None-Match with 304, and keeps anonymous copies in memory until the revision moves.
// Browsers revalidate each time; shared caches keep a page at most a minute and never past the next
// scheduled announcement (docs/decisions/036), which the server works out again for each copy it sends.
import type { AppLoadContext } from "@remix-run/node";
import { archiveRevision } from "~/models/archive.server";
import { getSessionUser } from "./auth.server";
import { hashToken } from "~/platform/crypto.server";
import { getDb } from "~/platform/db.server";
import { nextScheduledAnnouncement } from "~/platform/public-revision.server";
import { publicCacheControl } from "~/domain/public-caching";

/** Internal header: the archive revision a response was built from. The server strips it. */
export const REVISION_HEADER = "X-Archive-Revision";

/**
 * Internal header: this page shows everyone the same thing but the page header (their name, their
 * navigation), so a signed-in visitor may be sent the anonymous copy with their own header in it
 * (server/signed-in-page.ts). The server strips it.
 */
export const SAME_FOR_EVERYONE_HEADER = "X-Same-For-Everyone";

/**
 * The part of a public page's ETag that says who it was made for: `u0` for a visitor, and for a
 * signed-in user an opaque tag keyed with the session secret, so the ETag shows no user id.
 */
export function viewerTag(userId: number | null | undefined): string {
  return userId ? `u${hashToken(`etag-viewer:${userId}`).slice(0, 16)}` : "u0";
}

/** The Cache-Control of a public page sent now (a promise on PostgreSQL, where the next announcement is a query). */
export function currentPublicCacheControl(now = Date.now()): string | Promise<string> {
  const next = nextScheduledAnnouncement(now);
  return typeof next === "string" || next === null ? publicCacheControl(next, now) : next.then((at) => publicCacheControl(at, now));
}

/**
 * The caching headers of a public response. A signed-in visitor's page carries their name in the
 * header, so it is private; the ETag differs by who is signed in for the same reason.
 * `sameForEveryone`: nothing on the page but its header depends on who is signed in (never a page
 * whose loader or components read the user).
 */
export async function publicCacheHeaders(
  request: Request,
  context: AppLoadContext,
  { sameForEveryone = false }: { sameForEveryone?: boolean } = {},
): Promise<Record<string, string>> {
  const [revision, user] = await Promise.all([archiveRevision(getDb()), getSessionUser(request)]);
  return {
    ETag: `W/"r${revision}-${context.buildVersion ?? "dev"}-${viewerTag(user?.id)}"`,
    "Cache-Control": user ? "private, no-store" : await currentPublicCacheControl(),
    Vary: "Cookie",
    [REVISION_HEADER]: String(revision),
    ...(sameForEveryone ? { [SAME_FOR_EVERYONE_HEADER]: "1" } : {}),
  };
}

/** For a route's `headers` export: pass on the caching headers its loader set. */
export function cacheHeadersFrom(loaderHeaders: Headers): Headers {
  const headers = new Headers();
  for (const name of ["ETag", "Cache-Control", "Vary", REVISION_HEADER, SAME_FOR_EVERYONE_HEADER]) {
    const value = loaderHeaders.get(name);
    if (value) headers.set(name, value);
  }
  return headers;
}
