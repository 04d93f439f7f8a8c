// The secretariat's results table in a real Chromium, on the server whose demo cycle is in judging
// (read-only: the stage and the sheets are shared with the other judging specs): sorting by a
// column, hiding a column, filtering, the charts of each entry's chance of the top 4 and of the
// judges, and axe on each state of the page.
import { expect, expectAccessible, signInDirectly, test } from "./fixtures";

test.use({ baseURL: `http://localhost:${process.env.E2E_JUDGING_PORT ?? 3101}` });

const bodyCodes = async (page: import("@playwright/test").Page) => page.getByTestId("results-table").locator("tbody th[scope=row] code").allTextContents();

test("an admin sorts the results, hides a column and filters, by judging code only", async ({ page }) => {
  // The table the server rendered is the one the browser takes over: no errors on these pages.
  // (Fonts and the like from other hosts cannot load in the test environment, and are not errors here.)
  const errors: string[] = [];
  const onOurPages = () => /\/(results|shortlist)$/.test(new URL(page.url()).pathname);
  page.on("console", (message) => {
    if (message.type() === "error" && onOurPages() && !message.text().includes("ERR_NAME_NOT_RESOLVED")) errors.push(message.text());
  });
  page.on("pageerror", (error) => {
    if (onOurPages()) errors.push(`${page.url()}: ${error.message}`);
  });
  await signInDirectly(page, "admin@demo.test", "judging");
  await page.goto("/admin/cycles");
  await page.getByRole("link", { name: /2027/ }).first().click();
  await expect(page).toHaveURL(/\/admin\/cycles\/\d+$/);
  const cyclePath = new URL(page.url()).pathname;
  await page.goto(`${cyclePath}/results`);
  await expect(page.getByRole("heading", { level: 1, name: "Results" })).toBeVisible();
  const table = page.getByTestId("results-table");
  await expect(table.locator("tbody tr")).toHaveCount(10);
  // Sorted by normalised rank to start with.
  await expect(table.getByRole("columnheader", { name: /Normalised rank/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByRole("table", { name: /Judges by code/ })).toContainText("J01");
  // The chance of the top 4: a chart read out by its title and description, and the same figures in a table.
  await expect(page.getByRole("heading", { level: 2, name: "Chance of the top 4" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Chance of each entry being in the top 4" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Chance of the top 4, entry by entry/ }).locator("tbody tr").first()).toBeVisible();
  await expect(page.getByTestId("in-doubt")).toContainText(/in the top 4|in doubt/);
  await expect(page.getByRole("img", { name: "Each judge's leniency and noise" })).toBeVisible();
  await expectAccessible(page);
  expect(errors).toEqual([]);

  // Sort by entry code, then the other way.
  const codes = await bodyCodes(page);
  const byCode = [...codes].sort((a, b) => a.localeCompare(b, "en-GB"));
  await table.getByRole("button", { name: "Entry" }).click();
  await expect(table.getByRole("columnheader", { name: /Entry/ })).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(() => bodyCodes(page)).toEqual(byCode);
  await table.getByRole("button", { name: "Entry" }).click();
  await expect(table.getByRole("columnheader", { name: /Entry/ })).toHaveAttribute("aria-sort", "descending");
  await expect.poll(() => bodyCodes(page)).toEqual([...byCode].reverse());
  await expectAccessible(page);

  // Hide the median column.
  await expect(table.getByRole("columnheader", { name: /Median %/ })).toBeVisible();
  await page.getByText("Choose the columns shown").click();
  await page.getByLabel("Median %").uncheck();
  await expect(table.getByRole("columnheader", { name: /Median %/ })).toHaveCount(0);
  await expect(table.getByRole("columnheader", { name: /Weighted %/ })).toBeVisible();
  await expectAccessible(page);

  // Filter by a code.
  await page.getByLabel(/Filter by entry code/).fill(byCode[2]);
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("results-count")).toContainText("1 of 10 entries match");
  await expectAccessible(page);

  // The final round has no entries until the shortlist is confirmed.
  await page.getByRole("link", { name: "Final round" }).click();
  await expect(page.getByRole("heading", { name: "Final round results" })).toBeVisible();
  await expect(page.getByTestId("results-table")).toContainText("There are no entries in this round.");
  await expectAccessible(page);
  expect(errors).toEqual([]);
});

test("at a 1280 px window the ranks and flags are in view, a wider table says it scrolls, and at 375 px only the table scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInDirectly(page, "admin@demo.test", "judging");
  await page.goto("/admin/cycles");
  await page.getByRole("link", { name: /2027/ }).first().click();
  await expect(page).toHaveURL(/\/admin\/cycles\/\d+$/);
  await page.goto(`${new URL(page.url()).pathname}/results`);
  const table = page.getByTestId("results-table");
  const region = page.getByRole("region", { name: /First round results for 2027, one row per entry/ });
  const shown = (await region.boundingBox())!;
  for (const name of [/Normalised %/, /Normalised rank/, /Raw rank/, /Flags/]) {
    const box = (await table.getByRole("columnheader", { name }).boundingBox())!;
    expect(box.x + box.width, `${name} in view without scrolling`).toBeLessThanOrEqual(Math.min(1280, shown.x + shown.width));
  }
  // The sentence is there exactly when the table is wider than its region.
  const wider = await region.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  await expect(page.getByTestId("results-scroll-hint")).toBeVisible({ visible: wider });

  // Every column at a narrower window: the region says it scrolls, and takes the keyboard's focus.
  await page.setViewportSize({ width: 900, height: 800 });
  await page.getByText("Choose the columns shown").click();
  for (const box of await page.getByRole("group", { name: "Columns shown" }).getByRole("checkbox").all()) await box.check();
  await expect(page.getByTestId("results-scroll-hint")).toBeVisible();
  await expect(region).toHaveAccessibleName(/one row per entry \(scrolls sideways\)/);
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await expectAccessible(page);

  // On a 375 px phone only the region scrolls sideways, never the page (WCAG 1.4.10), hidden words in the table included.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(page);
});

test("the shortlist page explains that the cycle must be in shortlisting", async ({ page }) => {
  await signInDirectly(page, "admin@demo.test", "judging");
  await page.goto("/admin/cycles");
  await page.getByRole("link", { name: /2027/ }).first().click();
  await expect(page).toHaveURL(/\/admin\/cycles\/\d+$/);
  await page.goto(`${new URL(page.url()).pathname}/shortlist`);
  await expect(page.getByRole("heading", { level: 1, name: "Shortlist" })).toBeVisible();
  await expect(page.getByText("Move the cycle to shortlisting first")).toBeVisible();
  await expectAccessible(page);
});
