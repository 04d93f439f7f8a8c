// The nomination as an NHS.UK task list (issue 18), with axe on every page: each part its own page,
// each part's status and how many are completed on the list, and everything working without JavaScript.
import { E2E_DATA_DIR, expect, expectAccessible, expectAccessibleWithoutJavaScript, serverDb, signInDirectly, test, visit } from "./fixtures";
import { openTask, saveAndReturn } from "./nomination-task-list";

const started: number[] = [];
const ENTRANT = "entrant@riverbend.demo.test";

// The nominations started here go when the tests are done, so later specs see the demo data only.
test.afterAll(async () => {
  if (started.length === 0) return;
  const db = await serverDb(E2E_DATA_DIR);
  await db.deleteFrom("nominations").where("id", "in", started).execute();
});

const task = (page: import("@playwright/test").Page, name: string) => page.locator(".nhsuk-task-list__item").filter({ hasText: name }).first();
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

test("each part of a nomination is its own page, and the task list shows each part's status and how many are completed", async ({ page }) => {
  test.slow(); // several pages, each checked with axe
  await signInDirectly(page, ENTRANT);
  await visit(page, "/nominations");
  await page.getByRole("button", { name: "Start a new nomination" }).click();
  await expect(page.getByTestId("tasks-completed")).toHaveText(/You have completed 0 of \d+ parts/);
  started.push(Number(new URL(page.url()).pathname.split("/").at(-1)));
  await expectAccessible(page);
  const total = Number((await page.getByTestId("tasks-completed").textContent())!.match(/of (\d+)/)![1]);
  await expect(task(page, "About the initiative")).toContainText("Not started");
  await expect(task(page, "Check and submit")).toContainText("Cannot start yet");
  await expect(task(page, "Check and submit").getByRole("link")).toHaveCount(0);
  await expect(task(page, "Check the judges' copy")).toContainText("Cannot start yet");

  // A section: its guidance, its live word count, saved and back to the list as completed.
  await openTask(page, "Summary");
  await expect(page.getByRole("heading", { level: 1, name: "Summary" })).toBeVisible();
  await page.getByLabel("Summary").fill("Reps and managers agreed the new rota together.");
  await expect(page.getByText("You have 242 words remaining").first()).toBeVisible();
  await expectAccessible(page);
  await saveAndReturn(page);
  await expect(task(page, "Summary")).toContainText("Completed");
  await expect(page.getByTestId("tasks-completed")).toHaveText(`You have completed 1 of ${total} parts.`);

  // A section over its word limit may be saved as a draft, but it is not completed.
  await openTask(page, "Top tips");
  await page.getByLabel("Top tips").fill(words(201));
  await expect(page.getByText("You have 1 word too many").first()).toBeVisible();
  await saveAndReturn(page);
  await expect(task(page, "Top tips")).toContainText("Incomplete");
  await expect(page.getByTestId("tasks-completed")).toHaveText(`You have completed 1 of ${total} parts.`);

  // What judges must not see, then the judges' copy, which can start once there is text to check.
  await openTask(page, "What judges must not see");
  await expectAccessible(page);
  await page.getByLabel("Names to hide from judges").fill("Ward 7\nRiverside Clinic");
  await saveAndReturn(page);
  await expect(task(page, "What judges must not see")).toContainText("Completed");
  await page.locator(".nhsuk-task-list").getByRole("link", { name: "Check the judges' copy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your entry as judges will see it" })).toBeVisible();
  await expectAccessible(page);
  await page.goBack();

  // The leads: a problem shows in the error summary, with everything typed kept.
  await openTask(page, "The employer and staff-side leads");
  await expectAccessible(page);
  await page.getByLabel("Employer lead: full name").fill("Dana Whitfield");
  await page.getByLabel("Employer lead: email address").fill(ENTRANT);
  await page.getByRole("button", { name: "Save and return to task list" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link", { name: /employer lead's email address must not be the address of anyone entering/ })).toBeVisible();
  await expect(page.getByLabel("Employer lead: full name")).toHaveValue("Dana Whitfield");
  await expect(page.getByLabel("Employer lead: email address")).toHaveValue(ENTRANT);
  await expectAccessible(page);
  await page.getByLabel("Employer lead: email address").fill("dana.whitfield@example.nhs.uk");
  await saveAndReturn(page);
  await expect(task(page, "The employer and staff-side leads")).toContainText("Incomplete");
});

test("without JavaScript, a part saves with its button and a problem comes back with what was typed", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await signInDirectly(page, ENTRANT);
    await page.goto("/nominations");
    await page.getByRole("button", { name: "Start a new nomination" }).click();
    await expect(page.getByTestId("tasks-completed")).toBeVisible();
    started.push(Number(new URL(page.url()).pathname.split("/").at(-1)));
    await expectAccessibleWithoutJavaScript(page);

    await page.locator(".nhsuk-task-list").getByRole("link", { name: "About the initiative" }).click();
    await page.getByLabel("Title of the initiative").fill("Rotas agreed in partnership, without scripts");
    await page.getByLabel("If shortlisted, the SPF may publish this entry as a case study").check();
    await expectAccessibleWithoutJavaScript(page);
    await page.getByRole("button", { name: "Save and return to task list" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Rotas agreed in partnership, without scripts" })).toBeVisible();
    await expect(task(page, "About the initiative")).toContainText("Completed");

    // Unticking the box on its page saves it unticked; the title on the same page is kept.
    await page.locator(".nhsuk-task-list").getByRole("link", { name: "About the initiative" }).click();
    await expect(page.getByLabel("If shortlisted, the SPF may publish this entry as a case study")).toBeChecked();
    await page.getByLabel("If shortlisted, the SPF may publish this entry as a case study").uncheck();
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText(/^Saved at \d\d:\d\d$/)).toBeVisible();
    await expect(page.getByLabel("If shortlisted, the SPF may publish this entry as a case study")).not.toBeChecked();
    await expect(page.getByLabel("Title of the initiative")).toHaveValue("Rotas agreed in partnership, without scripts");

    await page.getByRole("link", { name: "Back to the task list" }).click();
    await page.locator(".nhsuk-task-list").getByRole("link", { name: "The employer and staff-side leads" }).click();
    await page.getByLabel("Staff-side lead: full name").fill("Ravi Menon");
    await page.getByLabel("Staff-side lead: email address").fill(ENTRANT);
    await page.getByRole("button", { name: "Save and return to task list" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
    await expect(page.getByLabel("Staff-side lead: full name")).toHaveValue("Ravi Menon");
    await expect(page.getByLabel("Staff-side lead: email address")).toHaveValue(ENTRANT);
    await expectAccessibleWithoutJavaScript(page);
  } finally {
    await context.close();
  }
});

// The walk-through's 409 (issue 18), on the nomination's part pages, which share the score sheet's
// autosave hook: "Save and return to task list" pressed just after typing, on a laptop four times
// slower than this machine and 300 ms from the server, while the autosave that typing started is on
// its way. The press must wait for it and go with the revision it made: back on the task
// list, the part completed, the text saved, and never "saved in another tab or window".
test("an entrant on a slow laptop who saves and returns while an autosave is on its way gets back to the task list with the text saved", async ({ page }) => {
  test.setTimeout(240_000);
  const db = await serverDb(E2E_DATA_DIR);
  await signInDirectly(page, ENTRANT);
  await page.goto("/nominations");
  await page.getByRole("button", { name: "Start a new nomination" }).click();
  await expect(page.getByTestId("tasks-completed")).toBeVisible();
  const id = Number(new URL(page.url()).pathname.split("/").at(-1));
  started.push(id);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const slowLaptop = async (on: boolean) => {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: on ? 4 : 1 });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: on ? 300 : 0, downloadThroughput: -1, uploadThroughput: -1 });
  };
  for (let attempt = 1; attempt <= 3; attempt++) {
    await openTask(page, "Summary");
    const text = `Try ${attempt}: reps and managers wrote the new rota together.`;
    await slowLaptop(true);
    // Typing saves after a pause (leaving the box for its button does not: the press saves): the
    // press comes as soon as that autosave has left the browser, while it is on its way.
    const autosaveSent = page.waitForRequest((r) => r.method() === "POST" && r.url().includes("autosave=1"));
    await page.getByLabel("Summary").fill(text);
    await autosaveSent;
    await page.getByRole("button", { name: "Save and return to task list" }).click();
    await expect(page.getByTestId("tasks-completed"), `try ${attempt}`).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/saved in another tab/)).toHaveCount(0);
    await slowLaptop(false);
    await expect(task(page, "Summary")).toContainText("Completed");
    const saved = await db.selectFrom("nomination_answers").select("text").where("nomination_id", "=", id).execute();
    expect(saved.map((a) => a.text), `try ${attempt}`).toContain(text);
  }
  await expectAccessible(page);
});
