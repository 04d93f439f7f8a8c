// Checks made on every request before any route sees it: request size, cross-site mutations, and
// what the request's own headers may say about where it came from (Host, the proxies' X-Forwarded-*).
import net from "node:net";

/** The largest request body we accept; anything larger is refused with 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The most fields a form body may have. Parsing costs by the field (undici's formData, then our own
 * pass over the entries): 150,000 one-letter fields in 1 MB took 2.7 s where one 1 MB field took
 * 0.1 s. The largest real form (the shortlist's choice: two fields a nomination) has a few hundred.
 */
export const MAX_FORM_FIELDS = 2000;

/** How many times byte sequence needle occurs in body, counting no further than limit + 1. */
function occurrences(body: Buffer, needle: string | number, limit: number): number {
  const step = typeof needle === "number" ? 1 : Buffer.byteLength(needle);
  let count = 0;
  for (let at = body.indexOf(needle); at !== -1 && count <= limit; at = body.indexOf(needle, at + step)) count++;
  return count;
}

/**
 * True when a form body (urlencoded or multipart) has more than `limit` fields, counted without
 * parsing it: the `&` separators, or the multipart boundaries. Other bodies are not forms.
 */
export function hasTooManyFields(contentType: string | undefined, body: Buffer, limit = MAX_FORM_FIELDS): boolean {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") return occurrences(body, 0x26, limit) + 1 > limit;
  if (type === "multipart/form-data") {
    const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
    if (!boundary) return false;
    // n parts are n + 1 delimiters (the last one closes the body).
    return occurrences(body, `--${boundary[1] ?? boundary[2]}`, limit + 1) - 1 > limit;
  }
  return false;
}

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

type HeaderValue = string | string[] | undefined;

/** A host name or bracketed IPv6 address, with an optional port: what a Host header may say. */
const HOST = /^([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.?|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/;

/** The entries of a list header (X-Forwarded-For and the like), however many times it was sent. */
function listEntries(value: HeaderValue): string[] {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return joined
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * The address the throttle counts a request against. Behind `trustedProxies` proxies, each appends
 * the address it was reached from to X-Forwarded-For, so the one our outermost proxy saw is that
 * many entries from the end: the entries before it are whatever the client chose to send. Without
 * trusted proxies (or with a header too short to hold their entries) the socket's address counts.
 */
export function clientAddressFrom(forwardedFor: HeaderValue, socketAddress: string | undefined, trustedProxies: number): string {
  const socket = socketAddress || "unknown";
  if (trustedProxies <= 0) return socket;
  const entries = listEntries(forwardedFor);
  const appended = entries[entries.length - trustedProxies];
  return appended && net.isIP(appended) ? appended : socket;
}

/**
 * The scheme and host the request was addressed to, for its URL. The Host header is the client's
 * to write: one that is not a host name (and port) is replaced by the service's own address, as
 * is X-Forwarded-Proto unless a proxy is trusted and it says http or https.
 */
export function requestOrigin(
  headers: { host?: string; "x-forwarded-proto"?: HeaderValue; "x-forwarded-host"?: HeaderValue },
  { appOrigin, trustProxy }: { appOrigin: string; trustProxy: number },
): string {
  const forwardedProto = trustProxy > 0 ? listEntries(headers["x-forwarded-proto"]).at(-1) : undefined;
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http";
  // A trusted proxy's X-Forwarded-Host names the host the browser addressed (its own Host may be
  // the upstream's); without a trusted proxy the header is the client's writing and is ignored.
  const forwardedHost = trustProxy > 0 ? listEntries(headers["x-forwarded-host"]).at(-1) : undefined;
  const host = forwardedHost && HOST.test(forwardedHost) ? forwardedHost : (headers.host ?? "");
  if (!HOST.test(host)) return new URL(appOrigin).origin;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return new URL(appOrigin).origin;
  }
}
