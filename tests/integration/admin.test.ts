// The secretariat's screens, driven over HTTP against the real server: organisations and their other
// names, invitations of judges, deactivating accounts, entrants' requests for an unlisted
// organisation, the user search, and the audit entry each of those writes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "~/models/audit.server";
import { hashToken } from "../../app/platform/crypto.server";
import { startTestServer, type TestServer } from "../helpers/server";

const ADMIN = "admin@demo.test";

let app: TestServer;
let admin: string;
let adminId: number;
beforeAll(async () => {
  app = await startTestServer();
  admin = await app.sessionFor(ADMIN);
  adminId = (await userByEmail(ADMIN)).id;
});
afterAll(async () => app.close());

/** A form post as the signed-in admin, from the app's own origin as a browser would send it. */
const asAdmin = (pathname: string, form: Record<string, string>) =>
  app.request(pathname, { cookie: admin, form, headers: { Origin: app.url } });

/** A page's HTML without the empty comments React puts between adjacent pieces of text. */
const readable = async (res: Response) => (await res.text()).replaceAll("<!-- -->", "");

const page = async (pathname: string, cookie = admin) => {
  const res = await app.request(pathname, { cookie });
  expect(res.status, `GET ${pathname}`).toBe(200);
  return readable(res);
};
/** A page as someone who is not signed in sees it, such as the invited person opening their link. */
const signedOutPage = (pathname: string) => page(pathname, "");

const lastEmailTo = async (to: string) => (await app.outbox()).filter((m) => m.to.toLowerCase().includes(to.toLowerCase())).at(-1);

async function userByEmail(email: string) {
  return app.db.selectFrom("users").selectAll().where("email_normalised", "=", email.toLowerCase()).executeTakeFirstOrThrow();
}

async function organisationByName(name: string) {
  return app.db.selectFrom("organisations").selectAll().where("name", "=", name).executeTakeFirst();
}

async function aliasesOf(organisationId: number) {
  const rows = await app.db.selectFrom("organisation_aliases").select("alias").where("organisation_id", "=", organisationId).orderBy("alias").execute();
  return rows.map((r) => r.alias);
}

async function organisationId(shortName: string): Promise<number> {
  const org = await app.db.selectFrom("organisations").select("id").where("short_name", "=", shortName).executeTakeFirstOrThrow();
  return org.id;
}

const count = async (table: "organisations" | "organisation_aliases" | "invitations" | "users" | "audit_log") =>
  Number((await app.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

/** The newest audit entry's id: what a test has written since is everything after it. */
async function auditMark(): Promise<number> {
  const row = await app.db.selectFrom("audit_log").select("id").orderBy("id", "desc").limit(1).executeTakeFirst();
  return row?.id ?? 0;
}

async function auditSince(mark: number) {
  return app.db.selectFrom("audit_log").select(["action", "actor_user_id", "target"]).where("id", ">", mark).orderBy("id").execute();
}

const searchOrganisations = (q: string) => page(`/admin/organisations?${new URLSearchParams({ q })}`);
const searchUsers = (params: Record<string, string>) => page(`/admin/users?${new URLSearchParams(params)}`);

const WESTMERE = {
  name: "Westmere Teaching Hospitals NHS Trust",
  shortName: "Westmere",
  type: "acute",
  region: "London",
  odsCode: "rwx9",
  aliases: "WTHT\nSt Aldhelm Hospital\nwtht\n  Westmere   Eye Unit  ",
};

describe("organisations", () => {
  it("an admin adds an organisation with other names, and finds it by an alias, its short name or its ODS code", async () => {
    const mark = await auditMark();
    const res = await asAdmin("/admin/organisations/new", WESTMERE);
    expect(res.status).toBe(302);
    const org = (await organisationByName(WESTMERE.name))!;
    expect(res.headers.get("location")).toBe(`/admin/organisations?notice=saved&organisation=${org.id}`);
    // The banner's name is the organisation's, never words put in the address.
    expect(await page("/admin/organisations?notice=saved&name=Your+account+is+suspended")).not.toContain("Your account is suspended");
    expect(org).toMatchObject({ short_name: "Westmere", type: "acute", region: "London", ods_code: "RWX9" });
    // One per line, trimmed, spaces collapsed, and the same alias in another case kept once.
    expect(await aliasesOf(org.id)).toEqual(["St Aldhelm Hospital", "WTHT", "Westmere Eye Unit"]);
    expect(await page(res.headers.get("location")!)).toContain(`${WESTMERE.name} has been saved`);

    for (const q of ["aldhelm", "Westmere", "rwx9", "eye unit"]) {
      const html = await searchOrganisations(q);
      expect(html, `searching for ${q}`).toContain(`href="/admin/organisations/${org.id}"`);
      expect(html).toContain("1 organisation matches your search.");
    }
    expect(await searchOrganisations("Zzyzx")).toContain("No organisations match your search.");
    expect(await auditSince(mark)).toEqual([{ action: "organisation.created", actor_user_id: adminId, target: `organisation:${org.id}` }]);
  });

  it("a second organisation with the same name, or the same ODS code, is refused and nothing is written", async () => {
    const before = { organisations: await count("organisations"), aliases: await count("organisation_aliases"), audit: await auditMark() };

    // The same name however it is cased or punctuated.
    const sameName = await asAdmin("/admin/organisations/new", { ...WESTMERE, name: "westmere teaching hospitals, NHS trust", odsCode: "" });
    expect(sameName.status).toBe(400);
    const sameNameHtml = await readable(sameName);
    expect(sameNameHtml).toContain("There is a problem");
    expect(sameNameHtml).toContain("An organisation with this name already exists");
    expect(sameNameHtml).toContain('value="westmere teaching hospitals, NHS trust"');

    const sameOds = await asAdmin("/admin/organisations/new", { ...WESTMERE, name: "Westmere Community NHS Trust", odsCode: "RWX9" });
    expect(sameOds.status).toBe(400);
    expect(await readable(sameOds)).toContain("Another organisation has this ODS code");

    expect(await count("organisations")).toBe(before.organisations);
    expect(await count("organisation_aliases")).toBe(before.aliases);
    expect(await auditMark()).toBe(before.audit);
  });

  it("finds names with accented capitals, however the search is typed", async () => {
    const res = await asAdmin("/admin/organisations/new", { ...WESTMERE, name: "Ysbyty Ó Briain NHS Trust", shortName: "Ó Briain", odsCode: "OBR1", aliases: "ÉCOLE Unit" });
    expect(res.status).toBe(302);
    for (const q of ["Ó Briain", "ó briain", "école", "ÉCOLE"]) {
      expect(await searchOrganisations(q), `searching for ${q}`).toContain("Ysbyty Ó Briain NHS Trust");
    }
  });

  it("two long names that differ only near their end are different organisations", async () => {
    const stem = "The Very Long Named Integrated Partnership of Hospitals and Community Services in the Region of";
    for (const [name, ods] of [[`${stem} Northfold`, "LNG1"], [`${stem} Southfold`, "LNG2"]]) {
      const res = await asAdmin("/admin/organisations/new", { ...WESTMERE, name, shortName: "", odsCode: ods, aliases: "" });
      expect(res.status, name).toBe(302);
    }
  });

  it("a post with no form in it is a bad request, not a server error", async () => {
    const res = await app.request("/admin/organisations/new", { method: "POST", cookie: admin, headers: { Origin: app.url, "Content-Type": "application/json" }, body: "{}" });
    expect(res.status).toBe(400);
  });

  it("editing an organisation replaces its other names", async () => {
    const org = (await organisationByName(WESTMERE.name))!;
    const mark = await auditMark();
    // Saving an organisation under its own name and ODS code is not a duplicate of itself.
    const res = await asAdmin(`/admin/organisations/${org.id}`, { ...WESTMERE, aliases: "Westmere Hospitals\nNew Cross Infirmary" });
    expect(res.status).toBe(302);
    expect(await aliasesOf(org.id)).toEqual(["New Cross Infirmary", "Westmere Hospitals"]);
    expect(await searchOrganisations("Infirmary")).toContain(`href="/admin/organisations/${org.id}"`);
    expect(await searchOrganisations("Aldhelm")).toContain("No organisations match your search.");
    expect(await page(`/admin/organisations/${org.id}`)).toContain("New Cross Infirmary\nWestmere Hospitals</textarea>");
    expect(await auditSince(mark)).toEqual([{ action: "organisation.updated", actor_user_id: adminId, target: `organisation:${org.id}` }]);
  });

  it("an edit from a page opened before another admin's save is refused with 409, what was typed kept, and their change stays", async () => {
    const org = (await organisationByName(WESTMERE.name))!;
    const opened = /name="opened" value="([^"]+)"/.exec(await page(`/admin/organisations/${org.id}`))![1];
    const first = await asAdmin(`/admin/organisations/${org.id}`, { ...WESTMERE, opened, aliases: "Westmere Hospitals\nNew Cross Infirmary\nThe Westmere" });
    expect(first.status).toBe(302);
    const stale = await asAdmin(`/admin/organisations/${org.id}`, { ...WESTMERE, opened, region: "South East", aliases: "Westmere Hospitals" });
    expect(stale.status).toBe(409);
    const html = await readable(stale);
    expect(html).toContain("There is a problem");
    expect(html).toContain("This organisation was changed by someone else since you opened it");
    expect(await aliasesOf(org.id)).toEqual(["New Cross Infirmary", "The Westmere", "Westmere Hospitals"]);
    expect((await organisationByName(WESTMERE.name))!.region).toBe("London");
  });

  it("markup in an organisation's name is shown on the list as text", async () => {
    const name = `<img src=x onerror=alert(1)> "Quayside" & Co NHS Trust`;
    const res = await asAdmin("/admin/organisations/new", { name, type: "other", region: "Wales" });
    expect(res.status).toBe(302);
    expect(await page(res.headers.get("location")!)).toContain("&lt;img src=x onerror=alert(1)&gt; &quot;Quayside&quot; &amp; Co NHS Trust has been saved");
    const html = await searchOrganisations("Quayside");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("1 organisation matches your search.");
  });

  it("an over-long name is refused and what was typed is kept", async () => {
    const before = await count("organisations");
    const name = "N".repeat(201);
    const res = await asAdmin("/admin/organisations/new", { ...WESTMERE, name, shortName: "Longshore", odsCode: "LNG1", aliases: "Longshore General" });
    expect(res.status).toBe(400);
    const html = await readable(res);
    expect(html).toContain("Name must be 200 characters or fewer");
    expect(html).toContain(`value="${name}"`);
    expect(html).toContain('value="Longshore"');
    expect(html).toContain('value="LNG1"');
    expect(html).toContain("Longshore General</textarea>");
    expect(await count("organisations")).toBe(before);
  });
});

describe("invitations", () => {
  const invite = (form: Record<string, string>) => asAdmin("/admin/invitations", { intent: "invite", ...form });
  const invitationPath = async (email: string) => new URL((await lastEmailTo(email))!.links.find((l) => l.includes("/invitations/"))!).pathname;

  it("an admin invites a judge, who accepts through the e-mailed link and is signed in to Judging", async () => {
    const email = "Priya.Sharma@Example.NHS.uk";
    const harbourside = await organisationId("Harbourside");
    const mark = await auditMark();
    const res = await invite({ name: "Priya Sharma", email, role: "judge", side: "staff_side", organisationId: String(harbourside) });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(/^\/admin\/invitations\?notice=invited&invitation=\d+$/);
    expect(await page(res.headers.get("location")!)).toContain("Invitation sent to Priya Sharma");
    // The banner's name is the invitation's, never words put in the address.
    const spoofed = await page("/admin/invitations?notice=invited&name=Your+account+is+suspended&invitation=999999");
    expect(spoofed).not.toContain("Your account is suspended");
    expect(spoofed).toContain("Invitation sent to them");

    const mail = (await lastEmailTo(email))!;
    expect(mail.subject).toBe("You are invited to judge the HPMA partnership award");
    const path = await invitationPath(email);
    expect(path).toMatch(/^\/invitations\/[A-Za-z0-9_-]{20,}$/);
    const token = path.split("/").at(-1)!;

    // Only the token's hash is stored: no column holds the token itself.
    const invitation = await app.db.selectFrom("invitations").selectAll().where("email_normalised", "=", email.toLowerCase()).executeTakeFirstOrThrow();
    expect(Object.values(invitation).map(String)).not.toContain(token);
    expect(invitation.token_hash).toBe(hashToken(token));

    const open = await signedOutPage(path);
    expect(open).toContain("Accept your invitation");
    expect(open).toContain("Staff side (trade union), Harbourside Community Health NHS Trust");

    const weak = await app.request(path, { form: { name: "Priya Sharma-Okoro", password: "password1234" }, headers: { Origin: app.url } });
    expect(weak.status).toBe(400);
    expect(await readable(weak)).toContain("too common");

    const accepted = await app.request(path, { form: { name: "Priya Sharma-Okoro", password: "heron quartz meadow lamp" }, headers: { Origin: app.url } });
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("location")).toBe("/judging");
    const cookie = accepted.headers.getSetCookie().find((c) => c.startsWith("hpma_session="))!.split(";")[0];
    expect((await app.request("/judging", { cookie })).status).toBe(200);

    const judge = await userByEmail(email);
    expect(judge.name).toBe("Priya Sharma-Okoro");
    expect(judge.email_verified_at).not.toBeNull();
    const roles = await app.db.selectFrom("roles").select("role").where("user_id", "=", judge.id).execute();
    expect(roles.map((r) => r.role)).toEqual(["judge"]);
    const profile = await app.db.selectFrom("judge_profiles").selectAll().where("user_id", "=", judge.id).executeTakeFirstOrThrow();
    expect(profile).toMatchObject({ side: "staff_side", organisation_id: harbourside });
    await app.login(email, "heron quartz meadow lamp");

    // The link works once.
    const users = await count("users");
    expect(await signedOutPage(path)).toContain("This invitation has already been accepted");
    const again = await app.request(path, { form: { name: "Someone Else", password: "another long passphrase" }, headers: { Origin: app.url } });
    expect(await readable(again)).toContain("This invitation has already been accepted");
    expect(await count("users")).toBe(users);

    expect((await auditSince(mark)).map((e) => [e.action, e.actor_user_id])).toEqual([
      ["invitation.created", adminId],
      ["invitation.accepted", judge.id],
    ]);
  });

  it("refuses a name with a line break, when inviting and when accepting, keeping what was typed", async () => {
    const refused = await invite({ name: "Nia Break\nBcc: someone@example.org", email: "nia.break@example.nhs.uk", role: "admin" });
    expect(refused.status).toBe(400);
    const html = await readable(refused);
    expect(html).toContain("There is a problem");
    expect(html).toContain("Full name must be on one line, with no line breaks or other control characters");
    expect(html).toContain('value="nia.break@example.nhs.uk"');

    expect((await invite({ name: "Nia Break", email: "nia.break@example.nhs.uk", role: "admin" })).status).toBe(302);
    const path = await invitationPath("nia.break@example.nhs.uk");
    const accepting = await app.request(path, { form: { name: "Nia\tBreak", password: "heron quartz meadow lamp" }, headers: { Origin: app.url } });
    expect(accepting.status).toBe(400);
    expect(await readable(accepting)).toContain("Full name must be on one line");
    expect(await app.db.selectFrom("users").select("id").where("email_normalised", "=", "nia.break@example.nhs.uk").executeTakeFirst()).toBeUndefined();
  });

  it("an expired invitation and a withdrawn one are refused with a page that says so", async () => {
    await invite({ name: "Owen Late", email: "owen.late@example.nhs.uk", role: "judge", side: "employer" });
    await invite({ name: "Rhian Revoked", email: "rhian.revoked@example.nhs.uk", role: "admin" });
    const expiredPath = await invitationPath("owen.late@example.nhs.uk");
    const revokedPath = await invitationPath("rhian.revoked@example.nhs.uk");

    await app.db
      .updateTable("invitations")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("email_normalised", "=", "owen.late@example.nhs.uk")
      .execute();
    const { id: revokedId } = await app.db.selectFrom("invitations").select("id").where("email_normalised", "=", "rhian.revoked@example.nhs.uk").executeTakeFirstOrThrow();
    const mark = await auditMark();
    const revoke = await asAdmin("/admin/invitations", { intent: "revoke", invitationId: String(revokedId) });
    expect(revoke.headers.get("location")).toBe("/admin/invitations?notice=revoked");
    expect(await page("/admin/invitations?notice=revoked")).toContain("The invitation has been revoked");
    expect(await auditSince(mark)).toEqual([{ action: "invitation.revoked", actor_user_id: adminId, target: `invitation:${revokedId}` }]);
    const again = await asAdmin("/admin/invitations", { intent: "revoke", invitationId: String(revokedId) });
    expect(again.status).toBe(400);
    expect(await readable(again)).toContain("it has already been accepted or revoked");
    expect(await auditSince(mark)).toHaveLength(1);

    const users = await count("users");
    const form = { name: "Anyone", password: "heron quartz meadow lamp" };
    for (const [path, message] of [
      [expiredPath, "This invitation has expired"],
      [revokedPath, "This invitation has been withdrawn"],
    ]) {
      expect(await signedOutPage(path)).toContain(message);
      const post = await app.request(path, { form, headers: { Origin: app.url } });
      expect(post.status).toBe(200);
      expect(await readable(post)).toContain(message);
    }
    expect(await count("users")).toBe(users);
    const list = await page("/admin/invitations");
    expect(list).toContain("Expired");
    expect(list).toContain("Revoked");
  });

  it("inviting someone who already has an account adds the role to that account when they accept", async () => {
    const email = "entrant@harbourside.demo.test";
    const entrant = await userByEmail(email);
    const res = await invite({ name: "Megan Hughes", email: "Entrant@Harbourside.demo.test", role: "judge", side: "employer" });
    expect(res.status).toBe(302);
    const path = await invitationPath(email);
    expect(await signedOutPage(path)).toContain("You already have an account with this email address");

    const accepted = await app.request(path, { form: {}, headers: { Origin: app.url } });
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("location")).toBe("/login?redirectTo=%2Fjudging");
    expect(accepted.headers.getSetCookie().join(";")).not.toContain("hpma_session=");

    const accounts = await app.db.selectFrom("users").select("id").where("email_normalised", "=", email).execute();
    expect(accounts).toEqual([{ id: entrant.id }]);
    const roles = await app.db.selectFrom("roles").select("role").where("user_id", "=", entrant.id).orderBy("role").execute();
    expect(roles.map((r) => r.role)).toEqual(["entrant", "judge"]);
    // Their password is the one they already had.
    const cookie = await app.login(email);
    expect((await app.request("/judging", { cookie })).status).toBe(200);
  });

  it("inviting a judge without a side, or with nothing filled in, is refused and nothing is sent", async () => {
    const before = { invitations: await count("invitations"), mail: (await app.outbox()).length, audit: await auditMark() };

    const noSide = await invite({ name: "Nia Sideless", email: "nia.sideless@example.nhs.uk", role: "judge", side: "" });
    expect(noSide.status).toBe(400);
    const html = await readable(noSide);
    expect(html).toContain("Select a side");
    expect(html).toContain('value="nia.sideless@example.nhs.uk"');

    const empty = await invite({ name: "", email: "", side: "", organisationId: "" });
    expect(empty.status).toBe(400);
    const emptyHtml = await readable(empty);
    for (const message of ["Enter the person&#x27;s full name", "Enter the person&#x27;s email address", "Select whether they will be a judge or an admin"]) {
      expect(emptyHtml).toContain(message);
    }

    const alreadyJudge = await invite({ name: "Helen Carter", email: "judge.employer1@demo.test", role: "judge", side: "employer" });
    expect(alreadyJudge.status).toBe(400);
    expect(await readable(alreadyJudge)).toContain("This person is already a judge");

    expect(await count("invitations")).toBe(before.invitations);
    expect((await app.outbox()).length).toBe(before.mail);
    expect(await auditMark()).toBe(before.audit);
  });
});

describe("accounts", () => {
  it("an admin deactivates a user, who is signed out and cannot sign in, and reactivates them", async () => {
    const email = "judge.staffside1@demo.test";
    const user = await userByEmail(email);
    const victim = await app.sessionFor(email);
    const mark = await auditMark();

    const off = await asAdmin(`/admin/users/${user.id}`, { active: "0" });
    expect(off.status).toBe(302);
    expect(off.headers.get("location")).toBe(`/admin/users/${user.id}?changed=deactivated`);
    expect(await page(off.headers.get("location")!)).toContain("The account has been deactivated");
    expect((await app.request("/judging", { cookie: victim })).status).toBe(302);
    expect(await app.db.selectFrom("sessions").select("id").where("user_id", "=", user.id).execute()).toEqual([]);
    await expect(app.login(email)).rejects.toThrow(/failed with 400/);

    const on = await asAdmin(`/admin/users/${user.id}`, { active: "1" });
    expect(on.headers.get("location")).toBe(`/admin/users/${user.id}?changed=reactivated`);
    const cookie = await app.login(email);
    expect((await app.request("/judging", { cookie })).status).toBe(200);

    expect(await auditSince(mark)).toEqual([
      { action: "user.deactivated", actor_user_id: adminId, target: `user:${user.id}` },
      { action: "user.reactivated", actor_user_id: adminId, target: `user:${user.id}` },
    ]);
  });

  it("an admin cannot deactivate their own account", async () => {
    const mark = await auditMark();
    const res = await asAdmin(`/admin/users/${adminId}`, { active: "0" });
    expect(res.status).toBe(400);
    expect(await readable(res)).toContain("You cannot deactivate your own account");
    expect((await userByEmail(ADMIN)).active).toBe(1);
    expect((await app.request("/admin", { cookie: admin })).status).toBe(200);
    expect(await auditMark()).toBe(mark);
  });
});

describe("requests for an organisation that is not listed", () => {
  /** Registers an entrant whose organisation is not listed, confirms their address, and returns their request. */
  async function entrantAsksFor(name: string, email: string, organisationName: string) {
    const password = "orchard velvet compass";
    const res = await app.request("/register", { form: { name, email, organisationId: "not-listed", organisationName, password } });
    expect(res.status).toBe(200);
    const confirm = new URL((await lastEmailTo(email))!.links.find((l) => l.includes("/confirm-email/"))!).pathname;
    expect((await app.request(confirm, { method: "POST", headers: { Origin: app.url } })).status).toBe(302);
    const user = await userByEmail(email);
    const request = await app.db.selectFrom("organisation_requests").selectAll().where("user_id", "=", user.id).executeTakeFirstOrThrow();
    return { user, request, signIn: () => app.login(email, password) };
  }

  const decide = (requestId: number, form: Record<string, string>) =>
    asAdmin(`/admin/organisation-requests?request=${requestId}`, { requestId: String(requestId), ...form });

  it("an admin approves an entrant's request by linking them to an organisation already listed", async () => {
    const { user, request, signIn } = await entrantAsksFor("Lena Fischer", "lena.fischer@northmoor.example", "Northmoor General");
    const before = await readable(await app.request("/account", { cookie: await signIn() }));
    expect(before).toContain("Northmoor General (waiting for the SPF secretariat to add it)");
    const list = await page("/admin/organisation-requests");
    expect(list).toContain(`href="/admin/organisation-requests?request=${request.id}"`);
    expect(await page(`/admin/organisation-requests?request=${request.id}`)).toContain("Decide on a request to add an organisation");

    const northmoor = await organisationId("Northmoor Valley");
    const mark = await auditMark();
    const res = await decide(request.id, { intent: "approve-existing", organisationId: String(northmoor) });
    expect(res.status).toBe(302);
    const location = res.headers.get("location")!;
    expect(await page(location)).toContain("Lena Fischer is now a member of Northmoor Valley NHS Foundation Trust");

    const account = await readable(await app.request("/account", { cookie: await signIn() }));
    expect(account).toContain("Northmoor Valley NHS Foundation Trust");
    expect(account).not.toContain("waiting for the SPF secretariat");
    // The entrant is told, with a link to start.
    const told = await lastEmailTo("lena.fischer@northmoor.example");
    expect(told?.subject).toBe("Northmoor Valley NHS Foundation Trust has been added: you can start a nomination");
    expect(told?.links.map((l) => new URL(l).pathname)).toContain("/nominations");
    expect(await auditSince(mark)).toEqual([{ action: "organisation_request.approved", actor_user_id: adminId, target: `user:${user.id}` }]);
  });

  it("an admin approves an entrant's request by adding their organisation, which can then be found by the name they typed", async () => {
    const { user, request, signIn } = await entrantAsksFor("Tomasz Nowak", "tomasz.nowak@saltmarsh.example", "Saltmarsh coast trust");

    const missingType = await decide(request.id, { intent: "approve-new", name: "Saltmarsh Coast NHS Foundation Trust", type: "", region: "South East" });
    expect(missingType.status).toBe(400);
    expect(await readable(missingType)).toContain("Select the type of organisation");

    const mark = await auditMark();
    const res = await decide(request.id, { intent: "approve-new", name: "Saltmarsh Coast NHS Foundation Trust", type: "acute", region: "South East" });
    expect(res.status).toBe(302);
    const org = (await organisationByName("Saltmarsh Coast NHS Foundation Trust"))!;
    expect(org).toMatchObject({ type: "acute", region: "South East" });
    expect(await aliasesOf(org.id)).toEqual(["Saltmarsh coast trust"]);
    expect(await searchOrganisations("coast trust")).toContain(`href="/admin/organisations/${org.id}"`);

    expect(await readable(await app.request("/account", { cookie: await signIn() }))).toContain("Saltmarsh Coast NHS Foundation Trust");
    expect((await lastEmailTo("tomasz.nowak@saltmarsh.example"))?.subject).toBe("Saltmarsh Coast NHS Foundation Trust has been added: you can start a nomination");
    expect(await auditSince(mark)).toEqual([
      { action: "organisation.created", actor_user_id: adminId, target: `organisation:${org.id}` },
      { action: "organisation_request.approved", actor_user_id: adminId, target: `user:${user.id}` },
    ]);
  });

  it("rejecting a request needs a reason, and a decided request cannot be decided again", async () => {
    const { user, request, signIn } = await entrantAsksFor("Vic Moreau", "vic.moreau@example.com", "Moreau Wellness Ltd");
    const mark = await auditMark();

    const noReason = await decide(request.id, { intent: "reject", reason: "  " });
    expect(noReason.status).toBe(400);
    expect(await readable(noReason)).toContain("Enter the reason for rejecting the request");
    expect(await auditMark()).toBe(mark);

    const res = await decide(request.id, { intent: "reject", reason: "Not an NHS organisation" });
    expect(res.status).toBe(302);
    expect(await page(res.headers.get("location")!)).toContain("The request from Vic Moreau has been rejected");
    const decided = await app.db.selectFrom("organisation_requests").selectAll().where("id", "=", request.id).executeTakeFirstOrThrow();
    expect(decided).toMatchObject({ status: "rejected", reason: "Not an NHS organisation", decided_by: adminId, organisation_id: null });
    expect(await readable(await app.request("/account", { cookie: await signIn() }))).toContain("Moreau Wellness Ltd (rejected)");

    // Approving it afterwards (a second admin with the page still open) changes nothing.
    const late = await decide(request.id, { intent: "approve-existing", organisationId: String(await organisationId("Eastbrook")) });
    expect(late.headers.get("location")).toBe(`/admin/organisation-requests?request=${request.id}`);
    expect(await page(late.headers.get("location")!)).toContain("That request has already been decided");
    expect(await app.db.selectFrom("memberships").select("id").where("user_id", "=", user.id).execute()).toEqual([]);
    expect(await auditSince(mark)).toEqual([{ action: "organisation_request.rejected", actor_user_id: adminId, target: `user:${user.id}` }]);
  });
});

describe("the user search", () => {
  it("finds users by part of their name or e-mail address, whatever the case", async () => {
    const byName = await searchUsers({ q: "lindq" });
    expect(byName).toContain("Sarah Lindqvist");
    expect(byName).toContain("1 user matches your search.");
    const byEmail = await searchUsers({ q: "STAFFSIDE" });
    for (const name of ["Mark Thompson", "Aisha Rahman", "Gareth Price"]) expect(byEmail).toContain(name);
    expect(byEmail).toContain("3 users match your search.");
  });

  it("treats % and _ as plain text, not as wildcards", async () => {
    const res = await app.request("/register", {
      form: { name: "Ada 50%_Off Lovelace", email: "ada.lovelace@example.org", organisationId: String(await organisationId("Eastbrook")), password: "analytical engine notes" },
    });
    expect(res.status).toBe(200);
    for (const q of ["50%_", "%_Off"]) {
      const html = await searchUsers({ q });
      expect(html, `searching for ${q}`).toContain("Ada 50%_Off Lovelace");
      expect(html).toContain("1 user matches your search.");
    }
    // As wildcards, each of these would match someone.
    for (const q of ["%%", "_%", "a%e", "5_%"]) {
      expect(await searchUsers({ q }), `searching for ${q}`).toContain("No users match your search.");
    }
    for (const q of ["%", "_"]) expect(await searchUsers({ q })).toContain("1 user matches your search.");
  });

  it("filters by role, alone or with a search", async () => {
    const admins = await searchUsers({ role: "admin" });
    expect(admins).toContain("Sam Patel");
    expect(admins).not.toContain("Helen Carter");
    expect(admins).not.toContain("Jo Bennett");

    const employerJudges = await searchUsers({ role: "judge", q: "employer" });
    for (const name of ["Helen Carter", "David Okafor", "Sarah Lindqvist"]) expect(employerJudges).toContain(name);
    expect(employerJudges).not.toContain("Mark Thompson");
    expect(employerJudges).toContain("3 users match your search.");

    // A role that does not exist is ignored rather than an error.
    expect(await searchUsers({ role: "superuser", q: "lindq" })).toContain("1 user matches your search.");
  });
});

describe("the audit log", () => {
  it("is still a whole chain after everything above, and the admin can see it is", async () => {
    const actions = (await app.db.selectFrom("audit_log").select("action").distinct().execute()).map((r) => r.action);
    for (const action of [
      "organisation.created",
      "organisation.updated",
      "invitation.created",
      "invitation.revoked",
      "invitation.accepted",
      "user.deactivated",
      "user.reactivated",
      "organisation_request.approved",
      "organisation_request.rejected",
    ]) {
      expect(actions).toContain(action);
    }
    const verification = await verifyAuditChain(app.db);
    expect(verification.ok).toBe(true);
    expect(await page("/admin/audit")).toContain(`The audit log is intact (${verification.rows} entries)`);
  });
});
