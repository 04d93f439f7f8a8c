// The national register of organisations, searchable by any name they are known by; without a
// search, the ones added by hand.
import { OrganisationSearchSchema, organisationNotices } from "~/request/admin-forms.server";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle, countSentence } from "~/components/admin";
import { Table, Tag, type Column } from "~/components/nhsuk";
import { Button, NoticeSuccessBanner, TextInput } from "~/components/forms";
import { ORGANISATION_TYPE_LABELS } from "~/domain/permissions";
import { listOrganisations } from "~/models/organisations.server";
import { getDb } from "~/platform/db.server";
import { requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: adminTitle("Organisations") }];


export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { q } = OrganisationSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const all = await listOrganisations(getDb(), { q });
  // The national register is long: without a search, only the organisations added by hand (and the
  // demo ones), which are the ones that need the secretariat's care.
  const rows = q ? all : all.filter((o) => o.kind === null);
  return {
    q,
    notice: organisationNotices.from(request, all),
    registerSize: q ? null : all.length,
    organisations: rows.map((o) => ({
      id: o.id,
      name: o.name,
      shortName: o.short_name,
      type: ORGANISATION_TYPE_LABELS[o.type],
      region: o.region,
      odsCode: o.ods_code,
      aliases: o.aliases,
      isDemo: o.is_demo === 1,
    })),
  };
}

type OrganisationRow = ReturnType<typeof useLoaderData<typeof loader>>["organisations"][number];

const ORGANISATION_COLUMNS: Column<OrganisationRow>[] = [
  {
    header: "Name",
    cell: (o) => (
      <>
        <a href={`/admin/organisations/${o.id}`}>{o.name}</a>
        {o.shortName ? (
          <>
            <br />
            <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">{o.shortName}</span>
          </>
        ) : null}
        {o.isDemo ? (
          <>
            {" "}
            <Tag colour="yellow">Demo</Tag>
          </>
        ) : null}
      </>
    ),
  },
  { header: "Type", cell: (o) => o.type },
  { header: "Region", cell: (o) => o.region ?? "Not known" },
  { header: "ODS code", cell: (o) => o.odsCode ?? "None" },
  { header: "Other names", cell: (o) => (o.aliases.length > 0 ? o.aliases.join(", ") : "None") },
];

export default function AdminOrganisations() {
  const { q, notice, organisations, registerSize } = useLoaderData<typeof loader>();
  return (
    <>
      <AdminBreadcrumb />
      {notice ? <NoticeSuccessBanner notice={notice} /> : null}
      <h1>Organisations</h1>
      <p>
        The national register of organisations: entrants, judges and the secretariat choose from it, searching by any of its
        names.{" "}
        {registerSize !== null
          ? `It holds ${registerSize} organisations. Below are only those added by hand; search to find any other.`
          : null}
      </p>
      <p>
        <a className="nhsuk-button" href="/admin/organisations/new" role="button" draggable="false">
          Add an organisation
        </a>
      </p>
      <Form method="get" action="/admin/organisations" role="search" aria-label="Organisations">
        <TextInput
          name="q"
          label="Search by name, short name, ODS code or other name"
          type="search"
          defaultValue={q}
          autoComplete="off"
          spellCheck={false}
          width={30}
        />
        <Button variant="secondary">Search organisations</Button>
        {q ? (
          <p>
            <a href="/admin/organisations">Clear the search</a>
          </p>
        ) : null}
      </Form>

      <p role="status">
        {organisations.length === 0 ? countSentence(0, ["organisation", "organisations"], true) : `${countSentence(organisations.length, ["organisation", "organisations"], Boolean(q))}.`}
      </p>

      {organisations.length > 0 ? (
        <div className="nhsuk-table-container">
          <Table caption="Organisations" rows={organisations} rowKey={(o) => o.id} columns={ORGANISATION_COLUMNS} />
        </div>
      ) : null}
    </>
  );
}
