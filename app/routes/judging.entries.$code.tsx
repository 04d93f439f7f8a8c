// A judge's first-round score sheet: the entry's redacted text beside the criteria, each with its
// guidance and anchored descriptors; autosave, and "Continue" to the check of the answers
// (judging.entries.$code_.check.tsx), where the judge submits (which locks the sheet). The loader
// returns only the judge-facing view: a code, redacted text and the cycle's criteria.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ScoreSheet, scoreSheetClientAction, scoreSheetShouldRevalidate } from "~/components/score-sheet";
import type { SheetAnswer } from "~/domain/judging";
import { judgeListNotices } from "~/request/judging-forms.server";
import { firstRoundSheet, judgeSheetAction } from "~/request/score-sheet-actions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.entry.label ?? "Entry"} - Judging - HPMA Partnership Award` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { view, page } = await firstRoundSheet(request, params.code);
  return { entry: view.entry, ...page };
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
