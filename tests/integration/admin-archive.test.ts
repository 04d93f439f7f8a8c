// The secretariat's archive screens, driven over HTTP against the real server: filling a year the
// history leaves empty, editing an entry into a new version and seeing what changed, and everything
// the archive refuses (an unsourced claim, a second winner, bad input, a caller who is not an admin).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffEntryFields } from "~/domain/archive";
import { listEntryVersions } from "~/models/archive.server";
import { startTestServer, type TestServer } from "../helpers/server";

const ADMIN = "admin@demo.test";
const MARKUP = `<script>alert("owned")</script><img src=x onerror=alert(1)>`;

let app: TestServer;
let admin: string;
let adminId: number;
beforeAll(async () => {
  app = await startTestServer();
  admin = await app.sessionFor(ADMIN);
  adminId = (await app.db.selectFrom("users").select("id").where("email_normalised", "=", ADMIN).executeTakeFirstOrThrow()).id;
});
afterAll(async () => app.close());

/** A form post as the signed-in admin, from the app's own origin as a browser would send it. */
const asAdmin = (pathname: string, form: Record<string, string>) => app.request(pathname, { cookie: admin, form, headers: { Origin: app.url } });

/** A page's HTML without the empty comments React puts between adjacent pieces of text. */
const readable = async (res: Response) => (await res.text()).replaceAll("<!-- -->", "");

const page = async (pathname: string) => {
  const res = await app.request(pathname, { cookie: admin });
  expect(res.status, `GET ${pathname}`).toBe(200);
  return readable(res);
};

/** The part of a page from one marker to the next section, such as one year of the archive. */
function sectionOf(html: string, marker: string): string {
  const start = html.indexOf(marker);
  expect(start, marker).toBeGreaterThan(-1);
  const end = html.indexOf("<section", start + marker.length);
  return html.slice(start, end === -1 ? undefined : end);
}

async function revision(): Promise<number> {
  return (await app.db.selectFrom("archive_state").select("revision").where("id", "=", 1).executeTakeFirstOrThrow()).revision;
}

async function auditMark(): Promise<number> {
  return (await app.db.selectFrom("audit_log").select("id").orderBy("id", "desc").limit(1).executeTakeFirst())?.id ?? 0;
}

async function auditSince(mark: number) {
  return app.db.selectFrom("audit_log").select(["action", "actor_user_id", "target"]).where("id", ">", mark).orderBy("id").execute();
}

/** Everything an archive write touches, so a refused one can be shown to have written nothing. */
async function snapshot() {
  const out: Record<string, number> = { revision: await revision() };
  for (const t of ["award_years", "archive_entries", "archive_entry_versions", "archive_entry_themes", "audit_log"] as const) {
    out[t] = Number((await app.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  }
  return out;
}

const entryByName = (name: string) => app.db.selectFrom("archive_entries").selectAll().where("organisation_name", "=", name).executeTakeFirst();

async function themesOf(entryId: number) {
  const rows = await app.db.selectFrom("archive_entry_themes").select("theme").where("entry_id", "=", entryId).orderBy("theme").execute();
  return rows.map((r) => r.theme);
}

const SECTIONS = {
  about_organisation: "A community trust serving 400,000 people across the Quayside district.",
  challenge: "Rotas were set six weeks ahead.\nStaff could not plan their lives.",
  partnership_work: "Managers and staff-side representatives redesigned the rota rules together.",
  outcomes: "Sickness absence fell by a fifth in a year.",
  key_achievement: "Rotas published twelve weeks ahead.",
  top_tips: "Start with the people who write the rotas.",
  further_information: "",
};

/** The 2022 winner an admin adds from the HPMA's announcement (fictional, for the test). */
const WINNER_2022 = {
  year: "2022",
  result: "winner",
  organisation_name: "Quayside Community Health NHS Trust",
  title: "Rotas designed in partnership",
  summary: "Managers and trade unions rewrote the rota rules together.",
  region: "North West",
  organisation_type: "community",
  themes: "Rostering; Staff wellbeing\nstaff wellbeing",
  ...SECTIONS,
  source_note: "",
  source_url: "https://www.hpma.org.uk/awards/2022-winners",
};

describe("filling a gap in the archive", () => {
  it("an admin adds 2022's details and its winner with a source link, and both are public at once", async () => {
    const before = await page("/admin/archive");
    const year2022 = sectionOf(before, 'id="year-2022"');
    expect(year2022).toContain("Not recorded yet");
    expect(year2022).toContain('href="/admin/archive/entries/new?year=2022"');
    expect(year2022).toContain("Add this year&#x27;s winner");
    expect(year2022).toContain('href="/admin/archive/years/2022"');
    expect(before).toContain('href="/admin/archive/import"');

    const mark = await auditMark();
    const startRevision = await revision();

    const yearSaved = await asAdmin("/admin/archive/years/2022", {
      ceremony_day: "16",
      ceremony_month: "6",
      ceremony_year: "2022",
      ceremony_place: "Birmingham",
      notes: "Held at the HPMA annual conference.",
      source_note: "",
      source_url: "https://www.hpma.org.uk/awards/2022-winners",
    });
    expect(yearSaved.status).toBe(302);
    expect(yearSaved.headers.get("location")).toBe("/admin/archive?saved=year&year=2022#year-2022");
    expect(await app.db.selectFrom("award_years").selectAll().where("year", "=", 2022).executeTakeFirst()).toMatchObject({
      ceremony_date: "2022-06-16",
      ceremony_place: "Birmingham",
      notes: "Held at the HPMA annual conference.",
      source_note: null,
      source_url: "https://www.hpma.org.uk/awards/2022-winners",
    });
    expect(await page(yearSaved.headers.get("location")!)).toContain("The details of 2022 have been saved");

    const published = await asAdmin("/admin/archive/entries/new", WINNER_2022);
    expect(published.status).toBe(302);
    const entry = (await entryByName(WINNER_2022.organisation_name))!;
    expect(published.headers.get("location")).toBe(`/admin/archive/entries/${entry.id}?saved=published`);
    expect(entry).toMatchObject({
      year: 2022,
      result: "winner",
      title: "Rotas designed in partnership",
      region: "North West",
      organisation_type: "community",
      source_note: null,
      source_url: "https://www.hpma.org.uk/awards/2022-winners",
      origin: "admin",
      version: 1,
      updated_by: adminId,
      challenge: "Rotas were set six weeks ahead.\nStaff could not plan their lives.",
      further_information: null,
    });
    // Split on semicolons and lines, in lower case, each once.
    expect(await themesOf(entry.id)).toEqual(["rostering", "staff wellbeing"]);
    const versions = await app.db.selectFrom("archive_entry_versions").selectAll().where("entry_id", "=", entry.id).execute();
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, changed_by: adminId });
    expect(JSON.parse(versions[0].snapshot)).toMatchObject({ organisation_name: WINNER_2022.organisation_name, themes: ["rostering", "staff wellbeing"] });

    expect(await auditSince(mark)).toEqual([
      { action: "archive.year_saved", actor_user_id: adminId, target: "award_year:2022" },
      { action: "archive.entry_published", actor_user_id: adminId, target: `archive_entry:${entry.id}` },
    ]);
    expect(await revision()).toBe(startRevision + 2);

    const editPage = await page(published.headers.get("location")!);
    expect(editPage).toContain(`${WINNER_2022.organisation_name} has been published in the 2022 archive`);
    expect(editPage).toContain(`href="/winners/2022/${entry.slug}"`);

    const after = sectionOf(await page("/admin/archive"), 'id="year-2022"');
    expect(after).not.toContain("Not recorded yet");
    expect(after).toContain(WINNER_2022.organisation_name);
    expect(after).toContain("16 Jun 2022, Birmingham");
    expect(after).toContain(`href="/admin/archive/entries/${entry.id}"`);
    expect(after).toContain("Add a highly commended entry or finalist");

    // The public pages are another engineer's; where they exist yet, the entry is on them at once.
    for (const publicPath of ["/winners.json", "/winners/2022"]) {
      const res = await app.request(publicPath);
      if (res.status === 404) continue;
      expect(res.status, publicPath).toBe(200);
      expect(await res.text(), publicPath).toContain("Quayside Community Health NHS Trust");
    }
  });
});

describe("versions of an entry", () => {
  it("an edit makes version 2, and the versions page lists exactly the fields that changed", async () => {
    const entry = (await entryByName(WINNER_2022.organisation_name))!;
    const mark = await auditMark();
    const startRevision = await revision();
    const summary = "Managers and trade union representatives rewrote the rota rules together, ward by ward.";
    const res = await asAdmin(`/admin/archive/entries/${entry.id}`, {
      ...WINNER_2022,
      version: "1",
      summary,
      themes: "rostering\nstaff wellbeing\nflexible working",
      note: "Summary corrected from the trust's press release",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`/admin/archive/entries/${entry.id}?saved=edited`);

    const saved = (await entryByName(WINNER_2022.organisation_name))!;
    expect(saved).toMatchObject({ version: 2, summary, slug: entry.slug, updated_by: adminId });
    const versions = await listEntryVersions(app.db, entry.id);
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[0].note).toBe("Summary corrected from the trust's press release");
    expect(diffEntryFields(versions[1].fields, versions[0].fields).map((c) => c.field)).toEqual(["summary", "themes"]);
    expect(await auditSince(mark)).toEqual([{ action: "archive.entry_edited", actor_user_id: adminId, target: `archive_entry:${entry.id}` }]);
    expect(await revision()).toBe(startRevision + 1);

    expect(await page(res.headers.get("location")!)).toContain("Your changes have been published as version 2");
    const html = await page(`/admin/archive/entries/${entry.id}/versions`);
    const version2 = sectionOf(html, 'aria-labelledby="version-2"');
    expect(version2).toContain("What changed from version 1 to version 2");
    expect(version2).toContain("Summary corrected from the trust&#x27;s press release");
    expect([...version2.matchAll(/scope="row"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(["Summary", "Themes"]);
    expect(version2).toContain(WINNER_2022.summary);
    expect(version2).toContain(summary);
    expect(version2).toContain("flexible working, rostering, staff wellbeing");
    // The first version lists what it recorded, every field compared with nothing.
    const version1 = sectionOf(html, 'aria-labelledby="version-1"');
    expect(version1).toContain("What version 1 recorded when first published");
    expect(version1).toContain("(empty)");
    expect(version1).toContain("Rotas were set six weeks ahead.\nStaff could not plan their lives.");
  });

  it("an edit that changes nothing, however it is spaced or cased (or its line breaks sent as a browser sends them), makes no version", async () => {
    const entry = (await entryByName(WINNER_2022.organisation_name))!;
    const before = await snapshot();
    const res = await asAdmin(`/admin/archive/entries/${entry.id}`, {
      ...WINNER_2022,
      version: "2",
      challenge: SECTIONS.challenge.replace(/\n/g, "\r\n"),
      organisation_name: `  ${WINNER_2022.organisation_name} `,
      summary: entry.summary!,
      themes: "Staff Wellbeing; FLEXIBLE working\n rostering ",
      note: "Just checking",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`/admin/archive/entries/${entry.id}?saved=unchanged`);
    expect(await snapshot()).toEqual(before);
    expect((await entryByName(WINNER_2022.organisation_name))!.version).toBe(2);
    expect(await page(res.headers.get("location")!)).toContain("Nothing was changed");
  });

  it("an edit from a page opened before someone else's save is refused with 409, what was typed kept, and their change stays", async () => {
    const entry = (await entryByName(WINNER_2022.organisation_name))!;
    const opened = String(entry.version);
    const form = { ...WINNER_2022, summary: entry.summary!, themes: "rostering\nstaff wellbeing\nflexible working", version: opened };
    const first = await asAdmin(`/admin/archive/entries/${entry.id}`, { ...form, title: "Rotas written together, ward by ward" });
    expect(first.status).toBe(302);
    const before = await snapshot();
    // The same page, still open in another tab, saves a change to the summary from the old version.
    const stale = await asAdmin(`/admin/archive/entries/${entry.id}`, { ...form, summary: "A summary typed on a page opened earlier" });
    expect(stale.status).toBe(409);
    const html = await readable(stale);
    expect(html).toContain("There is a problem");
    expect(html).toContain("This entry was changed by someone else since you opened it");
    expect(html).toContain("A summary typed on a page opened earlier");
    expect(await snapshot()).toEqual(before);
    expect((await entryByName(WINNER_2022.organisation_name))!).toMatchObject({ title: "Rotas written together, ward by ward", version: entry.version + 1 });
    // A form with no version at all is refused too, never saved over whatever is there.
    const unversioned = await asAdmin(`/admin/archive/entries/${entry.id}`, { ...form, version: "" });
    expect(unversioned.status).toBe(400);
    expect(await snapshot()).toEqual(before);
    // The page shows the version it was opened at, for the next save.
    expect(await page(`/admin/archive/entries/${entry.id}`)).toContain(`name="version" value="${entry.version + 1}"`);
  });

  it("saving a year's details unchanged writes nothing", async () => {
    const before = await snapshot();
    const res = await asAdmin("/admin/archive/years/2022", {
      ceremony_day: "16",
      ceremony_month: "06",
      ceremony_year: "2022",
      ceremony_place: "Birmingham ",
      notes: "Held at the HPMA annual conference.",
      source_url: "https://www.hpma.org.uk/awards/2022-winners",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/admin/archive?saved=year-unchanged&year=2022#year-2022");
    expect(await snapshot()).toEqual(before);
  });
});

describe("what the archive refuses", () => {
  it("an entry without a source is refused, and what was typed is kept", async () => {
    const before = await snapshot();
    const res = await asAdmin("/admin/archive/entries/new", { ...WINNER_2022, year: "2023", organisation_name: "Unsourced Claims NHS Trust", source_url: "  " });
    expect(res.status).toBe(400);
    const html = await readable(res);
    expect(html).toContain("There is a problem");
    expect(html).toContain("Enter where this comes from: a note on the source, a link to it, or both");
    expect(html).toContain('value="Unsourced Claims NHS Trust"');
    expect(html).toContain("Rotas were set six weeks ahead.\nStaff could not plan their lives.</textarea>");

    const notALink = await asAdmin("/admin/archive/entries/new", { ...WINNER_2022, year: "2023", source_url: "javascript:alert(1)" });
    expect(notALink.status).toBe(400);
    expect(await readable(notALink)).toContain("Enter the source link as a full web address");

    // Nor can an edit take the source away.
    const entry = (await entryByName(WINNER_2022.organisation_name))!;
    const edit = await asAdmin(`/admin/archive/entries/${entry.id}`, { ...WINNER_2022, version: String(entry.version), source_note: "", source_url: "" });
    expect(edit.status).toBe(400);
    expect(await readable(edit)).toContain("Enter where this comes from");
    expect(await snapshot()).toEqual(before);
  });

  it("a second winner for 2018 is refused on the result, whether added or edited in", async () => {
    const before = await snapshot();
    const res = await asAdmin("/admin/archive/entries/new", { ...WINNER_2022, year: "2018", organisation_name: "Second Place NHS Trust", source_note: "HPMA brochure" });
    expect(res.status).toBe(400);
    const html = await readable(res);
    expect(html).toContain("2018 already has a winner, Mersey Care NHS Foundation Trust.");
    expect(html).toContain('href="#result"');
    expect(html).toContain('value="Second Place NHS Trust"');

    const entry = (await entryByName(WINNER_2022.organisation_name))!;
    const moved = await asAdmin(`/admin/archive/entries/${entry.id}`, { ...WINNER_2022, version: String(entry.version), year: "2018" });
    expect(moved.status).toBe(400);
    expect(await readable(moved)).toContain("2018 already has a winner");
    expect(await snapshot()).toEqual(before);

    // As highly commended the same entry is welcome.
    const commended = await asAdmin("/admin/archive/entries/new", { ...WINNER_2022, year: "2018", result: "highly_commended", organisation_name: "Second Place NHS Trust", source_note: "HPMA brochure" });
    expect(commended.status).toBe(302);
  });

  it("a year's details need a source, a real date near the year, and something to save", async () => {
    const before = await snapshot();
    const cases: [Record<string, string>, string][] = [
      [{ ceremony_place: "Leeds" }, "Enter where this comes from"],
      [{ ceremony_day: "31", ceremony_month: "2", ceremony_year: "2023", source_note: "HPMA" }, "Ceremony date must be a real date"],
      [{ ceremony_day: "7", ceremony_year: "2023", source_note: "HPMA" }, "Ceremony date must include a month"],
      [{ ceremony_day: "7", ceremony_month: "6", ceremony_year: "2123", source_note: "HPMA" }, "Ceremony date must be in 2022, 2023 or 2024"],
      [{ source_note: "HPMA" }, "Enter the date or place of the ceremony, or notes about the year"],
      [{}, "Enter the date or place of the ceremony, or notes about the year"],
    ];
    for (const [form, message] of cases) {
      const res = await asAdmin("/admin/archive/years/2023", form);
      expect(res.status, JSON.stringify(form)).toBe(400);
      const html = await readable(res);
      expect(html, JSON.stringify(form)).toContain(message);
      if (form.ceremony_place) expect(html).toContain('value="Leeds"');
    }
    expect(await snapshot()).toEqual(before);
  });

  it("a year outside 2010 to 2100, or an entry that does not exist, is not found", async () => {
    for (const path of ["/admin/archive/years/2009", "/admin/archive/years/2101", "/admin/archive/years/20x2", "/admin/archive/years/02022", "/admin/archive/entries/999999", "/admin/archive/entries/999999/versions", "/admin/archive/entries/0"]) {
      expect((await app.request(path, { cookie: admin })).status, path).toBe(404);
    }
    expect((await asAdmin("/admin/archive/years/1999", { notes: "Before the award", source_note: "x" })).status).toBe(404);
    expect((await asAdmin("/admin/archive/entries/999999", WINNER_2022)).status).toBe(404);
  });
});

describe("every archive form, given bad input", () => {
  const HUGE_SECTION = "x".repeat(25_000);

  it("answers empty input, markup in every field and a 25,000-character section with 400, and writes nothing", async () => {
    const entry = (await entryByName(WINNER_2022.organisation_name))!;
    const entryFields = ["year", "result", "organisation_name", "title", "summary", "region", "organisation_type", "themes", ...Object.keys(SECTIONS), "source_note", "source_url"];
    const forms = [
      { path: "/admin/archive/entries/new", fields: entryFields },
      { path: `/admin/archive/entries/${entry.id}`, fields: [...entryFields, "note"] },
      { path: "/admin/archive/years/2023", fields: ["ceremony_day", "ceremony_month", "ceremony_year", "ceremony_place", "notes", "source_note", "source_url"] },
    ];
    for (const form of forms) {
      for (const value of ["", MARKUP]) {
        const before = await snapshot();
        const res = await asAdmin(form.path, Object.fromEntries(form.fields.map((f) => [f, value])));
        const html = await readable(res);
        const what = `${form.path} with ${value ? "markup" : "nothing"} in every field`;
        expect(res.status, what).toBe(400);
        expect(html, what).toContain("There is a problem");
        expect(html, what).not.toContain("<script>alert(");
        expect(html, what).not.toContain("<img src=x");
        expect(await snapshot(), what).toEqual(before);
      }
    }

    const before = await snapshot();
    for (const path of ["/admin/archive/entries/new", `/admin/archive/entries/${entry.id}`]) {
      const res = await asAdmin(path, { ...WINNER_2022, year: "2024", result: "finalist", organisation_name: MARKUP, outcomes: HUGE_SECTION });
      expect(res.status, path).toBe(400);
      const html = await readable(res);
      expect(html).toContain("Outcomes and impact must be 20,000 characters or fewer");
      expect(html).toContain('href="#outcomes"');
      // What was typed comes back, the markup as text.
      expect(html).toContain(`${HUGE_SECTION}</textarea>`);
      expect(html).toContain('value="&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"');
    }
    expect(await snapshot()).toEqual(before);
  });

  it("markup in a published entry is shown on the admin pages as text", async () => {
    const res = await asAdmin("/admin/archive/entries/new", { ...WINNER_2022, year: "2024", result: "finalist", organisation_name: `${MARKUP} Trust`, title: "", source_note: MARKUP, source_url: "" });
    expect(res.status).toBe(302);
    for (const path of ["/admin/archive", res.headers.get("location")!, `${res.headers.get("location")!.split("?")[0]}/versions`]) {
      const html = await page(path);
      expect(html, path).toContain("&lt;script&gt;alert(");
      expect(html, path).not.toContain("<script>alert(");
      expect(html, path).not.toContain("<img src=x");
    }
  });
});

describe("who may use the archive screens", () => {
  it("an entrant or a judge is refused every page and every post with 403, and a visitor is sent to sign in", async () => {
    const entry = (await entryByName(WINNER_2022.organisation_name))!;
    const paths = ["/admin/archive", "/admin/archive/years/2023", "/admin/archive/entries/new", `/admin/archive/entries/${entry.id}`, `/admin/archive/entries/${entry.id}/versions`];
    const posts = ["/admin/archive/years/2023", "/admin/archive/entries/new", `/admin/archive/entries/${entry.id}`];
    const before = await snapshot();
    for (const email of ["entrant@eastbrook.demo.test", "judge.employer2@demo.test"]) {
      const cookie = await app.sessionFor(email);
      for (const path of paths) expect((await app.request(path, { cookie })).status, `${email} GET ${path}`).toBe(403);
      for (const path of posts) {
        const res = await app.request(path, { cookie, form: { ...WINNER_2022, year: "2023", ceremony_place: "Leeds", source_note: "x" }, headers: { Origin: app.url } });
        expect(res.status, `${email} POST ${path}`).toBe(403);
      }
    }
    for (const path of paths) {
      const res = await app.request(path);
      expect(res.status, `anonymous GET ${path}`).toBe(302);
      expect(res.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    }
    for (const path of posts) {
      const res = await app.request(path, { form: { ...WINNER_2022, year: "2023" }, headers: { Origin: app.url } });
      expect(res.status, `anonymous POST ${path}`).toBe(302);
    }
    expect(await snapshot()).toEqual(before);
  });
});
