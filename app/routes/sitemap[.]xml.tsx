// /sitemap.xml: the public pages for search engines: home, the archive, every year and case study.
// Past SITEMAP_MAX_URLS addresses it is a sitemap index of parts (/sitemaps/N.xml), as sitemaps.org
// asks. Written from the database a batch at a time, so the archive's size does not decide memory.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { SITEMAP_MAX_URLS, sitemapIndexXml, sitemapPages } from "~/domain/archive-export";
import { countExportedEntries, exportYears } from "~/models/archive-export.server";
import { getDb } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { sitemapPart } from "~/request/sitemap.server";
import { publicCacheHeaders } from "~/request/public-cache.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  // The headers first: their revision is then never newer than what the body was built from.
  const headers = await publicCacheHeaders(request, context);
  const db = getDb();
  const { years } = await exportYears(db);
  const urls = sitemapPages(years).length + (await countExportedEntries(db));
  const body = urls <= SITEMAP_MAX_URLS ? sitemapPart(env().APP_ORIGIN, years, 1) : sitemapIndexXml(env().APP_ORIGIN, Math.ceil(urls / SITEMAP_MAX_URLS));
  return new Response(body, { headers: { ...headers, "Content-Type": "application/xml; charset=utf-8" } });
}
