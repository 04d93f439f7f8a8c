// The final round and the announcement, for the secretariat: where the cycle stands, the finalists,
// the final-round panel and its progress (with reopening a submitted sheet), the presentations, the
// embargoed decisions (with how many final-round sheets are in), the finalists' case studies, and the
// announcement (moved, or published now). Below where the cycle is, a task list says where each
// section stands, and each section is folded into an expander (tasks.ts: open when it is the next task,
// or its form was just posted). Each form has its section beside this file and its action function in
// actions.server.ts. The loader only reads: case studies are drafted when the shortlist is confirmed.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { ErrorSummary, NoticeSuccessBanner, type FormValues } from "~/components/forms";
import { JudgingBreadcrumb } from "~/components/judging-admin";
import { Caption, TaskList } from "~/components/nhsuk";
import { postedFrom } from "~/components/posted";
import { allSheetsIn, embargoed, sheetsInSentence } from "~/domain/announcement";
import { RESULT_LABELS } from "~/domain/archive";
import { judgeSideLabel } from "~/domain/permissions";
import { STAGE_LABELS, type Stage } from "~/domain/stages";
import { formatUkDateTime, formatUkDeadline, ukDateTimeValues, utcToUk } from "~/domain/uk-time";
import { draftDetails } from "~/models/case-study-details.server";
import { finalRoundProgress, finalSheetCount, publishedCaseStudyLinks } from "~/models/final-round.server";
import { getDecisions, getShortlist } from "~/models/finalists.server";
import { listJudges } from "~/models/judges.server";
import { listCaseStudyDrafts } from "~/models/publication.server";
import { getFinalPanel } from "~/models/shortlist.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { readForm } from "~/request/forms.server";
import { byIntent } from "~/request/intent.server";
import { choosePanel, draftCaseStudies, moveTheAnnouncement, publishTheResults, recordTheDecisions, reopenSheet } from "./actions.server";
import { AnnouncementSection } from "./announcement-section";
import { CaseStudiesSection } from "./case-studies-section";
import { DecisionsSection } from "./decisions-section";
import { FINAL_INTENTS } from "./form.server";
import { finalNotices } from "./notices.server";
import { PanelSection } from "./panel-section";
import { PresentationsSection, PRESENTATION_MINUTES, QUESTIONS_MINUTES } from "./presentations-section";
import { ProgressSection } from "./progress-section";
import { PublishSection } from "./publish-section";
import { StatusSection } from "./status-section";
import { TaskSection } from "./task-section";
import { finalTasks, type FinalTaskId } from "./tasks";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: adminTitle(data ? `Final round ${data.cycle.year}` : "Final round", "Award cycles") }];

function nextStep(stage: Stage, confirmed: boolean, published: boolean): string {
  if (published || stage === "announced" || stage === "archived") return "The results have been announced and published in the archive of winners.";
  if (stage === "shortlisting") {
    return confirmed
      ? "The shortlist is confirmed. Next: choose the final-round panel, then move the cycle to the final round on the cycle page."
      : "Next: choose and confirm the finalists on the shortlist page. The final round follows.";
  }
  if (stage === "final") return "Next: the panel scores the finalists' presentations, you record the winner and any highly commended entries, and the results are published at the announcement.";
  return "The final round comes after judging and shortlisting.";
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const confirmed = cycle.shortlist_confirmed_at !== null;
  const published = !embargoed(cycle);
  const [shortlist, judges, panel, progress, sheets, decisions, drafts, links] = await Promise.all([
    confirmed ? getShortlist(db, cycleId) : Promise.resolve([]),
    listJudges(db),
    getFinalPanel(db, cycleId),
    finalRoundProgress(db, cycleId),
    finalSheetCount(db, cycleId),
    getDecisions(db, cycleId),
    listCaseStudyDrafts(db, cycleId),
    publishedCaseStudyLinks(db, cycleId),
  ]);
  // Personal details nobody agreed to, per case study, while there is still time to decide (decision 020).
  const undecided = new Map(
    published ? [] : await Promise.all(drafts.map(async (d) => [d.nominationId, (await draftDetails(db, { nominationId: d.nominationId, fields: d.fields })).filter((x) => x.status === "undecided").length] as const)),
  );
  const onPanel = new Set(panel);
  const slot = (PRESENTATION_MINUTES + QUESTIONS_MINUTES) * 60_000;
  const open = confirmed && !published && (cycle.stage === "shortlisting" || cycle.stage === "final");
  return {
    notice: finalNotices.from(request),
    noticeKind: finalNotices.kindFrom(request),
    cycle: {
      id: cycle.id,
      year: cycle.year,
      stageLabel: STAGE_LABELS[cycle.stage],
      next: nextStep(cycle.stage, confirmed, published),
      confirmed,
      published,
      publishedAt: cycle.published_at ? formatUkDateTime(cycle.published_at) : null,
      announcement: cycle.announcement_at ? formatUkDeadline(cycle.announcement_at) : null,
      announcementValues: ukDateTimeValues("announcement", cycle.announcement_at) as FormValues,
      finalJudging: cycle.final_judging_at ? formatUkDeadline(cycle.final_judging_at) : null,
      panelOpen: open,
      decisionsOpen: open,
    },
    sheets: { ...sheets, allIn: allSheetsIn(sheets), sentence: sheetsInSentence(sheets) },
    finalists: shortlist.map((f, i) => {
      const start = cycle.final_judging_at ? Date.parse(cycle.final_judging_at) + i * slot : null;
      return {
        nominationId: f.nominationId,
        code: f.code,
        organisation: f.organisation,
        title: f.title,
        slot: start === null ? null : `${utcToUk(new Date(start)).time} to ${utcToUk(new Date(start + slot)).time}`,
      };
    }),
    judges: judges.map((j) => ({ id: j.id, name: j.name, side: judgeSideLabel(j.side), onPanel: onPanel.has(j.id) })),
    progress: {
      judges: progress.judges.map((j) => ({ ...j, side: judgeSideLabel(j.side) })),
      finalists: progress.finalists,
    },
    decisions: decisions.map((d) => ({ ...d, label: RESULT_LABELS[d.result] })),
    caseStudies: drafts.map((d) => ({
      nominationId: d.nominationId,
      code: d.code,
      organisation: d.organisation,
      title: d.fields.title,
      version: d.version,
      consent: d.consent,
      updated: formatUkDateTime(d.updatedAt),
      publicPath: links.get(d.nominationId)?.path ?? null,
      undecided: undecided.get(d.nominationId) ?? 0,
      result: published ? (decisions.find((x) => x.nominationId === d.nominationId)?.result ?? "finalist") : null,
    })),
    // Finalists of a shortlist confirmed before confirming drafted their case studies.
    withoutCaseStudy: open ? shortlist.filter((f) => !drafts.some((d) => d.nominationId === f.nominationId)).length : 0,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, cycleId, db, cycle } = await requireAdminCycle(request, params);
  const formData = await readForm(request);
  const args = { formData, db, cycle, cycleId, adminId: admin.id };
  return byIntent(formData, FINAL_INTENTS, {
    panel: () => choosePanel(args),
    reopen: () => reopenSheet(args),
    decisions: () => recordTheDecisions(args),
    move: () => moveTheAnnouncement(args),
    publish: () => publishTheResults(args),
    draft_case_studies: () => draftCaseStudies(args),
  });
}

const ERROR_ORDER = ["form", "judge", "winner", "hc", "sheets_confirmed", "sheets_reason", "announcement", "publish"];

export default function FinalRound() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const posted = postedFrom(actionData);
  const { cycle } = data;
  const tasks = finalTasks(data, { intent: posted.sent.intent, notice: actionData ? null : data.noticeKind });
  const task = (id: FinalTaskId) => tasks.find((t) => t.id === id)!;
  return (
    <>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} />
      <ErrorSummary errors={posted.errors} order={ERROR_ORDER} />
      {!actionData && data.notice ? <NoticeSuccessBanner notice={data.notice} /> : null}
      <Caption>Award cycle {cycle.year}</Caption>
      <h1>Final round and announcement</h1>
      <p>
        <Link to={`/admin/cycles/${cycle.id}`}>Back to the award cycle {cycle.year}</Link>
      </p>
      <StatusSection data={data} />
      <h2>Tasks</h2>
      <TaskList idPrefix="final-tasks" items={tasks} />
      <TaskSection task={task("task-panel")}>
        <PanelSection data={data} posted={posted} />
      </TaskSection>
      <TaskSection task={task("task-progress")}>
        <ProgressSection data={data} posted={posted} />
      </TaskSection>
      <TaskSection task={task("task-presentations")}>
        <PresentationsSection data={data} />
      </TaskSection>
      <TaskSection task={task("task-decisions")}>
        <DecisionsSection data={data} posted={posted} />
      </TaskSection>
      <TaskSection task={task("task-case-studies")}>
        <CaseStudiesSection data={data} />
      </TaskSection>
      <TaskSection task={task("task-announcement")}>
        <AnnouncementSection data={data} posted={posted} />
        <PublishSection data={data} posted={posted} />
      </TaskSection>
    </>
  );
}
