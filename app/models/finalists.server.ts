// Who the finalists are, who hears about each of them, and what was decided: the reads that the
// shortlist's writes, the final round and the publication share. They sit here, below both, so that
// shortlist.server.ts (which drafts case studies when the shortlist is confirmed) and
// publication.server.ts (which e-mails the finalists their results) need not import each other.
import type { Kysely } from "kysely";
import type { AwardDecisionResult, Database } from "../../db/schema";

export type ShortlistRow = { nominationId: number; code: string; organisation: string; title: string; rationale: string };

export async function getShortlist(db: Kysely<Database>, cycleId: number): Promise<ShortlistRow[]> {
  const rows = await db
    .selectFrom("shortlist")
    .innerJoin("judging_entries", "judging_entries.nomination_id", "shortlist.nomination_id")
    .innerJoin("nominations", "nominations.id", "shortlist.nomination_id")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select(["shortlist.nomination_id", "judging_entries.code", "organisations.name", "nominations.title", "shortlist.rationale"])
    .where("shortlist.cycle_id", "=", cycleId)
    .orderBy("judging_entries.code")
    .execute();
  return rows.map((r) => ({ nominationId: r.nomination_id, code: r.code, organisation: r.name, title: r.title, rationale: r.rationale }));
}

/** Who hears about a finalist: the organisation's entrants and the nomination's two leads. */
export async function finalistContacts(db: Kysely<Database>, nominationId: number): Promise<{ email: string; name: string }[]> {
  const nomination = await db
    .selectFrom("nominations")
    .select(["organisation_id", "employer_lead_name", "employer_lead_email", "staff_lead_name", "staff_lead_email"])
    .where("id", "=", nominationId)
    .executeTakeFirstOrThrow();
  const entrants = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .innerJoin("roles", (join) => join.onRef("roles.user_id", "=", "users.id").on("roles.role", "=", "entrant"))
    .select(["users.email", "users.name"])
    .where("memberships.organisation_id", "=", nomination.organisation_id)
    .where("memberships.status", "=", "approved")
    .where("users.active", "=", 1)
    .execute();
  const all = [
    ...entrants,
    { email: nomination.employer_lead_email, name: nomination.employer_lead_name },
    { email: nomination.staff_lead_email, name: nomination.staff_lead_name },
  ].filter((p): p is { email: string; name: string } => !!p.email && !!p.name);
  const seen = new Set<string>();
  return all.filter((p) => {
    const key = p.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type DecisionRow = { nominationId: number; result: AwardDecisionResult; rationale: string };

/** The embargoed decisions, for the secretariat only. */
export async function getDecisions(db: Kysely<Database>, cycleId: number): Promise<DecisionRow[]> {
  const rows = await db.selectFrom("award_decisions").select(["nomination_id", "result", "rationale"]).where("cycle_id", "=", cycleId).orderBy("nomination_id").execute();
  return rows.map((r) => ({ nominationId: r.nomination_id, result: r.result, rationale: r.rationale }));
}
