// A judge's home: the statement to accept first, then their entries (by judging code only, in their
// own shuffled order) with progress and the deadline. Built only from the judge-facing view types.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SheetProgressTag } from "~/components/admin";
import { NoticeSuccessBanner } from "~/components/forms";
import { Table, TwoThirds, type Column } from "~/components/nhsuk";
import { judgeReadProblem } from "~/domain/judging";
import { JUDGE_SIDE_LABELS } from "~/domain/permissions";
import { formatUkDeadline } from "~/domain/uk-time";
import { practiceInvitation } from "~/models/practice.server";
import { listFinalistAssignments, listJudgeAssignments } from "~/models/score-sheets.server";
import { getDb } from "~/platform/db.server";
import { requireJudge } from "~/request/judging-access.server";
import { judgeListNotices } from "~/request/judging-forms.server";

export const meta: MetaFunction = () => [{ title: "Judging - HPMA Partnership Award" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, cycle, statementAcceptedAt } = await requireJudge(request);
  const side = user.judge ? JUDGE_SIDE_LABELS[user.judge.side] : null;
  const notice = judgeListNotices.from(request);
  if (!cycle) return { notice, side, year: null, deadline: null, closed: "There is no award cycle being judged at the moment", accepted: false, assignments: [], finalists: 0, practice: null };
  const closed = judgeReadProblem(cycle);
  const assignments = statementAcceptedAt && !closed ? await listJudgeAssignments(getDb(), { cycleId: cycle.id, judgeId: user.id }) : [];
  const finalists = statementAcceptedAt ? (await listFinalistAssignments(getDb(), { cycleId: cycle.id, judgeId: user.id })).length : 0;
  const practice = statementAcceptedAt && !closed ? await practiceInvitation(getDb(), { cycleId: cycle.id, judgeId: user.id }) : null;
  return {
    notice,
    side,
    year: cycle.year,
    deadline: cycle.judging_close_at ? formatUkDeadline(cycle.judging_close_at) : null,
    closed,
    accepted: Boolean(statementAcceptedAt),
    assignments,
    finalists,
    practice,
  };
}

type AssignmentRow = ReturnType<typeof useLoaderData<typeof loader>>["assignments"][number];

const ENTRY_COLUMNS: Column<AssignmentRow>[] = [
  { header: "Entry", cell: (a) => <Link to={`/judging/entries/${a.code}`}>{a.label}</Link> },
  { header: "Your score sheet", cell: (a) => <SheetProgressTag progress={a.progress} /> },
];

export default function Judging() {
  const { notice, side, year, deadline, closed, accepted, assignments, finalists, practice } = useLoaderData<typeof loader>();
  const done = assignments.filter((a) => a.progress === "submitted").length;
  return (
    <TwoThirds>
      {notice ? <NoticeSuccessBanner notice={notice} /> : null}
      <h1>{year ? `Judging the ${year} award` : "Judging"}</h1>
      {side ? <p className="nhsuk-lede-text">You judge for the {side.toLowerCase()}.</p> : null}
      <p>
        You score entries without knowing which organisation sent them. Each entry is known only by its code. If you
        think you recognise an organisation, step away from that entry.
      </p>
      {closed ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{closed}. The SPF secretariat will email you when there is judging to do.</p>
        </div>
      ) : !accepted ? (
        <>
          <h2>Before you see any entry</h2>
          <p>Read and accept the confidentiality and conflict of interest statement, and tell us about any conflicts of interest.</p>
          <Link className="nhsuk-button" to="/judging/statement">
            Read the statement
          </Link>
        </>
      ) : (
        <>
          {deadline ? (
            <p>
              Submit your score sheets by <strong>{deadline}</strong> (UK time). You have submitted {done} of {assignments.length}.
            </p>
          ) : null}
          {practice ? (
            <>
              <h2>Practise first</h2>
              <p>
                {practice === "offered"
                  ? "Before your first score sheet you can score a practice entry, a past case study, against the same criteria and descriptors, and see where your scores sit against the other judges'. It never counts in the results."
                  : "You have scored the practice entry."}{" "}
                <Link to="/judging/practice">{practice === "offered" ? "Score the practice entry" : "See where your practice scores sit"}</Link>
              </p>
            </>
          ) : null}
          {assignments.length === 0 ? (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>No entries have been assigned to you yet. The SPF secretariat will email you when they are.</p>
            </div>
          ) : (
            <Table caption="Your entries" showCaption rows={assignments} rowKey={(a) => a.code} columns={ENTRY_COLUMNS} />
          )}
        </>
      )}
      {finalists > 0 ? (
        <>
          <h2>The final round</h2>
          <p>
            You are on the final-round panel, with {finalists === 1 ? "1 finalist" : `${finalists} finalists`} to score.{" "}
            <Link to="/judging/final">Score the finalists</Link>
          </p>
        </>
      ) : null}
      <h2>Conflicts of interest</h2>
      <p>
        <Link to="/judging/conflicts">Declare or review your conflicts of interest</Link>. Entries from organisations you
        declare before entries are assigned are never given to you.
      </p>
    </TwoThirds>
  );
}
