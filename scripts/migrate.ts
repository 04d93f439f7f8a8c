// `npm run db:migrate`: applies any pending migrations to DATABASE_PATH (npm start does this too).
import { closeDb, getDb } from "../app/platform/db.server";
import { env } from "../app/platform/env.server";
import { migrateToLatest } from "../db/migrator";

try {
  const results = await migrateToLatest(getDb());
  console.log(results.length ? results.map((r) => `migrated ${r.migrationName}`).join("\n") : `${env().DATABASE_PATH} is up to date`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await closeDb();
}
