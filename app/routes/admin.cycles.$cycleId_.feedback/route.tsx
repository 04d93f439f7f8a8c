// Feedback to every entrant, for the secretariat (decision 038): after the announcement, assemble a
// first draft for every judged entry, edit and approve each (./$nominationId), and release the
// approved ones, one by one or all at once; each release e-mails the organisation's approved members.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { ErrorSummary, NotificationBanner, NoticeSuccessBanner } from "~/components/forms";
import { JudgingBreadcrumb } from "~/components/judging-admin";
import { Caption, IntentButton, Table, Tag, type Column } from "~/components/nhsuk";
import { FEEDBACK_STATUS_LABELS, type FeedbackStatus } from "~/domain/feedback";
import { formatUkDateTime } from "~/domain/uk-time";
import { assembleFeedbackDrafts, feedbackOverview, releaseFeedback } from "~/models/entrant-feedback.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { byIntent } from "~/request/intent.server";
import { FEEDBACK_INTENTS, feedbackNotices, ReleaseOneSchema } from "./form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: adminTitle(data ? `Feedback to entrants ${data.cycle.year}` : "Feedback to entrants", "Award cycles") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const rows = cycle.published_at ? await feedbackOverview(db, cycleId) : [];
  return {
    cycle: { id: cycle.id, year: cycle.year, announced: cycle.published_at !== null, commentsDeleted: cycle.retention_applied_at !== null },
    notice: feedbackNotices.from(request),
    rows: rows.map((r) => ({ ...r, releasedAt: r.releasedAt ? formatUkDateTime(r.releasedAt) : null })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, cycleId, db } = await requireAdminCycle(request, params);
  const formData = await readForm(request);
  const here = `/admin/cycles/${cycleId}/feedback`;
  const failed = (problem: string) => invalid({ errors: { form: problem }, values: formValues(formData) });
  return byIntent(formData, FEEDBACK_INTENTS, {
    assemble: async () => {
      const result = await assembleFeedbackDrafts(db, { cycleId, actorUserId: admin.id });
      return result.ok ? redirect(feedbackNotices.href(here, "assembled", { assembled: result.assembled })) : failed(result.problem);
    },
    release: async () => {
      const posted = parseForm(ReleaseOneSchema, formData);
      if (!posted.ok) return failed("Choose the feedback to release");
      const result = await releaseFeedback(db, { cycleId, nominationIds: [posted.data.nominationId], actorUserId: admin.id });
      return result.ok ? redirect(feedbackNotices.href(here, "released", { released: result.released, emails: result.emails })) : failed(result.problem);
    },
    "release-all": async () => {
      const result = await releaseFeedback(db, { cycleId, nominationIds: "all approved", actorUserId: admin.id });
      return result.ok ? redirect(feedbackNotices.href(here, "released", { released: result.released, emails: result.emails })) : failed(result.problem);
    },
  });
}

const STATUS_COLOURS: Record<FeedbackStatus, "grey" | "yellow" | "green"> = { draft: "grey", approved: "yellow", released: "green" };
type Row = ReturnType<typeof useLoaderData<typeof loader>>["rows"][number];

export default function FeedbackToEntrants() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { cycle, rows } = data;
  const approved = rows.filter((r) => r.status === "approved").length;
  const missing = rows.filter((r) => r.status === null).length;
  const columns: Column<Row>[] = [
    { header: "Entry", cell: (r) => <code>{r.code}</code>, rowHeader: true },
    { header: "Organisation and initiative", cell: (r) => `${r.organisation}: ${r.title || "Untitled initiative"}` },
    { header: "Feedback", cell: (r) => (r.status ? <Tag colour={STATUS_COLOURS[r.status]}>{FEEDBACK_STATUS_LABELS[r.status]}</Tag> : "Not assembled") },
    {
      header: "Action",
      cell: (r) =>
        r.status === null ? null : r.status === "released" ? (
          <>
            Released {r.releasedAt}.{" "}
            <Link to={`/admin/cycles/${cycle.id}/feedback/${r.nominationId}`}>
              Read<span className="nhsuk-u-visually-hidden"> the feedback on Entry {r.code}</span>
            </Link>
          </>
        ) : (
          <>
            <Link to={`/admin/cycles/${cycle.id}/feedback/${r.nominationId}`}>
              Edit{r.status === "draft" ? " and approve" : ""}
              <span className="nhsuk-u-visually-hidden"> the feedback on Entry {r.code}</span>
            </Link>
            {r.status === "approved" ? (
              <Form method="post" className="nhsuk-u-margin-top-2">
                <input type="hidden" name="nominationId" value={r.nominationId} />
                <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="submit" name="intent" value="release">
                  Release<span className="nhsuk-u-visually-hidden"> the feedback on Entry {r.code}</span>
                </button>
              </Form>
            ) : null}
          </>
        ),
    },
  ];
  return (
    <>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} />
      <ErrorSummary errors={actionData?.errors} />
      {!actionData && data.notice ? <NoticeSuccessBanner notice={data.notice} /> : null}
      <Caption size="l">Award cycle {cycle.year}</Caption>
      <h1>Feedback to entrants</h1>
      <p>
        After the announcement every entrant is given feedback on their entry, criterion by criterion: where the judges&apos; scores sat on each
        criterion&apos;s descriptors, and what the judges wrote. Judges were told their comments may be shared, edited and without their names. The secretariat
        edits each draft, approves it, and releases it; the organisation&apos;s approved members are e-mailed once and read it in their account. Nothing
        unreleased is shown to anyone outside the secretariat.
      </p>
      {!cycle.announced ? (
        <NotificationBanner title="Feedback is assembled after the announcement">
          <p>Once the results of {cycle.year} are published, the first drafts can be assembled here.</p>
        </NotificationBanner>
      ) : cycle.commentsDeleted ? (
        <NotificationBanner title="The judges' comments have been deleted">
          <p>The retention rule deleted this cycle&apos;s judges&apos; comments and the feedback made from them.</p>
        </NotificationBanner>
      ) : (
        <>
          {missing > 0 ? (
            <Form method="post">
              <p>{missing === rows.length ? "No feedback has been assembled yet." : `${missing} entries have no draft yet.`}</p>
              <IntentButton intent="assemble">Assemble first drafts</IntentButton>
            </Form>
          ) : null}
          {rows.length ? (
            <Table
              caption={`Feedback to the entrants of ${cycle.year}`}
              showCaption
              captionSize="m"
              columns={columns}
              rows={rows}
              rowKey={(r) => r.nominationId}
            />
          ) : (
            <p>No entry was judged in this cycle.</p>
          )}
          {approved > 0 ? (
            <Form method="post">
              <IntentButton intent="release-all">{`Release all approved feedback (${approved})`}</IntentButton>
            </Form>
          ) : null}
        </>
      )}
    </>
  );
}
