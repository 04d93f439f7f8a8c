// /winners.atom: an Atom feed of the archive's entries, newest first, for feed readers. Written from
// the database a batch of entries at a time, so its size does not decide the server's memory.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { ATOM_TAIL, atomEntry, atomHead, FEED_EPOCH } from "~/domain/archive-export";
import { exportEntries, latestEntryUpdate } from "~/models/archive-export.server";
import { getDb } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { textStream } from "~/platform/text-stream.server";
import { publicCacheHeaders } from "~/request/public-cache.server";

async function* atomPieces(origin: string, updated: string) {
  yield atomHead(origin, updated);
  for await (const batch of exportEntries(getDb(), "feed")) yield batch.map((e) => atomEntry(origin, e)).join("");
  yield ATOM_TAIL;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  // The headers first: their revision is then never newer than what the body was built from.
  const headers = await publicCacheHeaders(request, context);
  const updated = (await latestEntryUpdate(getDb())) ?? FEED_EPOCH;
  return new Response(textStream(atomPieces(env().APP_ORIGIN, updated)), {
    headers: { ...headers, "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
