// "Continue to check your scores" pressed just after leaving a comment box, on a slow laptop over a
// slow network: the press waits for the autosave that leaving the box started, then goes with the
// revision that autosave made, so the check page shows the comment, the sheet is submitted from it
// and no false "saved in another tab" appears (issue 18).
import path from "node:path";
import { expect, expectAccessible, serverDb, signInDirectly, test } from "./fixtures";

const DATA_DIR = path.resolve("tests/.tmp/e2e-judging");
const JUDGE = "judge.staffside2@demo.test";
const TRIES = 3;

test.use({ baseURL: `http://localhost:${process.env.E2E_JUDGING_PORT ?? 3101}` });

test("a judge on a slow laptop who goes on to check their scores just after leaving a comment box submits the sheet", async ({ page }) => {
  test.setTimeout(240_000);
  const db = await serverDb(DATA_DIR);
  await signInDirectly(page, JUDGE, "judging");
  await page.goto("/judging");
  await expectAccessible(page);
  const row = page.getByRole("row").filter({ hasText: /Not started|Draft/ }).first();
  const code = (await row.getByRole("link").getAttribute("href"))!.split("/").at(-1)!;
  const judge = await db.selectFrom("users").select("id").where("email_normalised", "=", JUDGE).executeTakeFirstOrThrow();
  const assignment = await db
    .selectFrom("judging_assignments as a")
    .innerJoin("judging_entries as e", (j) => j.onRef("e.nomination_id", "=", "a.nomination_id").onRef("e.cycle_id", "=", "a.cycle_id"))
    .select("a.id")
    .where("a.judge_user_id", "=", judge.id)
    .where("e.code", "=", code)
    .where("a.round", "=", "first")
    .executeTakeFirstOrThrow();

  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  /** A laptop four times slower than this machine, 300 ms from the server (or back to normal). */
  const slowLaptop = async (on: boolean) => {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: on ? 4 : 1 });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: on ? 300 : 0, downloadThroughput: -1, uploadThroughput: -1 });
  };
  const sheetStatus = async () => (await db.selectFrom("score_sheets").select("status").where("assignment_id", "=", assignment.id).executeTakeFirstOrThrow()).status;
  /** Opens the sheet as a draft again (as the secretariat's reopening would) and fills it in, but for one comment box. */
  const openAndFill = async (attempt: number) => {
    await db.updateTable("score_sheets").set({ status: "draft", submitted_at: null }).where("assignment_id", "=", assignment.id).execute();
    await page.goto(`/judging/entries/${code}`);
    await expect(page.locator("form[data-autosave=ready]")).toBeVisible();
    const scores = page.getByLabel(/^Score for/);
    const count = await scores.count();
    for (let i = 0; i < count; i++) await scores.nth(i).fill(String(4 + ((i + attempt) % 4)));
    const overall = `Try ${attempt}: a partnership that staff can see in their working week.`;
    await page.getByLabel("Overall comment").fill(overall);
    // Left, and saved, so that the only save on its way at the press is the comment box's.
    await page.getByRole("heading", { level: 1 }).click();
    await expect
      .poll(async () => (await db.selectFrom("score_sheets").select("overall_comment").where("assignment_id", "=", assignment.id).executeTakeFirst())?.overall_comment)
      .toBe(overall);
    await page.waitForLoadState("networkidle");
  };
  /** Types in the first comment box, leaves it (which saves it) and presses Continue at once, while that save is on its way. */
  const commentThenContinue = async (attempt: number) => {
    const comment = page.getByLabel(/^Comment on/).first();
    await comment.fill(`Try ${attempt}: the staff side was at the table from the start.`);
    await comment.press("Tab");
    await page.getByRole("button", { name: "Continue to check your scores" }).click();
  };
  /** On the check page, which shows the comment the press carried, submits. */
  const checkThenSubmit = async (attempt: number) => {
    await expect(page.getByRole("heading", { level: 1, name: "Check your scores before submitting them" }), `try ${attempt}`).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(`Try ${attempt}: the staff side was at the table from the start.`)).toBeVisible();
    await page.getByRole("button", { name: "Submit scores" }).click();
    await expect(page.getByText("Your score sheet has been submitted."), `try ${attempt}`).toBeVisible({ timeout: 30_000 });
  };

  for (let attempt = 1; attempt <= TRIES; attempt++) {
    await openAndFill(attempt);
    await slowLaptop(true);
    await commentThenContinue(attempt);
    await checkThenSubmit(attempt);
    await slowLaptop(false);
    expect(await sheetStatus(), `try ${attempt}`).toBe("submitted");
  }
  await expectAccessible(page);

  // The autosave is refused (the connection drops): the press still goes, and its answer is shown.
  await openAndFill(TRIES + 1);
  await page.route(/\?autosave=1/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.abort("connectionreset");
  });
  await commentThenContinue(TRIES + 1);
  await checkThenSubmit(TRIES + 1);
  await page.unrouteAll();
  expect(await sheetStatus()).toBe("submitted");

  // A real conflict, saved in another tab after this one opened, still says so, and nothing is submitted.
  await openAndFill(TRIES + 2);
  await db.updateTable("score_sheets").set((eb) => ({ revision: eb("revision", "+", 1) })).where("assignment_id", "=", assignment.id).execute();
  await commentThenContinue(TRIES + 2);
  await expect(page.getByText(/saved in another tab/).first()).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
  expect(await sheetStatus()).toBe("draft");
});
