// Adding an NHS organisation to the list entrants choose from.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { Button, ErrorSummary } from "~/components/forms";
import { ORGANISATION_FIELD_ORDER, OrganisationFields } from "~/components/organisation-fields";
import { createOrganisation, DuplicateOrganisationError } from "~/models/organisations.server";
import { getDb } from "~/platform/db.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { duplicateOrganisationErrors, organisationNotices, OrganisationSchema } from "~/request/admin-forms.server";
import { requireAdmin } from "~/request/permissions.server";
import { TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: adminTitle("Add an organisation", "Organisations") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const formData = await readForm(request);
  const result = parseForm(OrganisationSchema, formData);
  if (!result.ok) return invalid(result);
  try {
    const id = await createOrganisation(getDb(), result.data, admin.id);
    return redirect(organisationNotices.href("/admin/organisations", "saved", { organisation: id }));
  } catch (error) {
    if (!(error instanceof DuplicateOrganisationError)) throw error;
    return invalid({ errors: duplicateOrganisationErrors(error), values: formValues(formData) });
  }
}

export default function NewOrganisation() {
  const actionData = useActionData<typeof action>();
  return (
    <TwoThirds>
      <AdminBreadcrumb trail={[{ href: "/admin/organisations", label: "Organisations" }]} />
      <ErrorSummary errors={actionData?.errors} order={ORGANISATION_FIELD_ORDER} />
      <h1>Add an organisation</h1>
      <Form method="post" noValidate>
        <OrganisationFields values={actionData?.values ?? {}} errors={actionData?.errors} />
        <Button>Save organisation</Button>
      </Form>
    </TwoThirds>
  );
}
