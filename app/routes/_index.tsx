// The home page: what the award is, who judges it, and what a signed-in user can do next.
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { navigationFor } from "~/domain/permissions";
import { latestWinner } from "~/models/archive-browse.server";
import { getSessionUser } from "~/request/auth.server";
import { getDb } from "~/platform/db.server";
import { cacheHeadersFrom, publicCacheHeaders } from "~/request/public-cache.server";
import { Tag, TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [
  { title: "HPMA award for partnership working between employers and trade unions" },
  {
    name: "description",
    content:
      "The NHS Social Partnership Forum sponsors and judges the HPMA award for partnership working between NHS employers and trade unions.",
  },
];

export const headers: HeadersFunction = ({ loaderHeaders }) => cacheHeadersFrom(loaderHeaders);

export async function loader({ request, context }: LoaderFunctionArgs) {
  // Caching headers first, before the data they describe (see winners._index.tsx).
  const cacheHeaders = await publicCacheHeaders(request, context);
  const [user, winner] = await Promise.all([getSessionUser(request), latestWinner(getDb())]);
  return data(
    {
      user: user ? { name: user.name, links: navigationFor(user.roles) } : null,
      latestWinner: winner ? { year: winner.year, slug: winner.slug, organisation: winner.organisation, title: winner.title, demo: winner.demo } : null,
    },
    { headers: cacheHeaders },
  );
}

export default function Home() {
  const { user, latestWinner } = useLoaderData<typeof loader>();
  return (
    <TwoThirds>
      <h1>HPMA award for partnership working between employers and trade unions</h1>
      <p className="nhsuk-lede-text">
        Every year since 2010 the NHS Social Partnership Forum (SPF) has sponsored and judged this Healthcare
        People Management Association (HPMA) award. It recognises NHS organisations where employers and trade
        unions work together in genuine partnership for the benefit of staff and patients.
      </p>
      {user ? (
        <div className="nhsuk-card">
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading">Welcome back, {user.name}</h2>
            {user.links.length > 0 ? (
              <ul className="nhsuk-list">
                {user.links.map((l) => (
                  <li key={l.href}>
                    <a href={l.href}>{l.label}</a>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="nhsuk-card__description">Your account has no role yet.</p>
            )}
          </div>
        </div>
      ) : (
        <p>
          <a className="nhsuk-button" href="/register" role="button" draggable="false">
            Register to enter the award
          </a>
        </p>
      )}
      <h2>Who can enter</h2>
      <p>
        NHS organisations enter online. An entry describes one partnership initiative and gives evidence against
        the award's criteria. It must be endorsed by both the employer lead and the staff-side (trade union) lead.
      </p>
      <h2>What the judges look for</h2>
      <ol className="nhsuk-list nhsuk-list--number">
        <li>Genuine partnership from the outset, not just collaboration.</li>
        <li>Measurable and sustainable impact for the benefit of staff.</li>
        <li>Lessons learned, and whether the work can be scaled up or replicated elsewhere.</li>
      </ol>
      <h2>Who judges it</h2>
      <p>
        Judges are drawn from the SPF's partners: employer-side and trade union (staff-side) representatives, with
        government and national bodies. They score entries without knowing which organisation sent them.
        Shortlisted finalists present to the judging panel, and the winner is announced at the HPMA awards
        ceremony.
      </p>
      <h2>Past winners</h2>
      {latestWinner ? (
        <div className="nhsuk-card nhsuk-card--clickable">
          <div className="nhsuk-card__content">
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
              Latest winner in the archive: {latestWinner.year}
              {latestWinner.demo ? (
                <>
                  {" "}
                  <Tag colour="orange">Demo</Tag>
                </>
              ) : null}
            </p>
            <h3 className="nhsuk-card__heading nhsuk-heading-m">
              <Link className="nhsuk-card__link" to={`/winners/${latestWinner.year}/${latestWinner.slug}`}>
                {latestWinner.organisation}
              </Link>
            </h3>
            {latestWinner.title ? <p className="nhsuk-card__description">{latestWinner.title}</p> : null}
          </div>
        </div>
      ) : null}
      <p>
        <Link to="/winners">Browse and search every year's winners since 2010</Link>
      </p>
    </TwoThirds>
  );
}
