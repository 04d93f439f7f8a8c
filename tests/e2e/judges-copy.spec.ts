// Blind judging from both ends in a real Chromium, with axe on each page: the entrant sees their
// entry as judges will see it before submitting and hides one more phrase; the secretariat decides
// every flag of an entry and releases every reviewed entry (issue 11, decision 024).
import path from "node:path";
import { E2E_DATA_DIR, expect, expectAccessible, serverDb, signInDirectly, test, visit } from "./fixtures";

const JUDGING_DATA_DIR = path.resolve("tests/.tmp/e2e-judging");

test("an entrant sees the judges' copy before submitting and hides one more phrase", async ({ page }) => {
  const db = await serverDb(E2E_DATA_DIR);
  const nomination = await db
    .selectFrom("nominations")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select(["nominations.id", "nominations.identifying_terms"])
    .where("organisations.name", "=", "Northmoor Valley NHS Foundation Trust")
    .orderBy("nominations.id")
    .executeTakeFirstOrThrow();
  try {
    await signInDirectly(page, "entrant@northmoor-valley.demo.test");
    await visit(page, `/nominations/${nomination.id}/submit`);
    await page.getByRole("link", { name: "see your entry as judges will see it" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your entry as judges will see it" })).toBeVisible();
    await expect(page.locator("mark").first()).toContainText("[organisation]");
    await expectAccessible(page);

    const summary = page.locator("[data-testid^='preview-section-']").first();
    await expect(summary).toContainText("Chief People Officer");
    await page.getByRole("button", { name: "Hide it and show the entry again" }).click();
    await expect(page.getByRole("alert")).toContainText("Enter at least 2 characters");
    await expectAccessible(page);
    await page.getByLabel("A word or phrase to hide from judges").fill("Chief People Officer");
    await page.getByRole("button", { name: "Hide it and show the entry again" }).click();
    await expect(page.getByText("The words are now hidden")).toBeVisible();
    await expect(page.locator("[data-testid^='preview-section-']").first()).not.toContainText("Chief People Officer");
    await expectAccessible(page);
  } finally {
    await db.updateTable("nominations").set({ identifying_terms: nomination.identifying_terms }).where("id", "=", nomination.id).execute();
  }
});

test.describe("the secretariat", () => {
  test.use({ baseURL: `http://localhost:${process.env.E2E_JUDGING_PORT ?? 3101}` });

  test("decides every flag of an entry and releases every reviewed entry", async ({ page }) => {
    const db = await serverDb(JUDGING_DATA_DIR);
    const entry = await db
      .selectFrom("judging_entries")
      .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
      .select(["judging_entries.nomination_id", "judging_entries.code", "judging_entries.cycle_id"])
      .where("nominations.organisation_id", "=", (eb) => eb.selectFrom("organisations").select("id").where("name", "=", "Northmoor Valley NHS Foundation Trust"))
      .executeTakeFirstOrThrow();
    const answer = await db.selectFrom("nomination_answers").select(["section_id", "text"]).where("nomination_id", "=", entry.nomination_id).orderBy("section_id").executeTakeFirstOrThrow();
    // The entrant's text changes to name two other organisations: the review page says the judges'
    // copy is out of date (a GET writes nothing); rebuilding it finds two new flags and sends the entry back to review.
    await db
      .updateTable("nomination_answers")
      .set({ text: `${answer.text} We learned from Harbourside Community Health NHS Trust and Fellside Ambulance Service NHS Trust.` })
      .where("nomination_id", "=", entry.nomination_id)
      .where("section_id", "=", answer.section_id)
      .execute();
    try {
      await signInDirectly(page, "admin@demo.test", "judging");
      await visit(page, `/admin/cycles/${entry.cycle_id}/judging/entries/${entry.nomination_id}`);
      await expect(page.getByText("The judges' copy is out of date")).toBeVisible();
      await expectAccessible(page);
      await page.getByRole("button", { name: "Rebuild the judges' copy" }).click();
      await expect(page.getByText("The judges' copy has been rebuilt")).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: "Flags to decide" })).toBeVisible();
      const remaining = page.getByTestId("flags-remaining");
      await expect(remaining).toContainText("still to decide");
      await expectAccessible(page);

      await page.getByRole("button", { name: /^Release/ }).click();
      await expect(page.getByRole("alert")).toContainText("still to decide");

      // Each flag, one press: keep the first, hide the rest.
      await page.getByRole("button", { name: /^Keep/ }).first().click();
      await expect(page.getByText("The phrase will be kept")).toBeVisible();
      while (!(await remaining.textContent())?.includes("Every flag is decided")) {
        await page.getByRole("button", { name: /^Hide “/ }).first().click();
        await expect(page.getByText("The phrase will be hidden wherever it appears")).toBeVisible();
      }
      await expectAccessible(page);

      await visit(page, `/admin/cycles/${entry.cycle_id}/judging`);
      await page.getByRole("link", { name: "Release every reviewed entry" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Release every reviewed entry" })).toBeVisible();
      await expect(page.getByRole("table", { name: /Ready to release: 1 entry/ })).toContainText(entry.code);
      await expectAccessible(page);
      await page.getByRole("button", { name: "Release 1 entry" }).click();
      await expect(page.getByText("1 entry released to judging")).toBeVisible();
      await expectAccessible(page);
    } finally {
      await db.updateTable("nomination_answers").set({ text: answer.text }).where("nomination_id", "=", entry.nomination_id).where("section_id", "=", answer.section_id).execute();
    }
  });
});
