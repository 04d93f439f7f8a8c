// Every route × every kind of caller, for the page and for the route data the browser fetches
// (single fetch's `.data` URLs). The route list is read from app/routes, so a new route without an
// entry here fails this test.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALLERS, checkOutcome as check, MATRIX, type Caller, type Row } from "../helpers/authorization-matrix";
import { signInAgain, signInMatrixCallers } from "../helpers/accounts";
import { startTestServer, type TestServer } from "../helpers/server";

// A route is a file, or a folder holding route.tsx (with its sections beside it).
const routeFiles = fs
  .readdirSync(path.resolve("app/routes"))
  .filter((f) => (/\.(tsx?|jsx?)$/.test(f) && !f.includes(".test.")) || fs.existsSync(path.resolve("app/routes", f, "route.tsx")))
  .map((f) => f.replace(/\.(tsx?|jsx?)$/, ""));


let app: TestServer;
const cookies: Partial<Record<Caller, string>> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestServer();
  Object.assign(cookies, await signInMatrixCallers(app));
  const someone = await app.db.selectFrom("users").select("id").where("email_normalised", "=", "entrant@fellside.demo.test").executeTakeFirstOrThrow();
  const org = await app.db.selectFrom("organisations").select("id").orderBy("id").executeTakeFirstOrThrow();
  ids.userId = String(someone.id);
  const entry = await app.db.selectFrom("archive_entries").select(["id", "year", "slug"]).orderBy("id").executeTakeFirstOrThrow();
  ids.entryId = String(entry.id);
  ids.entryYear = String(entry.year);
  ids.entrySlug = entry.slug;
  // The demo cycle's nominations: the entrant here (Eastbrook) owns the one used.
  const cycle = await app.db.selectFrom("award_cycles").select("id").orderBy("id").executeTakeFirstOrThrow();
  ids.cycleId = String(cycle.id);
  const nomination = await app.db
    .selectFrom("nominations")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select("nominations.id")
    .where("organisations.short_name", "=", "Eastbrook")
    .orderBy("nominations.id")
    .executeTakeFirstOrThrow();
  ids.nominationId = String(nomination.id);
  ids.organisationId = String(org.id);
});
afterAll(async () => app.close());

function urlFor(row: Row) {
  return row.path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]);
}

describe("the authorization matrix", () => {
  it("has an entry for every route in app/routes", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...routeFiles].sort());
  });

  for (const [file, row] of Object.entries(MATRIX)) {
    if (row.judging) continue;
    for (const caller of CALLERS) {
      it(`${file}: GET as ${caller} answers ${row.get[caller]}`, async () => {
        const url = urlFor(row);
        await check(await app.request(url, { cookie: cookies[caller] }), row.get[caller], false);
        if (!file.startsWith("$") && file !== "healthz" && file !== "logout") {
          const dataUrl = url === "/" ? "/_root.data" : `${url}.data`;
          await check(await app.request(dataUrl, { cookie: cookies[caller] }), row.get[caller], true);
        }
      });
      if (row.post) {
        const expected = row.post[caller];
        it(`${file}: POST as ${caller} answers ${expected}`, async () => {
          // An empty form: enough to reach the permission check, never enough to change anything.
          // Signing out ends the session, so that check gets a session of its own.
          const cookie = file === "logout" && caller !== "anonymous" ? await signInAgain(app, caller) : cookies[caller];
          const res = await app.request(urlFor(row), { cookie, form: {}, headers: { Origin: app.url } });
          await check(res, expected, false);
        });
      }
    }
  }
});
