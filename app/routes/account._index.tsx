// The signed-in user's own account: who they are, their roles and organisation; and for a judge,
// the expertise the secretariat uses to balance the panels (decision 039), which they may set.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, NoticeSuccessBanner } from "~/components/forms";
import { JudgeExpertiseForm } from "~/components/judge-expertise";
import { isExpertiseTag } from "~/domain/judge-expertise";
import { getJudgeExpertise, setJudgeExpertise } from "~/models/judge-pool.server";
import { getDb } from "~/platform/db.server";
import { invalid, readForm } from "~/request/forms.server";
import { parseExpertiseForm } from "~/request/judge-pool-forms.server";
import { SummaryList, TwoThirds, type SummaryRow } from "~/components/nhsuk";
import { MEMBERSHIP_STATUS_LABELS } from "~/domain/memberships";
import { JUDGE_SIDE_LABELS, ROLE_LABELS } from "~/domain/permissions";
import { accountNotices } from "~/request/account-forms.server";
import { requireUser } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: "Your account - HPMA Partnership Award" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const expertise = user.judge ? await getJudgeExpertise(getDb(), user.id) : undefined;
  return {
    expertise: expertise ?? null,
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

/** A judge sets their own expertise; nobody else has anything to post here. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  if (!user.judge) throw new Response("Only a judge can record expertise", { status: 403 });
  const parsed = parseExpertiseForm(await readForm(request));
  if (!parsed.ok) return invalid(parsed);
  await setJudgeExpertise(getDb(), { judgeId: user.id, tags: parsed.data.tags.filter(isExpertiseTag), note: parsed.data.note, actorUserId: user.id });
  return redirect(accountNotices.href("/account", "expertise"));
}

export default function Account() {
  const account = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: Partial<Record<string, string>> | undefined = actionData?.errors;
  const typed: Partial<Record<string, string>> | undefined = actionData?.values;
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
    <TwoThirds>
      <ErrorSummary errors={errors} order={["expertise", "expertiseNote"]} />
      {account.notice && !actionData ? <NoticeSuccessBanner notice={account.notice} /> : null}
      <h1>Your account</h1>
      <SummaryList rows={rows} />
      <p>
        <Link to="/account/password">Change your password</Link>
      </p>
      {account.expertise ? (
        <>
          <h2>Your expertise as a judge</h2>
          <p>The SPF secretariat sees this in its list of judges, to balance each panel. Entrants never see it.</p>
          <JudgeExpertiseForm
            whose="your"
            tags={typed?.expertise !== undefined ? typed.expertise.split(",").filter(Boolean) : account.expertise.tags}
            note={typed?.expertiseNote ?? account.expertise.note}
            errors={errors}
          />
        </>
      ) : null}
    </TwoThirds>
  );
}
