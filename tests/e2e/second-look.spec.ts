// A second look in a real Chromium, on the server whose demo cycle is in judging: the page lists the
// entries by rank with the suggested ones ticked, previews one extra sheet per entry with the share it
// adds, and confirms it. axe checks every page on the way.
import { expect, expectAccessible, signIn, test } from "./fixtures";

test.use({ baseURL: `http://localhost:${process.env.E2E_JUDGING_PORT ?? 3101}` });

test("an admin previews and confirms a second look at entries in doubt", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await page.goto("/admin/cycles");
  await page.getByRole("link", { name: /2027/ }).first().click();
  await page.getByRole("link", { name: /^Judging 2027/ }).click();
  await page.goto(page.url().replace(/\/judging.*$/, "/judging/assignment"));
  await page.getByRole("link", { name: "a second look" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "A second look" })).toBeVisible();
  await expectAccessible(page);

  // The entries in doubt are ticked; when the demo's chances leave none in doubt, the page says so and one is ticked by hand.
  if ((await page.getByRole("checkbox", { checked: true }).count()) === 0) {
    await expect(page.getByText(/No entry is in doubt on the results page/)).toBeVisible();
    await page.getByRole("checkbox").first().check();
  }
  await page.getByLabel("Extra score sheets per entry").fill("1");
  await page.getByRole("button", { name: "Preview the second look" }).click();
  await expect(page.getByText(/This adds \d+ score sheets? \(1 per entry\): [0-9.]+% more than the \d+ sheets assigned so far\./)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Confirm the second look" }).click();
  await expect(page.getByText(/extra score sheets? (has|have) been assigned/)).toBeVisible();
  await expectAccessible(page);
});
