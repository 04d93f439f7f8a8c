import { E2E_DATA_DIR, expect, expectAccessible, linkFromEmail, serverDb, test, visit } from "./fixtures";

/** Sends a fresh link for the demo entry that awaits the staff side, as the entrant's "resend" does. */
async function resendDemoLink(): Promise<string> {
  const db = await serverDb(E2E_DATA_DIR);
  const { resendEndorsement } = await import("../../app/models/endorsements.server");
  const nomination = await db
    .selectFrom("nominations")
    .select(["id", "staff_lead_email"])
    .where("title", "=", "Stopping violence and aggression in the emergency department")
    .executeTakeFirstOrThrow();
  expect(await resendEndorsement(db, { nominationId: nomination.id, side: "staff_side" })).toEqual({ ok: true });
  return nomination.staff_lead_email!;
}

test("a staff-side lead reads the nomination and confirms it from the e-mailed link, once", async ({ page }) => {
  const email = await resendDemoLink();
  const link = await linkFromEmail(email, "/endorse/");

  await visit(page, link);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm this nomination for the HPMA award for partnership working" })).toBeVisible();
  await expect(page.getByText("Northmoor Valley NHS Foundation Trust").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Summary" })).toBeVisible();

  // Declining needs a reason: the error summary says so.
  await page.getByRole("button", { name: "I do not confirm it" }).click();
  await expect(page.getByRole("alert").getByText("Enter why you do not confirm this nomination")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "I confirm this nomination" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thank you for confirming the nomination" })).toBeVisible();
  await expectAccessible(page);

  await visit(page, link);
  await expect(page.getByRole("heading", { level: 1, name: "This link has already been used" })).toBeVisible();
});
