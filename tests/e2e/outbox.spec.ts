// The secretariat's outbox in a real browser, with axe: every e-mail the service sent, never its text.
import { expect, expectAccessible, signInDirectly, test } from "./fixtures";

test("the secretariat sees the e-mails the service sent, by status, without their text", async ({ page }) => {
  // A reset link is e-mailed: it shows in the outbox as sent, and its link does not.
  await page.goto("/forgot-password");
  await page.getByLabel("Email address").fill("entrant@fellside.demo.test");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();

  await signInDirectly(page, "admin@demo.test");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole("row").filter({ hasText: "entrant@fellside.demo.test" }).filter({ hasText: "Reset your password" });
  await expect(async () => {
    await page.reload();
    await expect(row.first()).toContainText("Sent");
  }).toPass();
  await expect(page.locator("body")).not.toContainText("/reset-password/");

  await page.getByRole("link", { name: "Failed or retrying" }).click();
  await expect(page.getByText("Failed or retrying", { exact: true })).toBeVisible();
  await expectAccessible(page);
});
