// End-to-end tests in a real Chromium against the real server, with its own database and outbox.
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumExecutable } from "./scripts/browser/find-chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
export const E2E_ORIGIN = `http://localhost:${port}`;
export const E2E_DATA_DIR = path.resolve("tests/.tmp/e2e");
// A second server whose demo cycle is in judging, for the judges' and the secretariat's judging pages
// (the first keeps its demo cycle open for nominations, for the entrants' journeys).
const judgingPort = Number(process.env.E2E_JUDGING_PORT ?? 3101);
export const E2E_JUDGING_ORIGIN = `http://localhost:${judgingPort}`;
export const E2E_JUDGING_DATA_DIR = path.resolve("tests/.tmp/e2e-judging");
// A third, for the walk from shortlist to announcement, which moves its cycle on for good.
const announcementPort = Number(process.env.E2E_ANNOUNCEMENT_PORT ?? 3102);
export const E2E_ANNOUNCEMENT_ORIGIN = `http://localhost:${announcementPort}`;
export const E2E_ANNOUNCEMENT_DATA_DIR = path.resolve("tests/.tmp/e2e-announcement");

const server = (port: number, origin: string, dataDir: string, demoStage: "open" | "judging") => ({
  command: `node -e "require('fs').rmSync('${dataDir}', { recursive: true, force: true })" && tsx server/index.ts`,
  url: `${origin}/healthz`,
  reuseExistingServer: false,
  timeout: 60_000,
  env: {
    PORT: String(port),
    APP_ORIGIN: origin,
    DATA_DIR: dataDir,
    DATABASE_PATH: path.join(dataDir, "awards.db"),
    DEMO_DATA: "1",
    DEMO_STAGE: demoStage,
    LOG_EMAIL_LINKS: "0",
    NODE_ENV: "test",
  },
});

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: E2E_ORIGIN,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: [
    server(port, E2E_ORIGIN, E2E_DATA_DIR, "open"),
    server(judgingPort, E2E_JUDGING_ORIGIN, E2E_JUDGING_DATA_DIR, "judging"),
    server(announcementPort, E2E_ANNOUNCEMENT_ORIGIN, E2E_ANNOUNCEMENT_DATA_DIR, "judging"),
  ],
});
