// How `npm test` gets a Chromium for the end-to-end tests when none is found: Playwright's own
// download where the network allows, else the distribution's package where this user may install
// packages, and only then one sentence saying what to do. The probes are passed in, so the order of
// the attempts is tested alone (tests/unit/ensure-chromium.test.ts); scripts/check-browser.ts gives
// the real ones.

export type ChromiumProbes = {
  /** The Chromium the tests would drive, or undefined if there is none. */
  find: () => string | undefined;
  /** Runs Playwright's download of its Chromium; false if it failed (no network, for one). */
  downloadPlaywrightChromium: () => boolean;
  /** Whether this user may install the distribution's packages here (root, with apt-get). */
  canInstallPackages: () => boolean;
  /** Installs the distribution's chromium package; false if it failed. */
  installDistributionChromium: () => boolean;
  /** Progress for the person waiting, one line at a time. */
  log: (line: string) => void;
};

export type ChromiumOutcome =
  | { ok: true; executable: string; how: "found" | "downloaded" | "installed" }
  | { ok: false; message: string };

export function ensureChromium(probes: ChromiumProbes): ChromiumOutcome {
  const found = probes.find();
  if (found) return { ok: true, executable: found, how: "found" };

  probes.log("No Chromium was found for the end-to-end tests: downloading Playwright's…");
  if (probes.downloadPlaywrightChromium()) {
    const downloaded = probes.find();
    if (downloaded) return { ok: true, executable: downloaded, how: "downloaded" };
  }

  const mayInstall = probes.canInstallPackages();
  if (mayInstall) {
    probes.log("Playwright's download failed: installing the distribution's chromium package…");
    if (probes.installDistributionChromium()) {
      const installed = probes.find();
      if (installed) return { ok: true, executable: installed, how: "installed" };
    }
  }

  const why = mayInstall
    ? "Playwright's download and the distribution's chromium package both failed"
    : "Playwright's download failed and only root can install the distribution's package";
  return {
    ok: false,
    message:
      `No Chromium was found for the end-to-end tests and none could be installed (${why}): ` +
      "install one with `npx playwright install chromium` where the network allows, or your distribution's package " +
      "(on Debian or Ubuntu: `sudo apt-get install chromium`), then run `npm test` again.",
  };
}
