// The NHS.UK details component, and its expander variant (a bordered box that folds a longer part of
// a page): the browser's own <details>, so it opens and closes without JavaScript.
import type { ReactNode } from "react";

export function Details({ summary, open = false, expander = false, id, children }: { summary: ReactNode; open?: boolean; expander?: boolean; id?: string; children: ReactNode }) {
  return (
    <details className={`nhsuk-details${expander ? " nhsuk-expander" : ""}`} id={id} open={open}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}
