import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCycle, listSections } from "~/models/cycles.server";
import type { CycleSection } from "../../db/schema";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let cycleId: number;
let sections: CycleSection[];
let eastbrook: string;
let fellside: string;

const YEAR = 2031;

beforeAll(async () => {
  app = await startTestServer();
  cycleId = await createCycle(
    app.db,
    {
      year: YEAR,
      dates: {
        nominations_open_at: "2026-01-01T09:00:00.000Z",
        nominations_close_at: "2031-05-13T16:00:00.000Z",
        judging_open_at: "2031-05-20T08:00:00.000Z",
        judging_close_at: "2031-06-30T16:00:00.000Z",
        shortlist_at: null,
        final_judging_at: null,
        announcement_at: "2031-11-12T19:00:00.000Z",
      },
    },
    null,
  );
  await app.db.updateTable("award_cycles").set({ stage: "open" }).where("id", "=", cycleId).execute();
  sections = await listSections(app.db, cycleId);
  eastbrook = await app.sessionFor("entrant@eastbrook.demo.test");
  fellside = await app.sessionFor("entrant@fellside.demo.test");
});
afterAll(async () => app.close());

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

function completeForm(revision: number, overrides: Record<string, string> = {}): Record<string, string> {
  const form: Record<string, string> = {
    intent: "save",
    revision: String(revision),
    title: "Flexible rostering, agreed in partnership",
    employer_lead_name: "Dana Whitfield",
    employer_lead_role: "Director of People",
    employer_lead_email: "dana.whitfield@eastbrook.example.nhs.uk",
    staff_lead_name: "Ravi Menon",
    staff_lead_role: "UNISON branch secretary",
    staff_lead_email: "ravi.menon@eastbrook.example.nhs.uk",
    unions: "UNISON, RCN",
    identifying_terms: "Eastbrook\nDana Whitfield\n",
    consent_to_publish: "yes",
  };
  for (const s of sections) form[`answer_${s.id}`] = `The ${s.key} of our work with staff-side colleagues.`;
  return { ...form, ...overrides };
}

async function start(cookie = eastbrook, startKey = crypto.randomUUID()): Promise<number> {
  const res = await app.request("/nominations", { cookie, method: "POST", form: { startKey } });
  expect(res.status).toBe(302);
  return Number(res.headers.get("location")!.split("/").at(-1));
}

/** Posts the check page's Submit button, with the revision the page showed. */
async function submit(id: number, cookie = eastbrook): Promise<Response> {
  const { revision } = await app.db.selectFrom("nominations").select("revision").where("id", "=", id).executeTakeFirstOrThrow();
  return app.request(`/nominations/${id}/submit`, { cookie, form: { revision: String(revision) } });
}

const nomination = (id: number) => app.db.selectFrom("nominations").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

describe("an entrant's nomination", () => {
  it("starts from My nominations with a reference for the year, and shows the deadline in UK time", async () => {
    const page = await (await app.request("/nominations", { cookie: eastbrook })).text();
    expect(page).toContain(`The ${YEAR} award`);
    expect(page).toContain("5pm on Tuesday 13 May 2031");
    const id = await start();
    const n = await nomination(id);
    expect(n.reference).toMatch(new RegExp(`^HPMA-${YEAR}-\\d{4}$`));
    expect(n.status).toBe("draft");
    expect((await app.request(`/nominations/${id}`, { cookie: eastbrook })).status).toBe(200);
  });

  it("a double click on Start makes one nomination, and references are unique and in sequence", async () => {
    const before = await app.db.selectFrom("nominations").select("id").where("cycle_id", "=", cycleId).execute();
    const key = crypto.randomUUID();
    const [a, b] = await Promise.all([start(eastbrook, key), start(eastbrook, key)]);
    expect(a).toBe(b);
    const after = await app.db.selectFrom("nominations").select("reference").where("cycle_id", "=", cycleId).execute();
    expect(after).toHaveLength(before.length + 1);
    expect(new Set(after.map((r) => r.reference)).size).toBe(after.length);
  });

  it("saves a draft, keeping markup, emoji and right-to-left text exactly and showing them as text", async () => {
    const id = await start(fellside);
    const title = '<script>alert("x")</script> Partnership 👩🏽‍⚕️ شراكة';
    const res = await app.request(`/nominations/${id}`, { cookie: fellside, form: completeForm(1, { title, [`answer_${sections[0].id}`]: "مرحبا بكم <b>bold</b> 🙂" }) });
    expect(res.status).toBe(200);
    const n = await nomination(id);
    expect(n.title).toBe(title);
    expect(n.revision).toBe(2);
    const answer = await app.db.selectFrom("nomination_answers").select("text").where("nomination_id", "=", id).where("section_id", "=", sections[0].id).executeTakeFirstOrThrow();
    expect(answer.text).toBe("مرحبا بكم <b>bold</b> 🙂");
    const page = await (await app.request(`/nominations/${id}`, { cookie: fellside })).text();
    expect(page).not.toContain('<script>alert("x")</script>');
    expect(page).toContain("&lt;script&gt;");
    expect(page).toContain("👩🏽‍⚕️ شراكة");
  });

  it("answers an autosave after the session has ended with a message, not a redirect away from the text", async () => {
    const id = await start();
    // As the browser's fetcher sends it: to the route's data URL, so no page (and no loader) follows.
    const res = await app.request(`/nominations/${id}.data?autosave=1`, { form: completeForm(1, { intent: "autosave" }) });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain("you have been signed out");
    expect((await nomination(id)).revision).toBe(1);
  });

  it("refuses a stale save, saying who saved and when, and writes nothing", async () => {
    const id = await start();
    expect((await app.request(`/nominations/${id}`, { cookie: eastbrook, form: completeForm(1, { title: "First colleague" }) })).status).toBe(200);
    const stale = await app.request(`/nominations/${id}?autosave=1`, { cookie: eastbrook, form: completeForm(1, { intent: "autosave", title: "Second colleague" }) });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("saved this nomination at");
    expect((await nomination(id)).title).toBe("First colleague");
  });

  it("shows a task list of the parts, saying how many are completed, and checking and submitting cannot start yet", async () => {
    const id = await start();
    const empty = await (await app.request(`/nominations/${id}`, { cookie: eastbrook })).text();
    expect(empty).toContain(`You have completed <!-- -->0<!-- --> of <!-- -->${sections.length + 2}`);
    expect(empty).toContain(`href="/nominations/${id}/section-${sections[0].id}"`);
    expect(empty).not.toContain(`href="/nominations/${id}/submit"`);
    await app.request(`/nominations/${id}`, { cookie: eastbrook, form: completeForm(1) });
    const done = await (await app.request(`/nominations/${id}`, { cookie: eastbrook })).text();
    expect(done).toContain(`You have completed <!-- -->${sections.length + 2}<!-- --> of <!-- -->${sections.length + 2}`);
    expect(done).toContain(`href="/nominations/${id}/submit"`);
  });

  it("saves one part at a time: only that part's fields change, an unticked box is saved unticked, and the rest is kept", async () => {
    const id = await start();
    await app.request(`/nominations/${id}`, { cookie: eastbrook, form: completeForm(1) });
    const [first, second] = sections;
    const section = await app.request(`/nominations/${id}/section-${first.id}`, {
      cookie: eastbrook,
      form: { intent: "save", revision: "2", [`answer_${first.id}`]: "Rewritten on its own page.", [`answer_${second.id}`]: "Not on this page", title: "Not on this page" },
    });
    expect(section.status).toBe(200);
    const details = await app.request(`/nominations/${id}/details`, { cookie: eastbrook, form: { intent: "return", revision: "3", title: "A better title", unions: "UNISON" } });
    expect(details.status).toBe(302);
    expect(details.headers.get("location")).toBe(`/nominations/${id}`);
    const n = await nomination(id);
    expect([n.revision, n.title, n.unions, n.consent_to_publish, n.staff_lead_name]).toEqual([4, "A better title", "UNISON", 0, "Ravi Menon"]);
    const answers = await app.db.selectFrom("nomination_answers").select(["section_id", "text"]).where("nomination_id", "=", id).execute();
    expect(answers.find((a) => a.section_id === first.id)?.text).toBe("Rewritten on its own page.");
    expect(answers.find((a) => a.section_id === second.id)?.text).toBe(`The ${second.key} of our work with staff-side colleagues.`);
  });

  it("refuses a part saved on a stale revision, keeping what was typed, and has no page for a part that does not exist", async () => {
    const id = await start();
    await app.request(`/nominations/${id}`, { cookie: eastbrook, form: completeForm(1) });
    const stale = await app.request(`/nominations/${id}/details`, { cookie: eastbrook, form: { intent: "save", revision: "1", title: "Typed over an old copy" } });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain("saved this nomination at");
    expect(html).toContain("Typed over an old copy");
    expect((await nomination(id)).title).toBe("Flexible rostering, agreed in partnership");
    expect((await app.request(`/nominations/${id}/section-999999`, { cookie: eastbrook })).status).toBe(404);
    expect((await app.request(`/nominations/${id}/section-999999`, { cookie: eastbrook, form: { revision: "2", answer_999999: "x" } })).status).toBe(404);
    expect((await app.request(`/nominations/${id}/leads`, { cookie: fellside })).status).toBe(404);
  });

  it("answers 404 for another organisation's nomination, to look at or to change", async () => {
    const id = await start();
    expect((await app.request(`/nominations/${id}`, { cookie: fellside })).status).toBe(404);
    expect((await app.request(`/nominations/${id}`, { cookie: fellside, form: completeForm(1, { title: "Hijacked" }) })).status).toBe(404);
    expect((await app.request(`/nominations/${id}/submit`, { cookie: fellside, form: { revision: "1" } })).status).toBe(404);
    expect((await app.request(`/nominations/${id}/receipt`, { cookie: fellside })).status).toBe(404);
    expect((await app.request(`/nominations/${id}/withdraw`, { cookie: fellside, form: { confirm: "yes" } })).status).toBe(404);
    expect((await nomination(id)).title).toBe("");
  });

  it("ignores a forged organisation id in the form", async () => {
    const id = await start();
    const other = await app.db.selectFrom("organisations").select("id").where("short_name", "=", "Fellside").executeTakeFirstOrThrow();
    await app.request(`/nominations/${id}`, { cookie: eastbrook, form: completeForm(1, { organisation_id: String(other.id), organisationId: String(other.id) }) });
    const n = await nomination(id);
    expect(n.organisation_id).not.toBe(other.id);
    expect(n.revision).toBe(2);
  });

  it("refuses a draft answer over five times its word limit, and writes nothing", async () => {
    const id = await start();
    const summary = sections.find((s) => s.key === "summary")!;
    const res = await app.request(`/nominations/${id}`, { cookie: eastbrook, form: completeForm(1, { [`answer_${summary.id}`]: words(summary.word_limit! * 5 + 1) }) });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("far more than its limit of 250");
    expect((await nomination(id)).revision).toBe(1);
    const huge = await app.request(`/nominations/${id}`, { cookie: eastbrook, form: completeForm(1, { [`answer_${summary.id}`]: "x".repeat(50_001) }) });
    expect(huge.status).toBe(400);
    expect(await huge.text()).toContain("50,000 characters or fewer");
    // A draft over its limit (but not five times over) is kept: limits apply at submission.
    const over = await app.request(`/nominations/${id}`, { cookie: eastbrook, form: completeForm(1, { [`answer_${summary.id}`]: words(300) }) });
    expect(over.status).toBe(200);
  });

  it("refuses to submit with sections missing or over their limit, listing every problem", async () => {
    const id = await start();
    const [first, second] = sections;
    await app.request(`/nominations/${id}`, {
      cookie: eastbrook,
      form: completeForm(1, { [`answer_${first.id}`]: "", [`answer_${second.id}`]: words(second.word_limit! + 3), staff_lead_email: "not an email", title: "" }),
    });
    const res = await submit(id);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Enter the title of your initiative");
    expect(html).toContain(`Complete the section &quot;${first.title}&quot;`);
    expect(html).toContain(`must be ${second.word_limit} words or fewer: it has 3 too many`);
    expect(html).toContain("staff-side lead&#x27;s email address in the correct format");
    expect(html).toContain(`href="/nominations/${id}/section-${first.id}#answer_${first.id}"`);
    expect((await nomination(id)).status).toBe("draft");
  });

  it("submits a complete nomination once, however often the button is pressed, and e-mails a receipt", async () => {
    const id = await start();
    await app.request(`/nominations/${id}`, { cookie: eastbrook, form: completeForm(1) });
    const receiptsBefore = (await app.outbox()).filter((m) => m.subject.startsWith("Nomination received")).length;
    const [a, b] = await Promise.all([submit(id), submit(id)]);
    expect([a.status, b.status]).toEqual([302, 302]);
    expect(a.headers.get("location")).toBe(`/nominations/${id}/receipt`);
    const n = await nomination(id);
    expect(n.status).toBe("submitted");
    expect(n.submitted_hash).toMatch(/^[0-9a-f]{64}$/);
    const receipts = (await app.outbox()).filter((m) => m.subject === `Nomination received: ${n.reference}`);
    expect(receipts).toHaveLength(1);
    expect((await app.outbox()).filter((m) => m.subject.startsWith("Nomination received")).length).toBe(receiptsBefore + 1);
    expect(receipts[0].to).toContain("entrant@eastbrook.demo.test");
    expect(receipts[0].text).toContain("Flexible rostering, agreed in partnership");
    const pending = await app.db.selectFrom("endorsements").select("side").where("nomination_id", "=", id).where("status", "=", "pending").execute();
    expect(pending.map((e) => e.side).sort()).toEqual(["employer", "staff_side"]);
    const receipt = await (await app.request(`/nominations/${id}/receipt`, { cookie: eastbrook })).text();
    expect(receipt).toContain(n.reference);
    expect(receipt).toContain("Waiting for a reply");
    expect(await (await app.request("/nominations", { cookie: eastbrook })).text()).toContain("Awaiting endorsement (0 of 2)");
    const resend = await app.request(`/nominations/${id}/receipt`, { cookie: eastbrook, form: { side: "staff_side" } });
    expect(resend.status).toBe(200);
    expect(await resend.text()).toContain("We have sent the link again to the staff-side lead");
    expect((await app.request(`/nominations/${id}/receipt`, { cookie: fellside, form: { side: "staff_side" } })).status).toBe(404);
    const audit = await app.db.selectFrom("audit_log").select("action").where("target", "=", `nomination:${id}`).execute();
    expect(audit.map((a) => a.action).filter((a) => a.startsWith("nomination."))).toEqual(["nomination.started", "nomination.saved", "nomination.submitted"]);
    expect(audit.map((a) => a.action)).toContain("endorsement.resent");
  });

  it("keeps endorsements for an unchanged resubmission, and asks again when the text changes", async () => {
    const id = await start();
    await app.request(`/nominations/${id}`, { cookie: eastbrook, form: completeForm(1) });
    await submit(id);
    const first = await nomination(id);
    // Saving the same text keeps it submitted.
    await app.request(`/nominations/${id}`, { cookie: eastbrook, form: completeForm(first.revision, { consent_to_publish: "" }) });
    expect((await nomination(id)).status).toBe("submitted");
    const changed = await nomination(id);
    await app.request(`/nominations/${id}`, { cookie: eastbrook, form: completeForm(changed.revision, { title: "A new title" }) });
    expect((await nomination(id)).status).toBe("draft");
    await submit(id);
    const second = await nomination(id);
    expect(second.status).toBe("submitted");
    expect(second.submitted_hash).not.toBe(first.submitted_hash);
    const pending = await app.db.selectFrom("endorsements").select(["content_hash"]).where("nomination_id", "=", id).where("status", "=", "pending").execute();
    expect(pending.every((e) => e.content_hash === second.submitted_hash)).toBe(true);
  });

  it("refuses to submit a nomination changed since it was checked, and to start one without the page's key", async () => {
    const id = await start();
    await app.request(`/nominations/${id}`, { cookie: eastbrook, form: completeForm(1) });
    const res = await app.request(`/nominations/${id}/submit`, { cookie: eastbrook, form: { revision: "1" } });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("Check it again, then submit it");
    expect((await nomination(id)).status).toBe("draft");
    const count = async () => (await app.db.selectFrom("nominations").select("id").execute()).length;
    const before = await count();
    expect((await app.request("/nominations", { cookie: eastbrook, form: {} })).status).toBe(400);
    expect(await count()).toBe(before);
  });

  it("can be withdrawn after confirming", async () => {
    const id = await start();
    const unconfirmed = await app.request(`/nominations/${id}/withdraw`, { cookie: eastbrook, form: {} });
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("Confirm that you want to withdraw this nomination");
    const res = await app.request(`/nominations/${id}/withdraw`, { cookie: eastbrook, form: { confirm: "yes" } });
    expect(res.status).toBe(302);
    expect((await nomination(id)).status).toBe("withdrawn");
  });

  it("is read-only after the deadline, and late saves and submissions are refused with the deadline in UK time", async () => {
    const id = await start();
    await app.request(`/nominations/${id}`, { cookie: eastbrook, form: completeForm(1) });
    await app.db.updateTable("award_cycles").set({ nominations_close_at: "2026-06-01T16:00:00.000Z" }).where("id", "=", cycleId).execute();
    try {
      const late = await app.request(`/nominations/${id}`, { cookie: eastbrook, form: completeForm(2, { title: "Too late" }) });
      expect(late.status).toBe(403);
      expect(await late.text()).toContain("5pm on Monday 1 June 2026");
      const lateSubmit = await submit(id);
      expect(lateSubmit.status).toBe(403);
      expect(await lateSubmit.text()).toContain("The deadline for nominations has passed");
      expect((await nomination(id)).status).toBe("draft");
      expect((await nomination(id)).title).not.toBe("Too late");
      const page = await (await app.request(`/nominations/${id}`, { cookie: eastbrook })).text();
      expect(page).toContain("You can no longer change this nomination");
      // Each part's page is read-only too, and a late save of one part is refused like the whole form's.
      const part = await (await app.request(`/nominations/${id}/section-${sections[0].id}`, { cookie: eastbrook })).text();
      expect(part).toContain("You can no longer change this nomination");
      expect(part).not.toContain("Save and return to task list");
      const latePart = await app.request(`/nominations/${id}/details`, { cookie: eastbrook, form: { intent: "save", revision: "2", title: "Too late" } });
      expect(latePart.status).toBe(403);
      expect((await nomination(id)).title).not.toBe("Too late");
      const home = await app.request("/nominations", { cookie: eastbrook, form: { startKey: crypto.randomUUID() } });
      expect(home.status).toBe(400);
    } finally {
      await app.db.updateTable("award_cycles").set({ nominations_close_at: "2031-05-13T16:00:00.000Z" }).where("id", "=", cycleId).execute();
    }
  });

  it("is for entrants only: judges and admins are refused, visitors asked to sign in", async () => {
    const id = await start();
    expect((await app.request(`/nominations/${id}`)).status).toBe(302);
    for (const email of ["judge.employer1@demo.test", "admin@demo.test"]) {
      const cookie = await app.sessionFor(email);
      expect((await app.request(`/nominations/${id}`, { cookie })).status).toBe(403);
      expect((await app.request("/nominations", { cookie })).status).toBe(403);
    }
  });
});
