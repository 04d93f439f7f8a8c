// /admin/cycles/:cycleId/results.csv?round=first|final: the results table of a round, one row per entry (by code; finalists named once the shortlist is confirmed).
// Cells a spreadsheet would run as a formula are neutralised by the model.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCycle } from "~/models/cycles.server";
import { roundResults, resultsCsv } from "~/models/results.server";
import { getDb } from "~/utils/db.server";
import { idParam } from "~/utils/params.server";
import { notFound, requireAdmin } from "~/utils/permissions.server";
import { roundParam } from "~/utils/results-forms.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const cycleId = idParam(params.cycleId);
  const db = getDb();
  const cycle = await getCycle(db, cycleId);
  if (!cycle) notFound();
  const round = roundParam(new URL(request.url));
  const body = "\uFEFF" + resultsCsv(await roundResults(db, { cycleId, round }));
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="hpma-${cycle.year}-results-${round}-round.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
