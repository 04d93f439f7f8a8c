// A panel judge checks their final-round answers before submitting, as in the first round (issue 18):
// every criterion's score and comment and the overall comment as saved, each with a link back to
// change it, then "Submit scores", which locks the sheet; a change made in another tab since this page
// was shown is refused, never submitted unseen. The finalist is named as on its sheet (the final round
// is judged with the finalists' names, once the shortlist is confirmed).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ScoreSheetCheck } from "~/components/score-sheet-check";
import { finalListNotices } from "~/request/judging-forms.server";
import { finalRoundSheet, sheetCheckData, submitCheckedSheet } from "~/request/score-sheet-actions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Check your scores: ${data?.entry.organisation ?? "Finalist"} - Final round - HPMA Partnership Award` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { code, view, page } = await finalRoundSheet(request, params.code);
  return { entry: { code, label: view.entry.label, organisation: view.entry.organisation, title: view.entry.title }, ...sheetCheckData(page, `/judging/final/${code}`) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, cycle, code, page } = await finalRoundSheet(request, params.code);
  return submitCheckedSheet(request, { user, cycle, code, page, round: "final", submittedTo: finalListNotices.href("/judging/final", "submitted") });
}

export default function CheckFinalistSheet() {
  const { entry, ...check } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return <ScoreSheetCheck {...check} caption={`${entry.label}: ${entry.organisation}`} title={entry.title} sheetHref={`/judging/final/${entry.code}`} problem={actionData?.problem} />;
}
