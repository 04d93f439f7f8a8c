// Runs the migrations listed in db/migrations/index.ts with Kysely's Migrator, all pending ones in
// one transaction, so that a failure leaves the database as it was.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Migrator, type Kysely, type Migration, type MigrationResult } from "kysely";
import { MIGRATIONS } from "./migrations/index";

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly results: MigrationResult[],
  ) {
    super(message);
  }
}

export async function migrateToLatest(
  db: Kysely<any>,
  migrations: Record<string, Migration> = MIGRATIONS,
): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === "Error")?.migrationName ?? "(unknown)";
    const cause = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${failed} failed: ${cause}. No migration of this run was applied.`, results);
  }
  return results;
}
