// One sitemap file, streamed: the site's own pages first, then case studies, newest year first, up
// to SITEMAP_MAX_URLS addresses a file (part 1 of a sitemap index, or the only sitemap).
import { SITEMAP_HEAD, SITEMAP_MAX_URLS, SITEMAP_TAIL, sitemapLine, sitemapPages } from "~/domain/archive-export";
import { sitemapEntries } from "~/models/archive-export.server";
import { getDb } from "~/platform/db.server";
import { textStream } from "~/platform/text-stream.server";

export function sitemapPart(origin: string, years: readonly number[], part: number): ReadableStream<Uint8Array> {
  const pages = sitemapPages(years);
  const first = (part - 1) * SITEMAP_MAX_URLS;
  async function* pieces() {
    const own = pages.slice(first, first + SITEMAP_MAX_URLS);
    yield SITEMAP_HEAD + own.map((u) => sitemapLine(origin, u)).join("");
    const skip = Math.max(0, first - pages.length);
    for await (const rows of sitemapEntries(getDb(), { skip, take: SITEMAP_MAX_URLS - own.length })) {
      yield rows.map((r) => sitemapLine(origin, { path: `/winners/${r.year}/${r.slug}`, lastModified: r.updated_at })).join("");
    }
    yield SITEMAP_TAIL;
  }
  return textStream(pieces());
}
