// A search's matches are counted only as far as the page says: beyond 1,000, "more than 1,000".
import { afterAll, beforeAll, expect, it } from "vitest";
import { indexArchiveEntry, searchArchiveWithTotal } from "~/models/archive-search.server";
import { MOST_SEARCH_MATCHES_COUNTED } from "~/domain/search-query";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(async () => app.close());

it("counts a search's matches up to 1,000 and says when there are more", async () => {
  // Index rows alone (no entries behind them) are enough to count.
  await app.db.transaction().execute(async (trx) => {
    for (let i = 0; i < MOST_SEARCH_MATCHES_COUNTED + 50; i++) {
      await indexArchiveEntry(trx, { id: 9_000_000 + i, organisation_name: `Wombat Trust ${i}`, title: "Wombatcount rota", summary: "" });
    }
  });
  expect((await searchArchiveWithTotal(app.db, "wombatcount 9")).total).toBe(1);
  expect((await searchArchiveWithTotal(app.db, "wombatcount")).total).toBe(MOST_SEARCH_MATCHES_COUNTED + 1);
  const page = (await (await app.request("/winners?q=wombatcount")).text()).replaceAll("<!-- -->", "");
  expect(page).toContain("More than 1,000 results for “wombatcount”");
});
