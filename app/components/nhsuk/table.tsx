// The NHS.UK table, from a list of columns and a list of rows: each column says its heading and how
// to show a row's cell; a column marked rowHeader gives each row its header cell (th scope=row).
// The caption is always there for screen readers, and shown only when asked. Every table sits in
// nhsuk-frontend's table container, which scrolls sideways on its own when the table is wider than
// the screen, so the page itself never does (WCAG 1.4.10 reflow).
import type { ReactNode } from "react";

/**
 * nhsuk-frontend's scrolling table container: a named region that can take focus, so a keyboard can
 * scroll it too (select it, then use the arrow keys). For tables not drawn by Table below.
 */
export function TableContainer({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="nhsuk-table-container" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export type Column<T> = {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  rowHeader?: boolean;
  numeric?: boolean;
  /** Classes for the column's body cells (a smaller text: "nhsuk-body-s"). */
  className?: string;
};

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ") || undefined;

export function Table<T>({
  caption,
  showCaption = false,
  captionSize,
  columns,
  rows,
  rowKey,
  cellClasses = false,
  className,
}: {
  caption: string;
  showCaption?: boolean;
  /** The size of a shown caption, as a heading of that size would be. */
  captionSize?: "s" | "m" | "l";
  /** A column may be `false` where it is shown only sometimes (`withFlags && { header, cell }`). */
  columns: readonly (Column<T> | false)[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** Every row, header cell and data cell carries its own class, as nhsuk-frontend's table macro writes them. */
  cellClasses?: boolean;
  /** A class of the page's own beside nhsuk-table ("app-demo-logins"). */
  className?: string;
}) {
  const shown = columns.filter((c): c is Column<T> => c !== false);
  const rowClass = cellClasses ? "nhsuk-table__row" : undefined;
  const headerClass = (numeric?: boolean, own?: string) =>
    classes(cellClasses && "nhsuk-table__header", numeric && "nhsuk-table__header--numeric", own);
  return (
    <TableContainer label={caption}>
      <table className={classes("nhsuk-table", className)}>
        <caption className={`nhsuk-table__caption${captionSize ? ` nhsuk-table__caption--${captionSize}` : ""}${showCaption ? "" : " nhsuk-u-visually-hidden"}`}>{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className={rowClass}>
            {shown.map((c, i) => (
              <th scope="col" key={i} className={headerClass(c.numeric)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClass}>
              {shown.map((c, i) =>
                c.rowHeader ? (
                  <th scope="row" key={i} className={headerClass(false, c.className)}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={i} className={classes(cellClasses && "nhsuk-table__cell", c.numeric && "nhsuk-table__cell--numeric", c.className)}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}
