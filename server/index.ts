// `npm start`: checks the environment, migrates and seeds the database, then serves the built app.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { env, EnvError } from "../app/platform/env.server";
import { closeDb, getDb } from "../app/platform/db.server";
import { migrateToLatest } from "../db/migrator";
import { seed } from "../scripts/seed/index";
import { demoLogins, DEMO_PASSWORD } from "../scripts/seed/demo";
import { createAppListener } from "./http";
import { startScheduler } from "./scheduler";
import { startAuditAnchoring } from "./audit-anchoring";

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
    throw error;
  }
  const db = getDb();
  try {
    const results = await migrateToLatest(db);
    for (const r of results) console.log(`[db] migrated ${r.migrationName}`);
  } catch (error) {
    fail(`Start-up stopped: ${(error as Error).message}`);
  }
  await seed(db, { demo: config.DEMO_DATA, demoStage: config.DEMO_STAGE });

  const buildPath = path.resolve("build/index.js");
  if (!fs.existsSync(buildPath)) fail("The app has not been built: run `npm run build` (or `npm start`, which builds first).");
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
    console.log(`Database: ${path.relative(process.cwd(), config.DATABASE_PATH)}`);
    if (!config.SMTP_URL) console.log(`E-mails are written to ${path.relative(process.cwd(), config.OUTBOX_DIR)}/ (set SMTP_URL to send them)`);
    if (config.DEMO_DATA) {
      console.log(`\nDemo logins (password "${DEMO_PASSWORD}" for all):`);
      for (const login of demoLogins()) console.log(`  ${login.email.padEnd(38)} ${login.role}`);
    }
    console.log("");
  });

  // Reminders and other due jobs: once now, then every 10 minutes (cron may run them too).
  const stopScheduler = startScheduler(db);
  // The audit log's head, anchored outside the database (decision 019).
  const stopAnchoring = startAuditAnchoring(db);

  const stop = () => {
    stopScheduler();
    // Anchored now, in case closing outlasts the grace period, and again once requests have finished.
    void stopAnchoring();
    server.close(() => void stopAnchoring().then(closeDb).then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

await main();
