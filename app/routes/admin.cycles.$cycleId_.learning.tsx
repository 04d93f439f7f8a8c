// What the sector can learn from a cycle (issue 15, part 4): the secretariat writes the summary from
// the year's finalists (what the strongest entries had in common) with a note per criterion if they
// wish. It is kept and audited at once, and shown on the public year page only after the announcement.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { AgreementSection } from "~/components/agreement";
import { Button, ErrorSummary, NoticeSuccessBanner, Textarea } from "~/components/forms";
import { JudgingBreadcrumb } from "~/components/judging-admin";
import { CRITERION_NOTE_MAX, LEARNING_SUMMARY_MAX, learningSummaryProblems } from "~/domain/learning-summary";
import { roundAgreement } from "~/models/agreement.server";
import { listCriteria } from "~/models/cycles.server";
import { getShortlist } from "~/models/finalists.server";
import { cycleEntryCounts, getLearningSummary, saveLearningSummary } from "~/models/learning-summaries.server";
import { EntryCountsSection } from "~/components/entry-counts";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { formValues, invalid, readForm } from "~/request/forms.server";
import { learningNotices, learningSummaryInput } from "~/request/learning-forms.server";
import { Caption, TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: adminTitle(data ? `What the sector can learn from ${data.cycle.year}` : "Learning summary", "Award cycles") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const [criteria, stored, shortlist, agreement, counts] = await Promise.all([
    listCriteria(db, cycleId, "first"),
    getLearningSummary(db, cycleId),
    getShortlist(db, cycleId),
    roundAgreement(db, { cycleId, round: "first" }),
    cycleEntryCounts(db, cycleId),
  ]);
  const notes = new Map(stored?.notes.map((n) => [n.criterionId, n.text]) ?? []);
  const confirmed = cycle.shortlist_confirmed_at !== null;
  return {
    notice: learningNotices.from(request, { year: cycle.year, published: cycle.published_at !== null }),
    cycle: { id: cycle.id, year: cycle.year, published: cycle.published_at !== null },
    criteria: criteria.map((c) => ({ id: c.id, title: c.title })),
    version: stored?.version ?? null,
    values: { summary: stored?.summary ?? "", ...Object.fromEntries(criteria.map((c) => [`criterion_${c.id}`, notes.get(c.id) ?? ""])) } as Record<string, string>,
    // Finalists are named here only once the shortlist is confirmed, as everywhere else.
    finalists: confirmed ? shortlist.map((f) => ({ id: f.nominationId, organisation: f.organisation, title: f.title, rationale: f.rationale })) : [],
    agreement,
    counts,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, cycleId, db } = await requireAdminCycle(request, params);
  const formData = await readForm(request);
  const criteria = await listCriteria(db, cycleId, "first");
  const input = learningSummaryInput(formData, criteria);
  const problems = learningSummaryProblems(input);
  if (Object.keys(problems).length) return invalid({ errors: problems, values: formValues(formData) });
  await saveLearningSummary(db, { cycleId, input, actorUserId: admin.id });
  return redirect(learningNotices.href(`/admin/cycles/${cycleId}/learning`, "saved"));
}

export default function LearningSummaryPage() {
  const { cycle, criteria, version, values, finalists, agreement, counts, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const shown = actionData?.values ?? values;
  const errors = actionData?.errors;
  return (
    <TwoThirds>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} />
      <ErrorSummary errors={errors} order={["summary", ...criteria.map((c) => `criterion_${c.id}`)]} />
      {notice && !errors ? <NoticeSuccessBanner notice={notice} /> : null}
      <Caption>Award cycle {cycle.year}</Caption>
      <h1>What the sector can learn from {cycle.year}</h1>
      <p>
        {cycle.published ? (
          <>
            The results are published, so this summary is shown on <Link to={`/winners/${cycle.year}`}>the public page for {cycle.year}</Link>. A change
            appears there at once.
          </>
        ) : (
          <>Nobody outside the secretariat sees this summary until the announcement; then it is shown on the public page for {cycle.year}.</>
        )}{" "}
        {version ? `Version ${version}; every change is in the audit log.` : "Every change is kept in the audit log."}
      </p>

      <Form method="post" noValidate>
        <Textarea
          name="summary"
          label="What the strongest entries had in common"
          hint={`What other NHS employers and trade unions can learn from this year's finalists. Leave a blank line between paragraphs. Up to ${LEARNING_SUMMARY_MAX.toLocaleString("en-GB")} characters. Do not name people.`}
          rows={10}
          defaultValue={shown.summary ?? ""}
          error={errors?.summary}
        />
        {criteria.length > 0 && <h2>By criterion (optional)</h2>}
        {criteria.map((c) => (
          <Textarea
            key={c.id}
            name={`criterion_${c.id}`}
            label={c.title}
            hint={`What the strongest entries showed on this criterion. Up to ${CRITERION_NOTE_MAX.toLocaleString("en-GB")} characters; leave empty to say nothing.`}
            rows={4}
            defaultValue={shown[`criterion_${c.id}`] ?? ""}
            error={errors?.[`criterion_${c.id}`]}
          />
        ))}
        <Button>Save the learning summary</Button>
      </Form>

      <h2>The finalists</h2>
      {finalists.length === 0 ? (
        <p>The finalists are named here once the shortlist is confirmed.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {finalists.map((f) => (
            <li key={f.id}>
              <strong>{f.organisation}</strong>: {f.title}
              {f.rationale ? <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">Why they were shortlisted: {f.rationale}</p> : null}
            </li>
          ))}
        </ul>
      )}

      <EntryCountsSection counts={counts} year={cycle.year} />
      <p className="nhsuk-body-s">
        {cycle.published
          ? `These counts are on the public page for ${cycle.year}, beside the summary.`
          : `These counts are worked out from the entries and shown on the public page for ${cycle.year} at the announcement, beside the summary.`}
      </p>

      <h2>How far the judges agreed</h2>
      <AgreementSection report={agreement} caption={`Agreement between judges in the first round of ${cycle.year}, by criterion`} />
    </TwoThirds>
  );
}
