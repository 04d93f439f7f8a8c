// Every route × every kind of caller, for the page and for the route data the browser fetches
// (single fetch's `.data` URLs). The route list is read from app/routes, so a new route without an
// entry here fails this test.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

type Caller = "anonymous" | "entrant" | "judge" | "admin";
const CALLERS: Caller[] = ["anonymous", "entrant", "judge", "admin"];
/** A status, or "ok": any answer that is not a refusal (no 401/403/404/5xx, no bounce to sign in). */
type Outcome = number | "ok";
type Row = { path: string; get: Record<Caller, Outcome>; post?: Record<Caller, Outcome> };

const everyone = (s: Outcome): Record<Caller, Outcome> => ({ anonymous: s, entrant: s, judge: s, admin: s });
const signedIn = (s: Outcome): Record<Caller, Outcome> => ({ anonymous: 302, entrant: s, judge: s, admin: s });
const signedOut = (s: Outcome): Record<Caller, Outcome> => ({ anonymous: s, entrant: 302, judge: 302, admin: 302 });
const only = (role: Exclude<Caller, "anonymous">, s: Outcome = 200): Record<Caller, Outcome> => ({
  anonymous: 302,
  entrant: role === "entrant" ? s : 403,
  judge: role === "judge" ? s : 403,
  admin: role === "admin" ? s : 403,
});

const MATRIX: Record<string, Row> = {
  _index: { path: "/", get: everyone(200) },
  $: { path: "/no-such-page", get: everyone(404), post: everyone(404) },
  healthz: { path: "/healthz", get: everyone(200) },
  login: { path: "/login", get: signedOut(200), post: everyone("ok") },
  logout: { path: "/logout", get: everyone(302), post: everyone(302) },
  register: { path: "/register", get: signedOut(200), post: signedOut("ok") },
  "confirm-email.$token": { path: "/confirm-email/not-a-real-token", get: everyone(200), post: everyone(200) },
  "forgot-password": { path: "/forgot-password", get: everyone(200), post: everyone("ok") },
  "reset-password.$token": { path: "/reset-password/not-a-real-token", get: everyone(200), post: everyone(200) },
  "invitations.$token": { path: "/invitations/not-a-real-token", get: everyone(200), post: everyone(200) },
  "account._index": { path: "/account", get: signedIn(200) },
  "account.password": { path: "/account/password", get: signedIn(200), post: signedIn("ok") },
  "nominations._index": { path: "/nominations", get: only("entrant"), post: only("entrant", "ok") },
  "judging._index": { path: "/judging", get: only("judge") },
  "admin._index": { path: "/admin", get: only("admin") },
  "admin.users._index": { path: "/admin/users", get: only("admin") },
  "admin.users.$userId": { path: "/admin/users/{userId}", get: only("admin"), post: only("admin", "ok") },
  "admin.organisations._index": { path: "/admin/organisations", get: only("admin") },
  "admin.organisations.new": { path: "/admin/organisations/new", get: only("admin"), post: only("admin", "ok") },
  "admin.organisations.$organisationId": { path: "/admin/organisations/{organisationId}", get: only("admin"), post: only("admin", "ok") },
  "admin.invitations": { path: "/admin/invitations", get: only("admin"), post: only("admin", "ok") },
  "admin.organisation-requests": { path: "/admin/organisation-requests", get: only("admin"), post: only("admin", "ok") },
  "admin.audit": { path: "/admin/audit", get: only("admin") },
  "winners._index": { path: "/winners", get: everyone(200) },
  "winners.$year._index": { path: "/winners/2018", get: everyone(200) },
  "winners.$year.$slug": { path: "/winners/{entryYear}/{entrySlug}", get: everyone(200) },
  "winners[.]atom": { path: "/winners.atom", get: everyone(200) },
  "winners[.]json": { path: "/winners.json", get: everyone(200) },
  "winners[.]csv": { path: "/winners.csv", get: everyone(200) },
  "sitemap[.]xml": { path: "/sitemap.xml", get: everyone(200) },
  "robots[.]txt": { path: "/robots.txt", get: everyone(200) },
  "admin.archive._index": { path: "/admin/archive", get: only("admin") },
  "admin.archive.import": { path: "/admin/archive/import", get: only("admin"), post: only("admin", "ok") },
  "admin.archive.years.$year": { path: "/admin/archive/years/2022", get: only("admin"), post: only("admin", "ok") },
  "admin.archive.entries.new": { path: "/admin/archive/entries/new", get: only("admin"), post: only("admin", "ok") },
  "admin.archive.entries.$entryId": { path: "/admin/archive/entries/{entryId}", get: only("admin"), post: only("admin", "ok") },
  "admin.archive.entries.$entryId_.versions": { path: "/admin/archive/entries/{entryId}/versions", get: only("admin") },
  "admin.cycles._index": { path: "/admin/cycles", get: only("admin"), post: only("admin", "ok") },
  "admin.cycles.$cycleId": { path: "/admin/cycles/{cycleId}", get: only("admin"), post: only("admin", "ok") },
  "admin.cycles.$cycleId_.nominations": { path: "/admin/cycles/{cycleId}/nominations", get: only("admin") },
  "admin.cycles.$cycleId_.nominations[.]csv": { path: "/admin/cycles/{cycleId}/nominations.csv", get: only("admin") },
  "admin.nominations.$nominationId": { path: "/admin/nominations/{nominationId}", get: only("admin"), post: only("admin", "ok") },
  "nominations.$nominationId": { path: "/nominations/{nominationId}", get: only("entrant"), post: only("entrant", "ok") },
  "nominations.$nominationId_.submit": { path: "/nominations/{nominationId}/submit", get: only("entrant"), post: only("entrant", "ok") },
  "nominations.$nominationId_.receipt": { path: "/nominations/{nominationId}/receipt", get: only("entrant", "ok"), post: only("entrant", "ok") },
  "nominations.$nominationId_.withdraw": { path: "/nominations/{nominationId}/withdraw", get: only("entrant"), post: only("entrant", "ok") },
  "endorse.$token": { path: "/endorse/not-a-real-token", get: everyone(200), post: everyone(200) },
};

const routeFiles = fs
  .readdirSync(path.resolve("app/routes"))
  .filter((f) => /\.(tsx?|jsx?)$/.test(f) && !f.includes(".test."))
  .map((f) => f.replace(/\.(tsx?|jsx?)$/, ""));

const EMAILS: Record<Exclude<Caller, "anonymous">, string> = {
  entrant: "entrant@eastbrook.demo.test",
  judge: "judge.employer2@demo.test",
  admin: "admin@demo.test",
};

let app: TestServer;
const cookies: Partial<Record<Caller, string>> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestServer();
  for (const [caller, email] of Object.entries(EMAILS)) cookies[caller as Caller] = await app.login(email);
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

async function check(res: Response, expected: Outcome, isData: boolean) {
  const location = res.headers.get("location") ?? "";
  if (expected === "ok") {
    expect(res.status, `answered ${res.status} ${location}`).toBeLessThan(500);
    expect([401, 403, 404]).not.toContain(res.status);
    expect(location.startsWith("/login?")).toBe(false);
    return;
  }
  // Single fetch answers a redirect to a data request with 202 and the redirect in the body.
  expect(res.status).toBe(isData && expected === 302 ? 202 : expected);
}

describe("the authorization matrix", () => {
  it("has an entry for every route in app/routes", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...routeFiles].sort());
  });

  for (const [file, row] of Object.entries(MATRIX)) {
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
          const cookie = file === "logout" && caller !== "anonymous" ? await app.login(EMAILS[caller]) : cookies[caller];
          const res = await app.request(urlFor(row), { cookie, form: {}, headers: { Origin: app.url } });
          await check(res, expected, false);
        });
      }
    }
  }
});
