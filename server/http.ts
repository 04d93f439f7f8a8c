// Node http in front of Remix: static files, the body-size limit, the cross-site check, security
// headers, and conversion between Node's request/response and the Fetch API that Remix speaks.
import crypto from "node:crypto";
import type http from "node:http";
import path from "node:path";
import { createRequire } from "node:module";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { clientAddressFrom, hasTooManyFields, isCrossSiteMutation, MAX_BODY_BYTES, MAX_FORM_FIELDS, requestOrigin } from "./request-guards";
import { currentPublicCacheControl, REVISION_HEADER, SAME_FOR_EVERYONE_HEADER, viewerTag } from "../app/request/public-cache.server";
import { getSessionUser, REQUEST_ID_HEADER } from "../app/request/auth.server";
import { currentPublicState } from "../app/platform/public-revision.server";
import { publicCacheControl } from "../app/domain/public-caching";
import { staticFiles } from "./static-files";
import { bodyWithNonce, cachedRepresentation, etagMatches, findNonce, PageCache, type CachedResponse } from "./page-cache";
import { keptHeaders, pageFrame, signedInPage } from "./signed-in-page";
import { keepRouteMatches, keepStaticHandlerBranches } from "./route-matching";
import { chooseEncoding, compressor, isCompressible, MIN_COMPRESSED_BYTES, varyWithAcceptEncoding, type Encoding } from "./compression";

declare module "@remix-run/node" {
  interface AppLoadContext {
    clientAddress: string;
    /** This response's Content-Security-Policy nonce, for the page's scripts (app/entry.server.tsx). */
    cspNonce: string;
    /** Changes with every build, so that public pages' ETags do too. */
    buildVersion: string;
  }
}

export type AppListenerOptions = {
  build: ServerBuild;
  publicDir: string;
  appOrigin: string;
  /** How many reverse proxies stand in front of the server (TRUST_PROXY); 0 trusts no forwarded header. */
  trustProxy: number;
  /** Production: browsers are told to use HTTPS only (HSTS). */
  production?: boolean;
};

const SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};
export const HSTS = "max-age=31536000; includeSubDomains";
const CSP_BASE = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

/** The CSP of a page: only scripts carrying this response's nonce, and what they load, run. */
export function contentSecurityPolicy(nonce: string | null): string {
  return `${CSP_BASE}; script-src ${nonce ? `'nonce-${nonce}' 'strict-dynamic'` : "'none'"}`;
}

/** Takes off the internal headers the app's loaders set (the archive revision, "same for everyone"). */
function takeInternalHeaders(response: Response): { revision: string | null; everyone: boolean } {
  const revision = response.headers.get(REVISION_HEADER);
  const everyone = response.headers.get(SAME_FOR_EVERYONE_HEADER) === "1";
  response.headers.delete(REVISION_HEADER);
  response.headers.delete(SAME_FOR_EVERYONE_HEADER);
  return { revision, everyone };
}

/** A response a copy may be kept of for anyone: a public 200 of a known revision that sets no cookie. */
function isPublicCopy(response: Response, revision: string | null): revision is string {
  return revision !== null && response.status === 200 && response.headers.getSetCookie().length === 0 && /\bpublic\b/.test(response.headers.get("cache-control") ?? "");
}

/** Addresses remembered as showing everyone the same page (a visitor can make up any number of them). */
const KEPT_SAME_FOR_EVERYONE = 2000;
/** Longer addresses are not remembered (2,000 of them at most 4 MB); their signed-in visitors get their own render. */
const MAX_SAME_FOR_EVERYONE_KEY = 2048;

/** The methods Remix routes (its actions take any but GET and HEAD); the rest are refused here. */
const ROUTED_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]);

function newNonce(): string {
  return crypto.randomBytes(16).toString("base64");
}

/** An answer of the server's own (too large, cross-site, malformed): plain HTML with no script. */
function plainPage(res: http.ServerResponse, status: number, title: string, body: string, production = false) {
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>body{font-family:Arial,sans-serif;max-width:40em;margin:2em auto;padding:0 1em;color:#212b32}</style></head><body><main><h1>${title}</h1><p>${body}</p><p><a href="/">Go to the home page</a></p></main></body></html>`;
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    Connection: "close",
    ...SECURITY_HEADERS,
    "Content-Security-Policy": contentSecurityPolicy(null),
    ...(production ? { "Strict-Transport-Security": HSTS } : {}),
  });
  res.end(html);
}

function hasSessionCookie(req: http.IncomingMessage): boolean {
  return /(^|;\s*)(__Host-)?hpma_session=/.test(req.headers.cookie ?? "");
}

function groupHeaders(headers: [string, string][]): Map<string, string | string[]> {
  const grouped = new Map<string, string | string[]>();
  for (const [key, value] of headers) {
    const name = key.toLowerCase();
    const existing = grouped.get(name);
    if (existing === undefined) grouped.set(name, value);
    else grouped.set(name, [...(Array.isArray(existing) ? existing : [existing]), value]);
  }
  return grouped;
}

/**
 * Sends a buffered response with a fresh nonce in its CSP and body, compressed as the browser
 * accepts, or 304 when the browser already has it.
 */
/**
 * `cache`: the page cache's copy being sent (its compressed copies count against the cache's limit).
 * `nextAnnouncement`, when the caller has read it already (currentPublicState), saves reading it again.
 */
async function send(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  entry: CachedResponse,
  nonce: string,
  { cache, nextAnnouncement }: { cache?: { pageCache: PageCache; key: string }; nextAnnouncement?: string | null } = {},
) {
  // Worked out before anything is written (on PostgreSQL it is a query, unless already read).
  const cacheControl = !entry.revision ? undefined : nextAnnouncement !== undefined ? publicCacheControl(nextAnnouncement, Date.now()) : currentPublicCacheControl();
  const sharedCacheControl = typeof cacheControl === "string" || cacheControl === undefined ? cacheControl : await cacheControl;
  const notModified = etagMatches(req.headers["if-none-match"], entry.etag);
  res.statusCode = notModified ? 304 : entry.status;
  for (const [key, value] of groupHeaders(entry.headers)) {
    if (notModified && (key === "content-type" || key === "content-length")) continue;
    res.setHeader(key, value);
  }
  // A copy may be served long after it was made: how long a shared cache may keep it is worked out
  // now, so that it never outlives the next announcement (decision 036).
  if (sharedCacheControl) res.setHeader("Cache-Control", sharedCacheControl);
  // A copy in the page cache counts the compressed copies it makes against the cache's limit.
  const representation = cache
    ? cache.pageCache.representation(cache.key, entry, nonce, req.headers["accept-encoding"])
    : cachedRepresentation(entry, nonce, req.headers["accept-encoding"]);
  if (representation.varies) res.setHeader("Vary", varyWithAcceptEncoding(res.getHeader("vary") as string | undefined));
  // A 304 leaves the browser with the body it has, which carries the nonce of the response it came
  // in: that response's policy must stay with it (Chromium would not replace it anyway).
  if (notModified) {
    res.end();
    return;
  }
  res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
  if (representation.encoding) res.setHeader("Content-Encoding", representation.encoding);
  res.setHeader("Content-Length", representation.body.length);
  if (req.method === "HEAD") res.end();
  else res.end(representation.body);
}

/** Waits until a stream can take more, or the response has closed. */
function drained(stream: NodeJS.WritableStream, res: http.ServerResponse): Promise<void> {
  return new Promise<void>((resolve) => {
    const go = () => {
      stream.off("drain", go);
      res.off("close", go);
      resolve();
    };
    stream.on("drain", go);
    res.on("close", go);
  });
}

/**
 * Sends a streamed body (its status and headers already set on res), compressed when its type is
 * text, the browser accepts an encoding and it is not tiny: the first kilobyte is read before
 * deciding, and a body that ends before it goes as it is.
 */
async function sendStreamed(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  reader: ReadableStreamDefaultReader<Uint8Array>,
  pending: Uint8Array[] = [],
): Promise<void> {
  const contentType = res.getHeader("content-type") as string | undefined;
  const encoding = isCompressible(contentType) && !res.hasHeader("content-encoding") ? chooseEncoding(req.headers["accept-encoding"]) : null;
  if (encoding) res.setHeader("Vary", varyWithAcceptEncoding(res.getHeader("vary") as string | undefined));
  // A small body (a save's answer, a redirect's) goes whole, with its length, in one write, whether or
  // not the browser takes an encoding: written in pieces, it was the headers and the body and then the
  // chunked ending, each its own write on the socket.
  let size = pending.reduce((total, chunk) => total + chunk.length, 0);
  while (size < MIN_COMPRESSED_BYTES) {
    const { done, value } = await reader.read();
    if (done) {
      const whole = Buffer.concat(pending);
      res.setHeader("Content-Length", whole.length);
      res.end(whole);
      return;
    }
    pending.push(value);
    size += value.length;
  }
  if (!encoding) {
    for (const chunk of pending) res.write(chunk);
    return sendBody(reader, res);
  }
  res.removeHeader("Content-Length");
  res.setHeader("Content-Encoding", encoding);
  return sendCompressed(reader, res, pending, encoding);
}

async function sendCompressed(reader: ReadableStreamDefaultReader<Uint8Array>, res: http.ServerResponse, pending: Uint8Array[], encoding: Encoding) {
  const zip = compressor(encoding);
  zip.on("error", () => res.destroy());
  zip.pipe(res);
  const write = async (chunk: Uint8Array) => {
    if (!zip.write(chunk)) await drained(zip, res);
  };
  for (const chunk of pending) await write(chunk);
  for (;;) {
    if (res.destroyed) {
      zip.destroy();
      await reader.cancel();
      return;
    }
    const { done, value } = await reader.read();
    if (done) break;
    await write(value);
  }
  zip.end();
}

/**
 * Writes a streamed body, reading the next piece only when the connection has taken the last one
 * (Remix's own writer does not wait), so a slow reader of a large download holds no more than a
 * piece in the server's memory. A connection closed early cancels the stream.
 */
async function sendBody(reader: ReadableStreamDefaultReader<Uint8Array>, res: http.ServerResponse): Promise<void> {
  for (;;) {
    if (res.destroyed) {
      await reader.cancel();
      return;
    }
    const { done, value } = await reader.read();
    if (done) {
      res.end();
      return;
    }
    if (!res.write(value)) await drained(res, res);
  }
}

/**
 * Sends a page made for one signed-in person (never kept by any cache), compressed as it is written
 * when the browser accepts it, as a rendered signed-in page is; 304 when the browser has it already.
 */
function sendPersonal(req: http.IncomingMessage, res: http.ServerResponse, headers: [string, string][], body: Buffer, etag: string | null, nonce: string) {
  const notModified = etagMatches(req.headers["if-none-match"], etag);
  res.statusCode = notModified ? 304 : 200;
  for (const [key, value] of groupHeaders(headers)) {
    if (notModified && (key === "content-type" || key === "content-length")) continue;
    res.setHeader(key, value);
  }
  const varies = body.length >= MIN_COMPRESSED_BYTES;
  if (varies) res.setHeader("Vary", varyWithAcceptEncoding(res.getHeader("vary") as string | undefined));
  if (notModified) return void res.end();
  res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
  const encoding = varies ? chooseEncoding(req.headers["accept-encoding"]) : null;
  if (!encoding || req.method === "HEAD") {
    if (!encoding) res.setHeader("Content-Length", body.length);
    else res.setHeader("Content-Encoding", encoding);
    res.end(req.method === "HEAD" ? undefined : body);
    return;
  }
  res.setHeader("Content-Encoding", encoding);
  const zip = compressor(encoding);
  zip.on("error", () => res.destroy());
  zip.pipe(res);
  zip.end(body);
}

/** Reads the body up to the limit; null when it is larger (the rest is not read). */
async function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return null;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function createAppListener(options: AppListenerOptions): http.RequestListener {
  // Which routes match a path is worked out once per path, not several times a request.
  keepRouteMatches();
  // Remix's static handler runs each request over its own branch of the routes (server/route-matching.ts).
  keepStaticHandlerBranches();
  // Always production mode: we serve a built app, and only this mode keeps error details out of responses.
  const handleRemix = createRequestHandler(options.build, "production");
  const immutable = { "Cache-Control": "public, max-age=31536000, immutable" };
  const production = options.production ?? false;
  const staticHeaders: Record<string, string> = {
    ...SECURITY_HEADERS,
    "Content-Security-Policy": contentSecurityPolicy(null),
    ...(production ? { "Strict-Transport-Security": HSTS } : {}),
  };
  const builtAssets = staticFiles(options.publicDir, (res, pathname) => {
    for (const [k, v] of Object.entries(staticHeaders)) res.setHeader(k, v);
    res.setHeader("Cache-Control", pathname.startsWith("/build/") ? immutable["Cache-Control"] : "public, max-age=3600");
  });
  const nhsukDir = path.join(
    path.dirname(createRequire(import.meta.url).resolve("nhsuk-frontend/package.json")),
    "dist/nhsuk",
  );
  // The NHS.UK stylesheet refers to its icons at /assets/images/...
  const nhsukAssets = staticFiles(nhsukDir, (res) => {
    for (const [k, v] of Object.entries(staticHeaders)) res.setHeader(k, v);
    res.setHeader("Cache-Control", "public, max-age=86400");
  });
  const allowedOrigins = [options.appOrigin];
  const pageCache = new PageCache();
  const rendersInFlight = new Map<string, Promise<void>>();
  // Request ids: this listener's own prefix (another listener in the same process has its own) and a count.
  const requestIdPrefix = crypto.randomUUID();
  let requestsHandled = 0;

  // Signed-in copies of public pages (server/signed-in-page.ts): each cached copy keeps its frame,
  // worked out once and counted against the cache's limit; and the addresses whose page said it is
  // the same for everyone, so that a signed-in visitor's
  // request for one with no anonymous copy in memory renders that copy (once) instead of their own.
  const sameForEveryone = new Set<string>();
  const renderHeader = (options.build.entry.module as { renderSiteHeader?: (user: { name: string; roles: readonly string[] }, pathname: string) => string })
    .renderSiteHeader;
  const renderSiteHeader = renderHeader && keptHeaders(renderHeader);

  /** Marks key as being rendered: others asking for it wait on rendersInFlight; call what it gives back when done. */
  function holdRender(key: string): () => void {
    let release = () => {};
    const done = new Promise<void>((resolve) => {
      release = () => {
        if (rendersInFlight.get(key) === done) rendersInFlight.delete(key);
        resolve();
      };
    });
    rendersInFlight.set(key, done);
    return release;
  }

  /**
   * The request's headers for Remix, with this request's own id (its loaders then look the session
   * up once). Host is the one of the URL we built and X-Forwarded-Host is dropped (requestOrigin has
   * taken it into the URL when a proxy is trusted): Remix compares a POST's Origin with them, and
   * must see what we decided, not what the client or an untrusted header said.
   */
  function remixHeaders(req: http.IncomingMessage, url: URL, { withoutCookie = false } = {}): Headers {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || (withoutCookie && name === "cookie") || name === "x-forwarded-host") continue;
      if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      else headers.set(name, value);
    }
    headers.set("host", url.host);
    headers.set(REQUEST_ID_HEADER, `${requestIdPrefix}-${++requestsHandled}`);
    return headers;
  }

  /** The headers a response is sent or kept with: ours, then the app's (no cookie, no CSP: made per response). */
  function sentHeaders(response: Response): [string, string][] {
    const headers: [string, string][] = [...Object.entries(SECURITY_HEADERS)];
    if (production) headers.push(["Strict-Transport-Security", HSTS]);
    for (const [name, value] of response.headers) if (name !== "set-cookie" && name !== "content-security-policy") headers.push([name, value]);
    return headers;
  }

  /** The current anonymous copy of a public page, rendering it into the cache if it is not there. */
  async function anonymousCopy(req: http.IncomingMessage, url: URL, key: string): Promise<CachedResponse | null> {
    const current = async () => {
      const state = currentPublicState();
      const { revision } = state instanceof Promise ? await state : state;
      return pageCache.get(key, String(revision)) ?? null;
    };
    const kept = await current();
    if (kept || !sameForEveryone.has(key)) return kept;
    const rendering = rendersInFlight.get(key);
    if (rendering) {
      await rendering;
      return current();
    }
    const release = holdRender(key);
    try {
      const nonce = newNonce();
      const clientAddress = clientAddressFrom(req.headers["x-forwarded-for"], req.socket.remoteAddress, options.trustProxy);
      const response = await handleRemix(new Request(url, { headers: remixHeaders(req, url, { withoutCookie: true }) }), {
        clientAddress,
        cspNonce: nonce,
        buildVersion: options.build.assets.version,
      });
      const { revision, everyone } = takeInternalHeaders(response);
      const publicPage = isPublicCopy(response, revision);
      // A page whose anonymous copy cannot be kept is forgotten, so its signed-in visitors are not
      // made to wait for a second render each time.
      if (!everyone || !publicPage || !response.body) {
        sameForEveryone.delete(key);
        await response.body?.cancel();
        return null;
      }
      const body = Buffer.from(await response.arrayBuffer());
      if (body.length > pageCache.maxEntryBytes) {
        sameForEveryone.delete(key);
        return null;
      }
      const entry: CachedResponse = {
        revision: revision!,
        status: 200,
        headers: sentHeaders(response),
        body,
        etag: response.headers.get("etag"),
        noncePositions: findNonce(body, nonce),
        sameForEveryone: true,
      };
      pageCache.set(key, entry);
      return entry;
    } finally {
      release();
    }
  }

  /**
   * A signed-in GET of a page that is the same for everyone but its header: the anonymous copy with
   * this person's header. False (nothing sent) when it cannot be made: no copy, not such a page, no
   * valid session (the render then answers as it always did).
   */
  async function sendSignedInCopy(req: http.IncomingMessage, res: http.ServerResponse, url: URL, nonce: string): Promise<boolean> {
    // A page's route data (`.data`, for navigations in the browser) carries no header to replace.
    if (!renderSiteHeader || url.pathname.endsWith(".data")) return false;
    const key = url.pathname + url.search;
    const entry = await anonymousCopy(req, url, key);
    if (!entry?.sameForEveryone) return false;
    let frame = entry.frame;
    if (frame === undefined) {
      frame = entry.frame = pageFrame(entry.body);
      pageCache.recount(key, entry);
    }
    if (!frame) return false;
    // The same lookup as the loaders' (expiry, an inactive user, the absolute lifetime, sliding).
    const user = await getSessionUser(new Request(url, { headers: { cookie: String(req.headers.cookie ?? "") } }));
    if (!user) return false;
    const body = signedInPage(bodyWithNonce(entry, nonce), frame, renderSiteHeader({ name: user.name, roles: user.roles }, url.pathname), user);
    // As the page's own render would send it to this person: private, its ETag theirs.
    const etag = entry.etag?.replace(/-u0"$/, `-${viewerTag(user.id)}"`) ?? null;
    const headers = entry.headers.filter(([name]) => !["cache-control", "etag"].includes(name.toLowerCase()));
    headers.push(["Cache-Control", "private, no-store"]);
    if (etag) headers.push(["ETag", etag]);
    sendPersonal(req, res, headers, body, etag, nonce);
    return true;
  }

  const badRequest = (res: http.ServerResponse) =>
    plainPage(res, 400, "This request could not be understood", "Check the web address and try again.", production);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const target = req.url ?? "/";
    // Only a path: not an absolute URL, `*` or `//host` (which a URL parser would read as another host).
    if (!target.startsWith("/")) return badRequest(res);
    let url: URL;
    try {
      url = new URL(requestOrigin(req.headers, options) + target);
    } catch {
      return badRequest(res);
    }
    // `?_data=` is the data request of Remix before single fetch, which this app never makes
    // (single fetch asks for `.data`); Remix still answers it by a path with faults of its own.
    if (url.searchParams.has("_data")) return badRequest(res);
    // A path that is not valid percent-encoding names no page (Remix would answer 404 and log the
    // malformed address three times over: a way to fill the log).
    try {
      decodeURIComponent(url.pathname);
    } catch {
      return badRequest(res);
    }
    const method = (req.method ?? "GET").toUpperCase();
    if (!ROUTED_METHODS.has(method)) {
      res.setHeader("Allow", "GET, HEAD, POST");
      return plainPage(res, 405, "This page cannot do that", "Go back to the page you came from and try again.", production);
    }
    const hasBody = method !== "GET" && method !== "HEAD";
    const nonce = newNonce();
    // A visitor who is not signed in gets a public page from memory while it is current: the
    // cheapest path in the server, taken before anything else is built.
    const cacheKey = !hasBody && !hasSessionCookie(req) ? url.pathname + url.search : null;
    if (cacheKey && pageCache.has(cacheKey)) {
      // One read (one query on PostgreSQL) for both the revision and the next announcement.
      const state = currentPublicState();
      const { revision, nextAnnouncement } = state instanceof Promise ? await state : state;
      const hit = pageCache.get(cacheKey, String(revision));
      if (hit) {
        await send(req, res, hit, nonce, { cache: { pageCache, key: cacheKey }, nextAnnouncement });
        return;
      }
    }
    if ((method === "GET" || method === "HEAD") && !cacheKey && (await sendSignedInCopy(req, res, url, nonce))) return;
    let release = undefined as (() => void) | undefined;
    if (cacheKey) {
      // One render for concurrent misses of one public page: the others wait for it and take its copy
      // (20 connections on one uncached search used to render it 20 times and saturate the server).
      const rendering = rendersInFlight.get(cacheKey);
      if (rendering) {
        await rendering;
        const state = currentPublicState();
        const { revision, nextAnnouncement } = state instanceof Promise ? await state : state;
        const copy = pageCache.get(cacheKey, String(revision));
        if (copy) {
          await send(req, res, copy, nonce, { cache: { pageCache, key: cacheKey }, nextAnnouncement });
          return;
        }
      } else {
        release = holdRender(cacheKey);
      }
    }
    try {
      const body = hasBody ? await readBody(req) : undefined;
      if (body === null) {
        plainPage(res, 413, "What you sent is too large", "Requests larger than 1 MB are not accepted. Shorten what you entered and try again.", production);
        req.destroy();
        return;
      }
      // Counted before anything parses the form, which costs by the field (a cheap way to load the server).
      if (body && hasTooManyFields(req.headers["content-type"], body)) {
        plainPage(res, 413, "What you sent has too many fields", `Forms on this service have at most ${MAX_FORM_FIELDS.toLocaleString("en-GB")} fields. Go back to the page you came from and try again.`, production);
        return;
      }
      const requestHeaders = remixHeaders(req, url);
      if (isCrossSiteMutation(new Request(url, { method, headers: requestHeaders }), allowedOrigins)) {
        plainPage(res, 403, "This request was refused", "Forms on this service can only be sent from this service's own pages.", production);
        return;
      }
      // Our check has passed: an Origin of APP_ORIGIN may name another host than the one addressed
      // (a proxy that sends its upstream Host), which Remix's own check would answer with a 500.
      if (hasBody && requestHeaders.has("origin")) requestHeaders.set("origin", url.origin);
      const controller = new AbortController();
      res.on("close", () => {
        if (!res.writableFinished) controller.abort();
      });
      const request = new Request(url, { method, headers: requestHeaders, body: body && body.length > 0 ? new Uint8Array(body) : undefined, signal: controller.signal });
      const clientAddress = clientAddressFrom(req.headers["x-forwarded-for"], req.socket.remoteAddress, options.trustProxy);

      const response = await handleRemix(request, { clientAddress, cspNonce: nonce, buildVersion: options.build.assets.version });
      const { revision, everyone } = takeInternalHeaders(response);
      if (everyone && response.status === 200 && (method === "GET" || method === "HEAD")) {
        const key = url.pathname + url.search;
        if (!sameForEveryone.has(key) && key.length <= MAX_SAME_FOR_EVERYONE_KEY) {
          if (sameForEveryone.size >= KEPT_SAME_FOR_EVERYONE) sameForEveryone.delete(sameForEveryone.values().next().value!);
          sameForEveryone.add(key);
        }
      }
      const cookies = response.headers.getSetCookie();
      // A signed-in page or its route data (or an answer that signs someone in or out) is for that
      // person only: no browser or proxy may keep it. An answer that says nothing is not kept either.
      if (hasSessionCookie(req) || cookies.length > 0) response.headers.set("Cache-Control", "private, no-store");
      else if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "no-store");
      const headers = sentHeaders(response);
      for (const cookie of cookies) headers.push(["Set-Cookie", cookie]);

      const cacheable = cacheKey !== null && isPublicCopy(response, revision);
      if (cacheable && response.body) {
        // A copy is kept only of a body small enough for the cache; a larger one (a feed or download
        // of a big archive) is sent on as it is written, never held whole (decision 032).
        const reader = response.body.getReader();
        const chunks: Uint8Array[] = [];
        let size = 0;
        let ended = false;
        while (size <= pageCache.maxEntryBytes) {
          const { done, value } = await reader.read();
          if (done) {
            ended = true;
            break;
          }
          chunks.push(value);
          size += value.length;
        }
        if (!ended) {
          release?.();
          res.statusCode = response.status;
          for (const [key, value] of groupHeaders(headers)) res.setHeader(key, value);
          res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
          if (method === "HEAD") {
            await reader.cancel();
            res.end();
            return;
          }
          await sendStreamed(req, res, reader, chunks);
          return;
        }
        const rendered = Buffer.concat(chunks);
        const entry: CachedResponse = {
          revision: revision!,
          status: response.status,
          headers,
          body: rendered,
          etag: response.headers.get("etag"),
          noncePositions: findNonce(rendered, nonce),
          sameForEveryone: everyone,
        };
        pageCache.set(cacheKey!, entry);
        release?.();
        await send(req, res, entry, nonce, { cache: { pageCache, key: cacheKey! } });
        return;
      }

      const etag = response.headers.get("etag");
      if (response.status === 200 && (method === "GET" || method === "HEAD") && etagMatches(req.headers["if-none-match"], etag)) {
        await send(req, res, { revision: "", status: 200, headers, body: Buffer.alloc(0), etag }, nonce);
        return;
      }
      res.statusCode = response.status;
      if (response.statusText) res.statusMessage = response.statusText;
      for (const [key, value] of groupHeaders(headers)) res.setHeader(key, value);
      res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
      if (response.body && method !== "HEAD") {
        await sendStreamed(req, res, response.body.getReader());
      } else {
        res.end();
      }
    } finally {
      release?.();
    }
  }

  // Nothing a request does may stop the process: a fault ends that response (500, or a cut
  // connection once its headers are out) and is logged.
  const fault = (res: http.ServerResponse, error: unknown) => {
    console.error(error);
    if (!res.headersSent) plainPage(res, 500, "Sorry, there is a problem with the service", "Try again later.", production);
    else res.destroy();
  };
  return (req, res) => {
    const next = () => void handle(req, res).catch((error: unknown) => fault(res, error));
    try {
      if (req.url?.startsWith("/assets/")) nhsukAssets(req, res, next);
      else builtAssets(req, res, next);
    } catch (error) {
      fault(res, error);
    }
  };
}
