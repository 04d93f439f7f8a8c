// Entrant registration: an account for someone at an NHS organisation, confirmed by an e-mailed link.
// The organisation is chosen from the national register with the organisation picker (open ones
// only); one not in the register is requested here and approved by an admin.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { OrganisationPicker, OrganisationSearchForm, RegisterAttribution } from "~/components/organisation-picker";
import { Button, ErrorSummary, PrivacyNoticeLink, TextInput } from "~/components/forms";
import { TwoThirds } from "~/components/nhsuk";
import { joinRequestMessage } from "~/domain/memberships";
import { passwordProblem } from "~/domain/password-policy";
import { registerEntrant } from "~/models/accounts.server";
import { countRegistrationAttempt } from "~/models/registration-attempts.server";
import { hashPassword } from "~/platform/crypto.server";
import { getDb } from "~/platform/db.server";
import { RegisterSchema } from "~/request/account-forms.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { chosenOrganisation, pickerSearch } from "~/request/organisation-picker.server";
import { requireAnonymous } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: "Register - HPMA Partnership Award" }];

const NOT_LISTED = "not-listed";
const FIELD_ORDER = ["organisationId", "organisationName", "name", "email", "password"];
const SEARCH_FORM = "organisation-search";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  // Only the register's matches for what was searched: never a list of the organisations we hold.
  return { picker: await pickerSearch(getDb(), request, "organisationId") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const db = getDb();
  const formData = await readForm(request);
  const parsed = parseForm(RegisterSchema, formData);
  const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.errors };
  const raw = Object.fromEntries([...formData.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""]));

  let organisationId: number | null = null;
  let organisationName = "";
  let requestedOrganisationName: string | null = null;
  if (raw.organisationId === NOT_LISTED) {
    requestedOrganisationName = (raw.organisationName ?? "").trim();
    if (!requestedOrganisationName) errors.organisationName ??= "Enter the name of your organisation";
  } else if (raw.organisationId) {
    const chosen = await chosenOrganisation(db, raw.organisationId, {
      allowClosed: false,
      missing: "Select your organisation",
      closed: "you cannot register with a closed organisation. Choose the organisation you work for now",
    });
    if (chosen.ok) {
      organisationId = chosen.organisation.id;
      organisationName = chosen.organisation.name;
    } else errors.organisationId = chosen.error;
  }
  const problem = passwordProblem(raw.password ?? "", { email: raw.email, name: raw.name });
  if (problem) errors.password ??= problem;

  if (!parsed.ok || Object.keys(errors).length > 0) return invalid({ errors, values: formValues(formData) });
  // Throttled per client address (decision 041), whoever the address belongs to, before the hashing.
  if (!(await countRegistrationAttempt(db, { ip: context.clientAddress ?? "unknown" }))) {
    const errors = { email: "You have registered too many times from this network. Wait an hour, then try again." } as Record<string, string>;
    return data({ errors, values: formValues(formData) }, { status: 429 });
  }
  const { name, email, password } = parsed.data;
  // What the person is told is the same whoever they are and whatever the organisation: it never says
  // whether the address has an account, or whether the organisation has members or has entered.
  const sent = { sentTo: email, organisation: requestedOrganisationName ?? organisationName, listed: requestedOrganisationName === null };

  // The slow part (hashing) is done for a known address too, so the answer takes as long either way;
  // the owner of a known address is told by e-mail instead.
  const passwordHash = await hashPassword(password);
  await registerEntrant(db, { name, email, passwordHash, organisationId, requestedOrganisationName });
  return sent;
}

export default function Register() {
  const { picker } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const failed = actionData && "errors" in actionData ? actionData : null;
  const values = failed?.values ?? {};
  const errors = failed?.errors;

  if (actionData && "sentTo" in actionData) {
    return (
      <TwoThirds>
        <h1>Check your email</h1>
        <p>
          We have sent an email to <strong>{actionData.sentTo}</strong>. Open the link in it to confirm your email
          address, then sign in.
        </p>
        <p>The link expires in 7 days. If the email has not arrived in a few minutes, check your junk folder.</p>
        <p>
          {actionData.listed
            ? joinRequestMessage(actionData.organisation)
            : `Your request to add ${actionData.organisation} will be checked by the SPF secretariat.`}{" "}
          We will email you when you can see and enter its nominations.
        </p>
        <p>
          <Link to="/login">Go to sign in</Link>
        </p>
      </TwoThirds>
    );
  }

  return (
    <TwoThirds>
      <ErrorSummary errors={errors} order={FIELD_ORDER} />
      <h1>Register to enter the award</h1>
      <p>
        Register if you work for an NHS organisation and want to enter the HPMA award for partnership working. Judges
        and the SPF secretariat join by invitation.
      </p>
      <PrivacyNoticeLink />
      <Form method="post" noValidate>
        <OrganisationPicker
          name="organisationId"
          label="Your organisation"
          hint="Search the national register of NHS organisations for the one you work for."
          error={errors?.organisationId}
          searchFormId={SEARCH_FORM}
          query={picker.query}
          matches={picker.matches}
          defaultValue={values.organisationId}
          defaultLabel={values.organisationIdLabel}
          allowClosed={false}
          closedReason="you cannot register with a closed organisation"
          extras={[{ value: NOT_LISTED, label: "My organisation is not listed", hint: "Give its name below. The SPF secretariat will check it and add it." }]}
        />
        <TextInput
          name="organisationName"
          label="Name of your organisation, if it is not listed"
          hint="Only if you chose 'My organisation is not listed'. The SPF secretariat will check it and add it."
          error={errors?.organisationName}
          defaultValue={values.organisationName}
        />
        <TextInput name="name" label="Full name" autoComplete="name" error={errors?.name} defaultValue={values.name} />
        <TextInput
          name="email"
          label="Email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          hint="Use your work email address. We will send you a link to confirm it."
          error={errors?.email}
          defaultValue={values.email}
        />
        <TextInput
          name="password"
          label="Create a password"
          type="password"
          autoComplete="new-password"
          hint="Use 12 characters or more. A good way to make a strong password is to use three random words."
          error={errors?.password}
        />
        <Button>Register</Button>
      </Form>
      <OrganisationSearchForm id={SEARCH_FORM} />
      <RegisterAttribution />
      <p>
        Already registered? <Link to="/login">Sign in</Link>
      </p>
    </TwoThirds>
  );
}
