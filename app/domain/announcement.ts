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

/** The final round's score sheets: those of the panel's live assignments, and how many are submitted. */
export type FinalSheetCount = { submitted: number; assigned: number };

/** Whether every final-round score sheet is in. With none assigned there is no sheet to wait for. */
export function allSheetsIn(count: FinalSheetCount): boolean {
  return count.submitted >= count.assigned;
}

/** How many final-round score sheets are in, as the final-round page says it. */
export function sheetsInSentence({ submitted, assigned }: FinalSheetCount): string {
  if (assigned === 0) return "No final-round score sheets are assigned: the panel has not been chosen, or has no finalist to score.";
  if (submitted >= assigned) return assigned === 1 ? "The one final-round score sheet is submitted." : `All ${assigned} final-round score sheets are submitted.`;
  return `${submitted} of ${assigned} final-round score ${assigned === 1 ? "sheet is" : "sheets are"} submitted.`;
}

/**
 * Why the decisions cannot be recorded yet, or null. Before every final-round score sheet is in, the
 * secretariat may still record them (the panel may have decided in the room) but must say why.
 */
export function earlyDecisionProblem(count: FinalSheetCount, reason: string | null): string | null {
  if (allSheetsIn(count) || (reason !== null && reason.trim() !== "")) return null;
  return `Only ${count.submitted} of ${count.assigned} final-round score sheets are submitted. To record the decisions now, confirm it and give the reason`;
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
