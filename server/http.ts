// Node http in front of Remix: static files, the body-size limit, the cross-site check, security
// headers, and conversion between Node's request/response and the Fetch API that Remix speaks.
import type http from "node:http";
import path from "node:path";
import { createRequire } from "node:module";
import { createRequestHandler, writeReadableStreamToWritable, type ServerBuild } from "@remix-run/node";
import sirv from "sirv";
import { isCrossSiteMutation, MAX_BODY_BYTES } from "../app/utils/request-guards.server";
import { REVISION_HEADER } from "../app/utils/public-cache.server";
import { currentArchiveRevision } from "../app/models/sqlite-fast.server";
import { etagMatches, PageCache, type CachedResponse } from "./page-cache";

declare module "@remix-run/node" {
  interface AppLoadContext {
    clientAddress: string;
    /** Changes with every build, so that public pages' ETags do too. */
    buildVersion: string;
  }
}

export type AppListenerOptions = {
  build: ServerBuild;
  publicDir: string;
  appOrigin: string;
  trustProxy: boolean;
};

const SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Content-Security-Policy": "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
};

function plainPage(res: http.ServerResponse, status: number, title: string, body: string) {
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>body{font-family:Arial,sans-serif;max-width:40em;margin:2em auto;padding:0 1em;color:#212b32}</style></head><body><main><h1>${title}</h1><p>${body}</p><p><a href="/">Go to the home page</a></p></main></body></html>`;
  res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", Connection: "close", ...SECURITY_HEADERS });
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

/** Sends a buffered response, or 304 when the browser already has it. */
function send(req: http.IncomingMessage, res: http.ServerResponse, entry: CachedResponse) {
  const notModified = etagMatches(req.headers["if-none-match"], entry.etag);
  res.statusCode = notModified ? 304 : entry.status;
  for (const [key, value] of groupHeaders(entry.headers)) {
    if (notModified && (key === "content-type" || key === "content-length")) continue;
    res.setHeader(key, value);
  }
  if (notModified || req.method === "HEAD") {
    if (!notModified) res.setHeader("Content-Length", entry.body.length);
    res.end();
    return;
  }
  res.setHeader("Content-Length", entry.body.length);
  res.end(entry.body);
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
  // Always production mode: we serve a built app, and only this mode keeps error details out of responses.
  const handleRemix = createRequestHandler(options.build, "production");
  const immutable = { "Cache-Control": "public, max-age=31536000, immutable" };
  const builtAssets = sirv(options.publicDir, {
    etag: true,
    setHeaders(res, pathname) {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
      if (pathname.startsWith("/build/")) res.setHeader("Cache-Control", immutable["Cache-Control"]);
      else res.setHeader("Cache-Control", "public, max-age=3600");
    },
  });
  const nhsukDir = path.join(
    path.dirname(createRequire(import.meta.url).resolve("nhsuk-frontend/package.json")),
    "dist/nhsuk",
  );
  // The NHS.UK stylesheet refers to its icons at /assets/images/...
  const nhsukAssets = sirv(nhsukDir, {
    etag: true,
    setHeaders(res) {
      res.setHeader("Cache-Control", "public, max-age=86400");
    },
  });
  const allowedOrigins = [options.appOrigin];
  const pageCache = new PageCache();

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const proto = options.trustProxy ? String(req.headers["x-forwarded-proto"] ?? "http").split(",")[0].trim() : "http";
    const host = req.headers.host ?? new URL(options.appOrigin).host;
    const url = new URL(req.url ?? "/", `${proto}://${host}`);
    const method = (req.method ?? "GET").toUpperCase();
    const hasBody = method !== "GET" && method !== "HEAD";
    // A visitor who is not signed in gets a public page from memory while it is current: the
    // cheapest path in the server, taken before anything else is built.
    const cacheKey = !hasBody && !hasSessionCookie(req) ? url.pathname + url.search : null;
    if (cacheKey && pageCache.has(cacheKey)) {
      const hit = pageCache.get(cacheKey, String(currentArchiveRevision()));
      if (hit) {
        send(req, res, hit);
        return;
      }
    }
    const body = hasBody ? await readBody(req) : undefined;
    if (body === null) {
      plainPage(res, 413, "What you sent is too large", "Requests larger than 1 MB are not accepted. Shorten what you entered and try again.");
      req.destroy();
      return;
    }
    const requestHeaders = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const v of value) requestHeaders.append(key, v);
      else requestHeaders.set(key, value);
    }
    const controller = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) controller.abort();
    });
    const request = new Request(url, { method, headers: requestHeaders, body: body && body.length > 0 ? new Uint8Array(body) : undefined, signal: controller.signal });
    if (isCrossSiteMutation(request, allowedOrigins)) {
      plainPage(res, 403, "This request was refused", "Forms on this service can only be sent from this service's own pages.");
      return;
    }
    const forwarded = options.trustProxy ? String(req.headers["x-forwarded-for"] ?? "").split(",")[0].trim() : "";
    const clientAddress = forwarded || req.socket.remoteAddress || "unknown";

    const response = await handleRemix(request, { clientAddress, buildVersion: options.build.assets.version });
    const revision = response.headers.get(REVISION_HEADER);
    response.headers.delete(REVISION_HEADER);
    const cookies = response.headers.getSetCookie();
    const headers: [string, string][] = [...Object.entries(SECURITY_HEADERS)];
    for (const [key, value] of response.headers) if (key !== "set-cookie") headers.push([key, value]);
    for (const cookie of cookies) headers.push(["Set-Cookie", cookie]);

    const cacheable =
      cacheKey !== null && revision !== null && response.status === 200 && cookies.length === 0 && /\bpublic\b/.test(response.headers.get("cache-control") ?? "");
    if (cacheable && response.body) {
      const entry: CachedResponse = {
        revision: revision!,
        status: response.status,
        headers,
        body: Buffer.from(await response.arrayBuffer()),
        etag: response.headers.get("etag"),
      };
      pageCache.set(cacheKey!, entry);
      send(req, res, entry);
      return;
    }

    const etag = response.headers.get("etag");
    if (response.status === 200 && (method === "GET" || method === "HEAD") && etagMatches(req.headers["if-none-match"], etag)) {
      send(req, res, { revision: "", status: 200, headers, body: Buffer.alloc(0), etag });
      return;
    }
    res.statusCode = response.status;
    if (response.statusText) res.statusMessage = response.statusText;
    for (const [key, value] of groupHeaders(headers)) res.setHeader(key, value);
    if (response.body && method !== "HEAD") {
      await writeReadableStreamToWritable(response.body, res);
    } else {
      res.end();
    }
  }

  return (req, res) => {
    const next = () =>
      handle(req, res).catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) plainPage(res, 500, "Sorry, there is a problem with the service", "Try again later.");
        else res.destroy();
      });
    if (req.url?.startsWith("/assets/")) nhsukAssets(req, res, next);
    else builtAssets(req, res, next);
  };
}
