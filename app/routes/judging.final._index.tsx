// The final round for a panel judge: the finalists they score, named now that the shortlist has been
// confirmed (the unblinding), with progress. Entries that were not shortlisted never appear here.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SheetProgressTag } from "~/components/admin";
import { NoticeSuccessBanner } from "~/components/forms";
import { finalScoringProblem } from "~/domain/judging";
import { formatUkDeadline } from "~/domain/uk-time";
import { listFinalistAssignments } from "~/models/score-sheets.server";
import { getDb } from "~/platform/db.server";
import { requireJudgeWithStatement } from "~/request/judging-access.server";
import { finalListNotices } from "~/request/judging-forms.server";
import { BackLink, Table, TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: "Final round - Judging - HPMA Partnership Award" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, cycle } = await requireJudgeWithStatement(request);
  const finalists = await listFinalistAssignments(getDb(), { cycleId: cycle.id, judgeId: user.id });
  return {
    notice: finalListNotices.from(request),
    year: cycle.year,
    closed: finalScoringProblem(cycle, null),
    finalJudgingAt: cycle.final_judging_at ? formatUkDeadline(cycle.final_judging_at) : null,
    finalists,
  };
}

export default function FinalRound() {
  const { notice, year, closed, finalJudgingAt, finalists } = useLoaderData<typeof loader>();
  return (
    <TwoThirds>
      <BackLink href="/judging" client>
        Back to judging
      </BackLink>
      {notice ? <NoticeSuccessBanner notice={notice} /> : null}
      <h1>The final round of the {year} award</h1>
      <p>
        Each finalist presents to the panel for 15 minutes, followed by 15 minutes of questions
        {finalJudgingAt ? `, at ${finalJudgingAt} (UK time)` : ""}. Score each finalist independently: you will not see
        other judges' scores.
      </p>
      {closed ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{closed}.</p>
        </div>
      ) : null}
      {finalists.length === 0 ? (
        <p>You are not on the final-round panel, or the finalists have not been confirmed yet.</p>
      ) : (
        <Table
          caption="Finalists"
          showCaption
          cellClasses
          rows={finalists}
          rowKey={(f) => f.code}
          columns={[
            {
              header: "Finalist",
              cell: (f) => (
                <>
                  <Link to={`/judging/final/${f.code}`}>{f.organisation}</Link>
                  <br />
                  <span className="nhsuk-body-s">{f.title}</span>
                </>
              ),
            },
            { header: "Your score sheet", cell: (f) => <SheetProgressTag progress={f.progress} /> },
          ]}
        />
      )}
    </TwoThirds>
  );
}
