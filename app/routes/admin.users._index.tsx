// Every account, searchable by name or e-mail and filterable by role, a page at a time.
import { UserSearchSchema } from "~/request/admin-forms.server";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { ROLES } from "../../db/schema";
import { AdminBreadcrumb, adminTitle, countSentence } from "~/components/admin";
import { GridColumn, GridRow, Pagination, Table, Tag } from "~/components/nhsuk";
import { Button, Select, TextInput } from "~/components/forms";
import { ROLE_LABELS, type Role } from "~/domain/permissions";
import { listUsers, USERS_PAGE_SIZE } from "~/models/users.server";
import { getDb } from "~/platform/db.server";
import { requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: adminTitle("Users") }];


const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const search = UserSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { rows, total } = await listUsers(getDb(), search);
  return {
    search,
    total,
    totalPages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)),
    users: rows.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      roles: u.roles
        .split(",")
        .filter((r): r is Role => r in ROLE_LABELS)
        .map((r) => ROLE_LABELS[r]),
      organisationName: u.organisation_name,
      active: u.active === 1,
      emailConfirmed: u.email_verified_at !== null,
    })),
  };
}

export default function AdminUsers() {
  const { search, total, totalPages, users } = useLoaderData<typeof loader>();
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (search.q) params.set("q", search.q);
    if (search.role) params.set("role", search.role);
    if (page > 1) params.set("page", String(page));
    const query = params.toString();
    return query ? `/admin/users?${query}` : "/admin/users";
  };
  const filtered = Boolean(search.q || search.role);
  return (
    <>
      <AdminBreadcrumb />
      <h1>Users</h1>
      <p>
        Entrants register themselves. Judges and admins join by invitation:{" "}
        <a href="/admin/invitations">invite a judge or an admin</a>.
      </p>
      <Form method="get" action="/admin/users" role="search" aria-label="Users">
        <GridRow>
          <GridColumn width="one-half">
            <TextInput name="q" label="Name or email address" type="search" defaultValue={search.q} autoComplete="off" spellCheck={false} />
          </GridColumn>
          <GridColumn width="one-half">
            <Select name="role" label="Role" defaultValue={search.role ?? ""} options={ROLE_OPTIONS} placeholder="All roles" />
          </GridColumn>
        </GridRow>
        <Button variant="secondary">Search users</Button>
        {filtered ? (
          <p>
            <a href="/admin/users">Clear the search</a>
          </p>
        ) : null}
      </Form>

      <p role="status">
        {total === 0 ? countSentence(0, ["user", "users"], true) : `${countSentence(total, ["user", "users"], filtered)}${totalPages > 1 ? `, page ${search.page} of ${totalPages}` : ""}.`}
      </p>

      {users.length > 0 ? (
        <div className="nhsuk-table-container">
          <Table
            caption="Users"
            rows={users}
            rowKey={(u) => u.id}
            columns={[
              { header: "Name", cell: (u) => <a href={`/admin/users/${u.id}`}>{u.name}</a> },
              {
                header: "Email address",
                cell: (u) => (
                  <>
                    {u.email}
                    <br />
                    <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">{u.emailConfirmed ? "Email confirmed" : "Email not confirmed yet"}</span>
                  </>
                ),
              },
              { header: "Roles", cell: (u) => (u.roles.length > 0 ? u.roles.join(", ") : "None") },
              { header: "Organisation", cell: (u) => u.organisationName ?? "None" },
              { header: "Status", cell: (u) => (u.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Deactivated</Tag>) },
            ]}
          />
        </div>
      ) : null}

      {users.length === 0 && total > 0 ? (
        <p>
          There are no users on page {search.page}. <a href={hrefFor(1)}>Go to the first page</a>.
        </p>
      ) : null}

      <Pagination page={search.page} totalPages={totalPages} hrefFor={hrefFor} />
    </>
  );
}
