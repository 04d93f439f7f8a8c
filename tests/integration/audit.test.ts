import { afterEach, describe, expect, it } from "vitest";
import { recordAudit, verifyAuditChain } from "~/models/audit.server";
import type { DB } from "~/utils/db.server";
import { freshDatabase } from "../helpers/database";

let db: DB;
afterEach(async () => db?.destroy());

async function threeEntries() {
  db = freshDatabase().db;
  await recordAudit(db, { actorUserId: null, action: "one" });
  await recordAudit(db, { actorUserId: null, action: "two", target: "user:1", details: { a: 1 } });
  await recordAudit(db, { actorUserId: null, action: "three" });
  return db.selectFrom("audit_log").selectAll().orderBy("id").execute();
}

describe("the audit log", () => {
  it("chains each entry to the one before", async () => {
    const rows = await threeEntries();
    expect(rows[1].prev_hash).toBe(rows[0].hash);
    expect(rows[2].prev_hash).toBe(rows[1].hash);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, rows: 3 });
  });

  it("detects an edited entry", async () => {
    const rows = await threeEntries();
    await db.updateTable("audit_log").set({ details: '{"a":2}' }).where("id", "=", rows[1].id).execute();
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBadId: rows[1].id });
  });

  it("detects a removed entry", async () => {
    const rows = await threeEntries();
    await db.deleteFrom("audit_log").where("id", "=", rows[1].id).execute();
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBadId: rows[2].id });
  });

  it("keeps the chain whole when entries are written at the same time", async () => {
    db = freshDatabase().db;
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordAudit(db, { actorUserId: null, action: `parallel.${i}` })));
    expect(await verifyAuditChain(db)).toEqual({ ok: true, rows: 20 });
  });
});
