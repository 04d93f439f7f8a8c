// A panel judge's final-round score sheet for one finalist, unblinded: the finalist's name and their
// own text beside the round's criteria, and "Continue" to the check of the answers
// (judging.final.$code_.check.tsx), where the judge submits. Only for judges on the panel, after the
// shortlist is confirmed.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ScoreSheet, scoreSheetClientAction, scoreSheetShouldRevalidate } from "~/components/score-sheet";
import type { SheetAnswer } from "~/domain/judging";
import { finalListNotices } from "~/request/judging-forms.server";
import { finalRoundSheet, judgeSheetAction } from "~/request/score-sheet-actions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.entry.organisation ?? "Finalist"} - Final round - HPMA Partnership Award` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { view, page } = await finalRoundSheet(request, params.code);
  return { entry: view.entry, ...page };
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
