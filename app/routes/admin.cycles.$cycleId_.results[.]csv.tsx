// /admin/cycles/:cycleId/results.csv?round=first|final: the results table of a round, one row per entry (by code; finalists named once the shortlist is confirmed);
// the first round's also carries the shortlisting meeting's record of each entry.
// Cells a spreadsheet would run as a formula are neutralised by the model.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { roundResults, resultsCsv } from "~/models/results.server";
import { listMeetingRecords } from "~/models/shortlisting-meeting.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { csvDownload } from "~/request/csv-download.server";
import { roundParam } from "~/request/results-forms.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const round = roundParam(new URL(request.url));
  const meeting = round === "first" ? await listMeetingRecords(db, cycleId) : undefined;
  return csvDownload(resultsCsv(await roundResults(db, { cycleId, round }), meeting), `hpma-${cycle.year}-results-${round}-round.csv`);
}
