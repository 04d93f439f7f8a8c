// The accessibility check itself: axe runs once per page state, and a state it has not passed is
// checked, so skipping repeats never hides a page or a change to one.
import { expect, expectAccessible, test, visit } from "./fixtures";

test("axe fails a page that gains a violation after it passed, and passes it again once it is fixed", async ({ page }) => {
  await visit(page, "/login");
  await expectAccessible(page); // the same state again: passes without running axe

  await page.evaluate(() => document.querySelector("main")!.insertAdjacentHTML("beforeend", '<img id="no-alt" src="/favicon.ico">'));
  await expect(expectAccessible(page)).rejects.toThrow(/image-alt/);
  // A failure is not remembered as a pass: the same state fails again.
  await expect(expectAccessible(page)).rejects.toThrow(/image-alt/);

  await page.evaluate(() => document.getElementById("no-alt")!.remove());
  await expectAccessible(page);
});

test("axe checks a page it has passed again at another viewport", async ({ page }) => {
  await page.goto("/");
  // Faint links on narrow screens only, added through the style sheet so that the markup is unchanged.
  await page.evaluate(() => document.styleSheets[0].insertRule("@media (max-width: 400px) { main a { color: #ddd !important; } }"));
  await expectAccessible(page);
  await page.setViewportSize({ width: 375, height: 700 });
  await expect(expectAccessible(page)).rejects.toThrow(/color-contrast/);
});
