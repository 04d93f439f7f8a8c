import { E2E_DATA_DIR, expect, expectAccessible, serverDb, signInDirectly, test, visit } from "./fixtures";
import { fillNomination, openTask, saveAndReturn } from "./nomination-task-list";

const YEAR = 2032;

// The cycle and its nominations go when these tests are done, so later specs see the demo data only.
test.afterAll(async () => {
  const db = await serverDb(E2E_DATA_DIR);
  const cycle = await db.selectFrom("award_cycles").select("id").where("year", "=", YEAR).executeTakeFirst();
  if (!cycle) return;
  await db.deleteFrom("nominations").where("cycle_id", "=", cycle.id).execute();
  await db.deleteFrom("award_cycles").where("id", "=", cycle.id).execute();
});

/** An award cycle open for nominations, written straight into the e2e server's database. */
async function openCycle(): Promise<void> {
  const db = await serverDb(E2E_DATA_DIR);
  const { createCycle, getCycleByYear } = await import("../../app/models/cycles.server");
  if (await getCycleByYear(db, YEAR)) return;
  const id = await createCycle(
    db,
    {
      year: YEAR,
      dates: {
        nominations_open_at: "2026-01-01T09:00:00.000Z",
        nominations_close_at: `${YEAR}-05-13T16:00:00.000Z`,
        judging_open_at: `${YEAR}-05-20T08:00:00.000Z`,
        judging_close_at: `${YEAR}-06-30T16:00:00.000Z`,
        shortlist_at: null,
        final_judging_at: null,
        announcement_at: `${YEAR}-11-12T19:00:00.000Z`,
      },
    },
    null,
  );
  await db.updateTable("award_cycles").set({ stage: "open" }).where("id", "=", id).execute();
}

test("a draft survives a page reload mid-typing", async ({ page }) => {
  await openCycle();
  await signInDirectly(page, "entrant@harbourside.demo.test");
  await visit(page, "/nominations");
  await page.getByRole("button", { name: "Start a new nomination" }).click();
  await openTask(page, "Summary");
  await expectAccessible(page);

  const summary = page.getByLabel("Summary");
  await summary.fill("Staff-side reps and managers co-designed the rota together");
  await expect(page.getByText("You have 242 words remaining").first()).toBeVisible();

  // Reload before the autosave's few seconds are up: the text comes back from the browser's copy.
  await page.reload();
  await expect(page.locator("form[data-autosave=ready]")).toBeVisible();
  await expect(page.getByLabel("Summary")).toHaveValue("Staff-side reps and managers co-designed the rota together");
  await expect(page.getByText(/We have put back text you typed in this browser/)).toBeVisible();
  await expect(page.getByText(/^Saved at \d\d:\d\d$/)).toBeVisible({ timeout: 10_000 });
  await expectAccessible(page);

  // Once saved on the server, a reload shows the saved draft with nothing to put back.
  await page.reload();
  await expect(page.locator("form[data-autosave=ready]")).toBeVisible();
  await expect(page.getByLabel("Summary")).toHaveValue("Staff-side reps and managers co-designed the rota together");
  await expect(page.getByText(/We have put back text/)).toHaveCount(0);
});

test("an entrant starts, fills in, checks and submits a nomination, and gets a receipt", async ({ page }) => {
  test.slow(); // every part of the nomination, one page each
  await openCycle();
  await signInDirectly(page, "entrant@northmoor-valley.demo.test");
  await visit(page, "/nominations");
  await page.getByRole("button", { name: "Start a new nomination" }).click();

  await openTask(page, "About the initiative");
  await page.getByLabel("Title of the initiative").fill("Menopause support, designed with staff-side reps");
  await saveAndReturn(page);
  // Checking and submitting cannot start yet; the check page, reached anyway, lists what is missing.
  await expect(page.getByRole("link", { name: "Check and submit" })).toHaveCount(0);
  await visit(page, `${new URL(page.url()).pathname}/submit`);
  await expect(page.getByRole("heading", { level: 1, name: "Check your nomination before you submit it" })).toBeVisible();
  await page.getByRole("button", { name: "Submit nomination" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link", { name: 'Complete the section "Summary"' })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Enter the staff-side lead's email address" })).toBeVisible();
  await expectAccessible(page);

  // Each problem links to the field on its part's page.
  await summary.getByRole("link", { name: 'Complete the section "Summary"' }).click();
  await expect(page.locator("form[data-autosave=ready]")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Summary" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the task list" }).click();
  await fillNomination(page, {
    title: "Menopause support, designed with staff-side reps",
    answer: (i) => `Answer ${i + 1}: reps and managers agreed it together.`,
    employerLead: "dana.whitfield@example.nhs.uk",
    staffLead: "ravi.menon@example.nhs.uk",
  });
  await page.getByRole("link", { name: "Check and submit" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Check your nomination before you submit it" })).toBeVisible();
  await expect(page.getByText("Answer 1: reps and managers agreed it together.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Submit nomination" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Nomination submitted" })).toBeVisible();
  await expect(page.getByText(/HPMA-2032-\d{4}/)).toBeVisible();
  await expect(page.getByText("Waiting for a reply")).toHaveCount(2);
  await expectAccessible(page);
});

test("a save based on an older version is refused with a message, and the text typed stays", async ({ page, context }) => {
  await openCycle();
  await signInDirectly(page, "entrant@riverbend.demo.test");
  await page.goto("/nominations");
  await page.getByRole("button", { name: "Start a new nomination" }).click();
  await openTask(page, "Summary");
  // A colleague saves another part of the same nomination after this page was opened.
  const colleague = await context.newPage();
  await colleague.goto(page.url().replace(/section-\d+$/, "details"));
  await expect(colleague.locator("form[data-autosave=ready]")).toBeVisible();
  await colleague.getByLabel("Title of the initiative").fill("The colleague's title");
  await colleague.getByLabel("Unions involved").focus();
  await expect(colleague.getByText(/^Saved at \d\d:\d\d$/)).toBeVisible();

  await page.getByLabel("Summary", { exact: true }).fill("مرحبا — text typed in the other tab <b>kept</b>");
  await page.getByLabel("Summary", { exact: true }).blur();
  await expect(page.getByRole("heading", { name: "Important: Someone else has saved this nomination" })).toBeVisible();
  await expect(page.getByText(/saved this nomination at .* after you opened it/)).toBeVisible();
  await expect(page.getByLabel("Summary", { exact: true })).toHaveValue("مرحبا — text typed in the other tab <b>kept</b>");
  await expectAccessible(page);
  await colleague.close();
});

test("signing out forgets the copy of unsaved text kept in this browser", async ({ page }) => {
  await openCycle();
  await signInDirectly(page, "entrant@fellside.demo.test");
  await visit(page, "/nominations");
  await page.getByRole("button", { name: "Start a new nomination" }).click();
  await openTask(page, "Summary");
  // The connection is lost, so the text is only in the browser's copy when the person signs out.
  await page.route(/autosave/, (route) => route.abort());
  await page.getByLabel("Summary").fill("Private words typed on a shared computer");
  const copies = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("hpma:nomination:")).length);
  await expect.poll(copies).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  expect(await copies()).toBe(0);
});
