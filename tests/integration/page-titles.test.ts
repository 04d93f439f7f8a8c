// Page titles as a browser shows them, over HTTP against the real server: error pages have their own
// title in <head> (not a <title> inside <main>), and a page's title says what its heading says.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer({ demoStage: "judging" });
});
afterAll(async () => app.close());

/** The document's titles: those in <head>, and whether one is drawn inside <main> (which browsers ignore). */
async function titlesOf(res: Response) {
  const html = (await res.text()).replaceAll("<!-- -->", "");
  const head = html.slice(0, html.indexOf("</head>"));
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  return { head: [...head.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]), inMain: /<title>/.test(main) };
}

describe("error pages' titles", () => {
  it("are in <head> and say what went wrong, for a 404, a 403 and an unknown address", async () => {
    const cases: [string, string | undefined, number, string][] = [
      ["/winners/1999", undefined, 404, "Page not found - HPMA Partnership Award"],
      ["/nonexistent", undefined, 404, "Page not found - HPMA Partnership Award"],
      ["/admin", await app.sessionFor("judge.employer1@demo.test"), 403, "You do not have permission to see this page - HPMA Partnership Award"],
    ];
    for (const [path, cookie, status, title] of cases) {
      const res = await app.request(path, { cookie });
      expect(res.status, path).toBe(status);
      const titles = await titlesOf(res);
      expect(titles.head, path).toEqual([title]);
      expect(titles.inMain, path).toBe(false);
    }
  });
});
