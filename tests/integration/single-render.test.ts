// Concurrent misses of one public page render it once: the others wait for that render and are sent
// its copy, each with its own nonce (decision 036). Before, 20 connections on one uncached search
// each rendered it and saturated the server (issue 17).
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createAppListener } from "../../server/http";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let server: http.Server;
let url: string;
let renders = 0;

beforeAll(async () => {
  app = await startTestServer();
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  // The same build, with the archive page's loader counted and slowed, so that every request arrives
  // while the first is still rendering.
  const route = build.routes["routes/winners._index"];
  const loader = route.module.loader!;
  const counted: ServerBuild = {
    ...build,
    routes: {
      ...build.routes,
      "routes/winners._index": {
        ...route,
        module: {
          ...route.module,
          loader: async (args) => {
            renders++;
            await new Promise((resolve) => setTimeout(resolve, 500));
            return loader(args);
          },
        },
      },
    },
  };
  server = http.createServer(createAppListener({ build: counted, publicDir: path.resolve("public"), appOrigin: app.url, trustProxy: 0 }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await app.close();
});

it("renders a public page once for twenty visitors who ask for it at the same moment", async () => {
  renders = 0;
  const responses = await Promise.all(Array.from({ length: 20 }, () => fetch(`${url}/winners?q=partnership`)));
  const pages = await Promise.all(responses.map((response) => response.text()));
  expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
  expect(renders).toBe(1);
  const nonces = responses.map((response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1]);
  expect(new Set(nonces).size).toBe(20);
  pages.forEach((page, i) => expect(page).toContain(`nonce="${nonces[i]}"`));
});

it("a signed-in visitor is never sent someone else's render: their page has their own header, for them alone", async () => {
  renders = 0;
  const cookie = await app.sessionFor("admin@demo.test");
  const responses = await Promise.all(Array.from({ length: 3 }, () => fetch(`${url}/winners?q=partnership`, { headers: { Cookie: cookie } })));
  const pages = await Promise.all(responses.map((response) => response.text()));
  // The anonymous copy made above is the page's body (decision 036, session 9); the header is theirs.
  expect(renders).toBe(0);
  for (const [i, page] of pages.entries()) {
    expect(page).toContain("Sign out");
    expect(responses[i].headers.get("cache-control")).toBe("private, no-store");
  }
});
