// One entry's feedback, for the secretariat (decision 038): the first draft assembled from the judges'
// comments and score bands, edited criterion by criterion and saved as a draft or approved. Approval is
// refused while a text names a judge or carries a judge's code; released feedback is read-only.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { ErrorSummary, NotificationBanner, NoticeSuccessBanner, Textarea } from "~/components/forms";
import { JudgingBreadcrumb } from "~/components/judging-admin";
import { Caption, IntentButton, Tag } from "~/components/nhsuk";
import { FEEDBACK_STATUS_LABELS, feedbackCriterionField as criterionField } from "~/domain/feedback";
import { formatUkDateTime } from "~/domain/uk-time";
import { getFeedbackForAdmin, saveFeedback } from "~/models/entrant-feedback.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { formValues, invalid, readForm } from "~/request/forms.server";
import { byIntent } from "~/request/intent.server";
import { idParam } from "~/request/params.server";
import { notFound } from "~/request/permissions.server";
import { feedbackNotices } from "../admin.cycles.$cycleId_.feedback/form.server";
import { EDIT_INTENTS, editNotices, parseFeedbackForm } from "./form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: adminTitle(data ? `Feedback on Entry ${data.feedback.code}` : "Feedback", "Award cycles") },
];

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const context = await requireAdminCycle(request, params);
  const nominationId = idParam(params.nominationId);
  const feedback = await getFeedbackForAdmin(context.db, { cycleId: context.cycleId, nominationId });
  if (!feedback) notFound();
  return { ...context, nominationId, feedback };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycle, feedback } = await load(request, params);
  return {
    cycle: { id: cycle.id, year: cycle.year },
    notice: editNotices.from(request),
    feedback: { ...feedback, releasedAt: feedback.releasedAt ? formatUkDateTime(feedback.releasedAt) : null },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, cycleId, db, nominationId, feedback } = await load(request, params);
  const formData = await readForm(request);
  const save = async (approve: boolean) => {
    const input = parseFeedbackForm(
      formData,
      feedback.criteria.map((c) => c.criterionId)
    );
    const result = await saveFeedback(db, { cycleId, nominationId, input, approve, actorUserId: admin.id });
    if (!result.ok)
      return invalid({ errors: "fields" in result ? result.fields : { form: result.problem }, values: formValues(formData) });
    return approve
      ? redirect(feedbackNotices.href(`/admin/cycles/${cycleId}/feedback`, "approved"))
      : redirect(editNotices.href(`/admin/cycles/${cycleId}/feedback/${nominationId}`, "saved"));
  };
  return byIntent(formData, EDIT_INTENTS, { save: () => save(false), approve: () => save(true) });
}

export default function FeedbackOnOneEntry() {
  const { cycle, feedback, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const typed = (name: string, saved: string) => (actionData?.values ? actionData.values[name] ?? "" : saved);
  const released = feedback.status === "released";
  return (
    <>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} trail={[{ href: `/admin/cycles/${cycle.id}/feedback`, label: "Feedback to entrants" }]} />
      <ErrorSummary errors={errors} order={[...feedback.criteria.map((c) => criterionField(c.criterionId)), "overall"]} />
      {!actionData && notice ? <NoticeSuccessBanner notice={notice} /> : null}
      <Caption size="l">
        Entry {feedback.code}: {feedback.organisation}
      </Caption>
      <h1>Feedback on {feedback.title || "an untitled initiative"}</h1>
      <p>
        <Tag colour={released ? "green" : feedback.status === "approved" ? "yellow" : "grey"}>{FEEDBACK_STATUS_LABELS[feedback.status]}</Tag>
        {released ? ` Released ${feedback.releasedAt}.` : null}
      </p>
      {released ? (
        <NotificationBanner title="This feedback has been released">
          <p>The organisation&apos;s members can read it in their account, as it is below. Released feedback no longer changes.</p>
        </NotificationBanner>
      ) : (
        <p>
          The first draft puts together, for each criterion, the band of the judges&apos; mean score and every judge&apos;s comment (for a finalist, the final round&apos;s too), without their names or
          codes. Edit it into feedback the entrant can use: judges were told their comments may be shared, edited and without their names. Approving it is
          refused while it names a judge or carries a judge&apos;s code.
        </p>
      )}
      <Form method="post" noValidate>
        {feedback.criteria.map((c) => (
          <section key={c.criterionId} aria-labelledby={`criterion-heading-${c.criterionId}`}>
            <h2 id={`criterion-heading-${c.criterionId}`}>{c.title}</h2>
            {c.band ? (
              <p>
                <strong>Score band:</strong> {c.band}
              </p>
            ) : null}
            {released ? (
              <p style={{ whiteSpace: "pre-line" }} dir="auto">
                {c.text || "No feedback on this criterion."}
              </p>
            ) : (
              <Textarea
                name={criterionField(c.criterionId)}
                label={`Feedback on “${c.title}”`}
                rows={6}
                error={errors?.[criterionField(c.criterionId)]}
                defaultValue={typed(criterionField(c.criterionId), c.text)}
              />
            )}
          </section>
        ))}
        <h2>Overall</h2>
        {released ? (
          <p style={{ whiteSpace: "pre-line" }} dir="auto">
            {feedback.overall || "No overall feedback."}
          </p>
        ) : (
          <>
            <Textarea
              name="overall"
              label="Overall feedback"
              hint="From the judges' overall comments."
              rows={6}
              error={errors?.overall}
              defaultValue={typed("overall", feedback.overall)}
            />
            <div className="nhsuk-button-group">
              <IntentButton intent="approve">Approve the feedback</IntentButton>
              <IntentButton intent="save" variant="secondary">
                Save as a draft
              </IntentButton>
            </div>
          </>
        )}
      </Form>
      <p>
        <Link to={`/admin/cycles/${cycle.id}/feedback`}>Back to feedback to entrants</Link>
      </p>
    </>
  );
}
