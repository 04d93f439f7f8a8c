// The archive in charts, in a real browser with axe: reached from the past winners, each chart an
// image with a name and a table of its figures, and the same page without JavaScript.
import { expect, expectAccessible, expectAccessibleWithoutJavaScript, test, visit } from "./fixtures";

test("a visitor reads the archive's charts and their tables", async ({ page }) => {
  await visit(page, "/winners");
  await page.getByRole("link", { name: "The archive in charts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The archive in charts" })).toBeVisible();
  await expectAccessible(page);
  for (const by of ["year", "region", "organisation type", "theme"]) {
    await expect(page.getByRole("img", { name: new RegExp(`^Entries in the archive by ${by}`) })).toBeVisible();
    await expect(page.getByRole("table", { name: `Entries in the archive by ${by}: the figures` })).toBeVisible();
  }
  const years = page.getByRole("table", { name: "Entries in the archive by year: the figures" });
  await expect(years.getByRole("rowheader", { name: "2010" })).toBeVisible();
  await expect(years.getByRole("rowheader", { name: "2009" })).toHaveCount(0);
  await page.getByRole("link", { name: "By theme" }).click();
  await expect(page).toHaveURL(/#by-theme$/);
});

test("without JavaScript, the charts and their tables are all there", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto("/winners/charts");
    await expect(page.locator("svg[data-testid$='-chart']")).toHaveCount(4);
    await expect(page.getByRole("table")).toHaveCount(4);
    await expectAccessibleWithoutJavaScript(page);
  } finally {
    await context.close();
  }
});
