import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { chooseEncoding, gzipPieces, gzipWithNonce, isCompressible, varyWithAcceptEncoding } from "../../server/compression";
import { cachedRepresentation, findNonce, type CachedResponse } from "../../server/page-cache";

const OLD_NONCE = "AAAAAAAAAAAAAAAAAAAAAA==";
const NEW_NONCE = "bm9uY2Utb2YtYS1yZXNwbz==";

function page(nonce: string): string {
  const rows = Array.from({ length: 200 }, (_, i) => `<li><a href="/winners/${i}">Partnership case study ${i}</a></li>`).join("");
  return `<!doctype html><html><head><script nonce="${nonce}">window.x=1</script></head><body><ul>${rows}</ul><script nonce="${nonce}" src="/build/entry.js"></script></body></html>`;
}

function cached(body: string, contentType: string, nonce: string | null): CachedResponse {
  const buffer = Buffer.from(body);
  return {
    revision: "1",
    status: 200,
    headers: [["Content-Type", contentType]],
    body: buffer,
    etag: null,
    noncePositions: nonce ? findNonce(buffer, nonce) : [],
  };
}

describe("choosing an encoding", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding("*;q=0")).toBeNull();
  });

  it("compresses text but never an event stream", () => {
    expect(isCompressible("text/html; charset=utf-8")).toBe(true);
    expect(isCompressible("application/json")).toBe(true);
    expect(isCompressible("text/csv; charset=utf-8")).toBe(true);
    expect(isCompressible("application/atom+xml")).toBe(true);
    expect(isCompressible("text/event-stream")).toBe(false);
    expect(isCompressible("image/png")).toBe(false);
    expect(isCompressible(null)).toBe(false);
  });

  it("adds Accept-Encoding to Vary once", () => {
    expect(varyWithAcceptEncoding("Cookie")).toBe("Cookie, Accept-Encoding");
    expect(varyWithAcceptEncoding(undefined)).toBe("Accept-Encoding");
    expect(varyWithAcceptEncoding("Cookie, Accept-Encoding")).toBe("Cookie, Accept-Encoding");
  });
});

describe("a cached page kept compressed around its nonce", () => {
  it("decompresses to exactly the page with the new nonce in every place the old one stood", () => {
    const body = Buffer.from(page(OLD_NONCE));
    const pieces = gzipPieces(body, findNonce(body, OLD_NONCE), OLD_NONCE.length);
    expect(zlib.gunzipSync(gzipWithNonce(pieces, NEW_NONCE)).toString()).toBe(page(NEW_NONCE));
    // And again with another nonce, from the same pieces.
    expect(zlib.gunzipSync(gzipWithNonce(pieces, OLD_NONCE)).toString()).toBe(page(OLD_NONCE));
  });

  it("sends a page with a nonce as gzip even to a browser that prefers brotli, and is smaller", () => {
    const entry = cached(page(OLD_NONCE), "text/html; charset=utf-8", OLD_NONCE);
    const sent = cachedRepresentation(entry, NEW_NONCE, "gzip, deflate, br");
    expect(sent.encoding).toBe("gzip");
    expect(sent.varies).toBe(true);
    expect(sent.body.length).toBeLessThan(entry.body.length / 4);
    expect(zlib.gunzipSync(sent.body).toString()).toBe(page(NEW_NONCE));
  });

  it("sends a body without a nonce in brotli, compressed once and kept", () => {
    const json = JSON.stringify(Array.from({ length: 100 }, (_, i) => ({ year: 2010 + (i % 15), title: `Case study ${i}` })), null, 2);
    const entry = cached(json, "application/json; charset=utf-8", null);
    const first = cachedRepresentation(entry, NEW_NONCE, "br");
    expect(first.encoding).toBe("br");
    expect(zlib.brotliDecompressSync(first.body).toString()).toBe(json);
    expect(cachedRepresentation(entry, NEW_NONCE, "br").body).toBe(first.body);
  });

  it("sends tiny bodies, other types and browsers that take no encoding as they are", () => {
    const tiny = cached(`<p nonce="${OLD_NONCE}">hi</p>`, "text/html", OLD_NONCE);
    expect(cachedRepresentation(tiny, NEW_NONCE, "gzip, br")).toMatchObject({ encoding: null, varies: false });
    expect(cachedRepresentation(tiny, NEW_NONCE, "gzip, br").body.toString()).toBe(`<p nonce="${NEW_NONCE}">hi</p>`);
    const stream = cached("data: x\n\n".repeat(500), "text/event-stream", null);
    expect(cachedRepresentation(stream, NEW_NONCE, "gzip, br")).toMatchObject({ encoding: null, varies: false });
    const html = cached(page(OLD_NONCE), "text/html", OLD_NONCE);
    const plain = cachedRepresentation(html, NEW_NONCE, undefined);
    expect(plain).toMatchObject({ encoding: null, varies: true });
    expect(plain.body.toString()).toBe(page(NEW_NONCE));
  });
});
