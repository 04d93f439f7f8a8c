// The public archive in charts (issue 15, part 4): the winners, highly commended entries and
// finalists the archive records, by year, region, organisation type and theme. Server-rendered SVG,
// each with its table; no JavaScript. Demo entries are left out, gaps are said. Cached like every
// public page, following the archive's revision (decisions 008 and 032).
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Breadcrumb } from "~/components/admin";
import { rowsByGroup, rowsByYear } from "~/domain/archive-charts";
import { ORGANISATION_TYPE_LABELS } from "~/domain/vocabulary";
import { archiveCounts } from "~/models/archive-charts.server";
import { getDb } from "~/platform/db.server";
import { cacheHeadersFrom, publicCacheHeaders } from "~/request/public-cache.server";
import { ArchiveChart } from "./bar-chart";
import { TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [
  { title: "The archive in charts - Past winners - HPMA Partnership Award" },
  { name: "description", content: "Winners, highly commended entries and finalists of the HPMA partnership award by year, region, organisation type and theme." },
];

export const headers: HeadersFunction = ({ loaderHeaders }) => cacheHeadersFrom(loaderHeaders);

const typeLabel = (key: string) => ORGANISATION_TYPE_LABELS[key as keyof typeof ORGANISATION_TYPE_LABELS] ?? key;

export async function loader({ request, context }: LoaderFunctionArgs) {
  // Caching headers first, before the data they describe (see winners._index).
  const cacheHeaders = await publicCacheHeaders(request, context, { sameForEveryone: true });
  const counts = await archiveCounts(getDb());
  return data(
    {
      entries: counts.entries,
      byYear: rowsByYear(counts.byYear, counts.years),
      byRegion: rowsByGroup(counts.byRegion),
      byType: rowsByGroup(counts.byType, typeLabel),
      byTheme: rowsByGroup(counts.byTheme),
    },
    { headers: cacheHeaders },
  );
}

export default function ArchiveCharts() {
  const c = useLoaderData<typeof loader>();
  return (
    <TwoThirds>
      <Breadcrumb crumbs={[{ href: "/", label: "Home" }, { href: "/winners", label: "Past winners" }]} />
      <h1>The archive in charts</h1>
      <p className="nhsuk-lede-text">
        The {c.entries} winners, highly commended entries and finalists the archive records, by year, region, organisation type and theme.
      </p>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          These count only what the Social Partnership Forum&apos;s records show. They are not every nomination: entries that did not reach the final
          are not in the archive, and some years&apos; finalists are not recorded yet. Where an entry&apos;s region, type or theme is not recorded it is
          counted as &ldquo;Not recorded&rdquo;. Demo entries are left out.
        </p>
      </div>
      <nav aria-label="Charts on this page">
        <ul className="nhsuk-list">
          <li>
            <a href="#by-year">By year</a>
          </li>
          <li>
            <a href="#by-region">By region</a>
          </li>
          <li>
            <a href="#by-type">By organisation type</a>
          </li>
          <li>
            <a href="#by-theme">By theme</a>
          </li>
        </ul>
      </nav>
      <h2 id="by-year">By year</h2>
      <ArchiveChart id="year" title="Entries in the archive by year" groupHeader="Year" rows={c.byYear} emptyText="Not recorded yet" />
      <h2 id="by-region">By region</h2>
      <ArchiveChart id="region" title="Entries in the archive by region" groupHeader="Region" rows={c.byRegion} />
      <h2 id="by-type">By organisation type</h2>
      <ArchiveChart id="type" title="Entries in the archive by organisation type" groupHeader="Organisation type" rows={c.byType} />
      <h2 id="by-theme">By theme</h2>
      <p>An entry with several themes is counted under each of them.</p>
      <ArchiveChart id="theme" title="Entries in the archive by theme" groupHeader="Theme" rows={c.byTheme} />
      <p>
        <Link to="/winners">Back to past winners</Link>
      </p>
    </TwoThirds>
  );
}
