// Confirming an e-mail address from the link we sent. Opening the link only shows a button: mail
// scanners that fetch links must not use up the token.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/forms";
import { confirmEmailWithLink } from "~/models/accounts.server";
import { checkOneTimeToken } from "~/models/tokens.server";
import { getDb } from "~/platform/db.server";
import { signInNotices } from "~/request/account-forms.server";
import { TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: "Confirm your email address - HPMA Partnership Award" }];

export async function loader({ params }: LoaderFunctionArgs) {
  const check = await checkOneTimeToken(getDb(), "email_verification_tokens", params.token ?? "");
  return { problem: check.ok ? null : check.link };
}

export async function action({ params }: ActionFunctionArgs) {
  // A request to join an organisation counts from now: approved at once by the organisation's own
  // e-mail domain, or put to those who decide.
  const used = await confirmEmailWithLink(getDb(), { token: params.token ?? "" });
  if (!used.ok) return { problem: used.link };
  return redirect(signInNotices.href("/login", "confirmed"));
}

export default function ConfirmEmail() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const problem = actionData?.problem ?? loaderData.problem;
  if (problem) {
    return (
      <TwoThirds>
        <h1>{problem === "used" ? "This link has already been used" : problem === "expired" ? "This link has expired" : "This link is not valid"}</h1>
        <p>
          {problem === "used"
            ? "Your email address may already be confirmed. Try signing in."
            : "Sign in with your email address and password and we will send you a new link."}
        </p>
        <p>
          <Link to="/login">Go to sign in</Link>
        </p>
      </TwoThirds>
    );
  }
  return (
    <TwoThirds>
      <h1>Confirm your email address</h1>
      <p>Confirm that this is your email address to finish registering.</p>
      <Form method="post">
        <Button>Confirm my email address</Button>
      </Form>
    </TwoThirds>
  );
}
