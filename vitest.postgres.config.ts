// `npm run test:postgres`: the integration suite (the authorization matrix and the leak test among
// it) and the two-instance test, on a PostgreSQL server that scripts/test-postgres.ts starts
// (decision 040). The unit tests do not touch a database server, so they run only in `npm test`.
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/integration/**/*.test.ts", "tests/postgres/**/*.test.ts"],
    // SQLite's own files, not the service on another database: its online backup and restore
    // (PostgreSQL's backups are the platform's), a full disk under its WAL, and the seeded SQLite
    // templates the test servers copy.
    exclude: ["tests/integration/backups.test.ts", "tests/integration/server-lifecycle.test.ts", "tests/integration/test-servers.test.ts"],
  },
});
