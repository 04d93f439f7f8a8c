// A judge checks their first-round answers before submitting (issue 18): every criterion's score and
// comment and the overall comment as saved, each with a link back to change it, then "Submit scores",
// which locks the sheet. What is submitted is the sheet as saved at the revision this page showed: if
// it changed since (another tab), nothing is submitted and the judge is asked to check again.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/forms";
import { SummaryList } from "~/components/nhsuk";
import { commentField, isJudgingCode, judgeReadProblem, OVERALL_FIELD, scoreField, scoringProblem } from "~/domain/judging";
import { getJudgeSheet, saveScoreSheet } from "~/models/score-sheets.server";
import { getDb } from "~/platform/db.server";
import { readForm } from "~/request/forms.server";
import { requireJudgeWithStatement } from "~/request/judging-access.server";
import { judgeListNotices, sheetInput } from "~/request/judging-forms.server";
import { notFound } from "~/request/permissions.server";
import { sheetPageData } from "~/request/score-sheet-actions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Check your scores: ${data?.entry.label ?? "Entry"} - Judging - HPMA Partnership Award` }];

async function judgeSheet(request: Request, codeParam: string | undefined) {
  const { user, cycle } = await requireJudgeWithStatement(request);
  const code = codeParam ?? "";
  if (!isJudgingCode(code)) notFound();
  const closedForReading = judgeReadProblem(cycle);
  if (closedForReading) throw new Response(closedForReading, { status: 403, statusText: "Forbidden" });
  const db = getDb();
  const view = await getJudgeSheet(db, { cycleId: cycle.id, judgeId: user.id, code });
  if (!view) notFound();
  return { db, user, cycle, code, view, page: sheetPageData(view, { readOnly: scoringProblem(cycle, new Date(), view.sheet.status), deadline: cycle.judging_close_at }) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { code, view, page } = await judgeSheet(request, params.code);
  // A submitted (or closed) sheet has nothing to check: the sheet page says why.
  if (page.readOnly || view.sheet.status !== "draft") throw redirect(`/judging/entries/${code}`);
  const rows = view.criteria.map((c) => ({
    id: c.id,
    title: c.title,
    scoreField: scoreField(c.id),
    score: page.values[scoreField(c.id)] ?? "",
    scaleMax: c.scale_max,
    comment: page.values[commentField(c.id)] ?? "",
  }));
  const overall = page.values[OVERALL_FIELD] ?? "";
  return {
    entry: { code, label: view.entry.label, title: view.entry.title },
    rows,
    overall,
    revision: view.sheet.revision,
    complete: rows.every((r) => r.score !== "") && overall.trim() !== "",
    deadline: page.deadline,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, user, cycle, code, page } = await judgeSheet(request, params.code);
  const formData = await readForm(request);
  // The sheet as saved, at the revision the judge checked.
  const saved = new FormData();
  for (const [name, value] of Object.entries(page.values)) saved.set(name, value);
  saved.set("revision", String(formData.get("revision") ?? ""));
  const input = sheetInput(saved);
  const result = await saveScoreSheet(db, { cycleId: cycle.id, judgeId: user.id, code, input, mode: "submit", revision: input.revision, round: "first" });
  if (result.ok) return redirect(judgeListNotices.href("/judging", "submitted"));
  if (result.reason === "not_found") notFound();
  const problem =
    result.reason === "stale"
      ? "Your score sheet changed after you opened this page (in another tab or window). Check your scores again below"
      : result.reason === "invalid"
        ? "Your score sheet is not finished. Change the answers marked as missing, then submit"
        : result.problem;
  return data({ problem }, { status: result.reason === "closed" ? 403 : result.reason === "stale" ? 409 : 400 });
}

const Missing = () => <strong className="nhsuk-u-font-weight-bold">Not given</strong>;

export default function CheckScoreSheet() {
  const { entry, rows, overall, revision, complete, deadline } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const sheetHref = `/judging/entries/${entry.code}`;
  return (
    <>
      <div className="nhsuk-back-link">
        <Link className="nhsuk-back-link__link" to={sheetHref}>
          Back to your score sheet
        </Link>
      </div>
      {actionData?.problem ? (
        <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1}>
          <h2 className="nhsuk-error-summary__title" id="error-summary-title">
            There is a problem
          </h2>
          <div className="nhsuk-error-summary__body">
            <p>{actionData.problem}.</p>
          </div>
        </div>
      ) : null}
      <span className="nhsuk-caption-l">{entry.label}</span>
      <h1>Check your scores before submitting them</h1>
      <p>{entry.title || "Untitled initiative"}</p>
      <SummaryList
        rows={[
          ...rows.flatMap((r) => [
            {
              key: `Score for “${r.title}”`,
              value: r.score === "" ? <Missing /> : `${r.score} out of ${r.scaleMax}`,
              action: { href: `${sheetHref}#${r.scoreField}`, visuallyHidden: `score for “${r.title}”` },
            },
            {
              key: `Comment on “${r.title}”`,
              value: r.comment.trim() ? <span style={{ whiteSpace: "pre-line" }}>{r.comment}</span> : "None",
              action: { href: `${sheetHref}#${commentField(r.id)}`, visuallyHidden: `comment on “${r.title}”` },
            },
          ]),
          {
            key: "Overall comment",
            value: overall.trim() ? <span style={{ whiteSpace: "pre-line" }}>{overall}</span> : <Missing />,
            action: { href: `${sheetHref}#${OVERALL_FIELD}`, visuallyHidden: "overall comment" },
          },
        ]}
      />
      {complete ? (
        <>
          <h2>Now submit your scores</h2>
          <p>
            When you submit, your score sheet is locked. Only the SPF secretariat can reopen it.{deadline ? ` Submit by ${deadline} (UK time).` : null}
          </p>
          <Form method="post">
            <input type="hidden" name="revision" value={revision} />
            <Button>Submit scores</Button>
          </Form>
        </>
      ) : (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Every score and the overall comment are needed before you can submit. <Link to={sheetHref}>Go back to your score sheet</Link> to finish it.
          </p>
        </div>
      )}
    </>
  );
}
