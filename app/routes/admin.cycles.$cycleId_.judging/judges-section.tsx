// Every active judge's progress through their score sheets, and the reminder to those not finished.
import { Form } from "@remix-run/react";
import { IntentButton, Table, Tag } from "~/components/nhsuk";
import type { JudgingPageData } from "./page-data";

export function JudgesSection({ judges }: { judges: JudgingPageData["judges"] }) {
  return (
    <>
      <h2>Judges' progress</h2>
      {judges.length === 0 ? (
        <p>There are no active judges.</p>
      ) : (
        <Table
          caption="Each judge's score sheets"
          rows={judges}
          rowKey={(j) => j.id}
          columns={[
            { header: "Judge", rowHeader: true, cell: (j) => j.name },
            { header: "Side", cell: (j) => j.side },
            { header: "Statement accepted", cell: (j) => j.statement ?? <Tag colour="grey">Not yet</Tag> },
            { header: "Assigned", cell: (j) => j.assigned },
            { header: "Not started", cell: (j) => j.notStarted },
            { header: "Draft", cell: (j) => j.draft },
            { header: "Submitted", cell: (j) => j.submitted },
          ]}
        />
      )}
      <p>Judges are emailed automatically 3 days before judging closes. You can remind everyone with an unfinished score sheet now.</p>
      <Form method="post">
        <IntentButton intent="remind" variant="secondary">
          Email judges with unfinished score sheets
        </IntentButton>
      </Form>
    </>
  );
}
