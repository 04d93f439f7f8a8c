// Once per test run: the migrated template database (copied by freshDatabase()), then the seeded data
// folders the test servers copy (tests/helpers/seeded-data.ts), so no test server seeds on its own.
// At the end, the run fails if any test wrote to ./data, where a developer's own install lives.
import fs from "node:fs";
import path from "node:path";
import { closeDb, getDb, openDatabase } from "../../app/platform/db.server";
import { makeFolder } from "../../app/platform/folders.server";
import { resetEnv } from "../../app/platform/env.server";
import { migrateToLatest } from "../../db/migrator";
import { seed } from "../../scripts/seed/index";
import { TEMPLATE_DB } from "./database";
import { SEEDED_VARIANTS, seededDataDir } from "./seeded-data";
import { createEmptyDatabase, templateName, testPostgresUrl } from "./postgres";

/** Every file under ./data with its size and time of change, to tell whether a test wrote there. */
function listing(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const stat = fs.statSync(file);
      return `${path.relative(dir, file)} ${stat.size} ${stat.mtimeMs}`;
    })
    .sort();
}

export default async function setup() {
  const developersData = path.resolve("data");
  const before = listing(developersData);
  makeFolder(path.dirname(TEMPLATE_DB));
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(TEMPLATE_DB + suffix, { force: true });
  const template = openDatabase(TEMPLATE_DB);
  await migrateToLatest(template);
  // Closing checkpoints the WAL, so the one file is the whole database.
  await template.destroy();

  const saved = { ...process.env };
  try {
    for (const variant of SEEDED_VARIANTS) {
      const dataDir = seededDataDir(variant);
      fs.rmSync(dataDir, { recursive: true, force: true });
      makeFolder(dataDir);
      const file = path.join(dataDir, "awards.db");
      fs.copyFileSync(TEMPLATE_DB, file);
      // Seeded as startTestServer used to seed, so the audit chain and tokens are made with this folder's secrets.
      Object.assign(process.env, { NODE_ENV: "test", DATABASE_PATH: file, DATA_DIR: dataDir, DEMO_DATA: variant.demo ? "1" : "0", LOG_EMAIL_LINKS: "0" });
      // On PostgreSQL (tests/helpers/postgres.ts) the variant is seeded into a template database.
      const postgres = testPostgresUrl();
      if (postgres) process.env.DATABASE_URL = await createEmptyDatabase(postgres, templateName(variant));
      else delete process.env.DATABASE_URL;
      delete process.env.SMTP_URL;
      delete process.env.APP_ORIGIN;
      resetEnv();
      if (postgres) await migrateToLatest(getDb());
      await seed(getDb(), variant);
      await closeDb();
    }
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
    resetEnv();
  }

  return function teardown() {
    const after = listing(developersData);
    const written = after.filter((line) => !before.includes(line));
    if (written.length === 0) return;
    // Vitest reports an error thrown here but still exits 0, so the exit code is set as well.
    console.error(`\nTests wrote to ./data (give them a data folder of their own): ${written.join(", ")}\n`);
    process.exitCode = 1;
  };
}
