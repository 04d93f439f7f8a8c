// The secretariat's screens in a real browser, with axe on every page and every error state.
import { chooseOrganisation, expect, expectAccessible, linkFromEmail, signInDirectly, test, visit } from "./fixtures";

/** Short and different on every run, since the e2e database lasts for the whole run. */
const unique = () => Date.now().toString(36).toUpperCase();

test("an admin invites a judge, who accepts through the emailed link and lands on Judging", async ({ page, browser, baseURL }) => {
  const email = `e2e.judge.${unique().toLowerCase()}@example.nhs.uk`;
  await signInDirectly(page, "admin@demo.test");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Invitations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invitations" })).toBeVisible();
  await expectAccessible(page);

  // A judge needs a side: the form says so and keeps what was typed.
  await page.getByLabel("Full name").fill("Rosa Delgado");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Judge", { exact: true }).check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link", { name: "Select a side" })).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  await expectAccessible(page);

  await page.getByLabel("Side (judges only)").selectOption({ label: "Staff side (trade union)" });
  await chooseOrganisation(page, "Organisation (judges only, optional)", "Eastbrook", "Eastbrook Mental Health NHS Trust");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Invitation sent to Rosa Delgado" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Waiting");
  await expectAccessible(page);

  // The judge opens the link in their own browser, with no session of the admin's.
  const link = await linkFromEmail(email, "/invitations/");
  const other = await browser.newContext({ baseURL });
  try {
    const judge = await other.newPage();
    await visit(judge, link);
    await expect(judge.getByRole("heading", { level: 1, name: "Accept your invitation" })).toBeVisible();
    await expect(judge.getByText("Staff side (trade union), Eastbrook Mental Health NHS Trust")).toBeVisible();
    await judge.getByLabel("Full name").fill("Rosa Delgado-Ruiz");
    await judge.getByLabel("Create a password").fill("saffron ladder orbit");
    await judge.getByRole("button", { name: "Accept invitation" }).click();
    await expect(judge).toHaveURL(/\/judging$/);
    await expect(judge.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Judging" })).toBeVisible();
    await expect(judge.getByRole("heading", { level: 1, name: "Judging" })).toBeVisible();
    await expectAccessible(judge);

    // The link works once.
    await visit(judge, link);
    await expect(judge.getByRole("heading", { level: 1, name: "This invitation has already been accepted" })).toBeVisible();
  } finally {
    await other.close();
  }
});

test("an admin adds an organisation with aliases and finds it by an alias", async ({ page }) => {
  const id = unique();
  const name = `Ashcombe Vale NHS Trust ${id}`;
  await signInDirectly(page, "admin@demo.test");
  await page.goto("/");
  await visit(page, "/admin/organisations");

  await page.getByRole("button", { name: "Add an organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an organisation" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Save organisation" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  for (const problem of ["Enter the organisation's name", "Select the type of organisation", "Select the organisation's region"]) {
    await expect(summary.getByRole("link", { name: problem })).toBeVisible();
  }
  await expectAccessible(page);

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Short name (optional)").fill("Ashcombe Vale");
  await page.getByLabel("Type of organisation").selectOption({ label: "Community trust" });
  await page.getByLabel("Region").selectOption({ label: "South West" });
  await page.getByLabel("ODS code (optional)").fill(`Z${id.slice(-7)}`);
  await page.getByLabel("Other names (optional)").fill(`AVT\nSt Brannoc Hospital ${id}`);
  await page.getByRole("button", { name: "Save organisation" }).click();
  await expect(page.getByRole("alert").filter({ hasText: `${name} has been saved` })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Search by name, short name, ODS code or other name").fill(`brannoc hospital ${id}`);
  await page.getByRole("button", { name: "Search organisations" }).click();
  await expect(page.getByRole("status")).toHaveText("1 organisation matches your search.");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name }) });
  await expect(row).toContainText(`AVT, St Brannoc Hospital ${id}`);
  await expectAccessible(page);
});

test("an admin visits every admin screen", async ({ page, request }) => {
  // An entrant whose organisation is not listed, so that there is a request to decide.
  const id = unique();
  const entrant = `Kit Marlowe ${id}`;
  const registered = await request.post("/register", {
    form: {
      name: entrant,
      email: `e2e.unlisted.${id.toLowerCase()}@example.org`,
      organisationId: "not-listed",
      organisationName: `Marlowe Health Ltd ${id}`,
      password: "quill tavern ledger",
    },
  });
  expect(registered.ok()).toBe(true);

  await signInDirectly(page, "admin@demo.test");
  await page.goto("/");
  await visit(page, "/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();

  await page.getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Name or email address").fill("carter");
  await page.getByLabel("Role").selectOption({ label: "Judge" });
  await page.getByRole("button", { name: "Search users" }).click();
  await expect(page.getByRole("status")).toHaveText("1 user matches your search.");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Helen Carter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Helen Carter" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Deactivate account" })).toBeVisible();
  await expectAccessible(page);

  await visit(page, "/admin/organisations");
  await page.getByRole("link", { name: "Northmoor Valley NHS Foundation Trust" }).click();
  await expect(page.getByLabel("Other names (optional)")).toHaveValue(/NVFT/);
  await expectAccessible(page);

  await visit(page, "/admin/organisation-requests");
  await page.getByRole("link", { name: `Decide on the request from ${entrant}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Decide on a request to add an organisation" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Reject the request" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Enter the reason for rejecting the request");
  await expectAccessible(page);
  await page.getByLabel("Reason for rejecting").fill("Not an NHS organisation");
  await page.getByRole("button", { name: "Reject the request" }).click();
  await expect(page.getByRole("alert").filter({ hasText: `The request from ${entrant} has been rejected` })).toBeVisible();
  await expectAccessible(page);

  await visit(page, "/admin/audit");
  await expect(page.getByText(/The audit log is intact/)).toBeVisible();
  await expect(page.getByRole("cell", { name: "organisation_request.rejected" }).first()).toBeVisible();
});
