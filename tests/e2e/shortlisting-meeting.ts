// The shortlisting meeting in a real Chromium (decision 033), as a step of the walk from the shortlist
// to the announcement (announcement.spec.ts): from the shortlist page the secretariat opens the
// meeting, records the panel's agreed position on the first entry to talk about with a divergent view
// held by the staff side, and sees both back on the shortlist page. axe checks each page.
import type { Page } from "@playwright/test";
import { expect, expectAccessible } from "./fixtures";

export async function runShortlistingMeeting(page: Page) {
  await page.getByRole("link", { name: "Run the shortlisting meeting" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Shortlisting meeting" })).toBeVisible();
  await expect(page.getByText("Strive for consensus as far as possible.")).toBeVisible();

  // The first entry in the running order.
  const agreed = page.getByLabel(/^The panel's agreed position on Entry/).first();
  const id = ((await agreed.getAttribute("id")) ?? "").replace("agreedPosition-", "");
  expect(id).not.toBe("");
  await agreed.fill("Shortlist: genuine partnership from the outset, with the staff side at every step.");
  await page.locator(`#divergentView-${id}`).fill("The staff side found the evidence of lasting impact for staff too thin for a finalist.");
  await page.locator(`#heldBy-${id}-staff_side`).check();
  await page.getByRole("button", { name: /^Save the record for Entry/ }).first().click();
  await expect(page.getByText("The meeting's record is saved")).toBeVisible();
  await expect(page.locator(`#divergentView-${id}`)).toHaveValue(/evidence of lasting impact/);
  // axe once, on the page as saved (the same sections and forms as before, with the banner).
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Shortlist", exact: true }).click();
  await expect(page.getByText("the panel's position is recorded for 1 entry")).toBeVisible();
  await expect(page.getByText(/too thin for a finalist\. \(held by Staff side \(trade union\)\)/)).toBeVisible();
  await expectAccessible(page);
}
