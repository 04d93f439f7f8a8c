// Editing an organisation of the register: its names, type, region, ODS code, the other and former
// names it is known by and the organisation that took it over; what its source says is shown beside.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle, Tag } from "~/components/admin";
import { Button, ErrorSummary } from "~/components/forms";
import { ORGANISATION_FIELD_ORDER, OrganisationFields } from "~/components/organisation-fields";
import { RegisterAttribution } from "~/components/organisation-picker";
import { REGISTER_KIND_LABELS, type RegisterKind } from "~/domain/national-register";
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
      fromOds: organisation.source?.startsWith("NHS England Organisation Data Service") ?? false,
      // What the register's source says, shown as it is; blank where the source says nothing.
      register: [
        ["Kind", organisation.kind ? (REGISTER_KIND_LABELS[organisation.kind as RegisterKind] ?? organisation.kind) : null],
        ["Nation", organisation.nation],
        ["Integrated care board code", organisation.icb_code],
        ["Headquarters", [organisation.site, organisation.town, organisation.postcode].filter(Boolean).join(", ") || null],
        ["Opened", organisation.opened_on],
        ["Closed", organisation.closed_on],
        ["Source", organisation.source],
      ] as [string, string | null][],
    },
    values: {
      name: organisation.name,
      shortName: organisation.short_name ?? "",
      type: organisation.type,
      region: organisation.region ?? "",
      odsCode: organisation.ods_code ?? "",
      aliases: organisation.aliases.join("\n"),
      formerNames: organisation.formerNames.join("\n"),
      successorOdsCode: organisation.successorOdsCode ?? "",
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
        <h2>In the register</h2>
        <dl className="nhsuk-summary-list">
          {organisation.register.map(([key, value]) => (
            <div className="nhsuk-summary-list__row" key={key}>
              <dt className="nhsuk-summary-list__key">{key}</dt>
              <dd className="nhsuk-summary-list__value">{value ?? "Not known"}</dd>
            </div>
          ))}
        </dl>
        {organisation.fromOds ? (
          <p>Its name, region, headquarters and dates come from NHS England&apos;s file and are brought up to date from it on every start. Add other names below.</p>
        ) : null}
        <h2>Details you can change</h2>
        <Form method="post" noValidate>
          <OrganisationFields values={actionData?.values ?? values} errors={actionData?.errors} />
          <Button>Save changes</Button>
        </Form>
        <p>
          <a href="/admin/organisations">Cancel and go back to the organisations</a>
        </p>
        <RegisterAttribution />
      </div>
    </div>
  );
}
