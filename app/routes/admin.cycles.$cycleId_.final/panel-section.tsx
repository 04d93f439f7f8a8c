// The final-round panel: the judges who score every finalist they have no conflict with.
import { Form } from "@remix-run/react";
import { Checkboxes } from "~/components/forms";
import { IntentButton } from "~/components/nhsuk";
import type { Posted } from "~/components/posted";
import type { FinalPageData } from "./page-data";

export function PanelSection({ data: { cycle, judges }, posted }: { data: Pick<FinalPageData, "cycle" | "judges">; posted: Posted }) {
  const sent = posted.sent.intent === "panel" ? posted.sent : null;
  const checked = new Set(sent ? (sent.judge ?? "").split(",").filter(Boolean) : judges.filter((j) => j.onPanel).map((j) => String(j.id)));
  return (
    <>
      {!cycle.confirmed ? (
        <p>The panel is chosen once the shortlist is confirmed: confirming the shortlist is what shows the finalists' names to the panel.</p>
      ) : cycle.panelOpen ? (
        <Form method="post" noValidate>
          <Checkboxes
            name="judge"
            legend="Judges on the panel"
            hint="Each judge on the panel scores every finalist they have no conflict of interest with. Taking a judge off removes their unsubmitted final-round sheets."
            error={posted.errors?.judge}
            options={judges.map((j) => ({ value: String(j.id), label: j.name, hint: j.side }))}
            checked={checked}
          />
          <IntentButton intent="panel">Save the panel</IntentButton>
        </Form>
      ) : (
        <p>The panel can no longer change.</p>
      )}
    </>
  );
}
