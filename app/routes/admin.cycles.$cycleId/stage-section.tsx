// The cycle's stage, the move to the next one (and back to open from closed), the way to close
// nominations ahead of the deadline, and its other pages.
import { Form } from "@remix-run/react";
import { IntentButton, Tag } from "~/components/nhsuk";
import type { CyclePageData } from "./page-data";

export function StageSection({ cycle }: { cycle: CyclePageData["cycle"] }) {
  return (
    <>
      <h2 id="stage" tabIndex={-1}>
        Stage
      </h2>
      <p>
        The stage of this cycle is <Tag colour="blue">{cycle.stage.toLowerCase()}</Tag>
      </p>
      {cycle.deadline ? <p>Nominations close at {cycle.deadline} (UK time), including any extension for everyone.</p> : null}
      <div className="nhsuk-u-margin-bottom-6">
        {cycle.next ? (
          <Form method="post" style={{ display: "inline-block", marginRight: "1rem" }}>
            <input type="hidden" name="to" value={cycle.next.value} />
            <IntentButton intent="move">Move to {cycle.next.label.toLowerCase()}</IntentButton>
          </Form>
        ) : null}
        {cycle.canCloseNow ? (
          <a href={`/admin/cycles/${cycle.id}/close-nominations`} className="nhsuk-button nhsuk-button--secondary" role="button" draggable="false" style={{ marginRight: "1rem" }}>
            Close nominations now
          </a>
        ) : null}
        {cycle.canReopen ? (
          <Form method="post" style={{ display: "inline-block" }}>
            <input type="hidden" name="to" value="open" />
            <IntentButton intent="move" variant="secondary">
              Reopen nominations
            </IntentButton>
          </Form>
        ) : null}
      </div>
      <p>
        <a href={`/admin/cycles/${cycle.id}/nominations`}>See the nominations of {cycle.year}</a>
      </p>
      <p>
        <a href={`/admin/cycles/${cycle.id}/judging`}>Judging {cycle.year}: prepare and release entries, assign judges, follow progress</a>
      </p>
      <p>
        <a href={`/admin/cycles/${cycle.id}/results`}>Results {cycle.year}: scores, normalised ranking and downloads</a>
      </p>
      <p>
        <a href={`/admin/cycles/${cycle.id}/shortlist`}>Shortlist {cycle.year}: choose and confirm the finalists</a>
      </p>
      <p>
        <a href={`/admin/cycles/${cycle.id}/final`}>Final round and announcement {cycle.year}: panel, decisions, case studies, publication</a>
      </p>
      <p>
        <a href={`/admin/cycles/${cycle.id}/learning`}>What the sector can learn from {cycle.year}: the summary published with the year</a>
      </p>
      <p>
        <a href={`/admin/cycles/${cycle.id}/feedback`}>Feedback to entrants {cycle.year}: assemble, edit, approve and release it after the announcement</a>
      </p>
    </>
  );
}
