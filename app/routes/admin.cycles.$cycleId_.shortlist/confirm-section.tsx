// Confirming the saved shortlist: the recorded step that reveals the finalists to the final-round
// panel and e-mails them. Shown once a shortlist is saved.
import { Form } from "@remix-run/react";
import { Warning } from "~/components/judging-admin";
import { IntentButton } from "~/components/nhsuk";

export function ConfirmSection({ saved }: { saved: string[] }) {
  if (saved.length === 0) return null;
  return (
    <>
      <h2>Confirm the shortlist</h2>
      <p>Confirming uses the saved shortlist ({saved.join(", ")}); save any changes first.</p>
      <Warning title="This cannot be undone">
        <p>
          Confirming reveals the finalists&apos; organisations to the final-round panel and e-mails each finalist that they are a finalist. The shortlist
          cannot change afterwards. Entries not shortlisted stay anonymous.
        </p>
      </Warning>
      <Form method="post">
        <IntentButton intent="confirm" variant="warning">
          Confirm shortlist and reveal the finalists to the final-round panel
        </IntentButton>
      </Form>
    </>
  );
}
