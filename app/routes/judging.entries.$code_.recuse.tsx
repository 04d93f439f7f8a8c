// A judge steps away from an entry ("I think I know this organisation"). The assignment ends at once
// with the reason recorded, and the entry goes to another judge if one is free.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, Textarea } from "~/components/forms";
import { BackLink, Caption, TwoThirds } from "~/components/nhsuk";
import { entryLabel, isJudgingCode, judgeReadProblem } from "~/domain/judging";
import { recuse } from "~/models/assignments.server";
import { judgingEntryNominationId } from "~/models/judging-entries.server";
import { getJudgeSheet } from "~/models/score-sheets.server";
import { getDb } from "~/platform/db.server";
import { invalid, parseForm, readForm } from "~/request/forms.server";
import { requireJudgeWithStatement } from "~/request/judging-access.server";
import { judgeListNotices, RecusalSchema } from "~/request/judging-forms.server";
import { notFound } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: "Step away from an entry - Judging - HPMA Partnership Award" }];

async function ownEntry(request: Request, code: string | undefined) {
  const context = await requireJudgeWithStatement(request);
  if (!code || !isJudgingCode(code) || judgeReadProblem(context.cycle)) notFound();
  const sheet = await getJudgeSheet(getDb(), { cycleId: context.cycle.id, judgeId: context.user.id, code });
  if (!sheet) notFound();
  return { ...context, code, sheet };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { code, sheet } = await ownEntry(request, params.code);
  return { code, label: entryLabel(code), submitted: sheet.sheet.status === "submitted" };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, cycle, sheet } = await ownEntry(request, params.code);
  const parsed = parseForm(RecusalSchema, await readForm(request));
  if (!parsed.ok) return invalid(parsed);
  // The entry's nomination id is looked up here, on the server, from the judge's own assignment.
  const entryId = await judgingEntryNominationId(getDb(), { cycleId: cycle.id, code: sheet.entry.code });
  if (entryId === undefined) notFound();
  const result = await recuse(getDb(), { cycleId: cycle.id, judgeId: user.id, entryId, reason: parsed.data.reason });
  if (!result.ok) notFound();
  return redirect(judgeListNotices.href("/judging", "recused"));
}

export default function Recuse() {
  const { code, label, submitted } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <TwoThirds>
      <BackLink href={`/judging/entries/${code}`} client>
        Back to {label}
      </BackLink>
      <ErrorSummary errors={actionData?.errors} order={["reason"]} />
      <Caption>{label}</Caption>
      <h1>Step away from this entry</h1>
      <p>
        If you think you know which organisation sent this entry, or have any other conflict with it, step away. The
        entry will be removed from your list at once and given to another judge if one is free.
        {submitted ? " Your submitted score sheet for it will no longer count." : ""}
      </p>
      <Form method="post" noValidate>
        <Textarea name="reason" label="Why are you stepping away?" hint="Only the SPF secretariat sees this." error={actionData?.errors?.reason} defaultValue={actionData?.values?.reason} rows={3} />
        <div className="nhsuk-button-group">
          <button className="nhsuk-button nhsuk-button--warning" type="submit">
            Step away from this entry
          </button>
          <Link className="nhsuk-link" to={`/judging/entries/${code}`}>
            Cancel
          </Link>
        </div>
      </Form>
    </TwoThirds>
  );
}
