// Entrants who registered with "my organisation is not listed": the secretariat links each to an
// organisation already listed, adds theirs as a new one, or rejects the request with a reason.
// One request is decided at a time (?request=id), so that each field on the page is there once.
// Below them, requests to join an organisation already listed, each decided on its organisation's page.
// Its two views (request-list.tsx, request-decision.tsx) and one action function per intent (actions.server.ts) are beside this file.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { formatUkDateTime } from "~/domain/uk-time";
import { listPendingMemberships } from "~/models/memberships.server";
import { listPendingOrganisationRequests } from "~/models/organisations.server";
import { getDb } from "~/platform/db.server";
import { PageSchema, organisationRequestNotices } from "~/request/admin-forms.server";
import { readForm } from "~/request/forms.server";
import { byIntent } from "~/request/intent.server";
import { pickerSearch } from "~/request/organisation-picker.server";
import { requireAdmin } from "~/request/permissions.server";
import { approveWithListedOrganisation, approveWithNewOrganisation, rejectRequest, REQUEST_INTENTS } from "./actions.server";
import { RequestDecision } from "./request-decision";
import { RequestList } from "./request-list";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.selected ? adminTitle("Decide on a request", "Organisation requests") : adminTitle("Organisation requests") },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const db = getDb();
  const page = PageSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const pending = (await listPendingOrganisationRequests(db)).map((r) => ({
    id: r.id,
    name: r.name,
    entrantName: r.user_name,
    entrantEmail: r.user_email,
    askedOn: formatUkDateTime(r.created_at),
  }));
  const selected = page.request === undefined ? null : (pending.find((r) => r.id === page.request) ?? null);
  const joins = (await listPendingMemberships(db)).map((m) => ({
    id: m.id,
    organisationId: m.organisation_id,
    organisation: m.organisation_name,
    entrantName: m.user_name,
    entrantEmail: m.user_email,
    askedOn: formatUkDateTime(m.created_at),
    // The secretariat decides the first member; later ones are usually decided by the members.
    firstMember: Number(m.approved_members ?? 0) === 0,
  }));
  return {
    pending,
    joins,
    selected,
    // Decided by someone else meanwhile, or never existed: the list says so rather than a 404.
    alreadyDecided: page.request !== undefined && selected === null,
    notice: organisationRequestNotices.from(request),
    // Searched at first for the name the entrant typed.
    picker: selected ? await pickerSearch(db, request, "organisationId", selected.name) : { query: "", matches: [] },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const formData = await readForm(request);
  const args = { db: getDb(), formData, adminId: admin.id };
  return byIntent(formData, REQUEST_INTENTS, {
    "approve-existing": () => approveWithListedOrganisation(args),
    "approve-new": () => approveWithNewOrganisation(args),
    reject: () => rejectRequest(args),
  });
}

export default function AdminOrganisationRequests() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const posted = actionData && "errors" in actionData ? actionData : undefined;
  return data.selected ? <RequestDecision selected={data.selected} picker={data.picker} posted={posted} /> : <RequestList data={data} posted={posted} />;
}
