// Joining an organisation in a real browser, with axe on every page: a new entrant registers for a
// demo organisation that has a member, sees nothing of its nominations while the request waits, the
// member approves it on the members page, and then the new entrant sees the nominations.
import { chooseOrganisation, E2E_DATA_DIR, expect, expectAccessible, linkFromEmail, signIn, serverDb, signInDirectly, test, visit } from "./fixtures";

const EASTBROOK = "Eastbrook Mental Health NHS Trust";

test("a member approves a new entrant's request to join, after which the entrant sees the nominations", async ({ page, browser, baseURL }) => {
  const run = Date.now().toString(36);
  const email = `joiner.${run}@elsewhere.example`;
  const name = `Sam Joiner ${run}`;

  await visit(page, "/register");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email address").fill(email);
  await chooseOrganisation(page, "Your organisation", "Eastbrook", EASTBROOK);
  await page.getByLabel("Create a password").fill("copper meadow lantern");
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByText(`Your request to join ${EASTBROOK} will be checked by the SPF secretariat or a member of ${EASTBROOK}.`)).toBeVisible();
  await expectAccessible(page);

  await visit(page, await linkFromEmail(email, "/confirm-email/"));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await signIn(page, email, "copper meadow lantern");
  await expect(page).toHaveURL(/\/nominations$/);
  await expect(page.getByText(`Your request to join ${EASTBROOK} will be checked`)).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectAccessible(page);

  // The member, on their own device, approves the request from the members page.
  const other = await browser.newContext({ baseURL });
  const memberPage = await other.newPage();
  await signInDirectly(memberPage, "entrant@eastbrook.demo.test");
  await visit(memberPage, "/nominations");
  await memberPage.getByRole("link", { name: `Members of ${EASTBROOK} and requests to join` }).click();
  await expect(memberPage.getByRole("heading", { level: 1, name: "Members of your organisation" })).toBeVisible();
  await expect(memberPage.getByRole("table", { name: "Requests to join" })).toContainText(email);
  await expectAccessible(memberPage);
  await memberPage.getByRole("button", { name: `Approve ${name}` }).click();
  await expect(memberPage.getByRole("alert").filter({ hasText: `${name} is now a member` })).toBeVisible();
  await expect(memberPage.getByRole("table", { name: "Members" })).toContainText(name);
  await expectAccessible(memberPage);
  await other.close();

  await page.reload();
  await expect(page.getByText(`You enter the award for ${EASTBROOK}.`)).toBeVisible();
  await expectAccessible(page);
  // Another test may have opened a later cycle, so the list's contents vary: open one of Eastbrook's
  // nominations itself, which the entrant could not before the approval.
  const db = await serverDb(E2E_DATA_DIR);
  const nomination = await db
    .selectFrom("nominations")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select(["nominations.id", "nominations.title"])
    .where("organisations.name", "=", EASTBROOK)
    .where("nominations.title", "is not", null)
    .orderBy("nominations.id")
    .executeTakeFirstOrThrow();
  await visit(page, `/nominations/${nomination.id}`);
  await expect(page.getByText(nomination.title!).first()).toBeVisible();
  await expectAccessible(page);
});
