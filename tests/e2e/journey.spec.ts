// The whole entrant journey in a real browser, with axe on every page: register, confirm the
// e-mail address, sign in, a member of the organisation approves the request to join, write a
// nomination, submit it, and both leads endorse it from their e-mailed links, after which the
// nomination is complete.
import { chooseOrganisation, expect, expectAccessible, linkFromEmail, signIn, signInDirectly, test, visit } from "./fixtures";
import { fillNomination } from "./nomination-task-list";

test("an entrant goes from registering to a nomination endorsed by both leads", async ({ page, browser, baseURL }) => {
  test.slow(); // every part of the nomination is a page of its own, each loaded and saved
  const run = Date.now().toString(36);
  const email = `journey.${run}@harbourside.example.nhs.uk`;
  const employerLead = `dana.${run}@harbourside.example.nhs.uk`;
  const staffLead = `ravi.${run}@harbourside.example.nhs.uk`;

  await visit(page, "/register");
  await page.getByLabel("Full name").fill("Nia Pryce");
  await page.getByLabel("Email address").fill(email);
  await chooseOrganisation(page, "Your organisation", "Harbourside", "Harbourside Community Health NHS Trust");
  await page.getByLabel("Create a password").fill("harbour lantern meadow");
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  await visit(page, await linkFromEmail(email, "/confirm-email/"));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await signIn(page, email, "harbour lantern meadow");
  await expect(page).toHaveURL(/\/nominations$/);
  await expectAccessible(page);

  // Harbourside's member approves the request to join (tests/e2e/membership.spec.ts shows that in full).
  const member = await browser.newContext({ baseURL });
  const memberPage = await member.newPage();
  await signInDirectly(memberPage, "entrant@harbourside.demo.test");
  await visit(memberPage, "/organisation/members");
  await memberPage.getByRole("button", { name: "Approve Nia Pryce" }).click();
  await expect(memberPage.getByRole("alert").filter({ hasText: "Nia Pryce is now a member" })).toBeVisible();
  await member.close();
  await page.reload();

  await page.getByRole("button", { name: "Start a new nomination" }).click();
  await expect(page.getByTestId("tasks-completed")).toBeVisible();
  await expectAccessible(page);
  await fillNomination(page, {
    title: `Night-shift wellbeing, agreed in partnership ${run}`,
    answer: (i) => `Section ${i + 1}: managers and UNISON reps designed this together from the first meeting.`,
    employerLead,
    staffLead,
  });
  await page.getByRole("link", { name: "Check and submit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your nomination before you submit it" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Submit nomination" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nomination submitted" })).toBeVisible();
  await expect(page.getByText("Waiting for a reply")).toHaveCount(2);
  await expectAccessible(page);

  // Each lead, on their own device and with no account, confirms from the link in their e-mail.
  for (const lead of [employerLead, staffLead]) {
    const other = await browser.newContext({ baseURL });
    const leadPage = await other.newPage();
    await visit(leadPage, await linkFromEmail(lead, "/endorse/"));
    await leadPage.getByRole("button", { name: "I confirm this nomination" }).click();
    await expect(leadPage.getByRole("heading", { level: 1, name: "Thank you for confirming the nomination" })).toBeVisible();
    await expectAccessible(leadPage);
    await other.close();
  }

  await page.reload();
  await expect(page.getByText("Both have, so your nomination is complete.")).toBeVisible();
  await expect(page.getByText("Confirmed", { exact: true })).toHaveCount(2);
  await expectAccessible(page);
});
