// What keeps the suite quick and tidy (decision 027): test servers start from a data folder seeded once
// per run, the demo password is hashed once per seed at full strength, tests that are not about
// signing in get their sessions directly, and nothing is written to ./data.
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "~/platform/crypto.server";
import { DEMO_PASSWORD } from "~/domain/demo-accounts";
import { seededDataDir } from "../helpers/seeded-data";
import { startTestServer, type TestServer } from "../helpers/server";

// As tests/helpers/test-environment.ts left them for this file, before the server below replaces them.
const configured = { dataDir: process.env.DATA_DIR, databasePath: process.env.DATABASE_PATH };

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(async () => app.close());

/** The demo accounts' password hashes in a database file, read without changing it. */
function demoPasswordHashes(file: string): string[] {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    const rows = sqlite.prepare("select password_hash from users where is_demo = 1 order by id").all() as { password_hash: string }[];
    return rows.map((r) => r.password_hash);
  } finally {
    sqlite.close();
  }
}

describe("the test servers", () => {
  it("start from a copy of the data folder seeded once per run, not by seeding again", async () => {
    const seeded = demoPasswordHashes(path.join(seededDataDir({ demo: true, demoStage: "open" }), "awards.db"));
    const users = await app.db.selectFrom("users").select("password_hash").where("is_demo", "=", 1).orderBy("id").execute();
    expect(seeded.length).toBe(12);
    // A fresh seed would have hashed with a fresh random salt.
    expect(users.map((u) => u.password_hash)).toEqual(seeded);
  });

  it("have demo accounts that share one hash of the demo password, made with the real scrypt parameters", async () => {
    const hashes = new Set(demoPasswordHashes(path.join(app.dataDir, "awards.db")));
    expect(hashes.size).toBe(1);
    const [hash] = [...hashes];
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword(DEMO_PASSWORD, hash)).toBe(true);
    expect(await verifyPassword("not the demo password", hash)).toBe(false);
  });

  it("give a test a signed-in session without the form, and refuse one the form would refuse", async () => {
    const cookie = await app.sessionFor("entrant@eastbrook.demo.test");
    const account = await app.request("/account", { cookie });
    expect(account.status).toBe(200);
    expect(await account.text()).toContain("entrant@eastbrook.demo.test");

    await app.db.updateTable("users").set({ active: 0 }).where("email_normalised", "=", "entrant@fellside.demo.test").execute();
    await expect(app.sessionFor("entrant@fellside.demo.test")).rejects.toThrow(/cannot sign in/);
    await expect(app.sessionFor("nobody@example.org")).rejects.toThrow(/cannot sign in/);
  });

  it("keep each test file's configuration out of ./data, in a data folder of its own", () => {
    const data = path.resolve("data");
    expect(configured.dataDir).toBeDefined();
    expect(path.basename(configured.dataDir!)).toMatch(/^hpma-data-/);
    expect(path.resolve(configured.dataDir!)).not.toBe(data);
    expect(configured.databasePath).toBe(path.join(configured.dataDir!, "awards.db"));
  });
});
