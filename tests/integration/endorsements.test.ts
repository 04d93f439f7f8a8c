import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCycle, listSections } from "~/models/cycles.server";
import { acceptEndorsementByAdmin, endorsementSummary, requestEndorsements, resendEndorsement, respondToEndorsement } from "~/models/endorsements.server";
import { formatUkDeadline, ukToUtc } from "~/domain/uk-time";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let cycleId: number;
let organisationId: number;
let entrantId: number;
let sequence = 0;
const DAY = 24 * 3600_000;
const closeAt = new Date(Date.now() + 30 * DAY).toISOString();

beforeAll(async () => {
  app = await startTestServer();
  cycleId = await createCycle(
    app.db,
    {
      year: 2031,
      dates: {
        nominations_open_at: ukToUtc("2026-11-01", "09:00"),
        nominations_close_at: closeAt,
        judging_open_at: null,
        judging_close_at: null,
        shortlist_at: null,
        final_judging_at: null,
        announcement_at: null,
      },
    },
    null,
  );
  await app.db.updateTable("award_cycles").set({ stage: "open" }).where("id", "=", cycleId).execute();
  organisationId = (await app.db.selectFrom("organisations").select("id").where("short_name", "=", "Harbourside").executeTakeFirstOrThrow()).id;
  entrantId = (await app.db.selectFrom("users").select("id").where("email_normalised", "=", "entrant@harbourside.demo.test").executeTakeFirstOrThrow()).id;
});
afterAll(async () => app.close());

/** A submitted nomination of Harbourside, written straight into the database. */
async function submittedNomination(hash = "text-1"): Promise<{ id: number; reference: string; employer: string; staff: string }> {
  sequence++;
  const now = new Date().toISOString();
  const reference = `TEST-2031-${String(sequence).padStart(4, "0")}`;
  const employer = `employer.lead${sequence}@harbourside.example`;
  const staff = `staff.lead${sequence}@harbourside.example`;
  const { id } = await app.db
    .insertInto("nominations")
    .values({
      cycle_id: cycleId,
      organisation_id: organisationId,
      reference,
      title: `Safe staffing huddles ${sequence}`,
      status: "submitted",
      employer_lead_name: "Priya Shah",
      employer_lead_role: "Director of People",
      employer_lead_email: employer,
      staff_lead_name: "Owen Lloyd",
      staff_lead_role: "UNISON branch secretary",
      staff_lead_email: staff,
      unions: "UNISON, RCN",
      submitted_at: now,
      submitted_hash: hash,
      created_by: entrantId,
      updated_by: entrantId,
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const sections = await listSections(app.db, cycleId);
  await app.db
    .insertInto("nomination_answers")
    .values(sections.slice(0, 2).map((s, i) => ({ nomination_id: id, section_id: s.id, text: i === 0 ? `Huddles <b>every</b> morning at Harbourside.` : "Staff side chaired them." })))
    .execute();
  return { id, reference, employer, staff };
}

const linkTo = async (email: string) => {
  const mail = (await app.outbox()).filter((m) => m.to.includes(email)).at(-1);
  const link = mail?.links.find((l) => l.includes("/endorse/"));
  if (!link) throw new Error(`No endorsement link to ${email}`);
  return new URL(link).pathname;
};
const post = (path: string, form: Record<string, string>) => app.request(path, { form, headers: { Origin: app.url } });
const statusOf = async (id: number) => app.db.selectFrom("endorsements").select(["side", "status"]).where("nomination_id", "=", id).orderBy("id").execute();

describe("endorsing a nomination from the e-mailed link", () => {
  it("e-mails both leads a link that says what they endorse and by when", async () => {
    const n = await submittedNomination();
    await requestEndorsements(app.db, n.id);
    const mail = (await app.outbox()).find((m) => m.to.includes(n.employer))!;
    expect(mail.subject).toContain("Harbourside Community Health NHS Trust");
    expect(mail.text).toContain("Harbourside Community Health NHS Trust");
    expect(mail.text).toContain(`Safe staffing huddles ${sequence}`);
    expect(mail.text).toContain(n.reference);
    expect(mail.text.replace(/\s+/g, " ")).toContain(formatUkDeadline(closeAt));
    expect(await linkTo(n.staff)).toMatch(/^\/endorse\//);
    expect(await statusOf(n.id)).toEqual([
      { side: "employer", status: "pending" },
      { side: "staff_side", status: "pending" },
    ]);
    expect((await app.db.selectFrom("audit_log").select("action").where("target", "=", `nomination:${n.id}`).execute()).map((a) => a.action)).toContain("endorsement.requested");
  });

  it("shows the nomination read-only, markup as text, and only a POST answers; one confirms, the other declines with a reason", async () => {
    const n = await submittedNomination();
    await requestEndorsements(app.db, n.id);
    const employerLink = await linkTo(n.employer);
    const staffLink = await linkTo(n.staff);

    const page = await app.request(employerLink);
    expect(page.status).toBe(200);
    // The page holds what only the link's holder may read: never cached.
    expect(page.headers.get("cache-control")).toContain("no-store");
    const html = await page.text();
    for (const text of ["Harbourside Community Health NHS Trust", n.reference, "Priya Shah", "Owen Lloyd", "Staff side chaired them.", "I confirm this nomination", "I do not confirm it"]) {
      expect(html).toContain(text);
    }
    expect(html).toContain("Huddles &lt;b&gt;every&lt;/b&gt; morning");
    // Opening the link twice (a mail scanner, say) uses nothing up.
    expect((await app.request(employerLink)).status).toBe(200);
    expect((await statusOf(n.id)).every((e) => e.status === "pending")).toBe(true);

    const confirmed = await post(employerLink, { decision: "confirm" });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain("Thank you for confirming the nomination");

    const noReason = await post(staffLink, { decision: "decline", reason: "  " });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("Enter why you do not confirm this nomination");
    const declined = await post(staffLink, { decision: "decline", reason: "The staff side was not involved in <i>phase 2</i>." });
    expect(declined.status).toBe(200);
    expect(await declined.text()).toContain("You have not confirmed the nomination");

    expect(await endorsementSummary(app.db, n.id)).toEqual({ employer: "confirmed", staff_side: "declined", complete: false });
    const row = await app.db.selectFrom("endorsements").select("reason").where("nomination_id", "=", n.id).where("side", "=", "staff_side").executeTakeFirstOrThrow();
    expect(row.reason).toBe("The staff side was not involved in <i>phase 2</i>.");

    // The entrant who created the nomination hears about both answers.
    const toEntrant = (await app.outbox()).filter((m) => m.to.includes("entrant@harbourside.demo.test") && m.subject.includes(n.reference));
    expect(toEntrant.map((m) => m.subject)).toEqual([
      `Priya Shah has confirmed your nomination ${n.reference}`,
      `Owen Lloyd has not confirmed your nomination ${n.reference}`,
    ]);
    expect(toEntrant[1].text).toContain("phase 2");
  });

  it("refuses a link used once already, whichever answer came second", async () => {
    const n = await submittedNomination();
    await requestEndorsements(app.db, n.id);
    const link = await linkTo(n.employer);
    const [a, b] = await Promise.all([post(link, { decision: "confirm" }), post(link, { decision: "decline", reason: "No" })]);
    const pages = [await a.text(), await b.text()];
    expect(pages.filter((p) => p.includes("already been used")).length + pages.filter((p) => p.includes("Thank you") || p.includes("You have not confirmed")).length).toBe(2);
    expect(pages.filter((p) => p.includes("already been used"))).toHaveLength(1);
    const again = await post(link, { decision: "confirm" });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("This link has already been used");
    expect(await (await app.request(link)).text()).toContain("This link has already been used");
  });

  it("lets only one of two answers sent at the same moment through", async () => {
    const n = await submittedNomination();
    await requestEndorsements(app.db, n.id);
    const token = (await linkTo(n.employer)).split("/").at(-1)!;
    const answers = await Promise.all([
      respondToEndorsement(app.db, { token, decision: "confirm", reason: null }),
      respondToEndorsement(app.db, { token, decision: "decline", reason: "Not agreed" }),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.find((a) => !a.ok)).toMatchObject({ ok: false, link: "used" });
  });

  it("refuses a link after the organisation's deadline, and accepts it again with an extension for that organisation", async () => {
    const n = await submittedNomination();
    await requestEndorsements(app.db, n.id);
    const link = await linkTo(n.employer);
    await app.db.updateTable("award_cycles").set({ nominations_close_at: new Date(Date.now() - 60_000).toISOString() }).where("id", "=", cycleId).execute();
    try {
      expect(await (await app.request(link)).text()).toContain("The deadline for this nomination has passed");
      const late = await post(link, { decision: "confirm" });
      expect(late.status).toBe(200);
      expect(await late.text()).toContain("The deadline for this nomination has passed");
      expect((await statusOf(n.id))[0].status).toBe("pending");

      // At the deadline itself it is closed; a second before, it is open (the deadline is a UK-time instant).
      const deadline = new Date(ukToUtc("2031-05-13", "17:00"));
      const { id: extensionId } = await app.db
        .insertInto("deadline_extensions")
        .values({ cycle_id: cycleId, organisation_id: organisationId, new_close_at: deadline.toISOString(), reason: "Cyber incident", created_by: null, created_at: new Date().toISOString() })
        .returning("id")
        .executeTakeFirstOrThrow();
      const token = link.split("/").at(-1)!;
      expect(await respondToEndorsement(app.db, { token, decision: "confirm", reason: null, now: deadline })).toMatchObject({ ok: false, link: "deadline-passed" });
      expect(await respondToEndorsement(app.db, { token, decision: "confirm", reason: null, now: new Date(deadline.getTime() - 1000) })).toEqual({ ok: true, status: "confirmed" });
      await app.db.deleteFrom("deadline_extensions").where("id", "=", extensionId).execute();
    } finally {
      await app.db.updateTable("award_cycles").set({ nominations_close_at: closeAt }).where("id", "=", cycleId).execute();
    }
  });

  it("is complete only when both sides confirm before the deadline", async () => {
    const n = await submittedNomination();
    await requestEndorsements(app.db, n.id);
    await post((await linkTo(n.employer)), { decision: "confirm" });
    expect((await endorsementSummary(app.db, n.id)).complete).toBe(false);
    await post((await linkTo(n.staff)), { decision: "confirm" });
    expect(await endorsementSummary(app.db, n.id)).toEqual({ employer: "confirmed", staff_side: "confirmed", complete: true });
  });

  it("on resubmission: the same text keeps confirmations and renews pending links; a changed text supersedes pending links", async () => {
    const n = await submittedNomination("text-1");
    await requestEndorsements(app.db, n.id);
    const firstStaffLink = await linkTo(n.staff);
    await post((await linkTo(n.employer)), { decision: "confirm" });
    const before = (await app.outbox()).length;

    await requestEndorsements(app.db, n.id);
    const sent = (await app.outbox()).slice(before);
    expect(sent.map((m) => m.to)).toEqual([n.staff]);
    expect(await endorsementSummary(app.db, n.id)).toMatchObject({ employer: "confirmed", staff_side: "pending" });
    expect(await (await app.request(firstStaffLink)).text()).toContain("This link is no longer valid");

    const secondStaffLink = await linkTo(n.staff);
    await app.db.updateTable("nominations").set({ submitted_hash: "text-2" }).where("id", "=", n.id).execute();
    // Before the new request goes out, the old text's link no longer counts either.
    expect(await (await post(secondStaffLink, { decision: "confirm" })).text()).toContain("This link is no longer valid");
    await requestEndorsements(app.db, n.id);
    expect(await endorsementSummary(app.db, n.id)).toEqual({ employer: "pending", staff_side: "pending", complete: false });
    expect(await (await app.request(secondStaffLink)).text()).toContain("This link is no longer valid");
    expect((await app.request((await linkTo(n.staff)))).status).toBe(200);
    expect(await (await app.request((await linkTo(n.employer)))).text()).toContain("I confirm this nomination");
  });

  it("can be resent: the new link works and the old one stops", async () => {
    const n = await submittedNomination();
    await requestEndorsements(app.db, n.id);
    const old = await linkTo(n.staff);
    expect(await resendEndorsement(app.db, { nominationId: n.id, side: "staff_side" })).toEqual({ ok: true });
    const fresh = await linkTo(n.staff);
    expect(fresh).not.toBe(old);
    expect(await (await app.request(old)).text()).toContain("This link is not valid");
    expect(await (await post(fresh, { decision: "confirm" })).text()).toContain("Thank you");
    expect(await resendEndorsement(app.db, { nominationId: n.id, side: "staff_side" })).toEqual({ ok: false, problem: "There is no endorsement waiting for a reply to send again" });
  });

  it("can be accepted by an admin on other evidence, with a reason, after which the lead's link is dead", async () => {
    const n = await submittedNomination();
    await requestEndorsements(app.db, n.id);
    const link = await linkTo(n.staff);
    await post((await linkTo(n.employer)), { decision: "confirm" });
    const admin = await app.db.selectFrom("users").select("id").where("email_normalised", "=", "admin@demo.test").executeTakeFirstOrThrow();
    expect(await acceptEndorsementByAdmin(app.db, { nominationId: n.id, side: "staff_side", reason: "Signed letter from the branch", adminUserId: admin.id })).toEqual({ ok: true });
    expect(await endorsementSummary(app.db, n.id)).toEqual({ employer: "confirmed", staff_side: "accepted_by_admin", complete: true });
    expect(await (await app.request(link)).text()).toContain("This link is not valid");
  });

  it("answers an unknown or malformed link with a clear page, not an error", async () => {
    for (const path of ["/endorse/not-a-real-token-at-all", "/endorse/%3Cscript%3E"]) {
      const get = await app.request(path);
      expect(get.status).toBe(200);
      expect(await get.text()).toContain("This link is not valid");
      const res = await post(path, { decision: "confirm" });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("This link is not valid");
    }
    // The same for anyone signed in, and for the route data the browser fetches.
    const cookie = await app.sessionFor("judge.employer1@demo.test");
    expect((await app.request("/endorse/not-a-real-token.data", { cookie })).status).toBe(200);
    expect((await app.request("/endorse/not-a-real-token", { cookie, form: {}, headers: { Origin: app.url } })).status).toBe(200);
  });
});
