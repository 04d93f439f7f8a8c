// The archive of winners as the secretariat keeps it, in a real browser, with axe on every page and error state.
import { expect, expectAccessible, signInDirectly, test, visit } from "./fixtures";

/** Short and different on every run, since the e2e database lasts for the whole run. */
const unique = () => Date.now().toString(36).toUpperCase();

test("an admin fills in a missing year and sees the versions of an edit", async ({ page }) => {
  const name = `Tamarside Mental Health NHS Trust ${unique()}`;
  const firstSummary = "Managers and staff side agreed safe staffing levels ward by ward.";
  const secondSummary = "Managers and staff-side representatives agreed safe staffing levels together, ward by ward, and reviewed them every quarter.";
  await signInDirectly(page, "admin@demo.test");
  await page.goto("/");
  await visit(page, "/admin");

  await page.getByRole("link", { name: "Archive of winners" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Archive of winners" })).toBeVisible();
  await expectAccessible(page);
  const year2023 = page.getByRole("region", { name: /^2023/ });
  await expect(year2023.getByRole("heading", { level: 2 })).toHaveText("2023 Not recorded yet");

  await year2023.getByRole("link", { name: "Add this year's winner (2023)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an entry" })).toBeVisible();
  await expect(page.getByLabel("Year")).toHaveValue("2023");
  await expectAccessible(page);

  // Without a source the entry is refused, and what was typed is kept.
  await page.getByRole("radio", { name: "Winner" }).check();
  await page.getByLabel("Organisation", { exact: true }).fill(name);
  await page.getByLabel("Initiative (optional)").fill("Safe staffing agreed in partnership");
  await page.getByLabel("Summary (optional)").fill(firstSummary);
  await page.getByLabel("Region (optional)").selectOption({ label: "South West" });
  await page.getByLabel("Themes (optional)").fill("safe staffing; rostering");
  await page.getByRole("button", { name: "Publish entry" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(problems.getByRole("link", { name: "Enter where this comes from: a note on the source, a link to it, or both" })).toBeVisible();
  await expect(page.getByLabel("Organisation", { exact: true })).toHaveValue(name);
  await expect(page.getByRole("radio", { name: "Winner" })).toBeChecked();
  await expectAccessible(page);

  await page.getByLabel("Link to the source (optional if there is a note)").fill("https://www.hpma.org.uk/awards/2023-winners");
  await page.getByRole("button", { name: "Publish entry" }).click();
  await expect(page.getByRole("alert").filter({ hasText: `${name} has been published in the 2023 archive` })).toBeVisible();
  await expect(page.getByRole("link", { name: "View its public page" })).toHaveAttribute("href", /^\/winners\/2023\//);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectAccessible(page);

  // An edit to the summary is published as version 2.
  await page.getByLabel("Summary (optional)").fill(secondSummary);
  await page.getByLabel("What changed and why (optional)").fill("Summary taken from the trust's own case study");
  await page.getByRole("button", { name: "Publish changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Your changes have been published as version 2" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "See every version and what changed" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Versions of this entry" })).toBeVisible();
  const changes = page.getByRole("table", { name: "What changed from version 1 to version 2" });
  await expect(changes.getByRole("row")).toHaveCount(2);
  const summaryRow = changes.getByRole("row", { name: /^Summary/ });
  await expect(summaryRow.getByRole("cell").nth(0)).toHaveText(firstSummary);
  await expect(summaryRow.getByRole("cell").nth(1)).toHaveText(secondSummary);
  await expect(page.getByText("Summary taken from the trust's own case study")).toBeVisible();
  await expectAccessible(page);

  // The year is no longer a gap.
  await page.getByRole("link", { name: "Archive of winners" }).first().click();
  await expect(year2023.getByRole("heading", { level: 2 })).toHaveText("2023");
  await expect(year2023.getByRole("row").filter({ hasText: name })).toContainText("Winner");
  await expectAccessible(page);
});
