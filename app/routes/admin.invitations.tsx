// Inviting judges and admins (they cannot register themselves), and revoking invitations not yet used.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { JUDGE_SIDES } from "../../db/schema";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { Table, Tag, TwoThirds, type TagColour } from "~/components/nhsuk";
import { Button, ErrorSummary, NoticeSuccessBanner, Radios, Select, TextInput } from "~/components/forms";
import { OrganisationPicker, OrganisationSearchForm, RegisterAttribution } from "~/components/organisation-picker";
import { JUDGE_SIDE_LABELS, ROLE_LABELS } from "~/domain/permissions";
import {
  findInvitationConflict,
  inviteByMail,
  listInvitations,
  revokeInvitation,
  type InvitationStatus,
} from "~/models/invitations.server";
import { INVITATION_INTENTS, InvitationSchema, RevokeInvitationSchema, invitationNotices } from "~/request/admin-forms.server";
import { formatUkDate, formatUkDateTime } from "~/domain/uk-time";
import { getDb, type DB } from "~/platform/db.server";
import { byIntent } from "~/request/intent.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { chosenOrganisation, pickerSearch } from "~/request/organisation-picker.server";
import { requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: adminTitle("Invitations") }];

const FIELD_ORDER = ["organisationId", "name", "email", "role", "side"];
const SEARCH_FORM = "organisation-search";

const ROLE_OPTIONS = [
  { value: "judge", label: ROLE_LABELS.judge, hint: "Scores nominations without being told which organisation sent them" },
  { value: "admin", label: ROLE_LABELS.admin, hint: "Runs the award: users, organisations, invitations and judging" },
];
const SIDE_OPTIONS = JUDGE_SIDES.map((s) => ({ value: s, label: JUDGE_SIDE_LABELS[s] }));


const STATUS_TAGS: Record<InvitationStatus, { label: string; colour: TagColour }> = {
  pending: { label: "Waiting", colour: "blue" },
  accepted: { label: "Accepted", colour: "green" },
  expired: { label: "Expired", colour: "grey" },
  revoked: { label: "Revoked", colour: "orange" },
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const db = getDb();
  const [invitations, picker] = await Promise.all([listInvitations(db), pickerSearch(db, request, "organisationId")]);
  return {
    notice: invitationNotices.from(request, invitations),
    picker,
    invitations: invitations.map((i) => ({
      id: i.id,
      name: i.name,
      email: i.email,
      role: i.role === "judge" && i.side ? `Judge, ${JUDGE_SIDE_LABELS[i.side].toLowerCase()}` : ROLE_LABELS[i.role],
      organisationName: i.organisation_name,
      sent: formatUkDateTime(i.created_at),
      expires: formatUkDate(i.expires_at),
      status: i.status,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const db = getDb();
  const formData = await readForm(request);
  return byIntent(formData, INVITATION_INTENTS, {
    revoke: async () => {
      const result = parseForm(RevokeInvitationSchema, formData);
      // The id comes from a hidden field, so there is no field to point at: the summary says it all.
      if (!result.ok) return invalid({ errors: { form: result.errors.invitationId ?? "Choose an invitation to revoke" }, values: {} });
      if (!(await revokeInvitation(db, result.data.invitationId, admin.id))) {
        return invalid({ errors: { form: "This invitation cannot be revoked: it has already been accepted or revoked" }, values: {} });
      }
      return redirect(invitationNotices.href("/admin/invitations", "revoked"));
    },
    invite: () => invite(db, formData, admin),
  });
}

async function invite(db: DB, formData: FormData, admin: Awaited<ReturnType<typeof requireAdmin>>) {
  const result = parseForm(InvitationSchema, formData);
  if (!result.ok) return invalid(result);
  const invitation = result.data;
  const organisationId = invitation.role === "judge" ? (invitation.organisationId ?? null) : null;
  if (organisationId !== null) {
    const chosen = await chosenOrganisation(db, String(organisationId), { allowClosed: false, closed: "choose the organisation the judge works for now" });
    if (!chosen.ok) return invalid({ errors: { organisationId: chosen.error }, values: formValues(formData) });
  }
  const conflict = await findInvitationConflict(db, { email: invitation.email, role: invitation.role });
  if (conflict) {
    const role = invitation.role === "judge" ? "a judge" : "an admin";
    const message =
      conflict === "has-role"
        ? `This person is already ${role}`
        : `This person already has an invitation to be ${role} that has not been accepted. Revoke it below to send a new one`;
    return invalid({ errors: { email: message }, values: formValues(formData) });
  }

  // The invitation and its e-mail commit together; the e-mail leaves afterwards.
  const sent = await inviteByMail(
    db,
    {
      email: invitation.email,
      name: invitation.name,
      role: invitation.role,
      side: invitation.role === "judge" ? (invitation.side ?? null) : null,
      organisationId,
    },
    admin,
  );
  return redirect(invitationNotices.href("/admin/invitations", "invited", { invitation: sent.id }));
}

export default function AdminInvitations() {
  const { notice, picker, invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const values = actionData?.values ?? {};
  return (
    <>
      <AdminBreadcrumb />
      <TwoThirds>
        <ErrorSummary errors={errors} order={FIELD_ORDER} />
        {!actionData && notice ? <NoticeSuccessBanner notice={notice} /> : null}
        <h1>Invitations</h1>
        <p>Judges and admins cannot register themselves. Invite them here and they will be emailed a link to set up their account.</p>

        <h2>Invite a judge or an admin</h2>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="invite" />
          <OrganisationPicker
            name="organisationId"
            label="Organisation (judges only, optional)"
            hint="The NHS organisation the judge works for, if any: their automatic conflict of interest. Search for it first, before the other answers."
            error={errors?.organisationId}
            searchFormId={SEARCH_FORM}
            query={picker.query}
            matches={picker.matches}
            defaultValue={values.organisationId}
            defaultLabel={values.organisationIdLabel}
            allowClosed={false}
            closedReason="choose the organisation the judge works for now"
          />
          <TextInput name="name" label="Full name" error={errors?.name} defaultValue={values.name} autoComplete="off" />
          <TextInput
            name="email"
            label="Email address"
            type="email"
            error={errors?.email}
            defaultValue={values.email}
            autoComplete="off"
            spellCheck={false}
          />
          <Radios name="role" legend="Role" error={errors?.role} defaultValue={values.role} options={ROLE_OPTIONS} />
          <Select
            name="side"
            label="Side (judges only)"
            hint="Which of the Social Partnership Forum's partners the judge represents"
            error={errors?.side}
            defaultValue={values.side}
            options={SIDE_OPTIONS}
            placeholder="Select a side"
          />
          <Button>Send invitation</Button>
        </Form>
        <OrganisationSearchForm id={SEARCH_FORM} />
        <RegisterAttribution />
      </TwoThirds>

      <h2>Invitations sent</h2>
      {invitations.length === 0 ? (
        <p>No invitations have been sent yet.</p>
      ) : (
        <div className="nhsuk-table-container">
          <Table
            caption="Invitations sent"
            rows={invitations}
            rowKey={(i) => i.id}
            columns={[
              {
                header: "Person",
                cell: (i) => (
                  <>
                    {i.name}
                    <br />
                    <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">{i.email}</span>
                  </>
                ),
              },
              { header: "Role", cell: (i) => i.role },
              { header: "Organisation", cell: (i) => i.organisationName ?? "None" },
              { header: "Sent", cell: (i) => i.sent },
              {
                header: "Status",
                cell: (i) => (
                  <>
                    <Tag colour={STATUS_TAGS[i.status].colour}>{STATUS_TAGS[i.status].label}</Tag>
                    {i.status === "pending" ? (
                      <>
                        <br />
                        <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">Expires {i.expires}</span>
                      </>
                    ) : null}
                  </>
                ),
              },
              {
                header: <span className="nhsuk-u-visually-hidden">Action</span>,
                cell: (i) =>
                  i.status === "pending" ? (
                    <Form method="post" className="app-inline-form">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="invitationId" value={i.id} />
                      <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" type="submit">
                        Revoke<span className="nhsuk-u-visually-hidden"> the invitation to {i.name}</span>
                      </button>
                    </Form>
                  ) : null,
              },
            ]}
          />
        </div>
      )}
    </>
  );
}
