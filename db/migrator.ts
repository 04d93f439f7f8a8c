// Runs the migrations in db/migrations with Kysely's Migrator, all pending ones in one transaction.
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FileMigrationProvider, Migrator, type Kysely, type MigrationResult } from "kysely";

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
  migrationFolder: string = MIGRATIONS_FOLDER,
): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: new FileMigrationProvider({ fs, path, migrationFolder }) });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === "Error")?.migrationName ?? "(unknown)";
    const cause = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      `Migration ${failed} failed: ${cause}. No migration of this run was applied.`,
      results,
    );
  }
  return results;
}
