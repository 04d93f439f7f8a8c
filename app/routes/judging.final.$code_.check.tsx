// A panel judge checks their final-round answers before submitting, as in the first round (issue 18):
// every criterion's score and comment and the overall comment as saved, each with a link back to
// change it, then "Submit scores", which locks the sheet; a change made in another tab since this page
// was shown is refused, never submitted unseen. The finalist is named as on its sheet (the final round
// is judged with the finalists' names, once the shortlist is confirmed).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ScoreSheetCheck } from "~/components/score-sheet-check";
import { finalScoringProblem, isJudgingCode } from "~/domain/judging";
import { getFinalistSheet } from "~/models/score-sheets.server";
import { getDb } from "~/platform/db.server";
import { requireJudgeWithStatement } from "~/request/judging-access.server";
import { finalListNotices } from "~/request/judging-forms.server";
import { notFound } from "~/request/permissions.server";
import { sheetCheckData, sheetPageData, submitCheckedSheet } from "~/request/score-sheet-actions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Check your scores: ${data?.entry.organisation ?? "Finalist"} - Final round - HPMA Partnership Award` }];

async function finalistSheet(request: Request, codeParam: string | undefined) {
  const { user, cycle } = await requireJudgeWithStatement(request);
  const code = codeParam ?? "";
  if (!isJudgingCode(code)) notFound();
  const view = await getFinalistSheet(getDb(), { cycleId: cycle.id, judgeId: user.id, code });
  if (!view) notFound();
  return { user, cycle, code, view, page: sheetPageData(view, { readOnly: finalScoringProblem(cycle, view.sheet.status), deadline: null }) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { code, view, page } = await finalistSheet(request, params.code);
  return { entry: { code, label: view.entry.label, organisation: view.entry.organisation, title: view.entry.title }, ...sheetCheckData(page, `/judging/final/${code}`) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, cycle, code, page } = await finalistSheet(request, params.code);
  return submitCheckedSheet(request, { user, cycle, code, page, round: "final", submittedTo: finalListNotices.href("/judging/final", "submitted") });
}

export default function CheckFinalistSheet() {
  const { entry, ...check } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return <ScoreSheetCheck {...check} caption={`${entry.label}: ${entry.organisation}`} title={entry.title} sheetHref={`/judging/final/${entry.code}`} problem={actionData?.problem} />;
}
