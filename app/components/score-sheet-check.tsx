// The check of a judge's answers before the submission that locks the sheet, for the first round and
// the final round alike: every criterion's score and comment and the overall comment as saved, each
// with a Change link to its field on the sheet, then "Submit scores" (which posts the revision shown).
// Routes load the data (judging.entries.$code_.check.tsx, judging.final.$code_.check.tsx) and say how
// the entry is named: a code in the first round, the finalist's name too in the final.
import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/forms";
import { SummaryList } from "~/components/nhsuk";
import { commentField, OVERALL_FIELD } from "~/domain/judging";

export type CheckRow = { id: number; title: string; scoreField: string; score: string; scaleMax: number; comment: string };

export type ScoreSheetCheckProps = {
  /** How the entry is named above the heading, as on its sheet. */
  caption: string;
  title: string;
  rows: CheckRow[];
  overall: string;
  revision: number;
  complete: boolean;
  deadline: string | null;
  /** The sheet's own page: the back link and every Change link go there. */
  sheetHref: string;
  /** The problem the last submission met (a change in another tab, or a missing answer). */
  problem: string | undefined;
};

const Missing = () => <strong className="nhsuk-u-font-weight-bold">Not given</strong>;

export function ScoreSheetCheck({ caption, title, rows, overall, revision, complete, deadline, sheetHref, problem }: ScoreSheetCheckProps) {
  return (
    <>
      <div className="nhsuk-back-link">
        <Link className="nhsuk-back-link__link" to={sheetHref}>
          Back to your score sheet
        </Link>
      </div>
      {problem ? (
        <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1}>
          <h2 className="nhsuk-error-summary__title" id="error-summary-title">
            There is a problem
          </h2>
          <div className="nhsuk-error-summary__body">
            <p>{problem}.</p>
          </div>
        </div>
      ) : null}
      <span className="nhsuk-caption-l">{caption}</span>
      <h1>Check your scores before submitting them</h1>
      <p>{title || "Untitled initiative"}</p>
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
