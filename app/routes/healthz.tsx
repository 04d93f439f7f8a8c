// Liveness and readiness for a load balancer or monitor: 200 when the database can be written (the
// file is writable and its write lock can be taken), 503 when not. Says nothing else about the
// install, and is never kept by a cache (decision 028).
import { databaseWritable } from "~/platform/db.server";

const HEADERS = { "Content-Type": "application/json", "Cache-Control": "no-store" };

// Public on purpose: it reveals only whether the service can take writes.
export async function loader() {
  let writable = false;
  try {
    writable = await databaseWritable();
  } catch {
    writable = false;
  }
  return writable
    ? new Response(JSON.stringify({ ok: true, database: "writable" }), { headers: HEADERS })
    : new Response(JSON.stringify({ ok: false, database: "not writable" }), { status: 503, headers: HEADERS });
}
