// One request decided at a time (?request=id), so that each field on the page is there once: the
// request, then its three forms (approve with a listed organisation, add it, reject).
import { Form } from "@remix-run/react";
import { AdminBreadcrumb } from "~/components/admin";
import { Button, ErrorSummary, Textarea, TextInput } from "~/components/forms";
import { Caption, IntentButton, SummaryList, TwoThirds } from "~/components/nhsuk";
import { OrganisationTypeAndRegion } from "~/components/organisation-fields";
import { OrganisationPicker, OrganisationSearchForm, RegisterAttribution } from "~/components/organisation-picker";
import { PAGE } from "./actions.server";
import type { Posted, RequestsPageData } from "./page-data";

const SEARCH_FORM = "organisation-search";
const FIELD_ORDER = ["organisationId", "name", "type", "region", "reason"];

export function RequestDecision({ selected, picker, posted }: { selected: NonNullable<RequestsPageData["selected"]>; picker: RequestsPageData["picker"]; posted: Posted }) {
  const errors = posted?.errors;
  const values = posted?.values ?? {};
  const formAction = `${PAGE}?request=${selected.id}`;
  return (
    <TwoThirds>
      <AdminBreadcrumb trail={[{ href: PAGE, label: "Organisation requests" }]} />
      <ErrorSummary errors={errors} order={FIELD_ORDER} />
      <Caption>Organisation request</Caption>
      <h1>Decide on a request to add an organisation</h1>
      <SummaryList
        rows={[
          { key: "Organisation asked for", value: selected.name },
          { key: "Entrant", value: selected.entrantName },
          { key: "Email address", value: selected.entrantEmail },
          { key: "Asked on", value: selected.askedOn },
        ]}
      />

      <h2>Approve: the organisation is already listed</h2>
      <p>Use this when the entrant did not find their organisation, for example because they searched for a different name.</p>
      <Form method="post" action={formAction} noValidate>
        {/* A hidden intent here: Enter in the picker's search box must not send another form's button. */}
        <input type="hidden" name="intent" value="approve-existing" />
        <input type="hidden" name="requestId" value={selected.id} />
        <OrganisationPicker
          name="organisationId"
          label="Organisation"
          hint="Search the national register"
          error={errors?.organisationId}
          searchFormId={SEARCH_FORM}
          query={picker.query}
          matches={picker.matches}
          defaultValue={values.organisationId}
          defaultLabel={values.organisationIdLabel}
          allowClosed={false}
          closedReason="choose the organisation that took over its work"
        />
        <Button>Approve with this organisation</Button>
      </Form>
      <OrganisationSearchForm id={SEARCH_FORM} keep={{ request: String(selected.id) }} />

      <h2>Approve: add it as a new organisation</h2>
      <p>You can add its short name, ODS code and other names afterwards from the organisations list.</p>
      <Form method="post" action={formAction} noValidate>
        <input type="hidden" name="requestId" value={selected.id} />
        <TextInput name="name" label="Name" hint="Correct it if the entrant mistyped it" error={errors?.name} defaultValue={values.name ?? selected.name} autoComplete="off" />
        <OrganisationTypeAndRegion values={values} errors={errors} />
        <IntentButton intent="approve-new">Add the organisation and approve</IntentButton>
      </Form>

      <h2>Reject the request</h2>
      <Form method="post" action={formAction} noValidate>
        <input type="hidden" name="requestId" value={selected.id} />
        <Textarea name="reason" label="Reason for rejecting" hint="For example, that the organisation is not part of the NHS" error={errors?.reason} defaultValue={values.reason} rows={3} />
        <IntentButton intent="reject" variant="warning">
          Reject the request
        </IntentButton>
      </Form>
      <RegisterAttribution />
    </TwoThirds>
  );
}
