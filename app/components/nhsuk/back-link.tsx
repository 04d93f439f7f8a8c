// The NHS.UK back link: one link to the page before, above the heading. `client` makes it a Remix
// link (the page changes without a full load), for pages inside the app that already navigated so.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

export function BackLink({ href, client = false, children }: { href: string; client?: boolean; children: ReactNode }) {
  return (
    <div className="nhsuk-back-link">
      {client ? (
        <Link className="nhsuk-back-link__link" to={href}>
          {children}
        </Link>
      ) : (
        <a className="nhsuk-back-link__link" href={href}>
          {children}
        </a>
      )}
    </div>
  );
}
