// /sitemaps/N.xml: the N-th part of a sitemap too large for one file (see sitemap[.]xml.tsx).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { SITEMAP_MAX_URLS, sitemapPages } from "~/domain/archive-export";
import { countExportedEntries, exportYears } from "~/models/archive-export.server";
import { getDb } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { notFound } from "~/request/permissions.server";
import { sitemapPart } from "~/request/sitemap.server";
import { publicCacheHeaders } from "~/request/public-cache.server";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const match = /^([1-9]\d{0,5})\.xml$/.exec(params.part ?? "");
  if (!match) notFound();
  const part = Number(match[1]);
  const headers = await publicCacheHeaders(request, context);
  const db = getDb();
  const { years } = await exportYears(db);
  const urls = sitemapPages(years).length + (await countExportedEntries(db));
  if (part > Math.ceil(urls / SITEMAP_MAX_URLS)) notFound();
  return new Response(sitemapPart(env().APP_ORIGIN, years, part), { headers: { ...headers, "Content-Type": "application/xml; charset=utf-8" } });
}
