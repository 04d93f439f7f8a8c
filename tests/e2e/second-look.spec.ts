// A second look in a real Chromium, on the server whose demo cycle is in judging: the page lists the
// entries by rank with the suggested ones ticked, previews one extra sheet per entry with the share it
// adds, and confirms it. axe checks every page on the way.
import { expect, expectAccessible, signInDirectly, test } from "./fixtures";

test.use({ baseURL: `http://localhost:${process.env.E2E_JUDGING_PORT ?? 3101}` });

test("an admin previews and confirms a second look at entries in doubt", async ({ page }) => {
  await signInDirectly(page, "admin@demo.test", "judging");
  await page.goto("/admin/cycles");
  await page.getByRole("link", { name: /2027/ }).first().click();
  await page.getByRole("link", { name: /^Judging 2027/ }).click();
  await page.goto(page.url().replace(/\/judging.*$/, "/judging/assignment"));
  await page.getByRole("link", { name: "a second look" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "A second look" })).toBeVisible();
  await expectAccessible(page);

  // The entries in doubt are ticked; when the demo's chances leave none in doubt, the page says so and one is ticked by hand.
  const boxes = page.getByRole("checkbox");
  if ((await page.getByRole("checkbox", { checked: true }).count()) === 0) {
    await expect(page.getByText(/No entry is in doubt on the results page/)).toBeVisible();
    await boxes.first().check();
  }
  await page.getByLabel("Extra score sheets per entry").fill("1");
  await page.getByRole("button", { name: "Preview the second look" }).click();
  await expect(page.getByText(/This adds \d+ score sheets? \(1 per entry\): [0-9.]+% more than the \d+ sheets assigned so far\./)).toBeVisible();
  await expectAccessible(page);

  // The demo's judging codes, and so which entries the other tests' judge recused from or declared a
  // conflict with, differ from run to run: when no judge may take the entries ticked, the page says
  // so and offers no confirmation; then each entry alone is tried until one can be given a sheet.
  const confirm = page.getByRole("button", { name: "Confirm the second look" });
  for (let i = 0, n = await boxes.count(); (await confirm.count()) === 0 && i < n; i++) {
    await expect(page.getByText("The second look cannot be made by the rules")).toBeVisible();
    for (let j = 0; j < n; j++) await boxes.nth(j).setChecked(j === i);
    const code = (await boxes.nth(i).evaluate((el: HTMLInputElement) => el.labels?.[0]?.textContent ?? "")).split(":")[0];
    await page.getByRole("button", { name: "Preview the second look" }).click();
    await expect(page.getByRole("table").locator("tbody th")).toHaveText([code]);
  }
  // Bending the load rule needs a reason, recorded in the audit log.
  const reason = page.getByLabel("Reason for bending the load rule");
  if ((await reason.count()) > 0) await reason.fill("The demo's conflicts leave the loads uneven.");
  await confirm.click();
  await expect(page.getByText(/extra score sheets? (has|have) been assigned/)).toBeVisible();
  await expectAccessible(page);
});
