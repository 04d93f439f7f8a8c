// Which Chromium the end-to-end tests drive: Playwright's own if installed, else the system's.
import fs from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The executable to launch, or undefined for Playwright's own browser. Throws one clear sentence if there is none. */
export function chromiumExecutable(): string | undefined {
  try {
    if (fs.existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright's browsers are not installed; look for the system's.
  }
  const system = SYSTEM_CHROMIUMS.find((p) => fs.existsSync(p));
  if (system) return system;
  throw new Error(
    "No Chromium was found for the end-to-end tests: install one with `npx playwright install chromium`, or your distribution's package (on Debian or Ubuntu: `sudo apt-get install chromium`).",
  );
}
