// A sitemap past 50,000 addresses becomes a sitemap index of parts, each at most 50,000 addresses,
// together listing every case study once; and the downloads of that archive are whole (issue 17).
import { sql } from "kysely";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

const BULK = 50_001;
let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
  // Narrow rows written in one statement: enough case studies to pass one sitemap, in about a second.
  await sql`insert into archive_entries (year, organisation_name, result, slug, origin, published_at, version, updated_at, is_demo)
    with recursive n(i) as (select 1 union all select i + 1 from n where i < ${BULK})
    select 2015, 'Bulk Trust ' || i, 'finalist', 'bulk-trust-' || i, 'import', '2026-01-01T00:00:00.000Z', 1, '2026-01-01T00:00:00.000Z', 0 from n`.execute(app.db);
  await app.db.updateTable("archive_state").set((eb) => ({ revision: eb("revision", "+", 1) })).execute();
}, 60_000);
afterAll(async () => app.close());

const xml = new XMLParser({ isArray: (name) => ["url", "sitemap"].includes(name) });

it("splits a sitemap of more than 50,000 addresses into parts named by a sitemap index", async () => {
  const index = await app.request("/sitemap.xml");
  expect(index.status).toBe(200);
  const indexText = await index.text();
  expect(XMLValidator.validate(indexText)).toBe(true);
  const parts = (xml.parse(indexText).sitemapindex.sitemap as { loc: string }[]).map((s) => new URL(s.loc).pathname);
  expect(parts).toEqual(["/sitemaps/1.xml", "/sitemaps/2.xml"]);

  const seen = new Set<string>();
  for (const part of parts) {
    const res = await app.request(part);
    expect(res.status, part).toBe(200);
    const text = await res.text();
    expect(XMLValidator.validate(text), part).toBe(true);
    const urls = (xml.parse(text).urlset.url as { loc: string }[]).map((u) => new URL(u.loc).pathname);
    expect(urls.length, part).toBeLessThanOrEqual(50_000);
    for (const u of urls) seen.add(u);
  }
  const bulk = [...seen].filter((p) => p.startsWith("/winners/2015/bulk-trust-"));
  expect(bulk).toHaveLength(BULK);
  expect(seen.has("/winners")).toBe(true);
  expect((await app.request("/sitemaps/3.xml")).status).toBe(404);
}, 60_000);

it("sends the whole CSV of that archive, a row per entry", async () => {
  const res = await app.request("/winners.csv");
  expect(res.status).toBe(200);
  const text = await res.text();
  expect(text.match(/Bulk Trust \d+,/g)).toHaveLength(BULK);
}, 60_000);
