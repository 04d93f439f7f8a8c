// The secretariat's view of a cycle's judging: preparing the judging entries (codes and redacted
// copies), the copies out of date with one button to rebuild them all, each entry's review and release
// status, every judge's progress with a reminder to send, declared conflicts and ended assignments
// (recusals and moves). An entry is released from its review page, or with every other reviewed entry
// from the release page. Its sections are beside this file.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { ErrorSummary, NoticeSuccessBanner } from "~/components/forms";
import { JudgingBreadcrumb } from "~/components/judging-admin";
import { Caption } from "~/components/nhsuk";
import { CONFLICT_KIND_LABELS } from "~/domain/conflicts";
import { judgeSideLabel } from "~/domain/permissions";
import { STAGE_LABELS } from "~/domain/stages";
import { formatUkDateTime } from "~/domain/uk-time";
import { listEndedAssignments } from "~/models/assignments.server";
import { listConflicts } from "~/models/judges.server";
import { listJudgingEntries, listOutOfDateCopies, prepareJudgingEntries, rebuildOutOfDateCopies } from "~/models/judging-entries.server";
import { remindJudgesNow } from "~/models/judging-reminders.server";
import { choosePracticeEntry } from "~/models/practice.server";
import { judgingProgress } from "~/models/score-sheets.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { byIntent } from "~/request/intent.server";
import { ConflictsSection, EndedAssignmentsSection } from "./conflicts-section";
import { EntriesSection } from "./entries-section";
import { JudgesSection } from "./judges-section";
import { CalibrationSection } from "./calibration-section";
import { addPracticeTerm, hidePracticeFlagAction, PracticeEntrySchema, practiceSectionData, removePracticeTerm } from "./calibration.server";
import { judgingNotices } from "./notices.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: adminTitle(data ? `Judging ${data.cycle.year}` : "Judging", "Award cycles") }];

const ENDED_LABELS: Record<string, string> = { recused: "Recused", moved: "Moved", removed: "Removed (conflict)", retired: "Left out of the results (conflict declared after assignment; the judge still sees it)" };

/** What the page's buttons do; each redirects back with its notice. */
const JUDGING_INTENTS = ["prepare", "rebuild-copies", "remind", "practice", "hide-flag", "add-term", "remove-term"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const [entries, outOfDate, progress, conflicts, ended, practice] = await Promise.all([
    listJudgingEntries(db, cycleId),
    listOutOfDateCopies(db, { cycleId }),
    judgingProgress(db, cycleId),
    listConflicts(db, { cycleId, includeRemoved: true }),
    listEndedAssignments(db, cycleId),
    practiceSectionData(db, cycleId),
  ]);
  const judgesOf = new Map(progress.entries.map((e) => [e.nominationId, e.sheets.map((s) => s.judgeName)]));
  return {
    notice: judgingNotices.from(request),
    cycle: { id: cycle.id, year: cycle.year, stage: STAGE_LABELS[cycle.stage] },
    entries: entries.map((e) => ({
      nominationId: e.nominationId,
      code: e.code,
      reference: e.reference,
      organisation: e.organisation,
      title: e.title,
      status: e.status,
      redactionCount: e.redactionCount,
      flagCount: e.flagCount,
      judges: judgesOf.get(e.nominationId) ?? [],
      submittedSheets: e.submittedSheets,
    })),
    outOfDate: outOfDate.map((c) => ({ nominationId: c.nominationId, code: c.code, title: c.title, released: c.status === "released" })),
    judges: progress.judges.map((j) => ({
      id: j.judgeId,
      name: j.name,
      side: judgeSideLabel(j.side),
      statement: j.statementAcceptedAt ? formatUkDateTime(j.statementAcceptedAt) : null,
      assigned: j.assigned,
      notStarted: j.notStarted,
      draft: j.draft,
      submitted: j.submitted,
    })),
    conflicts: conflicts.map((c) => ({
      id: c.id,
      judge: c.judgeName,
      organisation: c.organisationName,
      kind: CONFLICT_KIND_LABELS[c.kind] ?? c.kind,
      note: c.note,
      declared: `${formatUkDateTime(c.createdAt)}${c.declaredAfterAssignment ? ", after assignment" : ""}`,
      late: c.declaredAfterAssignment,
      withdrawn: c.removedAt ? `${formatUkDateTime(c.removedAt)}${c.removedAfterAssignment ? ", after assignment" : ""}` : null,
    })),
    ended: ended.map((a, i) => ({
      key: i,
      judge: a.judgeName,
      code: a.code,
      organisation: a.organisation,
      status: ENDED_LABELS[a.status] ?? a.status,
      reason: a.reason,
      at: a.at ? formatUkDateTime(a.at) : null,
    })),
    practice,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, cycleId, db } = await requireAdminCycle(request, params);
  const formData = await readForm(request);
  const page = `/admin/cycles/${cycleId}/judging`;
  return byIntent(formData, JUDGING_INTENTS, {
    prepare: async () => {
      const { created, rebuilt, withheld } = await prepareJudgingEntries(db, { cycleId, actorUserId: admin.id });
      return redirect(judgingNotices.href(page, "prepared", { created, rebuilt, withheld }));
    },
    "rebuild-copies": async () => {
      const { rebuilt, unreleased } = await rebuildOutOfDateCopies(db, { cycleId, actorUserId: admin.id });
      return redirect(judgingNotices.href(page, "copies-rebuilt", { rebuilt, unreleased }));
    },
    remind: async () => {
      const emailed = await remindJudgesNow(db, { cycleId, actorUserId: admin.id });
      return redirect(judgingNotices.href(page, "reminded", { emailed }));
    },
    practice: async () => {
      const parsed = parseForm(PracticeEntrySchema, formData);
      const chosen = parsed.ok ? await choosePracticeEntry(db, { cycleId, archiveEntryId: parsed.data.archiveEntryId, actorUserId: admin.id }) : null;
      if (!chosen?.ok) return invalid({ errors: { archiveEntryId: chosen?.problem ?? "Choose a case study from the archive" }, values: formValues(formData) });
      return redirect(judgingNotices.href(page, "practice", { redactions: chosen.redactions }));
    },
    "hide-flag": () => hidePracticeFlagAction(db, { cycleId, actorUserId: admin.id, formData, page }),
    "add-term": () => addPracticeTerm(db, { cycleId, actorUserId: admin.id, formData, page }),
    "remove-term": () => removePracticeTerm(db, { cycleId, actorUserId: admin.id, formData, page }),
  });
}

export default function CycleJudging() {
  const { notice, cycle, entries, outOfDate, judges, conflicts, ended, practice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  return (
    <>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} />
      <ErrorSummary errors={errors} />
      {!actionData && notice ? <NoticeSuccessBanner notice={notice} /> : null}
      <Caption>
        Award cycle {cycle.year}: {cycle.stage.toLowerCase()}
      </Caption>
      <h1>Judging</h1>
      <p>
        <Link to={`/admin/cycles/${cycle.id}`}>Back to the award cycle {cycle.year}</Link>
      </p>
      <EntriesSection cycleId={cycle.id} entries={entries} outOfDate={outOfDate} />
      <JudgesSection judges={judges} />
      <CalibrationSection practice={practice} errors={errors} values={actionData && "values" in actionData ? actionData.values : undefined} />
      <ConflictsSection conflicts={conflicts} />
      <EndedAssignmentsSection ended={ended} />
    </>
  );
}
