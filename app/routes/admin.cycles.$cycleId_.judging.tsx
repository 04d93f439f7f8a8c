// The secretariat's view of a cycle's judging: preparing the judging entries (codes and redacted
// copies), each entry's review and release status, every judge's progress with a reminder to send,
// declared conflicts and ended assignments (recusals and moves). An entry is released from its review
// page, or with every other reviewed entry from the release page.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { Tag } from "~/components/nhsuk";
import { Button, ErrorSummary, NoticeSuccessBanner, type Notice } from "~/components/forms";
import { EntryStatusTag, JudgingBreadcrumb } from "~/components/judging-admin";
import { CONFLICT_KIND_LABELS } from "~/domain/conflicts";
import { judgeSideLabel } from "~/domain/permissions";
import { STAGE_LABELS } from "~/domain/stages";
import { listEndedAssignments } from "~/models/assignments.server";
import { listConflicts } from "~/models/judges.server";
import { listJudgingEntries, prepareJudgingEntries } from "~/models/judging-entries.server";
import { remindJudgesNow } from "~/models/judging-reminders.server";
import { judgingProgress } from "~/models/score-sheets.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { formValues, invalid, readForm } from "~/request/forms.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: adminTitle(data ? `Judging ${data.cycle.year}` : "Judging", "Award cycles") }];

const ENDED_LABELS: Record<string, string> = { recused: "Recused", moved: "Moved", removed: "Removed (conflict)", retired: "Left out of the results (conflict declared after assignment; the judge still sees it)" };

/** A small count from the address after a redirect; anything odd is ignored. */
function countParam(params: URLSearchParams, name: string): number | null {
  const v = params.get(name);
  return v && /^[0-9]{1,6}$/.test(v) ? Number(v) : null;
}

function noticeFrom(url: URL): Notice | null {
  const p = url.searchParams;
  const notice = p.get("notice");
  if (notice === "prepared") {
    const [created, rebuilt, withheld] = ["created", "rebuilt", "withheld"].map((n) => countParam(p, n) ?? 0);
    const lines = [
      `${created} new ${created === 1 ? "entry was" : "entries were"} prepared for review.`,
      `${rebuilt} ${rebuilt === 1 ? "entry was" : "entries were"} rebuilt because the text or terms changed: ${rebuilt === 1 ? "it needs" : "they need"} reviewing again.`,
      `${withheld} ${withheld === 1 ? "entry was" : "entries were"} withheld because the nomination is no longer complete.`,
    ];
    return { title: "The judging entries are up to date", lines };
  }
  if (notice === "reminded") {
    const emailed = countParam(p, "emailed") ?? 0;
    return { title: emailed === 1 ? "1 judge emailed" : `${emailed} judges emailed`, lines: emailed === 0 ? ["No judge has an unfinished score sheet."] : [] };
  }
  return null;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const [entries, progress, conflicts, ended] = await Promise.all([
    listJudgingEntries(db, cycleId),
    judgingProgress(db, cycleId),
    listConflicts(db, { cycleId, includeRemoved: true }),
    listEndedAssignments(db, cycleId),
  ]);
  const judgesOf = new Map(progress.entries.map((e) => [e.nominationId, e.sheets.map((s) => s.judgeName)]));
  return {
    notice: noticeFrom(new URL(request.url)),
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
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, cycleId, db } = await requireAdminCycle(request, params);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === "prepare") {
    const counts = await prepareJudgingEntries(db, { cycleId, actorUserId: admin.id });
    const q = new URLSearchParams({ notice: "prepared", created: String(counts.created), rebuilt: String(counts.rebuilt), withheld: String(counts.withheld) });
    return redirect(`/admin/cycles/${cycleId}/judging?${q}`);
  }
  if (intent === "remind") {
    const emailed = await remindJudgesNow(db, { cycleId, actorUserId: admin.id });
    return redirect(`/admin/cycles/${cycleId}/judging?notice=reminded&emailed=${emailed}`);
  }
  return invalid({ errors: { form: "Choose what to do" }, values: formValues(formData) });
}

function IntentButton({ intent, children, variant }: { intent: string; children: string; variant?: "secondary" }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <Button variant={variant}>{children}</Button>
    </Form>
  );
}

export default function CycleJudging() {
  const { notice, cycle, entries, judges, conflicts, ended } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const needsReview = entries.filter((e) => e.status === "needs_review").length;
  return (
    <>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} />
      <ErrorSummary errors={actionData?.errors} />
      {!actionData && notice ? <NoticeSuccessBanner notice={notice} /> : null}
      <span className="nhsuk-caption-l">
        Award cycle {cycle.year}: {cycle.stage.toLowerCase()}
      </span>
      <h1>Judging</h1>
      <p>
        <Link to={`/admin/cycles/${cycle.id}`}>Back to the award cycle {cycle.year}</Link>
      </p>

      <h2>Entries for judging</h2>
      <p>
        Every complete nomination gets a judging code and a copy with its organisation, people and places hidden. Review each copy and release it to judges
        one by one. Preparing again picks up new complete nominations and rebuilds any whose text changed.
      </p>
      <IntentButton intent="prepare">Prepare entries for judging</IntentButton>
      {entries.length === 0 ? (
        <p>No entries have been prepared yet.</p>
      ) : (
        <>
          <p>
            {entries.length} {entries.length === 1 ? "entry" : "entries"}; {needsReview} {needsReview === 1 ? "needs" : "need"} review.
          </p>
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Entries for judging, by code</caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Organisation and title</th>
                <th scope="col">Redaction</th>
                <th scope="col">Hidden</th>
                <th scope="col">Flags</th>
                <th scope="col">Judges</th>
                <th scope="col">Sheets submitted</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {entries.map((e) => (
                <tr key={e.nominationId}>
                  <th scope="row">
                    <Link to={`/admin/cycles/${cycle.id}/judging/entries/${e.nominationId}`}>
                      <span className="nhsuk-u-visually-hidden">Review entry </span>
                      <code>{e.code}</code>
                    </Link>
                  </th>
                  <td>
                    {e.organisation}
                    <br />
                    <span className="nhsuk-body-s">
                      {e.reference}: {e.title || "Untitled"}
                    </span>
                  </td>
                  <td>
                    <EntryStatusTag status={e.status} />
                  </td>
                  <td>{e.redactionCount}</td>
                  <td>{e.flagCount}</td>
                  <td>
                    {e.judges.length === 0 ? (
                      "None"
                    ) : (
                      <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                        {e.judges.map((name) => (
                          <li key={name}>{name}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {e.submittedSheets} of {e.judges.length}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p>
        <Link to={`/admin/cycles/${cycle.id}/judging/release`}>Release every reviewed entry</Link>
      </p>
      <p>
        <Link to={`/admin/cycles/${cycle.id}/judging/assignment`}>Assign judges to released entries</Link>
      </p>

      <h2>Judges' progress</h2>
      {judges.length === 0 ? (
        <p>There are no active judges.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Each judge's score sheets</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Judge</th>
              <th scope="col">Side</th>
              <th scope="col">Statement accepted</th>
              <th scope="col">Assigned</th>
              <th scope="col">Not started</th>
              <th scope="col">Draft</th>
              <th scope="col">Submitted</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {judges.map((j) => (
              <tr key={j.id}>
                <th scope="row">{j.name}</th>
                <td>{j.side}</td>
                <td>{j.statement ?? <Tag colour="grey">Not yet</Tag>}</td>
                <td>{j.assigned}</td>
                <td>{j.notStarted}</td>
                <td>{j.draft}</td>
                <td>{j.submitted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>Judges are emailed automatically 3 days before judging closes. You can remind everyone with an unfinished score sheet now.</p>
      <IntentButton intent="remind" variant="secondary">
        Email judges with unfinished score sheets
      </IntentButton>

      <h2>Conflicts of interest declared</h2>
      <p>
        A judge is never given an entry from the organisation on their judge profile, nor from an organisation they declare before entries are assigned. A
        conflict declared after assignment does not change the judge's list (it would tell them which entries are that organisation's): their score sheets
        for its entries are left out of the results and another judge is added to each, shown under ended assignments. Withdrawn conflicts stay listed.
      </p>
      {conflicts.length === 0 ? (
        <p>No judge has declared a conflict of interest.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Conflicts of interest declared by judges</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Judge</th>
              <th scope="col">Organisation</th>
              <th scope="col">Connection</th>
              <th scope="col">Note</th>
              <th scope="col">Declared</th>
              <th scope="col">Withdrawn</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {conflicts.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.judge}</th>
                <td>{c.organisation}</td>
                <td>{c.kind}</td>
                <td>{c.note ?? ""}</td>
                <td>{c.late ? <Tag colour="orange">{c.declared}</Tag> : c.declared}</td>
                <td>{c.withdrawn ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Ended assignments</h2>
      {ended.length === 0 ? (
        <p>No assignment has ended: nobody has recused and nothing has been moved.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Ended assignments, newest first</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Judge</th>
              <th scope="col">Entry</th>
              <th scope="col">Organisation</th>
              <th scope="col">What happened</th>
              <th scope="col">Reason</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {ended.map((a) => (
              <tr key={a.key}>
                <th scope="row">{a.judge}</th>
                <td>
                  <code>{a.code}</code>
                </td>
                <td>{a.organisation}</td>
                <td>{a.status}</td>
                <td>{a.reason ?? ""}</td>
                <td>{a.at ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
