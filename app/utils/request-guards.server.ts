// Checks made on every request before any route sees it: request size and cross-site mutations.

/** The largest request body we accept; anything larger is refused with 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * True when a state-changing request comes from another site (CSRF). Browsers send Origin on every
 * POST; where it is missing, Sec-Fetch-Site decides. A request with neither comes from a non-browser
 * client, which cannot carry a victim's cookies by itself, so it is let through.
 */
export function isCrossSiteMutation(request: Request, allowedOrigins: readonly string[]): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const origin = request.headers.get("origin");
  if (origin !== null) {
    return !(allowedOrigins.includes(origin) || origin === new URL(request.url).origin);
  }
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) return !(site === "same-origin" || site === "none");
  return false;
}
