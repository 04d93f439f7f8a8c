// Calibration before scoring (decision 037) in a real Chromium, on the server whose demo cycle is in
// judging: a judge who has not yet submitted a score sheet scores the practice entry, sees where their
// scores sit against another judge's (by code), and the secretariat sees who has calibrated. axe
// checks every page. Leaves the judge's sheets and the practice sheets as it found them.
import path from "node:path";
import { expect, expectAccessible, serverDb, signIn, signOut, test, visit } from "./fixtures";

const DATA_DIR = path.resolve("tests/.tmp/e2e-judging");
const JUDGE = "judge.staffside3@demo.test";
const JUDGE_NAME = "Gareth Price";
const OTHER = "judge.employer2@demo.test";

test.use({ baseURL: `http://localhost:${process.env.E2E_JUDGING_PORT ?? 3101}` });

test("a judge scores the practice entry and sees where their scores sit; the secretariat sees who calibrated", async ({ page }) => {
  test.slow();
  const db = await serverDb(DATA_DIR);
  const cycle = await db.selectFrom("award_cycles").select("id").where("year", "=", 2027).executeTakeFirstOrThrow();
  const practice = await db.selectFrom("practice_entries").select("archive_entry_id").where("cycle_id", "=", cycle.id).executeTakeFirstOrThrow();
  const [judge, other] = await Promise.all([JUDGE, OTHER].map((e) => db.selectFrom("users").select("id").where("email_normalised", "=", e).executeTakeFirstOrThrow()));
  // This judge is taken back to before their first score sheet; another judge has practised already.
  const submitted = await db
    .selectFrom("score_sheets")
    .innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id")
    .select(["score_sheets.id", "score_sheets.submitted_at"])
    .where("judging_assignments.judge_user_id", "=", judge.id)
    .where("score_sheets.status", "=", "submitted")
    .execute();
  const criteria = await db.selectFrom("cycle_criteria").select("id").where("cycle_id", "=", cycle.id).where("round", "=", "first").execute();
  const at = new Date().toISOString();
  try {
    await db.updateTable("score_sheets").set({ status: "draft", submitted_at: null }).where("id", "in", submitted.map((s) => s.id)).execute();
    const { id: otherSheet } = await db
      .insertInto("practice_sheets")
      .values({ cycle_id: cycle.id, judge_user_id: other.id, archive_entry_id: practice.archive_entry_id, status: "submitted", overall_comment: "Practice", revision: 1, submitted_at: at, created_at: at, updated_at: at })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.insertInto("practice_scores").values(criteria.map((c) => ({ sheet_id: otherSheet, criterion_id: c.id, score: 4, comment: "" }))).execute();

    await signIn(page, JUDGE);
    await visit(page, "/judging");
    await expect(page.getByRole("heading", { name: "Practise first" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Score the practice entry" }).click();
    await expect(page.getByText("Practice entry", { exact: true })).toBeVisible();
    await expect(page.getByText("This is practice.")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Submit scores" }).click();
    await expect(page.getByRole("alert")).toContainText("Enter a score for");
    await expectAccessible(page);
    const scores = page.getByLabel(/^Score for/);
    for (let i = 0; i < (await scores.count()); i++) await scores.nth(i).fill("7");
    await page.getByLabel("Overall comment").fill("A joint policy with clear numbers; I would score it well.");
    await page.getByRole("button", { name: "Submit scores" }).click();

    await expect(page.getByRole("heading", { name: "Where your practice scores sit" })).toBeVisible();
    const everyone = page.getByRole("table", { name: "Every judge's practice scores, by code" });
    await expect(everyone.getByRole("rowheader", { name: /\(you\)$/ })).toHaveCount(1);
    await expect(everyone.getByRole("row")).toHaveCount(3);
    await expect(page.getByText("3 above the others' median").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Submit scores" })).toHaveCount(0);
    await expectAccessible(page);

    await signOut(page);
    await signIn(page, "admin@demo.test");
    await visit(page, `/admin/cycles/${cycle.id}/judging`);
    const calibrated = page.getByRole("table", { name: "Who has calibrated" });
    await expect(calibrated.getByRole("row").filter({ hasText: JUDGE_NAME })).toContainText("Calibrated");
    await expect(calibrated.getByRole("row").filter({ hasText: "Sarah Lindqvist" })).toContainText("Not offered (conflict of interest)");
    // The practice copy's flags and words to hide, as on an entry's review page.
    await expect(page.getByRole("heading", { name: "Flags in the practice entry" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Words to hide" })).toBeVisible();
    await expectAccessible(page);
    // Nothing to hide typed: the NHS error summary, and nothing saved.
    await page.getByRole("button", { name: "Hide these words" }).click();
    await expect(page.getByRole("alert")).toContainText("Enter the words to hide");
    await expectAccessible(page);
  } finally {
    const sheets = db.selectFrom("practice_sheets").select("id").where("cycle_id", "=", cycle.id);
    await db.deleteFrom("practice_scores").where("sheet_id", "in", sheets).execute();
    await db.deleteFrom("practice_sheets").where("cycle_id", "=", cycle.id).execute();
    for (const s of submitted) await db.updateTable("score_sheets").set({ status: "submitted", submitted_at: s.submitted_at }).where("id", "=", s.id).execute();
  }
});
