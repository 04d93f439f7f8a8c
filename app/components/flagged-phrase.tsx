// One flagged phrase of a judges' copy (decision 023), as a row of a summary list: the phrase, why it
// was flagged and how often, where it stands with its context, and the actions the page offers on it
// (hide or keep on an entry's review page; hide on the practice entry).
import type { ReactNode } from "react";
import type { FlagToDecide } from "~/domain/flag-decisions";

type Flagged = Pick<FlagToDecide, "key" | "matched" | "reason" | "occurrences" | "field" | "context">;

export function FlaggedPhraseRow({ flag, note, actions }: { flag: Flagged; note?: ReactNode; actions: ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">
        “{flag.matched}”
        <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-font-weight-normal">
          {flag.reason}
          {flag.occurrences > 1 ? `, ${flag.occurrences} times` : ""}
        </span>
      </dt>
      <dd className="nhsuk-summary-list__value">
        <span className="nhsuk-body-s nhsuk-u-display-block">{flag.field}:</span>
        {flag.context.before}
        <strong>{flag.context.phrase}</strong>
        {flag.context.after}
        {note}
      </dd>
      <dd className="nhsuk-summary-list__actions">{actions}</dd>
    </div>
  );
}
