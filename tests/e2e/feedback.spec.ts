// Feedback to every entrant in a real Chromium (decision 038), on the server whose demo cycle is in
// judging, marked announced for this test only and put back afterwards (the other judging specs
// share it): the secretariat assembles the first drafts, edits and approves Eastbrook's, releases it,
// and an Eastbrook entrant reads it from My nominations. axe checks each page.
import path from "node:path";
import { expect, expectAccessible, serverDb, signIn, signOut, test } from "./fixtures";

const DATA_DIR = path.resolve("tests/.tmp/e2e-judging");
const WRITTEN = "The joint working group was clearly shared by both sides from the first meeting (feedback e2e).";

test.use({ baseURL: `http://localhost:${process.env.E2E_JUDGING_PORT ?? 3101}` });

test("the secretariat assembles, approves and releases feedback, and the entrant reads it", async ({ page }) => {
  test.setTimeout(180_000);
  const db = await serverDb(DATA_DIR);
  const cycle = await db.selectFrom("award_cycles").select("id").where("year", "=", 2027).executeTakeFirstOrThrow();
  const entry = await db
    .selectFrom("judging_entries")
    .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select(["judging_entries.code", "nominations.title"])
    .where("judging_entries.cycle_id", "=", cycle.id)
    .where("judging_entries.status", "=", "released")
    .where("organisations.short_name", "=", "Eastbrook")
    .executeTakeFirstOrThrow();
  await db.updateTable("award_cycles").set({ published_at: new Date().toISOString() }).where("id", "=", cycle.id).execute();
  try {
    await signIn(page, "admin@demo.test");
    await page.goto(`/admin/cycles/${cycle.id}`);
    await page.getByRole("link", { name: /^Feedback to entrants 2027/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Feedback to entrants" })).toBeVisible();
    await page.getByRole("button", { name: "Assemble first drafts" }).click();
    await expect(page.getByText("Feedback assembled", { exact: true })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: `Edit and approve the feedback on Entry ${entry.code}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Feedback on");
    await expect(page.getByText("Score band:").first()).toBeVisible();
    await expectAccessible(page);
    await page
      .getByLabel(/^Feedback on “/)
      .first()
      .fill(WRITTEN);
    await page.getByRole("button", { name: "Approve the feedback" }).click();
    await expect(page.getByText("Feedback approved: release it when you are ready")).toBeVisible();
    await page.getByRole("button", { name: `Release the feedback on Entry ${entry.code}` }).click();
    await expect(page.getByText("Feedback released", { exact: true })).toBeVisible();
    await expectAccessible(page);
    await signOut(page);

    await signIn(page, "entrant@eastbrook.demo.test");
    await page.goto("/nominations");
    await page.getByRole("link", { name: `2027: ${entry.title}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Feedback on");
    await expect(page.getByText(WRITTEN)).toBeVisible();
    await expect(page.getByText("Score band:").first()).toBeVisible();
    await expectAccessible(page);
  } finally {
    await db.deleteFrom("entrant_feedback").where("cycle_id", "=", cycle.id).execute();
    await db.deleteFrom("mail_outbox").where("idempotency_key", "like", "feedback:%").execute();
    await db.updateTable("award_cycles").set({ published_at: null }).where("id", "=", cycle.id).execute();
  }
});
