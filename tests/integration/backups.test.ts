// Backups under load: a backup taken while a judge's score sheet is saved over and over is a
// consistent copy that matches its manifest; restored into a fresh folder it has the same rows and
// an audit log that verifies; a restore refuses a database that a running server holds.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "~/models/audit.server";
import { BackupError, backupDatabase, checkBackup, holdDatabase, listBackups, pruneBackups, restoreDatabase, serverPidFile } from "~/platform/backup.server";
import { getSqliteHandle, openDatabase } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { tempDir } from "../helpers/database";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;

beforeAll(async () => {
  app = await startTestServer({ demoStage: "judging" });
}, 180_000);
afterAll(async () => app.close());

/** Saves one of the judge's draft sheets `times` times in a row, as autosave does. */
async function saveScoresRepeatedly(times: number): Promise<number> {
  const cookie = await app.login("judge.employer1@demo.test");
  const judge = await app.db.selectFrom("users").select("id").where("email_normalised", "=", "judge.employer1@demo.test").executeTakeFirstOrThrow();
  const sheet = await app.db
    .selectFrom("judging_assignments")
    .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
    .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
    .select(["judging_entries.code", "judging_assignments.cycle_id", "score_sheets.status", "score_sheets.revision"])
    .where("judging_assignments.judge_user_id", "=", judge.id)
    .where("judging_assignments.status", "=", "live")
    .where((eb) => eb.or([eb("score_sheets.status", "is", null), eb("score_sheets.status", "=", "draft")]))
    .executeTakeFirstOrThrow();
  const criteria = await app.db.selectFrom("cycle_criteria").select("id").where("cycle_id", "=", sheet.cycle_id).orderBy("position").execute();
  let revision = sheet.revision ?? 0;
  for (let i = 0; i < times; i++) {
    const form: Record<string, string> = { intent: "autosave", revision: String(revision), overall_comment: `Draft ${i}: the partnership − in its own words` };
    criteria.forEach((c, n) => (form[`score_${c.id}`] = String(1 + ((i + n) % 9))));
    const res = await app.request(`/judging/entries/${sheet.code}.data?autosave=1`, { cookie, form });
    expect(res.status).toBe(200);
    revision++;
  }
  return times;
}

describe("backups", () => {
  it("a backup taken during score saves restores into a fresh folder with the same rows and a verified audit log", async () => {
    const backupDir = path.join(app.dataDir, "backups");
    const auditBefore = (await app.db.selectFrom("audit_log").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
    const [saves, backup] = await Promise.all([saveScoresRepeatedly(15), backupDatabase(getSqliteHandle(), backupDir)]);
    expect(saves).toBe(15);
    const { dir, manifest } = backup;
    expect(manifest.tables.score_sheets).toBeGreaterThan(0);
    expect(manifest.tables.audit_log).toBeGreaterThanOrEqual(auditBefore);
    expect(manifest.auditHead).not.toBeNull();
    expect(checkBackup(dir)).toEqual(manifest);

    const target = path.join(tempDir("hpma-restore-"), "awards.db");
    restoreDatabase(dir, target);
    const restored = new SQLite(target, { readonly: true });
    for (const [table, rows] of Object.entries(manifest.tables)) expect([table, restored.prepare(`select count(*) from "${table}"`).pluck().get()]).toEqual([table, rows]);
    restored.close();
    const db = openDatabase(target);
    const verified = await verifyAuditChain(db, { key: env().AUDIT_KEY, anchorPath: path.join(path.dirname(target), "audit-anchor.log") });
    await db.destroy();
    expect(verified).toMatchObject({ ok: true, rows: manifest.tables.audit_log });
  });

  it("refuses a backup that does not match its manifest", async () => {
    const { dir, manifest } = await backupDatabase(getSqliteHandle(), path.join(app.dataDir, "backups-tampered"));
    fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ ...manifest, tables: { ...manifest.tables, users: manifest.tables.users + 1 } }));
    expect(() => restoreDatabase(dir, path.join(tempDir(), "awards.db"))).toThrow(/does not match its manifest: users/);
  });

  it("refuses to restore over a database that a running server holds", async () => {
    const { dir } = await backupDatabase(getSqliteHandle(), path.join(app.dataDir, "backups-held"));
    const target = path.join(tempDir(), "awards.db");
    // Another process that is running stands for the server: its id in the pid file holds the database.
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      fs.writeFileSync(serverPidFile(target), `${other.pid}\n`);
      expect(() => restoreDatabase(dir, target)).toThrow(BackupError);
      expect(() => restoreDatabase(dir, target)).toThrow(/is running on/);
    } finally {
      other.kill();
    }
    await new Promise((resolve) => other.once("exit", resolve));
    // A pid file left by a server that has stopped does not block a restore; the server's own is removed when it lets go.
    expect(restoreDatabase(dir, target).tables.users).toBeGreaterThan(0);
    const release = holdDatabase(target);
    expect(fs.existsSync(serverPidFile(target))).toBe(true);
    release();
    expect(fs.existsSync(serverPidFile(target))).toBe(false);
  });

  it("keeps backups for BACKUP_KEEP days, and always the newest", async () => {
    const backupDir = path.join(app.dataDir, "backups-daily");
    const day = 86_400_000;
    const start = Date.parse("2026-11-01T02:00:00Z");
    for (let d = 0; d < 4; d++) await backupDatabase(getSqliteHandle(), backupDir, new Date(start + d * day));
    expect(pruneBackups(backupDir, 2, new Date(start + 3 * day - 1000))).toHaveLength(1);
    expect(listBackups(backupDir).map((b) => b.manifest.createdAt.slice(0, 10))).toEqual(["2026-11-02", "2026-11-03", "2026-11-04"]);
    expect(pruneBackups(backupDir, 1, new Date(start + 30 * day))).toHaveLength(2);
    expect(listBackups(backupDir)).toHaveLength(1);
  });
});
