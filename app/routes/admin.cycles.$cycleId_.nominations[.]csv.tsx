// /admin/cycles/:cycleId/nominations.csv: the nominations table as CSV, with the filters and order of
// the page it was downloaded from. Cells that a spreadsheet would run as a formula are neutralised.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { ADMIN_NOMINATION_STATUS_LABELS, applyView, ENDORSEMENT_STATE_LABELS } from "~/domain/admin-nominations";
import { csvText } from "~/domain/csv";
import { listCycleNominations } from "~/models/admin-nominations.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { csvDownload } from "~/request/csv-download.server";
import { nominationsView } from "~/request/cycle-forms.server";

const HEADER = ["reference", "organisation", "title", "status", "employer_endorsement", "staff_side_endorsement", "last_change_uk", "last_change_utc"];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const rows = applyView(await listCycleNominations(db, cycleId), nominationsView(new URL(request.url)));
  const csv = csvText(
    HEADER,
    rows.map((r) => [
      r.reference,
      r.organisation,
      r.title,
      ADMIN_NOMINATION_STATUS_LABELS[r.status],
      ENDORSEMENT_STATE_LABELS[r.employer],
      ENDORSEMENT_STATE_LABELS[r.staffSide],
      r.updatedLabel,
      r.updatedAt,
    ]),
  );
  return csvDownload(csv, `hpma-nominations-${cycle.year}.csv`, { headerRow: true });
}
