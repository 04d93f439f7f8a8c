// What every page of one nomination starts with: the entrant, their organisation's nomination (or
// 404 for any id that is not theirs), its cycle and form, and whether the deadline still allows changes.
import type { AwardCycle, CycleSection } from "../../db/schema";
import type { SessionUser } from "~/domain/permissions";
import { entrantActionProblem } from "~/domain/stages";
import { deadlineFor, getCycle, listSections } from "~/models/cycles.server";
import { getNominationForOrganisation, type NominationDetail } from "~/models/nominations.server";
import { getDb, type DB } from "./db.server";
import { idParam } from "./params.server";
import { notFound, requirePermission } from "./permissions.server";

export type NominationContext = {
  db: DB;
  user: SessionUser & { organisation: { id: number; name: string } };
  nomination: NominationDetail;
  cycle: AwardCycle;
  sections: CycleSection[];
  deadline: string | null;
  /** Why the nomination cannot be changed now (the deadline has passed, say), or null. */
  closedProblem: string | null;
};

/** `withAnswers: false` skips reading the answers, for actions that only write them (autosave). */
export async function requireOwnNomination(request: Request, nominationId: string | undefined, { withAnswers = true } = {}): Promise<NominationContext> {
  const user = await requirePermission(request, "nominations:use");
  const id = idParam(nominationId);
  if (!user.organisation) notFound();
  const db = getDb();
  const nomination = await getNominationForOrganisation(db, { id, organisationId: user.organisation.id, withAnswers });
  if (!nomination) notFound();
  const cycle = await getCycle(db, nomination.cycle_id);
  if (!cycle) notFound();
  const deadline = await deadlineFor(db, cycle, user.organisation.id);
  return {
    db,
    user: user as NominationContext["user"],
    nomination,
    cycle,
    sections: await listSections(db, cycle.id),
    deadline,
    closedProblem: entrantActionProblem("edit", cycle, new Date(), deadline),
  };
}

const UK_CLOCK = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** "14:32", UK time: when a draft was saved today. */
export function formatUkClock(iso: string): string {
  return UK_CLOCK.format(new Date(iso));
}
