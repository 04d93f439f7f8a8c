// /winners.json: the whole archive as data, every year from 2010 with its entries (fields in
// docs/archive-data.md). Written from the database a batch of entries at a time, so its size does
// not decide the server's memory; the text is what JSON.stringify(archive, null, 2) would give.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportRecord, jsonPreamble, jsonYear } from "~/domain/archive-export";
import { exportEntries, exportYears, type ExportYears } from "~/models/archive-export.server";
import { getDb } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { textStream } from "~/platform/text-stream.server";
import { publicCacheHeaders } from "~/request/public-cache.server";

/** JSON.stringify(value, null, 2), indented to sit `depth` levels in. */
const pretty = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replaceAll("\n", `\n${"  ".repeat(depth)}`);

async function* jsonPieces(origin: string, { revision, years, awardYears }: ExportYears) {
  const preamble = pretty(jsonPreamble(revision, new Date()), 0);
  yield `${preamble.slice(0, -2)},\n  "years": [`;
  const details = new Map(awardYears.map((y) => [y.year, y]));
  const ascending = [...years].sort((a, b) => a - b);
  let y = -1;
  let entriesInYear = 0;
  const openYear = (year: number) => {
    const head = pretty({ ...jsonYear(year, details.get(year)), entries: [] }, 2);
    return `${y > 0 ? "," : ""}\n    ${head.slice(0, -"[]\n    }".length)}[`;
  };
  const closeYear = () => (entriesInYear > 0 ? "\n      ]\n    }" : "]\n    }");
  let out = "";
  for await (const batch of exportEntries(getDb(), "archive")) {
    for (const e of batch) {
      while (y < 0 || ascending[y] < e.year) {
        if (y >= 0) out += closeYear();
        y++;
        entriesInYear = 0;
        out += openYear(ascending[y]);
      }
      out += `${entriesInYear++ > 0 ? "," : ""}\n        ${pretty(exportRecord(e, origin), 4)}`;
    }
    yield out;
    out = "";
  }
  while (y < ascending.length - 1) {
    if (y >= 0) out += closeYear();
    y++;
    entriesInYear = 0;
    out += openYear(ascending[y]);
  }
  if (y >= 0) out += closeYear();
  yield `${out}${y >= 0 ? "\n  " : ""}]\n}\n`;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  // The headers first: their revision is then never newer than what the body was built from.
  const headers = await publicCacheHeaders(request, context);
  const years = await exportYears(getDb());
  return new Response(textStream(jsonPieces(env().APP_ORIGIN, years)), {
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}
