// The award cycle's stages and what each allows, as one pure module with the clock passed in.
// Admins move a cycle from stage to stage; the server asks this module before every change and
// before every entrant action, and refuses what the current stage does not allow.

import { STAGES, STAGE_LABELS, type Stage } from "./vocabulary";

// The stages and their labels live in vocabulary.ts; re-exported for older imports.
export { STAGES, STAGE_LABELS, type Stage };

export type CycleDates = {
  nominations_open_at: string | null;
  nominations_close_at: string | null;
  judging_open_at: string | null;
  judging_close_at: string | null;
  shortlist_at: string | null;
  final_judging_at: string | null;
  announcement_at: string | null;
};

export type CycleForRules = CycleDates & { stage: Stage };

export type DeadlineExtension = { organisation_id: number | null; new_close_at: string };

/**
 * When nominations close for one organisation: the cycle's deadline, or a later one given to
 * everyone or to that organisation.
 */
export function effectiveDeadline(cycle: Pick<CycleDates, "nominations_close_at">, extensions: readonly DeadlineExtension[], organisationId: number | null): string | null {
  let deadline = cycle.nominations_close_at;
  for (const e of extensions) {
    if (e.organisation_id !== null && e.organisation_id !== organisationId) continue;
    if (!deadline || e.new_close_at > deadline) deadline = e.new_close_at;
  }
  return deadline;
}

/** The latest deadline any organisation has: nominations cannot close for everyone before it. */
export function latestDeadline(cycle: Pick<CycleDates, "nominations_close_at">, extensions: readonly DeadlineExtension[]): string | null {
  return [cycle.nominations_close_at, ...extensions.map((e) => e.new_close_at)].filter((d): d is string => d !== null).sort().at(-1) ?? null;
}

const next = (stage: Stage): Stage | null => STAGES[STAGES.indexOf(stage) + 1] ?? null;

/**
 * Why a cycle may not move to a stage now, or null when it may. A cycle moves one stage forward;
 * the only way back is reopening nominations after a deadline extension.
 */
export function transitionProblem(cycle: CycleForRules, to: Stage, now: Date, extensions: readonly DeadlineExtension[] = []): string | null {
  const at = now.toISOString();
  const latest = latestDeadline(cycle, extensions);
  if (cycle.stage === "closed" && to === "open") {
    return latest && latest > at ? null : "Nominations can only reopen when a deadline has been extended into the future";
  }
  if (to !== next(cycle.stage)) {
    return `A cycle that is ${STAGE_LABELS[cycle.stage].toLowerCase()} can only move to ${next(cycle.stage) ? STAGE_LABELS[next(cycle.stage)!].toLowerCase() : "no other stage"}`;
  }
  switch (to) {
    case "open":
      if (!cycle.nominations_open_at || !cycle.nominations_close_at) return "Set when nominations open and close first";
      if (cycle.nominations_close_at <= cycle.nominations_open_at) return "Nominations must close after they open";
      if (cycle.nominations_close_at <= at) return "The closing date for nominations has already passed";
      return null;
    case "closed":
      return latest && latest > at ? "Nominations cannot close before the deadline (including any extension) has passed" : null;
    case "judging":
      return cycle.judging_open_at && cycle.judging_close_at ? null : "Set when judging opens and closes first";
    case "shortlisting":
      return cycle.judging_close_at && cycle.judging_close_at > at ? "Shortlisting starts after judging closes" : null;
    case "final":
      return null;
    case "announced":
      // Only publication moves a cycle here (at the announcement time, or "publish now"), so that the
      // results and case studies always go out with it.
      return "A cycle is announced by publishing its results: at the announcement time, or with Publish now on the final round page";
    case "archived":
      return null;
    default:
      return null;
  }
}

/**
 * Why the secretariat may not close nominations now, ahead of the deadline, or null when they may:
 * only an open cycle whose nominations have opened, and never over an extension still running
 * (an organisation was promised that time).
 */
export function closeNowProblem(cycle: CycleForRules, now: Date, extensions: readonly DeadlineExtension[] = []): string | null {
  const at = now.toISOString();
  if (cycle.stage !== "open") return "Nominations can be closed now only while they are open";
  if (cycle.nominations_open_at && cycle.nominations_open_at > at) return "Nominations have not opened yet";
  if (extensions.some((e) => e.new_close_at > at)) return "An extension of the deadline is still running: nominations cannot close before it ends";
  return null;
}

export type EntrantAction = "start" | "edit" | "submit" | "withdraw";

/**
 * Why an entrant may not do this to a nomination now, or null when they may. The deadline is the
 * organisation's own (see effectiveDeadline); at the deadline itself, nominations are closed.
 */
export function entrantActionProblem(action: EntrantAction, cycle: CycleForRules, now: Date, deadline: string | null): string | null {
  const at = now.toISOString();
  if (cycle.stage === "draft") return "Nominations for this award cycle have not opened yet";
  if (cycle.nominations_open_at && at < cycle.nominations_open_at) return "Nominations for this award cycle have not opened yet";
  const past = !deadline || at >= deadline;
  if (cycle.stage !== "open" && !(cycle.stage === "closed" && !past)) return "Nominations for this award cycle have closed";
  if (past) return "The deadline for nominations has passed";
  void action;
  return null;
}

/**
 * Whether admins may still change the final round's own criteria, and whether it has its own: until
 * the final round begins (its scores must all be given against the same criteria).
 */
export function finalCriteriaEditable(cycle: Pick<CycleForRules, "stage">): boolean {
  return STAGES.indexOf(cycle.stage) < STAGES.indexOf("final");
}

/** Whether admins may still change the cycle's criteria and form: only before nominations open. */
export function criteriaEditable(cycle: Pick<CycleForRules, "stage">): boolean {
  return cycle.stage === "draft";
}
