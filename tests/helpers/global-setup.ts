// Builds the template database once per test run, from the real migrations.
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../../app/platform/db.server";
import { migrateToLatest } from "../../db/migrator";

export default async function setup() {
  const file = path.resolve(__dirname, "../.tmp/template.db");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const db = openDatabase(file);
  await migrateToLatest(db);
  // Closing checkpoints the WAL, so the one file is the whole database.
  await db.destroy();
}
