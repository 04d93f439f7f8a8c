// /admin/cycles/:cycleId/results.csv?round=first|final: the results table of a round, one row per entry (by code; finalists named once the shortlist is confirmed).
// Cells a spreadsheet would run as a formula are neutralised by the model.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { roundResults, resultsCsv } from "~/models/results.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { csvDownload } from "~/request/csv-download.server";
import { roundParam } from "~/request/results-forms.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const round = roundParam(new URL(request.url));
  return csvDownload(resultsCsv(await roundResults(db, { cycleId, round })), `hpma-${cycle.year}-results-${round}-round.csv`);
}
