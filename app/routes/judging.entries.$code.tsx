// A judge's first-round score sheet: the entry's redacted text beside the criteria, each with its
// guidance and anchored descriptors; autosave, and "Continue" to the check of the answers
// (judging.entries.$code_.check.tsx), where the judge submits (which locks the sheet). The loader
// returns only the judge-facing view: a code, redacted text and the cycle's criteria.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ScoreSheet, scoreSheetClientAction, scoreSheetShouldRevalidate, type SheetAnswer } from "~/components/score-sheet";
import { isJudgingCode, judgeReadProblem, scoringProblem } from "~/domain/judging";
import { getJudgeSheet } from "~/models/score-sheets.server";
import { getDb } from "~/platform/db.server";
import { requireJudgeWithStatement } from "~/request/judging-access.server";
import { judgeListNotices } from "~/request/judging-forms.server";
import { notFound } from "~/request/permissions.server";
import { judgeSheetAction, sheetPageData } from "~/request/score-sheet-actions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.entry.label ?? "Entry"} - Judging - HPMA Partnership Award` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, cycle } = await requireJudgeWithStatement(request);
  const code = params.code ?? "";
  if (!isJudgingCode(code)) notFound();
  // Entries are read in the judging stage only; the reason is given, but never which entry it was.
  const closedForReading = judgeReadProblem(cycle);
  if (closedForReading) throw new Response(closedForReading, { status: 403, statusText: "Forbidden" });
  const view = await getJudgeSheet(getDb(), { cycleId: cycle.id, judgeId: user.id, code });
  if (!view) notFound();
  return { entry: view.entry, ...sheetPageData(view, { readOnly: scoringProblem(cycle, new Date(), view.sheet.status), deadline: cycle.judging_close_at }) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return judgeSheetAction(request, params.code, { round: "first", submittedTo: judgeListNotices.href("/judging", "submitted"), checkTo: (code) => `/judging/entries/${code}/check` });
}

export const clientAction = scoreSheetClientAction;
export const shouldRevalidate = scoreSheetShouldRevalidate;

export default function ScoreSheetPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as SheetAnswer | undefined;
  return (
    <ScoreSheet
      key={data.entry.code}
      {...data}
      action={`/judging/entries/${data.entry.code}`}
      backTo={{ href: "/judging", label: "Back to your entries" }}
      recuseHref={`/judging/entries/${data.entry.code}/recuse`}
      checksFirst
      sharedAsFeedback
      actionData={actionData}
    />
  );
}
