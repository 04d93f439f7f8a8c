// The public archive: every year since the award began, newest first, with its winner and other
// results, honest about the years nothing is recorded for; filters, and a full-text search.
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { MarkedText, ResultTag } from "~/components/archive";
import { listedYears, RESULT_ORDER } from "~/domain/archive";
import { ORGANISATION_TYPE_LABELS } from "~/domain/permissions";
import { archiveFacets, getArchiveEntriesByIds, listArchiveEntries, listAwardYears, type ArchiveFilters } from "~/models/archive.server";
import { searchArchiveWithTotal } from "~/models/archive-search.server";
import { searchParamsObject, WinnersQuerySchema } from "~/request/archive-forms.server";
import { getDb } from "~/platform/db.server";
import { cacheHeadersFrom, publicCacheHeaders } from "~/request/public-cache.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.q ? `Search results for ${data.q.slice(0, 60)} - Past winners - HPMA Partnership Award` : "Past winners since 2010 - HPMA Partnership Award" },
  { name: "description", content: "Every winner, highly commended entry and finalist of the HPMA award for partnership working between NHS employers and trade unions since 2010." },
  { tagName: "link", rel: "alternate", type: "application/atom+xml", title: "HPMA partnership award winners", href: "/winners.atom" },
];

export const headers: HeadersFunction = ({ loaderHeaders }) => cacheHeadersFrom(loaderHeaders);

const MAX_FINALISTS_LISTED = 6;
const MAX_FILTERED = 200;
const SEARCH_RESULTS_SHOWN = 20;

type EntrySummary = { year: number; slug: string; result: "winner" | "highly_commended" | "finalist"; organisation: string; title: string | null; demo: boolean };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const query = WinnersQuerySchema.parse(searchParamsObject(url));
  const db = getDb();
  const filters: ArchiveFilters = {
    theme: query.theme,
    region: query.region,
    organisationType: query.type,
    fromYear: query.from,
    toYear: query.to,
  };
  const filtering = Object.values(filters).some((v) => v !== undefined);
  // The caching headers are read first: a page built from newer data than its revision says is only
  // rebuilt once more, while the reverse would keep a stale page cached as current.
  const cacheHeaders = await publicCacheHeaders(request, context);
  const [facets, awardYears] = await Promise.all([archiveFacets(db), listAwardYears(db)]);
  const allYears = listedYears([...facets.years, ...awardYears.map((y) => y.year)], facets.years);
  const base = { filters: { ...query, q: undefined }, filtering, facets, yearRange: allYears, q: query.q ?? null };

  if (query.q) {
    const { hits, total } = await searchArchiveWithTotal(db, query.q, { limit: SEARCH_RESULTS_SHOWN });
    const entries = new Map((await getArchiveEntriesByIds(db, hits.map((h) => h.entryId))).map((e) => [e.id, e]));
    const results = hits.flatMap((hit) => {
      const e = entries.get(hit.entryId);
      if (!e) return [];
      if (filters.theme && !e.themes.includes(filters.theme)) return [];
      if (filters.region && e.region !== filters.region) return [];
      if (filters.organisationType && e.organisation_type !== filters.organisationType) return [];
      if (filters.fromYear && e.year < filters.fromYear) return [];
      if (filters.toYear && e.year > filters.toYear) return [];
      return [{ year: e.year, slug: e.slug, result: e.result, organisation: hit.organisation, title: hit.title || null, snippet: hit.snippet, demo: e.is_demo === 1 }];
    });
    return data({ ...base, mode: "search" as const, results, years: [], matched: total, shown: results.length }, { headers: cacheHeaders });
  }

  const matching = await listArchiveEntries(db, filters);
  // Filters can match most of a large archive: show the first so many, and say how many there are.
  const entries = filtering ? matching.slice(0, MAX_FILTERED) : matching;
  const byYear = new Map<number, EntrySummary[]>();
  for (const e of entries) {
    byYear.set(e.year, [...(byYear.get(e.year) ?? []), { year: e.year, slug: e.slug, result: e.result, organisation: e.organisation_name, title: e.title, demo: e.is_demo === 1 }]);
  }
  const notes = new Map(awardYears.map((y) => [y.year, y.notes]));
  const years = allYears
    .filter((y) => (filtering ? byYear.has(y) : true))
    .map((year) => {
      const all = (byYear.get(year) ?? []).sort((a, b) => RESULT_ORDER[a.result] - RESULT_ORDER[b.result]);
      // A year with many finalists lists them on its own page, so this page stays short however big the archive grows.
      const finalists = all.filter((e) => e.result === "finalist");
      const listed = finalists.length > MAX_FINALISTS_LISTED ? all.filter((e) => e.result !== "finalist") : all;
      return { year, entries: listed, moreFinalists: listed === all ? 0 : finalists.length, notes: notes.get(year) ?? null };
    });
  return data({ ...base, mode: "browse" as const, results: [], years, matched: matching.length, shown: entries.length }, { headers: cacheHeaders });
}

function EntryLink({ entry }: { entry: EntrySummary }) {
  return (
    <Link to={`/winners/${entry.year}/${entry.slug}`}>
      {entry.organisation}
      {entry.title ? `: ${entry.title}` : ""}
    </Link>
  );
}

export default function Winners() {
  const page = useLoaderData<typeof loader>();
  const { facets, filters, yearRange } = page;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Past winners since 2010</h1>
        <p className="nhsuk-lede-text">
          Every year's winner, highly commended entries and finalists of the HPMA award for partnership working between
          NHS employers and trade unions, with their case studies where we have them.
        </p>
        <p>
          Where a year's result is not in the SPF's records yet, it says so. The whole archive can be downloaded as{" "}
          <a href="/winners.csv">CSV</a> or <a href="/winners.json">JSON</a>, or followed as an <a href="/winners.atom">Atom feed</a>.
        </p>

        <search>
          <Form method="get" action="/winners" className="nhsuk-u-margin-bottom-5">
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-label--s" htmlFor="q">
                Search the archive
              </label>
              <div className="nhsuk-hint" id="q-hint">
                Search by organisation, initiative or anything in a case study
              </div>
              <input className="nhsuk-input nhsuk-input--width-30" id="q" name="q" type="search" defaultValue={page.q?.slice(0, 200) ?? ""} aria-describedby="q-hint" />
            </div>
            <details className="nhsuk-details" open={page.filtering}>
              <summary className="nhsuk-details__summary">
                <span className="nhsuk-details__summary-text">Filter by theme, region, type of organisation or year</span>
              </summary>
              <div className="nhsuk-details__text">
                <div className="nhsuk-grid-row">
                  <div className="nhsuk-grid-column-one-half">
                    <FilterSelect name="theme" label="Theme" value={filters.theme} options={facets.themes.map((t) => ({ value: t, label: t }))} />
                    <FilterSelect name="region" label="Region" value={filters.region} options={facets.regions.map((r) => ({ value: r, label: r }))} />
                    <FilterSelect
                      name="type"
                      label="Type of organisation"
                      value={filters.type}
                      options={facets.organisationTypes.map((t) => ({ value: t, label: ORGANISATION_TYPE_LABELS[t] }))}
                    />
                  </div>
                  <div className="nhsuk-grid-column-one-half">
                    <FilterSelect name="from" label="From year" value={filters.from?.toString()} options={[...yearRange].reverse().map((y) => ({ value: String(y), label: String(y) }))} />
                    <FilterSelect name="to" label="To year" value={filters.to?.toString()} options={yearRange.map((y) => ({ value: String(y), label: String(y) }))} />
                  </div>
                </div>
              </div>
            </details>
            <button className="nhsuk-button" data-module="nhsuk-button" type="submit">
              Search
            </button>{" "}
            {page.q || page.filtering ? (
              <Link to="/winners" className="nhsuk-u-margin-left-3">
                Clear search and filters
              </Link>
            ) : null}
          </Form>
        </search>

        {page.mode === "search" ? (
          <section aria-labelledby="results-heading">
            <h2 id="results-heading">
              {page.matched === 0 ? "No results" : page.matched === 1 ? "1 result" : `${page.matched} results`} for “
              {page.q!.length > 100 ? `${page.q!.slice(0, 100)}…` : page.q}”
            </h2>
            {page.matched > page.shown ? <p>The best {page.shown} are shown. Add words or filters to narrow the search.</p> : null}
            {page.results.length === 0 ? (
              <p>{page.matched > 0 ? "None of them match the filters." : "Check the spelling, or try fewer or different words."}</p>
            ) : (
              <ul className="nhsuk-list">
                {page.results.map((r) => (
                  <li key={`${r.year}/${r.slug}`} className="nhsuk-u-margin-bottom-5">
                    <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
                      <Link to={`/winners/${r.year}/${r.slug}`}>
                        <MarkedText text={r.organisation} />
                        {r.title ? (
                          <>
                            : <MarkedText text={r.title} />
                          </>
                        ) : null}
                      </Link>
                    </h3>
                    <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
                      {r.year} <ResultTag result={r.result} demo={r.demo} />
                    </p>
                    {r.snippet ? (
                      <p className="nhsuk-body-s">
                        <MarkedText text={r.snippet} />
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : (
          <>
            {page.filtering && page.years.length === 0 ? <p>No entries match these filters.</p> : null}
            {page.shown < page.matched ? (
              <p>
                Showing the newest {page.shown} of {page.matched} matching entries. Narrow the filters or search to find others.
              </p>
            ) : null}
            {page.years.map(({ year, entries, moreFinalists, notes }) => {
              const hasWinner = entries.some((e) => e.result === "winner");
              return (
                <section key={year} aria-labelledby={`year-${year}`} className="nhsuk-u-margin-bottom-6">
                  <h2 id={`year-${year}`} className="nhsuk-heading-m nhsuk-u-margin-bottom-3">
                    <Link to={`/winners/${year}`}>{year}</Link>
                  </h2>
                  {!hasWinner && !page.filtering ? <p className="nhsuk-u-secondary-text-color">Winner: not recorded yet</p> : null}
                  {entries.length > 0 ? (
                    <ul className="nhsuk-list">
                      {entries.map((e) => (
                        <li key={e.slug}>
                          <ResultTag result={e.result} demo={e.demo} /> <EntryLink entry={e} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {moreFinalists > 0 ? (
                    <p>
                      <Link to={`/winners/${year}`}>
                        {moreFinalists} finalists<span className="nhsuk-u-visually-hidden"> in {year}</span>
                      </Link>
                    </p>
                  ) : null}
                  {notes && !page.filtering ? <p className="nhsuk-body-s">{notes}</p> : null}
                </section>
              );
            })}
          </>
        )}
      </div>
    </div>
  );
}

function FilterSelect({ name, label, value, options }: { name: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label" htmlFor={name}>
        {label}
      </label>
      <select className="nhsuk-select" id={name} name={name} defaultValue={value ?? ""}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
