import { chooseOrganisation, expect, expectAccessible, linkFromEmail, signIn, signInDirectly, signOut, test, visit } from "./fixtures";

test("an entrant registers, confirms their email address from the emailed link, and signs in", async ({ page }) => {
  await visit(page, "/");
  await page.getByRole("button", { name: "Register to enter the award" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Register to enter the award" })).toBeVisible();
  await expectAccessible(page);

  const email = `e2e.entrant.${Date.now()}@example.nhs.uk`;
  await page.getByLabel("Full name").fill("Morgan Ashworth");
  await page.getByLabel("Email address").fill(email);
  await chooseOrganisation(page, "Your organisation", "Fellside", "Fellside Ambulance Service NHS Trust");
  await page.getByLabel("Create a password").fill("heather tandem lighthouse");
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectAccessible(page);

  await visit(page, await linkFromEmail(email, "/confirm-email/"));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByText("Your email address is confirmed. You can now sign in.")).toBeVisible();
  await expectAccessible(page);

  await signIn(page, email, "heather tandem lighthouse");
  await expect(page).toHaveURL(/\/nominations$/);
  await expect(page.getByRole("heading", { name: "My nominations" })).toBeVisible();
  // Nothing of the organisation's yet: the request to join waits for the secretariat or a member.
  await expect(page.getByText("Your request to join Fellside Ambulance Service NHS Trust will be checked by the SPF secretariat or a member of Fellside Ambulance Service NHS Trust.")).toBeVisible();
  await expectAccessible(page);
  await signOut(page);
});

test("bad input on the registration form is listed in the error summary and what was typed is kept", async ({ page }) => {
  await visit(page, "/register");
  await page.getByLabel("Full name").fill('<b>Bold</b> "name" 👩🏽‍⚕️ مرحبا');
  await page.getByLabel("Email address").fill("not an email");
  await page.getByLabel("Create a password").fill("short");
  await page.getByRole("button", { name: "Register" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: "Enter an email address in the correct format, like name@example.com" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Select your organisation" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Password must be 12 characters or more" })).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue('<b>Bold</b> "name" 👩🏽‍⚕️ مرحبا');
  await expect(page.getByLabel("Email address")).toHaveValue("not an email");
  await expectAccessible(page);
});

for (const { email, landing, heading, nav } of [
  { email: "admin@demo.test", landing: /\/admin$/, heading: "Admin", nav: "Admin" },
  { email: "judge.staffside1@demo.test", landing: /\/judging$/, heading: "Judging", nav: "Judging" },
  { email: "entrant@riverbend.demo.test", landing: /\/nominations$/, heading: "My nominations", nav: "My nominations" },
]) {
  test(`${email} signs in, sees only their own area, and signs out`, async ({ page }) => {
    await visit(page, "/login");
    await signIn(page, email);
    await expect(page).toHaveURL(landing);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    const menu = page.getByRole("navigation", { name: "Menu" });
    await expect(menu.getByRole("link", { name: nav })).toBeVisible();
    for (const other of ["Admin", "Judging", "My nominations"].filter((n) => n !== nav)) {
      await expect(menu.getByRole("link", { name: other })).toHaveCount(0);
    }
    await expectAccessible(page);
    await visit(page, "/account");
    await signOut(page);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount/);
  });
}

test("a user who forgot their password resets it through the emailed link", async ({ page }) => {
  const email = "judge.staffside3@demo.test";
  await visit(page, "/login");
  await page.getByRole("link", { name: "I have forgotten my password" }).click();
  await expectAccessible(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectAccessible(page);

  await visit(page, await linkFromEmail(email, "/reset-password/"));
  await page.getByLabel("New password").fill("password1234");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("too common");
  await expectAccessible(page);
  await page.getByLabel("New password").fill("copper kettle mountain");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText("Your password has been changed. Sign in with your new password.")).toBeVisible();
  await signIn(page, email, "copper kettle mountain");
  await expect(page).toHaveURL(/\/judging$/);
});

test("the error pages are in the site's style and say nothing internal", async ({ page }) => {
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectAccessible(page);
  await signInDirectly(page, "entrant@eastbrook.demo.test");
  const forbidden = await page.goto("/admin");
  expect(forbidden?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have permission to see this page" })).toBeVisible();
  await expectAccessible(page);
});

test("a judge sees their expertise on their account page, and a note that is too long is refused and kept", async ({ page }) => {
  await signIn(page, "judge.staffside2@demo.test");
  await visit(page, "/account");
  await expect(page.getByRole("heading", { level: 2, name: "Your expertise as a judge" })).toBeVisible();
  await expectAccessible(page);
  const note = `Branch secretary ${"x".repeat(300)}`;
  await page.getByLabel("Anything else about this expertise (optional)").fill(note);
  await page.getByRole("button", { name: "Save expertise" }).click();
  await expect(page.getByRole("alert")).toContainText("The note on expertise must be 300 characters or fewer");
  await expect(page.getByLabel("Anything else about this expertise (optional)")).toHaveValue(note);
  await expectAccessible(page);
});
