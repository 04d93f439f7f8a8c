// /winners.csv: one row per published entry, for spreadsheets (columns in docs/archive-data.md). The
// same columns can be imported back at /admin/archive/import. Written from the database a batch of
// rows at a time, so its size does not decide the server's memory.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { ARCHIVE_COLUMNS, csvRow, exportRecord } from "~/domain/archive-export";
import { csvLine } from "~/domain/csv";
import { exportEntries } from "~/models/archive-export.server";
import { csvDownload } from "~/request/csv-download.server";
import { getDb } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { textStream } from "~/platform/text-stream.server";
import { publicCacheHeaders } from "~/request/public-cache.server";

async function* csvPieces(origin: string) {
  yield csvLine(ARCHIVE_COLUMNS.map((c) => c.name));
  for await (const batch of exportEntries(getDb(), "archive")) yield batch.map((e) => csvLine(csvRow(exportRecord(e, origin)))).join("");
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  // The headers first: their revision is then never newer than what the body was built from.
  const headers = await publicCacheHeaders(request, context);
  return csvDownload(textStream(csvPieces(env().APP_ORIGIN)), "hpma-partnership-award-winners.csv", { headerRow: true, cacheHeaders: headers });
}
