// From the end of judging to the ceremony in a real Chromium, on a server of its own: the secretariat
// shortlists the finalists and confirms them, runs the final round (panel; a panel judge scores a
// finalist, checking the answers before submitting; decisions recorded before the panel's other sheets
// are in, with a reason), sets the announcement a few seconds ahead, and the winner's case study
// appears on /winners by itself. The final-round page is a list of tasks, each section folded.
import path from "node:path";
import { expect, expectAccessible, serverDb, signInDirectly, test } from "./fixtures";

const DATA_DIR = path.resolve("tests/.tmp/e2e-announcement");

test.use({ baseURL: `http://localhost:${process.env.E2E_ANNOUNCEMENT_PORT ?? 3102}` });

/** The UK date and time (to the minute) of a moment, as the form's date and time inputs take them. */
function ukParts(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

test("the secretariat shortlists, runs the final round, and the winner is published at the announcement by itself", async ({ page, browser }) => {
  test.setTimeout(180_000);
  // Judging has closed: its deadline is moved into the past (the demo's runs three weeks ahead).
  const db = await serverDb(DATA_DIR);
  const cycle = await db.selectFrom("award_cycles").select("id").where("year", "=", 2027).executeTakeFirstOrThrow();
  await db.updateTable("award_cycles").set({ judging_close_at: new Date(Date.now() - 60_000).toISOString() }).where("id", "=", cycle.id).execute();

  await signInDirectly(page, "admin@demo.test", "announcement");
  await page.goto(`/admin/cycles/${cycle.id}`);
  await page.getByRole("button", { name: "Move to shortlisting" }).click();
  await expect(page.getByText("Shortlisting").first()).toBeVisible();

  // The shortlist: the proposal is ticked; each finalist needs a rationale.
  await page.getByRole("link", { name: /^Shortlist 2027/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("hortlist");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save shortlist" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter the rationale for choosing Entry");
  await expectAccessible(page);
  const ticked = page.locator("input[type=checkbox][name^='pick-']:checked");
  const count = await ticked.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const id = (await ticked.nth(i).getAttribute("name"))!.replace("pick-", "");
    await page.locator(`#rationale-${id}`).fill("Strong, measurable partnership working with the staff side from the outset.");
  }
  await page.getByRole("button", { name: "Save shortlist" }).click();
  await page.getByRole("button", { name: "Confirm shortlist and reveal the finalists to the final-round panel" }).click();
  await expect(page.getByText(/confirmed/i).first()).toBeVisible();
  await expectAccessible(page);

  // The final round.
  await page.goto(`/admin/cycles/${cycle.id}`);
  await page.getByRole("button", { name: "Move to final round" }).click();
  await page.getByRole("link", { name: /^Final round and announcement 2027/ }).click();
  // The page opens with its tasks; only the next one, choosing the panel, is unfolded.
  await expect(page.getByRole("heading", { name: "Tasks" })).toBeVisible();
  await expect(page.locator("details[open] > summary")).toHaveText(["Choose the final-round panel"]);
  await expect(page.getByRole("button", { name: "Record the decisions" })).toBeHidden();
  await expectAccessible(page);
  // Folded, the page is a fraction of its length with every section open (as it was before the tasks).
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  const folded = await height();
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const unfolded = await height();
  await page.evaluate(() => document.querySelectorAll("details").forEach((d, i) => (d.open = i === 0)));
  test.info().annotations.push({ type: "final-round page height at 1280 px", description: `${folded} px folded, ${unfolded} px with every section open` });
  expect(folded).toBeLessThan(unfolded / 2);
  await page.getByLabel("Helen Carter").check();
  await page.getByLabel("Mark Thompson").check();
  await page.getByRole("button", { name: "Save the panel" }).click();
  await expect(page.getByText("The final-round panel has been saved")).toBeVisible();
  await expect(page.locator("details[open] > summary")).toHaveText(["Choose the final-round panel", "Follow the panel's score sheets"]);
  await expectAccessible(page);

  // A panel judge scores a finalist, and checks the answers before the submission that locks the sheet.
  const judging = await browser.newContext({ baseURL: `http://localhost:${process.env.E2E_ANNOUNCEMENT_PORT ?? 3102}` });
  const judge = await judging.newPage();
  await signInDirectly(judge, "judge.staffside1@demo.test", "announcement");
  await judge.goto("/judging/final");
  const finalist = judge.getByRole("table", { name: "Finalists" }).getByRole("link").first();
  const finalistName = (await finalist.textContent())!;
  await finalist.click();
  const scores = judge.getByLabel(/^Score for/);
  await expect(scores.first()).toBeVisible();
  for (let i = 0; i < (await scores.count()); i++) await scores.nth(i).fill("4");
  await judge.getByLabel("Overall comment").fill("Presented jointly by both sides, with evidence for every claim.");
  await judge.getByRole("button", { name: "Continue to check your scores" }).click();
  await expect(judge.getByRole("heading", { level: 1, name: "Check your scores before submitting them" })).toBeVisible();
  await expect(judge.getByText(finalistName, { exact: false }).first()).toBeVisible();
  await expect(judge.getByText("Presented jointly by both sides, with evidence for every claim.")).toBeVisible();
  await expect(judge.getByRole("link", { name: /^Change\s+overall comment$/ })).toBeVisible();
  await expectAccessible(judge);
  await judge.getByRole("button", { name: "Submit scores" }).click();
  await expect(judge.getByText("Your score sheet has been submitted.")).toBeVisible();
  await expectAccessible(judge);
  await judging.close();

  // The decisions are folded until their task is followed from the list (which opens the section).
  await page.reload();
  await page.getByRole("link", { name: "Record the decisions" }).click();
  await expect(page.getByRole("button", { name: "Record the decisions" })).toBeVisible();

  // The first finalist wins (labelled with its entry code: one organisation can have two finalists).
  const winnerRadio = page.locator("input[type=radio][name=winner]").first();
  const winnerId = Number(await winnerRadio.getAttribute("value"));
  await winnerRadio.check();
  await page.locator(`#rationale_${winnerId}`).fill("The panel's unanimous choice: genuine partnership and measured results.");
  const winner = await db
    .selectFrom("nominations")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select(["organisations.name", "nominations.title"])
    .where("nominations.id", "=", winnerId)
    .executeTakeFirstOrThrow();
  // One panel sheet is in: the page says so, and recording the decisions now takes a tick and a reason.
  await expect(page.getByText(/^1 of \d+ final-round score sheets are submitted\./).first()).toBeVisible();
  await page.getByLabel("I confirm that the panel has decided, although not every final-round score sheet is submitted").check();
  await page.getByLabel("Why the decisions cannot wait for every score sheet").fill("The panel decided on the day; its sheets follow.");
  await page.getByRole("button", { name: "Record the decisions" }).click();
  await expect(page.getByText("The decisions have been recorded")).toBeVisible();
  await expect(page.getByText(/Embargoed/).first()).toBeVisible();
  await expectAccessible(page);

  // Not on the public archive before the announcement.
  const publicPage = await page.context().newPage();
  await publicPage.goto("/winners/2027");
  await expect(publicPage.getByText(winner.title)).toHaveCount(0);
  // Nor the year's entries by region and type, which appear with the results.
  await expect(publicPage.getByRole("table", { name: "Entries in 2027 by region" })).toHaveCount(0);

  // The announcement, set to the next whole minute at least 10 seconds away (the form takes minutes).
  const soon = new Date(Math.ceil((Date.now() + 10_000) / 60_000) * 60_000);
  const { date, time } = ukParts(soon);
  await page.getByRole("link", { name: "Announce the results" }).click();
  const announcement = page.getByRole("group", { name: "New announcement time" });
  const [year, month, day] = date.split("-");
  await announcement.getByLabel("Day").fill(String(Number(day)));
  await announcement.getByLabel("Month").fill(String(Number(month)));
  await announcement.getByLabel("Year").fill(year);
  await announcement.getByLabel("Time (UK)").fill(time);
  await page.getByRole("button", { name: "Move the announcement" }).click();
  await expectAccessible(page);

  // Nobody touches anything: the server publishes at the time, and the case study is on /winners.
  await expect
    .poll(
      async () => {
        await publicPage.goto("/winners");
        return publicPage.getByRole("link", { name: `${winner.name}: ${winner.title}` }).count();
      },
      { timeout: 120_000, intervals: [2_000] },
    )
    .toBeGreaterThan(0);
  await expectAccessible(publicPage);
  await publicPage.getByRole("link", { name: `${winner.name}: ${winner.title}` }).first().click();
  await expect(publicPage.getByText("Winner").first()).toBeVisible();
  await expect(publicPage.getByRole("heading", { name: "The challenge" })).toBeVisible();
  await expectAccessible(publicPage);

  // The year page now counts the year's entries by region and type (counts only, no names), accessibly.
  await publicPage.goto("/winners/2027");
  await expect(publicPage.getByRole("table", { name: "Entries in 2027 by region" })).toBeVisible();
  await expect(publicPage.getByRole("table", { name: "Entries in 2027 by type of organisation" })).toBeVisible();
  await expectAccessible(publicPage);
});
