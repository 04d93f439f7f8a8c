// Server rendering: streams HTML, waiting for the whole page for bots and crawlers.
//
// React 18.3's Node renderer (renderToPipeableStream) has a bug in how it encodes text: when a
// multi-byte character does not fit in what is left of its 2 KB buffer, it sends the whole buffer,
// unused zero bytes and all, so a page carries U+0000 at a buffer boundary (React fixed it after 18,
// never in an 18 release). Its web-streams build (renderToReadableStream) encodes each string to
// bytes first and splits bytes, never characters, so it cannot write a byte it did not mean to.
// Node has web streams and TextEncoder, so that build is used here (docs/decisions/028).
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToReadableStream, renderToString } from "react-dom/server.browser";
import { NonceProvider } from "./components/nonce";
import { SiteHeader } from "./components/site-header";
import type { SessionUser } from "./domain/permissions";

export const streamTimeout = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // The server (server/http.ts) names this response's CSP nonce; every script the page runs carries it.
  const nonce = loadContext.cspNonce ?? "";
  const waitForAll = isbot(request.headers.get("user-agent") ?? "");
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), streamTimeout + 1000);
  let shellRendered = false;
  const body = await renderToReadableStream(
    <NonceProvider value={nonce}>
      <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
    </NonceProvider>,
    {
      nonce,
      signal: controller.signal,
      onError(error: unknown) {
        responseStatusCode = 500;
        // Errors after the shell are logged here; before it, Remix logs them itself.
        if (shellRendered) console.error(error);
      },
    },
  );
  shellRendered = true;
  if (waitForAll) await body.allReady;
  void body.allReady.then(() => clearTimeout(timer), () => clearTimeout(timer));
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  return new Response(body, { headers: responseHeaders, status: responseStatusCode });
}

/**
 * The page header alone, as the page shell renders it for this user at this path: the server puts it
 * in a signed-in copy of a public page (server/signed-in-page.ts), with this build's own components.
 */
export function renderSiteHeader(user: Pick<SessionUser, "name" | "roles">, pathname: string): string {
  return renderToString(<SiteHeader user={user} pathname={pathname} />);
}

/** SQLite's faults that an operator must act on, each as one plain line at the top of the log entry. */
const DATABASE_FAULTS: Record<string, string> = {
  SQLITE_FULL: "the disk is full",
  SQLITE_READONLY: "the database has become read-only",
  SQLITE_IOERR: "the disk reported an error",
  SQLITE_CORRUPT: "the database file is damaged",
};

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  // A refusal Remix makes itself (405 for a method a route has no action for, 404): answered, not a fault.
  if (isRouteErrorResponse(error) && error.status < 500) return;
  const code = String((error as { code?: unknown })?.code ?? "");
  const fault = DATABASE_FAULTS[code] ?? (code.startsWith("SQLITE_IOERR") ? DATABASE_FAULTS.SQLITE_IOERR : undefined);
  if (fault) console.error(`[db] a change could not be saved because ${fault} (${code}: ${(error as Error).message}) at ${request.method} ${new URL(request.url).pathname}`);
  else console.error(error);
}
