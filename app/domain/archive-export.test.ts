import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  ARCHIVE_COLUMNS,
  archiveCsv,
  archiveJson,
  atomFeed,
  escapeXml,
  exportRecord,
  feedEntryTitle,
  robotsTxt,
  sitemapUrls,
  type ExportableEntry,
} from "./archive-export";
import { parseCsv } from "./archive-import";

const ORIGIN = "https://awards.example.org";

function entry(overrides: Partial<ExportableEntry> = {}): ExportableEntry {
  return {
    id: 1,
    year: 2018,
    organisation_name: "Mersey Care NHS Foundation Trust",
    title: "Implementation of a just and learning culture",
    result: "winner",
    slug: "mersey-care-nhs-foundation-trust-implementation-of-a-just-and-learning-culture",
    summary: "Trust and staff side colleagues improved the disciplinary process.",
    region: "North West",
    organisation_type: "mental_health",
    source_note: "SPF pages",
    source_url: null,
    published_at: "2018-12-31T00:00:00.000Z",
    updated_at: "2026-11-21T06:00:00.000Z",
    version: 1,
    about_organisation: null,
    challenge: null,
    partnership_work: null,
    outcomes: null,
    key_achievement: null,
    top_tips: null,
    further_information: null,
    themes: ["just and learning culture"],
    ...overrides,
  };
}

describe("XML escaping", () => {
  it("escapes the five characters markup is made of", () => {
    expect(escapeXml(`<script>&"'</script>`)).toBe("&lt;script&gt;&amp;&quot;&apos;&lt;/script&gt;");
  });

  it("drops characters XML cannot hold at all, and keeps accents and emoji", () => {
    expect(escapeXml("a\u0000b\u0008c\u001Fd")).toBe("abcd");
    expect(escapeXml("Siân Ó Briain 🤝\ttab\nline")).toBe("Siân Ó Briain 🤝\ttab\nline");
    expect(escapeXml("lone \uD800 surrogate")).toBe("lone  surrogate");
  });
});

describe("the archive CSV", () => {
  it("writes a header of the documented columns and one row per entry, which parse back to the same values", () => {
    const tricky = entry({ id: 2, organisation_name: '=cmd|"/c calc"!A1', summary: "Line one,\nline \"two\"", themes: ["a", "b"] });
    const after = entry({ id: 3, year: 2019, slug: "after" });
    const csv = archiveCsv([exportRecord(entry(), ORIGIN), exportRecord(tricky, ORIGIN), exportRecord(after, ORIGIN)]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const { records, problems } = parseCsv(csv);
    expect(problems).toEqual([]);
    // The tricky row spans lines 3 and 4, so the next one starts on line 5.
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 5]);
    expect(records[0].cells).toEqual(ARCHIVE_COLUMNS.map((c) => c.name));
    const row = Object.fromEntries(records[2].cells.map((cell, i) => [records[0].cells[i], cell]));
    expect(row.organisation).toBe(`'=cmd|"/c calc"!A1`);
    expect(row.summary).toBe('Line one,\nline "two"');
    expect(row.themes).toBe("a; b");
    expect(row.url).toBe(`${ORIGIN}/winners/2018/${tricky.slug}`);
  });
});

describe("the Atom feed", () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "link", "category"].includes(name) });

  it("is well-formed, has the elements RFC 4287 requires, and lists entries newest first", () => {
    const xml = atomFeed({
      origin: ORIGIN,
      entries: [
        entry({ id: 1, year: 2016, published_at: "2016-12-31T00:00:00.000Z" }),
        entry({ id: 2, year: 2018, published_at: "2018-06-07T00:00:00.000Z" }),
        entry({ id: 3, year: 2018, published_at: "2018-12-31T00:00:00.000Z", updated_at: "2026-11-22T00:00:00.000Z" }),
      ],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toMatch(/^tag:awards\.example\.org,2026:/);
    expect(feed.updated).toBe("2026-11-22T00:00:00.000Z");
    expect(feed.author.name).toBe("NHS Social Partnership Forum");
    expect(feed.link.map((l: Record<string, string>) => [l["@_rel"], l["@_href"]])).toEqual([
      ["self", `${ORIGIN}/winners.atom`],
      ["alternate", `${ORIGIN}/winners`],
    ]);
    expect(feed.entry.map((e: { id: string }) => e.id.split("/").pop())).toEqual(["3", "2", "1"]);
  });

  it("titles an entry with its year, result, organisation and initiative", () => {
    expect(feedEntryTitle(entry())).toBe("2018 winner: Mersey Care NHS Foundation Trust — Implementation of a just and learning culture");
    expect(feedEntryTitle(entry({ result: "highly_commended", title: null }))).toBe("2018 highly commended: Mersey Care NHS Foundation Trust");
  });

  it("escapes markup in every field", () => {
    const xml = atomFeed({ origin: ORIGIN, entries: [entry({ organisation_name: `<script>&"'`, summary: "<b>bold</b>", themes: [`"quoted"`] })] });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("<script>");
    const { feed } = parser.parse(xml, true);
    expect(feed.entry[0].title["#text"]).toContain(`<script>&"'`);
  });
});

describe("the JSON export", () => {
  it("lists every year asked for, oldest first, with an empty list where nothing is recorded", () => {
    const json = archiveJson({
      years: [2012, 2011, 2010],
      knownYears: [{ year: 2011, ceremony_date: "2011-06-01", ceremony_place: "London", notes: null, source_note: "x", source_url: null }],
      entries: [entry({ year: 2012 })],
      origin: ORIGIN,
      revision: 7,
      generated: new Date("2026-11-21T00:00:00Z"),
    });
    expect(json.years.map((y) => [y.year, y.entries.length])).toEqual([
      [2010, 0],
      [2011, 0],
      [2012, 1],
    ]);
    expect(json.years[1].ceremony_place).toBe("London");
    expect(Object.keys(json.fields.entry)).toEqual(ARCHIVE_COLUMNS.map((c) => c.name));
    expect(Object.keys(json.years[2].entries[0])).toEqual(ARCHIVE_COLUMNS.map((c) => c.name));
  });
});

describe("the sitemap and robots.txt", () => {
  it("lists home, the archive, every year and every case study", () => {
    const paths = sitemapUrls([2011, 2010], [entry()]).map((u) => u.path);
    expect(paths).toEqual(["/", "/winners", "/winners/2011", "/winners/2010", `/winners/2018/${entry().slug}`]);
  });

  it("keeps crawlers out of the signed-in areas and points them to the sitemap", () => {
    const robots = robotsTxt(ORIGIN);
    for (const path of ["/admin", "/judging", "/nominations", "/account"]) expect(robots).toContain(`Disallow: ${path}\n`);
    expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });
});
