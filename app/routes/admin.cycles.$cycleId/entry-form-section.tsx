// The sections of the entry form, and a form per section while the cycle is in draft.
import { Form } from "@remix-run/react";
import { Textarea, TextInput } from "~/components/forms";
import { IntentButton, Table } from "~/components/nhsuk";
import type { CyclePageData, Posted } from "./page-data";

export function EntryFormSection({ data, posted }: { data: Pick<CyclePageData, "cycle" | "sections">; posted: Posted }) {
  const { cycle, sections } = data;
  const { sent, errors } = posted;
  return (
    <>
      <h2>Entry form</h2>
      <Table
        caption="Sections of the entry form"
        rows={sections}
        rowKey={(s) => s.id}
        columns={[
          { header: "Section", cell: (s) => s.title, rowHeader: true },
          { header: "Guidance", cell: (s) => s.guidance },
          { header: "Word limit", cell: (s) => (s.wordLimit === null ? "None" : s.wordLimit.toLocaleString("en-GB")) },
        ]}
      />
      {cycle.criteriaEditable ? (
        <details className="nhsuk-details" open={sent.intent === "section"}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Change the entry form</span>
          </summary>
          <div className="nhsuk-details__text">
            {sections.map((sec) => {
              const prefix = `section-${sec.id}-`;
              return (
                <Form method="post" noValidate key={sec.id} className="nhsuk-u-margin-bottom-6">
                  <input type="hidden" name="section_id" value={sec.id} />
                  <input type="hidden" name={`${prefix}opened`} value={posted.sent[`${prefix}opened`] ?? sec.opened} />
                  <fieldset className="nhsuk-fieldset">
                    <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{sec.title}</legend>
                    <TextInput name={`${prefix}title`} label="Title" error={errors?.[`${prefix}title`]} defaultValue={sent[`${prefix}title`] ?? sec.title} autoComplete="off" />
                    <Textarea name={`${prefix}guidance`} label="Guidance for entrants" error={errors?.[`${prefix}guidance`]} defaultValue={sent[`${prefix}guidance`] ?? sec.guidance} rows={3} />
                    <TextInput
                      name={`${prefix}word_limit`}
                      label="Word limit (optional)"
                      hint="Leave empty for no limit"
                      error={errors?.[`${prefix}word_limit`]}
                      defaultValue={sent[`${prefix}word_limit`] ?? (sec.wordLimit === null ? "" : String(sec.wordLimit))}
                      width={10}
                      autoComplete="off"
                    />
                  </fieldset>
                  <IntentButton intent="section" variant="secondary">
                    Save this section
                  </IntentButton>
                </Form>
              );
            })}
          </div>
        </details>
      ) : null}
    </>
  );
}
