// The home page: what the award is, who judges it, and what a signed-in user can do next.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { navigationFor } from "~/domain/permissions";
import { getSessionUser } from "~/utils/auth.server";

export const meta: MetaFunction = () => [
  { title: "HPMA award for partnership working between employers and trade unions" },
  {
    name: "description",
    content:
      "The NHS Social Partnership Forum sponsors and judges the HPMA award for partnership working between NHS employers and trade unions.",
  },
];

/** From the SPF's own pages (../shared/reference): only what they record. */
const PAST_WINNERS: { year: number; winner: string; initiative: string | null }[] = [
  { year: 2019, winner: "The Hillingdon Hospitals NHS Foundation Trust", initiative: null },
  { year: 2018, winner: "Mersey Care NHS Foundation Trust", initiative: "implementation of a just and learning culture" },
  { year: 2017, winner: "Norfolk and Norwich University Hospitals NHS Foundation Trust", initiative: "a person-centred approach to managing sickness" },
  { year: 2016, winner: "Somerset Partnership NHS Foundation Trust", initiative: "'See Something, Say Something' campaign" },
  { year: 2015, winner: "Guy's and St Thomas' NHS Foundation Trust", initiative: "'Passport to Management' programme" },
  { year: 2014, winner: "Business Services Organisation and Trade Unions", initiative: "LGBT-inclusive workplaces" },
  { year: 2013, winner: "West Dunbartonshire", initiative: "an integrated Health and Social Care Partnership" },
  { year: 2012, winner: "Bradford District Care Trust", initiative: "Learning Disabilities Transition Programme" },
  { year: 2011, winner: "NHS Norfolk", initiative: "'Back to basics' partnership principles" },
  { year: 2010, winner: "St George's Healthcare NHS Trust", initiative: "building a respectful and passionate workplace" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  return { user: user ? { name: user.name, links: navigationFor(user.roles) } : null };
}

export default function Home() {
  const { user } = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
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
        <h2 id="past-winners">Past winners</h2>
        <p>The winners known from the SPF's public records. A searchable archive with every year's case studies is being added to this service.</p>
        <ul className="nhsuk-list nhsuk-list--bullet" aria-labelledby="past-winners">
          {PAST_WINNERS.map((w) => (
            <li key={w.year}>
              <strong>{w.year}</strong>: {w.winner}
              {w.initiative ? `, ${w.initiative}` : ""}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
