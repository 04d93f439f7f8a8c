// The signed-in user's own account: who they are, their roles and organisation.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { NoticeSuccessBanner } from "~/components/forms";
import { SummaryList, type SummaryRow } from "~/components/nhsuk";
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

export default function Account() {
  const account = useLoaderData<typeof loader>();
  const rows: SummaryRow[] = [
    { key: "Name", value: account.name },
    { key: "Email address", value: account.email },
    { key: "Roles", value: account.roles.length ? account.roles.join(", ") : "None" },
  ];
  if (account.organisation) rows.push({ key: "Organisation", value: account.organisation });
  if (account.membership) {
    const status = MEMBERSHIP_STATUS_LABELS[account.membership.status].toLowerCase();
    rows.push({ key: "Organisation", value: `${account.membership.organisationName} (${status})` });
  }
  if (account.organisationRequest) {
    const { name, status } = account.organisationRequest;
    rows.push({ key: "Organisation", value: `${name} (${status === "pending" ? "waiting for the SPF secretariat to add it" : status})` });
  }
  if (account.judgeSide) rows.push({ key: "Judging for", value: account.judgeSide });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {account.notice ? <NoticeSuccessBanner notice={account.notice} /> : null}
        <h1>Your account</h1>
        <SummaryList rows={rows} />
        <p>
          <Link to="/account/password">Change your password</Link>
        </p>
      </div>
    </div>
  );
}
