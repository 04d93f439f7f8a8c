import fs from "node:fs";
import path from "node:path";
import { sql, type Kysely, type Migration } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, MigrationError, migrateToLatest } from "../../db/migrator";
import { MIGRATIONS } from "../../db/migrations/index";
import { seed } from "../../scripts/seed/index";
import { openDatabase, type DB } from "../../app/platform/db.server";
import { freshDatabase, tempDir } from "../helpers/database";

const opened: DB[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.destroy();
});

async function tableNames(db: DB): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db);
  return rows.map((r) => r.name);
}

async function counts(db: DB) {
  const tables = ["organisations", "organisation_aliases", "users", "roles", "memberships", "judge_profiles", "audit_log"] as const;
  const out: Record<string, number> = {};
  for (const t of tables) {
    const { n } = await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    out[t] = Number(n);
  }
  return out;
}

describe("the database", () => {
  it("is opened with WAL, foreign keys and a busy timeout", async () => {
    const { db } = freshDatabase();
    opened.push(db);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db);
    expect(mode.rows[0].journal_mode).toBe("wal");
    expect(fk.rows[0].foreign_keys).toBe(1);
    expect(busy.rows[0].timeout).toBeGreaterThan(0);
  });

  it("is migrated from empty to the latest schema", async () => {
    const db = openDatabase(path.join(tempDir(), "new.db"));
    opened.push(db);
    const results = await migrateToLatest(db);
    expect(results.every((r) => r.status === "Success")).toBe(true);
    expect(await tableNames(db)).toEqual(expect.arrayContaining(["users", "sessions", "audit_log", "organisations"]));
    expect(await migrateToLatest(db)).toEqual([]);
  });

  it("lists every migration file, so none is silently skipped", () => {
    const files = fs
      .readdirSync(MIGRATIONS_FOLDER)
      .filter((f) => /^\d{4}_\d{2}_\d{2}_\d{4}_.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ""));
    expect(Object.keys(MIGRATIONS).sort()).toEqual(files.sort());
  });

  it("is left exactly as it was when a migration fails", async () => {
    const broken: Migration = {
      async up(db) {
        await db.schema.createTable("half_made").addColumn("id", "integer").execute();
        await db.insertInto("users").values({ email: "x", email_normalised: "x", name: "x", created_at: "x", updated_at: "x" }).execute();
        throw new Error("deliberately broken");
      },
    };
    const { db } = freshDatabase();
    opened.push(db);
    const before = await tableNames(db);
    const withBroken = { ...MIGRATIONS, "2999_01_01_0000_second": { async up(d: Kysely<any>) { await d.schema.createTable("second_ok").addColumn("id", "integer").execute(); } }, "2999_01_01_0001_broken": broken };
    await expect(migrateToLatest(db, withBroken)).rejects.toThrow(MigrationError);
    await expect(migrateToLatest(db, withBroken)).rejects.toThrow(/2999_01_01_0001_broken failed: deliberately broken/);
    expect(await tableNames(db)).toEqual(before);
    expect(await db.selectFrom("users").selectAll().execute()).toEqual([]);
  });

  it("is seeded once: seeding again changes nothing", async () => {
    const { db } = freshDatabase();
    opened.push(db);
    await seed(db, { demo: true });
    const first = await counts(db);
    // The national register, and the 5 fictional demo organisations beside it.
    const demo = await db.selectFrom("organisations").select("id").where("is_demo", "=", 1).execute();
    expect(demo).toHaveLength(5);
    expect(first.organisations).toBeGreaterThan(370);
    expect(first.users).toBe(12);
    await seed(db, { demo: true });
    expect(await counts(db)).toEqual(first);
  });

  it("has no demo data when demo data is off", async () => {
    const { db } = freshDatabase();
    opened.push(db);
    await seed(db, { demo: false });
    expect((await counts(db)).users).toBe(0);
  });
});
