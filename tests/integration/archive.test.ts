// The public archive over HTTP: the seeded history and its honest gaps, the pages, search with any
// input at all, filters, and HTTP caching that follows every publication at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArchiveEntryFields } from "~/domain/archive";
import { createArchiveEntry } from "~/models/archive.server";
import { countIndexed } from "~/models/archive-search.server";
import { seed } from "../../scripts/seed/index";
import { HISTORY_ENTRIES } from "../../scripts/seed/history";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(async () => app.close());

const html = async (path: string, init: Parameters<TestServer["request"]>[1] = {}) => {
  const res = await app.request(path, init);
  expect(res.status, path).toBe(200);
  return (await res.text()).replaceAll("<!-- -->", "");
};

function fields(overrides: Partial<ArchiveEntryFields>): ArchiveEntryFields {
  return {
    year: 2024,
    organisation_name: "Testshire NHS Trust",
    title: "A test initiative",
    result: "finalist",
    summary: null,
    region: null,
    organisation_type: null,
    source_note: "Test source",
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

describe("the archive's history", () => {
  it("is seeded once: seeding again changes nothing", async () => {
    const count = async () => ({
      entries: (await app.db.selectFrom("archive_entries").select("id").where("is_demo", "=", 0).execute()).length,
      demoEntries: (await app.db.selectFrom("archive_entries").select("id").where("is_demo", "=", 1).execute()).length,
      years: (await app.db.selectFrom("award_years").select("year").execute()).length,
      versions: (await app.db.selectFrom("archive_entry_versions").select("id").execute()).length,
      indexed: await countIndexed(app.db),
    });
    const before = await count();
    expect(before.entries).toBe(HISTORY_ENTRIES.length);
    // And the demo's past cycle, published as any cycle is (labelled demo, in 2009).
    expect(before.demoEntries).toBe(3);
    expect(before.indexed).toBe(HISTORY_ENTRIES.length + 3);
    await seed(app.db, { demo: true });
    expect(await count()).toEqual(before);
  });

  it("shows every year from 2010, newest first, and says so where the winner is not recorded", async () => {
    const page = await html("/winners");
    const years = [...page.matchAll(/id="year-(\d{4})"/g)].map((m) => Number(m[1]));
    expect(years[0]).toBe(2026);
    // 2010 to 2026, then the demo's past cycle (2009, before the first award), labelled demo.
    expect(years.at(-2)).toBe(2010);
    expect(years.at(-1)).toBe(2009);
    expect(years).toHaveLength(18);
    const demoYear = page.slice(page.indexOf('id="year-2009"'));
    expect(demoYear).toContain(">Demo<");
    for (const year of [2020, 2022, 2023, 2024, 2025, 2026]) {
      const section = page.slice(page.indexOf(`id="year-${year}"`), page.indexOf(`id="year-${year - 1}"`));
      expect(section, String(year)).toContain("Winner: not recorded yet");
      expect(section, String(year)).not.toMatch(/nhsuk-tag--green/);
    }
    const y2021 = page.slice(page.indexOf('id="year-2021"'), page.indexOf('id="year-2020"'));
    expect(y2021).toContain("Winner: not recorded yet");
    expect(y2021).toContain("Cornwall Partnership NHS Foundation Trust");
    expect(y2021).toContain("Highly commended");
  });

  it("shows a year's results and ceremony, and a case study with its source", async () => {
    const year = await html("/winners/2018");
    expect(year).toContain("2018 results");
    expect(year).toContain("on 7 June 2018 in London");
    expect(year).toContain("Mersey Care NHS Foundation Trust");
    const link = year.match(/href="(\/winners\/2018\/[a-z0-9-]+)"/)![1];
    const study = await html(link);
    expect(study).toContain("Implementation of a just and learning culture");
    expect(study).toContain("improve the disciplinary process");
    expect(study).toContain("The full case study for this entry has not been added to the archive yet.");
    expect(study).toContain("Source");
    expect(study).toMatch(/<meta property="og:title" content="Mersey Care NHS Foundation Trust: Implementation of a just and learning culture"/);
    expect(study).toMatch(/<meta property="og:url" content="http:\/\/127\.0\.0\.1:\d+\/winners\/2018\//);
    expect(study).toContain('property="og:description"');
  });

  it("never turns a stored source into a script link", async () => {
    const { slug } = await createArchiveEntry(app.db, {
      fields: fields({ year: 2012, organisation_name: "Scripted Source Trust", source_note: "A note", source_url: "javascript:alert(1)" }),
      origin: "import",
      actorUserId: null,
    });
    const page = await html(`/winners/2012/${slug}`);
    expect(page).toContain("A note");
    expect(page).not.toContain('href="javascript:');
  });

  it("answers 404 for years outside the archive and for unknown case studies", async () => {
    for (const path of ["/winners/2008", "/winners/2031", "/winners/twenty", "/winners/2018x", "/winners/2018/no-such-entry"]) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });
});

describe("searching the archive", () => {
  it("ranks and highlights matches", async () => {
    const page = await html("/winners?q=learning+culture");
    expect(page).toContain("2 results for “learning culture”");
    expect(page).toContain("<mark>learning</mark>");
    expect(page.indexOf("Cornwall Partnership")).toBeGreaterThan(-1);
    expect(page.indexOf("Mersey Care")).toBeGreaterThan(-1);
  });

  it("falls back to entries with any of the words when none has them all", async () => {
    const page = (await html("/winners?q=mersey+somerset")).replace(/<[^>]+>/g, "");
    expect(page).toContain("Mersey Care");
    expect(page).toContain("Somerset Partnership");
  });

  it("finds words in case-study text, with accents or without", async () => {
    await createArchiveEntry(app.db, {
      fields: fields({ organisation_name: "Ysbyty Gwynedd Partnership", challenge: "Staff in the café raised rota concerns with the union." }),
      origin: "admin",
      actorUserId: null,
    });
    expect(await html("/winners?q=cafe+rota")).toContain("Ysbyty Gwynedd Partnership");
    expect(await html("/winners?q=caf%C3%A9")).toContain("Ysbyty Gwynedd Partnership");
  });

  it("finds a new entry's words by their beginning, and a number only whole", async () => {
    for (const [name, challenge] of [
      ["Quokka Valley NHS Trust", "Quokkaworkshops on ward 4711 were planned with the union."],
      ["Numbat Coast NHS Trust", "Numbatworkshops on ward 47113 were planned with the union."],
    ]) {
      await createArchiveEntry(app.db, { fields: fields({ organisation_name: name, challenge }), origin: "admin", actorUserId: null });
    }
    // The words are new to the index: its list of words is kept as entries are indexed.
    const byStart = await html("/winners?q=quokkawork");
    expect(byStart).toContain("1 result for “quokkawork”");
    expect(byStart).toContain("<mark>Quokkaworkshops</mark>");
    const number = await html("/winners?q=4711");
    expect(number).toContain("Quokka Valley NHS Trust");
    expect(number).not.toContain("Numbat Coast NHS Trust");
    // A word no entry has is left out rather than leaving nothing found.
    expect(await html("/winners?q=numbatwork+xqzvlorp")).toContain("Numbat Coast NHS Trust");
  });

  it("never errors, whatever is typed, and shows markup as text", async () => {
    const hostile = [
      '"',
      '")) OR 1=1 --',
      "* NEAR(a b) AND OR NOT",
      "title:mersey",
      "^ - + ( ) { } [ ]",
      "<script>alert(1)</script>",
      "😀 مرحبا ζ",
      "x".repeat(10 * 1024),
      "a ".repeat(5000),
      "\u0000\u0001\u0002\u0003",
    ];
    for (const q of hostile) {
      const res = await app.request(`/winners?${new URLSearchParams({ q })}`);
      expect(res.status, q.slice(0, 30)).toBe(200);
      const body = await res.text();
      expect(body).not.toContain("<script>alert(1)</script>");
    }
    const markup = await html(`/winners?${new URLSearchParams({ q: "<script>alert(1)</script>" })}`);
    expect(markup).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("filtering the archive", () => {
  it("by theme, region, type of organisation and years", async () => {
    const byTheme = await html("/winners?theme=just+and+learning+culture");
    expect(byTheme).toContain("Mersey Care");
    expect(byTheme).toContain("Cornwall Partnership");
    expect(byTheme).not.toContain("St George's Healthcare");

    const byRegion = await html("/winners?region=London");
    expect(byRegion).toContain("St George&#x27;s Healthcare NHS Trust");
    expect(byRegion).not.toContain("Mersey Care");

    const byType = await html("/winners?type=acute&from=2016&to=2018");
    expect(byType).toContain("Norfolk and Norwich");
    expect(byType).not.toContain("Guy&#x27;s and St Thomas");
    expect(byType).not.toContain("Mersey Care");

    expect(await html("/winners?type=not-a-type&from=abc")).toContain("id=\"year-2010\"");
  });

  it("says so, in an error summary with the years kept, when From is after To", async () => {
    const res = await app.request("/winners?from=2020&to=2012");
    expect(res.status).toBe(400);
    const page = (await res.text()).replaceAll("<!-- -->", "");
    expect(page).toContain("<title>Error: Past winners since 2010 - HPMA Partnership Award</title>");
    expect(page).toContain('<a href="#from">From year must be the same as or before To year</a>');
    expect(page).toContain('<span class="nhsuk-error-message" id="from-error">');
    expect(page).toMatch(/<option value="2020" selected="">2020<\/option>/);
    expect(page).toMatch(/<option value="2012" selected="">2012<\/option>/);
    expect(page).not.toContain("No entries match");
  });
});

describe("searching with filters", () => {
  it("shows only the hits that match the filters, and offers a new theme as soon as an entry has it", async () => {
    const themeOption = '<option value="zephyr rota planning">';
    // The search form's choices are read before the entries exist (and kept for that revision).
    expect(await html("/winners?q=zephyrwork")).not.toContain(themeOption);
    for (const [name, region, type, year, themes] of [
      ["Zephyr London NHS Trust", "London", "acute", 2019, ["zephyr rota planning"]],
      ["Zephyr Wales Health Board", "Wales", "community", 2021, []],
    ] as const) {
      await createArchiveEntry(app.db, {
        fields: fields({ organisation_name: name, region, organisation_type: type, year, themes: [...themes], challenge: "Zephyrwork: rotas planned with the union." }),
        origin: "admin",
        actorUserId: null,
      });
    }
    const both = await html("/winners?q=zephyrwork");
    expect(both).toContain("2 results for “zephyrwork”");
    expect(both).toContain("Zephyr London NHS Trust");
    expect(both).toContain("Zephyr Wales Health Board");
    expect(both).toContain(themeOption);

    for (const [filter, shown, hidden] of [
      ["region=London", "Zephyr London NHS Trust", "Zephyr Wales Health Board"],
      ["type=community", "Zephyr Wales Health Board", "Zephyr London NHS Trust"],
      ["theme=zephyr+rota+planning", "Zephyr London NHS Trust", "Zephyr Wales Health Board"],
      ["from=2020", "Zephyr Wales Health Board", "Zephyr London NHS Trust"],
      ["to=2020", "Zephyr London NHS Trust", "Zephyr Wales Health Board"],
    ]) {
      const page = await html(`/winners?q=zephyrwork&${filter}`);
      expect(page, filter).toContain(shown);
      expect(page, filter).not.toContain(hidden);
    }
    expect(await html("/winners?q=zephyrwork&region=Scotland")).toContain("None of them match the filters.");
  });
});

describe("HTTP caching of public pages", () => {
  it("sends an ETag and CDN-friendly caching, and answers a matching request with 304", async () => {
    const first = await app.request("/winners/2016");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"r\d+-/);
    expect(first.headers.get("cache-control")).toMatch(/^public, max-age=0, must-revalidate, s-maxage=\d+$/);
    expect(Number(/s-maxage=(\d+)/.exec(first.headers.get("cache-control")!)![1])).toBeLessThanOrEqual(60);
    expect(first.headers.get("x-archive-revision")).toBeNull();
    const again = await app.request("/winners/2016", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("no shared cache may keep a page past the next scheduled announcement, even a copy from the server's memory", async () => {
    // A copy made before the announcement was scheduled (scheduling it does not change the archive).
    expect((await app.request("/winners/2015")).headers.get("cache-control")).toContain("s-maxage=60");
    const soon = new Date(Date.now() + 20_000).toISOString();
    const cycle = await app.db.insertInto("award_cycles").values(cycleAnnouncedAt(soon)).returning("id").executeTakeFirstOrThrow();
    try {
      for (let i = 0; i < 2; i++) {
        const page = await app.request("/winners/2015");
        expect(page.status).toBe(200);
        const seconds = Number(/s-maxage=(\d+)/.exec(page.headers.get("cache-control") ?? "")?.[1]);
        expect(seconds).toBeLessThanOrEqual(20);
        expect(seconds).toBeGreaterThanOrEqual(0);
      }
    } finally {
      await app.db.deleteFrom("award_cycles").where("id", "=", cycle.id).execute();
    }
    expect((await app.request("/winners/2015")).headers.get("cache-control")).toContain("s-maxage=60");
  });

  it("changes the ETag and the page at once when something is published", async () => {
    const before = await app.request("/winners/2023");
    const etag = before.headers.get("etag")!;
    expect(await before.text()).toContain("not recorded in the archive yet");
    await createArchiveEntry(app.db, { fields: fields({ year: 2023, organisation_name: "Published Just Now NHS Trust", result: "winner" }), origin: "admin", actorUserId: null });
    const after = await app.request("/winners/2023", { headers: { "If-None-Match": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(await after.text()).toContain("Published Just Now NHS Trust");
    expect(await html("/")).toContain("Published Just Now NHS Trust");
  });

  it("never gives a signed-in visitor's page to anyone else, nor a cached one to them", async () => {
    const anonymous = await html("/winners");
    expect(anonymous).toContain("Sign in");
    const cookie = await app.sessionFor("judge.employer1@demo.test");
    const res = await app.request("/winners", { cookie });
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const mine = await res.text();
    expect(mine).toContain("Helen Carter");
    expect(await html("/winners")).not.toContain("Helen Carter");
  });
});

/** A cycle with nothing in it but an announcement at this time, not yet published. */
function cycleAnnouncedAt(announcementAt: string) {
  const at = new Date().toISOString();
  return {
    year: 2098,
    stage: "final" as const,
    nominations_open_at: null,
    nominations_close_at: null,
    judging_open_at: null,
    judging_close_at: null,
    shortlist_at: null,
    final_judging_at: null,
    announcement_at: announcementAt,
    created_at: at,
    updated_at: at,
  };
}
