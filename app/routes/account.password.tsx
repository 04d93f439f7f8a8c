// Changing one's password: the current one is asked for, every other session is ended, and this one
// is replaced by a new one (a new id), so the user stays signed in.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { Button, ErrorSummary, TextInput } from "~/components/forms";
import { passwordProblem } from "~/domain/password-policy";
import { changePassword } from "~/models/accounts.server";
import { getUserById } from "~/models/users.server";
import { currentSessionId, newSession } from "~/request/auth.server";
import { hashPassword, verifyPassword } from "~/platform/crypto.server";
import { getDb } from "~/platform/db.server";
import { accountNotices, ChangePasswordSchema } from "~/request/account-forms.server";
import { invalid, parseForm, readForm } from "~/request/forms.server";
import { requireUser } from "~/request/permissions.server";
import { BackLink, TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: "Change your password - HPMA Partnership Award" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const sessionUser = await requireUser(request);
  const db = getDb();
  const user = await getUserById(db, sessionUser.id);
  if (!user) throw redirect("/login");
  const formData = await readForm(request);
  const parsed = parseForm(ChangePasswordSchema, formData);
  if (!parsed.ok) return invalid({ errors: parsed.errors, values: {} });
  const { password: current, newPassword: next } = parsed.data;
  const errors: Record<string, string> = {};
  if (!current) errors.password = "Enter your current password";
  else if (current.length > 1000 || !(await verifyPassword(current, user.password_hash))) errors.password = "Your current password is not correct";
  const problem = passwordProblem(next, { email: user.email, name: user.name });
  if (problem) errors.newPassword = problem;
  else if (next === current) errors.newPassword = "Your new password must be different from your current password";
  if (Object.keys(errors).length > 0) return invalid({ errors, values: {} });

  // The session is rotated (a new id, the old one ended with every other): the user stays signed in.
  const session = newSession();
  await changePassword(db, { userId: user.id, passwordHash: await hashPassword(next), replacing: currentSessionId(request), session });
  return redirect(accountNotices.href("/account", "password-changed"), { headers: { "Set-Cookie": session.cookie } });
}

export default function ChangePassword() {
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  return (
    <TwoThirds>
      <BackLink href="/account" client>
        Back to your account
      </BackLink>
      <ErrorSummary errors={errors} order={["password", "newPassword"]} />
      <h1>Change your password</h1>
      <Form method="post" noValidate>
        <TextInput name="password" label="Current password" type="password" autoComplete="current-password" error={errors?.password} />
        <TextInput
          name="newPassword"
          label="New password"
          type="password"
          autoComplete="new-password"
          hint="Use 12 characters or more. Changing your password signs you out on every other device."
          error={errors?.newPassword}
        />
        <Button>Change password</Button>
      </Form>
    </TwoThirds>
  );
}
