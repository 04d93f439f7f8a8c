// A published case study, in the SPF's case-study shape: readable, printable, and shareable (Open Graph).
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Paragraphs, ResultTag, Source } from "~/components/archive";
import { CASE_STUDY_SECTIONS, RESULT_LABELS } from "~/domain/archive";
import { ORGANISATION_TYPE_LABELS } from "~/domain/permissions";
import { getArchiveEntry } from "~/models/archive.server";
import { YearParamSchema } from "~/utils/archive-forms.server";
import { getDb } from "~/utils/db.server";
import { formatUkDate } from "~/utils/dates.server";
import { env } from "~/utils/env.server";
import { notFound } from "~/utils/permissions.server";
import { cacheHeadersFrom, publicCacheHeaders } from "~/utils/public-cache.server";

export const headers: HeadersFunction = ({ loaderHeaders }) => cacheHeadersFrom(loaderHeaders);

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const year = YearParamSchema.safeParse(params.year);
  if (!year.success || !params.slug) notFound();
  // Caching headers first, before the data they describe (see winners._index.tsx).
  const cacheHeaders = await publicCacheHeaders(request, context);
  const entry = await getArchiveEntry(getDb(), year.data, params.slug);
  if (!entry) notFound();
  const heading = entry.title ?? entry.organisation_name;
  return data(
    {
      url: `${env().APP_ORIGIN}/winners/${entry.year}/${entry.slug}`,
      year: entry.year,
      heading,
      organisation: entry.organisation_name,
      title: entry.title,
      result: entry.result,
      demo: entry.is_demo === 1,
      summary: entry.summary,
      sections: CASE_STUDY_SECTIONS.flatMap((s) => (entry[s.key] ? [{ heading: s.heading, text: entry[s.key]! }] : [])),
      themes: entry.themes,
      region: entry.region,
      organisationType: entry.organisation_type ? ORGANISATION_TYPE_LABELS[entry.organisation_type] : null,
      source: entry.source_note,
      sourceUrl: entry.source_url,
      version: entry.version,
      updated: formatUkDate(entry.updated_at),
    },
    { headers: cacheHeaders },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Page not found - HPMA Partnership Award" }];
  const title = `${data.heading} (${data.year} ${RESULT_LABELS[data.result].toLowerCase()}) - HPMA Partnership Award`;
  const description =
    data.summary ?? `${data.organisation}: ${RESULT_LABELS[data.result].toLowerCase()}, ${data.year} HPMA award for partnership working between employers and trade unions.`;
  return [
    { title },
    { name: "description", content: description },
    { property: "og:type", content: "article" },
    { property: "og:title", content: `${data.organisation}: ${data.heading}` },
    { property: "og:description", content: description },
    { property: "og:url", content: data.url },
    { property: "og:site_name", content: "HPMA Partnership Award" },
    { name: "twitter:card", content: "summary" },
    { tagName: "link", rel: "canonical", href: data.url },
  ];
};

export default function CaseStudy() {
  const c = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <nav className="nhsuk-breadcrumb" aria-label="Breadcrumb">
          <ol className="nhsuk-breadcrumb__list">
            <li className="nhsuk-breadcrumb__list-item">
              <Link className="nhsuk-breadcrumb__link" to="/winners">
                Past winners
              </Link>
            </li>
            <li className="nhsuk-breadcrumb__list-item">
              <Link className="nhsuk-breadcrumb__link" to={`/winners/${c.year}`}>
                {c.year}
              </Link>
            </li>
          </ol>
        </nav>
        <article>
          <p className="nhsuk-u-margin-bottom-2">
            <ResultTag result={c.result} demo={c.demo} /> <span className="nhsuk-u-secondary-text-color">HPMA partnership award {c.year}</span>
          </p>
          <h1>
            {c.title ? (
              <>
                <span className="nhsuk-caption-l">{c.organisation}</span>
                {c.title}
              </>
            ) : (
              c.organisation
            )}
          </h1>
          {c.summary ? <p className="nhsuk-lede-text">{c.summary}</p> : null}
          {c.sections.length > 0 ? (
            c.sections.map((s) => (
              <section key={s.heading}>
                <h2>{s.heading}</h2>
                <Paragraphs text={s.text} />
              </section>
            ))
          ) : (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>The full case study for this entry has not been added to the archive yet.</p>
            </div>
          )}
          <dl className="nhsuk-summary-list nhsuk-u-margin-top-6">
            {c.themes.length > 0 ? (
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Themes</dt>
                <dd className="nhsuk-summary-list__value">
                  {c.themes.map((t, i) => (
                    <span key={t}>
                      {i > 0 ? ", " : ""}
                      <Link to={`/winners?${new URLSearchParams({ theme: t })}`}>{t}</Link>
                    </span>
                  ))}
                </dd>
              </div>
            ) : null}
            {c.region ? (
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Region</dt>
                <dd className="nhsuk-summary-list__value">{c.region}</dd>
              </div>
            ) : null}
            {c.organisationType ? (
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Type of organisation</dt>
                <dd className="nhsuk-summary-list__value">{c.organisationType}</dd>
              </div>
            ) : null}
            {c.source || c.sourceUrl ? (
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Source</dt>
                <dd className="nhsuk-summary-list__value">
                  <Source note={c.source} url={c.sourceUrl} />
                </dd>
              </div>
            ) : null}
          </dl>
          <p className="nhsuk-body-s nhsuk-u-secondary-text-color">
            Last updated {c.updated}
            {c.version > 1 ? ` (version ${c.version})` : ""}.
          </p>
        </article>
      </div>
    </div>
  );
}
