// The judges' copies that no longer match their entry (its text, its words to hide, the register's
// names or the redaction rules changed since), each linking to its review page, and one button that
// rebuilds them all (rebuildOutOfDateCopies: released entries go back to review, as one rebuild does).
import { Form, Link } from "@remix-run/react";
import { Warning } from "~/components/judging-admin";
import { IntentButton } from "~/components/nhsuk";
import type { JudgingPageData } from "./page-data";

const copies = (n: number) => (n === 1 ? "1 judges' copy is" : `${n} judges' copies are`);

export function OutOfDateCopies({ cycleId, copies: stale }: { cycleId: number; copies: JudgingPageData["outOfDate"] }) {
  if (stale.length === 0) return null;
  const released = stale.filter((c) => c.released).length;
  return (
    <Warning title={`${copies(stale.length)} out of date`}>
      <p>
        The entry's text, its words to hide, the names in the register or the service's redaction rules have changed since{" "}
        {stale.length === 1 ? "this copy was" : "these copies were"} made.{" "}
        {released > 0
          ? `Judges still see the older copy of ${released === 1 ? "the released entry" : `the ${released} released entries`}: rebuilding takes ${released === 1 ? "it" : "them"} back to review until you release ${released === 1 ? "it" : "them"} again.`
          : "Rebuild them before you release the entries."}
      </p>
      <ul>
        {stale.map((c) => (
          <li key={c.nominationId}>
            <Link to={`/admin/cycles/${cycleId}/judging/entries/${c.nominationId}`}>
              Entry <code>{c.code}</code>
            </Link>
            : {c.title || "Untitled"}
            {c.released ? " (released to judges)" : ""}
          </li>
        ))}
      </ul>
      <Form method="post">
        <IntentButton intent="rebuild-copies" variant="secondary">
          {stale.length === 1 ? "Rebuild 1 out-of-date copy" : `Rebuild ${stale.length} out-of-date copies`}
        </IntentButton>
      </Form>
    </Warning>
  );
}
