// Editing an NHS organisation: its names, type, region, ODS code and the other names it is known by.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle, Tag } from "~/components/admin";
import { Button, ErrorSummary } from "~/components/forms";
import { ORGANISATION_FIELD_ORDER, OrganisationFields } from "~/components/organisation-fields";
import { DuplicateOrganisationError, getOrganisation, updateOrganisation } from "~/models/organisations.server";
import { getDb } from "~/utils/db.server";
import { formValues, invalid, parseForm, readForm } from "~/utils/forms.server";
import { duplicateOrganisationErrors, OrganisationSchema } from "~/utils/admin-forms.server";
import { idParam } from "~/utils/params.server";
import { notFound, requireAdmin } from "~/utils/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: adminTitle(data ? `Edit ${data.organisation.name}` : "Edit an organisation", "Organisations") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const organisation = await getOrganisation(getDb(), idParam(params.organisationId));
  if (!organisation) notFound();
  return {
    organisation: {
      name: organisation.name,
      isDemo: organisation.is_demo === 1,
    },
    values: {
      name: organisation.name,
      shortName: organisation.short_name ?? "",
      type: organisation.type,
      region: organisation.region ?? "",
      odsCode: organisation.ods_code ?? "",
      aliases: organisation.aliases.join("\n"),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const organisationId = idParam(params.organisationId);
  const db = getDb();
  if (!(await getOrganisation(db, organisationId))) notFound();
  const formData = await readForm(request);
  const result = parseForm(OrganisationSchema, formData);
  if (!result.ok) return invalid(result);
  try {
    await updateOrganisation(db, organisationId, result.data, admin.id);
  } catch (error) {
    if (!(error instanceof DuplicateOrganisationError)) throw error;
    return invalid({ errors: duplicateOrganisationErrors(error), values: formValues(formData) });
  }
  return redirect(`/admin/organisations?${new URLSearchParams({ saved: result.data.name })}`);
}

export default function EditOrganisation() {
  const { organisation, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <AdminBreadcrumb trail={[{ href: "/admin/organisations", label: "Organisations" }]} />
        <ErrorSummary errors={actionData?.errors} order={ORGANISATION_FIELD_ORDER} />
        <span className="nhsuk-caption-l">Edit an organisation</span>
        <h1>
          {organisation.name}
          {organisation.isDemo ? (
            <>
              {" "}
              <Tag colour="yellow">Demo</Tag>
            </>
          ) : null}
        </h1>
        <Form method="post" noValidate>
          <OrganisationFields values={actionData?.values ?? values} errors={actionData?.errors} />
          <Button>Save changes</Button>
        </Form>
        <p>
          <a href="/admin/organisations">Cancel and go back to the organisations</a>
        </p>
      </div>
    </div>
  );
}
