// `npm start`: checks the environment, migrates and seeds the database, then serves the built app.
// It stops cleanly on SIGTERM or SIGINT (requests in flight are answered, the WAL is checkpointed,
// exit 0), says in one sentence why it cannot start, and keeps serving when its log cannot be written.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { env, EnvError } from "../app/platform/env.server";
import { checkpointDb, closeDb, getDb } from "../app/platform/db.server";
import { databaseHolder, holdDatabase } from "../app/platform/backup.server";
import { migrateToLatest } from "../db/migrator";
import { seed } from "../scripts/seed/index";
import { demoLogins, DEMO_PASSWORD } from "../app/domain/demo-accounts";
import { createAppListener } from "./http";
import { startScheduler } from "./scheduler";
import { startAuditAnchoring } from "./audit-anchoring";
import { startupProblem } from "./startup-problem";

/** How long a stop waits for requests in flight before it cuts the connections that are left. */
export const DRAIN_MS = 10_000;

// A log that cannot be written (a full disk, a closed pipe) must not stop the service.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

async function main() {
  let config;
  try {
    config = env();
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    fail(startupProblem(error, process.env.DATA_DIR ?? "./data"));
  }
  // The SQLite file is held by one server at a time; PostgreSQL is shared by as many as run.
  const postgres = Boolean(config.DATABASE_URL);
  const holder = postgres ? null : databaseHolder(config.DATABASE_PATH);
  if (holder !== null) fail(`Start-up stopped: another server (process ${holder}) is already running on ${config.DATABASE_PATH}.`);
  let db;
  try {
    db = getDb();
    const results = await migrateToLatest(db);
    for (const r of results) console.log(`[db] migrated ${r.migrationName}`);
    await seed(db, { demo: config.DEMO_DATA, demoStage: config.DEMO_STAGE });
  } catch (error) {
    fail(postgres ? `Start-up stopped: the PostgreSQL database at DATABASE_URL could not be used: ${(error as Error).message}` : startupProblem(error, config.DATABASE_PATH));
  }
  const releaseDatabase = postgres ? () => {} : holdDatabase(config.DATABASE_PATH);

  const buildPath = path.resolve("build/index.js");
  if (!fs.existsSync(buildPath)) fail("The app has not been built: run `npm run build` (or `npm start`, which builds first).");
  // React picks its production or development build from NODE_ENV when it is first imported, here.
  // The app's own mode (config.isProduction: secrets required, no demo data) was read above and is
  // not changed; React's development build only costs time, as nothing here renders in development.
  if (!process.env.NODE_ENV) process.env.NODE_ENV = "production";
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;

  const server = http.createServer(
    createAppListener({
      build,
      publicDir: path.resolve("public"),
      appOrigin: config.APP_ORIGIN,
      trustProxy: config.TRUST_PROXY,
      production: config.isProduction,
    }),
  );
  server.listen(config.PORT, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.PORT;
    console.log(`\nHPMA Partnership Award is running at http://localhost:${port}`);
    console.log(`Database: ${postgres ? "PostgreSQL (DATABASE_URL)" : path.relative(process.cwd(), config.DATABASE_PATH)}`);
    if (!config.SMTP_URL) console.log(`E-mails are written to ${path.relative(process.cwd(), config.OUTBOX_DIR)}/ (set SMTP_URL to send them)`);
    if (config.DEMO_DATA) {
      console.log(`\nDemo logins (password "${DEMO_PASSWORD}" for all):`);
      for (const login of demoLogins()) console.log(`  ${login.email.padEnd(38)} ${login.role}`);
    }
    console.log("");
  });

  // Reminders, the daily backup and other due jobs (cron may run the jobs too).
  const stopScheduler = startScheduler(db);
  // The audit log's head, anchored outside the database (decision 019).
  const stopAnchoring = startAuditAnchoring(db);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[server] ${signal}: finishing the requests in flight, then stopping`);
    // Jobs in progress finish (stopScheduler waits for them); no new ones start.
    const jobsDone = stopScheduler();
    // New connections are refused; idle keep-alive ones are closed; requests in flight are answered.
    server.close(() => void finish());
    server.closeIdleConnections();
    setTimeout(() => {
      console.error(`[server] requests still open after ${DRAIN_MS / 1000} s are cut`);
      server.closeAllConnections();
    }, DRAIN_MS).unref();
    let finished = false;
    const finish = async () => {
      if (finished) return;
      finished = true;
      let code = 0;
      try {
        await jobsDone;
        await stopAnchoring();
        checkpointDb();
        await closeDb();
        console.log("[server] stopped: every write is in the database file");
      } catch (error) {
        console.error(`[server] stopping: ${(error as Error).message}`);
        code = 1;
      } finally {
        releaseDatabase();
      }
      process.exit(code);
    };
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

await main();
