// Award cycles as the secretariat runs them, in a real browser, with axe on every page and error state.
import type { Page } from "@playwright/test";
import { E2E_SERVERS, expect, expectAccessible, serverDb, signInDirectly, test, visit } from "./fixtures";

/** Types one of the cycle's dates ("2031-05-13"), in UK time, into its day, month and year boxes and its time. */
async function fillDate(page: Page, legend: string | RegExp, date: string, time: string) {
  const group = page.getByRole("group", { name: legend });
  const [year, month, day] = date.split("-");
  await group.getByLabel("Day").fill(String(Number(day)));
  await group.getByLabel("Month").fill(String(Number(month)));
  await group.getByLabel("Year").fill(year);
  await group.getByLabel("Time (UK)").fill(time);
}

test("an admin creates the 2031 award cycle with its dates in UK time, sees it listed and opens it", async ({ page }) => {
  // A long walk (create, errors, stages, nominations, closing now), with axe at every step.
  test.setTimeout(180_000);
  await signInDirectly(page, "admin@demo.test");
  await page.goto("/");
  await visit(page, "/admin");

  await page.getByRole("link", { name: "Award cycles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Award cycles" })).toBeVisible();
  await expectAccessible(page);

  // Nothing typed: every problem is listed, each linked to its field.
  await page.getByRole("button", { name: "Create award cycle" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(problems.getByRole("link", { name: "Enter the year of the award" })).toBeVisible();
  await expect(problems.getByRole("link", { name: "Enter the date and time nominations close" })).toBeVisible();
  await expectAccessible(page);

  // A date that does not exist, typed in the day, month and year boxes: said so, linked to the day.
  await fillDate(page, "Nominations close", "2031-02-31", "17:00");
  await page.getByRole("button", { name: "Create award cycle" }).click();
  await problems.getByRole("link", { name: "Nominations close must be a real date, like 13 5 2027" }).click();
  await expect(page.getByRole("group", { name: "Nominations close" }).getByLabel("Day")).toBeFocused();
  await expectAccessible(page);

  await page.getByLabel("Year of the award").fill("2031");
  await page.getByRole("radio", { name: "The default 2025 criteria" }).check();
  await fillDate(page, "Nominations open", "2026-01-10", "09:00");
  await fillDate(page, "Nominations close", "2031-05-13", "17:00");
  await fillDate(page, "Judging opens (optional)", "2031-05-20", "09:00");
  await fillDate(page, "Judging closes (optional)", "2031-06-30", "17:00");
  await fillDate(page, "Shortlist decided (optional)", "2031-07-07", "12:00");
  await fillDate(page, "Final judging day (optional)", "2031-09-15", "10:00");
  await fillDate(page, "Announcement (the ceremony) (optional)", "2031-11-12", "19:00");
  await page.getByRole("button", { name: "Create award cycle" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "The award cycle has been created in draft" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "HPMA partnership award 2031" })).toBeVisible();
  await expect(page.getByText("5pm on Tuesday 13 May 2031", { exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Criteria" }).getByRole("rowheader", { name: "Genuine partnership from the outset" })).toBeVisible();
  await expectAccessible(page);

  // The stage moves as the rules allow: open now, but not closed before the deadline.
  await page.getByRole("button", { name: "Move to open for nominations" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The cycle has moved to its new stage" })).toBeVisible();
  await page.getByRole("button", { name: "Move to nominations closed" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "There is a problem" }).getByRole("link", { name: "Nominations cannot close before the deadline (including any extension) has passed" }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Award cycles" }).first().click();
  const cycles = page.getByRole("table", { name: "Award cycles, newest first" });
  const row = cycles.getByRole("row").filter({ hasText: "2031" });
  await expect(row).toContainText("Open for nominations");
  await expect(row).toContainText("5pm on Tuesday 13 May 2031");
  await expectAccessible(page);

  await row.getByRole("link", { name: "Award cycle 2031" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "HPMA partnership award 2031" })).toBeVisible();

  await page.getByRole("link", { name: "See the nominations of 2031" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nominations" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Nominations for 2031" })).toBeVisible();
  await expectAccessible(page);
  const organisation = page.getByRole("columnheader", { name: "Organisation" });
  await organisation.getByRole("button").click();
  await expect(organisation).toHaveAttribute("aria-sort", "ascending");
  await organisation.getByRole("button").click();
  await expect(organisation).toHaveAttribute("aria-sort", "descending");
  await expectAccessible(page);

  // Closing nominations now, ahead of the deadline, after a page that says what it does.
  await page.goBack();
  await page.getByRole("button", { name: "Close nominations now" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Close nominations now" })).toBeVisible();
  await expect(page.getByText("Nominations are due to close at 5pm on Tuesday 13 May 2031 (UK time).")).toBeVisible();
  // It says how many organisations will be told by email that their nominations will not go forward.
  await expect(page.getByText(/^\d+ organisations?: every approved member of each organisation with a draft/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Close nominations now" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nominations have closed" })).toBeVisible();
  await expect(page.getByText("The stage of this cycle is nominations closed")).toBeVisible();
  await expectAccessible(page);
  // Back to a draft, as the shared server had it: entrants work in the newest cycle that has opened, so
  // a closed 2031 would take the demo's open 2027 cycle away from the entrants' specs that follow.
  const db = await serverDb(E2E_SERVERS.open.dataDir);
  await db.updateTable("award_cycles").set({ stage: "draft" }).where("year", "=", 2031).execute();
});

test("an admin sorts and filters the demo cycle's nominations in the browser", async ({ page }) => {
  await signInDirectly(page, "admin@demo.test");
  await page.goto("/admin/cycles");
  await page.getByRole("link", { name: /2027/ }).first().click();
  await page.getByRole("link", { name: "See the nominations of 2027" }).click();
  const table = page.getByRole("table", { name: "Nominations for 2027" });
  await expect(table).toBeVisible();
  await expectAccessible(page);

  const firstOrganisation = () => table.getByRole("row").nth(1).getByRole("cell").first().textContent();
  await table.getByRole("button", { name: "Organisation" }).click();
  await expect(table.getByRole("columnheader", { name: /Organisation/ })).toHaveAttribute("aria-sort", "ascending");
  const ascending = await firstOrganisation();
  await table.getByRole("button", { name: "Organisation" }).click();
  await expect(table.getByRole("columnheader", { name: /Organisation/ })).toHaveAttribute("aria-sort", "descending");
  expect(await firstOrganisation()).not.toBe(ascending);

  await page.getByLabel("Search by organisation, reference or title").fill("Fellside");
  for (const row of await table.getByRole("row").all().then((rows) => rows.slice(1))) {
    await expect(row.getByRole("cell").first()).toContainText("Fellside");
  }
  await page.getByLabel("Status").selectOption({ label: "Withdrawn" });
  await expect(table.getByRole("cell", { name: "No nominations match the filters." })).toBeVisible();
  await expectAccessible(page);
});

test("the secretariat's pages with tables fit a 375 px wide phone: a wide table scrolls in its own region, not the page", async ({ page }) => {
  // WCAG 1.4.10 reflow: nothing but a table's own container may scroll sideways.
  await signInDirectly(page, "admin@demo.test");
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/admin/cycles");
  const cycle = new URL(await page.getByRole("link", { name: /2027/ }).first().evaluate((a) => (a as HTMLAnchorElement).href)).pathname;
  for (const pathname of ["/admin/cycles", cycle, `${cycle}/nominations`, "/admin/invitations", "/admin/judges", "/winners/charts"]) {
    await visit(page, pathname);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth, pathname).toBeLessThanOrEqual(clientWidth);
  }
});

test("an error summary's link opens the expander its field is in and moves the focus to the field, the errors staying shown", async ({ page }) => {
  await signInDirectly(page, "admin@demo.test");
  await page.goto("/admin/cycles");
  await page.getByRole("link", { name: /2027/ }).first().click();
  await expect(page).toHaveURL(/\/admin\/cycles\/\d+$/);
  await page.getByText("Change the dates").click();
  await page.getByRole("group", { name: "Judging closes" }).getByLabel("Day").fill("32");
  await page.getByRole("button", { name: "Save dates" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await problems.getByRole("link", { name: "Judging closes must be a real date, like 13 5 2027" }).click();
  await expect(page.getByRole("group", { name: "Judging closes" }).getByLabel("Day")).toBeFocused();
  await expect(problems).toBeVisible();
  await expectAccessible(page);
});
