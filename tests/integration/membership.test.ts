// Membership of an organisation is asked for, not asserted: a new account sees nothing of its
// organisation's nominations until the secretariat, an approved member or the organisation's own
// e-mail domain approves it; members see and remove members; shared domains are refused; what the
// person registering is told never says whether the organisation has members or has entered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation } from "~/models/organisations.server";
import { confirmEmail, membershipIdOf, membershipStatusOf, organisationIdOf, register, registerConfirmed } from "../helpers/accounts";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let eastbrookId: number;
let eastbrookMember: string; // the demo entrant of Eastbrook, an approved member
let northmoorMember: string; // an approved member of another organisation
let admin: string;
let nomination: { id: number; reference: string; title: string; employer_lead_email: string | null; staff_lead_email: string | null; revision: number; status: string };

beforeAll(async () => {
  app = await startTestServer();
  eastbrookId = await organisationIdOf(app, "Eastbrook");
  eastbrookMember = await app.sessionFor("entrant@eastbrook.demo.test");
  northmoorMember = await app.sessionFor("entrant@northmoor-valley.demo.test");
  admin = await app.sessionFor("admin@demo.test");
  nomination = await app.db
    .selectFrom("nominations")
    .select(["id", "reference", "title", "employer_lead_email", "staff_lead_email", "revision", "status"])
    .where("organisation_id", "=", eastbrookId)
    .where("title", "!=", "")
    .orderBy("id")
    .executeTakeFirstOrThrow();
});
afterAll(async () => app.close());

const mailsTo = async (email: string) => (await app.outbox()).filter((m) => m.to.toLowerCase().includes(email.toLowerCase()));

async function newOrganisation(name: string): Promise<number> {
  return createOrganisation(app.db, { name, shortName: null, type: "acute", region: "London", odsCode: null, aliases: [] }, null);
}

/** Everything the caller can get of the Eastbrook nomination; each answer is a refusal with none of its data. */
async function expectNothingOfTheNomination(cookie: string) {
  const id = nomination.id;
  const secrets = [nomination.reference, nomination.title, nomination.employer_lead_email, nomination.staff_lead_email].filter((s): s is string => !!s);
  const answers = [
    await app.request("/nominations", { cookie }),
    await app.request("/nominations.data", { cookie }),
    await app.request(`/nominations/${id}`, { cookie }),
    await app.request(`/nominations/${id}.data`, { cookie }),
    await app.request(`/nominations/${id}?_data=routes%2Fnominations.%24nominationId`, { cookie }),
    await app.request(`/nominations/${id}/receipt`, { cookie }),
    await app.request(`/nominations/${id}/receipt.data`, { cookie }),
    await app.request(`/nominations/${id}/submit`, { cookie }),
    await app.request(`/nominations/${id}/withdraw?_data=routes%2Fnominations.%24nominationId_.withdraw`, { cookie }),
    await app.request(`/nominations/${id}`, { cookie, form: { intent: "autosave", revision: String(nomination.revision), title: "Taken over" } }),
    await app.request(`/nominations/${id}.data?autosave=1`, { cookie, form: { intent: "autosave", revision: String(nomination.revision), title: "Taken over" } }),
    await app.request(`/nominations/${id}/submit`, { cookie, form: { revision: String(nomination.revision) } }),
    await app.request(`/nominations/${id}/withdraw`, { cookie, form: { confirm: "yes" } }),
    await app.request(`/nominations/${id}/receipt`, { cookie, form: { side: "staff_side" } }),
  ];
  for (const [i, res] of answers.entries()) {
    const body = await res.text();
    // The list itself answers (saying the request is waiting); every page of the nomination is refused.
    if (i >= 2) expect([400, 403, 404], `answer ${i}: ${res.status}`).toContain(res.status);
    for (const secret of secrets) expect(body, `answer ${i} holds ${secret}`).not.toContain(secret);
  }
  const after = await app.db.selectFrom("nominations").select(["title", "revision", "status"]).where("id", "=", id).executeTakeFirstOrThrow();
  expect(after).toEqual({ title: nomination.title, revision: nomination.revision, status: nomination.status });
}

describe("joining an organisation that has members", () => {
  it("shows a new account nothing of the organisation's nominations until a member approves it on the members page", async () => {
    const email = "casey.obi@eastbrook-mail.example";
    const pending = await registerConfirmed(app, { name: "Casey Obi", email, organisationId: eastbrookId });
    expect(await membershipStatusOf(app, email)).toBe("pending");
    const list = await (await app.request("/nominations", { cookie: pending })).text();
    expect(list).toContain("will be checked by the SPF secretariat or a member of Eastbrook");
    await expectNothingOfTheNomination(pending);
    expect((await app.request("/organisation/members", { cookie: pending })).status).toBe(403);

    // The member is told, and decides on one page that lists the request.
    const told = (await mailsTo("entrant@eastbrook.demo.test")).find((m) => m.subject.startsWith("Casey Obi has asked to join Eastbrook"));
    expect(told?.links.some((l) => l.endsWith("/organisation/members"))).toBe(true);
    const page = await (await app.request("/organisation/members", { cookie: eastbrookMember })).text();
    expect(page).toContain("Casey Obi");
    expect(page).toContain(email);

    const approve = await app.request("/organisation/members", { cookie: eastbrookMember, form: { intent: "approve", membershipId: String(await membershipIdOf(app, email)) } });
    expect(approve.status).toBe(302);
    expect(await membershipStatusOf(app, email)).toBe("approved");
    // The page it goes back to says so, and the e-mail was queued with the decision.
    expect(await (await app.request(approve.headers.get("location")!, { cookie: eastbrookMember })).text()).toContain("Casey Obi is now a member");
    // The address names the membership, not the person: words put in it, or the id of another
    // organisation's membership, show no name in the banner.
    const membershipId = await membershipIdOf(app, email);
    expect(approve.headers.get("location")).toBe(`/organisation/members?notice=approved&membership=${membershipId}`);
    const spoofed = await (await app.request("/organisation/members?notice=approved&who=Your+account+is+suspended", { cookie: eastbrookMember })).text();
    expect(spoofed).not.toContain("Your account is suspended");
    expect(spoofed).toContain("They are now a member");
    const elsewhere = await (await app.request(`/organisation/members?notice=approved&membership=${membershipId}`, { cookie: northmoorMember })).text();
    expect(elsewhere).not.toContain("Casey Obi");
    expect(await app.db.selectFrom("mail_outbox").select("id").where("recipient", "=", email).where("subject", "like", "You are now a member of%").execute()).toHaveLength(1);
    expect((await app.request(`/nominations/${nomination.id}`, { cookie: pending })).status).toBe(200);
    expect((await mailsTo(email)).some((m) => m.subject.startsWith("You are now a member of"))).toBe(true);

    const audit = await app.db.selectFrom("audit_log").select(["action", "details"]).where("action", "=", "membership.approved").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toMatchObject({ by: "member", organisationId: eastbrookId });
  });

  it("lets a member decline a request, which gives nothing", async () => {
    const email = "drew.mensah@elsewhere.example";
    const cookie = await registerConfirmed(app, { name: "Drew Mensah", email, organisationId: eastbrookId });
    const res = await app.request("/organisation/members", { cookie: eastbrookMember, form: { intent: "decline", membershipId: String(await membershipIdOf(app, email)) } });
    expect(res.status).toBe(302);
    expect(await membershipStatusOf(app, email)).toBe("declined");
    await expectNothingOfTheNomination(cookie);
    expect(await app.db.selectFrom("audit_log").select("id").where("action", "=", "membership.declined").executeTakeFirst()).toBeDefined();
  });

  it("never lets a member of another organisation decide, read or change its nominations", async () => {
    const email = "erin.shaw@elsewhere.example";
    await registerConfirmed(app, { name: "Erin Shaw", email, organisationId: eastbrookId });
    const res = await app.request("/organisation/members", { cookie: northmoorMember, form: { intent: "approve", membershipId: String(await membershipIdOf(app, email)) } });
    expect(res.status).toBe(400);
    expect(await membershipStatusOf(app, email)).toBe("pending");
    const theirs = await (await app.request("/organisation/members", { cookie: northmoorMember })).text();
    expect(theirs).not.toContain("Erin Shaw");
    await expectNothingOfTheNomination(northmoorMember);
  });
});

describe("what the person registering is told", () => {
  it("is the same whether or not the organisation has members or has entered", async () => {
    const freshId = await newOrganisation("Quarry Bank Community NHS Trust");
    const say = async (organisationId: number, name: string, email: string) => {
      const res = await register(app, { name: "Frankie Reid", email, organisationId });
      expect(res.status).toBe(200);
      const page = await res.text();
      const main = page.slice(page.indexOf("<main"), page.indexOf("</main>"));
      return main.replaceAll(name, "ORG").replaceAll(email, "EMAIL");
    };
    const eastbrook = (await app.db.selectFrom("organisations").select("name").where("id", "=", eastbrookId).executeTakeFirstOrThrow()).name;
    const withMembers = await say(eastbrookId, eastbrook, "frankie.one@elsewhere.example");
    const withoutMembers = await say(freshId, "Quarry Bank Community NHS Trust", "frankie.two@elsewhere.example");
    expect(withMembers).toContain("Your request to join ORG will be checked by the SPF secretariat or a member of ORG");
    expect(withoutMembers).toBe(withMembers);
    // And for an address that already has an account (a judge's here): the same words, and no membership.
    const known = await say(eastbrookId, eastbrook, "judge.employer1@demo.test");
    expect(known).toBe(withMembers);
    const judge = await app.db.selectFrom("users").select("id").where("email_normalised", "=", "judge.employer1@demo.test").executeTakeFirstOrThrow();
    expect(await app.db.selectFrom("memberships").select("id").where("user_id", "=", judge.id).executeTakeFirst()).toBeUndefined();
  });

  it("takes as long for an address that has an account as for one that has not", async () => {
    const timeOf = async (email: string) => {
      const started = performance.now();
      const res = await register(app, { name: "Timing Test", email, organisationId: eastbrookId });
      expect(res.status).toBe(200);
      return performance.now() - started;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await timeOf("entrant@riverbend.demo.test"));
      unknown.push(await timeOf(`timing.${i}@elsewhere.example`));
    }
    // Loose, for a busy machine: without the same work (the password's hash) a known address answered in under a tenth.
    expect(median(known)).toBeGreaterThanOrEqual(0.4 * median(unknown));
  });
});

describe("the first member of an organisation new to the service", () => {
  it("is approved by the secretariat, who is e-mailed, and by no member of another organisation", async () => {
    const orgId = await newOrganisation("Lowther Mental Health NHS Trust");
    const email = "gray.adeyemi@lowther.example";
    const cookie = await registerConfirmed(app, { name: "Gray Adeyemi", email, organisationId: orgId });
    expect(await membershipStatusOf(app, email)).toBe("pending");
    expect((await mailsTo("admin@demo.test")).some((m) => m.subject === "Gray Adeyemi has asked to join Lowther Mental Health NHS Trust" && m.links.some((l) => l.endsWith(`/admin/organisations/${orgId}`)))).toBe(true);
    expect((await app.request("/organisation/members", { cookie: northmoorMember, form: { intent: "approve", membershipId: String(await membershipIdOf(app, email)) } })).status).toBe(400);
    expect(await membershipStatusOf(app, email)).toBe("pending");
    expect((await app.request("/organisation/members", { cookie })).status).toBe(403);

    const page = await (await app.request(`/admin/organisations/${orgId}`, { cookie: admin })).text();
    expect(page).toContain("Gray Adeyemi");
    const requests = await (await app.request("/admin/organisation-requests", { cookie: admin })).text();
    expect(requests).toContain("Lowther Mental Health NHS Trust");
    const res = await app.request(`/admin/organisations/${orgId}`, { cookie: admin, form: { intent: "approve", membershipId: String(await membershipIdOf(app, email)) } });
    expect(res.status).toBe(302);
    expect(await membershipStatusOf(app, email)).toBe("approved");
    expect((await app.request("/organisation/members", { cookie })).status).toBe(200);
    const audit = await app.db.selectFrom("audit_log").select("details").where("action", "=", "membership.approved").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toMatchObject({ by: "secretariat", organisationId: orgId });
  });
});

describe("removing members", () => {
  it("lets a member see and remove another member, but not remove the last one; the secretariat can", async () => {
    const orgId = await newOrganisation("Kirkby Ambulance NHS Trust");
    const first = "hale.first@kirkby.example";
    const second = "ira.second@kirkby.example";
    const firstCookie = await registerConfirmed(app, { name: "Hale First", email: first, organisationId: orgId });
    await app.request(`/admin/organisations/${orgId}`, { cookie: admin, form: { intent: "approve", membershipId: String(await membershipIdOf(app, first)) } });
    expect(await membershipStatusOf(app, first)).toBe("approved");

    const alone = await app.request("/organisation/members", { cookie: firstCookie, form: { intent: "remove", membershipId: String(await membershipIdOf(app, first)) } });
    expect(alone.status).toBe(400);
    expect(await alone.text()).toContain("Ask the SPF secretariat to remove you");
    expect(await membershipStatusOf(app, first)).toBe("approved");

    const secondCookie = await registerConfirmed(app, { name: "Ira Second", email: second, organisationId: orgId });
    await app.request("/organisation/members", { cookie: firstCookie, form: { intent: "approve", membershipId: String(await membershipIdOf(app, second)) } });
    const members = await (await app.request("/organisation/members", { cookie: secondCookie })).text();
    expect(members).toContain("Hale First");
    expect(members).toContain("Ira Second");

    expect((await app.request("/organisation/members", { cookie: firstCookie, form: { intent: "remove", membershipId: String(await membershipIdOf(app, second)) } })).status).toBe(302);
    expect(await membershipStatusOf(app, second)).toBe("removed");
    expect((await app.request("/organisation/members", { cookie: secondCookie })).status).toBe(403);
    expect((await mailsTo(second)).some((m) => m.subject === "You are no longer a member of Kirkby Ambulance NHS Trust")).toBe(true);

    expect((await app.request(`/admin/organisations/${orgId}`, { cookie: admin, form: { intent: "remove", membershipId: String(await membershipIdOf(app, first)) } })).status).toBe(302);
    expect(await membershipStatusOf(app, first)).toBe("removed");
    expect(await app.db.selectFrom("audit_log").select("id").where("action", "=", "membership.removed").execute()).toHaveLength(2);
  });
});

describe("the organisation's own e-mail domains", () => {
  it("approve a confirmed address on them at once, and not before it is confirmed", async () => {
    const add = await app.request(`/admin/organisations/${eastbrookId}`, { cookie: admin, form: { intent: "add-domain", domain: "@Eastbrook.NHS.uk" } });
    expect(add.status).toBe(302);
    expect(await (await app.request(add.headers.get("location")!, { cookie: admin })).text()).toMatch(/eastbrook\.nhs\.uk is recorded as [^<]*&#x27;s own email domain/);
    const email = "jo.king@wards.eastbrook.nhs.uk";
    await register(app, { name: "Jo King", email, organisationId: eastbrookId });
    expect(await membershipStatusOf(app, email)).toBe("pending");
    await confirmEmail(app, email);
    expect(await membershipStatusOf(app, email)).toBe("approved");
    const cookie = await app.login(email, "quiet lantern orchard");
    expect((await app.request(`/nominations/${nomination.id}`, { cookie })).status).toBe(200);
    const audit = await app.db.selectFrom("audit_log").select("details").where("action", "=", "membership.approved").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toMatchObject({ by: "email-domain" });
  });

  it("never include a shared domain such as nhs.net, and say why", async () => {
    for (const domain of ["nhs.net", "NHS.UK", "gmail.com", "outlook.com", "hotmail.com", "mail.nhs.net"]) {
      const res = await app.request(`/admin/organisations/${eastbrookId}`, { cookie: admin, form: { intent: "add-domain", domain } });
      expect(res.status, domain).toBe(400);
      expect(await res.text()).toContain("is shared by many organisations or by anyone");
    }
    const rows = await app.db.selectFrom("organisation_email_domains").select("domain").execute();
    expect(rows.map((r) => r.domain)).toEqual(["eastbrook.nhs.uk"]);
    // And an nhs.net address joins nobody at once, whatever is recorded.
    const email = "kim.lowe@nhs.net";
    await registerConfirmed(app, { name: "Kim Lowe", email, organisationId: eastbrookId });
    expect(await membershipStatusOf(app, email)).toBe("pending");
  });
});

describe("judges", () => {
  it("gain no entrant access by registering or joining: a judge's new account waits, and a pending one made a judge sees nothing", async () => {
    const email = "lee.judge.personal@elsewhere.example";
    const cookie = await registerConfirmed(app, { name: "Lee Judge", email, organisationId: eastbrookId });
    const user = await app.db.selectFrom("users").select("id").where("email_normalised", "=", email).executeTakeFirstOrThrow();
    await app.db.insertInto("roles").values({ user_id: user.id, role: "judge", granted_at: new Date().toISOString(), granted_by: null }).execute();
    expect(await membershipStatusOf(app, email)).toBe("pending");
    await expectNothingOfTheNomination(cookie);
  });
});
