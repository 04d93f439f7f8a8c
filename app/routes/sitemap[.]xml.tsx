// /sitemap.xml: the public pages for search engines: home, the archive, every year and case study.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { sitemapUrls, sitemapXml } from "~/domain/archive-export";
import { archiveSnapshot } from "~/models/archive-export.server";
import { getDb } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { publicCacheHeaders } from "~/request/public-cache.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  // The headers first: their revision is then never newer than what the body was built from.
  const headers = await publicCacheHeaders(request, context);
  const { years, entries } = await archiveSnapshot(getDb());
  return new Response(sitemapXml(env().APP_ORIGIN, sitemapUrls(years, entries)), {
    headers: { ...headers, "Content-Type": "application/xml; charset=utf-8" },
  });
}
