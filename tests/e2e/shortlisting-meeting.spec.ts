// The shortlisting meeting in a real Chromium (decision 033), on the server whose demo cycle is in
// judging, moved to shortlisting for this test only and put back afterwards (the other judging specs
// share it): from the shortlist page the secretariat opens the meeting, records the panel's agreed
// position on the first entry to talk about with a divergent view held by the staff side, and sees
// both back on the shortlist page. axe checks each page.
import path from "node:path";
import { expect, expectAccessible, serverDb, signInDirectly, test } from "./fixtures";

const DATA_DIR = path.resolve("tests/.tmp/e2e-judging");

test.use({ baseURL: `http://localhost:${process.env.E2E_JUDGING_PORT ?? 3101}` });

test("the secretariat records a position with a divergent view at the meeting and sees it on the shortlist page", async ({ page }) => {
  test.setTimeout(180_000);
  const db = await serverDb(DATA_DIR);
  const cycle = await db.selectFrom("award_cycles").select("id").where("year", "=", 2027).executeTakeFirstOrThrow();
  await db.updateTable("award_cycles").set({ stage: "shortlisting" }).where("id", "=", cycle.id).execute();
  try {
    await signInDirectly(page, "admin@demo.test", "judging");
    await page.goto(`/admin/cycles/${cycle.id}/shortlist`);
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
    // axe once, on the page as saved: the same sections and forms as before, with the banner.
    await expectAccessible(page);

    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Shortlist", exact: true }).click();
    await expect(page.getByText("the panel's position is recorded for 1 entry")).toBeVisible();
    await expect(page.getByText(/too thin for a finalist\. \(held by Staff side \(trade union\)\)/)).toBeVisible();
    await expect(page.locator(`#rationale-${id}`)).toHaveValue(/genuine partnership from the outset/);
    await expectAccessible(page);
  } finally {
    await db.deleteFrom("meeting_records").where("cycle_id", "=", cycle.id).execute();
    await db.updateTable("award_cycles").set({ stage: "judging" }).where("id", "=", cycle.id).execute();
  }
});
