// A nomination's endorsements, newest first, and the form that accepts one on other evidence.
import { Form } from "@remix-run/react";
import { Button, Radios, Textarea, type FieldErrors, type FormValues } from "~/components/forms";
import { Table, TwoThirds } from "~/components/nhsuk";
import { ENDORSEMENT_STATE_LABELS, type EndorsementState } from "~/domain/admin-nominations";

type Endorsement = {
  id: number;
  side: string;
  name: string;
  email: string;
  status: string;
  forCurrentText: boolean;
  reason: string | null;
  sentAt: string;
  respondedAt: string | null;
  decidedBy: string | null;
};

export function EndorsementsSection({
  endorsements,
  current,
  canAccept,
  posted,
}: {
  endorsements: Endorsement[];
  current: { employer: EndorsementState; staffSide: EndorsementState };
  canAccept: boolean;
  posted: { errors: FieldErrors; values: FormValues } | undefined;
}) {
  const values = posted?.values ?? {};
  return (
    <>
      <h2>Endorsements</h2>
      <p>
        For the text as submitted: employer {ENDORSEMENT_STATE_LABELS[current.employer].toLowerCase()}, staff side {ENDORSEMENT_STATE_LABELS[current.staffSide].toLowerCase()}.
      </p>
      {endorsements.length === 0 ? (
        <p>No endorsement has been requested.</p>
      ) : (
        <Table
          caption="Endorsements, newest first"
          rows={endorsements}
          rowKey={(e) => e.id}
          columns={[
            { header: "Side", cell: (e) => e.side, rowHeader: true },
            {
              header: "Lead",
              cell: (e) => (
                <>
                  {e.name}
                  <br />
                  {e.email}
                </>
              ),
            },
            {
              header: "Status",
              cell: (e) => (
                <>
                  {e.status}
                  {e.forCurrentText ? "" : " (an earlier text)"}
                  {e.reason ? (
                    <>
                      <br />
                      Reason: {e.reason}
                    </>
                  ) : null}
                  {e.decidedBy ? (
                    <>
                      <br />
                      Decided by {e.decidedBy}
                    </>
                  ) : null}
                </>
              ),
            },
            { header: "Sent", cell: (e) => e.sentAt },
            { header: "Answered", cell: (e) => e.respondedAt ?? "Not yet" },
          ]}
        />
      )}

      {canAccept ? (
        <TwoThirds>
          <h3>Accept the endorsement by other evidence</h3>
          <p>When a lead has endorsed the nomination another way, such as a signed letter, record it here. A pending link stops working.</p>
          <Form method="post" noValidate>
            <Radios
              name="side"
              legend="Whose endorsement"
              error={posted?.errors.side}
              defaultValue={values.side}
              options={[
                { value: "employer", label: "The employer lead's" },
                { value: "staff_side", label: "The staff-side lead's" },
              ]}
            />
            <Textarea
              name="reason"
              label="The evidence"
              hint="Recorded with the endorsement and in the audit log, such as a letter from the staff-side lead dated 2 May"
              error={posted?.errors.reason}
              defaultValue={values.reason}
              rows={3}
            />
            <Button>Accept the endorsement</Button>
          </Form>
        </TwoThirds>
      ) : null}
    </>
  );
}
