// The NHS.UK warning callout: a heading read as "Important: …" and what the user must know.
import type { ReactNode } from "react";

export function WarningCallout({ heading, level = 2, children }: { heading: ReactNode; level?: 2 | 3; children: ReactNode }) {
  const Heading = level === 3 ? "h3" : "h2";
  return (
    <div className="nhsuk-warning-callout">
      <Heading className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {heading}
        </span>
      </Heading>
      {children}
    </div>
  );
}
