// `npm test` gets a Chromium by itself: the order of the attempts, with the machine's answers given.
import { describe, expect, it } from "vitest";
import { ensureChromium, type ChromiumProbes } from "../../scripts/browser/ensure-chromium";

type Machine = { has?: string; download?: boolean; root?: boolean; apt?: boolean };

/** A machine that answers as described; installing puts a Chromium where `find` sees it. */
function machine({ has, download = false, root = false, apt = false }: Machine) {
  let chromium = has;
  const tried: string[] = [];
  const probes: ChromiumProbes = {
    find: () => chromium,
    downloadPlaywrightChromium: () => {
      tried.push("download");
      if (download) chromium = "/root/.cache/ms-playwright/chromium/chrome";
      return download;
    },
    canInstallPackages: () => root,
    installDistributionChromium: () => {
      tried.push("apt-get");
      if (apt) chromium = "/usr/bin/chromium";
      return apt;
    },
    log: () => {},
  };
  return { probes, tried };
}

describe("getting a Chromium for the end-to-end tests", () => {
  it("uses the Chromium it finds and installs nothing", () => {
    const { probes, tried } = machine({ has: "/usr/bin/chromium", download: true, root: true, apt: true });
    expect(ensureChromium(probes)).toEqual({ ok: true, executable: "/usr/bin/chromium", how: "found" });
    expect(tried).toEqual([]);
  });

  it("downloads Playwright's where the network allows, before trying packages", () => {
    const { probes, tried } = machine({ download: true, root: true, apt: true });
    expect(ensureChromium(probes)).toMatchObject({ ok: true, how: "downloaded" });
    expect(tried).toEqual(["download"]);
  });

  it("installs the distribution's package as root when the download fails", () => {
    const { probes, tried } = machine({ download: false, root: true, apt: true });
    expect(ensureChromium(probes)).toEqual({ ok: true, executable: "/usr/bin/chromium", how: "installed" });
    expect(tried).toEqual(["download", "apt-get"]);
  });

  it("does not try packages it may not install, and says what to do in one sentence", () => {
    const { probes, tried } = machine({ download: false, root: false, apt: true });
    const outcome = ensureChromium(probes);
    expect(tried).toEqual(["download"]);
    expect(outcome.ok).toBe(false);
    const message = outcome.ok ? "" : outcome.message;
    expect(message).toContain("npx playwright install chromium");
    expect(message).toContain("apt-get install chromium");
    expect(message).toContain("only root can install");
    // One sentence: a single full stop, at the end.
    expect(message.replace(/`[^`]*`/g, "").match(/\.(\s|$)/g)).toHaveLength(1);
  });

  it("says so in one sentence when both the download and the package fail", () => {
    const { probes, tried } = machine({ download: false, root: true, apt: false });
    const outcome = ensureChromium(probes);
    expect(tried).toEqual(["download", "apt-get"]);
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.ok ? "" : outcome.message).toContain("both failed");
  });

  it("does not trust a download that reported success but left no browser behind", () => {
    const { probes, tried } = machine({ root: true, apt: true });
    probes.downloadPlaywrightChromium = () => (tried.push("download"), true);
    expect(ensureChromium(probes)).toMatchObject({ ok: true, how: "installed" });
    expect(tried).toEqual(["download", "apt-get"]);
  });
});
