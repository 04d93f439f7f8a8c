// What the server in front of Remix does with a request's own headers and body before any route
// sees it: a Host or X-Forwarded-Host that differs from the Origin it let through, and form bodies
// of very many fields.
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppListener } from "../../server/http";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let proxied: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  app = await startTestServer();
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const server = http.createServer(createAppListener({ build, publicDir: path.resolve("public"), appOrigin: app.url, trustProxy: 1 }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxied = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
});
afterAll(async () => {
  await proxied.close();
  await app.close();
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A request with headers fetch will not send (Host among them). */
function raw(base: string, pathname: string, { method = "POST", headers = {}, body = "" }: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(base + pathname, { method, headers: { "Content-Length": Buffer.byteLength(body), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

const FORM = { "Content-Type": "application/x-www-form-urlencoded" };
const signIn = "email=nobody%40demo.test&password=not-the-password";

describe("a form sent from the service's own pages, whatever the Host says", () => {
  it("is answered, not a 500, when the Origin is the service's and the Host is another name for it", async () => {
    const port = new URL(app.url).port;
    for (const pathname of ["/login", "/login.data"]) {
      const res = await raw(app.url, pathname, { headers: { ...FORM, Origin: app.url, Host: `localhost:${port}` }, body: signIn });
      expect(res.status, pathname).not.toBe(500);
      expect(res.status, pathname).toBeLessThan(500);
      if (pathname === "/login") expect(res.body).toContain("Enter a correct email address and password");
    }
  });

  it("is answered when a proxy that is not trusted sends X-Forwarded-Host", async () => {
    const res = await raw(app.url, "/login", { headers: { ...FORM, Origin: app.url, "X-Forwarded-Host": "other" }, body: signIn });
    expect(res.status).toBeLessThan(500);
    expect(res.body).toContain("Enter a correct email address and password");
  });

  it("is answered behind a trusted proxy that sends its upstream Host and the public one as X-Forwarded-Host", async () => {
    const res = await raw(proxied.url, "/login", {
      headers: { ...FORM, Origin: "https://awards.example.org", Host: "127.0.0.1:3000", "X-Forwarded-Host": "awards.example.org", "X-Forwarded-Proto": "https" },
      body: signIn,
    });
    expect(res.status).toBeLessThan(500);
    expect(res.body).toContain("Enter a correct email address and password");
  });

  it("while a form from another site is still refused, whatever the forwarded headers say", async () => {
    for (const headers of <Record<string, string>[]>[
      { Origin: "http://evil.example" },
      { Origin: "http://evil.example", "X-Forwarded-Host": "evil.example" },
      { Origin: "http://localhost:1", Host: "localhost:2" },
    ]) {
      const res = await raw(app.url, "/login", { headers: { ...FORM, ...headers }, body: signIn });
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    // Behind a trusted proxy, the public host it names is ours only if the Origin agrees.
    const res = await raw(proxied.url, "/login", { headers: { ...FORM, Origin: "https://evil.example", "X-Forwarded-Host": "awards.example.org", "X-Forwarded-Proto": "https" }, body: signIn });
    expect(res.status).toBe(403);
  });
});

describe("a form body of very many fields", () => {
  const fields = (n: number) => ["email=nobody%40demo.test", "password=x", ...Array.from({ length: n - 2 }, (_, i) => `f${i}=`)].join("&");
  const multipart = (n: number) => {
    const boundary = "----probe";
    const parts = Array.from({ length: n }, (_, i) => `--${boundary}\r\nContent-Disposition: form-data; name="${i === 0 ? "email" : i === 1 ? "password" : `f${i}`}"\r\n\r\n${i === 0 ? "nobody@demo.test" : "x"}\r\n`);
    return { body: `${parts.join("")}--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` };
  };

  it("is refused with 413 and a short page before anything parses it, urlencoded or multipart", async () => {
    const urlencoded = await raw(app.url, "/login", { headers: { ...FORM, Origin: app.url }, body: fields(2001) });
    expect(urlencoded.status).toBe(413);
    expect(urlencoded.body).toContain("What you sent has too many fields");
    const { body, type } = multipart(2001);
    const parts = await raw(app.url, "/login.data", { headers: { "Content-Type": type, Origin: app.url }, body });
    expect(parts.status).toBe(413);
    // 150,000 fields in 1 MB, the way to load the server, is refused as quickly as a small form is answered.
    const started = performance.now();
    const many = await raw(app.url, "/login", { headers: { ...FORM, Origin: app.url }, body: "a=&".repeat(150_000) });
    expect(many.status).toBe(413);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("while a form of as many fields as allowed is answered as usual", async () => {
    const urlencoded = await raw(app.url, "/login", { headers: { ...FORM, Origin: app.url }, body: fields(2000) });
    expect(urlencoded.status).toBe(400);
    expect(urlencoded.body).toContain("Enter a correct email address and password");
    const { body, type } = multipart(2000);
    const parts = await raw(app.url, "/login", { headers: { "Content-Type": type, Origin: app.url }, body });
    expect(parts.status).toBe(400);
    expect(parts.body).toContain("Enter a correct email address and password");
  });
});
