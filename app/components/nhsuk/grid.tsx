// The NHS.UK grid: a row of columns by fraction of the page. Most pages put their text and forms in
// two thirds of the width, so that lines stay short enough to read.
import type { ReactNode } from "react";

export type ColumnWidth = "full" | "three-quarters" | "two-thirds" | "one-half" | "one-third" | "one-quarter";

export function GridRow({ children }: { children: ReactNode }) {
  return <div className="nhsuk-grid-row">{children}</div>;
}

export function GridColumn({ width, children }: { width: ColumnWidth; children: ReactNode }) {
  return <div className={`nhsuk-grid-column-${width}`}>{children}</div>;
}

/** The usual page: one row, one column two thirds wide. */
export function TwoThirds({ children }: { children: ReactNode }) {
  return (
    <GridRow>
      <GridColumn width="two-thirds">{children}</GridColumn>
    </GridRow>
  );
}
