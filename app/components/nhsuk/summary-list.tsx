// The NHS.UK summary list: keys and values (an organisation's details, a cycle's dates), each row
// with an optional "Change" link whose hidden text names what it changes, or other actions of its own.
import type { ReactNode } from "react";

export type SummaryRow = {
  key: ReactNode;
  value: ReactNode;
  /** The value keeps the line breaks it was typed with (notes, reasons). */
  preWrap?: boolean;
  /** A link to change this row; `visuallyHidden` finishes "Change" for screen readers ("Change the name"). */
  action?: { href: string; label?: string; visuallyHidden: string };
  /** Anything else in the row's actions column (a small form with a button); null keeps the column empty. */
  actions?: ReactNode;
};

/** Rows may be `false` or `null` where a row is shown only sometimes (`notes ? { key, value } : null`). */
export function SummaryList({ rows, noBorder = false }: { rows: readonly (SummaryRow | false | null)[]; noBorder?: boolean }) {
  return (
    <dl className={`nhsuk-summary-list${noBorder ? " nhsuk-summary-list--no-border" : ""}`}>
      {rows.map((row, i) =>
        row ? (
          <div className="nhsuk-summary-list__row" key={i}>
            <dt className="nhsuk-summary-list__key">{row.key}</dt>
            <dd className="nhsuk-summary-list__value" style={row.preWrap ? { whiteSpace: "pre-wrap" } : undefined}>
              {row.value}
            </dd>
            {row.action ? (
              <dd className="nhsuk-summary-list__actions">
                <a href={row.action.href}>
                  {row.action.label ?? "Change"}
                  <span className="nhsuk-u-visually-hidden"> {row.action.visuallyHidden}</span>
                </a>
              </dd>
            ) : row.actions !== undefined ? (
              <dd className="nhsuk-summary-list__actions">{row.actions}</dd>
            ) : null}
          </div>
        ) : null,
      )}
    </dl>
  );
}
