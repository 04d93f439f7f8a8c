// Shared pieces of the end-to-end tests: axe on every page, the outbox, and signed-in sessions made
// directly in the database (not through the sign-in form, which has tests of its own).
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test as base, type Page } from "@playwright/test";
import { readOutbox, type Email } from "../helpers/outbox";

/** The data folder of the main e2e server (the judging and announcement servers have folders of their own). */
export const E2E_DATA_DIR = path.resolve("tests/.tmp/e2e");
export const DEMO_PASSWORD = "partnership-demo";

/** The database of the e2e server whose data folder is `dataDir`, opened in this process to set up or tidy up. */
export async function serverDb(dataDir: string) {
  process.env.DATA_DIR = dataDir;
  process.env.DATABASE_PATH = path.join(dataDir, "awards.db");
  delete process.env.DATABASE_URL; // the end-to-end servers run on SQLite
  process.env.NODE_ENV = "test";
  const { resetEnv } = await import("../../app/platform/env.server");
  resetEnv();
  const { getDb } = await import("../../app/platform/db.server");
  return getDb();
}

// axe-core as @axe-core/playwright loads it (its dependency, so the version it was tested with).
const require = createRequire(import.meta.url);
const AXE_SOURCE: string = require(require.resolve("axe-core", { paths: [path.dirname(require.resolve("@axe-core/playwright"))] })).source;
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * The page states axe has passed in this run (a Playwright worker runs every spec file in turn).
 * A state is the URL, the viewport, the element with focus and the markup less its nonces: axe sees
 * only the DOM and its styles, so the same state gives the same result, and checking it again is
 * time wasted. Text typed into a field is a property, not markup, so typing makes no new state;
 * anything React renders in answer (an error, a count, a revealed field) does.
 */
const passedStates = new Set<string>();

async function pageState(page: Page): Promise<string> {
  const state = await page.evaluate(() => ({
    url: location.href,
    viewport: `${innerWidth}x${innerHeight}`,
    focus: Array.prototype.indexOf.call(document.getElementsByTagName("*"), document.activeElement),
    markup: document.documentElement.outerHTML.replace(/ nonce="[^"]*"/g, ""),
  }));
  return createHash("sha256").update(JSON.stringify(state)).digest("hex");
}

/**
 * Fails with the list of WCAG 2.2 A/AA violations on the page as it is now. Axe is put into each
 * document once and run there with axe.run, asking only for violations; @axe-core/playwright put it
 * in again on every call and opened a second page to assemble every rule's passes as well, which
 * made axe most of the suite's time (decision 027).
 */
export async function expectAccessible(page: Page) {
  // The pointer is left wherever the last click was; a hovered link is styled differently, and the
  // page should be judged as it is at rest.
  await page.mouse.move(0, 0);
  const state = await pageState(page);
  if (passedStates.has(state)) return;
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import("axe-core") };
    const results = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, WCAG_22_AA);
  expect(violations, `accessibility violations on ${page.url()}`).toEqual([]);
  passedStates.add(state);
}

/**
 * Axe for a page in a context without JavaScript, where axe itself cannot run: the page's HTML as it
 * is now is served again to a page with JavaScript whose own scripts are all blocked, and checked there.
 */
export async function expectAccessibleWithoutJavaScript(page: Page) {
  const html = await page.content();
  const url = page.url();
  const browser = page.context().browser();
  if (!browser) throw new Error("No browser");
  const context = await browser.newContext();
  try {
    const copy = await context.newPage();
    await copy.route(
      (u) => u.href === url,
      (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }),
    );
    await copy.route(/\.js(\?|$)/, (route) => route.abort());
    await copy.goto(url);
    await expectAccessible(copy);
  } finally {
    await context.close();
  }
}

/** Opens a page and checks it with axe. */
export async function visit(page: Page, pathname: string) {
  await page.goto(pathname);
  await expectAccessible(page);
}

export function outbox(): Email[] {
  return readOutbox(path.join(E2E_DATA_DIR, "outbox"));
}

/** The link in the newest e-mail to this address whose path starts with the prefix. */
export async function linkFromEmail(to: string, pathPrefix: string): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(() => {
      const mail = outbox()
        .filter((m) => m.to.toLowerCase().includes(to.toLowerCase()))
        .at(-1);
      found = mail?.links.find((l) => new URL(l).pathname.startsWith(pathPrefix));
      return found;
    })
    .toBeTruthy();
  const url = new URL(found!);
  return url.pathname + url.search;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
}

/**
 * Every test fails on a Content-Security-Policy violation: Chromium reports each one on the console
 * ("Refused to … because it violates the following Content Security Policy directive"), and the
 * page reports it as a securitypolicyviolation event, which is passed on to the console here.
 */
export const test = base.extend<{ failOnCspViolation: void }>({
  failOnCspViolation: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
        });
      });
      page.on("console", (message) => {
        if (message.text().includes("Content Security Policy")) violations.push(`${page.url()}: ${message.text()}`);
      });
      await use();
      expect(violations, "Content Security Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** The three e2e servers (playwright.config.ts): where each listens and keeps its data. */
export const E2E_SERVERS = {
  open: { origin: `http://localhost:${process.env.E2E_PORT ?? 3100}`, dataDir: E2E_DATA_DIR },
  judging: { origin: `http://localhost:${process.env.E2E_JUDGING_PORT ?? 3101}`, dataDir: path.resolve("tests/.tmp/e2e-judging") },
  announcement: { origin: `http://localhost:${process.env.E2E_ANNOUNCEMENT_PORT ?? 3102}`, dataDir: path.resolve("tests/.tmp/e2e-announcement") },
};

/**
 * Signs the browser in as a user by creating their session directly in the server's database, the
 * way the server itself does, so tests of other screens do not depend on the sign-in form (and skip
 * its deliberately slow password check). It refuses an account the form would refuse.
 */
export async function signInDirectly(page: Page, email: string, server: keyof typeof E2E_SERVERS = "open") {
  const { origin, dataDir } = E2E_SERVERS[server];
  const db = await serverDb(dataDir);
  const { findUserByEmail } = await import("../../app/models/users.server");
  const { createUserSession } = await import("../../app/request/auth.server");
  const user = await findUserByEmail(db, email);
  // The sign-in form would refuse these; so does this.
  if (!user || !user.active || !user.email_verified_at) throw new Error(`${email} cannot sign in: no such account, deactivated or not confirmed`);
  const [pair] = (await createUserSession(user.id)).split(";");
  const [name, value] = pair.split("=");
  await page.context().addCookies([{ name, value, url: origin, httpOnly: true, sameSite: "Lax" }]);
}

/**
 * Chooses an organisation with the organisation picker as someone with JavaScript does: types part
 * of its name into the combobox and picks it from the list.
 */
export async function chooseOrganisation(page: Page, label: string, typed: string, name: string) {
  const combobox = page.getByRole("combobox", { name: label, exact: true });
  await combobox.fill(typed);
  await page.getByRole("option", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }).click();
  await expect(page.getByText(`Chosen: ${name}`)).toBeVisible();
}
