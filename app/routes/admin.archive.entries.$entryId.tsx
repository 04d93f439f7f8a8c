// Editing a published entry of the archive. Each saved edit is a new version (the public page shows
// the latest, and the versions page shows what changed); an edit that changes nothing makes none.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Caption, SummaryList, TwoThirds } from "~/components/nhsuk";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { ArchiveEntryFields, ENTRY_FIELD_ORDER, entryFormValues } from "~/components/archive-fields";
import { Button, ErrorSummary, NoticeSuccessBanner } from "~/components/forms";
import { RESULT_LABELS } from "~/domain/archive";
import { entryYearOptions } from "~/domain/archive-rules";
import { fieldsOf, getArchiveEntryById, knownArchiveYears, listEntryVersions, reviseArchiveEntry } from "~/models/archive.server";
import { archiveEntryNotices, ArchiveEntryEditSchema, VersionSchema } from "~/request/admin-forms.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { getDb } from "~/platform/db.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { idParam } from "~/request/params.server";
import { notFound, requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: adminTitle(data ? `Edit ${data.entry.organisation} (${data.entry.year})` : "Edit an entry", "Archive of winners") },
];

const ORIGINS = { history: "The SPF's published history", import: "A CSV import", admin: "An admin", cycle: "An award cycle's results" } as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const entryId = idParam(params.entryId);
  const db = getDb();
  const entry = await getArchiveEntryById(db, entryId);
  if (!entry) notFound();
  const [versions, known] = await Promise.all([listEntryVersions(db, entryId), knownArchiveYears(db)]);
  return {
    notice: archiveEntryNotices.from(request, { organisation: entry.organisation_name, year: entry.year, version: entry.version }),
    saved: archiveEntryNotices.kindFrom(request),
    entry: {
      id: entry.id,
      organisation: entry.organisation_name,
      year: entry.year,
      result: RESULT_LABELS[entry.result],
      version: entry.version,
      origin: ORIGINS[entry.origin],
      updated: formatUkDateTime(entry.updated_at),
      updatedBy: versions[0]?.changedBy ?? null,
      publicHref: `/winners/${entry.year}/${entry.slug}`,
    },
    years: entryYearOptions(known),
    values: entryFormValues(fieldsOf(entry)),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const entryId = idParam(params.entryId);
  const db = getDb();
  if (!(await getArchiveEntryById(db, entryId))) notFound();
  const formData = await readForm(request);
  const result = parseForm(ArchiveEntryEditSchema, formData);
  const version = VersionSchema.safeParse({ version: formData.get("version") });
  if (!result.ok) return invalid(result);
  if (!version.success) return invalid({ errors: { form: "Reload the page and try again: the version you started from is missing" }, values: formValues(formData) });
  const saved = await reviseArchiveEntry(db, entryId, { fields: result.data.fields, note: result.data.note, actorUserId: admin.id, expectedVersion: version.data.version });
  if (!saved.ok && "notFound" in saved) notFound();
  if (!saved.ok && "stale" in saved) {
    const by = saved.stale.updatedBy ? ` (${saved.stale.updatedBy} saved version ${saved.stale.version} at ${formatUkDateTime(saved.stale.updatedAt)})` : "";
    const problem = `${saved.problem}${by}. Copy anything you need, then reload the page to see their version`;
    return data({ errors: { form: problem }, values: formValues(formData) }, { status: 409 });
  }
  if (!saved.ok) return invalid({ errors: saved.fields, values: formValues(formData) });
  return redirect(archiveEntryNotices.href(`/admin/archive/entries/${entryId}`, saved.changed ? "edited" : "unchanged"));
}

export default function EditArchiveEntry() {
  const { notice, saved, entry, years, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const versionsHref = `/admin/archive/entries/${entry.id}/versions`;
  return (
    <TwoThirds>
      <AdminBreadcrumb trail={[{ href: "/admin/archive", label: "Archive of winners" }]} />
      <ErrorSummary errors={actionData?.errors} order={ENTRY_FIELD_ORDER} />
      {!actionData && notice ? (
        <NoticeSuccessBanner notice={notice}>
          {saved === "published" ? (
            <p>
              <a href={entry.publicHref}>View its public page</a> or <a href="/admin/archive">go back to the archive</a>.
            </p>
          ) : null}
          {saved === "edited" ? (
            <p>
              <a href={entry.publicHref}>View the public page</a> or <a href={versionsHref}>see what changed</a>.
            </p>
          ) : null}
        </NoticeSuccessBanner>
      ) : null}
      <Caption>Edit an archive entry</Caption>
      <h1>{entry.organisation}</h1>
      <SummaryList
        rows={[
          { key: "Year and result", value: `${entry.year}, ${entry.result}` },
          {
            key: "Version",
            value: (
              <>
                {entry.version}, saved {entry.updated}
                {entry.updatedBy ? ` by ${entry.updatedBy}` : ""}
                <br />
                <a href={versionsHref}>See every version and what changed</a>
              </>
            ),
          },
          { key: "First entered from", value: entry.origin },
          { key: "Public page", value: <a href={entry.publicHref}>{entry.publicHref}</a> },
        ]}
      />
      <p>Saving publishes your changes at once as a new version. The earlier versions are kept.</p>
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={actionData?.values.version ?? entry.version} />
        <ArchiveEntryFields values={actionData?.values ?? values} errors={actionData?.errors} years={years} editing />
        <Button>Publish changes</Button>
      </Form>
      <p>
        <a href="/admin/archive">Cancel and go back to the archive</a>
      </p>
    </TwoThirds>
  );
}
