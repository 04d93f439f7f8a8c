// One nomination as the secretariat sees it, whatever its organisation: the entry read-only, its
// leads and endorsements, its audit trail, and accepting an endorsement on other evidence.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { ErrorSummary, NoticeSuccessBanner } from "~/components/forms";
import { Caption, SummaryList, Tag } from "~/components/nhsuk";
import { ADMIN_NOMINATION_STATUS_LABELS, adminNominationStatus, ENDORSEMENT_STATE_LABELS, type EndorsementState } from "~/domain/admin-nominations";
import { effectiveDeadline } from "~/domain/stages";
import { auditDetailLines } from "~/domain/audit";
import { formatUkDeadline } from "~/domain/uk-time";
import { getNominationForAdmin } from "~/models/admin-nominations.server";
import { listAudit } from "~/models/audit.server";
import { getCycle, listExtensions } from "~/models/cycles.server";
import { acceptEndorsementByAdmin } from "~/models/endorsements.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { getDb } from "~/platform/db.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { idParam } from "~/request/params.server";
import { notFound, requireAdmin } from "~/request/permissions.server";
import { AuditTrail } from "./audit-trail";
import { EndorsementsSection } from "./endorsements-section";
import { AcceptEndorsementSchema, nominationNotices } from "./form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: adminTitle(data ? `${data.nomination.reference} ${data.nomination.organisation}` : "Nomination", "Award cycles") },
];

const SIDE_LABELS = { employer: "Employer", staff_side: "Staff side" } as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const nominationId = idParam(params.nominationId);
  const db = getDb();
  const found = await getNominationForAdmin(db, nominationId);
  if (!found) notFound();
  const { nomination: n, answers, endorsements } = found;
  const [cycle, extensions, audit] = await Promise.all([
    getCycle(db, n.cycle_id),
    listExtensions(db, n.cycle_id),
    listAudit(db, { target: `nomination:${nominationId}`, limit: 200 }),
  ]);
  if (!cycle) notFound();
  const deadline = effectiveDeadline(cycle, extensions, n.organisation_id);
  const derived = adminNominationStatus(n, endorsements, deadline);
  return {
    notice: nominationNotices.from(request),
    nomination: {
      id: n.id,
      cycleId: n.cycle_id,
      year: n.cycle_year,
      reference: n.reference,
      title: n.title,
      organisation: n.organisation,
      status: ADMIN_NOMINATION_STATUS_LABELS[derived.status],
      submittedAt: n.submitted_at ? formatUkDateTime(n.submitted_at) : null,
      updatedAt: formatUkDateTime(n.updated_at),
      deadline: deadline ? formatUkDeadline(deadline) : null,
      consent: n.consent_to_publish === 1,
      unions: n.unions,
      leads: [
        { side: "Employer lead", name: n.employer_lead_name, role: n.employer_lead_role, email: n.employer_lead_email },
        { side: "Staff-side lead", name: n.staff_lead_name, role: n.staff_lead_role, email: n.staff_lead_email },
      ],
      canAccept: n.status === "submitted" && n.submitted_hash !== null,
    },
    current: { employer: derived.employer as EndorsementState, staffSide: derived.staffSide as EndorsementState },
    answers: answers.map((a) => ({ id: a.id, title: a.title, text: a.text ?? "" })),
    endorsements: endorsements.map((e) => ({
      id: e.id,
      side: SIDE_LABELS[e.side],
      name: e.name,
      email: e.email,
      status: e.status === "superseded" ? "Superseded" : ENDORSEMENT_STATE_LABELS[e.status],
      forCurrentText: e.content_hash === n.submitted_hash,
      reason: e.reason,
      sentAt: formatUkDateTime(e.sent_at),
      respondedAt: e.responded_at ? formatUkDateTime(e.responded_at) : null,
      decidedBy: e.decided_by_name,
    })),
    audit: audit.map((a) => ({ id: a.id, action: a.action, actor: a.actor_name ?? "The system", at: formatUkDateTime(a.created_at), details: auditDetailLines(a.details) })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const nominationId = idParam(params.nominationId);
  const db = getDb();
  if (!(await getNominationForAdmin(db, nominationId))) notFound();
  const formData = await readForm(request);
  const parsed = parseForm(AcceptEndorsementSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const result = await acceptEndorsementByAdmin(db, { nominationId, side: parsed.data.side, reason: parsed.data.reason, adminUserId: admin.id });
  if (!result.ok) return invalid({ errors: { side: result.problem }, values: formValues(formData) });
  return redirect(nominationNotices.href(`/admin/nominations/${nominationId}`, "accepted"));
}

export default function AdminNomination() {
  const { notice, nomination: n, current, answers, endorsements, audit } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <AdminBreadcrumb
        trail={[
          { href: "/admin/cycles", label: "Award cycles" },
          { href: `/admin/cycles/${n.cycleId}`, label: String(n.year) },
          { href: `/admin/cycles/${n.cycleId}/nominations`, label: "Nominations" },
        ]}
      />
      <ErrorSummary errors={actionData?.errors} order={["side", "reason"]} />
      {!actionData && notice ? <NoticeSuccessBanner notice={notice} /> : null}
      <Caption>
        {n.reference}, {n.organisation}
      </Caption>
      <h1>{n.title || "Untitled nomination"}</h1>
      <SummaryList
        rows={[
          { key: "Status", value: <Tag colour="blue">{n.status}</Tag> },
          { key: "Submitted", value: n.submittedAt ?? "Not submitted" },
          { key: "Last change", value: n.updatedAt },
          { key: "Deadline for this organisation", value: n.deadline ?? "Not set" },
          { key: "Consent to publish as a case study", value: n.consent ? "Yes" : "No" },
          { key: "Unions involved", value: n.unions || "Not given" },
        ]}
      />

      <h2>Leads</h2>
      <SummaryList
        rows={n.leads.map((l) => ({
          key: l.side,
          value: l.name ? (
            <>
              {l.name}
              {l.role ? `, ${l.role}` : ""}
              <br />
              {l.email ?? "No email address"}
            </>
          ) : (
            "Not given"
          ),
        }))}
      />

      <EndorsementsSection endorsements={endorsements} current={current} canAccept={n.canAccept} posted={actionData} />

      <h2>Entry</h2>
      {answers.map((a) => (
        <section key={a.id}>
          <h3>{a.title}</h3>
          {a.text.trim() ? <p style={{ whiteSpace: "pre-line" }}>{a.text}</p> : <p className="nhsuk-hint">Not answered</p>}
        </section>
      ))}

      <AuditTrail audit={audit} />
    </>
  );
}
