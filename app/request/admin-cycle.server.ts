// The start of every secretariat route of one award cycle: an admin only, and the cycle named by :cycleId (a 404 if there is none).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCycle } from "~/models/cycles.server";
import { getDb } from "~/platform/db.server";
import { idParam } from "./params.server";
import { notFound, requireAdmin } from "./permissions.server";

export async function requireAdminCycle(request: Request, params: LoaderFunctionArgs["params"]) {
  const admin = await requireAdmin(request);
  const cycleId = idParam(params.cycleId);
  const db = getDb();
  const cycle = await getCycle(db, cycleId);
  if (!cycle) notFound();
  return { admin, cycleId, db, cycle };
}
