// The NHS.UK table, from a list of columns and a list of rows: each column says its heading and how
// to show a row's cell; a column marked rowHeader gives each row its header cell (th scope=row).
// The caption is always there for screen readers, and shown only when asked.
import type { ReactNode } from "react";

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
}: {
  caption: string;
  showCaption?: boolean;
  /** The size of a shown caption, as a heading of that size would be. */
  captionSize?: "s" | "m" | "l";
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
}) {
  return (
    <table className="nhsuk-table">
      <caption className={`nhsuk-table__caption${captionSize ? ` nhsuk-table__caption--${captionSize}` : ""}${showCaption ? "" : " nhsuk-u-visually-hidden"}`}>{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr>
          {columns.map((c, i) => (
            <th scope="col" key={i} className={c.numeric ? "nhsuk-table__header--numeric" : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c, i) =>
              c.rowHeader ? (
                <th scope="row" key={i} className={c.className}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={i} className={classes(c.numeric && "nhsuk-table__cell--numeric", c.className)}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
