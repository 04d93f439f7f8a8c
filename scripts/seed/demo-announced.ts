// A past demo cycle, already announced, so that the public archive shows published demo case studies
// (labelled "Demo") beside the real history. Its year, 2009, is before the award's first year (2010),
// so it can never be mistaken for, or clash with, a real year. Its results were decided and published
// the way a real cycle's are (shortlist, decisions, publishCycle); it sends no e-mails.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { createCycle, listSections } from "../../app/models/cycles.server";
import { refreshJudgingEntry } from "../../app/models/judging-entries.server";
import { publishCycle } from "../../app/models/publication.server";
import { recordDecisions, saveShortlist } from "../../app/models/shortlist.server";
import { slugify } from "../../app/models/organisations.server";
import { ukToUtc } from "../../app/domain/uk-time";
import { DEMO_ADMIN, DEMO_ORGANISATIONS } from "../../app/domain/demo-accounts";

export const DEMO_PAST_YEAR = 2009;

type PastEntry = {
  organisation: string;
  result: "winner" | "highly_commended" | "finalist";
  title: string;
  rationale: string;
  employer: { name: string; role: string };
  staff: { name: string; role: string };
  unions: string;
  answers: Record<"summary" | "evidence_1" | "evidence_2" | "evidence_3" | "partners" | "outcomes" | "learning" | "top_tips", string>;
};

const PAST: PastEntry[] = [
  {
    organisation: "Riverbend",
    result: "winner",
    title: "A joint health and wellbeing service for ambulance-facing staff (demo)",
    rationale: "The clearest evidence of a service designed and run jointly, with outcomes measured over two years.",
    employer: { name: "Claire Doyle", role: "Director of Workforce" },
    staff: { name: "Tom Hughes", role: "Staff-side secretary (Unite)" },
    unions: "Unite, UNISON, GMB",
    answers: {
      summary: "Riverbend's staff side and managers set up a joint wellbeing service for staff who meet patients first: porters, receptionists and emergency department staff. It is run by a steering group with equal numbers from both sides.",
      evidence_1: "The staff side proposed the service after a survey of its members, and the trust agreed to design it jointly from the first meeting. Every decision on what the service offers was made by the joint steering group.",
      evidence_2: "Within two years, days lost to stress-related absence fell by 22% among the staff the service covers, and 1,400 staff used it at least once.",
      evidence_3: "Joint ownership kept the service going through two changes of chief executive. The model has been shared with three neighbouring trusts.",
      partners: "Unite, UNISON and the GMB through the joint staff committee; occupational health; the chaplaincy.",
      outcomes: "Stress-related absence down 22% in two years. 1,400 staff used the service. Staff survey scores on feeling supported rose by 11 points.",
      learning: "Agree what success looks like before starting, and measure it together. We have presented the work at two regional partnership forums.",
      top_tips: "Give the steering group a budget of its own.\n\nPublish what the service does, in plain words, every quarter.",
    },
  },
  {
    organisation: "Fellside",
    result: "highly_commended",
    title: "Rest breaks that happen: a partnership agreement for crews (demo)",
    rationale: "A practical agreement with good early results; highly commended for the way both sides monitor it together.",
    employer: { name: "Ian Moss", role: "Head of Operations" },
    staff: { name: "Leah Grant", role: "UNISON branch chair" },
    unions: "UNISON, GMB",
    answers: {
      summary: "Fellside's managers and unions agreed a rest-break policy for ambulance crews, with a joint group that reviews every missed break each month.",
      evidence_1: "The policy was written by a joint working group, not consulted on at the end.",
      evidence_2: "The share of shifts with a protected rest break rose from 41% to 78% in a year.",
      evidence_3: "Monthly joint reviews keep the policy honest; other services have asked for the monitoring template.",
      partners: "UNISON and the GMB; the control room; clinical team leaders.",
      outcomes: "Protected rest breaks on 78% of shifts, up from 41%. Fewer late finishes.",
      learning: "Look at every missed break together, without blame.",
      top_tips: "Agree the data you will look at before you write the policy.",
    },
  },
  {
    organisation: "Harbourside",
    result: "finalist",
    title: "Apprenticeships for healthcare support workers, agreed in partnership (demo)",
    rationale: "Strong partnership from the outset; outcomes still early.",
    employer: { name: "Nadia Kerr", role: "Deputy Director of People" },
    staff: { name: "Sam Ortiz", role: "RCN steward" },
    unions: "RCN, UNISON",
    answers: {
      summary: "Harbourside and its unions agreed a route for healthcare support workers into nursing apprenticeships, with protected study time.",
      evidence_1: "Union learning representatives designed the selection process with the education team.",
      evidence_2: "Thirty-two support workers started apprenticeships in the first year.",
      evidence_3: "The approach could be used by any community trust with a union learning agreement.",
      partners: "The RCN and UNISON, through union learning representatives; the education team.",
      outcomes: "Thirty-two apprentices in the first year; none left the programme.",
      learning: "Protected study time matters more than funding.",
      top_tips: "Let union learning representatives lead the outreach.",
    },
  },
];

/** Adds the announced 2009 demo cycle, once. Returns how many case studies it published. */
export async function seedDemoAnnouncedCycle(db: Kysely<Database>): Promise<{ published: number }> {
  if (await db.selectFrom("award_cycles").select("id").where("year", "=", DEMO_PAST_YEAR).executeTakeFirst()) return { published: 0 };
  const admin = await db.selectFrom("users").select("id").where("email_normalised", "=", DEMO_ADMIN.email).executeTakeFirstOrThrow();
  const announcedAt = new Date(ukToUtc("2009-11-12", "19:00"));
  const cycleId = await createCycle(
    db,
    {
      year: DEMO_PAST_YEAR,
      isDemo: true,
      dates: {
        nominations_open_at: ukToUtc("2009-01-05", "09:00"),
        nominations_close_at: ukToUtc("2009-02-20", "17:00"),
        judging_open_at: ukToUtc("2009-03-02", "09:00"),
        judging_close_at: ukToUtc("2009-04-03", "17:00"),
        shortlist_at: ukToUtc("2009-04-17", "12:00"),
        final_judging_at: ukToUtc("2009-09-24", "09:00"),
        announcement_at: announcedAt.toISOString(),
      },
    },
    null,
  );
  const sections = await listSections(db, cycleId);
  const ids: number[] = [];
  for (const [i, entry] of PAST.entries()) {
    const org = DEMO_ORGANISATIONS.find((o) => o.shortName === entry.organisation)!;
    const organisation = await db.selectFrom("organisations").select("id").where("slug", "=", slugify(org.name)).executeTakeFirstOrThrow();
    const at = ukToUtc("2009-02-16", "10:00");
    const { id } = await db
      .insertInto("nominations")
      .values({
        cycle_id: cycleId,
        organisation_id: organisation.id,
        reference: `HPMA-${DEMO_PAST_YEAR}-${String(i + 1).padStart(4, "0")}`,
        title: entry.title,
        status: "submitted",
        consent_to_publish: 1,
        identifying_terms: "[]",
        employer_lead_name: entry.employer.name,
        employer_lead_role: entry.employer.role,
        employer_lead_email: null,
        staff_lead_name: entry.staff.name,
        staff_lead_role: entry.staff.role,
        staff_lead_email: null,
        unions: entry.unions,
        submitted_at: at,
        created_at: at,
        updated_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const rows = sections.filter((s) => entry.answers[s.key as keyof PastEntry["answers"]]).map((s) => ({ nomination_id: id, section_id: s.id, text: entry.answers[s.key as keyof PastEntry["answers"]] }));
    if (rows.length) await db.insertInto("nomination_answers").values(rows).execute();
    await refreshJudgingEntry(db, { nominationId: id, cycleId, actorUserId: null, now: new Date(at) });
    await db.updateTable("judging_entries").set({ status: "released", released_at: at, released_by: admin.id }).where("nomination_id", "=", id).execute();
    ids.push(id);
  }

  // The shortlist, its confirmation (no e-mails for a past demo year), the decisions, then publication.
  await db.updateTable("award_cycles").set({ stage: "shortlisting" }).where("id", "=", cycleId).execute();
  const saved = await saveShortlist(db, { cycleId, picks: PAST.map((p, i) => ({ nominationId: ids[i], rationale: p.rationale })), method: "normalised", actorUserId: admin.id, now: new Date(ukToUtc("2009-04-17", "12:00")) });
  if (!saved.ok) throw new Error(saved.problem);
  await db
    .updateTable("award_cycles")
    .set({ stage: "final", shortlist_confirmed_at: ukToUtc("2009-04-17", "12:00"), shortlist_confirmed_by: admin.id, result_emails_claimed_at: announcedAt.toISOString() })
    .where("id", "=", cycleId)
    .execute();
  const decided = await recordDecisions(db, {
    cycleId,
    decisions: PAST.filter((p) => p.result !== "finalist").map((p) => ({ nominationId: ids[PAST.indexOf(p)], result: p.result, rationale: p.rationale })),
    actorUserId: admin.id,
    now: new Date(ukToUtc("2009-09-24", "17:00")),
  });
  if (!decided.ok) throw new Error(decided.problem);
  const published = await publishCycle(db, { cycleId, now: announcedAt });
  if (!published || "problem" in published) throw new Error(`The demo past cycle could not be published: ${published ? published.problem : "already published"}`);
  return { published: published.published.length };
}
