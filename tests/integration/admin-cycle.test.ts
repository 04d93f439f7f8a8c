// requireAdminCycle, the one start of every secretariat route of one award cycle: asked directly
// with real Requests against a server's database, for each kind of caller and each kind of :cycleId.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCycle } from "~/models/cycles.server";
import { grantRole } from "~/models/users.server";
import { createUserSession } from "~/request/auth.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let cycleId: number;
let adminCookie: string;
let entrantCookie: string;

async function userWithSession(email: string, role: "admin" | "entrant"): Promise<string> {
  const now = new Date().toISOString();
  const { id } = await app.db
    .insertInto("users")
    .values({ email, email_normalised: email, name: role, password_hash: "not used", created_at: now, updated_at: now, email_verified_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  await grantRole(app.db, { userId: id, role, grantedBy: null });
  return (await createUserSession(id)).split(";")[0]!;
}

/** What requireAdminCycle throws (a Response), or what it returns. */
async function ask(cookie: string | null, id: string | undefined) {
  const request = new Request(`${app.url}/admin/cycles/${id}`, { headers: cookie ? { Cookie: cookie } : {} });
  try {
    return await requireAdminCycle(request, { cycleId: id });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

beforeAll(async () => {
  app = await startTestServer({ demo: false });
  const dates = { nominations_open_at: null, nominations_close_at: null, judging_open_at: null, judging_close_at: null, shortlist_at: null, final_judging_at: null, announcement_at: null };
  cycleId = await createCycle(app.db, { year: 2031, dates }, null);
  adminCookie = await userWithSession("admin@cycle.example", "admin");
  entrantCookie = await userWithSession("entrant@cycle.example", "entrant");
});
afterAll(async () => app.close());

describe("the start of a secretariat route of one cycle", () => {
  it("gives an admin the cycle named by :cycleId, with the admin and the database", async () => {
    const found = await ask(adminCookie, String(cycleId));
    expect(found).not.toBeInstanceOf(Response);
    expect(found).toMatchObject({ cycleId, cycle: { id: cycleId, year: 2031 }, admin: { email: "admin@cycle.example" } });
  });

  it("sends a visitor to sign in, and refuses anyone but an admin", async () => {
    const visitor = (await ask(null, String(cycleId))) as Response;
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    expect(((await ask(entrantCookie, String(cycleId))) as Response).status).toBe(403);
  });

  it("answers 404 for a cycle that does not exist and for an id that is not a number", async () => {
    for (const id of [String(cycleId + 1000), "abc", "1.5", undefined]) {
      expect(((await ask(adminCookie, id)) as Response).status, `cycle id ${id}`).toBe(404);
    }
  });
});
