// A judge checks their first-round answers before submitting (issue 18): every criterion's score and
// comment and the overall comment as saved, each with a link back to change it, then "Submit scores",
// which locks the sheet. What is submitted is the sheet as saved at the revision this page showed: if
// it changed since (another tab), nothing is submitted and the judge is asked to check again. The
// page and its submission are shared with the final round (components/score-sheet-check.tsx).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ScoreSheetCheck } from "~/components/score-sheet-check";
import { judgeListNotices } from "~/request/judging-forms.server";
import { firstRoundSheet, sheetCheckData, submitCheckedSheet } from "~/request/score-sheet-actions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Check your scores: ${data?.entry.label ?? "Entry"} - Judging - HPMA Partnership Award` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { code, view, page } = await firstRoundSheet(request, params.code);
  return { entry: { code, label: view.entry.label, title: view.entry.title }, ...sheetCheckData(page, `/judging/entries/${code}`) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, cycle, code, page } = await firstRoundSheet(request, params.code);
  return submitCheckedSheet(request, { user, cycle, code, page, round: "first", submittedTo: judgeListNotices.href("/judging", "submitted") });
}

export default function CheckScoreSheet() {
  const { entry, ...check } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return <ScoreSheetCheck {...check} caption={entry.label} title={entry.title} sheetHref={`/judging/entries/${entry.code}`} problem={actionData?.problem} />;
}
