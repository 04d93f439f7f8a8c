// Static files (the built assets and NHS.UK's icons) served by sirv from the list of files it makes at
// start-up, with one guard: a file listed then but gone since (a rebuild under a running server) is
// passed on as not found, and a file that vanishes while it is being opened ends only that response.
// Before this, sirv's read stream failed with an unhandled 'error' and stopped the process.
import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import sirv from "sirv";
import { chooseEncoding, compressWholeAsync, MIN_COMPRESSED_BYTES, varyWithAcceptEncoding, type Encoding } from "./compression";

type Next = () => void;
export type StaticHandler = (req: http.IncomingMessage, res: http.ServerResponse, next: Next) => void;

/** Thrown from sirv's setHeaders to stop it sending a file that is no longer there. */
class FileGone extends Error {}

export function staticFiles(dir: string, setHeaders: (res: http.ServerResponse, pathname: string) => void): StaticHandler {
  const root = path.resolve(dir);
  const serve = sirv(root, {
    etag: true,
    // Only exact paths: so that the file sirv found is the file checked below.
    extensions: [],
    setHeaders(res, pathname) {
      if (!fs.existsSync(path.join(root, pathname))) throw new FileGone(pathname);
      setHeaders(res, pathname);
    },
  });
  const compressed = compressedFiles(root, setHeaders);
  return (req, res, next) => {
    if (compressed(req, res)) return;
    res.once("pipe", (source) => {
      source.once("error", (error: NodeJS.ErrnoException) => {
        console.error(`[static] ${req.url} could not be read: ${error.code ?? error.message}`);
        res.destroy();
      });
    });
    try {
      serve(req, res, next);
    } catch (error) {
      if (!(error instanceof FileGone)) throw error;
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      next();
    }
  };
}

/** The text types among static files, which are sent compressed (docs/decisions/036). */
const TEXT_TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".map": "application/json",
  ".txt": "text/plain",
  ".xml": "application/xml",
};
const MAX_COMPRESSED_FILE_BYTES = 8 * 1024 * 1024;

type Kept = { mtimeMs: number; size: number; etag: string; bodies: Partial<Record<Encoding, Promise<Buffer>>> };

/**
 * Text files compressed once, the first time each encoding is asked for, and kept in memory while the
 * file is unchanged. Answers true when it has taken the request; false leaves it to sirv (a file
 * that is not text, not there, too small, or a browser that takes no encoding, or a range).
 */
function compressedFiles(root: string, setHeaders: (res: http.ServerResponse, pathname: string) => void) {
  const kept = new Map<string, Kept>();
  return (req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    if ((req.method !== "GET" && req.method !== "HEAD") || req.headers.range) return false;
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      return false;
    }
    const type = TEXT_TYPES[path.extname(pathname).toLowerCase()];
    if (!type || pathname.includes("\0") || pathname.split("/").some((part) => part.startsWith("."))) return false;
    const encoding = chooseEncoding(req.headers["accept-encoding"]);
    if (!encoding) return false;
    const file = path.join(root, pathname);
    if (!file.startsWith(root + path.sep)) return false;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return false;
    }
    if (!stat.isFile() || stat.size < MIN_COMPRESSED_BYTES || stat.size > MAX_COMPRESSED_FILE_BYTES) return false;
    let entry = kept.get(file);
    if (!entry || entry.mtimeMs !== stat.mtimeMs || entry.size !== stat.size) {
      entry = { mtimeMs: stat.mtimeMs, size: stat.size, etag: `W/"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`, bodies: {} };
      kept.set(file, entry);
    }
    const current = entry;
    const body = (current.bodies[encoding] ??= fs.promises.readFile(file).then((data) => compressWholeAsync(data, encoding)));
    setHeaders(res, pathname);
    res.setHeader("Content-Type", type);
    res.setHeader("Vary", varyWithAcceptEncoding(res.getHeader("vary") as string | undefined));
    res.setHeader("ETag", current.etag);
    const ifNoneMatch = req.headers["if-none-match"];
    if (ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === current.etag.slice(2))) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    body.then(
      (data) => {
        res.setHeader("Content-Encoding", encoding);
        res.setHeader("Content-Length", data.length);
        res.end(req.method === "HEAD" ? undefined : data);
      },
      (error: NodeJS.ErrnoException) => {
        if (current.bodies[encoding] === body) delete current.bodies[encoding];
        console.error(`[static] ${req.url} could not be read: ${error.code ?? error.message}`);
        if (!res.headersSent) {
          res.statusCode = 404;
          res.end();
        } else res.destroy();
      },
    );
    return true;
  };
}
