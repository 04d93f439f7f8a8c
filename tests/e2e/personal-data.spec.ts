// Personal data in a real Chromium, with axe on every page: a lead agrees on their endorsement page to
// what may be published about them, and the secretariat sees every personal detail in a finalist's
// case study and keeps or removes each one.
import path from "node:path";
import { E2E_DATA_DIR, expect, expectAccessible, serverDb, signInDirectly, test, visit } from "./fixtures";

const JUDGING_DATA_DIR = path.resolve("tests/.tmp/e2e-judging");
const JUDGING_ORIGIN = `http://localhost:${process.env.E2E_JUDGING_PORT ?? 3101}`;

test("a lead agrees on the endorsement page that their name and email may be published", async ({ page }) => {
  const db = await serverDb(E2E_DATA_DIR);
  const { generateToken, hashToken } = await import("../../app/platform/crypto.server");
  // A complete nomination's employer lead is sent a new link (as after a resend).
  const nomination = await db
    .selectFrom("nominations")
    .select(["id", "submitted_hash", "employer_lead_name", "employer_lead_email"])
    .where("status", "=", "submitted")
    .where("employer_lead_email", "is not", null)
    .orderBy("id")
    .executeTakeFirstOrThrow();
  const token = generateToken();
  const { id } = await db
    .insertInto("endorsements")
    .values({
      nomination_id: nomination.id,
      side: "employer",
      name: nomination.employer_lead_name!,
      email: nomination.employer_lead_email!,
      token_hash: hashToken(token),
      content_hash: nomination.submitted_hash!,
      sent_at: new Date().toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  try {
    await visit(page, `/endorse/${token}`);
    const question = page.getByRole("group", {
      name: "What may we publish about you? (optional)",
    });
    await expect(question).toBeVisible();
    await expect(page.getByRole("link", { name: "privacy notice" }).first()).toHaveAttribute("href", "/privacy");
    await question.getByLabel("My name and job title").check();
    await question.getByLabel("My email address, as a contact for people who want to learn from this work").check();
    await page.getByRole("button", { name: "I confirm this nomination" }).click();
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Thank you for confirming the nomination",
      })
    ).toBeVisible();
    await expectAccessible(page);
    const row = await db.selectFrom("endorsements").select(["status", "publish_name", "publish_email"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toEqual({
      status: "confirmed",
      publish_name: 1,
      publish_email: 1,
    });

    await page.getByRole("contentinfo").getByRole("link", { name: "Privacy notice" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Privacy notice" })).toBeVisible();
    await expectAccessible(page);
  } finally {
    await db.deleteFrom("endorsements").where("id", "=", id).execute();
  }
});

test.describe("on a cycle past judging", () => {
  test.use({ baseURL: JUDGING_ORIGIN });

  test("the secretariat sees the personal details in a case study and keeps or removes each one", async ({ page }) => {
    test.setTimeout(120_000);
    const db = await serverDb(JUDGING_DATA_DIR);
    const { confirmShortlist, saveShortlist } = await import("../../app/models/shortlist.server");
    const cycle = await db.selectFrom("award_cycles").select(["id", "stage"]).where("year", "=", 2027).executeTakeFirstOrThrow();
    const adminId = (await db.selectFrom("users").select("id").where("email_normalised", "=", "admin@demo.test").executeTakeFirstOrThrow()).id;
    const finalist = await db
      .selectFrom("judging_entries")
      .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
      .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
      .select(["nominations.id", "organisations.name"])
      .where("judging_entries.cycle_id", "=", cycle.id)
      .where("nominations.consent_to_publish", "=", 1)
      .orderBy("judging_entries.code")
      .executeTakeFirstOrThrow();
    const answer = await db
      .selectFrom("nomination_answers")
      .innerJoin("cycle_sections", "cycle_sections.id", "nomination_answers.section_id")
      .select(["nomination_answers.section_id", "nomination_answers.text"])
      .where("nomination_answers.nomination_id", "=", finalist.id)
      .where("cycle_sections.key", "=", "summary")
      .executeTakeFirstOrThrow();
    await db
      .updateTable("nomination_answers")
      .set({
        text: `${answer.text}\n\nRing the rota office on 07700 900456, or write to us at LS1 4HY.`,
      })
      .where("nomination_id", "=", finalist.id)
      .where("section_id", "=", answer.section_id)
      .execute();
    await db.updateTable("award_cycles").set({ stage: "shortlisting" }).where("id", "=", cycle.id).execute();
    expect(
      await saveShortlist(db, {
        cycleId: cycle.id,
        picks: [{ nominationId: finalist.id, rationale: "Shortlisted" }],
        method: "normalised",
        actorUserId: adminId,
      })
    ).toEqual({ ok: true });
    expect(await confirmShortlist(db, { cycleId: cycle.id, actorUserId: adminId })).toMatchObject({ ok: true });
    try {
      await page.context().clearCookies();
      await signInDirectly(page, "admin@demo.test", "judging");
      await page.goto(`/admin/cycles/${cycle.id}/final`);
      // The case studies are a task of the final-round page: its status says a detail needs deciding, and its link opens the section.
      await expect(page.getByText("1 case study has personal details nobody has agreed to publish")).toBeVisible();
      await page.getByRole("link", { name: "Check the finalists' case studies" }).click();
      await expect(
        page.getByRole("heading", {
          name: /Personal details nobody has agreed to publish/,
        })
      ).toBeVisible();
      await expectAccessible(page);
      // The finalist's name wraps inside the section: the click goes to its first word.
      await page.getByRole("link", { name: `Case study of ${finalist.name}` }).click({ position: { x: 4, y: 4 } });

      const details = page.getByRole("table", {
        name: "Personal details in this case study and whether each may be published",
      });
      await expect(details.getByRole("row", { name: /07700 900456/ })).toContainText("Not agreed: keep or remove");
      await expect(details.getByRole("row", { name: /LS1 4HY/ })).toContainText("Not agreed: keep or remove");
      await expect(
        page.getByRole("heading", {
          name: /personal details have not been agreed/,
        })
      ).toBeVisible();
      await expectAccessible(page);

      await details.getByRole("button", { name: "Remove 07700 900456" }).click();
      await expect(page.getByText("The detail has been removed")).toBeVisible();
      await expect(details.getByRole("row", { name: /07700 900456/ })).toHaveCount(0);
      await expect(page.locator("article")).toContainText("[removed]");
      await expectAccessible(page);

      await details.getByRole("button", { name: "Keep LS1 4HY" }).click();
      await expect(page.getByText("The detail will be published as it is")).toBeVisible();
      await expect(details.getByRole("row", { name: /LS1 4HY/ })).toContainText("Kept by the secretariat");
      await expectAccessible(page);
    } finally {
      // Leave the judging server's cycle as the other tests expect it.
      for (const table of ["case_study_kept_details", "case_study_draft_versions", "case_study_drafts", "shortlist"] as const) {
        await db.deleteFrom(table).where("nomination_id", "=", finalist.id).execute();
      }
      await db
        .updateTable("nomination_answers")
        .set({ text: answer.text })
        .where("nomination_id", "=", finalist.id)
        .where("section_id", "=", answer.section_id)
        .execute();
      await db
        .updateTable("award_cycles")
        .set({
          stage: cycle.stage,
          shortlist_confirmed_at: null,
          shortlist_confirmed_by: null,
          shortlist_method: null,
        })
        .where("id", "=", cycle.id)
        .execute();
    }
  });
});
