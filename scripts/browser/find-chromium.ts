// Which Chromium the end-to-end tests drive: Playwright's own if installed, else the system's. Read
// by playwright.config.ts and by scripts/check-browser.ts, which gets one first when there is neither.
import fs from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Where a usable Chromium is: Playwright's own if it was downloaded, else the system's; undefined if neither. */
export function findChromium(): { path: string; playwrights: boolean } | undefined {
  try {
    const own = chromium.executablePath();
    if (fs.existsSync(own)) return { path: own, playwrights: true };
  } catch {
    // Playwright's browsers are not installed; look for the system's.
  }
  const system = SYSTEM_CHROMIUMS.find((p) => fs.existsSync(p));
  return system ? { path: system, playwrights: false } : undefined;
}

/** The executable to launch, or undefined for Playwright's own browser. Throws one clear sentence if there is none. */
export function chromiumExecutable(): string | undefined {
  const found = findChromium();
  if (found) return found.playwrights ? undefined : found.path;
  throw new Error(
    "No Chromium was found for the end-to-end tests: run `npm test`, which gets one, or install one with `npx playwright install chromium`, or your distribution's package (on Debian or Ubuntu: `sudo apt-get install chromium`).",
  );
}
