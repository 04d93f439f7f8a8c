// `npm run test:postgres [vitest arguments]`: starts a throwaway PostgreSQL server (Debian's or any
// on the PATH; scripts/postgres/throwaway-server.ts) in a temporary folder on a free port, runs the
// integration suite and the two-instance test on it (vitest.postgres.config.ts), then stops it and
// removes the folder. Decision 040.
import { spawnSync } from "node:child_process";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./postgres/throwaway-server";

let server: ThrowawayPostgres;
try {
  server = await startThrowawayPostgres();
} catch (error) {
  console.error(`${(error as Error).message}; fix that and run again.`);
  process.exit(1);
}
let status = 1;
try {
  console.log(`PostgreSQL (${server.version}) at ${server.url}`);
  const result = spawnSync("npx", ["vitest", "run", "--config", "vitest.postgres.config.ts", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, TEST_POSTGRES_URL: server.url },
  });
  status = result.status ?? 1;
} finally {
  server.stop();
}
process.exit(status);
