// Importing the archive's history from a CSV file: all or nothing, every problem with its line, the
// same file twice changes nothing, an export imports back unchanged; through the model, the admin's
// upload page over HTTP, and the command line.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importArchiveCsv } from "~/models/archive-import.server";
import { archiveRevision } from "~/models/archive.server";
import { openDatabase } from "../../app/platform/db.server";
import { freshDatabaseFile, tempDir } from "../helpers/database";
import { startTestServer, type TestServer } from "../helpers/server";
import { isPostgres } from "../../db/portable";

const ADMIN = "admin@demo.test";

let app: TestServer;
let admin: string;
let adminId: number;
beforeAll(async () => {
  app = await startTestServer();
  admin = await app.sessionFor(ADMIN);
  adminId = (await app.db.selectFrom("users").select("id").where("email_normalised", "=", ADMIN).executeTakeFirstOrThrow()).id;
});
afterAll(async () => app.close());

const HEADER = "year,result,organisation,title,summary,region,organisation_type,themes,source_note,source_url";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\r\n") + "\r\n";

/** Three past finalists, one with a summary over two lines (so the file's rows and lines differ). */
const GOOD = csv(
  '2022,finalist,Northfield Community NHS Trust,Staff side rota partnership,"Rotas agreed with staff side.\nNo more last-minute changes.",North West,community,rotas; wellbeing,HPMA 2022 shortlist,https://example.org/hpma-2022',
  "2023,finalist,Southgate Ambulance Service,Joint wellbeing hubs,,South East,ambulance,wellbeing,HPMA 2023 shortlist,",
  "2024,highly commended,Eastmarsh Mental Health Trust,Just culture reviews,,East of England,mental_health,just and learning culture,,https://example.org/hpma-2024",
);

type Table = "archive_entries" | "archive_entry_versions" | "audit_log" | "archive_entry_themes";
const count = async (table: Table) => Number((await app.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

/** Everything an import could write, to show that a refused one wrote none of it. */
async function footprint() {
  return {
    entries: await count("archive_entries"),
    versions: await count("archive_entry_versions"),
    themes: await count("archive_entry_themes"),
    audit: await count("audit_log"),
    revision: await archiveRevision(app.db),
  };
}

async function entryNamed(organisation: string) {
  return app.db.selectFrom("archive_entries").selectAll().where("organisation_name", "=", organisation).executeTakeFirst();
}

/** The upload form sent as a browser sends it: multipart, with the admin's cookie, from our own origin. */
async function upload(content: string, { cookie = admin, name = "history.csv" } = {}) {
  const form = new FormData();
  form.append("file", new Blob([content], { type: "text/csv" }), name);
  return fetch(`${app.url}/admin/archive/import`, { method: "POST", body: form, headers: { Cookie: cookie, Origin: app.url }, redirect: "manual" });
}

const readable = async (res: Response) => (await res.text()).replaceAll("<!-- -->", "").replaceAll("&#x27;", "'");

describe("importing a file", () => {
  it("publishes every row of a good file as a new entry, with one audit entry counting them", async () => {
    const before = await footprint();
    const outcome = await importArchiveCsv(app.db, GOOD, adminId);
    expect(outcome).toEqual({ ok: true, created: 3, updated: 0, unchanged: 0 });

    const northfield = (await entryNamed("Northfield Community NHS Trust"))!;
    expect(northfield).toMatchObject({
      year: 2022,
      result: "finalist",
      origin: "import",
      summary: "Rotas agreed with staff side.\nNo more last-minute changes.",
      source_url: "https://example.org/hpma-2022",
      version: 1,
      updated_by: adminId,
    });
    expect((await entryNamed("Eastmarsh Mental Health Trust"))!.result).toBe("highly_commended");
    const after = await footprint();
    expect(after.entries - before.entries).toBe(3);
    expect(after.versions - before.versions).toBe(3);
    expect(after.revision).toBeGreaterThan(before.revision);

    const audit = await app.db.selectFrom("audit_log").selectAll().where("action", "=", "archive.imported").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(audit.actor_user_id).toBe(adminId);
    expect(JSON.parse(audit.details)).toEqual({ rows: 3, created: 3, updated: 0, unchanged: 0 });
  });

  it("importing the same file again changes nothing: no entry, no version, the same revision", async () => {
    const before = await footprint();
    const versions = await app.db.selectFrom("archive_entries").select(["id", "version"]).orderBy("id").execute();
    expect(await importArchiveCsv(app.db, GOOD, adminId)).toEqual({ ok: true, created: 0, updated: 0, unchanged: 3 });
    const after = await footprint();
    expect({ ...after, audit: 0 }).toEqual({ ...before, audit: 0 });
    // Only the record that an import was run, and found everything up to date.
    expect(after.audit).toBe(before.audit + 1);
    expect(await app.db.selectFrom("archive_entries").select(["id", "version"]).orderBy("id").execute()).toEqual(versions);
  });

  it("a changed row updates its entry as a new version, matching the organisation in any case", async () => {
    const changed = GOOD.replace("Joint wellbeing hubs", "Joint wellbeing hubs for every station").replace("Southgate Ambulance Service", "SOUTHGATE AMBULANCE SERVICE");
    expect(await importArchiveCsv(app.db, changed, adminId)).toEqual({ ok: true, created: 0, updated: 1, unchanged: 2 });
    const southgate = await app.db.selectFrom("archive_entries").selectAll().where("year", "=", 2023).where("result", "=", "finalist").executeTakeFirstOrThrow();
    expect(southgate).toMatchObject({ version: 2, title: "Joint wellbeing hubs for every station", organisation_name: "SOUTHGATE AMBULANCE SERVICE" });
  });

  it("a file with one bad row in the middle is refused whole, naming the line, and writes nothing", async () => {
    const before = await footprint();
    const bad = csv(
      "2022,finalist,Westbury Hospitals NHS Trust,,,,,,Programme,",
      "2023,finalist,Ashdown Partnership Trust,,,,,,Programme,",
      "2023,champion,Kingsmoor Care Trust,,,,,,Programme,",
      "2024,finalist,Fernhill Care Trust,,,,,,Programme,",
    );
    const outcome = await importArchiveCsv(app.db, bad, adminId);
    expect(outcome).toEqual({ ok: false, problem: "Nothing was imported: the file has a problem", problems: [{ line: 4, column: "result", message: "Choose winner, highly commended or finalist" }] });
    expect(await footprint()).toEqual(before);
    expect(await entryNamed("Ashdown Partnership Trust")).toBeUndefined();
  });

  it("a second winner for a year already won is refused with its line, and nothing is written", async () => {
    const before = await footprint();
    const outcome = await importArchiveCsv(app.db, csv("2017,finalist,Fine Trust,,,,,,Programme,", "2018,winner,Rival NHS Trust,,,,,,Programme,"), adminId);
    expect(outcome).toEqual({
      ok: false,
      problem: "Nothing was imported: the file has a problem",
      problems: [{ line: 3, column: "result", message: expect.stringContaining("2018 already has a winner, Mersey Care NHS Foundation Trust") }],
    });
    expect(await footprint()).toEqual(before);
  });

  it("a failure while writing undoes the rows already written", async () => {
    // A trigger makes the database refuse the third row, as a full disk or a constraint would.
    if (isPostgres(app.db)) {
      await sql`create function refuse_test_row() returns trigger language plpgsql as $$
        begin if new.organisation_name = 'Refused NHS Trust' then raise exception 'refused by the test'; end if; return new; end $$`.execute(app.db);
      await sql`create trigger refuse_test_row before insert on archive_entries for each row execute function refuse_test_row()`.execute(app.db);
    } else {
      await sql`create trigger refuse_test_row before insert on archive_entries
        when new.organisation_name = 'Refused NHS Trust' begin select raise(abort, 'refused by the test'); end`.execute(app.db);
    }
    try {
      const before = await footprint();
      const file = csv("2012,finalist,First Trust,,,,,,Programme,", "2013,finalist,Second Trust,,,,,,Programme,", "2014,finalist,Refused NHS Trust,,,,,,Programme,");
      await expect(importArchiveCsv(app.db, file, adminId)).rejects.toThrow("refused by the test");
      expect(await footprint()).toEqual(before);
      expect(await entryNamed("First Trust")).toBeUndefined();
    } finally {
      if (isPostgres(app.db)) {
        await sql`drop trigger refuse_test_row on archive_entries`.execute(app.db);
        await sql`drop function refuse_test_row()`.execute(app.db);
      } else await sql`drop trigger refuse_test_row`.execute(app.db);
    }
  });
});

describe("the admin's upload page", () => {
  it("shows every problem with its line number and imports nothing", async () => {
    const before = await footprint();
    const res = await upload(csv("2021,finalist,Upload One Trust,,,,,,Programme,", "2021,finalist,Upload Two Trust,,,,,,,", "2021,champion,Upload Three Trust,,,,,,Programme,"));
    expect(res.status).toBe(400);
    const html = await readable(res);
    expect(html).toContain("There is a problem");
    expect(html).toContain("Line 3, source_note: Enter where this result is recorded: a source_note, a source_url or both");
    expect(html).toContain("Line 4, result: Choose winner, highly commended or finalist");
    expect(html).toContain("The file has 2 problems: nothing was imported");
    expect(await footprint()).toEqual(before);
  });

  it("lists the first 50 problems and says how many more there are", async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `2021,finalist,Many ${i} Trust,,,,,,,`);
    const html = await readable(await upload(csv(...rows)));
    expect(html).toContain("Line 51, source_note:");
    expect(html).not.toContain("Line 52, source_note:");
    expect(html).toContain("and 10 more");
  });

  it("imports a good file and says how many entries were new and updated", async () => {
    const res = await upload(csv("2020,finalist,Uploaded Partnership Trust,Shared governance,,Midlands,acute,,HPMA 2020 shortlist,"));
    expect(res.status).toBe(302);
    const location = res.headers.get("location")!;
    expect(location).toBe("/admin/archive/import?notice=imported&imported=1&updated=0&unchanged=0");
    expect((await entryNamed("Uploaded Partnership Trust"))!).toMatchObject({ year: 2020, origin: "import", updated_by: adminId });
    const page = await readable(await app.request(location, { cookie: admin }));
    expect(page).toContain("Imported 1 new entry and updated 0");
  });

  it("asks for a file when none was chosen, and refuses a file that is not UTF-8", async () => {
    const empty = new FormData();
    empty.append("file", new Blob([]), "");
    const none = await fetch(`${app.url}/admin/archive/import`, { method: "POST", body: empty, headers: { Cookie: admin, Origin: app.url }, redirect: "manual" });
    expect(none.status).toBe(400);
    expect(await readable(none)).toContain("Choose a CSV file to import");

    const latin1 = new FormData();
    latin1.append("file", new Blob([new Uint8Array([0x79, 0x65, 0x61, 0x72, 0x0a, 0x53, 0x69, 0xe2, 0x6e])]), "latin1.csv");
    const res = await fetch(`${app.url}/admin/archive/import`, { method: "POST", body: latin1, headers: { Cookie: admin, Origin: app.url }, redirect: "manual" });
    expect(res.status).toBe(400);
    expect(await readable(res)).toContain("The file must be saved as CSV UTF-8");
  });

  it("is refused to anyone but an admin", async () => {
    const judge = await app.sessionFor("judge.employer1@demo.test");
    expect((await upload(GOOD, { cookie: judge })).status).toBe(403);
    expect((await upload(GOOD, { cookie: "" })).status).toBe(302);
  });

  it("takes back the archive's own CSV download with no changes at all", async () => {
    const exported = await (await app.request("/winners.csv")).text();
    // The download is the real record: the demo's past case studies are not in it.
    const entries = Number((await app.db.selectFrom("archive_entries").select((eb) => eb.fn.countAll<number>().as("n")).where("is_demo", "=", 0).executeTakeFirstOrThrow()).n);
    const before = await footprint();
    const res = await upload(exported, { name: "hpma-partnership-award-winners.csv" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`/admin/archive/import?notice=imported&imported=0&updated=0&unchanged=${entries}`);
    const after = await footprint();
    expect({ ...after, audit: before.audit }).toEqual(before);
  });
});

function withoutDatabaseUrl(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return rest;
}

describe("the command line", () => {
  const run = (file: string, dir: string) =>
    spawnSync("npx", ["tsx", "scripts/archive-import.ts", file], {
      encoding: "utf8",
      // Always a SQLite file of its own: this is about the command, not the database.
      env: { ...withoutDatabaseUrl(), DATABASE_PATH: path.join(dir, "awards.db"), DATA_DIR: dir, NODE_ENV: "test" },
      timeout: 60_000,
    });

  it("imports a file into the configured database, and refuses a bad one with each problem's line", async () => {
    const dir = tempDir();
    freshDatabaseFile(dir);
    const good = path.join(dir, "good.csv");
    fs.writeFileSync(good, GOOD);
    const ok = run(good, dir);
    expect(ok.stderr).not.toMatch(/error/i);
    expect(ok.stdout).toContain("Imported 3 new entries, updated 0");
    expect(ok.status).toBe(0);

    const bad = path.join(dir, "bad.csv");
    fs.writeFileSync(bad, csv("2019,finalist,Another Trust,,,,,,Programme,", "2019,champion,Kingsmoor Care Trust,,,,,,Programme,"));
    const refused = run(bad, dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("Line 3, result: Choose winner, highly commended or finalist");

    const again = run(good, dir);
    expect(again.stdout).toContain("Imported 0 new entries, updated 0 (3 already up to date)");
    const db = openDatabase(path.join(dir, "awards.db"));
    try {
      const rows = await db.selectFrom("archive_entries").select("organisation_name").orderBy("organisation_name").execute();
      expect(rows.map((r) => r.organisation_name)).toEqual(["Eastmarsh Mental Health Trust", "Northfield Community NHS Trust", "Southgate Ambulance Service"]);
    } finally {
      await db.destroy();
    }
  });
});
