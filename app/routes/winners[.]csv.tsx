// /winners.csv: one row per published entry, for spreadsheets (columns in docs/archive-data.md). The
// same columns can be imported back at /admin/archive/import.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { archiveCsv, exportRecord, inArchiveOrder } from "~/domain/archive-export";
import { archiveSnapshot } from "~/models/archive-export.server";
import { csvDownload } from "~/request/csv-download.server";
import { getDb } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { publicCacheHeaders } from "~/request/public-cache.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  // The headers first: their revision is then never newer than what the body was built from.
  const headers = await publicCacheHeaders(request, context);
  const { entries } = await archiveSnapshot(getDb());
  const origin = env().APP_ORIGIN;
  return csvDownload(archiveCsv(inArchiveOrder(entries).map((e) => exportRecord(e, origin))), "hpma-partnership-award-winners.csv", {
    headerRow: true,
    cacheHeaders: headers,
  });
}
