// NHS.UK frontend's behaviour, as this app's React components give it (decision 028): the header's
// "More" menu on a phone, the password's Show/Hide, and the word count that is announced once typing
// pauses; and the accessibility statement, reached from the footer. Axe on each state that differs.
import type { Page } from "@playwright/test";
import { E2E_DATA_DIR, expect, expectAccessible, serverDb, signInDirectly, test } from "./fixtures";

const PHONE = { width: 375, height: 740 };

test("the accessibility statement is linked from every page's footer", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Accessibility statement/ })).toBeVisible();
  await expectAccessible(page);
});

test("on a phone, the links that do not fit go behind the header's More menu", async ({ page }) => {
  test.slow(); // two states of the page checked with axe
  // An account with every role has the longest navigation: five links, more than a phone's width.
  const db = await serverDb(E2E_DATA_DIR);
  const admin = await db.selectFrom("users").select("id").where("email", "=", "admin@demo.test").executeTakeFirstOrThrow();
  const extra = ["entrant", "judge"] as const;
  await db.insertInto("roles").values(extra.map((role) => ({ user_id: admin.id, role, granted_at: new Date().toISOString(), granted_by: null }))).execute();
  try {
    await phoneMenu(page);
  } finally {
    await db.deleteFrom("roles").where("user_id", "=", admin.id).where("role", "in", [...extra]).execute();
  }
});

async function phoneMenu(page: Page) {
  await page.setViewportSize(PHONE);
  await signInDirectly(page, "admin@demo.test");
  await page.goto("/account");
  const menu = page.getByRole("navigation", { name: "Menu" });
  const more = menu.getByRole("button", { name: "Browse More" });
  await expect(more).toBeVisible();
  await expect(more).toHaveAttribute("aria-expanded", "false");
  // Some links stay in the bar, the rest wait in the closed menu; none is lost.
  const hidden = menu.locator(".nhsuk-header__menu-list .nhsuk-header__navigation-link");
  await expect(hidden.first()).toBeHidden();
  const inMenu = await hidden.allTextContents();
  expect(inMenu.length).toBeGreaterThan(0);
  await expect(menu.getByRole("link", { name: "Home" })).toBeVisible();
  await expectAccessible(page);

  await more.click();
  await expect(more).toHaveAttribute("aria-expanded", "true");
  for (const name of inMenu) await expect(menu.getByRole("link", { name: name.trim() })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(more).toHaveAttribute("aria-expanded", "false");
  await expect(hidden.first()).toBeHidden();

  // On a wide screen every link is in the bar and there is no menu.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(more).toBeHidden();
  for (const name of inMenu) await expect(menu.getByRole("link", { name: name.trim() })).toBeVisible();
}

test("a password can be shown while it is typed, and is hidden again", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/login");
  const password = page.getByLabel("Password", { exact: true });
  await password.fill("quiet lantern orchard");
  await expect(password).toHaveAttribute("type", "password");
  await page.getByRole("button", { name: "Show password" }).click();
  await expect(password).toHaveAttribute("type", "text");
  await expect(page.getByText("Your password is visible")).toBeAttached();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Hide password" }).click();
  await expect(password).toHaveAttribute("type", "password");
  await expect(page.getByText("Your password is hidden")).toBeAttached();
});

test.describe("the word count", () => {
  let nominationPath: string | undefined;
  test.afterAll(async () => {
    if (!nominationPath) return;
    const db = await serverDb(E2E_DATA_DIR);
    await db.deleteFrom("nominations").where("id", "=", Number(nominationPath.split("/").at(-1))).execute();
  });

  test("is described once, shown as you type, and announced only once typing pauses", async ({ page }) => {
    test.slow(); // a new nomination's form, checked with axe
    // The page's clock is the test's: what is announced before and after the pause is then certain,
    // however busy the machine.
    await page.clock.install();
    await signInDirectly(page, "entrant@riverbend.demo.test");
    await page.goto("/nominations");
    await page.getByRole("button", { name: "Start a new nomination" }).click();
    await expect(page.getByTestId("tasks-completed")).toBeVisible();
    nominationPath = new URL(page.url()).pathname;
    await page.locator(".nhsuk-task-list").getByRole("link", { name: "Summary", exact: true }).click();
    await expect(page.locator("form[data-autosave=ready]")).toBeVisible();
    // From here the page's time stands still unless the test moves it.
    await page.clock.pauseAt(Date.now() + 60_000);

    const summary = page.getByLabel("Summary");
    // The field's description is fixed; the count on screen is not read out with it.
    await expect(summary).toHaveAccessibleDescription(/You can enter up to 250 words/);
    await expect(summary).not.toHaveAccessibleDescription(/remaining/);
    const announced = page.locator(".nhsuk-character-count__sr-status");
    const onScreen = page.locator(".nhsuk-character-count__status").first();

    await summary.pressSequentially("Staff side and managers");
    await expect(onScreen).toHaveText("You have 246 words remaining");
    await expect(onScreen).toHaveAttribute("aria-hidden", "true");
    await expect(announced.first()).toHaveText("");
    await page.clock.runFor(999);
    await expect(announced.first()).toHaveText("");
    await page.clock.runFor(1);
    await expect(announced.first()).toHaveText("You have 246 words remaining");

    await summary.pressSequentially(" agreed the rota");
    await expect(onScreen).toHaveText("You have 243 words remaining");
    await expect(announced.first()).toHaveText("You have 246 words remaining");
    await page.clock.runFor(1000);
    await expect(announced.first()).toHaveText("You have 243 words remaining");
    await expect(announced.first()).toHaveAttribute("aria-live", "polite");
    // axe waits on timers of its own.
    await page.clock.resume();
    await expectAccessible(page);
  });
});
