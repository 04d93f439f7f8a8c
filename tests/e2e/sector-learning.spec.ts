// The secretariat's pages for the sector's learning in a real Chromium with axe, on the server whose
// demo cycle is in judging (read-only: nothing is saved, so the other judging specs see the cycle as
// they expect): agreement on the results and across the years, the judge pool filtered by expertise,
// a judge's expertise form refusing a long note, and the learning summary's form (with the entries by
// region and type) refusing an empty summary with the NHS error summary.
import { expect, expectAccessible, signIn, test } from "./fixtures";

test.use({ baseURL: `http://localhost:${process.env.E2E_JUDGING_PORT ?? 3101}` });

test("an admin reads how far judges agree, the judge pool and the learning summary's form", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Agreement between judges" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agreement between judges" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Agreement between judges in the first round of 2027, by criterion" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/admin");
  await page.getByRole("link", { name: "Judge pool" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Judge pool" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Judges, by name" }).getByRole("row")).not.toHaveCount(1);
  await expectAccessible(page);
  // Filtered by expertise (a GET form: nothing is saved).
  await page.getByLabel("Show judges with this expertise").selectOption({ label: "Finance" });
  await page.getByRole("button", { name: "Show judges" }).click();
  await expect(page).toHaveURL(/expertise=finance/);
  await expect(page.getByRole("link", { name: "Show every judge" })).toBeVisible();
  await expectAccessible(page);

  // A judge's page: the expertise form refuses a note that is too long, with the NHS error summary and the note kept.
  await page.goto("/admin/judges");
  await page.getByRole("table", { name: "Judges, by name" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Expertise as a judge" })).toBeVisible();
  await expectAccessible(page);
  const note = `Workforce director ${"x".repeat(300)}`;
  await page.getByLabel("Anything else about this expertise (optional)").fill(note);
  await page.getByRole("button", { name: "Save expertise" }).click();
  await expect(page.getByRole("alert")).toContainText("The note on expertise must be 300 characters or fewer");
  await expect(page.getByLabel("Anything else about this expertise (optional)")).toHaveValue(note);
  await expectAccessible(page);

  await page.goto("/admin/cycles");
  await page.getByRole("link", { name: /2027/ }).first().click();
  await expect(page).toHaveURL(/\/admin\/cycles\/\d+$/);
  const cyclePath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: /What the sector can learn from 2027/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What the sector can learn from 2027" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Entries in 2027 by region" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Entries in 2027 by type of organisation" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save the learning summary" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter what the sector can learn from this year's finalists");
  await expectAccessible(page);

  await page.goto(`${cyclePath}/results`);
  await expect(page.getByRole("heading", { level: 2, name: "How far the judges agree" })).toBeVisible();
  // The figures themselves are checked in tests/integration/learning.test.ts: the shared judging server's
  // sheets are changed by other specs, so here the section says either the alpha or why it cannot yet.
  await expect(page.getByText(/Krippendorff's alpha is|how far the judges agree cannot be said/).first()).toBeVisible();
  await expect(page.getByRole("table", { name: /Agreement between judges in the first round of 2027/ })).toBeVisible();
  await expectAccessible(page);
});
