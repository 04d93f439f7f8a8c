// No response carries a NUL byte. React 18.3's Node renderer wrote unused zero bytes where a
// multi-byte character met its 2 KB buffer's end (app/entry.server.tsx); this crawls every page each
// kind of caller can reach by following links, and reads a page built to put many multi-byte
// characters at buffer boundaries, through the public page cache as well.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;

beforeAll(async () => {
  app = await startTestServer({ demoStage: "judging" });
}, 180_000);
afterAll(async () => app.close());

const MAX_PAGES_PER_CALLER = 400;

/** Every same-site page reachable by links from the start pages: path and count of NUL bytes. */
async function crawl(starts: string[], cookie?: string): Promise<{ pages: number; nuls: { path: string; count: number }[] }> {
  const seen = new Set<string>(starts);
  const queue = [...starts];
  const nuls: { path: string; count: number }[] = [];
  let pages = 0;
  while (queue.length > 0 && pages < MAX_PAGES_PER_CALLER) {
    const target = queue.shift()!;
    const res = await app.request(target, { cookie });
    pages++;
    const bytes = Buffer.from(await res.arrayBuffer());
    const count = bytes.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
    if (count > 0) nuls.push({ path: target, count });
    if (!(res.headers.get("content-type") ?? "").startsWith("text/html")) continue;
    for (const [, href] of bytes.toString("utf8").matchAll(/href="(\/[^"#]*)/g)) {
      const link = href.replaceAll("&amp;", "&");
      // Static files are not pages; signing out would end the crawl's session.
      if (link.startsWith("/build/") || link.startsWith("/assets/") || link.startsWith("/logout") || seen.has(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  return { pages, nuls };
}

describe("no response carries a NUL byte", () => {
  it("in any page reachable by anyone, an entrant, a judge or the secretariat", async () => {
    const callers: { who: string; starts: string[]; cookie?: string }[] = [
      { who: "anyone", starts: ["/", "/winners", "/login", "/register", "/privacy", "/accessibility", "/sitemap.xml"] },
      { who: "entrant", starts: ["/", "/nominations", "/account"], cookie: await app.login("entrant@northmoor-valley.demo.test") },
      { who: "judge", starts: ["/", "/judging", "/judging/conflicts"], cookie: await app.login("judge.employer1@demo.test") },
      { who: "admin", starts: ["/", "/admin", "/admin/cycles", "/admin/cycles/1/results", "/admin/cycles/2/results"], cookie: await app.login("admin@demo.test") },
    ];
    for (const caller of callers) {
      const { pages, nuls } = await crawl(caller.starts, caller.cookie);
      expect({ who: caller.who, nuls }).toEqual({ who: caller.who, nuls: [] });
      expect(pages).toBeGreaterThan(10);
    }
  }, 240_000);

  it("in a page with multi-byte characters at every 2 KB boundary, rendered and then from the page cache", async () => {
    const entry = await app.db.selectFrom("archive_entries").select(["id", "year", "slug"]).where("is_demo", "=", 0).orderBy("id").executeTakeFirstOrThrow();
    // Paragraphs short enough for React's buffered path, each a run of 3- and 4-byte characters, so
    // that wherever a buffer ends some character straddles it.
    const paragraph = (i: number) => `Paragraph ${i}: ` + "scores − ranks “quoted” 🙂 ".repeat(12);
    const text = Array.from({ length: 60 }, (_, i) => paragraph(i)).join("\n\n");
    await app.db.updateTable("archive_entries").set({ partnership_work: text, outcomes: text }).where("id", "=", entry.id).execute();
    await app.db.updateTable("archive_state").set((eb) => ({ revision: eb("revision", "+", 1) })).execute();
    const path = `/winners/${entry.year}/${entry.slug}`;
    for (const round of ["rendered", "cached"]) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect({ round, nuls: bytes.filter((b) => b === 0).length }).toEqual({ round, nuls: 0 });
      expect(bytes.toString("utf8")).toContain("Paragraph 59: scores − ranks “quoted” 🙂");
    }
  });
});
