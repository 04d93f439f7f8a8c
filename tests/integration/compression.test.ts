// Pages, downloads and scripts travel compressed when the browser accepts it, and decompress to
// exactly what an uncompressed response carries (decision 036).
import http from "node:http";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
}, 120_000);
afterAll(() => app.close());

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A request that shows the bytes as sent (fetch would decompress them). */
function raw(pathname: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.get(app.url + pathname, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

function decoded(response: Raw): string {
  const encoding = response.headers["content-encoding"];
  if (encoding === "br") return zlib.brotliDecompressSync(response.body).toString();
  if (encoding === "gzip") return zlib.gunzipSync(response.body).toString();
  return response.body.toString();
}

const nonceOf = (response: Raw) => /'nonce-([^']+)'/.exec(String(response.headers["content-security-policy"]))?.[1] ?? "";

describe("compressed responses", () => {
  it("a public page from the cache decompresses to the same page, with its own nonce, smaller", async () => {
    const plain = await raw("/winners");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    for (let i = 0; i < 2; i++) {
      const zipped = await raw("/winners", { "Accept-Encoding": "gzip, deflate, br" });
      expect(zipped.status).toBe(200);
      expect(zipped.headers["content-encoding"]).toBe("gzip");
      expect(zipped.headers.vary).toMatch(/Cookie/);
      expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
      expect(Number(zipped.headers["content-length"])).toBe(zipped.body.length);
      expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
      const nonce = nonceOf(zipped);
      expect(nonce).not.toBe(nonceOf(plain));
      expect(decoded(zipped)).toBe(plain.body.toString().split(nonceOf(plain)).join(nonce));
    }
  });

  it("a signed-in page is compressed as it is streamed", async () => {
    const cookie = await app.sessionFor("admin@demo.test");
    const zipped = await raw("/admin", { "Accept-Encoding": "br", Cookie: cookie });
    expect(zipped.status).toBe(200);
    expect(zipped.headers["content-encoding"]).toBe("br");
    expect(zipped.headers["cache-control"]).toBe("private, no-store");
    expect(decoded(zipped)).toContain("</html>");
    expect(decoded(zipped)).toContain(nonceOf(zipped));
  });

  it("downloads decompress to the same bytes", async () => {
    for (const pathname of ["/winners.json", "/winners.csv", "/winners.atom"]) {
      const plain = await raw(pathname);
      const zipped = await raw(pathname, { "Accept-Encoding": "br, gzip" });
      expect(zipped.headers["content-encoding"], pathname).toBe("br");
      expect(decoded(zipped), pathname).toBe(plain.body.toString());
    }
  });

  it("the page's scripts and stylesheets are compressed once and revalidate", async () => {
    const page = await raw("/");
    const assets = [...page.body.toString().matchAll(/(?:src|href)="(\/build\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets.slice(0, 3)) {
      const plain = await raw(asset);
      const zipped = await raw(asset, { "Accept-Encoding": "br" });
      expect(zipped.status).toBe(200);
      expect(zipped.headers["cache-control"]).toContain("immutable");
      if (plain.body.length < 1024) continue;
      expect(zipped.headers["content-encoding"], asset).toBe("br");
      expect(decoded(zipped)).toBe(plain.body.toString());
      const again = await raw(asset, { "Accept-Encoding": "br", "If-None-Match": String(zipped.headers.etag) });
      expect(again.status).toBe(304);
    }
  });

  it("tiny bodies go as they are", async () => {
    const health = await raw("/healthz", { "Accept-Encoding": "gzip, br" });
    expect(health.body.length).toBeLessThan(1024);
    expect(health.headers["content-encoding"]).toBeUndefined();
  });
});
