// Shared pieces of the end-to-end tests: axe on every page, the outbox, and signed-in sessions made
// directly in the database (not through the sign-in form, which has tests of its own).
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { readOutbox, type Email } from "../helpers/outbox";

/** The data folder of the main e2e server (the judging and announcement servers have folders of their own). */
export const E2E_DATA_DIR = path.resolve("tests/.tmp/e2e");
export const DEMO_PASSWORD = "partnership-demo";

/** The database of the e2e server whose data folder is `dataDir`, opened in this process to set up or tidy up. */
export async function serverDb(dataDir: string) {
  process.env.DATA_DIR = dataDir;
  process.env.DATABASE_PATH = path.join(dataDir, "awards.db");
  process.env.NODE_ENV = "test";
  const { resetEnv } = await import("../../app/platform/env.server");
  resetEnv();
  const { getDb } = await import("../../app/platform/db.server");
  return getDb();
}

/** Fails with the list of WCAG 2.2 A/AA violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  // The pointer is left wherever the last click was; a hovered link is styled differently, and the
  // page should be judged as it is at rest.
  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
    .analyze();
  const violations = results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(violations, `accessibility violations on ${page.url()}`).toEqual([]);
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

/**
 * Signs the browser in as a user by creating their session directly in the server's database, the
 * way the server itself does, so tests of other screens do not depend on the sign-in form.
 */
export async function signInDirectly(page: Page, email: string) {
  const db = await serverDb(E2E_DATA_DIR);
  const { findUserByEmail } = await import("../../app/models/users.server");
  const { createUserSession } = await import("../../app/request/auth.server");
  const user = await findUserByEmail(db, email);
  if (!user) throw new Error(`No user ${email}`);
  const [pair] = (await createUserSession(user.id)).split(";");
  const [name, value] = pair.split("=");
  const origin = process.env.E2E_ORIGIN ?? `http://localhost:${process.env.E2E_PORT ?? 3100}`;
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
