// The secretariat's dashboard: what is waiting for them, and the way to each admin screen.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { adminTitle, Breadcrumb } from "~/components/admin";
import { countPendingInvitations } from "~/models/invitations.server";
import { listPendingMemberships } from "~/models/memberships.server";
import { countOrganisations, countPendingOrganisationRequests } from "~/models/organisations.server";
import { countUsers } from "~/models/users.server";
import { getDb } from "~/platform/db.server";
import { requireAdmin } from "~/request/permissions.server";
import { Caption } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: adminTitle() }];

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  const db = getDb();
  const [users, organisations, organisationRequests, joinRequests, invitations] = await Promise.all([
    countUsers(db),
    countOrganisations(db),
    countPendingOrganisationRequests(db),
    listPendingMemberships(db),
    countPendingInvitations(db),
  ]);
  // Both kinds of request wait on the one page: to add an organisation, and to join one.
  return { adminName: admin.name, counts: { users, organisations, organisationRequests: organisationRequests + joinRequests.length, invitations } };
}

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

export default function AdminDashboard() {
  const { adminName, counts } = useLoaderData<typeof loader>();
  const cards = [
    { href: "/admin/organisation-requests", title: "Organisation requests", text: `${plural(counts.organisationRequests, "request", "requests")} waiting for a decision` },
    { href: "/admin/invitations", title: "Invitations", text: `${plural(counts.invitations, "invitation", "invitations")} waiting to be accepted` },
    { href: "/admin/users", title: "Users", text: `${plural(counts.users, "account", "accounts")}: entrants, judges and admins` },
    { href: "/admin/organisations", title: "Organisations", text: `${plural(counts.organisations, "NHS organisation", "NHS organisations")} entrants can choose from` },
    { href: "/admin/cycles", title: "Award cycles", text: "Each year's dates, stages, criteria, deadline extensions and nominations" },
    { href: "/admin/archive", title: "Archive of winners", text: "Every year since 2010: fill the gaps, correct entries and see what changed" },
    { href: "/admin/audit", title: "Audit log", text: "Who changed what, and whether the log is intact" },
    { href: "/admin/outbox", title: "Outbox", text: "Every e-mail the service sends: sent, retrying or failed" },
    { href: "/admin/agreement", title: "Agreement between judges", text: "How far judges agree on each criterion, year by year" },
    { href: "/admin/judges", title: "Judge pool", text: "Every judge across the years: side, cycles judged and sheets submitted" },
  ];
  return (
    <>
      <Breadcrumb crumbs={[{ href: "/", label: "Home" }]} />
      <Caption>Signed in as {adminName}</Caption>
      <h1>Admin</h1>
      <p className="nhsuk-lede-text">Run the HPMA partnership award for the NHS Social Partnership Forum secretariat.</p>
      <ul className="nhsuk-grid-row nhsuk-card-group">
        {cards.map((card) => (
          <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={card.href}>
            <div className="nhsuk-card nhsuk-card--clickable">
              <div className="nhsuk-card__content">
                <h2 className="nhsuk-card__heading nhsuk-heading-m">
                  <a className="nhsuk-card__link" href={card.href}>
                    {card.title}
                  </a>
                </h2>
                <p className="nhsuk-card__description">{card.text}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
