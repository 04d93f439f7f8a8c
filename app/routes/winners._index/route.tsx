// The public archive: every year since the award began, newest first, with its winner and other
// results, honest about the years nothing is recorded for, and demo years apart at the end; filters
// (a page of matching entries at a time) and a full-text search. Every part is read with a bounded
// number of index seeks, so the page costs the same however large the archive grows (decision 032).
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorSummary, type FieldErrors } from "~/components/forms";
import { GridColumn, GridRow, Pagination } from "~/components/nhsuk";
import { listedYears } from "~/domain/archive";
import type { ArchiveFilters } from "~/models/archive.server";
import { archiveChoices, entryLinesByIds, listArchivePage, MOST_ENTRIES_PAGED, summariseYears } from "~/models/archive-browse.server";
import { searchArchiveWithTotal } from "~/models/archive-search.server";
import { searchParamsObject, WinnersQuerySchema } from "~/request/archive-forms.server";
import { getDb } from "~/platform/db.server";
import { cacheHeadersFrom, publicCacheHeaders, REVISION_HEADER } from "~/request/public-cache.server";
import { SearchForm } from "./search-form";
import { FilteredEntries, SearchResults, YearSection, type SearchResult } from "./entry-lists";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.errors ? "Error: " : ""}${data?.q ? `Search results for ${data.q.slice(0, 60)} - Past winners - HPMA Partnership Award` : "Past winners since 2010 - HPMA Partnership Award"}` },
  { name: "description", content: "Every winner, highly commended entry and finalist of the HPMA award for partnership working between NHS employers and trade unions since 2010." },
  { tagName: "link", rel: "alternate", type: "application/atom+xml", title: "HPMA partnership award winners", href: "/winners.atom" },
];

export const headers: HeadersFunction = ({ loaderHeaders }) => cacheHeadersFrom(loaderHeaders);

const SEARCH_RESULTS_SHOWN = 20;
const ENTRIES_PER_PAGE = 50;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const query = WinnersQuerySchema.parse(searchParamsObject(url));
  const db = getDb();
  const filters: ArchiveFilters = { theme: query.theme, region: query.region, organisationType: query.type, fromYear: query.from, toYear: query.to };
  const filtering = Object.values(filters).some((v) => v !== undefined);
  // The caching headers are read first: a page built from newer data than its revision says is only
  // rebuilt once more, while the reverse would keep a stale page cached as current.
  const cacheHeaders = await publicCacheHeaders(request, context, { sameForEveryone: true });
  // The filters' choices and the years change only with the archive's revision: read once per revision.
  const { facets, awardYears, demoYears } = await archiveChoices(db, Number(cacheHeaders[REVISION_HEADER]));
  const demo = new Set(demoYears);
  const realEntryYears = facets.years.filter((y) => !demo.has(y));
  const realYears = listedYears([...realEntryYears, ...awardYears.map((y) => y.year).filter((y) => !demo.has(y))], realEntryYears);
  const yearRange = [...new Set([...realYears, ...demoYears])].sort((a, b) => b - a);
  const base = { filters: { ...query, q: undefined, page: undefined }, filtering, facets, yearRange, q: query.q ?? null };
  const none = { results: [] as SearchResult[], years: [], demoYears: [], page: 1, totalPages: 1, entries: [], errors: undefined as FieldErrors | undefined };

  // Years the wrong way round: said so, as a form's error, with what was chosen kept.
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    const errors: FieldErrors = { from: "From year must be the same as or before To year" };
    return data({ ...base, ...none, mode: "invalid" as const, errors, matched: 0, shown: 0 }, { status: 400, headers: cacheHeaders });
  }

  if (query.q) {
    const { hits, total } = await searchArchiveWithTotal(db, query.q, { limit: SEARCH_RESULTS_SHOWN });
    // The hits' own rows, as a list shows them, with the filters applied to them in SQL.
    const entries = new Map((await entryLinesByIds(db, hits.map((h) => h.entryId), filters)).map((e) => [e.id, e]));
    const results = hits.flatMap((hit): SearchResult[] => {
      const e = entries.get(hit.entryId);
      return e ? [{ year: e.year, slug: e.slug, result: e.result, organisation: hit.organisation, title: hit.title || null, snippet: hit.snippet, demo: e.demo }] : [];
    });
    return data({ ...base, ...none, mode: "search" as const, results, matched: total, shown: results.length }, { headers: cacheHeaders });
  }

  if (filtering) {
    const found = await listArchivePage(db, filters, { page: query.page ?? 1, perPage: ENTRIES_PER_PAGE });
    return data({ ...base, ...none, mode: "filtered" as const, entries: found.entries, page: found.page, totalPages: found.totalPages, matched: found.matched, shown: found.entries.length }, { headers: cacheHeaders });
  }

  const notes = new Map(awardYears.map((y) => [y.year, y.notes]));
  const [years, demoSections] = await Promise.all([summariseYears(db, realYears), summariseYears(db, demoYears)]);
  const withNotes = (s: (typeof years)[number]) => ({ summary: s, notes: notes.get(s.year) ?? null });
  return data({ ...base, ...none, mode: "browse" as const, years: years.map(withNotes), demoYears: demoSections.map(withNotes), matched: 0, shown: 0 }, { headers: cacheHeaders });
}

export default function Winners() {
  const page = useLoaderData<typeof loader>();
  const hrefFor = (n: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(page.filters)) if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
    if (n > 1) params.set("page", String(n));
    return `/winners?${params}`;
  };
  const first = (page.page - 1) * ENTRIES_PER_PAGE + 1;
  return (
    <GridRow>
      <GridColumn width="full">
        <ErrorSummary errors={page.errors} />
        <h1>Past winners since 2010</h1>
        <p className="nhsuk-lede-text">
          Every year's winner, highly commended entries and finalists of the HPMA award for partnership working between
          NHS employers and trade unions, with their case studies where we have them.
        </p>
        <p>
          Where a year's result is not in the SPF's records yet, it says so. The whole archive can be downloaded as{" "}
          <a href="/winners.csv">CSV</a> or <a href="/winners.json">JSON</a>, or followed as an <a href="/winners.atom">Atom feed</a>. <a href="/winners/charts">The archive in charts</a> shows it by year, region,
          organisation type and theme.
        </p>
        <SearchForm q={page.q} filters={page.filters} filtering={page.filtering} facets={page.facets} yearRange={page.yearRange} errors={page.errors} />

        {page.mode === "search" ? <SearchResults q={page.q!} matched={page.matched} shown={page.shown} results={page.results} /> : null}

        {page.mode === "filtered" ? (
          <>
            {page.matched === 0 ? (
              <p>No entries match these filters.</p>
            ) : (
              <p>
                {page.matched > MOST_ENTRIES_PAGED
                  ? `More than ${MOST_ENTRIES_PAGED.toLocaleString("en-GB")} entries match: showing ${first} to ${first + page.shown - 1} of the newest ${MOST_ENTRIES_PAGED.toLocaleString("en-GB")}. Narrow the filters or search to find others.`
                  : `${page.matched === 1 ? "1 entry matches" : `${page.matched.toLocaleString("en-GB")} entries match`}${page.totalPages > 1 ? `: showing ${first} to ${first + page.shown - 1}` : ""}.`}
              </p>
            )}
            <FilteredEntries entries={page.entries} />
            <Pagination page={page.page} totalPages={page.totalPages} hrefFor={hrefFor} />
          </>
        ) : null}

        {page.mode === "browse" ? (
          <>
            {page.years.map(({ summary, notes }) => (
              <YearSection key={summary.year} summary={summary} notes={notes} />
            ))}
            {page.demoYears.length > 0 ? (
              <section aria-labelledby="demo-years" className="nhsuk-u-margin-top-7">
                <h2 id="demo-years">Demo years</h2>
                <p>Fictional results published by the demo's award cycles, kept apart from the real record.</p>
                {page.demoYears.map(({ summary, notes }) => (
                  <YearSection key={summary.year} summary={summary} notes={notes} level={3} />
                ))}
              </section>
            ) : null}
          </>
        ) : null}
      </GridColumn>
    </GridRow>
  );
}
