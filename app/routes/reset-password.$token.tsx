// Choosing a new password from an e-mailed link: the link works once, for an hour, and the change
// ends every session the user had and every other reset link (decision 019).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, TextInput } from "~/components/forms";
import { passwordProblem } from "~/domain/password-policy";
import { checkOneTimeToken } from "~/models/tokens.server";
import { resetPasswordWithLink } from "~/models/accounts.server";
import { getUserById } from "~/models/users.server";
import { hashPassword } from "~/platform/crypto.server";
import { getDb } from "~/platform/db.server";
import { ResetPasswordSchema, signInNotices } from "~/request/account-forms.server";
import { invalid, parseForm, readForm } from "~/request/forms.server";
import { TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: "Choose a new password - HPMA Partnership Award" }];

export async function loader({ params }: LoaderFunctionArgs) {
  const check = await checkOneTimeToken(getDb(), "password_reset_tokens", params.token ?? "");
  return { problem: check.ok ? null : check.link };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const db = getDb();
  const token = params.token ?? "";
  const check = await checkOneTimeToken(db, "password_reset_tokens", token);
  if (!check.ok) return { problem: check.link };
  const user = await getUserById(db, check.userId);
  if (!user) return { problem: "unknown" as const };
  const formData = await readForm(request);
  const parsed = parseForm(ResetPasswordSchema, formData);
  if (!parsed.ok) return invalid({ errors: parsed.errors, values: {} });
  const { password } = parsed.data;
  const problem = passwordProblem(password, { email: user.email, name: user.name });
  if (problem) return invalid({ errors: { password: problem }, values: {} });

  const used = await resetPasswordWithLink(db, { token, passwordHash: await hashPassword(password) });
  if (!used.ok) return { problem: used.link };
  return redirect(signInNotices.href("/login", "reset"));
}

export default function ResetPassword() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const problem = (actionData && "problem" in actionData ? actionData.problem : null) ?? loaderData.problem;
  if (problem) {
    return (
      <TwoThirds>
        <h1>{problem === "used" ? "This link no longer works" : problem === "expired" ? "This link has expired" : "This link is not valid"}</h1>
        <p>
          Links to reset a password work once, expire after 1 hour and stop working when the password is changed. <Link to="/forgot-password">Ask for a new link</Link>.
        </p>
      </TwoThirds>
    );
  }
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  return (
    <TwoThirds>
      <ErrorSummary errors={errors} />
      <h1>Choose a new password</h1>
      <Form method="post" noValidate>
        <TextInput
          name="password"
          label="New password"
          type="password"
          autoComplete="new-password"
          hint="Use 12 characters or more. A good way to make a strong password is to use three random words."
          error={errors?.password}
        />
        <Button>Save new password</Button>
      </Form>
    </TwoThirds>
  );
}
