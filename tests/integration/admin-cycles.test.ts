// The secretariat's award-cycle screens, driven over HTTP against the real server: creating a cycle
// with its dates in UK time, moving it through its stages as the rules allow, extending the deadline
// with a reason, and the nominations table and its CSV export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatUkDeadline, utcToUk } from "~/domain/uk-time";
import { listCycleNominations, nominationsNoLongerComplete } from "~/models/admin-nominations.server";
import { CYCLE_DATE_FIELDS } from "~/request/cycle-forms.server";
import { startTestServer, type TestServer } from "../helpers/server";

const ADMIN = "admin@demo.test";
const ENTRANT = "entrant@northmoor-valley.demo.test";
const JUDGE = "judge.employer1@demo.test";

let app: TestServer;
let admin: string;
beforeAll(async () => {
  app = await startTestServer();
  admin = await app.sessionFor(ADMIN);
});
afterAll(async () => app.close());

const asAdmin = (pathname: string, form: Record<string, string>) => app.request(pathname, { cookie: admin, form, headers: { Origin: app.url } });
const readable = async (res: Response) => (await res.text()).replaceAll("<!-- -->", "");
const page = async (pathname: string) => {
  const res = await app.request(pathname, { cookie: admin });
  expect(res.status, `GET ${pathname}`).toBe(200);
  return readable(res);
};

/** A date typed in the NHS date input's boxes: "2031-05-13" is day 13, month 5, year 2031 (`${name}_day`, …). */
function ukDate(name: string, date: string): Record<string, string> {
  const [year, month, day] = date ? date.split("-") : ["", "", ""];
  return { [`${name}_day`]: day ? String(Number(day)) : "", [`${name}_month`]: month ? String(Number(month)) : "", [`${name}_year`]: year };
}

/** A form with each `X_date: "YYYY-MM-DD"` typed into X's day, month and year boxes instead. */
function typed(form: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(form)) Object.assign(out, key.endsWith("_date") ? ukDate(key.slice(0, -"_date".length), value) : { [key]: value });
  return out;
}

/** A new cycle's form: nominations close on 13 May at 17:00 UK time (BST), years ahead. */
function cycleForm(year: number, overrides: Record<string, string> = {}): Record<string, string> {
  return typed({
    year: String(year),
    start_from: "default",
    nominations_open_at_date: "2026-01-10",
    nominations_open_at_time: "09:00",
    nominations_close_at_date: `${year}-05-13`,
    nominations_close_at_time: "17:00",
    judging_open_at_date: `${year}-05-20`,
    judging_open_at_time: "09:00",
    judging_close_at_date: `${year}-06-30`,
    judging_close_at_time: "17:00",
    shortlist_at_date: `${year}-07-07`,
    shortlist_at_time: "12:00",
    final_judging_at_date: `${year}-09-15`,
    final_judging_at_time: "10:00",
    announcement_at_date: `${year}-11-12`,
    announcement_at_time: "19:00",
    ...overrides,
  });
}

const cycleByYear = (year: number) => app.db.selectFrom("award_cycles").selectAll().where("year", "=", year).executeTakeFirst();

async function createCycleOverHttp(year: number, overrides: Record<string, string> = {}): Promise<number> {
  const res = await asAdmin("/admin/cycles", cycleForm(year, overrides));
  expect(res.status, await res.clone().text()).toBe(302);
  const cycle = (await cycleByYear(year))!;
  expect(res.headers.get("location")).toBe(`/admin/cycles/${cycle.id}?saved=created`);
  return cycle.id;
}

async function organisationId(slugPart: string): Promise<number> {
  return (await app.db.selectFrom("organisations").select("id").where("slug", "like", `%${slugPart}%`).executeTakeFirstOrThrow()).id;
}

describe("creating an award cycle", () => {
  it("stores the dates typed in UK time as UTC: 13 May 17:00 BST is 16:00Z, 12 November 19:00 GMT is 19:00Z", async () => {
    const id = await createCycleOverHttp(2031);
    const cycle = (await cycleByYear(2031))!;
    expect(cycle).toMatchObject({
      stage: "draft",
      nominations_open_at: "2026-01-10T09:00:00.000Z",
      nominations_close_at: "2031-05-13T16:00:00.000Z",
      announcement_at: "2031-11-12T19:00:00.000Z",
    });
    const criteria = await app.db.selectFrom("cycle_criteria").select("title").where("cycle_id", "=", id).orderBy("position").execute();
    expect(criteria.map((c) => c.title)).toContain("Genuine partnership from the outset");

    const list = await page("/admin/cycles");
    expect(list).toContain(`href="/admin/cycles/${id}"`);
    expect(list).toContain("5pm on Tuesday 13 May 2031");
    const detail = await page(`/admin/cycles/${id}?saved=created`);
    expect(detail).toContain("The award cycle has been created in draft");
    expect(detail).toContain("HPMA partnership award 2031");
    // The form to change the dates shows them back in UK time.
    expect(detail).toMatch(/name="nominations_close_at_time"[^>]*value="17:00"|value="17:00"[^>]*name="nominations_close_at_time"/);
    expect(detail).toContain("Genuine partnership from the outset");
  });

  it("refuses a second cycle for the same year, with a clear message and what was typed kept", async () => {
    const res = await asAdmin("/admin/cycles", cycleForm(2031));
    expect(res.status).toBe(400);
    const html = await readable(res);
    expect(html).toContain("There is already an award cycle for 2031");
    expect(html).toMatch(/name="announcement_at_day"[^>]*value="12"/);
    expect(html).toMatch(/name="announcement_at_month"[^>]*value="11"/);
    expect(html).toMatch(/name="announcement_at_year"[^>]*value="2031"/);
    expect((await app.db.selectFrom("award_cycles").select("id").where("year", "=", 2031).execute()).length).toBe(1);
  });

  it("refuses dates out of order and a date without a time, listing every problem", async () => {
    const res = await asAdmin("/admin/cycles", cycleForm(2035, { judging_open_at_date: "2035-01-01", shortlist_at_time: "" }));
    expect(res.status).toBe(400);
    const html = await readable(res);
    expect(html).toContain("Judging opens must be after nominations close");
    expect(html).toContain("Shortlist decided must include a time");
    expect(await cycleByYear(2035)).toBeUndefined();
  });

  it("reads dates from the day, month and year boxes, and says which part is missing or why a date is not real", async () => {
    const res = await asAdmin(
      "/admin/cycles",
      cycleForm(2037, {
        nominations_close_at_month: "",
        nominations_close_at_year: "",
        judging_open_at_day: "31",
        judging_open_at_month: "2",
        judging_close_at_year: "37",
        shortlist_at_time: "25:00",
      }),
    );
    expect(res.status).toBe(400);
    const html = await readable(res);
    expect(html).toContain("Nominations close must include a month and a year");
    expect(html).toContain("Judging opens must be a real date, like 13 5 2027");
    expect(html).toContain("Judging closes: the year must include 4 numbers, like 2027");
    expect(html).toContain("Shortlist decided must be a real time in 24-hour format, like 17:00");
    // Each message links to its date's first box, and what was typed is kept.
    expect(html).toContain('href="#nominations_close_at"');
    expect(html).toMatch(/id="nominations_close_at" name="nominations_close_at_day"[^>]*value="13"/);
    expect(html).toMatch(/name="judging_close_at_year"[^>]*value="37"/);
    expect(html).not.toContain('type="date"');
    expect(await cycleByYear(2037)).toBeUndefined();

    // One-digit days and months, and 17.00 for the time, are read as typed.
    const ok = await asAdmin("/admin/cycles", cycleForm(2037, { nominations_close_at_day: "3", nominations_close_at_month: "5", nominations_close_at_time: "17.00" }));
    expect(ok.status).toBe(302);
    expect((await cycleByYear(2037))!.nominations_close_at).toBe("2037-05-03T16:00:00.000Z");
  });

  it("can start from a copy of an earlier cycle", async () => {
    const from = (await cycleByYear(2031))!.id;
    const id = await createCycleOverHttp(2036, { start_from: `copy-${from}` });
    const sections = await app.db.selectFrom("cycle_sections").select("key").where("cycle_id", "=", id).execute();
    expect(sections.map((s) => s.key)).toContain("top_tips");
    const audit = await app.db.selectFrom("audit_log").select("details").where("target", "=", `cycle:${id}`).where("action", "=", "cycle.created").executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toMatchObject({ copyFromCycleId: from });
  });
});

describe("moving a cycle through its stages", () => {
  it("refuses a move the rules do not allow, with the rule's reason, then makes the allowed one", async () => {
    const id = (await cycleByYear(2031))!.id;
    const skip = await asAdmin(`/admin/cycles/${id}`, { intent: "move", to: "judging" });
    expect(skip.status).toBe(400);
    expect(await readable(skip)).toContain("A cycle that is draft can only move to open for nominations");

    const open = await asAdmin(`/admin/cycles/${id}`, { intent: "move", to: "open" });
    expect(open.status).toBe(302);
    expect((await cycleByYear(2031))!.stage).toBe("open");

    const close = await asAdmin(`/admin/cycles/${id}`, { intent: "move", to: "closed" });
    expect(close.status).toBe(400);
    expect(await readable(close)).toContain("Nominations cannot close before the deadline (including any extension) has passed");
    expect((await cycleByYear(2031))!.stage).toBe("open");
    const moves = await app.db.selectFrom("audit_log").select("details").where("target", "=", `cycle:${id}`).where("action", "=", "cycle.stage_changed").execute();
    expect(moves.map((m) => JSON.parse(m.details))).toEqual([{ from: "draft", to: "open" }]);
  });

  it("saves changed dates in UK time and refuses them out of order", async () => {
    const id = (await cycleByYear(2036))!.id;
    const bad = await asAdmin(`/admin/cycles/${id}`, { intent: "dates", ...cycleForm(2036, { announcement_at_date: "2036-01-01" }) });
    expect(bad.status).toBe(400);
    expect(await readable(bad)).toContain("Announcement (the ceremony) must be after final judging day");
    const ok = await asAdmin(`/admin/cycles/${id}`, { intent: "dates", ...cycleForm(2036, { nominations_close_at_date: "2036-01-20", nominations_close_at_time: "12:00" }) });
    expect(ok.status).toBe(302);
    expect((await cycleByYear(2036))!.nominations_close_at).toBe("2036-01-20T12:00:00.000Z");
  });
});

describe("changing the criteria and the entry form", () => {
  it("is possible while the cycle is in draft, with every change checked and audited", async () => {
    const id = (await cycleByYear(2036))!.id;
    const criterion = await app.db.selectFrom("cycle_criteria").selectAll().where("cycle_id", "=", id).orderBy("position").executeTakeFirstOrThrow();
    const p = `criterion-${criterion.id}-`;
    const bad = await asAdmin(`/admin/cycles/${id}`, { intent: "criterion", criterion_id: String(criterion.id), [`${p}title`]: "", [`${p}guidance`]: "Say how.", [`${p}weight`]: "lots" });
    expect(bad.status).toBe(400);
    const badHtml = await readable(bad);
    expect(badHtml).toContain("Enter the criterion&#x27;s title");
    expect(badHtml).toContain("Weight must be a number, like 1 or 1.5");
    expect(badHtml).toContain(`href="#${p}weight"`);

    const scale = { [`${p}scale_min`]: "1", [`${p}scale_max`]: "5" };
    const offScale = await asAdmin(`/admin/cycles/${id}`, { intent: "criterion", criterion_id: String(criterion.id), [`${p}title`]: "T", [`${p}guidance`]: "G", [`${p}weight`]: "1", ...scale, [`${p}descriptors`]: "9: Far too high" });
    expect(offScale.status).toBe(400);
    expect(await offScale.text()).toContain("Line 1: 9 is not on the scale of 1 to 5");
    const ok = await asAdmin(`/admin/cycles/${id}`, {
      intent: "criterion",
      criterion_id: String(criterion.id),
      [`${p}title`]: "Partnership from the start",
      [`${p}guidance`]: "Say how.",
      [`${p}weight`]: "1.5",
      ...scale,
      [`${p}descriptors`]: "4: Shared ownership\n1: Told afterwards",
    });
    expect(ok.status).toBe(302);
    expect(await app.db.selectFrom("cycle_criteria").selectAll().where("id", "=", criterion.id).executeTakeFirstOrThrow()).toMatchObject({
      title: "Partnership from the start",
      guidance: "Say how.",
      weight: 1.5,
      scale_min: 1,
      scale_max: 5,
      descriptors: JSON.stringify([{ score: 1, text: "Told afterwards" }, { score: 4, text: "Shared ownership" }]),
    });

    const section = await app.db.selectFrom("cycle_sections").selectAll().where("cycle_id", "=", id).where("key", "=", "summary").executeTakeFirstOrThrow();
    const s = `section-${section.id}-`;
    const saved = await asAdmin(`/admin/cycles/${id}`, { intent: "section", section_id: String(section.id), [`${s}title`]: "Summary", [`${s}guidance`]: "In brief.", [`${s}word_limit`]: "300" });
    expect(saved.status).toBe(302);
    expect((await app.db.selectFrom("cycle_sections").select("word_limit").where("id", "=", section.id).executeTakeFirstOrThrow()).word_limit).toBe(300);
    const actions = await app.db.selectFrom("audit_log").select("action").where("target", "=", `cycle:${id}`).execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["cycle.criterion_changed", "cycle.section_changed"]));

    // Another cycle's criterion cannot be changed through this one.
    const other = await app.db.selectFrom("cycle_criteria").select("id").where("cycle_id", "=", (await cycleByYear(2031))!.id).executeTakeFirstOrThrow();
    const o = `criterion-${other.id}-`;
    const forged = await asAdmin(`/admin/cycles/${id}`, { intent: "criterion", criterion_id: String(other.id), [`${o}title`]: "Forged", [`${o}guidance`]: "x", [`${o}weight`]: "1", [`${o}scale_min`]: "0", [`${o}scale_max`]: "10", [`${o}descriptors`]: "5: x" });
    expect(forged.status).toBe(404);
  });

  it("a save from a page opened before another admin's save is refused with 409, what was typed kept, for a criterion, a section and the dates", async () => {
    const id = (await cycleByYear(2036))!.id;
    const criterion = await app.db.selectFrom("cycle_criteria").selectAll().where("cycle_id", "=", id).orderBy("position").executeTakeFirstOrThrow();
    const section = await app.db.selectFrom("cycle_sections").selectAll().where("cycle_id", "=", id).where("key", "=", "summary").executeTakeFirstOrThrow();
    const [p, s] = [`criterion-${criterion.id}-`, `section-${section.id}-`];
    // One page, opened once: what each of its forms was opened at.
    const opened = await page(`/admin/cycles/${id}`);
    const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(opened)![1];
    const criterionForm = (title: string, weight: string) => ({
      intent: "criterion",
      criterion_id: String(criterion.id),
      [`${p}opened`]: hidden(`${p}opened`),
      [`${p}title`]: title,
      [`${p}guidance`]: criterion.guidance,
      [`${p}weight`]: weight,
      [`${p}scale_min`]: String(criterion.scale_min),
      [`${p}scale_max`]: String(criterion.scale_max),
      [`${p}descriptors`]: "4: Shared ownership\n1: Told afterwards",
    });
    expect((await asAdmin(`/admin/cycles/${id}`, criterionForm("Partnership from the first day", String(criterion.weight)))).status).toBe(302);
    const staleCriterion = await asAdmin(`/admin/cycles/${id}`, criterionForm(criterion.title, "2.5"));
    expect(staleCriterion.status).toBe(409);
    const criterionHtml = await readable(staleCriterion);
    expect(criterionHtml).toContain("There is a problem");
    expect(criterionHtml).toContain("This criterion was changed by someone else since you opened it");
    expect(criterionHtml).toContain(`value="2.5"`);
    expect(await app.db.selectFrom("cycle_criteria").selectAll().where("id", "=", criterion.id).executeTakeFirstOrThrow()).toMatchObject({ title: "Partnership from the first day", weight: criterion.weight });

    const sectionForm = (title: string, limit: string) => ({ intent: "section", section_id: String(section.id), [`${s}opened`]: hidden(`${s}opened`), [`${s}title`]: title, [`${s}guidance`]: section.guidance, [`${s}word_limit`]: limit });
    expect((await asAdmin(`/admin/cycles/${id}`, sectionForm("Summary of the work", String(section.word_limit ?? "")))).status).toBe(302);
    const staleSection = await asAdmin(`/admin/cycles/${id}`, sectionForm(section.title, "450"));
    expect(staleSection.status).toBe(409);
    expect(await readable(staleSection)).toContain("This part of the entry form was changed by someone else since you opened it");
    expect(await app.db.selectFrom("cycle_sections").selectAll().where("id", "=", section.id).executeTakeFirstOrThrow()).toMatchObject({ title: "Summary of the work", word_limit: section.word_limit });

    const datesForm = (closeDate: string) => ({ intent: "dates", dates_opened: hidden("dates_opened"), ...cycleForm(2036, { nominations_close_at_date: closeDate, nominations_close_at_time: "12:00" }) });
    expect((await asAdmin(`/admin/cycles/${id}`, datesForm("2036-01-21"))).status).toBe(302);
    const staleDates = await asAdmin(`/admin/cycles/${id}`, datesForm("2036-01-22"));
    expect(staleDates.status).toBe(409);
    expect(await readable(staleDates)).toContain("The dates were changed by someone else since you opened it");
    expect((await cycleByYear(2036))!.nominations_close_at).toBe("2036-01-21T12:00:00.000Z");
  });

  it("is refused once nominations have opened", async () => {
    const id = (await cycleByYear(2031))!.id;
    const criterion = await app.db.selectFrom("cycle_criteria").selectAll().where("cycle_id", "=", id).executeTakeFirstOrThrow();
    const p = `criterion-${criterion.id}-`;
    const res = await asAdmin(`/admin/cycles/${id}`, { intent: "criterion", criterion_id: String(criterion.id), [`${p}title`]: "Changed late", [`${p}guidance`]: "x", [`${p}weight`]: "1" });
    expect(res.status).toBe(400);
    expect(await readable(res)).toContain("The criteria and entry form can be changed only while the cycle is in draft");
    expect((await app.db.selectFrom("cycle_criteria").select("title").where("id", "=", criterion.id).executeTakeFirstOrThrow()).title).toBe(criterion.title);
  });
});

describe("extending the deadline", () => {
  it("for one organisation needs a reason, and is recorded with it", async () => {
    const id = (await cycleByYear(2031))!.id;
    const org = await organisationId("eastbrook");
    const noReason = await asAdmin(`/admin/cycles/${id}`, { intent: "extend", organisation: String(org), ...ukDate("new_close", "2031-05-20"), new_close_time: "17:00", reason: " " });
    expect(noReason.status).toBe(400);
    expect(await readable(noReason)).toContain("Enter the reason for the extension");
    const earlier = await asAdmin(`/admin/cycles/${id}`, { intent: "extend", organisation: String(org), ...ukDate("new_close", "2031-05-01"), new_close_time: "17:00", reason: "IT outage" });
    expect(earlier.status).toBe(400);
    expect(await readable(earlier)).toContain("The new deadline must be later than the current one");
    const noDate = await asAdmin(`/admin/cycles/${id}`, { intent: "extend", organisation: String(org), reason: "IT outage" });
    expect(noDate.status).toBe(400);
    expect(await readable(noDate)).toContain("Enter the date and time of the new deadline");
    expect(await page(`/admin/cycles/${id}`)).toMatch(/The stage of this cycle is <strong class="nhsuk-tag[^"]*">open for nominations<\/strong>/);

    const res = await asAdmin(`/admin/cycles/${id}`, { intent: "extend", organisation: String(org), ...ukDate("new_close", "2031-05-20"), new_close_time: "17:00", reason: "IT outage at the trust" });
    expect(res.status).toBe(302);
    const ext = await app.db.selectFrom("deadline_extensions").selectAll().where("cycle_id", "=", id).execute();
    expect(ext).toMatchObject([{ organisation_id: org, new_close_at: "2031-05-20T16:00:00.000Z", reason: "IT outage at the trust" }]);
    const html = await page(`/admin/cycles/${id}`);
    expect(html).toContain("IT outage at the trust");
    expect(html).toContain("5pm on Tuesday 20 May 2031");
  });

  it("for everyone tells the entrants of organisations with a draft by email", async () => {
    const id = (await cycleByYear(2031))!.id;
    const org = await organisationId("northmoor");
    const now = new Date().toISOString();
    await app.db.insertInto("nominations").values({ cycle_id: id, organisation_id: org, reference: "HPMA-2031-EXT1", title: "Draft work", created_at: now, updated_at: now }).execute();
    const before = (await app.outbox()).length;
    const res = await asAdmin(`/admin/cycles/${id}`, { intent: "extend", organisation: "all", ...ukDate("new_close", "2031-05-27"), new_close_time: "17:00", reason: "Bank holiday week" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(/saved=extended&emailed=\d+/);
    const mails = (await app.outbox()).slice(before);
    expect(mails.map((m) => m.to.toLowerCase())).toContain(ENTRANT);
    expect(mails.find((m) => m.to.toLowerCase().includes(ENTRANT))!.text).toContain("5pm on Tuesday 27 May 2031");
    expect(mails.every((m) => !m.to.includes("eastbrook"))).toBe(true);
  });
});

describe("the nominations table", () => {
  /** Nominations of every kind, written straight into the database as the entrants' screens would. */
  async function seedNominations(cycleId: number) {
    const [northmoor, eastbrook, harbourside] = await Promise.all([organisationId("northmoor"), organisationId("eastbrook"), organisationId("harbourside")]);
    let n = 0;
    const add = async (organisation_id: number, reference: string, title: string, status: "draft" | "submitted" | "withdrawn", hash: string | null, updated_at: string) =>
      (
        await app.db
          .insertInto("nominations")
          .values({ cycle_id: cycleId, organisation_id, reference, title, status, submitted_hash: hash, submitted_at: hash ? updated_at : null, created_at: updated_at, updated_at })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    const endorse = async (nomination_id: number, side: "employer" | "staff_side", status: "pending" | "confirmed" | "declined" | "accepted_by_admin" | "superseded", content_hash: string) =>
      app.db
        .insertInto("endorsements")
        .values({ nomination_id, side, name: "Lead", email: `lead${++n}@example.test`, token_hash: `table-test-${n}`, status, content_hash, sent_at: "2031-04-01T09:00:00.000Z", responded_at: status === "pending" ? null : "2031-04-02T12:00:00.000Z" })
        .execute();
    const complete = await add(eastbrook, "HPMA-2031-T1", '=HYPERLINK("http://evil.example","Click")', "submitted", "h1", "2031-04-02T10:00:00.000Z");
    await endorse(complete, "employer", "confirmed", "h1");
    await endorse(complete, "staff_side", "accepted_by_admin", "h1");
    const awaiting = await add(harbourside, "HPMA-2031-T2", "Rotas, together", "submitted", "h2", "2031-04-03T10:00:00.000Z");
    await endorse(awaiting, "employer", "confirmed", "old");
    await endorse(awaiting, "employer", "pending", "h2");
    await endorse(awaiting, "staff_side", "confirmed", "h2");
    await add(northmoor, "HPMA-2031-T3", "Withdrawn work", "withdrawn", null, "2031-04-04T10:00:00.000Z");
    return { complete, awaiting };
  }

  it("lists every organisation's nominations with a status derived from the endorsements of the text as submitted", async () => {
    const id = (await cycleByYear(2031))!.id;
    await seedNominations(id);
    const html = await page(`/admin/cycles/${id}/nominations`);
    expect(html).toContain("<h1>Nominations</h1>");
    expect(html).toContain("Nominations for 2031");
    const rowOf = (reference: string) => {
      const at = html.indexOf(`>${reference}</a>`);
      expect(at, reference).toBeGreaterThan(-1);
      return html.slice(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    };
    expect(rowOf("HPMA-2031-T1")).toContain("Complete");
    expect(rowOf("HPMA-2031-T1")).toContain("Accepted by admin");
    expect(rowOf("HPMA-2031-T1")).toContain("=HYPERLINK");
    expect(rowOf("HPMA-2031-T2")).toContain("Awaiting endorsement");
    expect(rowOf("HPMA-2031-T2")).toContain("Employer: <span aria-hidden=\"true\"></span>Pending");
    expect(rowOf("HPMA-2031-T3")).toContain("Withdrawn");
    expect(rowOf("HPMA-2031-EXT1")).toContain("Draft");
    // Without JavaScript, the address sorts and filters.
    const sorted = await page(`/admin/cycles/${id}/nominations?sort=reference:desc`);
    expect(sorted.indexOf("HPMA-2031-T3")).toBeLessThan(sorted.indexOf("HPMA-2031-T1"));
    expect(sorted).toContain('aria-sort="descending"');
    const filtered = await page(`/admin/cycles/${id}/nominations?status=complete`);
    expect(filtered).toContain("HPMA-2031-T1");
    expect(filtered).not.toContain(">HPMA-2031-T2<");
    const searched = await page(`/admin/cycles/${id}/nominations?q=rotas`);
    expect(searched).toContain(">HPMA-2031-T2<");
    expect(searched).not.toContain(">HPMA-2031-T1<");
  });

  it("exports the same rows as CSV, with formula-like cells neutralised", async () => {
    const id = (await cycleByYear(2031))!.id;
    const res = await app.request(`/admin/cycles/${id}/nominations.csv?sort=reference:asc`, { cookie: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const csv = (await res.text()).replace(/^\uFEFF/, "");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("reference,organisation,title,status,employer_endorsement,staff_side_endorsement,last_change_uk,last_change_utc");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["HPMA-2031-EXT1", "HPMA-2031-T1", "HPMA-2031-T2", "HPMA-2031-T3"]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(lines.find((l) => l.startsWith("HPMA-2031-T2"))).toContain("Awaiting endorsement,Pending,Confirmed");
    const onlyComplete = await (await app.request(`/admin/cycles/${id}/nominations.csv?status=complete`, { cookie: admin })).text();
    expect(onlyComplete.trim().split("\r\n")).toHaveLength(2);
  });
});

describe("one nomination, for the secretariat", () => {
  const nominationByReference = (reference: string) => app.db.selectFrom("nominations").selectAll().where("reference", "=", reference).executeTakeFirstOrThrow();

  it("shows any organisation's nomination, and an admin can accept an endorsement on other evidence, with a reason, audited", async () => {
    const nomination = await nominationByReference("HPMA-2031-T2");
    const before = await page(`/admin/nominations/${nomination.id}`);
    expect(before).toContain("Rotas, together");
    expect(before).toContain("Awaiting endorsement");

    const empty = await asAdmin(`/admin/nominations/${nomination.id}`, {});
    expect(empty.status).toBe(400);
    const emptyHtml = await readable(empty);
    expect(emptyHtml).toContain("Select whose endorsement to accept");
    expect(emptyHtml).toContain("Enter the evidence the endorsement is accepted on");

    const res = await asAdmin(`/admin/nominations/${nomination.id}`, { side: "employer", reason: "Signed letter from the director of people, 2 May" });
    expect(res.status).toBe(302);
    const adminId = (await app.db.selectFrom("users").select("id").where("email_normalised", "=", ADMIN).executeTakeFirstOrThrow()).id;
    const employer = await app.db
      .selectFrom("endorsements")
      .selectAll()
      .where("nomination_id", "=", nomination.id)
      .where("side", "=", "employer")
      .where("content_hash", "=", "h2")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(employer).toMatchObject({ status: "accepted_by_admin", decided_by: adminId, reason: "Signed letter from the director of people, 2 May" });
    const after = await page(`/admin/nominations/${nomination.id}`);
    expect(after).toContain("endorsement.accepted_by_admin");
    expect(after).toContain("Signed letter from the director of people, 2 May");

    const again = await asAdmin(`/admin/nominations/${nomination.id}`, { side: "employer", reason: "Twice" });
    expect(again.status).toBe(400);
    expect(await readable(again)).toContain("already endorsed");
  });

  it("a nomination that does not exist is 404", async () => {
    expect((await app.request("/admin/nominations/999999", { cookie: admin })).status).toBe(404);
  });
});

describe("who may use the cycle screens", () => {
  it("an entrant or a judge gets 403, and nothing is created", async () => {
    for (const email of [ENTRANT, JUDGE]) {
      const cookie = await app.sessionFor(email);
      expect((await app.request("/admin/cycles", { cookie })).status).toBe(403);
      const post = await app.request("/admin/cycles", { cookie, form: cycleForm(2040), headers: { Origin: app.url } });
      expect(post.status).toBe(403);
      const id = (await cycleByYear(2031))!.id;
      expect((await app.request(`/admin/cycles/${id}`, { cookie })).status).toBe(403);
      expect((await app.request(`/admin/cycles/${id}/nominations`, { cookie })).status).toBe(403);
      expect((await app.request(`/admin/cycles/${id}/nominations.csv`, { cookie })).status).toBe(403);
      const nomination = await app.db.selectFrom("nominations").select("id").where("reference", "=", "HPMA-2031-T1").executeTakeFirstOrThrow();
      expect((await app.request(`/admin/nominations/${nomination.id}`, { cookie })).status).toBe(403);
      const accept = await app.request(`/admin/nominations/${nomination.id}`, { cookie, form: { side: "employer", reason: "x" }, headers: { Origin: app.url } });
      expect(accept.status).toBe(403);
    }
    expect(await cycleByYear(2040)).toBeUndefined();
  });

  it("a cycle that does not exist is 404", async () => {
    expect((await app.request("/admin/cycles/999999", { cookie: admin })).status).toBe(404);
    expect((await app.request("/admin/cycles/abc", { cookie: admin })).status).toBe(404);
  });
});

describe("closing nominations earlier", () => {
  it("lists the complete nominations a new closing time would leave out of judging, and moves it only when confirmed", async () => {
    const cycle = (await cycleByYear(2027))!;
    const complete = (await listCycleNominations(app.db, cycle.id)).filter((n) => n.status === "complete");
    expect(complete.length).toBeGreaterThan(0);
    const last = (await app.db.selectFrom("endorsements").select("responded_at").where("nomination_id", "in", complete.map((n) => n.id)).execute())
      .map((e) => e.responded_at)
      .filter((t): t is string => t !== null)
      .sort()
      .at(-1)!;
    // A minute before the last endorsement: at least that nomination would no longer be complete.
    const earlier = utcToUk(new Date(Date.parse(last) - 60_000));
    const form: Record<string, string> = { intent: "dates" };
    for (const f of CYCLE_DATE_FIELDS) {
      const uk = cycle[f.key] ? utcToUk(cycle[f.key]!) : { date: "", time: "" };
      Object.assign(form, ukDate(f.key, uk.date));
      form[`${f.key}_time`] = uk.time;
    }
    Object.assign(form, ukDate("nominations_close_at", earlier.date));
    form.nominations_close_at_time = earlier.time;

    const asked = await asAdmin(`/admin/cycles/${cycle.id}`, form);
    expect(asked.status).toBe(400);
    const html = await readable(asked);
    expect(html).toMatch(/complete nominations? (was|were) endorsed after this closing time and would be left out of judging/);
    expect(html).toContain('href="#confirm_close"');
    const leftOut = await nominationsNoLongerComplete(app.db, { cycleId: cycle.id, closeAt: new Date(Date.parse(last) - 60_000).toISOString().replace(/:\d\d\.\d+Z$/, ":00.000Z") });
    expect(leftOut.length).toBeGreaterThan(0);
    for (const n of leftOut) expect(html).toContain(n.reference);
    expect(html).toContain(`value="${earlier.time}"`);
    expect((await cycleByYear(2027))!.nominations_close_at).toBe(cycle.nominations_close_at);

    const confirmed = await asAdmin(`/admin/cycles/${cycle.id}`, { ...form, confirm_close: "yes" });
    expect(confirmed.status).toBe(302);
    expect((await cycleByYear(2027))!.nominations_close_at).not.toBe(cycle.nominations_close_at);
    // Put back, later again: nothing becomes incomplete, so nothing is asked.
    const back = await asAdmin(`/admin/cycles/${cycle.id}`, { ...form, ...ukDate("nominations_close_at", utcToUk(cycle.nominations_close_at!).date), nominations_close_at_time: utcToUk(cycle.nominations_close_at!).time });
    expect(back.status).toBe(302);
    expect((await cycleByYear(2027))!.nominations_close_at).toBe(cycle.nominations_close_at);
  });
});

describe("closing nominations now", () => {
  it("asks first, saying what closing now does, then closes in one step, audited; a second press is refused", async () => {
    const id = await createCycleOverHttp(2034);
    expect((await asAdmin(`/admin/cycles/${id}`, { intent: "move", to: "open" })).status).toBe(302);
    const now = new Date().toISOString();
    await app.db.insertInto("nominations").values({ cycle_id: id, organisation_id: await organisationId("northmoor"), reference: "HPMA-2034-NOW1", title: "Draft work", created_at: now, updated_at: now }).execute();
    expect(await page(`/admin/cycles/${id}`)).toContain(`href="/admin/cycles/${id}/close-nominations"`);

    const confirm = await page(`/admin/cycles/${id}/close-nominations`);
    expect(confirm).toContain("<h1>Close nominations now</h1>");
    expect(confirm).toContain("5pm on Saturday 13 May 2034");
    expect(confirm).toMatch(/Drafts: can no longer be submitted<\/dt><dd[^>]*>1 nomination</);
    expect(confirm).toMatch(/<button[^>]*>Close nominations now<\/button>/);
    expect((await cycleByYear(2034))!.stage).toBe("open");

    const judge = await app.sessionFor(JUDGE);
    expect((await app.request(`/admin/cycles/${id}/close-nominations`, { cookie: judge, form: {}, headers: { Origin: app.url } })).status).toBe(403);
    expect((await cycleByYear(2034))!.stage).toBe("open");

    const before = Date.now();
    const closed = await asAdmin(`/admin/cycles/${id}/close-nominations`, {});
    expect(closed.status).toBe(302);
    expect(closed.headers.get("location")).toBe(`/admin/cycles/${id}?saved=closed_now&emailed=1`);
    const cycle = (await cycleByYear(2034))!;
    expect(cycle.stage).toBe("closed");
    expect(Date.parse(cycle.nominations_close_at!)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(cycle.nominations_close_at!)).toBeLessThanOrEqual(Date.now());
    const audit = await app.db.selectFrom("audit_log").select("details").where("target", "=", `cycle:${id}`).where("action", "=", "cycle.nominations_closed_now").execute();
    expect(audit.map((a) => JSON.parse(a.details))).toEqual([{ closedAt: cycle.nominations_close_at, deadlineWas: "2034-05-13T16:00:00.000Z" }]);
    expect(await page(`/admin/cycles/${id}?saved=closed_now`)).toContain("Nominations have closed");

    const again = await asAdmin(`/admin/cycles/${id}/close-nominations`, {});
    expect(again.status).toBe(400);
    expect(await readable(again)).toContain("Nominations can be closed now only while they are open");
  });

  it("e-mails every approved member of each organisation whose draft or unendorsed nomination will not go forward, saying which", async () => {
    const id = await createCycleOverHttp(2038);
    expect((await asAdmin(`/admin/cycles/${id}`, { intent: "move", to: "open" })).status).toBe(302);
    const [northmoor, eastbrook] = [await organisationId("northmoor"), await organisationId("eastbrook")];
    const now = new Date().toISOString();
    const row = (organisation: number, reference: string, title: string, status: "draft" | "submitted" | "withdrawn") =>
      app.db.insertInto("nominations").values({ cycle_id: id, organisation_id: organisation, reference, title, status, submitted_hash: status === "draft" ? null : "h1", created_at: now, updated_at: now }).returning("id").executeTakeFirstOrThrow();
    await row(northmoor, "HPMA-2038-0001", "Joint rota redesign", "draft");
    await row(northmoor, "HPMA-2038-0002", "Withdrawn work", "withdrawn");
    const waiting = await row(eastbrook, "HPMA-2038-0003", "Shared wellbeing hub", "submitted");
    // The employer lead has endorsed it; the staff-side lead has not answered.
    for (const [side, status] of [["employer", "confirmed"], ["staff_side", "pending"]] as const) {
      await app.db
        .insertInto("endorsements")
        .values({ nomination_id: waiting.id, side, name: `Lead ${side}`, email: `${side}@lead.test`, token_hash: `hash-2038-${side}`, status, content_hash: "h1", sent_at: now, responded_at: status === "pending" ? null : now })
        .execute();
    }
    const membersOf = async (organisation: number) =>
      (
        await app.db
          .selectFrom("memberships")
          .innerJoin("users", "users.id", "memberships.user_id")
          .select("users.email")
          .where("memberships.organisation_id", "=", organisation)
          .where("memberships.status", "=", "approved")
          .where("users.active", "=", 1)
          .execute()
      ).map((m) => m.email.toLowerCase());
    const [northmoorMembers, eastbrookMembers] = [await membersOf(northmoor), await membersOf(eastbrook)];
    expect(northmoorMembers).toContain(ENTRANT);
    expect(eastbrookMembers.length).toBeGreaterThan(0);

    const confirm = await page(`/admin/cycles/${id}/close-nominations`);
    expect(confirm).toMatch(/Told by email that their nominations will not go forward<\/dt><dd[^>]*>2 organisations: every approved member/);

    const before = (await app.outbox()).length;
    const closed = await asAdmin(`/admin/cycles/${id}/close-nominations`, {});
    expect(closed.headers.get("location")).toBe(`/admin/cycles/${id}?saved=closed_now&emailed=2`);
    expect(await page(`/admin/cycles/${id}?saved=closed_now&emailed=2`)).toContain("The members of 2 organisations with a draft or an unendorsed nomination were told by email.");
    const mails = (await app.outbox()).slice(before).filter((m) => m.subject === "Nominations for the 2038 HPMA partnership award have closed");
    expect(mails.map((m) => m.to.toLowerCase()).sort()).toEqual([...northmoorMembers, ...eastbrookMembers].sort());
    const closedAt = formatUkDeadline((await cycleByYear(2038))!.nominations_close_at!);
    const toEntrant = mails.find((m) => m.to.toLowerCase() === ENTRANT)!.text.replace(/\s+/g, " ");
    expect(toEntrant).toContain(`closed nominations to the 2038 HPMA award for partnership working at ${closedAt} (UK time)`);
    expect(toEntrant).toContain('This draft was not submitted, and can no longer be: - "Joint rota redesign" (HPMA-2038-0001)');
    expect(toEntrant).not.toContain("Withdrawn work");
    expect(toEntrant).not.toContain("Shared wellbeing hub");
    const toEastbrook = mails.find((m) => m.to.toLowerCase() === eastbrookMembers[0])!.text.replace(/\s+/g, " ");
    expect(toEastbrook).toContain('This nomination was submitted but not endorsed by both the employer lead and the staff-side lead before nominations closed');
    expect(toEastbrook).toContain('"Shared wellbeing hub" (HPMA-2038-0003)');
    expect(toEastbrook).not.toContain("Joint rota redesign");
  });

  it("is refused while an organisation's extension is still running, which the page lists", async () => {
    const id = await createCycleOverHttp(2035);
    expect((await asAdmin(`/admin/cycles/${id}`, { intent: "move", to: "open" })).status).toBe(302);
    const org = await organisationId("eastbrook");
    expect((await asAdmin(`/admin/cycles/${id}`, { intent: "extend", organisation: String(org), ...ukDate("new_close", "2035-05-20"), new_close_time: "17:00", reason: "IT outage" })).status).toBe(302);
    const confirm = await page(`/admin/cycles/${id}/close-nominations`);
    expect(confirm).toContain("An extension of the deadline is still running");
    expect(confirm).toContain("until 5pm on Sunday 20 May 2035");
    expect(confirm).not.toMatch(/<button[^>]*>Close nominations now<\/button>/);
    const refused = await asAdmin(`/admin/cycles/${id}/close-nominations`, {});
    expect(refused.status).toBe(400);
    expect(await readable(refused)).toContain("An extension of the deadline is still running");
    expect((await cycleByYear(2035))!.stage).toBe("open");
  });
});
