// The headers every answer carries: no copy of a signed-in page kept anywhere, HSTS in production,
// a Content-Security-Policy whose script nonce is new for every response (the public page cache
// included), and the same security headers on static files.
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppListener, HSTS } from "../../server/http";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let production: { url: string; close: () => Promise<void> };
let proxied: { url: string; close: () => Promise<void> };

/** A second listener over the same build and database, with other options. */
async function listener(options: { production?: boolean; trustProxy?: number }) {
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const server = http.createServer(createAppListener({ build, publicDir: path.resolve("public"), appOrigin: app.url, trustProxy: options.trustProxy ?? 0, production: options.production }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

beforeAll(async () => {
  app = await startTestServer();
  production = await listener({ production: true });
  proxied = await listener({ trustProxy: 2 });
});
afterAll(async () => {
  await production.close();
  await proxied.close();
  await app.close();
});

const ENTRANT = "entrant@eastbrook.demo.test";
const nonceOf = (res: Response) => /script-src 'nonce-([^']+)' 'strict-dynamic'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];

describe("signed-in answers", () => {
  it("are private and never stored: pages, their route data, and public pages seen signed in", async () => {
    const cookie = await app.sessionFor(ENTRANT);
    for (const url of ["/account", "/account.data", "/nominations", "/nominations.data", "/_root.data", "/winners", "/winners.data"]) {
      const res = await app.request(url, { cookie });
      expect(res.status, url).toBeLessThan(300);
      expect(res.headers.get("cache-control"), url).toBe("private, no-store");
    }
  });

  it("signing in is not stored either", async () => {
    const res = await app.request("/login", { form: { email: ENTRANT, password: "partnership-demo" }, headers: { Origin: app.url } });
    expect(res.status).toBe(302);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
  });

  it("while the public archive stays publicly cacheable for visitors", async () => {
    const res = await app.request("/winners");
    expect(res.headers.get("cache-control")).toMatch(/^public/);
  });
});

describe("the Content-Security-Policy", () => {
  it("lets only scripts with this response's nonce run, and every script on the page carries it", async () => {
    const res = await app.request("/login");
    const nonce = nonceOf(res);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const html = await res.text();
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it("gives a new nonce to every response, a page from the public page cache included", async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = await app.request("/winners");
      const nonce = nonceOf(res)!;
      const html = await res.text();
      const inBody = new Set([...html.matchAll(/nonce="([^"]*)"/g)].map((m) => m[1]));
      expect([...inBody]).toEqual([nonce]);
      seen.add(nonce);
    }
    expect(seen.size).toBe(3);
  });

  it("answers a revalidated cached page with 304 and no new policy, so the kept page's nonce still holds", async () => {
    const first = await app.request("/winners");
    const etag = first.headers.get("etag")!;
    const again = await app.request("/winners", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("content-security-policy")).toBeNull();
  });
});

describe("static files", () => {
  it("carry the security headers too, /assets and /build alike", async () => {
    const html = await (await app.request("/login")).text();
    const script = /href="(\/build\/[^"]+\.js)"/.exec(html)![1];
    for (const url of ["/assets/images/favicon.ico", script]) {
      const res = await app.request(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get("x-content-type-options"), url).toBe("nosniff");
      expect(res.headers.get("x-frame-options"), url).toBe("DENY");
      expect(res.headers.get("content-security-policy"), url).toContain("frame-ancestors 'none'");
    }
  });
});

describe("HSTS", () => {
  it("is sent in production only, on pages and static files", async () => {
    expect((await app.request("/")).headers.get("strict-transport-security")).toBeNull();
    for (const url of ["/", "/login", "/assets/images/favicon.ico"]) {
      const res = await fetch(production.url + url);
      expect(res.headers.get("strict-transport-security"), url).toBe(HSTS);
    }
    expect(HSTS).toBe("max-age=31536000; includeSubDomains");
  });
});

describe("behind trusted proxies (TRUST_PROXY=2)", () => {
  it("the sign-in throttle counts the address the outer proxy saw, not the one the client wrote first", async () => {
    const res = await fetch(`${proxied.url}/login`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: proxied.url, "X-Forwarded-For": "6.6.6.6, 203.0.113.9, 10.0.0.2" },
      body: new URLSearchParams({ email: "nobody@example.org", password: "wrong-password" }).toString(),
      redirect: "manual",
    });
    expect(res.status).toBe(400);
    const attempt = await app.db.selectFrom("login_attempts").selectAll().orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(attempt.ip).toBe("203.0.113.9");
  });
});
