// The practice entry (calibration before scoring, decision 037): before their first score sheet a
// judge may score a past case study, redacted like any entry, on the same score sheet, and then sees
// where their scores sit against the descriptors and the other judges' practice scores, by code only.
// Practice scores count nowhere: not in the results, the exports or the normalisation.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ScoreSheet, scoreSheetClientAction, scoreSheetShouldRevalidate } from "~/components/score-sheet";
import { NotificationBanner } from "~/components/forms";
import { BackLink, TwoThirds } from "~/components/nhsuk";
import { judgeReadProblem, scoringProblem, type SheetAnswer } from "~/domain/judging";
import { practiceEntryView } from "~/domain/practice";
import { getPracticeSheet, practiceCalibration } from "~/models/practice.server";
import { getDb } from "~/platform/db.server";
import { requireJudgeWithStatement } from "~/request/judging-access.server";
import { practiceSheetAction, sheetPageData } from "~/request/score-sheet-actions.server";
import { CalibrationSection } from "./calibration-section";

export const meta: MetaFunction = () => [{ title: "Practice entry - Judging - HPMA Partnership Award" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, cycle } = await requireJudgeWithStatement(request);
  const closedForReading = judgeReadProblem(cycle);
  if (closedForReading) throw new Response(closedForReading, { status: 403, statusText: "Forbidden" });
  const db = getDb();
  const view = await getPracticeSheet(db, { cycleId: cycle.id, judgeId: user.id });
  if (!view) return { practice: null, calibration: null };
  const readOnly = scoringProblem(cycle, new Date(), null) ?? view.closed;
  return {
    practice: { entry: practiceEntryView(view.copy), ...sheetPageData(view, { readOnly, deadline: null }) },
    calibration: (await practiceCalibration(db, { cycleId: cycle.id, judgeId: user.id })) ?? null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  return practiceSheetAction(request, { submittedTo: "/judging/practice?notice=submitted#calibration" });
}

export const clientAction = scoreSheetClientAction;
export const shouldRevalidate = scoreSheetShouldRevalidate;

export default function PracticePage() {
  const { practice, calibration } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as SheetAnswer | undefined;
  if (!practice) {
    return (
      <TwoThirds>
        <BackLink href="/judging" client>Back to your entries</BackLink>
        <h1>Practice entry</h1>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>There is no practice entry for you to score in this award cycle.</p>
        </div>
        <p>
          <Link to="/judging">Go to your entries</Link>
        </p>
      </TwoThirds>
    );
  }
  return (
    <>
      {calibration ? (
        <NotificationBanner title="Practice scores submitted" success>
          <p>
            Your practice scores are submitted. <a href="#calibration">See where they sit</a> against the descriptors and the other judges.
          </p>
        </NotificationBanner>
      ) : null}
      <ScoreSheet
        {...practice}
        action="/judging/practice"
        backTo={{ href: "/judging", label: "Back to your entries" }}
        actionData={actionData}
        submitNote="When you submit, your practice scores are locked and you see where they sit against the other judges'."
        intro={
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              This is practice. It is a past case study from the award's archive, with its organisation, places and people hidden as
              in any entry. Score it against the same criteria and descriptors as your entries; then you will see where your scores
              sit against the descriptors and the other judges' practice scores. Practice scores never count in the results.
            </p>
          </div>
        }
      />
      {calibration ? <CalibrationSection calibration={calibration} /> : null}
    </>
  );
}
