// A static file listed when the server started but deleted since (a rebuild under a running server)
// is a 404, and the server goes on serving: before server/static-files.ts, sirv's read stream failed
// with an unhandled error and stopped the process (issue 14).
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createAppListener } from "../../server/http";
import { tempDir } from "../helpers/database";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let publicDir: string;
let server: http.Server;
let url: string;

beforeAll(async () => {
  // The test server sets up the database and configuration; this second listener serves a public
  // folder of its own, so that deleting a file from it touches nothing another test uses.
  app = await startTestServer({ demo: false });
  publicDir = tempDir("hpma-public-");
  fs.mkdirSync(path.join(publicDir, "build", "_assets"), { recursive: true });
  fs.writeFileSync(path.join(publicDir, "build", "_assets", "nhsuk-frontend.min-OLD.css"), "body{}\n");
  fs.writeFileSync(path.join(publicDir, "build", "_assets", "kept-KEEP.css"), "main{}\n");
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  server = http.createServer(createAppListener({ build, publicDir, appOrigin: app.url, trustProxy: 0 }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await app.close();
});

it("answers 404 for a file listed at start-up but deleted since, and keeps serving", async () => {
  const gone = "/build/_assets/nhsuk-frontend.min-OLD.css";
  expect((await fetch(url + gone)).status).toBe(200);
  fs.rmSync(path.join(publicDir, gone));
  for (let i = 0; i < 3; i++) {
    const res = await fetch(url + gone);
    expect(res.status).toBe(404);
    await res.arrayBuffer();
  }
  // The same server still serves files and pages.
  const kept = await fetch(url + "/build/_assets/kept-KEEP.css");
  expect(kept.status).toBe(200);
  expect(await kept.text()).toBe("main{}\n");
  expect((await fetch(url + "/healthz")).status).toBe(200);
});
