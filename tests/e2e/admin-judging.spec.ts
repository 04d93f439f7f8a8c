// The secretariat's side of blind judging in a real Chromium, on the server whose demo cycle is in
// judging: reviewing an entry's redaction, hiding more words, releasing it, rebuilding the copies that
// are out of date, and the assignment page. axe checks every page on the way.
import { E2E_SERVERS, expect, expectAccessible, serverDb, signInDirectly, test } from "./fixtures";

test.use({ baseURL: `http://localhost:${process.env.E2E_JUDGING_PORT ?? 3101}` });

test("an admin reviews a redaction, hides more words and releases the entry", async ({ page }) => {
  await signInDirectly(page, "admin@demo.test", "judging");
  await page.goto("/admin/cycles");
  await page.getByRole("link", { name: /2027/ }).first().click();
  await page.getByRole("link", { name: /^Judging 2027/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Judging" })).toBeVisible();
  await expectAccessible(page);

  // The first entry: its review page shows what is hidden and the judges' copy.
  await page.getByRole("table", { name: "Entries for judging, by code" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "The entry and the judges' copy" })).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();
  // A hidden passage's placeholder runs on in its sentence: the paragraph does not break at it.
  const displays = await page.locator("mark.judging-redacted > span[aria-hidden], .judging-flagged > span").evaluateAll((els) => els.map((el) => getComputedStyle(el).display));
  expect(displays.length).toBeGreaterThan(0);
  expect(new Set(displays)).toEqual(new Set(["inline"]));
  await expectAccessible(page);
  const summary = page.getByTestId("judges-copy-title");
  await expect(summary).toBeVisible();

  // A word from the judges' copy of the summary is hidden by hand: the entry goes back for review.
  const copy = (await page.locator("[data-testid^='judges-copy-section_']").first().textContent())!;
  const word = copy.split(/\s+/).find((w) => /^[a-z]{6,}$/.test(w))!;
  await page.getByLabel("Words to hide").fill(word);
  await page.getByRole("button", { name: "Hide these words" }).click();
  await expect(page.getByRole("alert")).toContainText("Select what the words are");
  await expectAccessible(page);
  await page.getByLabel("Something else").check();
  await page.getByRole("button", { name: "Hide these words" }).click();
  await expect(page.locator("[data-testid^='judges-copy-section_']").first()).not.toContainText(` ${word} `);
  await expect(page.getByText("Needs review").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: /^Release/ }).click();
  await expect(page.getByText("Released").first()).toBeVisible();
  await expectAccessible(page);
});

test("an admin previews the assignment of judges", async ({ page }) => {
  await signInDirectly(page, "admin@demo.test", "judging");
  await page.goto("/admin/cycles");
  await page.getByRole("link", { name: /2027/ }).first().click();
  await page.getByRole("link", { name: /^Judging 2027/ }).click();
  await page.getByRole("link", { name: /assign/i }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/ssign/);
  await expectAccessible(page);
});

test("an admin rebuilds the judges' copies that are out of date from the judging overview", async ({ page }) => {
  // One copy made as if under older redaction rules; put back as it was afterwards, released or not.
  const db = await serverDb(E2E_SERVERS.judging.dataDir);
  const entry = await db
    .selectFrom("judging_entries")
    .innerJoin("award_cycles", "award_cycles.id", "judging_entries.cycle_id")
    .select(["judging_entries.nomination_id", "judging_entries.code", "judging_entries.source_hash", "judging_entries.status", "judging_entries.released_at", "judging_entries.released_by"])
    .where("award_cycles.year", "=", 2027)
    .orderBy("judging_entries.code", "desc")
    .executeTakeFirstOrThrow();
  const { nomination_id: nominationId, code, ...stored } = entry;
  await db.updateTable("judging_entries").set({ source_hash: "stored under older redaction rules" }).where("nomination_id", "=", nominationId).execute();
  try {
    await signInDirectly(page, "admin@demo.test", "judging");
    await page.goto("/admin/cycles");
    await page.getByRole("link", { name: /2027/ }).first().click();
    await page.getByRole("link", { name: /^Judging 2027/ }).click();
    await expect(page.getByRole("heading", { name: /1 judges' copy is out of date/ })).toBeVisible();
    await expect(page.getByRole("link", { name: `Entry ${code}`, exact: true })).toHaveAttribute("href", new RegExp(`/judging/entries/${nominationId}$`));
    await expectAccessible(page);
    await page.getByRole("button", { name: "Rebuild 1 out-of-date copy" }).click();
    await expect(page.getByText("1 copy rebuilt")).toBeVisible();
    await expect(page.getByRole("heading", { name: /out of date/ })).toHaveCount(0);
    await expectAccessible(page);
  } finally {
    await db.updateTable("judging_entries").set(stored).where("nomination_id", "=", nominationId).execute();
  }
});
