// Asking for a password reset link. The answer is the same whether or not the address has an account.
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { Button, ErrorSummary, TextInput } from "~/components/forms";
import { requestPasswordReset } from "~/models/accounts.server";
import { getDb } from "~/platform/db.server";
import { ForgotPasswordSchema } from "~/request/account-forms.server";
import { invalid, parseForm, readForm } from "~/request/forms.server";
import { TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: "Reset your password - HPMA Partnership Award" }];

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const parsed = parseForm(ForgotPasswordSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  await requestPasswordReset(getDb(), { email: parsed.data.email });
  return { sentTo: parsed.data.email };
}

export default function ForgotPassword() {
  const actionData = useActionData<typeof action>();
  if (actionData && "sentTo" in actionData) {
    return (
      <TwoThirds>
        <h1>Check your email</h1>
        <p>
          If <strong>{actionData.sentTo}</strong> has an account, we have sent it a link to reset the password. The
          link expires in 1 hour.
        </p>
        <p>
          <Link to="/login">Go to sign in</Link>
        </p>
      </TwoThirds>
    );
  }
  const errors = actionData?.errors;
  return (
    <TwoThirds>
      <ErrorSummary errors={errors} />
      <h1>Reset your password</h1>
      <p>Enter the email address you registered with. We will send you a link to choose a new password.</p>
      <Form method="post" noValidate>
        <TextInput name="email" label="Email address" type="email" autoComplete="email" spellCheck={false} error={errors?.email} defaultValue={actionData?.values?.email} />
        <Button>Send me a link</Button>
      </Form>
    </TwoThirds>
  );
}
