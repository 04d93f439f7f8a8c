// The panel's progress through the final-round score sheets, by judge and by finalist, with the form
// that reopens a submitted sheet (with a reason) so that its judge can change it.
import { Form, Link } from "@remix-run/react";
import { SheetProgressTag } from "~/components/admin";
import { Textarea } from "~/components/forms";
import { IntentButton, Table, Tag } from "~/components/nhsuk";
import type { Posted } from "~/components/posted";
import type { FinalPageData } from "./page-data";

type Sheet = FinalPageData["progress"]["finalists"][number]["sheets"][number];

function ReopenSheetForm({ sheet, posted }: { sheet: Sheet & { sheetId: number }; posted: Posted }) {
  const field = `reason_${sheet.sheetId}`;
  const sent = posted.sent.intent === "reopen" && posted.sent.sheet_id === String(sheet.sheetId) ? posted.sent : null;
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="sheet_id" value={sheet.sheetId} />
      <Textarea name={field} label={`Why reopen ${sheet.judgeName}'s sheet`} error={posted.errors?.[field]} defaultValue={sent?.[field]} rows={2} />
      <IntentButton intent="reopen" variant="secondary">
        Reopen this sheet
      </IntentButton>
    </Form>
  );
}

export function ProgressSection({ data: { cycle, progress }, posted }: { data: Pick<FinalPageData, "cycle" | "progress">; posted: Posted }) {
  return (
    <>
      <h3>Progress by judge</h3>
      {progress.judges.length === 0 ? (
        <p>No judge is on the final-round panel yet.</p>
      ) : (
        <Table
          caption="Each panel judge's final-round score sheets"
          rows={progress.judges}
          rowKey={(j) => j.judgeId}
          columns={[
            {
              header: "Judge",
              rowHeader: true,
              cell: (j) => (
                <>
                  {j.name}
                  {j.onPanel ? null : (
                    <>
                      {" "}
                      <Tag colour="grey">Off the panel</Tag>
                    </>
                  )}
                </>
              ),
            },
            { header: "Side", cell: (j) => j.side },
            { header: "Assigned", cell: (j) => j.assigned },
            { header: "Not started", cell: (j) => j.notStarted },
            { header: "Draft", cell: (j) => j.draft },
            { header: "Submitted", cell: (j) => j.submitted },
          ]}
        />
      )}

      <h3>Progress by finalist</h3>
      {progress.finalists.length === 0 ? (
        <p>There are no finalists yet.</p>
      ) : (
        progress.finalists.map((f) => (
          <div key={f.nominationId} className="nhsuk-u-margin-bottom-5">
            <h4>
              {f.organisation} (Entry <code>{f.code}</code>): {f.submitted} of {f.assigned} submitted
            </h4>
            {f.sheets.length === 0 ? (
              <p>No judge is assigned yet.</p>
            ) : (
              <Table
                caption={`Final-round score sheets for ${f.organisation} (Entry ${f.code})`}
                rows={f.sheets}
                rowKey={(s) => s.assignmentId}
                columns={[
                  { header: "Judge", rowHeader: true, cell: (s) => s.judgeName },
                  {
                    header: "Sheet",
                    cell: (s) => (
                      <>
                        <SheetProgressTag progress={s.progress} />
                        {s.reopenedReason && s.progress !== "submitted" ? <p className="nhsuk-body-s nhsuk-u-margin-top-2">Reopened: {s.reopenedReason}</p> : null}
                      </>
                    ),
                  },
                  {
                    header: "Reopen",
                    cell: (s) => (s.progress === "submitted" && s.sheetId !== null && !cycle.published ? <ReopenSheetForm sheet={{ ...s, sheetId: s.sheetId }} posted={posted} /> : null),
                  },
                ]}
              />
            )}
          </div>
        ))
      )}
      <p>
        <Link to={`/admin/cycles/${cycle.id}/results?round=final`}>See the final-round results</Link>
      </p>
    </>
  );
}
