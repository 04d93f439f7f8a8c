// Accepting an invitation to judge or to administer. A new person chooses a password and is signed
// in; someone who already has an account gets the role added to it and signs in as usual.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, PrivacyNoticeLink, TextInput } from "~/components/forms";
import { SummaryList, TwoThirds } from "~/components/nhsuk";
import { JUDGE_SIDE_LABELS } from "~/domain/permissions";
import { passwordProblem } from "~/domain/password-policy";
import { acceptInvitation, findInvitationByToken } from "~/models/invitations.server";
import { findUserByEmail } from "~/models/users.server";
import { createUserSession } from "~/request/auth.server";
import { hashPassword } from "~/platform/crypto.server";
import { getDb } from "~/platform/db.server";
import { AcceptInvitationSchema, invitationTyped } from "~/request/account-forms.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";

export const meta: MetaFunction = () => [{ title: "Accept your invitation - HPMA Partnership Award" }];

export async function loader({ params }: LoaderFunctionArgs) {
  const db = getDb();
  const invitation = await findInvitationByToken(db, params.token ?? "");
  if (!invitation) return { status: "unknown" as const };
  if (invitation.status !== "pending") return { status: invitation.status };
  const hasAccount = Boolean(await findUserByEmail(db, invitation.email));
  return {
    status: "pending" as const,
    invitation: {
      name: invitation.name,
      email: invitation.email,
      role: invitation.role,
      side: invitation.side ? JUDGE_SIDE_LABELS[invitation.side] : null,
      organisationName: invitation.organisation_name,
    },
    hasAccount,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const db = getDb();
  const token = params.token ?? "";
  const invitation = await findInvitationByToken(db, token);
  if (!invitation || invitation.status !== "pending") return { problem: invitation?.status ?? "unknown" };
  const formData = await readForm(request);
  const hasAccount = Boolean(await findUserByEmail(db, invitation.email));
  const typed = invitationTyped(formData);
  let passwordHash: string | null = null;
  if (!hasAccount) {
    const parsed = parseForm(AcceptInvitationSchema, formData);
    const errors = parsed.ok ? {} : { ...parsed.errors };
    const problem = passwordProblem(typed.password, { email: invitation.email, name: typed.name ?? "" });
    if (problem) errors.password = problem;
    if (!parsed.ok || problem) return invalid({ errors, values: formValues(formData) });
    passwordHash = await hashPassword(typed.password);
  }
  const name = typed.name?.trim() || invitation.name;
  const accepted = await acceptInvitation(db, { token, name, passwordHash });
  if (!accepted.ok) return { problem: accepted.invitation };
  if (hasAccount) return redirect(`/login?${new URLSearchParams({ redirectTo: invitation.role === "judge" ? "/judging" : "/admin" })}`);
  const cookie = await createUserSession(accepted.userId);
  return redirect(invitation.role === "judge" ? "/judging" : "/admin", { headers: { "Set-Cookie": cookie } });
}

const PROBLEMS: Record<string, { title: string; body: string }> = {
  unknown: { title: "This invitation link is not valid", body: "Check you copied the whole link from the email." },
  accepted: { title: "This invitation has already been accepted", body: "Sign in with your email address and password." },
  expired: { title: "This invitation has expired", body: "Invitations last 7 days. Ask the SPF secretariat to invite you again." },
  revoked: { title: "This invitation has been withdrawn", body: "Contact the SPF secretariat if you think this is a mistake." },
};

export default function AcceptInvitation() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const problemKey = (actionData && "problem" in actionData ? actionData.problem : null) ?? (loaderData.status !== "pending" ? loaderData.status : null);
  if (problemKey || !("invitation" in loaderData) || !loaderData.invitation) {
    const problem = PROBLEMS[problemKey ?? "unknown"] ?? PROBLEMS.unknown;
    return (
      <TwoThirds>
        <h1>{problem.title}</h1>
        <p>{problem.body}</p>
        <p>
          <Link to="/login">Go to sign in</Link>
        </p>
      </TwoThirds>
    );
  }
  const { invitation, hasAccount } = loaderData;
  const failed = actionData && "errors" in actionData ? actionData : null;
  const errors = failed?.errors;
  const what = invitation.role === "judge" ? "judge the HPMA award for partnership working" : "help run the award as a member of the SPF secretariat";
  return (
    <TwoThirds>
      <ErrorSummary errors={errors} order={["name", "password"]} />
      <h1>Accept your invitation</h1>
      <p>
        You have been invited to {what}.
      </p>
      <SummaryList
        rows={[
          { key: "Email address", value: invitation.email },
          ...(invitation.side ? [{ key: "Judging for", value: `${invitation.side}${invitation.organisationName ? `, ${invitation.organisationName}` : ""}` }] : []),
        ]}
      />
      <PrivacyNoticeLink />
      <Form method="post" noValidate>
        {hasAccount ? (
          <p>You already have an account with this email address. Accept the invitation, then sign in as usual.</p>
        ) : (
          <>
            <TextInput name="name" label="Full name" autoComplete="name" error={errors?.name} defaultValue={failed?.values?.name ?? invitation.name} />
            <TextInput
              name="password"
              label="Create a password"
              type="password"
              autoComplete="new-password"
              hint="Use 12 characters or more. A good way to make a strong password is to use three random words."
              error={errors?.password}
            />
          </>
        )}
        <Button>Accept invitation</Button>
      </Form>
    </TwoThirds>
  );
}
