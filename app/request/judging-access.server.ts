// The checks judges' loaders and actions start with: a judge, the cycle being judged, and (before any
// entry is shown) the confidentiality and conflict-of-interest statement accepted for that cycle.
import { redirect } from "@remix-run/node";
import type { AwardCycle } from "../../db/schema";
import type { SessionUser } from "~/domain/permissions";
import { currentCycle } from "~/models/cycles.server";
import { statementAcceptedAt } from "~/models/judges.server";
import { appDb } from "~/platform/prepared.server";
import { requirePermission } from "./permissions.server";

export type JudgeContext = { user: SessionUser; cycle: AwardCycle | undefined; statementAcceptedAt: string | null };

/** A judge and the current cycle (if any), whether or not they have accepted the statement yet. */
export async function requireJudge(request: Request): Promise<JudgeContext> {
  const user = await requirePermission(request, "judging:use");
  // On appDb(): both run as kept statements (each judge's page and score save asks).
  const cycle = await currentCycle(appDb());
  const accepted = cycle ? await statementAcceptedAt(appDb(), { cycleId: cycle.id, judgeId: user.id }) : null;
  return { user, cycle, statementAcceptedAt: accepted };
}

/** As requireJudge, but a judge who has not accepted the statement is sent to it first. */
export async function requireJudgeWithStatement(request: Request): Promise<JudgeContext & { cycle: AwardCycle }> {
  const context = await requireJudge(request);
  if (!context.cycle) throw new Response("Not Found", { status: 404, statusText: "Not Found" });
  if (!context.statementAcceptedAt) {
    const url = new URL(request.url);
    throw redirect(`/judging/statement?${new URLSearchParams({ redirectTo: request.method === "GET" ? url.pathname : "/judging" })}`);
  }
  return { ...context, cycle: context.cycle };
}
