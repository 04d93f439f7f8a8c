// One year of the award: its results (a page of entries at a time, so a year with thousands of
// finalists costs what a small one does) and, where known, its ceremony.
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ResultTag, Source } from "~/components/archive";
import { listedYears } from "~/domain/archive";
import { Pagination, TwoThirds } from "~/components/nhsuk";
import { getAwardYear, listAwardYears } from "~/models/archive.server";
import { publishedEntryCounts, publishedLearningSummary } from "~/models/learning-summaries.server";
import { EntryCountsSection } from "~/components/entry-counts";
import { LearningSection } from "~/components/learning-summary";
import { archiveFacets, listArchivePage } from "~/models/archive-browse.server";
import { searchParamsObject, WinnersQuerySchema, YearParamSchema } from "~/request/archive-forms.server";
import { getDb } from "~/platform/db.server";
import { notFound } from "~/request/permissions.server";
import { cacheHeadersFrom, publicCacheHeaders } from "~/request/public-cache.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.year} results - Past winners - HPMA Partnership Award` : "Page not found - HPMA Partnership Award" },
];

export const headers: HeadersFunction = ({ loaderHeaders }) => cacheHeadersFrom(loaderHeaders);

const ENTRIES_PER_PAGE = 50;
const CEREMONY_DATE = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const parsed = YearParamSchema.safeParse(params.year);
  if (!parsed.success || String(parsed.data) !== params.year) notFound();
  const year = parsed.data;
  const db = getDb();
  // Caching headers first, before the data they describe (see winners._index.tsx).
  const cacheHeaders = await publicCacheHeaders(request, context, { sameForEveryone: true });
  const [facets, awardYears] = await Promise.all([archiveFacets(db), listAwardYears(db)]);
  const years = listedYears([...facets.years, ...awardYears.map((y) => y.year)], facets.years);
  if (!years.includes(year)) notFound();
  const requested = WinnersQuerySchema.parse(searchParamsObject(new URL(request.url))).page ?? 1;
  const [details, found, learning, entryCounts] = await Promise.all([
    getAwardYear(db, year),
    listArchivePage(db, { year }, { page: requested, perPage: ENTRIES_PER_PAGE }),
    // Only once the year's cycle is announced (publishedLearningSummary checks).
    publishedLearningSummary(db, year),
    // The same rule: counted only once the year's cycle is announced (publishedEntryCounts checks).
    publishedEntryCounts(db, year),
  ]);
  return data(
    {
      year,
      ceremony: details?.ceremony_date || details?.ceremony_place
        ? { date: details.ceremony_date ? CEREMONY_DATE.format(new Date(`${details.ceremony_date}T00:00:00Z`)) : null, place: details.ceremony_place }
        : null,
      notes: details?.notes ?? null,
      source: details?.source_note ?? null,
      sourceUrl: details?.source_url ?? null,
      entries: found.entries,
      // The winner is always on the first page (results are listed winner first).
      hasWinner: found.page === 1 ? found.entries.some((e) => e.result === "winner") : true,
      page: found.page,
      totalPages: found.totalPages,
      matched: found.matched,
      previous: years.includes(year - 1) ? year - 1 : null,
      next: years.includes(year + 1) ? year + 1 : null,
      learning,
      entryCounts,
    },
    { headers: cacheHeaders },
  );
}

export default function WinnersYear() {
  const y = useLoaderData<typeof loader>();
  const hasWinner = y.hasWinner;
  return (
    <TwoThirds>
      <nav className="nhsuk-breadcrumb" aria-label="Breadcrumb">
        <ol className="nhsuk-breadcrumb__list">
          <li className="nhsuk-breadcrumb__list-item">
            <Link className="nhsuk-breadcrumb__link" to="/">
              Home
            </Link>
          </li>
          <li className="nhsuk-breadcrumb__list-item">
            <Link className="nhsuk-breadcrumb__link" to="/winners">
              Past winners
            </Link>
          </li>
        </ol>
      </nav>
      <h1>{y.year} results</h1>
      {y.ceremony ? (
        <p className="nhsuk-lede-text">
          The award was presented
          {y.ceremony.date ? ` on ${y.ceremony.date}` : ""}
          {y.ceremony.place ? ` in ${y.ceremony.place}` : ""}.
        </p>
      ) : (
        <p>The date and place of this year's ceremony are not recorded yet.</p>
      )}
      {!hasWinner ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>This year's winner is not recorded in the archive yet.</p>
        </div>
      ) : null}
      {y.entries.map((e) => (
        <div className="nhsuk-card nhsuk-card--clickable" key={e.slug}>
          <div className="nhsuk-card__content">
            <p className="nhsuk-u-margin-bottom-2">
              <ResultTag result={e.result} demo={e.demo} />
            </p>
            <h2 className="nhsuk-card__heading nhsuk-heading-m">
              <Link className="nhsuk-card__link" to={`/winners/${y.year}/${e.slug}`}>
                {e.organisation}
              </Link>
            </h2>
            {e.title ? <p className="nhsuk-card__description">{e.title}</p> : null}
          </div>
        </div>
      ))}
      <Pagination page={y.page} totalPages={y.totalPages} hrefFor={(n) => (n > 1 ? `/winners/${y.year}?page=${n}` : `/winners/${y.year}`)} />
      {y.learning ? <LearningSection learning={y.learning} /> : null}
      {y.entryCounts ? <EntryCountsSection counts={y.entryCounts} year={y.year} isDemo={y.entryCounts.isDemo} /> : null}
      {y.notes ? <p>{y.notes}</p> : null}
      {y.source || y.sourceUrl ? (
        <p className="nhsuk-body-s">
          Source: <Source note={y.source} url={y.sourceUrl} />
        </p>
      ) : null}
      <nav className="nhsuk-pagination" role="navigation" aria-label="Other years">
        <ul className="nhsuk-list nhsuk-pagination__list">
          {y.previous ? (
            <li className="nhsuk-pagination-item--previous">
              <Link className="nhsuk-pagination__link nhsuk-pagination__link--prev" to={`/winners/${y.previous}`}>
                <span className="nhsuk-pagination__title">Previous</span>
                <span className="nhsuk-u-visually-hidden">:</span>
                <span className="nhsuk-pagination__page">{y.previous}</span>
              </Link>
            </li>
          ) : null}
          {y.next ? (
            <li className="nhsuk-pagination-item--next">
              <Link className="nhsuk-pagination__link nhsuk-pagination__link--next" to={`/winners/${y.next}`}>
                <span className="nhsuk-pagination__title">Next</span>
                <span className="nhsuk-u-visually-hidden">:</span>
                <span className="nhsuk-pagination__page">{y.next}</span>
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </TwoThirds>
  );
}
