// Moving through a nomination's task list (issue 18) as an entrant does: open a part from the list,
// fill it in, save and return. Shared by the specs that fill in a nomination.
import type { Page } from "@playwright/test";
import { expect, expectAccessible } from "./fixtures";

/** Opens a part from the task list by its name, and waits for its form to be ready to autosave. */
export async function openTask(page: Page, name: string | RegExp) {
  await page.locator(".nhsuk-task-list").getByRole("link", { name, exact: typeof name === "string" ? true : undefined }).click();
  await expect(page.locator("form[data-autosave=ready]")).toBeVisible();
}

export async function saveAndReturn(page: Page) {
  await page.getByRole("button", { name: "Save and return to task list" }).click();
  await expect(page.getByTestId("tasks-completed")).toBeVisible();
}

type Nomination = { title: string; answer: (i: number) => string; employerLead: string; staffLead: string; consent?: boolean; accessible?: boolean };

/** Fills in every part submission needs, from the task list, and ends back on the task list. */
export async function fillNomination(page: Page, n: Nomination) {
  const check = async () => (n.accessible ? expectAccessible(page) : undefined);
  await openTask(page, "About the initiative");
  await check();
  await page.getByLabel("Title of the initiative").fill(n.title);
  if (n.consent !== false) await page.getByLabel("If shortlisted, the SPF may publish this entry as a case study").check();
  await saveAndReturn(page);
  const sections = page.locator('.nhsuk-task-list a[href*="/section-"]');
  const count = await sections.count();
  for (let i = 0; i < count; i++) {
    await sections.nth(i).click();
    await expect(page.locator("form[data-autosave=ready]")).toBeVisible();
    await page.locator("textarea[name^=answer_]").fill(n.answer(i));
    if (i === 0) await check();
    await saveAndReturn(page);
  }
  await openTask(page, "The employer and staff-side leads");
  await check();
  await page.getByLabel("Employer lead: full name").fill("Dana Whitfield");
  await page.getByLabel("Employer lead: role").fill("Director of People");
  await page.getByLabel("Employer lead: email address").fill(n.employerLead);
  await page.getByLabel("Staff-side lead: full name").fill("Ravi Menon");
  await page.getByLabel("Staff-side lead: role").fill("UNISON branch secretary");
  await page.getByLabel("Staff-side lead: email address").fill(n.staffLead);
  await saveAndReturn(page);
}
