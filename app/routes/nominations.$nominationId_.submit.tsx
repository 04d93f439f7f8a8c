// Check your answers, then submit: every problem is listed at once, each linking to its field on
// its part of the task list; a good submission asks both leads to endorse it and e-mails a receipt to the submitter.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummaryBox } from "~/components/forms";
import { EntrySummary } from "~/components/nomination";
import { answerField } from "~/domain/nomination-rules";
import { fieldHref } from "~/domain/nomination-tasks";
import { nominationEntry, submitNomination } from "~/models/nominations.server";
import { formatUkDateTime, formatUkDeadline } from "~/domain/uk-time";
import { parseForm, readForm } from "~/request/forms.server";
import { requireOwnNomination } from "~/request/nomination-access.server";
import { SubmitNominationSchema } from "~/request/nomination-forms.server";
import { notFound } from "~/request/permissions.server";
import { BackLink, Caption, TwoThirds, WarningCallout } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: "Check your nomination before you submit it - HPMA Partnership Award" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { nomination, sections, deadline, closedProblem } = await requireOwnNomination(request, params.nominationId);
  return {
    id: nomination.id,
    reference: nomination.reference,
    status: nomination.status,
    revision: nomination.revision,
    entry: nominationEntry(nomination, sections),
    order: ["title", ...sections.map((s) => answerField(s.id)), "employer_lead_name", "employer_lead_role", "employer_lead_email", "staff_lead_name", "staff_lead_role", "staff_lead_email"],
    closed: closedProblem ? `${closedProblem}${deadline ? `: nominations closed at ${formatUkDeadline(deadline)} (UK time)` : ""}.` : null,
    deadline: deadline ? formatUkDeadline(deadline) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, user, nomination } = await requireOwnNomination(request, params.nominationId);
  const form = parseForm(SubmitNominationSchema, await readForm(request));
  if (!form.ok) return data({ problems: {}, message: form.errors.revision ?? "Check your nomination again, then submit it" }, { status: 400 });
  const result = await submitNomination(db, { id: nomination.id, organisationId: user.organisation.id, userId: user.id, expectedRevision: form.data.revision });
  // The receipt is e-mailed by the submission itself, queued in its transaction.
  if (result.ok) {
    return redirect(`/nominations/${nomination.id}/receipt`);
  }
  if ("notFound" in result) notFound();
  if ("fields" in result) return data({ problems: result.fields, message: null }, { status: 400 });
  if ("deadline" in result) {
    return data(
      { problems: {}, message: `${result.problem}${result.deadline ? `: nominations closed at ${formatUkDeadline(result.deadline)} (UK time)` : ""}.` },
      { status: 403 },
    );
  }
  if ("stale" in result) {
    return data(
      {
        problems: {},
        message: `${result.stale.updatedBy ?? "Someone else"} changed this nomination at ${formatUkDateTime(result.stale.updatedAt)}, after you opened this page. Check it again, then submit it.`,
      },
      { status: 409 },
    );
  }
  // Withdrawn.
  return data({ problems: {}, message: `${result.problem}, so it cannot be submitted.` }, { status: 403 });
}

export default function CheckAndSubmit() {
  const { id, reference, entry, order, closed, deadline, status, revision } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const problems = Object.entries((actionData?.problems ?? {}) as Record<string, string>).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  const items = [
    ...(actionData?.message ? [{ href: "#main-content", message: actionData.message }] : []),
    ...problems.map(([field, message]) => ({ href: fieldHref(id, field), message })),
  ];
  return (
    <TwoThirds>
      <BackLink href={`/nominations/${id}`} client>
        Back to the task list
      </BackLink>
      <ErrorSummaryBox items={items} intro={problems.length ? "Your nomination cannot be submitted yet:" : undefined} />
      <Caption>{reference}</Caption>
      <h1>Check your nomination before you submit it</h1>
      <EntrySummary entry={entry} changeHref={closed ? undefined : (field) => fieldHref(id, field)} />
      <h2>What judges will see</h2>
      <p>
        Judges score entries without knowing who they are from. Before you submit,{" "}
        <Link to={`/nominations/${id}/judges-copy`}>see your entry as judges will see it</Link>, with the words we hide marked, and add anything that still
        shows who you are.
      </p>
      {closed ? (
        <WarningCallout heading="Nominations have closed">
          <p>{closed}</p>
        </WarningCallout>
      ) : status === "withdrawn" ? (
        <p>This nomination has been withdrawn.</p>
      ) : (
        <>
          <h2>Now submit your nomination</h2>
          <p>
            When you submit, we will email the employer lead and the staff-side lead a link to endorse the nomination. It is
            complete when both have confirmed{deadline ? `, before ${deadline} (UK time)` : ""}. You can still change it until then; if
            you change the text, they will be asked to endorse it again.
          </p>
          <Form method="post">
            <input type="hidden" name="revision" value={revision} />
            <button className="nhsuk-button" type="submit" disabled={navigation.state !== "idle"}>
              Submit nomination
            </button>
          </Form>
        </>
      )}
    </TwoThirds>
  );
}
