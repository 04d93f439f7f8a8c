// The award cycles: one a year, each with its stage and key dates, and the form that creates the
// next one (its dates typed in UK time) from the default 2025 criteria or a copy of an earlier year.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { Table, Tag, TwoThirds, type Column } from "~/components/nhsuk";
import { CycleDateFields } from "~/components/cycle-fields";
import { Button, ErrorSummary, Radios, TextInput } from "~/components/forms";
import { STAGE_LABELS } from "~/domain/stages";
import { formatUkDeadline } from "~/domain/uk-time";
import { createCycle, getCycle, getCycleByYear, listCycles } from "~/models/cycles.server";
import { CYCLE_DATE_FIELDS, NewCycleSchema } from "~/request/cycle-forms.server";
import { getDb } from "~/platform/db.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: adminTitle("Award cycles") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const cycles = await listCycles(getDb());
  const when = (iso: string | null) => (iso ? formatUkDeadline(iso) : "Not set");
  return {
    cycles: cycles.map((c) => ({
      id: c.id,
      year: c.year,
      stage: STAGE_LABELS[c.stage],
      opens: when(c.nominations_open_at),
      closes: when(c.nominations_close_at),
      announced: when(c.announcement_at),
    })),
    dateFields: CYCLE_DATE_FIELDS,
    nextYear: Math.max(new Date().getUTCFullYear(), ...cycles.map((c) => c.year + 1)),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const db = getDb();
  const formData = await readForm(request);
  const result = parseForm(NewCycleSchema, formData);
  if (!result.ok) return invalid(result);
  const { year, dates, copyFromCycleId } = result.data;
  const errors: Record<string, string> = {};
  if (await getCycleByYear(db, year)) errors.year = `There is already an award cycle for ${year}`;
  if (copyFromCycleId !== null && !(await getCycle(db, copyFromCycleId))) errors.start_from = "Select what the cycle's criteria and form start from";
  if (Object.keys(errors).length) return invalid({ errors, values: formValues(formData) });
  let id: number;
  try {
    id = await createCycle(db, { year, dates, copyFromCycleId }, admin.id);
  } catch (error) {
    // Two admins creating the same year at once: the second meets the unique index.
    if (error instanceof Error && /UNIQUE/i.test(error.message)) {
      return invalid({ errors: { year: `There is already an award cycle for ${year}` }, values: formValues(formData) });
    }
    throw error;
  }
  return redirect(`/admin/cycles/${id}?saved=created`);
}

type CycleRow = ReturnType<typeof useLoaderData<typeof loader>>["cycles"][number];

const CYCLE_COLUMNS: Column<CycleRow>[] = [
  {
    header: "Year",
    rowHeader: true,
    cell: (c) => (
      <a href={`/admin/cycles/${c.id}`}>
        <span className="nhsuk-u-visually-hidden">Award cycle </span>
        {c.year}
      </a>
    ),
  },
  { header: "Stage", cell: (c) => <Tag colour="blue">{c.stage}</Tag> },
  { header: "Nominations open", cell: (c) => c.opens },
  { header: "Nominations close", cell: (c) => c.closes },
  { header: "Announcement", cell: (c) => c.announced },
];

export default function AwardCycles() {
  const { cycles, dateFields, nextYear } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values = actionData?.values ?? { start_from: "default" };
  return (
    <>
      <AdminBreadcrumb />
      <ErrorSummary errors={actionData?.errors} order={["year", "start_from", ...dateFields.map((f) => f.key)]} />
      <h1>Award cycles</h1>
      <p className="nhsuk-lede-text">Each year's award runs as a cycle: nominations, judging, shortlisting, the final round and the announcement.</p>
      {cycles.length === 0 ? (
        <p>There are no award cycles yet. Create the first one below.</p>
      ) : (
        <Table caption="Award cycles, newest first" showCaption rows={cycles} rowKey={(c) => c.id} columns={CYCLE_COLUMNS} />
      )}

      <TwoThirds>
        <h2>Create an award cycle</h2>
        <p>The cycle starts in draft: its criteria and entry form can be checked before nominations open. All dates and times are UK time.</p>
        <Form method="post" noValidate>
          <TextInput name="year" label="Year of the award" hint={`For example, ${nextYear}`} error={actionData?.errors.year} defaultValue={values.year} width={10} autoComplete="off" />
          <Radios
            name="start_from"
            legend="Start from"
            hint="The criteria, their guidance and the entry form's sections with their word limits"
            error={actionData?.errors.start_from}
            defaultValue={values.start_from}
            options={[
              { value: "default", label: "The default 2025 criteria" },
              ...cycles.map((c) => ({ value: `copy-${c.id}`, label: `A copy of cycle ${c.year}` })),
            ]}
          />
          <CycleDateFields fields={dateFields} values={values} errors={actionData?.errors} />
          <Button>Create award cycle</Button>
        </Form>
      </TwoThirds>
    </>
  );
}
