// /winners.atom: an Atom feed of the archive's entries, newest first, for feed readers.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { atomFeed } from "~/domain/archive-export";
import { archiveSnapshot } from "~/models/archive-export.server";
import { getDb } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { publicCacheHeaders } from "~/request/public-cache.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  // The headers first: their revision is then never newer than what the body was built from.
  const headers = await publicCacheHeaders(request, context);
  const { entries } = await archiveSnapshot(getDb());
  return new Response(atomFeed({ origin: env().APP_ORIGIN, entries }), {
    headers: { ...headers, "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
