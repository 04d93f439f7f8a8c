// /admin/cycles/:cycleId/nominations.csv: the nominations table as CSV, with the filters and order of
// the page it was downloaded from. Cells that a spreadsheet would run as a formula are neutralised.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { ADMIN_NOMINATION_STATUS_LABELS, applyView, ENDORSEMENT_STATE_LABELS } from "~/domain/admin-nominations";
import { csvLine } from "~/domain/archive-export";
import { listCycleNominations } from "~/models/admin-nominations.server";
import { getCycle } from "~/models/cycles.server";
import { nominationsView } from "~/utils/cycle-forms.server";
import { getDb } from "~/utils/db.server";
import { idParam } from "~/utils/params.server";
import { notFound, requireAdmin } from "~/utils/permissions.server";

const HEADER = ["reference", "organisation", "title", "status", "employer_endorsement", "staff_side_endorsement", "last_change_uk", "last_change_utc"];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const cycleId = idParam(params.cycleId);
  const db = getDb();
  const cycle = await getCycle(db, cycleId);
  if (!cycle) notFound();
  const rows = applyView(await listCycleNominations(db, cycleId), nominationsView(new URL(request.url)));
  const body =
    "\uFEFF" +
    csvLine(HEADER) +
    rows
      .map((r) =>
        csvLine([
          r.reference,
          r.organisation,
          r.title,
          ADMIN_NOMINATION_STATUS_LABELS[r.status],
          ENDORSEMENT_STATE_LABELS[r.employer],
          ENDORSEMENT_STATE_LABELS[r.staffSide],
          r.updatedLabel,
          r.updatedAt,
        ]),
      )
      .join("");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="hpma-nominations-${cycle.year}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
