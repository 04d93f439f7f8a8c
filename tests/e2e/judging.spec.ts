// A judge's journey in a real Chromium, on the server whose demo cycle is in judging: accepting the
// statement, declaring a conflict (after assignment, so their list stays as it is: decision 016),
// scoring (with autosave) and submitting, and stepping away from an entry. axe checks every page.
import path from "node:path";
import { chooseOrganisation, expect, expectAccessible, serverDb, signInDirectly, test, visit } from "./fixtures";

const DATA_DIR = path.resolve("tests/.tmp/e2e-judging");
const JUDGE = "judge.staffside1@demo.test";

test.use({ baseURL: `http://localhost:${process.env.E2E_JUDGING_PORT ?? 3101}` });

test("a judge accepts the statement, declares a conflict, scores and submits an entry", async ({ page }) => {
  test.slow(); // the longest journey in the suite: a dozen pages, each checked by axe
  // This judge has not yet accepted the statement for the cycle.
  const db = await serverDb(DATA_DIR);
  const judge = await db.selectFrom("users").select("id").where("email_normalised", "=", JUDGE).executeTakeFirstOrThrow();
  await db.deleteFrom("judge_statements").where("judge_user_id", "=", judge.id).execute();

  await signInDirectly(page, JUDGE, "judging");
  await visit(page, "/judging");
  await expect(page.getByRole("heading", { name: "Before you see any entry" })).toBeVisible();
  await page.getByRole("link", { name: "Read the statement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Confidentiality and conflicts of interest" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Accept and continue" }).click();
  await expect(page.getByRole("alert")).toContainText("Confirm that you accept the statement");
  await expectAccessible(page);
  await page.getByLabel("I accept the confidentiality and conflict of interest statement").check();
  await page.getByRole("button", { name: "Accept and continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Your conflicts of interest" })).toBeVisible();
  await expectAccessible(page);
  // Entries are already assigned: the list of entries before the declaration is the list after it.
  await visit(page, "/judging");
  const entries = page.getByRole("table", { name: "Your entries" }).getByRole("link");
  const before = await entries.allTextContents();
  expect(before.length).toBeGreaterThan(0);
  await page.getByRole("link", { name: "Declare or review your conflicts of interest" }).click();
  await chooseOrganisation(page, "Organisation", "Harbourside", "Harbourside Community Health NHS Trust");
  await page.getByLabel("I have worked for this organisation in the last 3 years").check();
  await page.getByRole("button", { name: "Declare conflict" }).click();
  await expect(page.getByText("Your conflict of interest has been recorded and sent to the SPF secretariat")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Go to your entries" }).click();
  await expect(page.getByRole("table", { name: "Your entries" })).toBeVisible();
  expect(await entries.allTextContents()).toEqual(before);
  await expectAccessible(page);
  const notStarted = page.getByRole("row").filter({ hasText: "Not started" }).first();
  const label = (await notStarted.getByRole("link").textContent())!;
  await notStarted.getByRole("link").click();
  await expect(page.getByText(label, { exact: true })).toBeVisible();
  await expectAccessible(page);

  // A score typed and left: autosave keeps it.
  const scores = page.getByLabel(/^Score for/);
  await scores.nth(0).fill("7");
  await scores.nth(1).click();
  await expect(page.locator("#save-status")).toContainText("Saved at");

  // Going on with a score missing and no overall comment: every problem is listed.
  await page.getByRole("button", { name: "Continue to check your scores" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter a score for");
  await expect(page.getByRole("alert")).toContainText("Enter an overall comment");
  await expectAccessible(page);
  const count = await scores.count();
  for (let i = 0; i < count; i++) await scores.nth(i).fill(String(5 + (i % 3)));
  await page.getByLabel("Overall comment").fill("A genuine partnership with clear outcomes for staff.");
  await page.getByRole("button", { name: "Continue to check your scores" }).click();
  // The check of every answer, each with a link back to change it, before the submission that locks the sheet.
  await expect(page.getByRole("heading", { level: 1, name: "Check your scores before submitting them" })).toBeVisible();
  await expect(page.getByText("A genuine partnership with clear outcomes for staff.")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Change\s+overall comment$/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /^Change\s+score for/ }).first().click();
  await expect(page.getByLabel(/^Score for/).first()).toHaveValue("5");
  await page.getByRole("button", { name: "Continue to check your scores" }).click();
  await page.getByRole("button", { name: "Submit scores" }).click();
  await expect(page.getByText("Your score sheet has been submitted.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: label })).toContainText("Submitted");
  await expectAccessible(page);
});

test("a judge steps away from an entry they think they recognise", async ({ page }) => {
  await signInDirectly(page, "judge.employer2@demo.test", "judging");
  await visit(page, "/judging");
  const row = page.getByRole("row").filter({ hasText: "Not started" }).first();
  const label = (await row.getByRole("link").textContent())!;
  await row.getByRole("link").click();
  await page.getByRole("link", { name: /step away from this entry/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Step away from this entry" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Step away from this entry" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter why you are stepping away");
  await page.getByLabel("Why are you stepping away?").fill("I think I know this organisation from a regional forum.");
  await page.getByRole("button", { name: "Step away from this entry" }).click();
  await expect(page.getByText("You have stepped away from that entry.")).toBeVisible();
  await expect(page.getByRole("link", { name: label })).toHaveCount(0);
  await expectAccessible(page);
});
