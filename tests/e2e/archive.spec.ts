// The public archive in a real browser, with axe on every page: browsing the years, a case study,
// searching, filtering, and an admin's new entry appearing to the public at once.
import { expect, expectAccessible, signInDirectly, test, visit } from "./fixtures";

test("a visitor browses the years, opens a case study, searches and filters", async ({ page }) => {
  await visit(page, "/");
  await page.getByRole("link", { name: "Browse and search every year's winners since 2010" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Past winners since 2010" })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole("region", { name: "2020" })).toContainText("Winner: not recorded yet");

  await page.getByRole("link", { name: "2018", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "2018 results" })).toBeVisible();
  await expect(page.getByText("The award was presented on 7 June 2018 in London.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Mersey Care NHS Foundation Trust" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Implementation of a just and learning culture");
  await expect(page.getByText("improve the disciplinary process")).toBeVisible();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Mersey Care NHS Foundation Trust/);
  await expectAccessible(page);

  await page.getByRole("link", { name: "just and learning culture" }).click();
  await expect(page).toHaveURL(/theme=just\+and\+learning\+culture/);
  await expect(page.getByRole("link", { name: /Cornwall Partnership NHS Foundation Trust/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /St George's Healthcare/ })).toHaveCount(0);
  await expectAccessible(page);

  await visit(page, "/winners");
  await page.getByLabel("Search the archive").fill('"passport to" <b>management');
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /results? for/ })).toBeVisible();
  // Operators and markup are just words; the entry matching them best comes first.
  await expect(page.getByRole("heading", { level: 3 }).first()).toContainText("Guy's and St Thomas' NHS Foundation Trust");
  await expect(page.locator("mark").first()).toHaveText(/passport/i);
  await expectAccessible(page);

  await page.getByLabel("Search the archive").fill("");
  await page.getByText("Filter by theme, region, type of organisation or year").click();
  await page.getByLabel("Region").selectOption("Scotland");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: /West Dunbartonshire/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /NHS Greater Glasgow and Clyde/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Mersey Care/ })).toHaveCount(0);
  await expectAccessible(page);
});

test("an admin fills a missing year and the public sees it at once", async ({ page, browser, baseURL }) => {
  const visitor = await (await browser.newContext({ baseURL })).newPage();
  await visitor.goto("/winners");
  await expect(visitor.getByRole("region", { name: "2024" })).toContainText("Winner: not recorded yet");

  const name = `Kestrel Vale NHS Trust ${Date.now().toString(36)}`;
  await signInDirectly(page, "admin@demo.test");
  await page.goto("/admin/archive/entries/new?year=2024");
  await page.getByRole("radio", { name: "Winner" }).check();
  await page.getByLabel("Organisation", { exact: true }).fill(name);
  await page.getByLabel("Initiative (optional)").fill("Rotas designed with staff side");
  await page.getByLabel("Link to the source (optional if there is a note)").fill("https://www.hpma.org.uk/awards/2024-winners");
  await page.getByRole("button", { name: "Publish entry" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "has been published in the 2024 archive" })).toBeVisible();

  await visitor.reload();
  const year2024 = visitor.getByRole("region", { name: "2024" });
  await expect(year2024).not.toContainText("Winner: not recorded yet");
  await year2024.getByRole("link", { name: new RegExp(name) }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("Rotas designed with staff side");
  await expectAccessible(visitor);
  await visitor.context().close();
});

test("a signed-in visitor's archive pages, made from the public copy, carry their header and work in the browser", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    // (A resource outside this machine's reach, such as a case study's linked image, is not the page's fault.)
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await signInDirectly(page, "admin@demo.test");
  const header = page.getByRole("banner");
  // The first visit renders the page for them; those after it are the public copy with their header.
  for (const round of [1, 2, 3]) {
    await page.goto("/winners/2018");
    await expect(header.getByRole("button", { name: "Sign out" }), `visit ${round}`).toBeVisible();
    await expect(header.getByRole("link", { name: "Admin" })).toBeVisible();
  }
  await expectAccessible(page);
  // Hydrated: a link is followed in the browser, and the header stays theirs.
  await page.getByRole("link", { name: "Mersey Care NHS Foundation Trust" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Implementation of a just and learning culture");
  await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.reload();
  await page.reload();
  await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.getByRole("link", { name: "Past winners", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Past winners since 2010" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Admin" })).toBeVisible();
  // React reports a page that does not match its data (hydration) on the console.
  expect(errors).toEqual([]);
});

test("a link in a sentence on the filtered archive stays underlined under the pointer, not told apart by its colour alone", async ({ page }) => {
  // NHS.UK frontend drops a link's underline under the pointer, leaving only a colour 1.57:1 from the text's (axe's link-in-text-block).
  await visit(page, "/winners?region=Scotland");
  const json = page.getByRole("link", { name: "JSON", exact: true });
  await json.hover();
  await expect(json).toHaveCSS("text-decoration-line", "underline");
});
