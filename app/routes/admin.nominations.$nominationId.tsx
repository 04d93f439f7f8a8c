// One nomination as the secretariat sees it, whatever its organisation: the entry read-only, its
// leads and endorsements, its audit trail, and accepting an endorsement on other evidence.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { Tag } from "~/components/nhsuk";
import { Button, ErrorSummary, Radios, SuccessBanner, Textarea } from "~/components/forms";
import { ADMIN_NOMINATION_STATUS_LABELS, adminNominationStatus, ENDORSEMENT_STATE_LABELS, type EndorsementState } from "~/domain/admin-nominations";
import { effectiveDeadline } from "~/domain/stages";
import { formatUkDeadline } from "~/domain/uk-time";
import { getNominationForAdmin } from "~/models/admin-nominations.server";
import { listAudit } from "~/models/audit.server";
import { acceptEndorsementByAdmin } from "~/models/endorsements.server";
import { AcceptEndorsementSchema, NominationBannerSchema } from "~/request/cycle-forms.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { getDb } from "~/platform/db.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { idParam } from "~/request/params.server";
import { notFound, requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: adminTitle(data ? `${data.nomination.reference} ${data.nomination.organisation}` : "Nomination", "Award cycles") },
];

const SIDE_LABELS = { employer: "Employer", staff_side: "Staff side" } as const;

/** "key: value" lines for an audit entry's stored JSON details. */
function detailLines(details: string): string[] {
  try {
    const parsed: unknown = JSON.parse(details);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      return Object.entries(parsed).map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`);
    }
  } catch {
    // Not JSON: shown as stored.
  }
  return details ? [details] : [];
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const nominationId = idParam(params.nominationId);
  const db = getDb();
  const found = await getNominationForAdmin(db, nominationId);
  if (!found) notFound();
  const { nomination: n, answers, endorsements } = found;
  const [cycle, extensions, audit] = await Promise.all([
    db.selectFrom("award_cycles").select("nominations_close_at").where("id", "=", n.cycle_id).executeTakeFirstOrThrow(),
    db.selectFrom("deadline_extensions").select(["organisation_id", "new_close_at"]).where("cycle_id", "=", n.cycle_id).execute(),
    listAudit(db, { target: `nomination:${nominationId}`, limit: 200 }),
  ]);
  const deadline = effectiveDeadline(cycle, extensions, n.organisation_id);
  const derived = adminNominationStatus(n, endorsements, deadline);
  return {
    banner: NominationBannerSchema.parse(Object.fromEntries(new URL(request.url).searchParams)),
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
    audit: audit.map((a) => ({ id: a.id, action: a.action, actor: a.actor_name ?? "The system", at: formatUkDateTime(a.created_at), details: detailLines(a.details) })),
  };
}

const PROBLEMS = {
  "not-submitted": "Only a submitted nomination's endorsement can be accepted",
  "already-endorsed": "That side has already endorsed the nomination as submitted",
} as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const nominationId = idParam(params.nominationId);
  const db = getDb();
  if (!(await getNominationForAdmin(db, nominationId))) notFound();
  const formData = await readForm(request);
  const parsed = parseForm(AcceptEndorsementSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const result = await acceptEndorsementByAdmin(db, { nominationId, side: parsed.data.side, reason: parsed.data.reason, adminUserId: admin.id });
  if (!result.ok) return invalid({ errors: { side: PROBLEMS[result.problem] }, values: formValues(formData) });
  return redirect(`/admin/nominations/${nominationId}?saved=accepted`);
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

export default function AdminNomination() {
  const { banner, nomination: n, current, answers, endorsements, audit } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values = actionData?.values ?? {};
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
      {!actionData && banner.saved === "accepted" ? <SuccessBanner title="The endorsement has been accepted on other evidence" /> : null}
      <span className="nhsuk-caption-l">
        {n.reference}, {n.organisation}
      </span>
      <h1>{n.title || "Untitled nomination"}</h1>
      <dl className="nhsuk-summary-list">
        <Row label="Status">
          <Tag colour="blue">{n.status}</Tag>
        </Row>
        <Row label="Submitted">{n.submittedAt ?? "Not submitted"}</Row>
        <Row label="Last change">{n.updatedAt}</Row>
        <Row label="Deadline for this organisation">{n.deadline ?? "Not set"}</Row>
        <Row label="Consent to publish as a case study">{n.consent ? "Yes" : "No"}</Row>
        <Row label="Unions involved">{n.unions || "Not given"}</Row>
      </dl>

      <h2>Leads</h2>
      <dl className="nhsuk-summary-list">
        {n.leads.map((l) => (
          <Row key={l.side} label={l.side}>
            {l.name ? (
              <>
                {l.name}
                {l.role ? `, ${l.role}` : ""}
                <br />
                {l.email ?? "No email address"}
              </>
            ) : (
              "Not given"
            )}
          </Row>
        ))}
      </dl>

      <h2>Endorsements</h2>
      <p>
        For the text as submitted: employer {ENDORSEMENT_STATE_LABELS[current.employer].toLowerCase()}, staff side {ENDORSEMENT_STATE_LABELS[current.staffSide].toLowerCase()}.
      </p>
      {endorsements.length === 0 ? (
        <p>No endorsement has been requested.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Endorsements, newest first</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Side</th>
              <th scope="col">Lead</th>
              <th scope="col">Status</th>
              <th scope="col">Sent</th>
              <th scope="col">Answered</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {endorsements.map((e) => (
              <tr key={e.id}>
                <th scope="row">{e.side}</th>
                <td>
                  {e.name}
                  <br />
                  {e.email}
                </td>
                <td>
                  {e.status}
                  {e.forCurrentText ? "" : " (an earlier text)"}
                  {e.reason ? (
                    <>
                      <br />
                      Reason: {e.reason}
                    </>
                  ) : null}
                  {e.decidedBy ? (
                    <>
                      <br />
                      Decided by {e.decidedBy}
                    </>
                  ) : null}
                </td>
                <td>{e.sentAt}</td>
                <td>{e.respondedAt ?? "Not yet"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {n.canAccept ? (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <h3>Accept the endorsement by other evidence</h3>
            <p>When a lead has endorsed the nomination another way, such as a signed letter, record it here. A pending link stops working.</p>
            <Form method="post" noValidate>
              <Radios
                name="side"
                legend="Whose endorsement"
                error={actionData?.errors.side}
                defaultValue={values.side}
                options={[
                  { value: "employer", label: "The employer lead's" },
                  { value: "staff_side", label: "The staff-side lead's" },
                ]}
              />
              <Textarea
                name="reason"
                label="The evidence"
                hint="Recorded with the endorsement and in the audit log, such as a letter from the staff-side lead dated 2 May"
                error={actionData?.errors.reason}
                defaultValue={values.reason}
                rows={3}
              />
              <Button>Accept the endorsement</Button>
            </Form>
          </div>
        </div>
      ) : null}

      <h2>Entry</h2>
      {answers.map((a) => (
        <section key={a.id}>
          <h3>{a.title}</h3>
          {a.text.trim() ? <p style={{ whiteSpace: "pre-line" }}>{a.text}</p> : <p className="nhsuk-hint">Not answered</p>}
        </section>
      ))}

      <h2>Audit trail</h2>
      {audit.length === 0 ? (
        <p>Nothing has been recorded for this nomination.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Audit trail, newest first</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {audit.map((a) => (
              <tr key={a.id}>
                <td>{a.at}</td>
                <td>{a.actor}</td>
                <td>{a.action}</td>
                <td>
                  {a.details.map((d, i) => (
                    <div key={i}>{d}</div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
