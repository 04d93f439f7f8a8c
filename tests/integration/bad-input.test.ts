// Every form of this issue against hostile input: empty, markup, emoji and right-to-left text, and
// fields far over their limits. Each gets a clear 4xx answer (never a 500), the markup comes back
// only as text, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvitation } from "~/models/invitations.server";
import { startTestServer, type TestServer } from "../helpers/server";

const MARKUP = `<script>alert("owned")</script><img src=x onerror=alert(1)>`;
const UNICODE = "Zoë 👩🏽‍⚕️ مرحبا שלום Ǆ \u202Eevil";
const HUGE = "x".repeat(20_000);

type Form = { name: string; path: string; fields: string[]; fixed?: Record<string, string>; as?: "admin" | "entrant" };

let app: TestServer;
let forms: Form[];
const cookies: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestServer();
  cookies.admin = await app.sessionFor("admin@demo.test");
  cookies.entrant = await app.sessionFor("entrant@harbourside.demo.test");
  const admin = await app.db.selectFrom("users").select("id").where("email_normalised", "=", "admin@demo.test").executeTakeFirstOrThrow();
  const { token } = await createInvitation(app.db, { email: "new.judge@example.org", name: "New Judge", role: "judge", side: "employer", organisationId: null }, admin.id);
  const org = await app.db.selectFrom("organisations").select("id").orderBy("id").executeTakeFirstOrThrow();
  forms = [
    { name: "sign in", path: "/login", fields: ["email", "password"] },
    { name: "register", path: "/register", fields: ["name", "email", "organisationId", "organisationName", "password"] },
    { name: "forgotten password", path: "/forgot-password", fields: ["email"] },
    { name: "accept invitation", path: `/invitations/${token}`, fields: ["name", "password"] },
    { name: "change password", path: "/account/password", fields: ["password", "newPassword"], as: "entrant" },
    { name: "add organisation", path: "/admin/organisations/new", fields: ["name", "shortName", "type", "region", "odsCode", "aliases"], as: "admin" },
    { name: "edit organisation", path: `/admin/organisations/${org.id}`, fields: ["name", "shortName", "type", "region", "odsCode", "aliases"], as: "admin" },
    { name: "invite", path: "/admin/invitations", fields: ["name", "email", "role", "side", "organisationId"], fixed: { intent: "invite" }, as: "admin" },
  ];
});
afterAll(async () => app.close());

async function snapshot() {
  const tables = ["users", "organisations", "organisation_aliases", "invitations", "roles", "memberships", "judge_profiles", "organisation_requests"] as const;
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number((await app.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  return out;
}

describe("every form, given bad input", () => {
  for (const [kind, value] of [
    ["empty", ""],
    ["markup", MARKUP],
    ["unicode and right-to-left text", UNICODE],
    ["20,000 characters", HUGE],
  ] as const) {
    it(`answers ${kind} in every field clearly, shows markup only as text, and writes nothing`, async () => {
      for (const form of forms) {
        const before = await snapshot();
        const body: Record<string, string> = { ...(form.fixed ?? {}) };
        for (const f of form.fields) body[f] = value;
        const res = await app.request(form.path, { form: body, cookie: form.as ? cookies[form.as] : undefined, headers: { Origin: app.url } });
        const html = await res.text();
        expect(res.status, `${form.name}: ${kind}`).toBeGreaterThanOrEqual(400);
        expect(res.status, `${form.name}: ${kind}`).toBeLessThan(500);
        expect(html, form.name).toContain("There is a problem");
        expect(html, form.name).not.toContain("<script>alert(");
        expect(html, form.name).not.toContain("<img src=x");
        expect(await snapshot(), `${form.name}: ${kind}`).toEqual(before);
      }
    });
  }

  it("keeps unicode exactly as typed when the form comes back", async () => {
    const res = await app.request("/register", { form: { name: UNICODE, email: "bad", organisationId: "", password: "" } });
    expect(await res.text()).toContain("Zoë 👩🏽‍⚕️ مرحبا שלום");
  });
});
