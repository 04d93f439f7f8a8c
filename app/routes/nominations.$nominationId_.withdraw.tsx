// Withdrawing a nomination from the award, after saying so on a confirmation page.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/forms";
import { formatUkDeadline } from "~/domain/uk-time";
import { withdrawNomination } from "~/models/nominations.server";
import { invalid, parseForm, readForm } from "~/request/forms.server";
import { requireOwnNomination } from "~/request/nomination-access.server";
import { WithdrawSchema } from "~/request/nomination-forms.server";
import { notFound } from "~/request/permissions.server";
import { BackLink, Caption, TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: "Withdraw your nomination - HPMA Partnership Award" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { nomination, closedProblem } = await requireOwnNomination(request, params.nominationId);
  return { id: nomination.id, reference: nomination.reference, title: nomination.title, status: nomination.status, closed: closedProblem };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, user, nomination } = await requireOwnNomination(request, params.nominationId);
  const parsed = parseForm(WithdrawSchema, await readForm(request));
  if (!parsed.ok) return invalid(parsed);
  const result = await withdrawNomination(db, { id: nomination.id, organisationId: user.organisation.id, userId: user.id });
  if (result.ok) return redirect("/nominations");
  if ("deadline" in result) {
    return data(
      { errors: { confirm: `${result.problem}${result.deadline ? `: nominations closed at ${formatUkDeadline(result.deadline)} (UK time)` : ""}` }, values: {} },
      { status: 403 },
    );
  }
  notFound();
}

export default function Withdraw() {
  const { id, reference, title, status, closed } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors;
  return (
    <TwoThirds>
      <BackLink href={`/nominations/${id}`} client>
        Back to the nomination
      </BackLink>
      <ErrorSummary errors={errors} order={["confirm"]} />
      <Caption>{reference}</Caption>
      <h1>Withdraw “{title || "Untitled nomination"}”</h1>
      {status === "withdrawn" ? (
        <p>This nomination has already been withdrawn.</p>
      ) : closed ? (
        <p>{closed}. It can no longer be withdrawn here; contact the SPF secretariat.</p>
      ) : (
        <Form method="post" noValidate>
          <p>A withdrawn nomination is not judged, and cannot be submitted again.</p>
          <div className={`nhsuk-form-group${errors?.confirm ? " nhsuk-form-group--error" : ""}`}>
            {errors?.confirm ? (
              <span className="nhsuk-error-message" id="confirm-error">
                <span className="nhsuk-u-visually-hidden">Error:</span> {errors.confirm}
              </span>
            ) : null}
            <div className="nhsuk-checkboxes">
              <div className="nhsuk-checkboxes__item">
                <input className="nhsuk-checkboxes__input" id="confirm" name="confirm" type="checkbox" value="yes" aria-describedby={errors?.confirm ? "confirm-error" : undefined} />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="confirm">
                  I want to withdraw this nomination from the award
                </label>
              </div>
            </div>
          </div>
          <button className="nhsuk-button nhsuk-button--warning" type="submit">
            Withdraw nomination
          </button>
        </Form>
      )}
    </TwoThirds>
  );
}
