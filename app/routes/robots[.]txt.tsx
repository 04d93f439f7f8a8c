// /robots.txt: crawlers may read the public pages, not the signed-in areas; the sitemap lists the rest.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { robotsTxt } from "~/domain/archive-export";
import { env } from "~/platform/env.server";
import { publicCacheHeaders } from "~/request/public-cache.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  return new Response(robotsTxt(env().APP_ORIGIN), {
    headers: { ...(await publicCacheHeaders(request, context)), "Content-Type": "text/plain; charset=utf-8" },
  });
}
