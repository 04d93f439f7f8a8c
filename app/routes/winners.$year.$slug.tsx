// A published case study, in the SPF's case-study shape: readable, printable, and shareable (Open Graph).
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CaseStudyBody } from "~/components/archive";
import { caseStudyContent, RESULT_LABELS } from "~/domain/archive";
import { getArchiveEntry } from "~/models/archive.server";
import { YearParamSchema } from "~/request/archive-forms.server";
import { getDb } from "~/platform/db.server";
import { formatUkDate } from "~/domain/uk-time";
import { env } from "~/platform/env.server";
import { notFound } from "~/request/permissions.server";
import { cacheHeadersFrom, publicCacheHeaders } from "~/request/public-cache.server";
import { TwoThirds } from "~/components/nhsuk";

export const headers: HeadersFunction = ({ loaderHeaders }) => cacheHeadersFrom(loaderHeaders);

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const year = YearParamSchema.safeParse(params.year);
  if (!year.success || !params.slug) notFound();
  // Caching headers first, before the data they describe (see winners._index.tsx).
  const cacheHeaders = await publicCacheHeaders(request, context, { sameForEveryone: true });
  const entry = await getArchiveEntry(getDb(), year.data, params.slug);
  if (!entry) notFound();
  const heading = entry.title ?? entry.organisation_name;
  return data(
    {
      ...caseStudyContent(entry),
      url: `${env().APP_ORIGIN}/winners/${entry.year}/${entry.slug}`,
      heading,
      demo: entry.is_demo === 1,
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
    <TwoThirds>
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
        <CaseStudyBody c={c} demo={c.demo} level={1} linkThemes />
        <p className="nhsuk-body-s nhsuk-u-secondary-text-color">
          Last updated {c.updated}
          {c.version > 1 ? ` (version ${c.version})` : ""}.
        </p>
      </article>
    </TwoThirds>
  );
}
