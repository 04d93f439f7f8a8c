// The archive's feeds and exports, fetched from the real server as a feed reader, a spreadsheet user
// or a search engine would: the Atom feed, the JSON and CSV downloads, the sitemap and robots.txt,
// and their caching (304 while nothing changed, a new ETag the moment something is published).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArchiveEntryFields } from "~/domain/archive";
import { ARCHIVE_COLUMNS } from "~/domain/archive-export";
import { parseCsv } from "~/domain/archive-import";
import { createArchiveEntry } from "~/models/archive.server";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(async () => app.close());

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "link", "url"].includes(name) });

async function fetchOk(pathname: string, contentType: string) {
  const res = await app.request(pathname);
  expect(res.status, pathname).toBe(200);
  expect(res.headers.get("content-type"), pathname).toBe(contentType);
  return res.text();
}

const feed = async () => {
  const text = await fetchOk("/winners.atom", "application/atom+xml; charset=utf-8");
  expect(XMLValidator.validate(text)).toBe(true);
  return { text, feed: xml.parse(text).feed };
};

type JsonYear = { year: number; entries: { organisation: string; result: string; url: string }[] };
const archiveJson = async () => JSON.parse(await fetchOk("/winners.json", "application/json; charset=utf-8")) as { years: JsonYear[] };

const csvRecords = async () => {
  const text = await fetchOk("/winners.csv", "text/csv; charset=utf-8; header=present");
  const { records, problems } = parseCsv(text);
  expect(problems).toEqual([]);
  return { text, records };
};

/** The real record: demo case studies (the demo's past cycle) are on the pages, never in the data. */
async function publishedEntries() {
  return app.db.selectFrom("archive_entries").select(["id", "year", "slug", "organisation_name", "published_at"]).where("is_demo", "=", 0).execute();
}

function fields(overrides: Partial<ArchiveEntryFields>): ArchiveEntryFields {
  return {
    year: 2016,
    organisation_name: "Test Trust",
    title: null,
    result: "finalist",
    summary: null,
    region: null,
    organisation_type: null,
    source_note: "A test",
    source_url: null,
    themes: [],
    about_organisation: null,
    challenge: null,
    partnership_work: null,
    outcomes: null,
    key_achievement: null,
    top_tips: null,
    further_information: null,
    ...overrides,
  };
}

describe("the Atom feed", () => {
  it("is well-formed Atom with every element RFC 4287 requires, one entry per published entry, newest first", async () => {
    const { feed: f } = await feed();
    expect(f["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    for (const element of ["id", "title", "updated", "author"]) expect(f[element], element).toBeTruthy();
    expect(f.author.name).toBe("NHS Social Partnership Forum");
    const links = Object.fromEntries(f.link.map((l: Record<string, string>) => [l["@_rel"], l["@_href"]]));
    expect(links).toEqual({ self: `${app.url}/winners.atom`, alternate: `${app.url}/winners` });

    const stored = await publishedEntries();
    expect(f.entry).toHaveLength(stored.length);
    for (const e of f.entry) {
      for (const element of ["id", "title", "updated", "link", "summary"]) expect(e[element], element).toBeTruthy();
      expect(e.link[0]["@_href"]).toMatch(new RegExp(`^${app.url}/winners/\\d{4}/[a-z0-9-]+$`));
    }
    // Newest year first; within a year, the most recently published first.
    const order = f.entry.map((e: { link: Record<string, string>[]; published: string }) => [Number(e.link[0]["@_href"].split("/")[4]), e.published]);
    const sorted = [...order].sort((a, b) => b[0] - a[0] || String(b[1]).localeCompare(String(a[1])));
    expect(order).toEqual(sorted);
    expect(f.entry.map((e: { title: { "#text": string } }) => e.title["#text"])).toContain(
      "2018 winner: Mersey Care NHS Foundation Trust — Implementation of a just and learning culture",
    );
  });

  it("escapes markup in an organisation's name", async () => {
    const name = `Markup <script>alert(1)</script> & "Quotes" 'NHS' Trust`;
    await createArchiveEntry(app.db, { fields: fields({ organisation_name: name, summary: "<b>not bold</b>" }), origin: "admin", actorUserId: null });
    const { text, feed: f } = await feed();
    expect(text).not.toContain("<script>");
    expect(text).not.toContain("<b>");
    expect(text).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Quotes&quot; &apos;NHS&apos;");
    const entry = f.entry.find((e: { title: { "#text": string } }) => e.title["#text"].includes("Markup"));
    expect(entry.title["#text"]).toBe(`2016 finalist: ${name}`);
    expect(entry.summary["#text"]).toBe("<b>not bold</b>");
  });
});

describe("the JSON download", () => {
  it("covers every year from 2010 to the latest, with the gaps as empty lists and no invented winners", async () => {
    const { years } = await archiveJson();
    const numbers = years.map((y) => y.year);
    const latest = Math.max(...numbers);
    expect(latest).toBeGreaterThanOrEqual(2026);
    expect(numbers).toEqual(Array.from({ length: latest - 2009 }, (_, i) => 2010 + i));
    for (const gap of [2020, 2022, 2023, 2024, 2025]) expect(years.find((y) => y.year === gap)!.entries, String(gap)).toEqual([]);
    const y2018 = years.find((y) => y.year === 2018)!;
    expect(y2018).toMatchObject({ ceremony_date: "2018-06-07", ceremony_place: "London" });
    expect(y2018.entries[0]).toMatchObject({ organisation: "Mersey Care NHS Foundation Trust", result: "winner" });
    expect(years.flatMap((y) => y.entries)).toHaveLength((await publishedEntries()).length);
  });
});

describe("the CSV download", () => {
  it("has the documented header and one row per published entry, offered as a file", async () => {
    const res = await app.request("/winners.csv");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z-]+\.csv"$/);
    const { records } = await csvRecords();
    expect(records[0].cells).toEqual(ARCHIVE_COLUMNS.map((c) => c.name));
    expect(records.length - 1).toBe((await publishedEntries()).length);
  });

  it("neutralises what a spreadsheet would run as a formula", async () => {
    await createArchiveEntry(app.db, {
      fields: fields({ organisation_name: '=HYPERLINK("https://evil.example","Click")', title: "@SUM(A1:A9)", summary: "+44 1234", top_tips: "-1+2" }),
      origin: "admin",
      actorUserId: null,
    });
    const { records } = await csvRecords();
    const header = records[0].cells;
    const row = records.find((r) => r.cells[header.indexOf("organisation")].includes("HYPERLINK"))!;
    const cell = (name: string) => row.cells[header.indexOf(name)];
    expect(cell("organisation")).toBe(`'=HYPERLINK("https://evil.example","Click")`);
    expect(cell("title")).toBe("'@SUM(A1:A9)");
    expect(cell("summary")).toBe("'+44 1234");
    expect(cell("top_tips")).toBe("'-1+2");
    for (const r of records) for (const c of r.cells) expect(c, "no cell starts a formula").not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe("the sitemap and robots.txt", () => {
  it("the sitemap lists home, the archive, every year and every case study, as absolute addresses", async () => {
    const text = await fetchOk("/sitemap.xml", "application/xml; charset=utf-8");
    expect(XMLValidator.validate(text)).toBe(true);
    const locs: string[] = xml.parse(text).urlset.url.map((u: { loc: string }) => u.loc);
    expect(locs).toContain(`${app.url}/`);
    expect(locs).toContain(`${app.url}/winners`);
    for (let year = 2010; year <= 2026; year++) expect(locs).toContain(`${app.url}/winners/${year}`);
    for (const e of await publishedEntries()) expect(locs).toContain(`${app.url}/winners/${e.year}/${e.slug}`);
  });

  it("robots.txt keeps crawlers out of the signed-in areas and points them to the sitemap", async () => {
    const text = await fetchOk("/robots.txt", "text/plain; charset=utf-8");
    const lines = text.split("\n");
    for (const path of ["/admin", "/judging", "/nominations", "/account"]) expect(lines).toContain(`Disallow: ${path}`);
    expect(lines).not.toContain("Disallow: /");
    expect(lines).toContain(`Sitemap: ${app.url}/sitemap.xml`);
  });
});

describe("caching", () => {
  const PATHS = ["/winners.atom", "/winners.json", "/winners.csv", "/sitemap.xml", "/robots.txt"];

  it("each answers a matching If-None-Match with 304, and a new publication changes every ETag at once", async () => {
    const before: Record<string, string> = {};
    for (const path of PATHS) {
      const first = await app.request(path);
      expect(first.headers.get("cache-control"), path).toMatch(/\bpublic\b/);
      const etag = first.headers.get("etag");
      expect(etag, path).toBeTruthy();
      before[path] = etag!;
      const again = await app.request(path, { headers: { "If-None-Match": etag! } });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe("");
    }

    await createArchiveEntry(app.db, { fields: fields({ year: 2017, organisation_name: "Newly Published NHS Trust" }), origin: "admin", actorUserId: null });

    for (const path of PATHS) {
      const res = await app.request(path, { headers: { "If-None-Match": before[path] } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("etag"), path).not.toBe(before[path]);
      if (path !== "/robots.txt") expect(await res.text(), path).toContain("newly");
    }
  });
});
