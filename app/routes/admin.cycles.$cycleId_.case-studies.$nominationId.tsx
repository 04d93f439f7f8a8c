// A finalist's case study before the announcement: a preview as the public page will show it, the
// edit form (every save a new version, a save from an older version refused), and the versions.
// Once published it is read-only here and edited in the archive instead. Before that, every personal
// detail in it is listed, and each one nobody agreed to is kept or removed here (decision 020).
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { Caption, SummaryList, Table, Tag, TwoThirds } from "~/components/nhsuk";
import { ArchiveEntryFields } from "~/components/archive-fields";
import { CASE_STUDY_FIELD_ORDER, CaseStudyPreview, caseStudyValues, PersonalDetailsReview } from "~/components/case-study-fields";
import { Button, ErrorSummary, NoticeSuccessBanner, type FormValues } from "~/components/forms";
import { JudgingBreadcrumb, Warning } from "~/components/judging-admin";
import { draftDetails, keepCaseStudyDetail, removeCaseStudyDetail } from "~/models/case-study-details.server";
import { getCaseStudyDraft, publishedCaseStudyLinks } from "~/models/final-round.server";
import { listCaseStudyVersions, updateCaseStudyDraft } from "~/models/publication.server";
import { getDecisions } from "~/models/finalists.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { CASE_STUDY_INTENTS, CaseStudyDetailSchema, caseStudyNotices, parseCaseStudyEdit } from "~/request/final-forms.server";
import { byIntent } from "~/request/intent.server";
import { formValues, invalid, readForm } from "~/request/forms.server";
import { idParam } from "~/request/params.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { notFound } from "~/request/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: adminTitle(data ? `Case study: ${data.draft.organisation} (${data.cycle.year})` : "Case study", "Award cycles") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const nominationId = idParam(params.nominationId);
  if (!cycle.shortlist_confirmed_at) notFound();
  const draft = await getCaseStudyDraft(db, { cycleId, nominationId });
  if (!draft) notFound();
  const [versions, decisions, links, details] = await Promise.all([
    listCaseStudyVersions(db, nominationId),
    getDecisions(db, cycleId),
    publishedCaseStudyLinks(db, cycleId),
    draftDetails(db, { nominationId, fields: draft.fields }),
  ]);
  const published = links.get(nominationId) ?? null;
  // The result the case study will be published with: the decision (the draft keeps the one it was generated with).
  const result = decisions.find((d) => d.nominationId === nominationId)?.result ?? "finalist";
  return {
    notice: caseStudyNotices.from(request, { version: draft.version }),
    cycle: { id: cycle.id, year: cycle.year },
    draft: {
      nominationId,
      code: draft.code,
      organisation: draft.organisation,
      consent: draft.consent,
      version: draft.version,
      updated: formatUkDateTime(draft.updatedAt),
      preview: { ...draft.fields, result },
    },
    values: caseStudyValues(draft.fields),
    details: draft.archiveEntryId === null ? details : [],
    versions: versions.map((v) => ({ version: v.version, at: formatUkDateTime(v.changed_at), by: v.changed_by_name ?? "Generated", note: v.note })),
    published: published ? { adminHref: `/admin/archive/entries/${published.archiveEntryId}`, publicHref: published.path } : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, cycleId, db } = await requireAdminCycle(request, params);
  const nominationId = idParam(params.nominationId);
  const draft = await getCaseStudyDraft(db, { cycleId, nominationId });
  if (!draft) notFound();
  const formData = await readForm(request);
  const page = `/admin/cycles/${cycleId}/case-studies/${nominationId}`;
  const chooseDetail = async () => {
    const choice = CaseStudyDetailSchema.safeParse(Object.fromEntries(formData));
    if (!choice.success) return invalid({ errors: { form: "Reload the page and try again" }, values: {} });
    const { kind, value } = choice.data;
    const done =
      choice.data.intent === "keep-detail"
        ? await keepCaseStudyDetail(db, { nominationId, kind, value, actorUserId: admin.id })
        : await removeCaseStudyDetail(db, { nominationId, kind, value, actorUserId: admin.id });
    if (!done.ok) return invalid({ errors: { form: done.problem }, values: {} });
    return redirect(`${caseStudyNotices.href(page, choice.data.intent === "keep-detail" ? "kept" : "removed")}#personal-details`);
  };
  const save = async () => {
    if (draft.archiveEntryId !== null) {
      return invalid({ errors: { form: "This case study has been published: edit it in the archive instead" }, values: formValues(formData) });
    }
    const parsed = parseCaseStudyEdit(formData, { year: draft.fields.year, result: draft.fields.result });
    if (!parsed.ok) return invalid(parsed);
    const stale = { errors: { form: "Someone else saved this case study after you opened it. Reload the page to see their version" }, values: formValues(formData) };
    if (parsed.data.version !== draft.version) return data(stale, { status: 409 });
    const saved = await updateCaseStudyDraft(db, { nominationId, fields: parsed.data.fields, expectedVersion: parsed.data.version, actorUserId: admin.id, note: parsed.data.note });
    if (!saved.ok) return invalid({ errors: { form: saved.problem }, values: formValues(formData) });
    return redirect(caseStudyNotices.href(page, saved.changed ? "saved" : "unchanged"));
  };
  return byIntent(formData, CASE_STUDY_INTENTS, { "keep-detail": chooseDetail, "remove-detail": chooseDetail, save }, { whenNone: "save" });
}

export default function CaseStudy() {
  const { notice, cycle, draft, values, details, versions, published } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const undecided = details.filter((d) => d.status === "undecided").length;
  const formValuesShown = (actionData?.values as FormValues | undefined) ?? values;
  return (
    <TwoThirds>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} trail={[{ href: `/admin/cycles/${cycle.id}/final`, label: "Final round" }]} />
      <ErrorSummary errors={actionData?.errors} order={CASE_STUDY_FIELD_ORDER} />
      {!actionData && notice ? <NoticeSuccessBanner notice={notice} /> : null}
      <Caption>Case study, award cycle {cycle.year}</Caption>
      <h1>{draft.organisation}</h1>
      <SummaryList
        rows={[
          { key: "Entry", value: <code>{draft.code}</code> },
          {
            key: "Version",
            value: (
              <>
                {draft.version}, saved {draft.updated}
              </>
            ),
          },
          {
            key: "Consent to publish",
            value: (
              <>
                {draft.consent ? <Tag colour="green">Given</Tag> : <Tag colour="orange">Not given</Tag>}
                {draft.consent ? null : <p className="nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">Only the organisation, the initiative and the result will be published.</p>}
              </>
            ),
          },
          published ? { key: "Published", value: <a href={published.publicHref}>{published.publicHref}</a> } : null,
        ]}
      />

      {published ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            This case study has been published and can no longer change here. <a href={published.adminHref}>Edit it in the archive of winners</a>.
          </p>
        </div>
      ) : null}

      {published ? null : (
        <>
          <h2 id="personal-details">Personal details</h2>
          <p>
            Names of people, email addresses, phone numbers and postcodes found in the case study. Each one is published only if the person it belongs to
            agreed on their endorsement page, or you keep it. Keep a detail only when it is not personal (a main switchboard, say) or its owner has
            agreed another way.
          </p>
          {undecided > 0 ? (
            <Warning title={`${undecided} personal ${undecided === 1 ? "detail has" : "details have"} not been agreed`}>
              <p>
                Keep or remove {undecided === 1 ? "it" : "each one"}. The results cannot be published now until you do, and at the announcement time{" "}
                {undecided === 1 ? "it is" : "they are"} replaced with "[removed]".
              </p>
            </Warning>
          ) : null}
          <PersonalDetailsReview details={details} editable />
        </>
      )}

      <h2>Preview</h2>
      <p className="nhsuk-hint">How the case study will look in the archive of winners once the results are published.</p>
      <CaseStudyPreview fields={draft.preview} />

      {published ? null : (
        <>
          <h2>Edit the case study</h2>
          <p>Saving keeps this as a new version; the earlier versions are kept. Nothing is public until the announcement.</p>
          <Form method="post" noValidate>
            <input type="hidden" name="version" value={draft.version} />
            <ArchiveEntryFields values={formValuesShown} errors={actionData?.errors} caseStudy />
            <Button>Save</Button>
          </Form>
        </>
      )}

      <h2>Versions</h2>
      <Table
        caption="Every version of this case study, newest first"
        rows={versions}
        rowKey={(v) => v.version}
        columns={[
          { header: "Version", cell: (v) => v.version, rowHeader: true },
          { header: "Saved", cell: (v) => v.at },
          { header: "By", cell: (v) => v.by },
          { header: "Note", cell: (v) => v.note ?? "" },
        ]}
      />
      <p>
        <Link to={`/admin/cycles/${cycle.id}/final`}>Back to the final round</Link>
      </p>
    </TwoThirds>
  );
}
