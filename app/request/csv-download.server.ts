// A CSV file download: the text with a UTF-8 byte order mark (so spreadsheets read accents), and the headers that make it a file.

const BOM = "\uFEFF";

/**
 * The Response for a CSV download named `filename`. The byte order mark is put in front unless `csv` already starts
 * with one. `headerRow` adds "; header=present" to the type. Not cacheable ("private, no-store") unless `cacheHeaders`
 * are given (a public page's caching headers).
 */
export function csvDownload(csv: string | ReadableStream<Uint8Array>, filename: string, options: { headerRow?: boolean; cacheHeaders?: Record<string, string> } = {}): Response {
  // A stream (a download written as it is read) gets its byte order mark as its first bytes.
  const body = typeof csv !== "string" ? withBom(csv) : csv.startsWith(BOM) ? csv : BOM + csv;
  return new Response(body, {
    headers: {
      ...(options.cacheHeaders ?? { "Cache-Control": "private, no-store" }),
      "Content-Type": `text/csv; charset=utf-8${options.headerRow ? "; header=present" : ""}`,
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}

function withBom(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  let first = true;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        if (first) controller.enqueue(new TextEncoder().encode(BOM));
        first = false;
        controller.enqueue(chunk);
      },
      flush(controller) {
        if (first) controller.enqueue(new TextEncoder().encode(BOM));
      },
    }),
  );
}
