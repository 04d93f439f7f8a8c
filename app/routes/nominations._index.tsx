// An entrant's home: the current award cycle, its deadline for their organisation, and their
// organisation's nominations in it, with a button to start a new one while nominations are open.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummaryBox } from "~/components/forms";
import { NominationStatusTag } from "~/components/nomination";
import { type Column, Table, TwoThirds, WarningCallout } from "~/components/nhsuk";
import { joinRequestMessage } from "~/domain/memberships";
import { entrantActionProblem } from "~/domain/stages";
import { formatUkDateTime, formatUkDeadline } from "~/domain/uk-time";
import { currentCycle, deadlineFor } from "~/models/cycles.server";
import { endorsementSummary, type EndorsementSummary } from "~/models/endorsements.server";
import { listNominationsForOrganisation, startNomination } from "~/models/nominations.server";
import { releasedFeedbackForOrganisation } from "~/models/entrant-feedback.server";
import { getDb } from "~/platform/db.server";
import { parseForm, readForm } from "~/request/forms.server";
import { StartNominationSchema } from "~/request/nomination-forms.server";
import { requirePermission } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: "My nominations - HPMA Partnership Award" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "nominations:use");
  const db = getDb();
  // Only an approved membership gives an organisation here; a request still waiting says so and shows nothing of it.
  const base = { organisation: user.organisation?.name ?? null, request: user.organisationRequest, membership: user.membershipRequest };
  // Feedback the secretariat has released on the organisation's entries, of any year (decision 038).
  const feedback = user.organisation
    ? (await releasedFeedbackForOrganisation(db, user.organisation.id)).map((f) => ({ nominationId: f.nominationId, year: f.year, title: f.title, releasedAt: formatUkDateTime(f.releasedAt) }))
    : [];
  const cycle = user.organisation ? await currentCycle(db) : undefined;
  if (!user.organisation || !cycle) return { ...base, feedback, cycle: null };
  const deadline = await deadlineFor(db, cycle, user.organisation.id);
  const nominations = await listNominationsForOrganisation(db, { organisationId: user.organisation.id, cycleId: cycle.id });
  return {
    ...base,
    feedback,
    cycle: {
      year: cycle.year,
      deadline: deadline ? formatUkDeadline(deadline) : null,
      startProblem: entrantActionProblem("start", cycle, new Date(), deadline),
      // A fresh key per page: posting the same one twice (a double click) starts one nomination.
      startKey: globalThis.crypto.randomUUID(),
      nominations: await Promise.all(nominations.map(async (n) => ({
        id: n.id,
        reference: n.reference,
        title: n.title,
        status: n.status,
        endorsement: n.status === "submitted" ? endorsementProgress(await endorsementSummary(db, n.id)) : null,
        updatedAt: formatUkDateTime(n.updated_at),
        updatedBy: n.updated_by_name,
      }))),
    },
  };
}

function endorsementProgress(summary: EndorsementSummary): string {
  if (summary.complete) return "Complete: both leads have endorsed it";
  const done = (s: string) => s === "confirmed" || s === "accepted_by_admin";
  if (summary.employer === "declined" || summary.staff_side === "declined") return "A lead has declined to endorse it";
  const n = [summary.employer, summary.staff_side].filter(done).length;
  return `Awaiting endorsement (${n} of 2)`;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "nominations:use");
  const db = getDb();
  const cycle = user.organisation ? await currentCycle(db) : undefined;
  if (!user.organisation || !cycle) return data({ problem: "There is no award cycle open for nominations" }, { status: 400 });
  const form = parseForm(StartNominationSchema, await readForm(request));
  if (!form.ok) return data({ problem: form.errors.startKey ?? "Start the nomination from the My nominations page" }, { status: 400 });
  const startKey = form.data.startKey;
  const started = await startNomination(db, { cycleId: cycle.id, organisationId: user.organisation.id, userId: user.id, startKey });
  if (!started.ok) {
    const problem =
      "deadline" in started
        ? `${started.problem}${started.deadline ? ` (the deadline was ${formatUkDeadline(started.deadline)}, UK time)` : ""}`
        : "There is no award cycle open for nominations";
    return data({ problem }, { status: 400 });
  }
  return redirect(`/nominations/${started.id}`);
}

type NominationRow = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["cycle"]>["nominations"][number];

const NOMINATION_COLUMNS: Column<NominationRow>[] = [
  { header: "Reference", cell: (n) => n.reference },
  { header: "Title", cell: (n) => <Link to={`/nominations/${n.id}`}>{n.title || "Untitled nomination"}</Link> },
  {
    header: "Status",
    cell: (n) => (
      <>
        <NominationStatusTag status={n.status} />
        {n.endorsement ? (
          <>
            <br />
            <Link to={`/nominations/${n.id}/receipt`}>{n.endorsement}</Link>
          </>
        ) : null}
      </>
    ),
  },
  {
    header: "Last changed",
    cell: (n) => (
      <>
        {n.updatedAt}
        {n.updatedBy ? ` by ${n.updatedBy}` : ""}
      </>
    ),
  },
];

export default function MyNominations() {
  const { organisation, request, membership, cycle, feedback } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <TwoThirds>
      {actionData?.problem ? <ErrorSummaryBox items={[{ href: "#start", message: actionData.problem }]} /> : null}
      <h1>My nominations</h1>
      {organisation ? (
        <>
          <p className="nhsuk-lede-text">You enter the award for {organisation}.</p>
          <p>
            <Link to="/organisation/members">Members of {organisation} and requests to join</Link>
          </p>
          {feedback.length ? (
            <>
              <h2>Feedback from the judges</h2>
              <ul>
                {feedback.map((f) => (
                  <li key={f.nominationId}>
                    <Link to={`/nominations/${f.nominationId}/feedback`}>{`${f.year}: ${f.title || "Untitled nomination"}`}</Link> (released {f.releasedAt})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {cycle ? (
            <>
              <h2>{`The ${cycle.year} award`}</h2>
              {cycle.deadline ? (
                <p>
                  Nominations for {organisation} close at <strong>{cycle.deadline}</strong> (UK time).
                </p>
              ) : null}
              {cycle.nominations.length > 0 ? (
                <Table caption="Your organisation's nominations" showCaption captionSize="m" rows={cycle.nominations} rowKey={(n) => n.id} columns={NOMINATION_COLUMNS} />
              ) : (
                <p>Your organisation has not started a nomination for {cycle.year} yet.</p>
              )}
              {cycle.startProblem ? (
                <div className="nhsuk-inset-text" id="start">
                  <span className="nhsuk-u-visually-hidden">Information: </span>
                  <p>
                    {cycle.startProblem}
                    {cycle.deadline ? ` (the deadline is ${cycle.deadline}, UK time).` : "."}
                  </p>
                </div>
              ) : (
                <Form method="post" id="start">
                  <input type="hidden" name="startKey" value={cycle.startKey} />
                  <button className="nhsuk-button" type="submit" disabled={navigation.state !== "idle"}>
                    Start a new nomination
                  </button>
                </Form>
              )}
            </>
          ) : (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>There is no award cycle open for nominations at the moment. You will be able to start a nomination here when the SPF secretariat opens the next cycle.</p>
            </div>
          )}
        </>
      ) : membership ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            {membership.status === "pending"
              ? `${joinRequestMessage(membership.organisationName)} You can see and enter its nominations once your request is approved.`
              : `You are not a member of ${membership.organisationName}. If you think this is a mistake, contact the SPF secretariat.`}
          </p>
        </div>
      ) : request?.status === "rejected" ? (
        <WarningCallout heading="Your organisation could not be added">
          <p>The SPF secretariat could not add {request.name}. Contact them to find out why.</p>
        </WarningCallout>
      ) : (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            The SPF secretariat is checking your organisation{request ? ` (${request.name})` : ""}. You can start a
            nomination once it has been added.
          </p>
        </div>
      )}
    </TwoThirds>
  );
}
