// /admin/cycles/:cycleId/scores.csv?round=first|final: every score of every submitted sheet of a round, one row per sheet, judges by code (J01…), never by name.
// Cells a spreadsheet would run as a formula are neutralised by the model.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { roundResults, scoresCsv } from "~/models/results.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { csvDownload } from "~/request/csv-download.server";
import { roundParam } from "~/request/results-forms.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const round = roundParam(new URL(request.url));
  return csvDownload(scoresCsv(await roundResults(db, { cycleId, round })), `hpma-${cycle.year}-scores-${round}-round.csv`);
}
