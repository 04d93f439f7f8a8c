// The confidentiality and conflict-of-interest statement a judge accepts for the cycle before they
// see any entry. Acceptance is recorded with its time (and in the audit log).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, FieldsetShell, PrivacyNoticeLink } from "~/components/forms";
import { BackLink, TwoThirds } from "~/components/nhsuk";
import { acceptStatement } from "~/models/judges.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { getDb } from "~/platform/db.server";
import { invalid, parseForm, readForm } from "~/request/forms.server";
import { requireJudge } from "~/request/judging-access.server";
import { StatementSchema } from "~/request/judging-forms.server";
import { notFound, safeRedirect } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: "Confidentiality and conflicts of interest - HPMA Partnership Award" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { cycle, statementAcceptedAt } = await requireJudge(request);
  if (!cycle) notFound();
  return { year: cycle.year, acceptedAt: statementAcceptedAt ? formatUkDateTime(statementAcceptedAt) : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, cycle } = await requireJudge(request);
  if (!cycle) notFound();
  const formData = await readForm(request);
  const parsed = parseForm(StatementSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  await acceptStatement(getDb(), { cycleId: cycle.id, judgeId: user.id });
  return redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "/judging/conflicts?from=statement"));
}

export default function Statement() {
  const { year, acceptedAt } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors;
  return (
    <TwoThirds>
      <BackLink href="/judging" client>
        Back to judging
      </BackLink>
      <ErrorSummary errors={errors} order={["accept"]} />
      <h1>Confidentiality and conflicts of interest</h1>
      <p className="nhsuk-lede-text">For judges of the {year} HPMA award for partnership working.</p>
      <h2>Confidentiality</h2>
      <ul>
        <li>Entries are shared with you only to judge them. Do not copy, share or discuss them with anyone outside the judging panel.</li>
        <li>Do not try to find out which organisation sent an entry, and do not search for details in an entry.</li>
        <li>Keep your scores and comments to yourself until the SPF secretariat publishes the results.</li>
      </ul>
      <h2>Conflicts of interest</h2>
      <ul>
        <li>
          Tell us about any organisation you work for, have worked for in the last 3 years, help to govern, hold a trade
          union role in, or have a personal connection with. Entries from those organisations will not be given to you.
        </li>
        <li>If, while judging, you think you recognise the organisation behind an entry, step away from that entry. It will be given to another judge.</li>
      </ul>
      <PrivacyNoticeLink>how we use what you tell us, and how long your comments are kept</PrivacyNoticeLink>
      {acceptedAt ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>You accepted this statement on {acceptedAt}.</p>
        </div>
      ) : (
        <Form method="post" noValidate>
          <FieldsetShell name="accept" legend="Your agreement" error={errors?.accept}>
            <div className="nhsuk-checkboxes">
              <div className="nhsuk-checkboxes__item">
                <input className="nhsuk-checkboxes__input" id="accept" name="accept" type="checkbox" value="yes" aria-describedby={errors?.accept ? "accept-error" : undefined} />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="accept">
                  I accept the confidentiality and conflict of interest statement
                </label>
              </div>
            </div>
          </FieldsetShell>
          <button className="nhsuk-button" type="submit">
            Accept and continue
          </button>
        </Form>
      )}
    </TwoThirds>
  );
}
