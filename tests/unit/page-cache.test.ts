import { describe, expect, it } from "vitest";
import { etagMatches, PageCache } from "../../server/page-cache";

const entry = (revision: string, size = 10) => ({ revision, status: 200, headers: [], body: Buffer.alloc(size), etag: `W/"r${revision}"` });

describe("the page cache", () => {
  it("serves a copy only while the archive's revision is the one it was built from", () => {
    const cache = new PageCache();
    cache.set("/winners", entry("1"));
    expect(cache.get("/winners", "1")).toBeDefined();
    expect(cache.get("/winners", "2")).toBeUndefined();
    expect(cache.has("/winners")).toBe(false);
  });

  it("drops the least recently used copies when full", () => {
    const cache = new PageCache(1000);
    cache.set("/a", entry("1", 60));
    cache.set("/b", entry("1", 60));
    cache.get("/a", "1");
    for (let i = 0; i < 20; i++) cache.set(`/x${i}`, entry("1", 60));
    expect(cache.has("/b")).toBe(false);
  });
});

describe("conditional requests", () => {
  it("match weak and strong forms of the same ETag, in a list, or *", () => {
    expect(etagMatches('W/"r1"', 'W/"r1"')).toBe(true);
    expect(etagMatches('"r1"', 'W/"r1"')).toBe(true);
    expect(etagMatches('"x", W/"r1"', 'W/"r1"')).toBe(true);
    expect(etagMatches("*", 'W/"r1"')).toBe(true);
    expect(etagMatches('W/"r2"', 'W/"r1"')).toBe(false);
    expect(etagMatches(undefined, 'W/"r1"')).toBe(false);
  });
});
