// Said on the review page when the judges' copy no longer matches the entry: its text, its words to
// hide, the register's names or the redaction rules changed since the copy was stored. The page only reads (a GET never
// writes); the secretariat rebuilds the copy here, and a released entry then goes back to review.
import { Form } from "@remix-run/react";
import { Warning } from "~/components/judging-admin";
import { IntentButton } from "~/components/nhsuk";

export function StaleCopy({ released }: { released: boolean }) {
  return (
    <Warning title="The judges' copy is out of date">
      <p>
        The entry's text, its words to hide, the names in the register or the service's redaction rules have changed since the judges' copy was made. Below,
        the marked text is the copy as it would be made now; "Judges will see" is the copy as it was made.{" "}
        {released ? "Judges still see the older copy: rebuilding it takes the entry back to review until it is released again." : "Rebuild it before you release the entry."}
      </p>
      <Form method="post">
        <IntentButton intent="rebuild" variant="secondary">
          Rebuild the judges' copy
        </IntentButton>
      </Form>
    </Warning>
  );
}
