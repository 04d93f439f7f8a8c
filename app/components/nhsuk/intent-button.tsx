// A submit button that says what the form is for: it sends intent=<its intent>, which the action
// reads with readIntent (app/request/intent.server.ts). A page with several forms, or one form with
// two choices ("Approve", "Reject"), tells them apart this way.
import type { ReactNode } from "react";

export function IntentButton({ intent, variant, children }: { intent: string; variant?: "secondary" | "warning" | "reverse"; children: ReactNode }) {
  return (
    <button className={`nhsuk-button${variant ? ` nhsuk-button--${variant}` : ""}`} data-module="nhsuk-button" type="submit" name="intent" value={intent}>
      {children}
    </button>
  );
}
