// A CSV file download: the text with a UTF-8 byte order mark (so spreadsheets read accents), and the headers that make it a file.

const BOM = "\uFEFF";

/**
 * The Response for a CSV download named `filename`. The byte order mark is put in front unless `csv` already starts
 * with one. `headerRow` adds "; header=present" to the type. Not cacheable ("private, no-store") unless `cacheHeaders`
 * are given (a public page's caching headers).
 */
export function csvDownload(csv: string, filename: string, options: { headerRow?: boolean; cacheHeaders?: Record<string, string> } = {}): Response {
  return new Response(csv.startsWith(BOM) ? csv : BOM + csv, {
    headers: {
      ...(options.cacheHeaders ?? { "Cache-Control": "private, no-store" }),
      "Content-Type": `text/csv; charset=utf-8${options.headerRow ? "; header=present" : ""}`,
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}
