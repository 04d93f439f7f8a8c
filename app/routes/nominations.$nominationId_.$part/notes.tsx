// What a part's page says around its form: read only or when it closes, the save's status as the
// entrant types, and the buttons.
import type { ReactNode } from "react";
import { BackLink, WarningCallout } from "~/components/nhsuk";

export function BackToTaskList({ id }: { id: number }) {
  return (
    <BackLink href={`/nominations/${id}`} client>
      Back to the task list
    </BackLink>
  );
}

function ImportantCallout({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <WarningCallout heading={label}>
      <p>{children}</p>
    </WarningCallout>
  );
}

export function InformationText({ role, children }: { role?: "status"; children: ReactNode }) {
  return (
    <div className="nhsuk-inset-text" role={role}>
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>{children}</p>
    </div>
  );
}

export function BeforeTheForm({ readOnly, deadline, changedSinceSubmission }: { readOnly: string | null; deadline: string | null; changedSinceSubmission: boolean }) {
  if (readOnly) return <ImportantCallout label="Read only">{readOnly}</ImportantCallout>;
  return (
    <>
      {deadline ? <p>Nominations close at {deadline} (UK time). Your draft saves as you type; word limits apply when you submit.</p> : null}
      {changedSinceSubmission ? (
        <InformationText>You have changed this nomination since it was submitted. Submit it again before the deadline; the leads will be asked to endorse the new text.</InformationText>
      ) : null}
    </>
  );
}

export function SaveStatus({ status }: { status: { kind: "saved" | "failed" | "stale"; text: string } | null }) {
  return (
    <div aria-live="polite" className="nhsuk-u-margin-bottom-4" id="save-status">
      {status ? (
        status.kind === "saved" ? (
          <p className="nhsuk-body-s">{status.text}</p>
        ) : (
          <ImportantCallout label={status.kind === "stale" ? "Someone else has saved this nomination" : "Not saved"}>{status.text}</ImportantCallout>
        )
      ) : null}
    </div>
  );
}

export function SaveButtons() {
  return (
    <div className="nhsuk-button-group">
      <button className="nhsuk-button" type="submit" name="intent" value="return">
        Save and return to task list
      </button>
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" name="intent" value="save">
        Save draft
      </button>
    </div>
  );
}
