// From the end of judging to the ceremony in a real Chromium, on a server of its own: the secretariat
// shortlists the finalists and confirms them, runs the final round (panel, and decisions recorded
// before the panel's sheets are in, with a reason), sets the announcement a few seconds ahead, and the
// winner's case study appears on /winners by itself.
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

test("the secretariat shortlists, runs the final round, and the winner is published at the announcement by itself", async ({ page }) => {
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
  await expect(page.getByRole("heading", { name: "The final-round panel" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Helen Carter").check();
  await page.getByLabel("Mark Thompson").check();
  await page.getByRole("button", { name: "Save the panel" }).click();
  await expectAccessible(page);

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
  // No panel sheet is in yet: the page says so, and recording the decisions now takes a tick and a reason.
  await expect(page.getByText(/^0 of \d+ final-round score sheets are submitted\./).first()).toBeVisible();
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
