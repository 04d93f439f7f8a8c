// The members of an entrant's organisation, for its approved members only: who they are, the
// requests to join waiting for a decision (approve or decline), and removing a member.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, NoticeSuccessBanner } from "~/components/forms";
import { JoinRequests, MemberList } from "~/components/organisation-members";
import { removalProblem } from "~/domain/memberships";
import { listOrganisationMembers } from "~/models/memberships.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { getDb } from "~/platform/db.server";
import { parseForm, readForm, invalid } from "~/request/forms.server";
import { MembershipActionSchema, membershipNotice, membershipNotices, runMembershipAction } from "~/request/membership-forms.server";
import { forbidden, requirePermission } from "~/request/permissions.server";
import { BackLink, Caption, GridColumn, GridRow } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: "Members of your organisation - HPMA Partnership Award" }];

const PAGE = "/organisation/members";

/** An entrant whose membership is approved; anyone else (a pending request among them) is refused. */
async function requireMember(request: Request) {
  const user = await requirePermission(request, "nominations:use");
  if (!user.organisation) forbidden();
  return { ...user, organisation: user.organisation };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireMember(request);
  const db = getDb();
  const [{ members, pending }, notice] = await Promise.all([
    listOrganisationMembers(db, user.organisation.id),
    // Only the decisions: the domain notice is the secretariat's page's.
    membershipNotices.kindFrom(request) === "domain" ? null : membershipNotice(db, request, user.organisation),
  ]);
  const mayRemove = removalProblem({ byAdmin: false, approvedMembers: members.length }) === null;
  return {
    notice,
    organisation: user.organisation.name,
    members: members.map((m) => ({
      membershipId: m.membershipId,
      name: m.name,
      email: m.email,
      since: formatUkDateTime(m.decidedAt ?? m.askedAt),
      canRemove: mayRemove,
      isYou: m.userId === user.id,
    })),
    requests: pending.map((m) => ({ membershipId: m.membershipId, name: m.name, email: m.email, since: formatUkDateTime(m.askedAt), canRemove: false })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireMember(request);
  const form = parseForm(MembershipActionSchema, await readForm(request));
  if (!form.ok) return invalid({ errors: { form: form.errors.intent ?? form.errors.membershipId ?? "Choose what to do" }, values: {} });
  return runMembershipAction(getDb(), { form: form.data, organisationId: user.organisation.id, actorUserId: user.id, bySecretariat: false, page: PAGE });
}

export default function OrganisationMembers() {
  const { organisation, members, requests, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <GridRow>
      <GridColumn width="full">
        <BackLink href="/nominations" client>
          Back to my nominations
        </BackLink>
        <ErrorSummary errors={actionData && "errors" in actionData ? actionData.errors : undefined} />
        {notice && !actionData ? <NoticeSuccessBanner notice={notice} /> : null}
        <Caption>{organisation}</Caption>
        <h1>Members of your organisation</h1>
        <p>
          Members can see, enter, submit and withdraw {organisation}&apos;s nominations. Approve a request only if you know the
          person works at {organisation}.
        </p>
        <JoinRequests requests={requests} organisationName={organisation} />
        <MemberList members={members} />
        {members.length <= 1 ? <p>You are the only member. To leave, ask the SPF secretariat to remove you.</p> : null}
      </GridColumn>
    </GridRow>
  );
}
