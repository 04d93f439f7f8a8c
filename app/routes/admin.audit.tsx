// The latest entries of the audit log, and whether its hash chain shows any edit or deletion.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { Table, TwoThirds, type Column } from "~/components/nhsuk";
import { listAudit, verifyAuditChain } from "~/models/audit.server";
import { auditDetailLines } from "~/domain/audit";
import { formatUkDateTime } from "~/domain/uk-time";
import { getDb } from "~/platform/db.server";
import { requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: adminTitle("Audit log") }];

const LATEST = 100;

/** Where an entry's target can be looked at, for the kinds of target that have a page. */
function targetHref(target: string | null): string | null {
  const match = target?.match(/^(user|organisation):(\d+)$/);
  if (!match) return null;
  return match[1] === "user" ? `/admin/users/${match[2]}` : `/admin/organisations/${match[2]}`;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const db = getDb();
  const [entries, verification] = await Promise.all([listAudit(db, { limit: LATEST }), verifyAuditChain(db)]);
  return {
    verification,
    entries: entries.map((e) => ({
      id: e.id,
      time: formatUkDateTime(e.created_at),
      who: e.actor_name ?? "The system",
      action: e.action,
      target: e.target,
      targetHref: targetHref(e.target),
      details: auditDetailLines(e.details),
    })),
  };
}

type AuditRow = ReturnType<typeof useLoaderData<typeof loader>>["entries"][number];

const AUDIT_COLUMNS: Column<AuditRow>[] = [
  { header: "Number", cell: (e) => e.id },
  { header: "Time (UK)", cell: (e) => e.time },
  { header: "Who", cell: (e) => e.who },
  { header: "Action", cell: (e) => <code>{e.action}</code> },
  { header: "Target", cell: (e) => (e.targetHref ? <a href={e.targetHref}>{e.target}</a> : (e.target ?? "None")) },
  {
    header: "Details",
    className: "nhsuk-body-s",
    cell: (e) =>
      e.details.length === 0 ? (
        "None"
      ) : (
        <ul className="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-0">
          {e.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ),
  },
];

export default function AdminAudit() {
  const { verification, entries } = useLoaderData<typeof loader>();
  return (
    <>
      <AdminBreadcrumb />
      <h1>Audit log</h1>
      <TwoThirds>
        <p>
          Every change to accounts, organisations and invitations is recorded here. Each entry is chained to the one
          before it, so an entry that was edited or deleted afterwards is detected.
        </p>
        {verification.ok ? (
          <div
            className="nhsuk-notification-banner nhsuk-notification-banner--success"
            role="region"
            aria-labelledby="audit-check-title"
          >
            <div className="nhsuk-notification-banner__header">
              <h2 className="nhsuk-notification-banner__title" id="audit-check-title">
                Audit log check
              </h2>
            </div>
            <div className="nhsuk-notification-banner__content">
              <p className="nhsuk-notification-banner__heading">
                The audit log is intact ({verification.rows} {verification.rows === 1 ? "entry" : "entries"})
              </p>
            </div>
          </div>
        ) : (
          <div className="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent" role="alert">
            <div className="nhsuk-card__heading-container">
              <h2 className="nhsuk-card__heading">
                <span role="text">
                  <span className="nhsuk-u-visually-hidden">Warning: </span>The audit log has been changed
                </span>
              </h2>
              <span className="nhsuk-card--care__arrow" aria-hidden="true" />
            </div>
            <div className="nhsuk-card__content">
              {verification.firstBadId === null ? (
                <p>
                  The check failed: the log {verification.problem}. None of its {verification.rows} {verification.rows === 1 ? "entry" : "entries"} can be
                  trusted until this is explained.
                </p>
              ) : (
                <p>
                  The first entry that fails the check is number {verification.firstBadId}: {verification.problem}. Of the
                  log's {verification.rows} {verification.rows === 1 ? "entry" : "entries"}, none from number{" "}
                  {verification.firstBadId} onwards can be trusted.
                </p>
              )}
              <p>Keep a copy of the database as it is now, and tell the service's technical team.</p>
            </div>
          </div>
        )}
      </TwoThirds>
      {entries.length === 0 ? (
        <p>Nothing has been recorded yet.</p>
      ) : (
        <div className="nhsuk-table-container">
          <Table
            caption={`The latest ${entries.length === LATEST ? LATEST : entries.length} ${entries.length === 1 ? "entry" : "entries"}, newest first`}
            showCaption
            captionSize="m"
            rows={entries}
            rowKey={(e) => e.id}
            columns={AUDIT_COLUMNS}
          />
        </div>
      )}
    </>
  );
}
