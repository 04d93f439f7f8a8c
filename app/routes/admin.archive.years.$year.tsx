// A year of the award as the archive records it: the ceremony's date and place, notes, and the source
// they come from. Adding a year that is "not recorded yet" and correcting a known one are the same form.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { AwardYearFields, YEAR_FIELD_ORDER } from "~/components/archive-fields";
import { Button, ErrorSummary } from "~/components/forms";
import { RESULT_LABELS } from "~/domain/archive";
import { ceremonyYearProblem, partsOfDate } from "~/domain/archive-rules";
import { getAwardYear, listArchiveEntries, saveAwardYearIfChanged } from "~/models/archive.server";
import { archiveYearNotices, archiveYearParam, AwardYearSchema } from "~/request/admin-forms.server";
import { getDb } from "~/platform/db.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { requireAdmin } from "~/request/permissions.server";
import { Caption, TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: adminTitle(data ? `The ${data.year} award` : "An award year", "Archive of winners") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const year = archiveYearParam(params.year);
  const db = getDb();
  const [stored, entries] = await Promise.all([getAwardYear(db, year), listArchiveEntries(db, { year })]);
  const date = partsOfDate(stored?.ceremony_date ?? null);
  return {
    year,
    entries: entries.map((e) => ({ id: e.id, organisation: e.organisation_name, result: RESULT_LABELS[e.result] })),
    values: {
      ceremony_day: date.day,
      ceremony_month: date.month,
      ceremony_year: date.year,
      ceremony_place: stored?.ceremony_place ?? "",
      notes: stored?.notes ?? "",
      source_note: stored?.source_note ?? "",
      source_url: stored?.source_url ?? "",
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const year = archiveYearParam(params.year);
  const db = getDb();
  const formData = await readForm(request);
  const result = parseForm(AwardYearSchema, formData);
  if (!result.ok) return invalid(result);
  const input = { year, ...result.data };
  const dateProblem = ceremonyYearProblem(input.ceremony_date, year);
  if (dateProblem) return invalid({ errors: { ceremony_date: dateProblem }, values: formValues(formData) });
  const stored = await getAwardYear(db, year);
  const details = (y: { ceremony_date: string | null; ceremony_place: string | null; notes: string | null } | undefined) =>
    Boolean(y && (y.ceremony_date || y.ceremony_place || y.notes));
  // An empty form may clear a year's details, but there must be details to clear.
  if (!details(input) && !details(stored)) {
    return invalid({ errors: { ceremony_date: "Enter the date or place of the ceremony, or notes about the year" }, values: formValues(formData) });
  }
  const { changed } = await saveAwardYearIfChanged(db, input, admin.id);
  return redirect(`${archiveYearNotices.href("/admin/archive", changed ? "year" : "year-unchanged", { year })}#year-${year}`);
}

export default function AdminAwardYear() {
  const { year, entries, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <TwoThirds>
      <AdminBreadcrumb trail={[{ href: "/admin/archive", label: "Archive of winners" }]} />
      <ErrorSummary errors={actionData?.errors} order={YEAR_FIELD_ORDER} />
      <Caption>Archive of winners</Caption>
      <h1>The {year} award</h1>
      <p>The ceremony and what else is known about the year. The winners and other entries are added one by one.</p>
      <Form method="post" noValidate>
        <AwardYearFields values={actionData?.values ?? values} errors={actionData?.errors} year={year} />
        <Button>Save year details</Button>
      </Form>

      <h2>Entries in {year}</h2>
      {entries.length > 0 ? (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {entries.map((e) => (
            <li key={e.id}>
              <a href={`/admin/archive/entries/${e.id}`}>{e.organisation}</a> ({e.result})
            </li>
          ))}
        </ul>
      ) : (
        <p>None recorded yet.</p>
      )}
      <p>
        <a href={`/admin/archive/entries/new?year=${year}`}>Add an entry to {year}</a>
      </p>
      <p>
        <a href="/admin/archive">Cancel and go back to the archive</a>
      </p>
    </TwoThirds>
  );
}
