// /winners.json: the whole archive as data, every year from 2010 with its entries (fields in docs/archive-data.md).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { archiveJson } from "~/domain/archive-export";
import { archiveSnapshot } from "~/models/archive-export.server";
import { getDb } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { publicCacheHeaders } from "~/request/public-cache.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  // The headers first: their revision is then never newer than what the body was built from.
  const headers = await publicCacheHeaders(request, context);
  const snapshot = await archiveSnapshot(getDb());
  const body = archiveJson({
    years: snapshot.years,
    knownYears: snapshot.awardYears,
    entries: snapshot.entries,
    origin: env().APP_ORIGIN,
    revision: snapshot.revision,
    generated: new Date(),
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}
