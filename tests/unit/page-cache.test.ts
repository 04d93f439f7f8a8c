import { describe, expect, it } from "vitest";
import { etagMatches, findNonce, PageCache, storedBytes, type CachedResponse } from "../../server/page-cache";

const entry = (revision: string, size = 10): CachedResponse => ({ revision, status: 200, headers: [], body: Buffer.alloc(size), etag: `W/"r${revision}"` });

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

  it("counts a copy's signed-in frame against its limit once it is worked out", () => {
    const cache = new PageCache(10_000);
    const copy = entry("1", 100);
    cache.set("/winners", copy);
    expect(cache.size).toBe(100);
    const frame = { headerStart: 0, headerEnd: 1, payloadStart: 2, payloadEnd: 3, beforeRoot: "b".repeat(50), rootData: {}, userKey: "_1", afterRoot: "a".repeat(25), values: 4 };
    copy.frame = frame;
    cache.recount("/winners", copy);
    expect(cache.size).toBe(100 + 2 * 75);
    expect(storedBytes(copy)).toBe(250);
  });

  it("counts the compressed copies it keeps against its limit, and drops the oldest when they fill it", () => {
    // A page of text that compresses a little (random words), with a nonce in two places.
    const nonce = "n".repeat(24);
    const words = Array.from({ length: 3000 }, (_, i) => `word${(i * 7919) % 1013}`).join(" ");
    const page = (n: number) => {
      const body = Buffer.from(`<!doctype html><script nonce="${nonce}"></script><p>${n} ${words}</p><script nonce="${nonce}"></script>`);
      return { revision: "1", status: 200, headers: [["Content-Type", "text/html; charset=utf-8"]] as [string, string][], body, etag: null, noncePositions: findNonce(body, nonce) };
    };
    const pages = Array.from({ length: 16 }, (_, n) => page(10 + n));
    const bodyBytes = pages[0].body.length;
    // Room for 16 bodies as they are (the largest body kept is a sixteenth of the limit).
    const cache = new PageCache(bodyBytes * 16);
    pages.forEach((p, n) => cache.set(`/${n}`, p));
    expect(cache.size).toBe(bodyBytes * 16);
    expect(cache.has("/0")).toBe(true);
    // A browser asks for the newest page in gzip: the copy it makes is counted, the oldest page goes.
    const newest = cache.get("/15", "1")!;
    cache.representation("/15", newest, "m".repeat(24), "gzip");
    expect(storedBytes(newest)).toBeGreaterThan(bodyBytes);
    expect(cache.has("/0")).toBe(false);
    expect(cache.has("/15")).toBe(true);
    expect(cache.size).toBeLessThanOrEqual(bodyBytes * 16);
    expect(cache.size).toBe(pages.filter((_, n) => cache.has(`/${n}`)).reduce((total, p) => total + storedBytes(p), 0));
    // The same copy asked for again, or as it is, adds nothing.
    const before = cache.size;
    cache.representation("/15", newest, "k".repeat(24), "gzip");
    cache.representation("/15", newest, "k".repeat(24), undefined);
    expect(cache.size).toBe(before);
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
