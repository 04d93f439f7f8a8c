// Sign in. Failures are throttled per e-mail and address, per address, and per e-mail but not from a
// device the account has signed in on (decision 041); the message never says whether the e-mail has an account.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, NoticeSuccessBanner, TextInput } from "~/components/forms";
import { navigationFor } from "~/domain/permissions";
import { signIn } from "~/models/accounts.server";
import { getSessionUserDetails } from "~/models/users.server";
import { demoLogins, DEMO_PASSWORD } from "~/domain/demo-accounts";
import { newSession } from "~/request/auth.server";
import { deviceCookie, deviceCookieUserId } from "~/request/device-cookie.server";
import { getDb } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { LoginSchema, signInNotices } from "~/request/account-forms.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { requireAnonymous, safeRedirect } from "~/request/permissions.server";
import { Table, TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: "Sign in - HPMA Partnership Award" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const url = new URL(request.url);
  return {
    redirectTo: safeRedirect(url.searchParams.get("redirectTo"), ""),
    notice: signInNotices.from(url),
    demo: env().DEMO_DATA ? { password: DEMO_PASSWORD, logins: demoLogins() } : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const parsed = parseForm(LoginSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const { email, password, redirectTo } = parsed.data;
  const db = getDb();
  const session = newSession();
  const ip = context.clientAddress ?? "unknown";
  const result = await signIn(db, { email, password, ip, session, deviceUserId: deviceCookieUserId(request) });
  if (result.outcome === "throttled") {
    return data(
      {
        errors: { email: "You have tried to sign in too many times. Wait 15 minutes, then try again, or reset your password." } as Record<string, string>,
        values: formValues(formData),
      },
      { status: 429 },
    );
  }
  if (result.outcome === "refused") {
    return invalid({ errors: { email: "Enter a correct email address and password" }, values: formValues(formData) });
  }
  if (result.outcome === "unconfirmed") {
    // Only someone who knows the password learns this, so it reveals nothing to a stranger.
    return invalid({
      errors: { email: "Confirm your email address before you sign in. We have sent you a new link." },
      values: formValues(formData),
    });
  }
  const details = await getSessionUserDetails(db, result.user);
  const home = navigationFor(details.roles)[0]?.href ?? "/";
  // The session, and this device's cookie for the account (a new nonce at every sign-in).
  const headers = new Headers([
    ["Set-Cookie", session.cookie],
    ["Set-Cookie", deviceCookie(result.user.id)],
  ]);
  return redirect(safeRedirect(redirectTo, home), { headers });
}

export default function Login() {
  const { redirectTo, notice, demo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const values = actionData?.values ?? {};
  return (
    <TwoThirds>
      {notice && !errors ? <NoticeSuccessBanner notice={notice} /> : null}
      <ErrorSummary errors={errors} order={["email", "password"]} />
      <h1>Sign in</h1>
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextInput name="email" label="Email address" type="email" autoComplete="email" spellCheck={false} error={errors?.email} defaultValue={values.email} />
        <TextInput name="password" label="Password" type="password" autoComplete="current-password" error={errors?.password} />
        <Button>Sign in</Button>
      </Form>
      <p>
        <Link to="/forgot-password">I have forgotten my password</Link>
      </p>
      <p>
        New to the award? <Link to="/register">Register to enter</Link>. Judges and the SPF secretariat join by
        invitation.
      </p>
      {demo ? (
        <details className="nhsuk-details" open>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Demo logins</span>
          </summary>
          <div className="nhsuk-details__text">
            <p>
              This is a demonstration site. Every demo account has the password <strong>{demo.password}</strong>.
            </p>
            <Table
              caption="Demo accounts"
              className="app-demo-logins"
              cellClasses
              rows={demo.logins}
              rowKey={(l) => l.email}
              columns={[
                { header: "Email address", cell: (l) => l.email },
                { header: "Account", cell: (l) => l.role },
              ]}
            />
          </div>
        </details>
      ) : null}
    </TwoThirds>
  );
}
