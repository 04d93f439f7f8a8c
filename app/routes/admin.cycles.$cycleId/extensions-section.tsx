// The deadline extensions given so far, and the form that gives one to everyone or one organisation.
import { Form } from "@remix-run/react";
import { UkDateTimeInput } from "~/components/cycle-fields";
import { Select, Textarea } from "~/components/forms";
import { IntentButton, Table, TwoThirds } from "~/components/nhsuk";
import { valuesFor, type CyclePageData, type Posted } from "./page-data";

export function ExtensionsSection({ data, posted }: { data: Pick<CyclePageData, "cycle" | "extensions" | "organisations">; posted: Posted }) {
  const { cycle, extensions, organisations } = data;
  const errors = posted.sent.intent === "extend" ? posted.errors : undefined;
  const values = valuesFor(posted, "extend", {});
  return (
    <>
      <h2>Deadline extensions</h2>
      {extensions.length === 0 ? (
        <p>No deadline has been extended.</p>
      ) : (
        <Table
          caption="Deadline extensions"
          rows={extensions}
          rowKey={(e) => e.id}
          columns={[
            { header: "For", cell: (e) => e.organisation },
            { header: "New deadline (UK time)", cell: (e) => e.newCloseAt },
            { header: "Reason", cell: (e) => e.reason },
            { header: "Given", cell: (e) => e.createdAt },
          ]}
        />
      )}
      {cycle.extendable ? (
        <TwoThirds>
          <h3>Extend the deadline</h3>
          <Form method="post" noValidate>
            <Select
              name="organisation"
              label="Extend the deadline for"
              hint="Everyone, or one organisation. Entrants with drafts are told by email when it is for everyone."
              error={errors?.organisation}
              defaultValue={valuesFor(posted, "extend", { organisation: "all" }).organisation}
              options={[{ value: "all", label: "Every organisation" }, ...organisations]}
            />
            <UkDateTimeInput name="new_close" legend="New deadline" hint="UK time, for example 20 5 2027 and 17:00" error={errors?.new_close} values={values} />
            <Textarea name="reason" label="Reason" hint="Recorded with the extension, such as an IT outage at the trust" error={errors?.reason} defaultValue={values.reason} rows={3} />
            <IntentButton intent="extend">Extend the deadline</IntentButton>
          </Form>
        </TwoThirds>
      ) : (
        <p>Deadlines can be extended while nominations are open or have just closed.</p>
      )}
    </>
  );
}
