// "Close nominations now": the confirmation step before the secretariat closes nominations ahead of
// the deadline. It says what closing now would do to each nomination (drafts can no longer be
// submitted, those still awaiting an endorsement are left out of judging), lists any extension still
// running (which stops it), and how many organisations will be e-mailed; it closes with one press:
// the closing time becomes now and the cycle moves to closed, in one transaction, audited, with an
// e-mail to the members of each organisation whose nominations will not go forward (issue 18).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { Button, ErrorSummary } from "~/components/forms";
import { Caption, SummaryList, WarningCallout } from "~/components/nhsuk";
import { closeNowProblem } from "~/domain/stages";
import { formatUkDeadline } from "~/domain/uk-time";
import { listCycleNominations, organisationsLeftOut } from "~/models/admin-nominations.server";
import { closeNominationsNow, listExtensions } from "~/models/cycles.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { formValues, invalid, readForm } from "~/request/forms.server";
import { cycleNotices } from "./admin.cycles.$cycleId/notices.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: adminTitle("Close nominations now", data ? `Award cycle ${data.cycle.year}` : "Award cycle", "Award cycles") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const now = new Date();
  const extensions = await listExtensions(db, cycleId);
  // Each nomination's status as it would be if nominations closed this minute.
  const nominations = await listCycleNominations(db, cycleId, { closeAt: now.toISOString() });
  const count = (status: string) => nominations.filter((n) => n.status === status).length;
  const leftOut = await organisationsLeftOut(db, cycleId, { closeAt: now.toISOString() });
  return {
    cycle: { id: cycle.id, year: cycle.year, deadline: cycle.nominations_close_at ? formatUkDeadline(cycle.nominations_close_at) : "Not set" },
    problem: closeNowProblem(cycle, now, extensions),
    counts: { complete: count("complete"), waiting: count("awaiting_endorsement") + count("submitted"), drafts: count("draft") },
    emailed: leftOut.filter((o) => o.members.length > 0).length,
    withoutMembers: leftOut.filter((o) => o.members.length === 0).length,
    running: extensions
      .filter((e) => e.new_close_at > now.toISOString())
      .map((e) => ({ id: e.id, organisation: e.organisation_name ?? "Every organisation", until: formatUkDeadline(e.new_close_at) })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, cycleId, db } = await requireAdminCycle(request, params);
  const formData = await readForm(request);
  const closed = await closeNominationsNow(db, { cycleId, actorUserId: admin.id });
  if (!closed.ok) return invalid({ errors: { form: closed.problem }, values: formValues(formData) });
  return redirect(cycleNotices.href(`/admin/cycles/${cycleId}`, "closed_now", { emailed: closed.emailed }));
}

const nominations = (n: number) => (n === 1 ? "1 nomination" : `${n} nominations`);
const organisations = (n: number) => (n === 1 ? "1 organisation" : `${n} organisations`);

export default function CloseNominationsNow() {
  const { cycle, problem, counts, emailed, withoutMembers, running } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const back = `/admin/cycles/${cycle.id}`;
  return (
    <>
      <AdminBreadcrumb trail={[{ href: "/admin/cycles", label: "Award cycles" }, { href: back, label: `Award cycle ${cycle.year}` }]} />
      <ErrorSummary errors={actionData?.errors} />
      <Caption>Award cycle {cycle.year}</Caption>
      <h1>Close nominations now</h1>
      <p>Nominations are due to close at {cycle.deadline} (UK time). Closing them now ends them for every organisation at once.</p>
      <SummaryList
        rows={[
          { key: "Complete: go forward to judging", value: nominations(counts.complete) },
          { key: "Submitted but not yet endorsed by both leads: left out of judging", value: nominations(counts.waiting) },
          { key: "Drafts: can no longer be submitted", value: nominations(counts.drafts) },
          {
            key: "Told by email that their nominations will not go forward",
            value: (
              <>
                {organisations(emailed)}: every approved member of each organisation with a draft or a nomination not endorsed by both leads
                {withoutMembers > 0 ? <p className="nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">{organisations(withoutMembers)} with no approved member cannot be told.</p> : null}
              </>
            ),
          },
        ]}
      />
      {running.length > 0 ? (
        <>
          <h2>Extensions still running</h2>
          <ul>
            {running.map((e) => (
              <li key={e.id}>
                {e.organisation}: until {e.until}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {problem ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{problem}.</p>
        </div>
      ) : (
        <>
          <WarningCallout heading="This cannot be undone by itself">
            <p>To take nominations again you would have to extend the deadline and reopen them.</p>
          </WarningCallout>
          <Form method="post">
            <Button variant="warning">Close nominations now</Button>
          </Form>
        </>
      )}
      <p>
        <Link to={back}>Back to award cycle {cycle.year}</Link>
      </p>
    </>
  );
}
