// The organisation picker in a real browser: searching the national register as you type with
// JavaScript, and searching then choosing a radio without it; closed organisations cannot be chosen
// for registering (the page says why) but can be named in a conflict. Axe on every page.
import { chooseOrganisation, expect, expectAccessible, expectAccessibleWithoutJavaScript, signInDirectly, test, visit } from "./fixtures";

// Several axe runs each, on a machine that may be busy.
test.describe.configure({ timeout: 180_000 });

test("with JavaScript, an entrant types part of a name and picks their organisation from the list", async ({ page }) => {
  await visit(page, "/register");
  const combobox = page.getByRole("combobox", { name: "Your organisation", exact: true });
  await combobox.fill("merseycare");
  await expect(page.getByRole("option", { name: /^Mersey Care NHS Foundation Trust/ })).toBeVisible();
  await expect(combobox).toHaveAttribute("aria-expanded", "true");
  await expectAccessible(page);

  // A closed trust is listed, but cannot be chosen, and the list says why.
  await combobox.fill("Project Nightingale");
  const closed = page.getByRole("option", { name: /^Project Nightingale NHS Trust/ });
  await expect(closed).toHaveAttribute("aria-disabled", "true");
  await expect(closed).toContainText("you cannot register with a closed organisation");
  await expectAccessible(page);

  // By keyboard: down to the first match, Enter chooses it without sending the form.
  await combobox.fill("RW4");
  await expect(page.getByRole("option", { name: /^Mersey Care NHS Foundation Trust/ })).toBeVisible();
  await combobox.press("ArrowDown");
  await combobox.press("Enter");
  await expect(page.getByText("Chosen: Mersey Care NHS Foundation Trust")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Register to enter the award" })).toBeVisible();

  await chooseOrganisation(page, "Your organisation", "Manchester Univ", "Manchester University NHS Foundation Trust");
  const email = `e2e.picker.${Date.now()}@example.nhs.uk`;
  await page.getByLabel("Full name").fill("Robin Achebe");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Create a password").fill("heather tandem lighthouse");
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectAccessible(page);
});

test("without JavaScript, an entrant searches the register and chooses a radio", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto("/register");
    await expectAccessibleWithoutJavaScript(page);
    // Nothing is listed before a search: the page never shows which organisations we hold.
    await expect(page.getByRole("radio")).toHaveCount(1);
    await page.getByLabel("Search by name, ODS code or town").fill("Nightingale");
    await page.getByRole("button", { name: "Search the register" }).click();
    await expect(page.getByRole("radio", { name: "Project Nightingale NHS Trust" })).toHaveCount(0);
    await expect(page.getByRole("listitem").filter({ hasText: "Project Nightingale NHS Trust" })).toContainText("you cannot register with a closed organisation");
    await expectAccessibleWithoutJavaScript(page);

    await page.getByLabel("Search by name, ODS code or town").fill("RW4");
    await page.getByRole("button", { name: "Search the register" }).click();
    await expect(page).toHaveURL(/organisationIdSearch=RW4/);
    await page.getByRole("radio", { name: "Mersey Care NHS Foundation Trust" }).check();
    await page.getByLabel("Full name").fill("Sam Okoro");
    await page.getByLabel("Email address").fill("not an email");
    await page.getByLabel("Create a password").fill("heather tandem lighthouse");
    await page.getByRole("button", { name: "Register", exact: true }).click();
    // The form comes back with its problem, and the choice is kept.
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
    await expect(page.getByRole("radio", { name: "Mersey Care NHS Foundation Trust" })).toBeChecked();
    await expectAccessibleWithoutJavaScript(page);
    await page.getByLabel("Email address").fill(`e2e.nojs.${Date.now()}@example.nhs.uk`);
    await page.getByLabel("Create a password").fill("heather tandem lighthouse");
    await page.getByRole("button", { name: "Register", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await expectAccessibleWithoutJavaScript(page);
  } finally {
    await context.close();
  }
});

test("without JavaScript, a judge names a closed organisation in a conflict of interest", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await signInDirectly(page, "judge.employer3@demo.test");
    await page.goto("/judging/conflicts");
    await expectAccessibleWithoutJavaScript(page);
    await page.getByLabel("Search by name, ODS code or town").fill("Queen Mary's Sidcup");
    await page.getByRole("button", { name: "Search the register" }).click();
    await page.getByRole("radio", { name: "Queen Mary's Sidcup NHS Trust" }).check();
    await expectAccessibleWithoutJavaScript(page);
    await page.getByLabel("I have worked for this organisation in the last 3 years").check();
    await page.getByRole("button", { name: "Declare conflict" }).click();
    await expect(page.getByRole("term").filter({ hasText: "Queen Mary's Sidcup NHS Trust" })).toBeVisible();
    await expectAccessibleWithoutJavaScript(page);
    // Leave nothing behind.
    await page.getByRole("button", { name: "Remove the conflict with Queen Mary's Sidcup NHS Trust" }).click();
    await expect(page.getByRole("term").filter({ hasText: "Queen Mary's Sidcup NHS Trust" })).toHaveCount(0);
  } finally {
    await context.close();
  }
});
