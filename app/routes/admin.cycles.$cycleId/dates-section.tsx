// The cycle's seven dates in UK time, and the form that changes them (closed unless it was just sent).
// Closing nominations before a complete nomination's last endorsement lists those it would leave out
// of judging and asks for a confirmation first.
import { Form } from "@remix-run/react";
import { CycleDateFields } from "~/components/cycle-fields";
import { IntentButton, SummaryList, WarningCallout } from "~/components/nhsuk";
import type { LeftOut } from "./actions.server";
import { valuesFor, type CyclePageData, type Posted } from "./page-data";

export function DatesSection({ data, posted, leftOut }: { data: Pick<CyclePageData, "cycle" | "dates" | "dateFields" | "dateValues" | "datesOpened">; posted: Posted; leftOut?: LeftOut[] }) {
  const confirmError = posted.sent.intent === "dates" ? posted.errors?.confirm_close : undefined;
  const { cycle, dates, dateFields, dateValues, datesOpened } = data;
  return (
    <>
      <h2>Dates</h2>
      <SummaryList rows={dates.map((d) => ({ key: d.label, value: d.value }))} />
      {cycle.datesEditable ? (
        <details className="nhsuk-details" open={posted.sent.intent === "dates"}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Change the dates</span>
          </summary>
          <div className="nhsuk-details__text">
            <Form method="post" noValidate>
              <input type="hidden" name="dates_opened" value={(posted.sent.intent === "dates" ? posted.sent.dates_opened : undefined) ?? datesOpened} />
              <p>All dates and times are UK time (GMT or BST, whichever is in force on the day).</p>
              <CycleDateFields fields={dateFields} values={valuesFor(posted, "dates", dateValues)} errors={posted.sent.intent === "dates" ? posted.errors : undefined} />
              {leftOut?.length ? (
                <WarningCallout heading="Nominations this would leave out of judging" level={3}>
                  <p>These nominations are complete now, but a lead endorsed them after the new closing time. If nominations close then, they will be awaiting endorsement and left out of judging:</p>
                  <ul>
                    {leftOut.map((n) => (
                      <li key={n.reference}>
                        {n.reference}: {n.title} ({n.organisation})
                      </li>
                    ))}
                  </ul>
                  <div className={`nhsuk-form-group${confirmError ? " nhsuk-form-group--error" : ""}`}>
                    {confirmError ? (
                      <span className="nhsuk-error-message" id="confirm_close-error">
                        <span className="nhsuk-u-visually-hidden">Error:</span> {confirmError}
                      </span>
                    ) : null}
                    <div className="nhsuk-checkboxes">
                      <div className="nhsuk-checkboxes__item">
                        <input className="nhsuk-checkboxes__input" id="confirm_close" name="confirm_close" type="checkbox" value="yes" aria-describedby={confirmError ? "confirm_close-error" : undefined} />
                        <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="confirm_close">
                          Close nominations at the new time, leaving these nominations out of judging
                        </label>
                      </div>
                    </div>
                  </div>
                </WarningCallout>
              ) : null}
              <IntentButton intent="dates">Save dates</IntentButton>
            </Form>
          </div>
        </details>
      ) : null}
    </>
  );
}
