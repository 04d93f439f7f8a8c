// What the secretariat sees of nominations: every organisation's, with a status that includes the
// endorsements (awaiting endorsement, complete), and who to tell when a deadline moves for everyone.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { adminNominationStatus, type AdminNominationRow } from "~/domain/admin-nominations";
import { effectiveDeadline } from "~/domain/stages";
import { formatUkDateTime } from "~/domain/uk-time";

/**
 * Every nomination of a cycle (or just one of them), whatever its organisation, newest change first;
 * with `closeAt`, their statuses as they would be if nominations closed then (extensions still apply).
 */
export async function listCycleNominations(
  db: Kysely<Database>,
  cycleId: number,
  { only, closeAt }: { only?: number; closeAt?: string | null } = {},
): Promise<AdminNominationRow[]> {
  const saved = await db.selectFrom("award_cycles").select("nominations_close_at").where("id", "=", cycleId).executeTakeFirst();
  if (!saved) return [];
  const cycle = closeAt === undefined ? saved : { nominations_close_at: closeAt };
  const extensions = await db.selectFrom("deadline_extensions").select(["organisation_id", "new_close_at"]).where("cycle_id", "=", cycleId).execute();
  const nominations = await db
    .selectFrom("nominations")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select([
      "nominations.id",
      "nominations.reference",
      "nominations.title",
      "nominations.status",
      "nominations.submitted_hash",
      "nominations.updated_at",
      "nominations.organisation_id",
      "organisations.name as organisation",
    ])
    .where("nominations.cycle_id", "=", cycleId)
    .$if(only !== undefined, (q) => q.where("nominations.id", "=", only!))
    .orderBy("nominations.updated_at", "desc")
    .orderBy("nominations.id", "desc")
    .execute();
  const endorsements = await db
    .selectFrom("endorsements")
    .innerJoin("nominations", "nominations.id", "endorsements.nomination_id")
    .select(["endorsements.id", "endorsements.nomination_id", "endorsements.side", "endorsements.status", "endorsements.content_hash", "endorsements.responded_at"])
    .where("nominations.cycle_id", "=", cycleId)
    .$if(only !== undefined, (q) => q.where("nominations.id", "=", only!))
    .execute();
  const byNomination = new Map<number, typeof endorsements>();
  for (const e of endorsements) byNomination.set(e.nomination_id, [...(byNomination.get(e.nomination_id) ?? []), e]);
  return nominations.map((n) => {
    const own = byNomination.get(n.id) ?? [];
    const derived = adminNominationStatus(n, own, effectiveDeadline(cycle, extensions, n.organisation_id));
    // An endorsement answered after the last save is a change too.
    const latest = [n.updated_at, ...own.map((e) => e.responded_at).filter((t): t is string => t !== null)].sort().at(-1)!;
    return { id: n.id, reference: n.reference, title: n.title, organisation: n.organisation, ...derived, updatedAt: latest, updatedLabel: formatUkDateTime(latest) };
  });
}

/** An organisation whose nominations would not go forward to judging, and who to tell. */
export type OrganisationLeftOut = {
  organisationId: number;
  organisation: string;
  /** Drafts, never submitted. */
  drafts: { reference: string; title: string }[];
  /** Submitted, but not endorsed by both leads in time (or never sent to them). */
  unendorsed: { reference: string; title: string }[];
  /** The organisation's approved, active members. */
  members: { email: string; name: string }[];
};

/**
 * The organisations with a nomination that would not go forward if nominations closed at `closeAt`
 * (extensions still apply): drafts, and submitted ones not endorsed by both leads by then, by the
 * same rule as the nominations table; each with its approved members, who are the ones to tell.
 */
export async function organisationsLeftOut(db: Kysely<Database>, cycleId: number, { closeAt }: { closeAt: string }): Promise<OrganisationLeftOut[]> {
  const leftOut = (await listCycleNominations(db, cycleId, { closeAt })).filter((n) => n.status === "draft" || n.status === "submitted" || n.status === "awaiting_endorsement");
  if (leftOut.length === 0) return [];
  const owners = await db
    .selectFrom("nominations")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select(["nominations.id", "nominations.organisation_id", "organisations.name"])
    .where("nominations.id", "in", leftOut.map((n) => n.id))
    .execute();
  const members = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["memberships.organisation_id", "users.email", "users.name"])
    .where("memberships.organisation_id", "in", [...new Set(owners.map((o) => o.organisation_id))])
    .where("memberships.status", "=", "approved")
    .where("users.active", "=", 1)
    .orderBy("users.email")
    .execute();
  const byOrganisation = new Map<number, OrganisationLeftOut>();
  for (const n of [...leftOut].sort((a, b) => a.reference.localeCompare(b.reference))) {
    const owner = owners.find((o) => o.id === n.id)!;
    const entry = byOrganisation.get(owner.organisation_id) ?? {
      organisationId: owner.organisation_id,
      organisation: owner.name,
      drafts: [],
      unendorsed: [],
      members: members.filter((m) => m.organisation_id === owner.organisation_id).map((m) => ({ email: m.email, name: m.name })),
    };
    (n.status === "draft" ? entry.drafts : entry.unendorsed).push({ reference: n.reference, title: n.title });
    byOrganisation.set(owner.organisation_id, entry);
  }
  return [...byOrganisation.values()].sort((a, b) => a.organisation.localeCompare(b.organisation));
}

/**
 * The nominations that are complete now and would not be if nominations closed at `closeAt`: a lead
 * endorsed them after it, so moving the date would quietly leave them out of judging.
 */
export async function nominationsNoLongerComplete(db: Kysely<Database>, { cycleId, closeAt }: { cycleId: number; closeAt: string | null }): Promise<AdminNominationRow[]> {
  const now = await listCycleNominations(db, cycleId);
  const then = new Map((await listCycleNominations(db, cycleId, { closeAt })).map((n) => [n.id, n.status]));
  return now.filter((n) => n.status === "complete" && then.get(n.id) !== "complete").sort((a, b) => a.reference.localeCompare(b.reference));
}

/** People to tell that the deadline moved: members of organisations with a draft in the cycle. */
export async function entrantsWithDrafts(db: Kysely<Database>, cycleId: number): Promise<{ email: string; name: string; organisation: string }[]> {
  return db
    .selectFrom("nominations")
    .innerJoin("memberships", "memberships.organisation_id", "nominations.organisation_id")
    .innerJoin("users", "users.id", "memberships.user_id")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select(["users.email", "users.name", "organisations.name as organisation"])
    .where("nominations.cycle_id", "=", cycleId)
    .where("nominations.status", "=", "draft")
    .where("users.active", "=", 1)
    .where("memberships.status", "=", "approved")
    .distinct()
    .orderBy("users.email")
    .execute();
}

// One nomination, read-only, for the secretariat --------------------------------------------------

export async function getNominationForAdmin(db: Kysely<Database>, nominationId: number) {
  const nomination = await db
    .selectFrom("nominations")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .innerJoin("award_cycles", "award_cycles.id", "nominations.cycle_id")
    .selectAll("nominations")
    .select(["organisations.name as organisation", "award_cycles.year as cycle_year"])
    .where("nominations.id", "=", nominationId)
    .executeTakeFirst();
  if (!nomination) return undefined;
  const [answers, endorsements] = await Promise.all([
    db
      .selectFrom("cycle_sections")
      .leftJoin("nomination_answers", (join) =>
        join.onRef("nomination_answers.section_id", "=", "cycle_sections.id").on("nomination_answers.nomination_id", "=", nominationId),
      )
      .select(["cycle_sections.id", "cycle_sections.title", "cycle_sections.word_limit", "nomination_answers.text"])
      .where("cycle_sections.cycle_id", "=", nomination.cycle_id)
      .orderBy("cycle_sections.position")
      .execute(),
    db
      .selectFrom("endorsements")
      .leftJoin("users", "users.id", "endorsements.decided_by")
      .select([
        "endorsements.id",
        "endorsements.side",
        "endorsements.name",
        "endorsements.email",
        "endorsements.status",
        "endorsements.reason",
        "endorsements.content_hash",
        "endorsements.sent_at",
        "endorsements.responded_at",
        "users.name as decided_by_name",
      ])
      .where("endorsements.nomination_id", "=", nominationId)
      .orderBy("endorsements.id", "desc")
      .execute(),
  ]);
  return { nomination, answers, endorsements };
}
