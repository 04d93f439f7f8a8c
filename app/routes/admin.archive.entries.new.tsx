// Adding a published entry to the archive (a winner, highly commended or finalist), to fill a gap the
// history leaves. It is public at once, and every entry names its source.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { ArchiveEntryFields, ENTRY_FIELD_ORDER } from "~/components/archive-fields";
import { Button, ErrorSummary } from "~/components/forms";
import { entryYearOptions } from "~/domain/archive-rules";
import { knownArchiveYears, publishArchiveEntry } from "~/models/archive.server";
import { archiveEntryNotices, ArchiveEntrySchema, NewArchiveEntryQuerySchema } from "~/request/admin-forms.server";
import { getDb } from "~/platform/db.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { requireAdmin } from "~/request/permissions.server";
import { Caption, TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: adminTitle("Add an entry", "Archive of winners") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { year } = NewArchiveEntryQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const years = entryYearOptions(await knownArchiveYears(getDb()));
  return { years: year && !years.includes(year) ? [year, ...years].sort((a, b) => b - a) : years, year: year ?? null };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const formData = await readForm(request);
  const result = parseForm(ArchiveEntrySchema, formData);
  if (!result.ok) return invalid(result);
  const published = await publishArchiveEntry(getDb(), { fields: result.data.fields, origin: "admin", actorUserId: admin.id });
  if (!published.ok) return invalid({ errors: published.fields, values: formValues(formData) });
  return redirect(archiveEntryNotices.href(`/admin/archive/entries/${published.id}`, "published"));
}

export default function NewArchiveEntry() {
  const { years, year } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <TwoThirds>
      <AdminBreadcrumb trail={[{ href: "/admin/archive", label: "Archive of winners" }]} />
      <ErrorSummary errors={actionData?.errors} order={ENTRY_FIELD_ORDER} />
      <Caption>Archive of winners</Caption>
      <h1>Add an entry</h1>
      <p>The entry is public as soon as it is saved. Enter only what a source you can name says.</p>
      <Form method="post" noValidate>
        <ArchiveEntryFields values={actionData?.values ?? { year: year ? String(year) : "" }} errors={actionData?.errors} years={years} />
        <Button>Publish entry</Button>
      </Form>
      <p>
        <a href="/admin/archive">Cancel and go back to the archive</a>
      </p>
    </TwoThirds>
  );
}
