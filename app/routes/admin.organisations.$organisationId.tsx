// Editing an organisation of the register: its names, type, region, ODS code, the other and former
// names it is known by and the organisation that took it over (what its source says is shown beside);
// its members and the requests to join it (approve, decline, remove), and the e-mail domains that
// are its own (an address there is approved at once, once confirmed; shared domains are refused).
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { Caption, SummaryList, Tag, TwoThirds } from "~/components/nhsuk";
import { Button, ErrorSummary, NoticeSuccessBanner, TextInput } from "~/components/forms";
import { ORGANISATION_FIELD_ORDER, OrganisationFields } from "~/components/organisation-fields";
import { RegisterAttribution } from "~/components/organisation-picker";
import { REGISTER_KIND_LABELS, type RegisterKind } from "~/domain/national-register";
import { JoinRequests, MemberList } from "~/components/organisation-members";
import {
  addOrganisationDomain,
  DomainTakenError,
  listOrganisationDomains,
  listOrganisationMembers,
  removeOrganisationDomain,
} from "~/models/memberships.server";
import { DuplicateOrganisationError, getOrganisation, updateOrganisation } from "~/models/organisations.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { AddDomainSchema, MembershipActionSchema, ORGANISATION_INTENTS, membershipNotice, membershipNotices, RemoveDomainSchema, runMembershipAction } from "~/request/membership-forms.server";
import { getDb } from "~/platform/db.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { duplicateOrganisationErrors, organisationNotices, OrganisationSchema } from "~/request/admin-forms.server";
import { byIntent } from "~/request/intent.server";
import { idParam } from "~/request/params.server";
import { notFound, requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: adminTitle(data ? `Edit ${data.organisation.name}` : "Edit an organisation", "Organisations") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const db = getDb();
  const organisation = await getOrganisation(db, idParam(params.organisationId));
  if (!organisation) notFound();
  const [{ members, pending }, domains, notice] = await Promise.all([
    listOrganisationMembers(db, organisation.id),
    listOrganisationDomains(db, organisation.id),
    membershipNotice(db, request, organisation),
  ]);
  return {
    notice,
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
    // The secretariat may remove anyone, the last member included.
    members: members.map((m) => ({ membershipId: m.membershipId, name: m.name, email: m.email, since: formatUkDateTime(m.decidedAt ?? m.askedAt), canRemove: true })),
    requests: pending.map((m) => ({ membershipId: m.membershipId, name: m.name, email: m.email, since: formatUkDateTime(m.askedAt), canRemove: false })),
    domains,
    values: {
      name: organisation.name,
      shortName: organisation.short_name ?? "",
      type: organisation.type,
      region: organisation.region ?? "",
      odsCode: organisation.ods_code ?? "",
      aliases: organisation.aliases.join("\n"),
      formerNames: organisation.formerNames.join("\n"),
      successorOdsCode: organisation.successorOdsCode ?? "",
      // What the form was opened at: a save after someone else's is refused, not written over theirs.
      opened: organisation.updated_at,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const organisationId = idParam(params.organisationId);
  const db = getDb();
  if (!(await getOrganisation(db, organisationId))) notFound();
  const formData = await readForm(request);
  const page = `/admin/organisations/${organisationId}`;
  const membership = async () => {
    const form = parseForm(MembershipActionSchema, formData);
    if (!form.ok) return invalid({ errors: { form: form.errors.membershipId ?? "Choose what to do" }, values: {} });
    return runMembershipAction(db, { form: form.data, organisationId, actorUserId: admin.id, bySecretariat: true, page });
  };
  return byIntent(
    formData,
    ORGANISATION_INTENTS,
    {
      approve: membership,
      decline: membership,
      remove: membership,
      "add-domain": async () => {
        const form = parseForm(AddDomainSchema, formData);
        if (!form.ok) return invalid(form);
        try {
          await addOrganisationDomain(db, { organisationId, domain: form.data.domain, actorUserId: admin.id });
        } catch (error) {
          if (!(error instanceof DomainTakenError)) throw error;
          return invalid({ errors: { domain: error.message }, values: formValues(formData) });
        }
        return redirect(membershipNotices.href(page, "domain", { domain: form.data.domain }));
      },
      "remove-domain": async () => {
        const form = parseForm(RemoveDomainSchema, formData);
        if (!form.ok) return invalid(form);
        await removeOrganisationDomain(db, { organisationId, domainId: form.data.domainId, actorUserId: admin.id });
        return redirect(page);
      },
      save: async () => {
        const result = parseForm(OrganisationSchema, formData);
        if (!result.ok) return invalid(result);
        const opened = formData.get("opened");
        try {
          const saved = await updateOrganisation(db, organisationId, result.data, admin.id, typeof opened === "string" && opened ? opened : undefined);
          const problem = "This organisation was changed by someone else since you opened it. Copy anything you need, then reload the page to see their version";
          if (saved === "stale") return data({ errors: { form: problem }, values: formValues(formData) }, { status: 409 });
        } catch (error) {
          if (!(error instanceof DuplicateOrganisationError)) throw error;
          return invalid({ errors: duplicateOrganisationErrors(error), values: formValues(formData) });
        }
        return redirect(organisationNotices.href("/admin/organisations", "saved", { organisation: organisationId }));
      },
    },
    { whenNone: "save" },
  );
}

export default function EditOrganisation() {
  const { organisation, values, members, requests, domains, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const sent = actionData?.values ?? {};
  const domainForm = "domain" in sent || (actionData?.errors && "domain" in actionData.errors);
  return (
    <TwoThirds>
      <AdminBreadcrumb trail={[{ href: "/admin/organisations", label: "Organisations" }]} />
      <ErrorSummary errors={actionData?.errors} order={ORGANISATION_FIELD_ORDER} />
      {notice && !actionData ? <NoticeSuccessBanner notice={notice} /> : null}
      <Caption>Edit an organisation</Caption>
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
      <SummaryList rows={organisation.register.map(([key, value]) => ({ key, value: value ?? "Not known" }))} />
      {organisation.fromOds ? (
        <p>Its name, region, headquarters and dates come from NHS England&apos;s file and are brought up to date from it on every start. Add other names below.</p>
      ) : null}
      <h2>Details you can change</h2>
      <Form method="post" noValidate>
        <input type="hidden" name="opened" value={(actionData?.values && !domainForm ? actionData.values.opened : undefined) ?? values.opened} />
        <OrganisationFields values={actionData?.values && !domainForm ? actionData.values : values} errors={actionData?.errors} />
        <Button>Save changes</Button>
      </Form>
      <p>
        <a href="/admin/organisations">Cancel and go back to the organisations</a>
      </p>

      <h2>Members</h2>
      <p>Members see and enter {organisation.name}&apos;s nominations. Approve a request only if you know the person works there.</p>
      <JoinRequests requests={requests} organisationName={organisation.name} />
      {members.length > 0 ? <MemberList members={members} /> : <p>{organisation.name} has no members yet.</p>}

      <h2>Email domains</h2>
      <p>
        Someone who registers with a confirmed address on one of these domains joins {organisation.name} at once. Record only a
        domain that {organisation.name} alone uses: never a shared one such as nhs.net, nhs.uk or gmail.com.
      </p>
      {domains.length > 0 ? (
        <ul className="nhsuk-list">
          {domains.map((d) => (
            <li key={d.id}>
              <Form method="post" className="nhsuk-u-margin-bottom-2">
                <code>{d.domain}</code>{" "}
                <input type="hidden" name="domainId" value={d.id} />
                <Button name="intent" value="remove-domain" variant="secondary">
                  Remove<span className="nhsuk-u-visually-hidden"> {d.domain}</span>
                </Button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>No email domains are recorded, so every request to join is decided by a person.</p>
      )}
      <Form method="post" noValidate>
        <TextInput
          name="domain"
          label="Add an email domain"
          hint="The part of the address after the @, like northmoor-valley.nhs.uk"
          error={actionData?.errors && "domain" in actionData.errors ? actionData.errors.domain : undefined}
          defaultValue={domainForm ? sent.domain : undefined}
          spellCheck={false}
          autoComplete="off"
        />
        <Button name="intent" value="add-domain" variant="secondary">
          Add the domain
        </Button>
      </Form>
      <RegisterAttribution />
    </TwoThirds>
  );
}
