// Static files (the built assets and NHS.UK's icons) served by sirv from the list of files it makes at
// start-up, with one guard: a file listed then but gone since (a rebuild under a running server) is
// passed on as not found, and a file that vanishes while it is being opened ends only that response.
// Before this, sirv's read stream failed with an unhandled 'error' and stopped the process.
import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import sirv from "sirv";

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
  return (req, res, next) => {
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
