// Every version of a published entry, newest first: who saved it, when, why, and what changed from
// the version before, field by field. (The trailing underscore keeps this page out of the edit page's layout.)
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { Caption, Table, Tag } from "~/components/nhsuk";
import type { ArchiveResult, OrganisationType } from "../../db/schema";
import { diffEntryFields, RESULT_LABELS, type ArchiveEntryFields } from "~/domain/archive";
import { ORGANISATION_TYPE_LABELS } from "~/domain/permissions";
import { getArchiveEntryById, listEntryVersions } from "~/models/archive.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { getDb } from "~/platform/db.server";
import { idParam } from "~/request/params.server";
import { notFound, requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: adminTitle(data ? `Versions of ${data.entry.organisation} (${data.entry.year})` : "Versions of an entry", "Archive of winners") },
];

/** Coded values as the form shows them: "Highly commended", not highly_commended. */
function labelled(field: keyof ArchiveEntryFields, value: string): string {
  if (field === "result") return RESULT_LABELS[value as ArchiveResult] ?? value;
  if (field === "organisation_type") return ORGANISATION_TYPE_LABELS[value as OrganisationType] ?? value;
  return value;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const entryId = idParam(params.entryId);
  const db = getDb();
  const entry = await getArchiveEntryById(db, entryId);
  if (!entry) notFound();
  const versions = await listEntryVersions(db, entryId);
  return {
    entry: { id: entry.id, organisation: entry.organisation_name, year: entry.year, version: entry.version },
    versions: versions.map((v, i) => ({
      version: v.version,
      changedAt: formatUkDateTime(v.changedAt),
      changedBy: v.changedBy,
      note: v.note,
      // Newest first, so the version before this one is the next in the list; the first is compared with nothing.
      changes: diffEntryFields(versions[i + 1]?.fields ?? {}, v.fields).map((c) => ({
        ...c,
        before: labelled(c.field, c.before),
        after: labelled(c.field, c.after),
      })),
    })),
  };
}

const WRAPPED = { whiteSpace: "pre-wrap", overflowWrap: "anywhere" } as const;

function Value({ text }: { text: string }) {
  if (!text) return <span className="nhsuk-u-secondary-text-colour">(empty)</span>;
  return <span style={WRAPPED}>{text}</span>;
}

export default function ArchiveEntryVersions() {
  const { entry, versions } = useLoaderData<typeof loader>();
  return (
    <>
      <AdminBreadcrumb
        trail={[
          { href: "/admin/archive", label: "Archive of winners" },
          { href: `/admin/archive/entries/${entry.id}`, label: `Edit ${entry.organisation} (${entry.year})` },
        ]}
      />
      <Caption>
        {entry.organisation}, {entry.year}
      </Caption>
      <h1>Versions of this entry</h1>
      <p>
        The public page shows version {entry.version}, the latest. Each version below lists what changed from the one before it.{" "}
        <a href={`/admin/archive/entries/${entry.id}`}>Edit the entry</a>
      </p>
      {versions.map((v) => (
        <section key={v.version} aria-labelledby={`version-${v.version}`} className="nhsuk-u-margin-bottom-7">
          <h2 id={`version-${v.version}`}>
            Version {v.version}
            {v.version === entry.version ? (
              <>
                {" "}
                <Tag colour="green">Published</Tag>
              </>
            ) : null}
          </h2>
          <p>
            Saved {v.changedAt} by {v.changedBy ?? "no one recorded (the seeded history or an import)"}.
          </p>
          {v.note ? (
            <p>
              <strong>What changed and why:</strong> <span style={WRAPPED}>{v.note}</span>
            </p>
          ) : null}
          {v.changes.length === 0 ? (
            <p>No field changed from the version before.</p>
          ) : (
            <div className="nhsuk-table-container">
              <Table
                caption={v.version === 1 ? "What version 1 recorded when first published" : `What changed from version ${v.version - 1} to version ${v.version}`}
                showCaption
                captionSize="s"
                cellClasses
                rows={v.changes}
                rowKey={(c) => c.field}
                columns={[
                  { header: "Field", cell: (c) => c.label, rowHeader: true },
                  { header: "Before", cell: (c) => <Value text={c.before} /> },
                  { header: "After", cell: (c) => <Value text={c.after} /> },
                ]}
              />
            </div>
          )}
        </section>
      ))}
    </>
  );
}
