// Who may endorse a nomination and how often a lead's link is sent, and how long a password reset
// link lives (issue 10, decision 019), over HTTP against the real server: the two leads are two
// people and neither is an entrant, at saving, at submission and when the link is used; a lead's link
// is sent again at most 3 times an hour; any change of password ends every outstanding reset link.
// The test makes its own organisation, its approved entrants and a cycle open for nominations.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listSections } from "~/models/cycles.server";
import type { CycleSection } from "../../db/schema";
import { FACTORY_PASSWORD, makeCycle, makeEntrant, makeOrganisation } from "../helpers/factories";
import { startTestServer, type TestServer } from "../helpers/server";

let ENTRANT: string;
let organisationId: number;
let app: TestServer;
let sections: CycleSection[];
let entrant: string;

beforeAll(async () => {
  app = await startTestServer({ demo: false });
  organisationId = (await makeOrganisation(app.db)).id;
  ENTRANT = (await makeEntrant(app.db, { organisationId })).email;
  const cycle = await makeCycle(app.db, { stage: "open" });
  sections = await listSections(app.db, cycle.id);
  entrant = await app.sessionFor(ENTRANT);
});
afterAll(async () => app.close());

let leadNumber = 0;
function completeForm(revision: number, overrides: Record<string, string> = {}): Record<string, string> {
  leadNumber++;
  const form: Record<string, string> = {
    intent: "save",
    revision: String(revision),
    title: "Flexible rostering, agreed in partnership",
    employer_lead_name: "Dana Whitfield",
    employer_lead_role: "Director of People",
    employer_lead_email: `dana.whitfield${leadNumber}@eastbrook.example.nhs.uk`,
    staff_lead_name: "Ravi Menon",
    staff_lead_role: "UNISON branch secretary",
    staff_lead_email: `ravi.menon${leadNumber}@eastbrook.example.nhs.uk`,
    unions: "UNISON",
    identifying_terms: "",
    consent_to_publish: "yes",
  };
  for (const s of sections) form[`answer_${s.id}`] = `The ${s.key} of our work with staff-side colleagues.`;
  return { ...form, ...overrides };
}

async function start(): Promise<number> {
  const res = await app.request("/nominations", { cookie: entrant, method: "POST", form: { startKey: crypto.randomUUID() } });
  expect(res.status).toBe(302);
  return Number(res.headers.get("location")!.split("/").at(-1));
}
const nomination = (id: number) => app.db.selectFrom("nominations").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
async function submit(id: number): Promise<Response> {
  return app.request(`/nominations/${id}/submit`, { cookie: entrant, form: { revision: String((await nomination(id)).revision) } });
}
/** A nomination saved with the form and submitted: both leads have been sent a link. */
async function submitted(): Promise<{ id: number; employer: string; staff: string }> {
  const id = await start();
  const form = completeForm(1);
  expect((await app.request(`/nominations/${id}`, { cookie: entrant, form })).status).toBe(200);
  expect((await submit(id)).status).toBe(302);
  return { id, employer: form.employer_lead_email, staff: form.staff_lead_email };
}
const mailsTo = async (email: string) => (await app.outbox()).filter((m) => m.to.includes(email));
const endorseLink = async (email: string) => new URL((await mailsTo(email)).at(-1)!.links.find((l) => l.includes("/endorse/"))!).pathname;
const readable = async (res: Response) => (await res.text()).replaceAll("&#x27;", "'");

describe("the two leads of a nomination", () => {
  it("cannot be the entrant: saving says so on the leads' page, keeps what was typed and writes nothing", async () => {
    const id = await start();
    // The entrant's own address, typed in another case and with spaces around it.
    const typed = ENTRANT.replace(/^e/, "E").replace("@factory", "@Factory");
    const res = await app.request(`/nominations/${id}/leads`, { cookie: entrant, form: completeForm(1, { employer_lead_email: `  ${typed} ` }) });
    expect(res.status).toBe(400);
    const html = await readable(res);
    expect(html).toContain("There is a problem");
    expect(html).toContain("The employer lead's email address must not be the address of anyone entering this nomination");
    expect(html).toContain("Dana Whitfield");
    expect(html).toContain(typed);
    const n = await nomination(id);
    expect(n.revision).toBe(1);
    expect(n.employer_lead_email).toBeNull();
  });

  it("are two different people: the same address twice (in any case, or with a +tag) is refused", async () => {
    const id = await start();
    const res = await app.request(`/nominations/${id}`, {
      cookie: entrant,
      form: completeForm(1, { employer_lead_email: "sam.lee@eastbrook.example.nhs.uk", staff_lead_email: "Sam.Lee+staff@Eastbrook.example.nhs.uk" }),
    });
    expect(res.status).toBe(400);
    expect(await readable(res)).toContain("The staff-side lead's email address must be different from the employer lead's");
    expect((await nomination(id)).revision).toBe(1);
  });

  it("cannot be the entrant written another way: in needless quotes, or with a dot after the domain", async () => {
    const [local, domain] = ENTRANT.split("@");
    for (const written of [`"${local}"@${domain}`, `${local}@${domain}.`]) {
      const id = await start();
      const res = await app.request(`/nominations/${id}/leads`, { cookie: entrant, form: completeForm(1, { staff_lead_email: written }) });
      expect(res.status).toBe(400);
      expect(await readable(res)).toContain("The staff-side lead's email address must not be the address of anyone entering this nomination");
      expect((await nomination(id)).revision).toBe(1);
    }
  });

  it("have names and roles on one line: a line break is refused, and what was typed kept", async () => {
    const id = await start();
    const res = await app.request(`/nominations/${id}/leads`, {
      cookie: entrant,
      form: completeForm(1, { employer_lead_name: "Dana Whitfield\r\nBcc: someone@example.org", staff_lead_role: "Branch\u0007secretary" }),
    });
    expect(res.status).toBe(400);
    const html = await readable(res);
    expect(html).toContain("There is a problem");
    expect(html).toContain("Employer lead's name must be on one line, with no line breaks or other control characters");
    expect(html).toContain("Staff-side lead's role must be on one line");
    expect(html).toContain("Bcc: someone@example.org");
    expect((await nomination(id)).employer_lead_name).toBeNull();
  });

  it("are checked again at submission, whatever was saved before", async () => {
    const id = await start();
    expect((await app.request(`/nominations/${id}`, { cookie: entrant, form: completeForm(1) })).status).toBe(200);
    // Saved before the rule existed, say: the submission refuses it all the same.
    await app.db.updateTable("nominations").set({ staff_lead_email: ENTRANT }).where("id", "=", id).execute();
    const res = await submit(id);
    expect(res.status).toBe(400);
    expect(await readable(res)).toContain("The staff-side lead's email address must not be the address of anyone entering this nomination");
    expect((await nomination(id)).status).toBe("draft");
    expect((await mailsTo(ENTRANT)).filter((m) => m.links.some((l) => l.includes("/endorse/")))).toHaveLength(0);
  });

  it("a link cannot be used to confirm by a signed-in entrant of the nomination, though the lead can", async () => {
    const n = await submitted();
    const link = await endorseLink(n.staff);
    const page = await app.request(link, { cookie: entrant });
    expect(await page.text()).toContain("You cannot confirm a nomination you entered");
    const tried = await app.request(link, { cookie: entrant, form: { decision: "confirm" }, headers: { Origin: app.url } });
    expect(await tried.text()).toContain("You cannot confirm a nomination you entered");
    const row = await app.db.selectFrom("endorsements").select("status").where("nomination_id", "=", n.id).where("side", "=", "staff_side").executeTakeFirstOrThrow();
    expect(row.status).toBe("pending");
    const lead = await app.request(link, { form: { decision: "confirm" }, headers: { Origin: app.url } });
    expect(await lead.text()).toContain("Thank you for confirming the nomination");
  });

  it("a link that went to the entrant's own address (a nomination from before the rule) cannot confirm", async () => {
    const n = await submitted();
    const link = await endorseLink(n.employer);
    await app.db.updateTable("endorsements").set({ email: ENTRANT }).where("nomination_id", "=", n.id).where("side", "=", "employer").execute();
    const res = await app.request(link, { form: { decision: "confirm" }, headers: { Origin: app.url } });
    expect(await res.text()).toContain("You cannot confirm a nomination you entered");
  });
});

describe("sending a lead's link again", () => {
  it("works 3 times an hour for each lead, then says when it can be sent again, and sends nothing more", async () => {
    const n = await submitted();
    const before = (await mailsTo(n.staff)).length;
    for (let i = 0; i < 3; i++) {
      const res = await app.request(`/nominations/${n.id}/receipt`, { cookie: entrant, form: { side: "staff_side" } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("We have sent the link again to the staff-side lead");
    }
    const refused = await app.request(`/nominations/${n.id}/receipt`, { cookie: entrant, form: { side: "staff_side" } });
    expect(refused.status).toBe(429);
    const html = await readable(refused);
    expect(html).toContain("There is a problem");
    expect(html).toMatch(/You have sent the staff-side lead's link 3 times in the last hour\. You can send it again from .+ \(UK time\)/);
    for (let i = 0; i < 5; i++) await app.request(`/nominations/${n.id}/receipt`, { cookie: entrant, form: { side: "staff_side" } });
    expect((await mailsTo(n.staff)).length).toBe(before + 3);
    // The other lead has a limit of their own.
    expect((await app.request(`/nominations/${n.id}/receipt`, { cookie: entrant, form: { side: "employer" } })).status).toBe(200);
    // An hour later it can be sent again.
    const hourAgo = new Date(Date.now() - 61 * 60_000).toISOString();
    await app.db.updateTable("endorsement_resends").set({ sent_at: hourAgo }).where("nomination_id", "=", n.id).execute();
    expect((await app.request(`/nominations/${n.id}/receipt`, { cookie: entrant, form: { side: "staff_side" } })).status).toBe(200);
    expect((await mailsTo(n.staff)).length).toBe(before + 4);
  });
});

describe("password reset links", () => {
  const resetLink = async (email: string) => {
    await app.request("/forgot-password", { form: { email } });
    return new URL((await mailsTo(email)).at(-1)!.links.find((l) => l.includes("/reset-password/"))!).pathname;
  };

  it("an older link stops working once a newer one has been used", async () => {
    const { email } = await makeEntrant(app.db, { organisationId });
    const older = await resetLink(email);
    const newer = await resetLink(email);
    expect(older).not.toBe(newer);
    expect((await app.request(newer, { form: { password: "meadow harbour lantern" } })).headers.get("location")).toBe("/login?notice=reset");
    const res = await app.request(older, { form: { password: "another harbour lantern" } });
    expect(await res.text()).toContain("This link no longer works");
    await app.login(email, "meadow harbour lantern");
  });

  it("a link issued before the password was changed on the account page stops working", async () => {
    const { email } = await makeEntrant(app.db, { organisationId });
    const link = await resetLink(email);
    const cookie = await app.sessionFor(email);
    const changed = await app.request("/account/password", { cookie, form: { password: FACTORY_PASSWORD, newPassword: "a brand new long passphrase" } });
    expect(changed.status).toBe(302);
    expect(await (await app.request(link)).text()).toContain("This link no longer works");
    const res = await app.request(link, { form: { password: "someone else's passphrase" } });
    expect(await res.text()).toContain("This link no longer works");
    await app.login(email, "a brand new long passphrase");
  });
});
