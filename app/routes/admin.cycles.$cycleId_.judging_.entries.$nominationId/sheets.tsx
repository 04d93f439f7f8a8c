// The review page's score sheets for the entry, a submitted one reopened with a reason.
import { Form } from "@remix-run/react";
import { SheetProgressTag } from "~/components/admin";
import { Textarea } from "~/components/forms";
import { Table } from "~/components/nhsuk";

type Sheet = { key: string | number; sheetId: number | null; judge: string; progress: Parameters<typeof SheetProgressTag>[0]["progress"] };

export function SheetsSection({ code, sheets, errors, values }: { code: string; sheets: Sheet[]; errors?: Partial<Record<string, string>>; values: Partial<Record<string, string>> }) {
  return (
    <>
      <h2>Score sheets</h2>
      {sheets.length === 0 ? (
        <p>No judge is assigned to this entry.</p>
      ) : (
        <Table
          caption={`Score sheets for entry ${code}`}
          rows={sheets}
          rowKey={(s) => s.key}
          columns={[
            { header: "Judge", cell: (s) => s.judge, rowHeader: true },
            { header: "Progress", cell: (s) => <SheetProgressTag progress={s.progress} /> },
            {
              header: "Reopen",
              cell: (s) =>
                s.progress === "submitted" && s.sheetId !== null ? (
                  <Form method="post" noValidate>
                    <input type="hidden" name="intent" value="reopen" />
                    <input type="hidden" name="sheetId" value={s.sheetId} />
                    <Textarea
                      name={`reason-${s.sheetId}`}
                      label={`Why reopen ${s.judge}'s score sheet`}
                      hint="Recorded in the audit log"
                      error={errors?.[`reason-${s.sheetId}`]}
                      defaultValue={values.sheetId === String(s.sheetId) ? values[`reason-${s.sheetId}`] : undefined}
                      rows={2}
                    />
                    <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="submit">
                      Reopen<span className="nhsuk-u-visually-hidden"> {s.judge}'s score sheet</span>
                    </button>
                  </Form>
                ) : (
                  "Only a submitted sheet can be reopened"
                ),
            },
          ]}
        />
      )}
    </>
  );
}
