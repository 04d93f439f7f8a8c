// Every nomination of one award cycle, whatever its organisation: status with endorsements, sort,
// filter, CSV export, and a link to each nomination with its audit trail.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { NominationsTable } from "~/components/nominations-table";
import { STAGE_LABELS } from "~/domain/stages";
import { listCycleNominations } from "~/models/admin-nominations.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { nominationsView } from "~/request/cycle-forms.server";
import { Caption } from "~/components/nhsuk";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: adminTitle(data ? `Nominations ${data.cycle.year}` : "Nominations", "Award cycles") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  return {
    cycle: { id: cycle.id, year: cycle.year, stage: STAGE_LABELS[cycle.stage] },
    // Every row goes to the page: the browser sorts and filters them without asking again.
    rows: await listCycleNominations(db, cycleId),
    view: nominationsView(new URL(request.url)),
  };
}

export default function CycleNominations() {
  const { cycle, rows, view } = useLoaderData<typeof loader>();
  return (
    <>
      <AdminBreadcrumb
        trail={[
          { href: "/admin/cycles", label: "Award cycles" },
          { href: `/admin/cycles/${cycle.id}`, label: String(cycle.year) },
        ]}
      />
      <Caption>
        Award cycle {cycle.year}: {cycle.stage.toLowerCase()}
      </Caption>
      <h1>Nominations</h1>
      <NominationsTable rows={rows} initialView={view} year={cycle.year} csvHref={`/admin/cycles/${cycle.id}/nominations.csv`} />
    </>
  );
}
