// A real SQLite file built once from the migrations (global setup) and copied for each test.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type DB } from "../../app/platform/db.server";

export const TEMPLATE_DB = path.resolve(__dirname, "../.tmp/template.db");

export function tempDir(prefix = "hpma-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A fresh copy of the migrated template; returns its path. */
export function freshDatabaseFile(dir: string = tempDir()): string {
  const file = path.join(dir, "awards.db");
  fs.copyFileSync(TEMPLATE_DB, file);
  return file;
}

export function freshDatabase(): { db: DB; file: string } {
  const file = freshDatabaseFile();
  return { db: openDatabase(file), file };
}
