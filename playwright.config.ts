// End-to-end tests in a real Chromium against the real server, with its own database and outbox.
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumExecutable } from "./tests/e2e/browser";

const port = Number(process.env.E2E_PORT ?? 3100);
export const E2E_ORIGIN = `http://localhost:${port}`;
export const E2E_DATA_DIR = path.resolve("tests/.tmp/e2e");

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
  webServer: {
    command: `node -e "require('fs').rmSync('${E2E_DATA_DIR}', { recursive: true, force: true })" && tsx server/index.ts`,
    url: `${E2E_ORIGIN}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      APP_ORIGIN: E2E_ORIGIN,
      DATA_DIR: E2E_DATA_DIR,
      DATABASE_PATH: path.join(E2E_DATA_DIR, "awards.db"),
      DEMO_DATA: "1",
      LOG_EMAIL_LINKS: "0",
      NODE_ENV: "test",
    },
  },
});
