// The audit log's chain: keyed with a key kept outside the database, and its head anchored in a file
// outside it (decision 019). An edit, a removal, a truncation, an emptied log and a chain recomputed
// without the key (or with another key) are all found, by the model and by `npm run audit:verify`.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { anchorAuditHead, auditRowHash, GENESIS_HASH, recordAudit, verifyAuditChain } from "~/models/audit.server";
import type { DB } from "../../app/platform/db.server";
import { env } from "../../app/platform/env.server";
import { freshDatabase, tempDir } from "../helpers/database";

let db: DB;
let anchorPath: string;
afterEach(async () => db?.destroy());

/** A fresh log of three entries, and an anchor file of its own. */
async function threeEntries() {
  db = freshDatabase().db;
  anchorPath = path.join(tempDir(), "audit-anchor.log");
  await recordAudit(db, { actorUserId: null, action: "one" });
  await recordAudit(db, { actorUserId: null, action: "two", target: "user:1", details: { a: 1 } });
  await recordAudit(db, { actorUserId: null, action: "three" });
  return db.selectFrom("audit_log").selectAll().orderBy("id").execute();
}

const verify = () => verifyAuditChain(db, { anchorPath });

/** Rewrites every hash from the start, as someone with write access to the database could: keyed with `key`, or plain SHA-256. */
async function recomputeChain(key: string | null) {
  const rows = await db.selectFrom("audit_log").selectAll().orderBy("id").execute();
  let prev = GENESIS_HASH;
  for (const row of rows) {
    const hash = auditRowHash(prev, row, key);
    await db.updateTable("audit_log").set({ prev_hash: prev, hash }).where("id", "=", row.id).execute();
    prev = hash;
  }
}

describe("the audit log", () => {
  it("chains each entry to the one before, and a clean anchored log passes", async () => {
    const rows = await threeEntries();
    expect(rows[1].prev_hash).toBe(rows[0].hash);
    expect(rows[2].prev_hash).toBe(rows[1].hash);
    await anchorAuditHead(db, { anchorPath });
    expect(fs.readFileSync(anchorPath, "utf8")).toMatch(new RegExp(`^boundary 1 .*\\nhead ${rows[2].id} ${rows[2].hash} `));
    expect(await verify()).toEqual({ ok: true, rows: 3, anchored: true });
  });

  it("keys the chain: the hashes are not the plain SHA-256 anyone could recompute", async () => {
    const rows = await threeEntries();
    expect(rows[0].hash).toBe(auditRowHash(GENESIS_HASH, rows[0], env().AUDIT_KEY));
    expect(rows[0].hash).not.toBe(auditRowHash(GENESIS_HASH, rows[0], null));
  });

  it("detects an edited entry", async () => {
    const rows = await threeEntries();
    await db.updateTable("audit_log").set({ details: '{"a":2}' }).where("id", "=", rows[1].id).execute();
    expect(await verify()).toMatchObject({ ok: false, firstBadId: rows[1].id });
  });

  it("detects a removed entry", async () => {
    const rows = await threeEntries();
    await db.deleteFrom("audit_log").where("id", "=", rows[1].id).execute();
    expect(await verify()).toMatchObject({ ok: false, firstBadId: rows[2].id });
  });

  it("detects the last entries removed, once the head was anchored", async () => {
    const rows = await threeEntries();
    await anchorAuditHead(db, { anchorPath });
    await db.deleteFrom("audit_log").where("id", ">=", rows[1].id).execute();
    expect(await verify()).toMatchObject({ ok: false, firstBadId: rows[2].id, problem: expect.stringContaining("no longer in the log") });
  });

  it("detects an emptied log", async () => {
    await threeEntries();
    await anchorAuditHead(db, { anchorPath });
    await db.deleteFrom("audit_log").execute();
    expect(await verify()).toMatchObject({ ok: false, rows: 0 });
  });

  it("detects an edit with the chain recomputed as plain SHA-256", async () => {
    const rows = await threeEntries();
    await db.updateTable("audit_log").set({ action: "nothing to see" }).where("id", "=", rows[1].id).execute();
    await recomputeChain(null);
    expect(await verify()).toMatchObject({ ok: false, firstBadId: rows[0].id });
  });

  it("detects an edit with the chain recomputed with another key", async () => {
    const rows = await threeEntries();
    await db.updateTable("audit_log").set({ action: "nothing to see" }).where("id", "=", rows[1].id).execute();
    await recomputeChain("a-key-that-is-not-the-service-key-0123456789");
    expect(await verify()).toMatchObject({ ok: false, firstBadId: rows[0].id });
  });

  it("detects an anchored entry rewritten even with the right key", async () => {
    const rows = await threeEntries();
    await anchorAuditHead(db, { anchorPath });
    await db.updateTable("audit_log").set({ action: "nothing to see" }).where("id", "=", rows[1].id).execute();
    await recomputeChain(env().AUDIT_KEY);
    expect(await verify()).toMatchObject({ ok: false, firstBadId: rows[2].id, problem: expect.stringContaining("anchored") });
  });

  it("checks entries from before the key as they were written, and they cannot be rewritten after a keyed one", async () => {
    db = freshDatabase().db;
    anchorPath = path.join(tempDir(), "audit-anchor.log");
    // Two entries written before the key existed (plain SHA-256), as an upgraded install has.
    let prev = GENESIS_HASH;
    for (const action of ["old.one", "old.two"]) {
      const row = { actor_user_id: null, action, target: null, details: "{}", created_at: new Date().toISOString() };
      const hash = auditRowHash(prev, row, null);
      await db.insertInto("audit_log").values({ ...row, prev_hash: prev, hash }).execute();
      prev = hash;
    }
    await db.updateTable("audit_chain").set({ keyed_from_id: 3 }).execute();
    await recordAudit(db, { actorUserId: null, action: "new.keyed" });
    await anchorAuditHead(db, { anchorPath });
    expect(await verify()).toEqual({ ok: true, rows: 3, anchored: true });

    // Moving the boundary (to pass off the keyed entry as an unkeyed one) is found.
    await db.updateTable("audit_chain").set({ keyed_from_id: 4 }).execute();
    expect(await verify()).toMatchObject({ ok: false, problem: expect.stringContaining("boundary was moved") });
    await db.updateTable("audit_chain").set({ keyed_from_id: 3 }).execute();

    // An old entry edited and the old part recomputed: the first keyed entry no longer follows.
    await db.updateTable("audit_log").set({ action: "old.edited" }).where("id", "=", 1).execute();
    const [one, two] = await db.selectFrom("audit_log").selectAll().where("id", "<", 3).orderBy("id").execute();
    const h1 = auditRowHash(GENESIS_HASH, one, null);
    await db.updateTable("audit_log").set({ hash: h1 }).where("id", "=", 1).execute();
    await db.updateTable("audit_log").set({ prev_hash: h1, hash: auditRowHash(h1, two, null) }).where("id", "=", 2).execute();
    expect(await verify()).toMatchObject({ ok: false, firstBadId: 3 });
  });

  it("keeps the chain whole when entries are written at the same time", async () => {
    db = freshDatabase().db;
    anchorPath = path.join(tempDir(), "audit-anchor.log");
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordAudit(db, { actorUserId: null, action: `parallel.${i}` })));
    expect(await verify()).toEqual({ ok: true, rows: 20, anchored: false });
  });
});

describe("npm run audit:verify", () => {
  it("passes on a clean log and fails, exit code 1, once the last entries are removed", async () => {
    const dir = tempDir();
    const file = path.join(dir, "awards.db");
    fs.copyFileSync(path.resolve(__dirname, "../.tmp/template.db"), file);
    const key = "a-key-for-this-test-only-0123456789abcdef";
    const run = (extra: Record<string, string> = {}) =>
      promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/audit-verify.ts"], {
        env: { ...process.env, NODE_ENV: "test", DATABASE_PATH: file, DATA_DIR: dir, AUDIT_KEY: key, ...extra },
      }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stderr: string }) => ({ code: e.code, out: e.stderr }),
      );
    const { openDatabase } = await import("../../app/platform/db.server");
    db = openDatabase(file);
    const rows: { id: number; hash: string }[] = [];
    let prev = GENESIS_HASH;
    for (const action of ["one", "two", "three"]) {
      const row = { actor_user_id: null, action, target: null, details: "{}", created_at: new Date().toISOString() };
      const hash = auditRowHash(prev, row, key);
      const { id } = await db.insertInto("audit_log").values({ ...row, prev_hash: prev, hash }).returning("id").executeTakeFirstOrThrow();
      rows.push({ id, hash });
      prev = hash;
    }
    await anchorAuditHead(db, { anchorPath: path.join(dir, "audit-anchor.log") });

    const clean = await run();
    expect(clean).toMatchObject({ code: 0, out: expect.stringContaining("intact: 3 entries") });
    await db.deleteFrom("audit_log").where("id", "=", rows[2].id).execute();
    const truncated = await run();
    expect(truncated.code).toBe(1);
    expect(truncated.out).toContain("no longer in the log");
  }, 180_000);
});
