// The home page's "Latest winner in the archive", over HTTP against the real server: a real winner
// before any demo cycle's, and a demo winner (when it is the only one) labelled Demo, as on every page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestWinner } from "~/models/archive-browse.server";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer({ demoStage: "judging" });
});
afterAll(async () => app.close());

const cardOf = async () => {
  const html = (await (await app.request("/")).text()).replaceAll("<!-- -->", "");
  const start = html.indexOf("Latest winner in the archive");
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</h3>", start));
};

describe("the home page's latest winner", () => {
  it("is a real winner while the archive has one, and a demo cycle's winner, when it is the only one, says Demo", async () => {
    // The home page is cached for a minute, so it is asked for once, after the change below.
    const real = await app.db.selectFrom("archive_entries").select(["id"]).where("result", "=", "winner").where("is_demo", "=", 0).orderBy("year", "desc").executeTakeFirstOrThrow();
    expect((await latestWinner(app.db))?.id).toBe(real.id);

    const demo = await app.db.selectFrom("archive_entries").select("year").where("result", "=", "winner").where("is_demo", "=", 1).executeTakeFirstOrThrow();
    await app.db.updateTable("archive_entries").set({ result: "finalist" }).where("result", "=", "winner").where("is_demo", "=", 0).execute();
    const card = await cardOf();
    expect(card).toContain(`Latest winner in the archive: ${demo.year}`);
    expect(card).toContain('<strong class="nhsuk-tag nhsuk-tag--orange">Demo</strong>');
  });
});
