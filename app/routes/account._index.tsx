// The signed-in user's own account: who they are, their roles and organisation.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { NoticeSuccessBanner } from "~/components/forms";
import { MEMBERSHIP_STATUS_LABELS } from "~/domain/memberships";
import { JUDGE_SIDE_LABELS, ROLE_LABELS } from "~/domain/permissions";
import { accountNotices } from "~/request/account-forms.server";
import { requireUser } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: "Your account - HPMA Partnership Award" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    notice: accountNotices.from(request),
    name: user.name,
    email: user.email,
    roles: user.roles.map((r) => ROLE_LABELS[r]),
    organisation: user.organisation?.name ?? null,
    organisationRequest: user.organisationRequest,
    membership: user.membershipRequest,
    judgeSide: user.judge ? JUDGE_SIDE_LABELS[user.judge.side] : null,
  };
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

export default function Account() {
  const account = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {account.notice ? <NoticeSuccessBanner notice={account.notice} /> : null}
        <h1>Your account</h1>
        <dl className="nhsuk-summary-list">
          <Row label="Name">{account.name}</Row>
          <Row label="Email address">{account.email}</Row>
          <Row label="Roles">{account.roles.length ? account.roles.join(", ") : "None"}</Row>
          {account.organisation ? <Row label="Organisation">{account.organisation}</Row> : null}
          {account.membership ? (
            <Row label="Organisation">
              {account.membership.organisationName} ({MEMBERSHIP_STATUS_LABELS[account.membership.status].toLowerCase()})
            </Row>
          ) : null}
          {account.organisationRequest ? (
            <Row label="Organisation">
              {account.organisationRequest.name} (
              {account.organisationRequest.status === "pending" ? "waiting for the SPF secretariat to add it" : account.organisationRequest.status})
            </Row>
          ) : null}
          {account.judgeSide ? <Row label="Judging for">{account.judgeSide}</Row> : null}
        </dl>
        <p>
          <Link to="/account/password">Change your password</Link>
        </p>
      </div>
    </div>
  );
}
