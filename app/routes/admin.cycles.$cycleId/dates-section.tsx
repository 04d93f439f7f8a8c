// The cycle's seven dates in UK time, and the form that changes them (closed unless it was just sent).
import { Form } from "@remix-run/react";
import { CycleDateFields } from "~/components/cycle-fields";
import { IntentButton, SummaryList } from "~/components/nhsuk";
import { valuesFor, type CyclePageData, type Posted } from "./page-data";

export function DatesSection({ data, posted }: { data: Pick<CyclePageData, "cycle" | "dates" | "dateFields" | "dateValues">; posted: Posted }) {
  const { cycle, dates, dateFields, dateValues } = data;
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
              <p>All dates and times are UK time (GMT or BST, whichever is in force on the day).</p>
              <CycleDateFields fields={dateFields} values={valuesFor(posted, "dates", dateValues)} errors={posted.sent.intent === "dates" ? posted.errors : undefined} />
              <IntentButton intent="dates">Save dates</IntentButton>
            </Form>
          </div>
        </details>
      ) : null}
    </>
  );
}
