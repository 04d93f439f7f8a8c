// The rules of the announcement: when a cycle's results are due to be published, what must be decided
// first, and the embargo (until publication, the decisions exist only for the secretariat).
import type { Stage } from "./stages";

export type CycleForAnnouncement = { stage: Stage; announcement_at: string | null; published_at: string | null; shortlist_confirmed_at: string | null };

export type DecisionForAnnouncement = { nominationId: number; result: "winner" | "highly_commended" | "finalist" };

/** Whether the results are still embargoed: true until the cycle has been published. */
export function embargoed(cycle: Pick<CycleForAnnouncement, "published_at">): boolean {
  return cycle.published_at === null;
}

/** Whether the announcement is due now: the time has come and the cycle has not been published. */
export function announcementDue(cycle: CycleForAnnouncement, now: Date): boolean {
  return cycle.published_at === null && cycle.announcement_at !== null && cycle.announcement_at <= now.toISOString() && (cycle.stage === "final" || cycle.stage === "shortlisting");
}

/** Why the results cannot be published yet, or null when they can. */
export function publicationProblem(cycle: CycleForAnnouncement, shortlist: readonly number[], decisions: readonly DecisionForAnnouncement[]): string | null {
  if (cycle.published_at !== null) return "The results have already been published";
  if (cycle.stage !== "final" && cycle.stage !== "shortlisting") return "Results can be published from the shortlisting or final round stage only";
  if (!cycle.shortlist_confirmed_at) return "Confirm the shortlist first";
  const winners = decisions.filter((d) => d.result === "winner");
  if (winners.length === 0) return "Record the winner first";
  if (winners.length > 1) return "There can be only one winner";
  const outside = decisions.filter((d) => !shortlist.includes(d.nominationId));
  if (outside.length) return "Only finalists can be the winner or highly commended";
  return null;
}

/** What each finalist is announced as: the decision recorded for it, otherwise finalist. */
export function announcedResults(shortlist: readonly number[], decisions: readonly DecisionForAnnouncement[]): { nominationId: number; result: DecisionForAnnouncement["result"] }[] {
  return shortlist.map((nominationId) => ({ nominationId, result: decisions.find((d) => d.nominationId === nominationId)?.result ?? "finalist" }));
}

/** Why the announcement cannot move to this time, or null: only to a future time, and only before publication. */
export function moveAnnouncementProblem(cycle: CycleForAnnouncement, to: string, now: Date): string | null {
  // A time that passed without publication (say the winner was not recorded) can still be moved on.
  if (cycle.published_at !== null) return "The results have already been published";
  if (to <= now.toISOString()) return "The new announcement time must be in the future (or publish now)";
  return null;
}
