// The NHS.UK back link: one link to the page before, above the heading.
import type { ReactNode } from "react";

export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <div className="nhsuk-back-link">
      <a className="nhsuk-back-link__link" href={href}>
        {children}
      </a>
    </div>
  );
}
