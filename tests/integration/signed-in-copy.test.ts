// A signed-in visitor's copy of a public page is the anonymous copy with their own header and their
// own root data (server/signed-in-page.ts, decision 036 session 9): the same page their own render
// makes, no render of its own once the anonymous copy is in memory, and never older than the archive.
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { decode } from "turbo-stream";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createAppListener } from "../../server/http";
import { fieldsOf, getArchiveEntryById, updateArchiveEntry } from "../../app/models/archive.server";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let server: http.Server;
let url: string;
let renders = 0;
let caseStudy: { id: number; path: string };

beforeAll(async () => {
  app = await startTestServer();
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  // The same build, with the case study's loader counted.
  const route = build.routes["routes/winners.$year.$slug"];
  const loader = route.module.loader!;
  const counted: ServerBuild = {
    ...build,
    routes: { ...build.routes, "routes/winners.$year.$slug": { ...route, module: { ...route.module, loader: (args) => (renders++, loader(args)) } } },
  };
  server = http.createServer(createAppListener({ build: counted, publicDir: path.resolve("public"), appOrigin: app.url, trustProxy: 0 }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const entry = await app.db.selectFrom("archive_entries").select(["id", "year", "slug"]).orderBy("id").executeTakeFirstOrThrow();
  caseStudy = { id: entry.id, path: `/winners/${entry.year}/${entry.slug}` };
}, 120_000);
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await app.close();
});

const STREAM = /window\.__remixContext\.streamController\.enqueue\(("(?:[^"\\]|\\.)*")\);/;

/** The page's HTML with its nonce and its data stream left out, and the data the stream carries. */
async function readPage(response: Response) {
  const html = await response.text();
  const chunk = JSON.parse(STREAM.exec(html)![1]) as string;
  const { value } = await decode(new Blob([chunk]).stream());
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")![1];
  expect(html).toContain(`nonce="${nonce}"`);
  return { html: html.replaceAll(nonce, "NONCE").replace(STREAM, "STREAM"), data: value };
}

it("a signed-in case study is sent from the anonymous copy, as the page's own render makes it for them", async () => {
  const cookie = await app.sessionFor("admin@demo.test");
  renders = 0;
  // Their own render (the server learns the page is the same for everyone but its header) ...
  const rendered = await fetch(`${url}${caseStudy.path}`, { headers: { Cookie: cookie } });
  expect(rendered.headers.get("transfer-encoding")).toBe("chunked");
  const own = await readPage(rendered);
  expect(renders).toBe(1);
  // ... then the anonymous copy, rendered once, and every signed-in request after it made from it.
  const copies = [];
  for (let i = 0; i < 3; i++) copies.push(await fetch(`${url}${caseStudy.path}`, { headers: { Cookie: cookie } }));
  expect(renders).toBe(2);
  // The ETag says whose page it is without showing their id.
  const adminId = (await app.db.selectFrom("users").select("id").where("email_normalised", "=", "admin@demo.test").executeTakeFirstOrThrow()).id;
  expect(rendered.headers.get("etag")).toMatch(/-u[0-9a-f]{16}"$/);
  expect(rendered.headers.get("etag")).not.toContain(`-u${adminId}"`);
  for (const copy of copies) {
    expect(copy.status).toBe(200);
    expect(copy.headers.get("cache-control")).toBe("private, no-store");
    expect(copy.headers.get("etag")).toBe(rendered.headers.get("etag"));
    const page = await readPage(copy);
    expect(page.html).toBe(own.html);
    expect(page.data).toEqual(own.data);
    expect(page.html).toContain("Sign out");
  }
  // Anyone still gets the anonymous page.
  const anonymous = await readPage(await fetch(`${url}${caseStudy.path}`));
  expect(anonymous.html).toContain(">Sign in<");
  expect(anonymous.html).not.toContain("Sign out");
  expect(renders).toBe(2);
});

it("every page marked the same for everyone (the lists, a year, the charts, a search) gives each role the page its own render makes", async () => {
  const { year } = await app.db.selectFrom("archive_entries").select("year").orderBy("id").executeTakeFirstOrThrow();
  const pages = ["/winners", `/winners/${year}`, "/winners/charts", "/winners?q=partnership", `/winners?year=${year}`];
  for (const email of ["admin@demo.test", "judge.employer1@demo.test", "entrant@eastbrook.demo.test"]) {
    const cookie = await app.sessionFor(email);
    // An address of each person's own (a parameter the pages ignore), so that their first request is rendered.
    for (const page of pages.map((p) => `${p}${p.includes("?") ? "&" : "?"}for=${encodeURIComponent(email)}`)) {
      // The first signed-in request for a page is rendered for them; the next ones are copies.
      // (Uncompressed, so that a render, streamed, and a copy, sent whole, can be told apart.)
      const headers = { Cookie: cookie, "Accept-Encoding": "identity" };
      const rendered = await fetch(`${url}${page}`, { headers });
      expect(rendered.headers.get("transfer-encoding"), `${email} ${page} is rendered`).toBe("chunked");
      const own = await readPage(rendered);
      const copy = await fetch(`${url}${page}`, { headers });
      expect(copy.status, `${email} ${page}`).toBe(200);
      expect(copy.headers.get("transfer-encoding"), `${email} ${page} is a copy`).not.toBe("chunked");
      const made = await readPage(copy);
      expect(made.html, `${email} ${page}`).toBe(own.html);
      expect(made.data, `${email} ${page}`).toEqual(own.data);
    }
  }
});

it("an edit to the case study shows in the next signed-in copy", async () => {
  const cookie = await app.sessionFor("judge.employer1@demo.test");
  await fetch(`${url}${caseStudy.path}`, { headers: { Cookie: cookie } }).then((r) => r.text());
  await fetch(`${url}${caseStudy.path}`, { headers: { Cookie: cookie } }).then((r) => r.text());
  const entry = (await getArchiveEntryById(app.db, caseStudy.id))!;
  await updateArchiveEntry(app.db, caseStudy.id, { fields: { ...fieldsOf(entry), title: "A title written after the copy was made" }, actorUserId: null, note: null });
  const page = await readPage(await fetch(`${url}${caseStudy.path}`, { headers: { Cookie: cookie } }));
  expect(page.html).toContain("A title written after the copy was made");
  expect(page.html).toContain("Sign out");
});

it("a session that has ended gets the page as anyone does, not a copy with someone's header", async () => {
  const cookie = await app.sessionFor("admin@demo.test");
  await fetch(`${url}${caseStudy.path}`, { headers: { Cookie: cookie } }).then((r) => r.text());
  await app.db.deleteFrom("sessions").execute();
  const response = await fetch(`${url}${caseStudy.path}`, { headers: { Cookie: cookie } });
  const page = await readPage(response);
  expect(page.html).toContain(">Sign in<");
  expect(page.html).not.toContain("Sign out");
  expect(response.headers.get("cache-control")).toBe("private, no-store");
});
