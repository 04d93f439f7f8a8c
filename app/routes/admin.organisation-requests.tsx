// Entrants who registered with "my organisation is not listed": the secretariat links each to an
// organisation already listed, adds theirs as a new one, or rejects the request with a reason.
// One request is decided at a time (?request=id), so that each field on the page is there once.
// Below them, requests to join an organisation already listed, each decided on its organisation's page.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { Button, ErrorSummary, SuccessBanner, Textarea, TextInput } from "~/components/forms";
import { OrganisationTypeAndRegion } from "~/components/organisation-fields";
import { OrganisationPicker, OrganisationSearchForm, RegisterAttribution } from "~/components/organisation-picker";
import { MAX_ALIAS_LENGTH } from "~/domain/organisations";
import {
  createOrganisation,
  decideOrganisationRequest,
  DuplicateOrganisationError,
  getPendingOrganisationRequest,
  listPendingOrganisationRequests,
} from "~/models/organisations.server";
import {
  ApproveWithExistingOrganisationSchema,
  ApproveWithNewOrganisationSchema,
  OrganisationRequestIntentSchema,
  RejectOrganisationRequestSchema,
  PageSchema
} from "~/request/admin-forms.server";
import { listPendingMemberships } from "~/models/memberships.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { getDb } from "~/platform/db.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { chosenOrganisation, pickerSearch } from "~/request/organisation-picker.server";
import { requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.selected ? adminTitle("Decide on a request", "Organisation requests") : adminTitle("Organisation requests") },
];

const PAGE = "/admin/organisation-requests";
const SEARCH_FORM = "organisation-search";

const FIELD_ORDER = ["organisationId", "name", "type", "region", "reason"];


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
    decision: page.decided ? { outcome: page.decided, entrant: page.entrant, organisation: page.organisation } : null,
    // Searched at first for the name the entrant typed.
    picker: selected ? await pickerSearch(db, request, "organisationId", selected.name) : { query: "", matches: [] },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const db = getDb();
  const formData = await readForm(request);
  const intent = OrganisationRequestIntentSchema.safeParse(formData.get("intent"));
  if (!intent.success) return invalid({ errors: { form: "Choose what to do with the request" }, values: {} });

  const pendingRequest = async (id: number) => {
    const found = await getPendingOrganisationRequest(db, id);
    // Already decided (perhaps by another admin): back to the request, which now says so.
    if (!found) throw redirect(`${PAGE}?request=${id}`);
    return found;
  };
  const decide = async (
    entrantRequest: { id: number; user_name: string },
    decision: { outcome: "approved"; organisationId: number; organisationName: string } | { outcome: "rejected"; reason: string },
  ) => {
    const done = await decideOrganisationRequest(db, {
      requestId: entrantRequest.id,
      decision: decision.outcome,
      organisationId: decision.outcome === "approved" ? decision.organisationId : null,
      reason: decision.outcome === "rejected" ? decision.reason : null,
      actorUserId: admin.id,
    });
    // Another admin got there between our check and this write: their decision stands.
    if (!done) return redirect(`${PAGE}?request=${entrantRequest.id}`);
    const organisation = decision.outcome === "approved" ? decision.organisationName : "";
    return redirect(`${PAGE}?${new URLSearchParams({ decided: decision.outcome, entrant: entrantRequest.user_name, organisation })}`);
  };

  if (intent.data === "approve-existing") {
    const result = parseForm(ApproveWithExistingOrganisationSchema, formData);
    if (!result.ok) return invalid(result);
    const entrantRequest = await pendingRequest(result.data.requestId);
    const chosen = await chosenOrganisation(db, String(result.data.organisationId), {
      allowClosed: false,
      missing: "Select the organisation",
      closed: "choose the organisation that took over its work",
    });
    if (!chosen.ok) return invalid({ errors: { organisationId: chosen.error }, values: formValues(formData) });
    const organisation = chosen.organisation;
    return decide(entrantRequest, { outcome: "approved", organisationId: organisation.id, organisationName: organisation.name });
  }

  if (intent.data === "approve-new") {
    const result = parseForm(ApproveWithNewOrganisationSchema, formData);
    if (!result.ok) return invalid(result);
    const entrantRequest = await pendingRequest(result.data.requestId);
    const { name, type, region } = result.data;
    // If the admin corrected the name, what the entrant typed is how others may search for it too.
    const typed = entrantRequest.name.trim();
    const aliases = typed.toLowerCase() !== name.toLowerCase() && typed.length <= MAX_ALIAS_LENGTH ? [typed] : [];
    let organisationId: number;
    try {
      organisationId = await createOrganisation(db, { name, shortName: null, type, region, odsCode: null, aliases }, admin.id);
    } catch (error) {
      if (!(error instanceof DuplicateOrganisationError)) throw error;
      return invalid({
        errors: { name: "An organisation with this name is already listed. Approve the request with that organisation instead" },
        values: formValues(formData),
      });
    }
    // Two steps, not one transaction (createOrganisation opens its own): if the decision then
    // loses a race, the organisation stays listed, which is harmless.
    return decide(entrantRequest, { outcome: "approved", organisationId, organisationName: name });
  }

  const result = parseForm(RejectOrganisationRequestSchema, formData);
  if (!result.ok) return invalid(result);
  const entrantRequest = await pendingRequest(result.data.requestId);
  return decide(entrantRequest, { outcome: "rejected", reason: result.data.reason });
}

function JoinRequestList() {
  const { joins } = useLoaderData<typeof loader>();
  return (
    <>
      <h2>Requests to join an organisation</h2>
      <p>
        People who asked to join an organisation already listed. Its members can decide too, except for the first member of an
        organisation new to the service, whom only you can approve. Decide on the organisation&apos;s page.
      </p>
      {joins.length === 0 ? (
        <p>There are no requests to join an organisation waiting for a decision.</p>
      ) : (
        <div className="nhsuk-table-container">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Requests to join an organisation</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th className="nhsuk-table__header" scope="col">Organisation</th>
                <th className="nhsuk-table__header" scope="col">Entrant</th>
                <th className="nhsuk-table__header" scope="col">Asked on</th>
                <th className="nhsuk-table__header" scope="col"><span className="nhsuk-u-visually-hidden">Action</span></th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {joins.map((r) => (
                <tr className="nhsuk-table__row" key={r.id}>
                  <td className="nhsuk-table__cell">
                    {r.organisation}
                    {r.firstMember ? (
                      <>
                        <br />
                        <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">First member</span>
                      </>
                    ) : null}
                  </td>
                  <td className="nhsuk-table__cell">
                    {r.entrantName}
                    <br />
                    <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">{r.entrantEmail}</span>
                  </td>
                  <td className="nhsuk-table__cell">{r.askedOn}</td>
                  <td className="nhsuk-table__cell">
                    <a href={`/admin/organisations/${r.organisationId}`}>
                      Decide<span className="nhsuk-u-visually-hidden"> on the request from {r.entrantName}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function RequestList() {
  const { pending, alreadyDecided, decision } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <AdminBreadcrumb />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={actionData?.errors} />
          {decision && !actionData ? (
            <SuccessBanner
              title={
                decision.outcome === "approved"
                  ? `${decision.entrant} is now a member of ${decision.organisation}`
                  : `The request from ${decision.entrant} has been rejected`
              }
            />
          ) : null}
          <h1>Organisation requests</h1>
          <p>
            These entrants registered with an organisation that was not in the list. Link each one to an organisation
            already listed, add theirs as a new organisation, or reject the request.
          </p>
          {alreadyDecided ? (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>That request has already been decided, or it no longer exists.</p>
            </div>
          ) : null}
        </div>
      </div>
      {pending.length === 0 ? (
        <p>There are no requests waiting for a decision.</p>
      ) : (
        <div className="nhsuk-table-container">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-table__caption--m">Waiting for a decision</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th className="nhsuk-table__header" scope="col">
                  Organisation asked for
                </th>
                <th className="nhsuk-table__header" scope="col">
                  Entrant
                </th>
                <th className="nhsuk-table__header" scope="col">
                  Asked on
                </th>
                <th className="nhsuk-table__header" scope="col">
                  <span className="nhsuk-u-visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {pending.map((r) => (
                <tr className="nhsuk-table__row" key={r.id}>
                  <td className="nhsuk-table__cell">{r.name}</td>
                  <td className="nhsuk-table__cell">
                    {r.entrantName}
                    <br />
                    <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">{r.entrantEmail}</span>
                  </td>
                  <td className="nhsuk-table__cell">{r.askedOn}</td>
                  <td className="nhsuk-table__cell">
                    <a href={`${PAGE}?request=${r.id}`}>
                      Decide<span className="nhsuk-u-visually-hidden"> on the request from {r.entrantName}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <JoinRequestList />
    </>
  );
}

function RequestDecision() {
  const { selected, picker } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (!selected) return null;
  const errors = actionData?.errors;
  const values = actionData?.values ?? {};
  const formAction = `${PAGE}?request=${selected.id}`;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <AdminBreadcrumb trail={[{ href: PAGE, label: "Organisation requests" }]} />
        <ErrorSummary errors={errors} order={FIELD_ORDER} />
        <span className="nhsuk-caption-l">Organisation request</span>
        <h1>Decide on a request to add an organisation</h1>
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Organisation asked for</dt>
            <dd className="nhsuk-summary-list__value">{selected.name}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Entrant</dt>
            <dd className="nhsuk-summary-list__value">{selected.entrantName}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Email address</dt>
            <dd className="nhsuk-summary-list__value">{selected.entrantEmail}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Asked on</dt>
            <dd className="nhsuk-summary-list__value">{selected.askedOn}</dd>
          </div>
        </dl>

        <h2>Approve: the organisation is already listed</h2>
        <p>Use this when the entrant did not find their organisation, for example because they searched for a different name.</p>
        <Form method="post" action={formAction} noValidate>
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
          <input type="hidden" name="intent" value="approve-new" />
          <input type="hidden" name="requestId" value={selected.id} />
          <TextInput
            name="name"
            label="Name"
            hint="Correct it if the entrant mistyped it"
            error={errors?.name}
            defaultValue={values.name ?? selected.name}
            autoComplete="off"
          />
          <OrganisationTypeAndRegion values={values} errors={errors} />
          <Button>Add the organisation and approve</Button>
        </Form>

        <h2>Reject the request</h2>
        <Form method="post" action={formAction} noValidate>
          <input type="hidden" name="intent" value="reject" />
          <input type="hidden" name="requestId" value={selected.id} />
          <Textarea
            name="reason"
            label="Reason for rejecting"
            hint="For example, that the organisation is not part of the NHS"
            error={errors?.reason}
            defaultValue={values.reason}
            rows={3}
          />
          <Button variant="warning">Reject the request</Button>
        </Form>
        <RegisterAttribution />
      </div>
    </div>
  );
}

export default function AdminOrganisationRequests() {
  const { selected } = useLoaderData<typeof loader>();
  return selected ? <RequestDecision /> : <RequestList />;
}
