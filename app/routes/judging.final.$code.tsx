// A panel judge's final-round score sheet for one finalist, unblinded: the finalist's name and their
// own text beside the round's criteria, and "Continue" to the check of the answers
// (judging.final.$code_.check.tsx), where the judge submits. Only for judges on the panel, after the
// shortlist is confirmed.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ScoreSheet, scoreSheetClientAction, scoreSheetShouldRevalidate, type SheetAnswer } from "~/components/score-sheet";
import { finalScoringProblem, isJudgingCode } from "~/domain/judging";
import { getFinalistSheet } from "~/models/score-sheets.server";
import { getDb } from "~/platform/db.server";
import { requireJudgeWithStatement } from "~/request/judging-access.server";
import { finalListNotices } from "~/request/judging-forms.server";
import { notFound } from "~/request/permissions.server";
import { judgeSheetAction, sheetPageData } from "~/request/score-sheet-actions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.entry.organisation ?? "Finalist"} - Final round - HPMA Partnership Award` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, cycle } = await requireJudgeWithStatement(request);
  const code = params.code ?? "";
  if (!isJudgingCode(code)) notFound();
  const view = await getFinalistSheet(getDb(), { cycleId: cycle.id, judgeId: user.id, code });
  if (!view) notFound();
  return { entry: view.entry, ...sheetPageData(view, { readOnly: finalScoringProblem(cycle, view.sheet.status), deadline: null }) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return judgeSheetAction(request, params.code, { round: "final", submittedTo: finalListNotices.href("/judging/final", "submitted"), checkTo: (code) => `/judging/final/${code}/check` });
}

export const clientAction = scoreSheetClientAction;
export const shouldRevalidate = scoreSheetShouldRevalidate;

export default function FinalistSheetPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as SheetAnswer | undefined;
  return (
    <ScoreSheet
      key={data.entry.code}
      {...data}
      action={`/judging/final/${data.entry.code}`}
      backTo={{ href: "/judging/final", label: "Back to the finalists" }}
      checksFirst
      sharedAsFeedback
      actionData={actionData}
    />
  );
}
