// Run first by `npm test`: makes sure there is a Chromium for the e2e tests, getting one if there is
// none (scripts/browser/ensure-chromium.ts decides how), or stops with one sentence.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import { findChromium } from "./browser/find-chromium";
import { ensureChromium } from "./browser/ensure-chromium";

const require = createRequire(import.meta.url);
const TEN_MINUTES = 10 * 60 * 1000;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"], env, timeout: TEN_MINUTES });
  return result.status === 0;
}

const outcome = ensureChromium({
  find: () => findChromium()?.path,
  downloadPlaywrightChromium: () => run(process.execPath, [require.resolve("@playwright/test/cli"), "install", "chromium"]),
  canInstallPackages: () => process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get"),
  installDistributionChromium: () => {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    return run("apt-get", ["update", "-qq"], env) && run("apt-get", ["install", "-y", "-qq", "chromium"], env);
  },
  log: (line) => console.log(line),
});

if (!outcome.ok) {
  console.error(`\n${outcome.message}\n`);
  process.exit(1);
}
if (outcome.how !== "found") console.log(`Chromium for the end-to-end tests: ${outcome.executable}`);
