// What every page of one nomination starts with: the entrant, their organisation's nomination (or
// 404 for any id that is not theirs), its cycle and form, and whether the deadline still allows changes.
import type { AwardCycle, CycleSection } from "../../db/schema";
import type { SessionUser } from "~/domain/permissions";
import { effectiveDeadline, entrantActionProblem } from "~/domain/stages";
import { appDb, param, preparedQuery } from "~/platform/prepared.server";
import { getNominationForOrganisation, type NominationDetail } from "~/models/nominations.server";
import type { DB } from "~/platform/db.server";
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

const cycleQuery = preparedQuery((db) => db.selectFrom("award_cycles").selectAll().where("id", "=", param(0)));
const extensionsQuery = preparedQuery((db) =>
  db.selectFrom("deadline_extensions").select(["organisation_id", "new_close_at"]).where("cycle_id", "=", param(0)),
);
const sectionsQuery = preparedQuery((db) => db.selectFrom("cycle_sections").selectAll().where("cycle_id", "=", param(0)).orderBy("position"));

export type NominationUser = NominationContext["user"];

/** The signed-in entrant with an organisation, and the nomination id asked for (else 404, or sign in first). */
export async function requireNominationUser(request: Request, nominationId: string | undefined): Promise<{ user: NominationUser; id: number }> {
  const user = await requirePermission(request, "nominations:use");
  const id = idParam(nominationId);
  if (!user.organisation) notFound();
  return { user: user as NominationUser, id };
}

/**
 * The organisation's nomination of that id with its cycle, form and deadline, read through db (a
 * transaction, when what is read must still hold for a write that follows); 404 when it is not theirs.
 * `withAnswers: false` skips reading the answers, for actions that only write them (autosave).
 */
export async function loadOwnNomination(db: DB, user: NominationUser, id: number, { withAnswers = true } = {}): Promise<NominationContext> {
  const nomination = await getNominationForOrganisation(db, { id, organisationId: user.organisation.id, withAnswers });
  if (!nomination) notFound();
  // What getCycle, deadlineFor and listSections read, as kept statements: every autosave asks.
  const [cycle] = (await cycleQuery(db, nomination.cycle_id)).rows;
  if (!cycle) notFound();
  const extensions = (await extensionsQuery(db, cycle.id)).rows;
  const deadline = effectiveDeadline(cycle, extensions, user.organisation.id);
  return {
    db,
    user,
    nomination,
    cycle,
    sections: (await sectionsQuery(db, cycle.id)).rows,
    deadline,
    closedProblem: entrantActionProblem("edit", cycle, new Date(), deadline),
  };
}

export async function requireOwnNomination(request: Request, nominationId: string | undefined, { withAnswers = true } = {}): Promise<NominationContext> {
  const { user, id } = await requireNominationUser(request, nominationId);
  return loadOwnNomination(appDb(), user, id, { withAnswers });
}

// Kept for the pages that import it from here; its one home is app/domain/uk-time.ts.
export { formatUkClock } from "~/domain/uk-time";
