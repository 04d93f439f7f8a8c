// The demo's current award cycle (2027, open for nominations) with entries from the demo
// organisations: ten complete (both leads confirmed), one awaiting the staff side's endorsement and
// one draft. The entries are fictional but written the way real ones are, naming the organisation
// and its aliases, so that blind judging's redaction has something to do. Seeded once: if a 2027
// cycle exists already, nothing changes.
import crypto from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { createCycle, listSections } from "../../app/models/cycles.server";
import { recordAudit } from "../../app/models/audit.server";
import { inTransaction } from "../../app/platform/sql.server";
import { canonicalText } from "../../app/domain/nomination-rules";
import { ukToUtc } from "../../app/domain/uk-time";
import { generateToken, hashToken } from "../../app/platform/crypto.server";
import { slugify } from "../../app/models/organisations.server";
import { DEMO_ORGANISATIONS, demoEntrantEmail } from "../../app/domain/demo-accounts";

export const DEMO_CYCLE_YEAR = 2027;

type Lead = { name: string; role: string };
type SectionKey = "summary" | "evidence_1" | "evidence_2" | "evidence_3" | "partners" | "outcomes" | "learning" | "top_tips";

type DemoNomination = {
  organisation: string; // short name of a demo organisation
  title: string;
  state: "complete" | "awaiting" | "draft";
  submitted: string; // UK date the entry was submitted (or last saved, for the draft)
  employer: Lead;
  staff: Lead;
  unions: string;
  identifying: string[];
  answers: Partial<Record<SectionKey, string>>;
};

export const DEMO_NOMINATIONS: DemoNomination[] = [
  {
    organisation: "Northmoor Valley",
    title: "Self-rostering on 14 wards, designed with the staff side",
    state: "complete",
    submitted: "2026-11-04",
    employer: { name: "Priya Shah", role: "Chief People Officer" },
    staff: { name: "Owen Lloyd", role: "Staff-side chair (UNISON)" },
    unions: "UNISON, RCN, GMB",
    identifying: ["Priya Shah", "Owen Lloyd", "Ward 7", "Northmoor General Hospital"],
    answers: {
      summary:
        "Nurses and healthcare support workers at Northmoor Valley NHS Foundation Trust told us that rotas published two weeks ahead, and changed at short notice, made it hard to care for children and parents. NVFT's Joint Negotiating and Consultative Committee set up a working group, chaired jointly by the Chief People Officer and the staff-side chair, to design self-rostering with the people who work the shifts. After a pilot on Ward 7 at Northmoor General Hospital, 14 wards now roster this way, with rotas published eight weeks ahead.",
      evidence_1:
        "The idea came from the staff side. UNISON and RCN stewards brought the results of their own survey on rostering to the JNCC in March 2025, and the trust agreed to co-design the answer rather than consult on a finished plan. The working group had equal numbers from management and the staff side, and every decision, from the fairness rules to the software settings, was made by consensus. Ward staff voted on the rules before the pilot began, and stewards ran drop-in sessions on night shifts so that nobody was left out.",
      evidence_2:
        "On the 14 wards, short-notice shift changes fell from an average of 31 a month to 9. Sickness absence fell from 6.1% to 4.8% over a year, and turnover of healthcare support workers from 18% to 11%. In the staff survey, the share who say they can balance work and home life rose by 14 points. Bank and agency spend on the pilot wards fell by £412,000 in the first year. The rules are now written into the trust's rostering policy, agreed at the JNCC, so they do not depend on the people who designed them.",
      evidence_3:
        "We learned that fairness rules matter more than software: staff accepted self-rostering once they could see that nights and weekends were shared out openly. Northmoor Valley has shared its rules and toolkit through the regional social partnership forum, and two neighbouring trusts have adopted them. The approach would scale to any ward or department with a stable team of 20 or more.",
      partners:
        "UNISON, the RCN and the GMB, through the JNCC and ward stewards; the trust's rostering team and ward managers; and the staff networks for carers and disabled staff, who tested the rules for fairness.",
      outcomes:
        "Short-notice changes down by 70%; sickness absence down 1.3 points; healthcare support worker turnover down from 18% to 11%; £412,000 less bank and agency spend in a year; 14 wards rostering eight weeks ahead.",
      learning:
        "Start with the fairness rules, agree them jointly and publish them. Give ward managers time to learn the new way. We have presented the work at the regional forum, at an NHS Employers webinar and to the RCN's regional board.",
      top_tips:
        "Let the staff side lead the listening. Agree the rules before choosing the software. Pilot on one ward and let that ward's staff explain it to the next.",
    },
  },
  {
    organisation: "Northmoor Valley",
    title: "Menopause at work: a joint policy and a peer network",
    state: "complete",
    submitted: "2026-11-09",
    employer: { name: "Helen Marsh", role: "Deputy Director of Workforce" },
    staff: { name: "Bernadette Kaye", role: "Unite branch secretary" },
    unions: "Unite, UNISON, RCN",
    identifying: ["Helen Marsh", "Bernadette Kaye", "Northmoor General Hospital"],
    answers: {
      summary:
        "Northmoor Valley FT and its trade unions wrote a menopause policy together and set up a peer network of 46 trained menopause advocates, half nominated by the staff side. Staff at Northmoor General Hospital and our community sites can now ask for adjustments through one simple conversation, without a referral.",
      evidence_1:
        "Unite raised the issue after a grievance showed that managers did not know what to do. The JNCC agreed that the staff side would draft the policy with the workforce team, and it was signed off jointly. Advocates were recruited by a joint panel.",
      evidence_2:
        "Since launch, 312 staff have had a menopause conversation and 87% of them say it helped. Sickness absence recorded as menopause-related fell by 38%. Exit interviews naming the menopause as a reason for leaving fell from 21 to 6 in a year.",
      evidence_3:
        "We learned that training managers is not enough; staff need someone like them to talk to first. The policy and advocate training are free for any NHS organisation to use, and NVFT has shared them with every trust in the region.",
      partners: "Unite, UNISON and the RCN; the women's staff network; occupational health; and our estates team, who changed uniforms and ventilation.",
      outcomes: "312 conversations; menopause-related sickness down 38%; leavers citing the menopause down from 21 to 6; new uniform options for all clinical staff.",
      learning: "Involve estates and procurement early: many adjustments are about fans, uniforms and rest rooms. We shared our learning at the NHS Employers menopause network.",
      top_tips: "Write the policy with the unions, not for them. Train advocates from both sides. Make the first conversation easy and confidential.",
    },
  },
  {
    organisation: "Northmoor Valley",
    title: "Stopping violence and aggression in the emergency department",
    state: "awaiting",
    submitted: "2026-11-19",
    employer: { name: "Daniel Frost", role: "Director of Operations" },
    staff: { name: "Marcia Campbell", role: "UNISON health and safety representative" },
    unions: "UNISON, RCN",
    identifying: ["Daniel Frost", "Marcia Campbell", "Northmoor General Hospital"],
    answers: {
      summary:
        "Health and safety representatives and managers at Northmoor General Hospital's emergency department reviewed every violent incident together for a year and changed how the department works, from the waiting room layout to how long patients wait without news.",
      evidence_1: "UNISON's health and safety representatives asked for joint incident reviews; NVFT agreed and gave them protected time. Every change was agreed at a joint group that meets fortnightly.",
      evidence_2: "Reported assaults on staff fell from 14 a month to 6. Staff who say they feel safe at work rose from 41% to 68%.",
      evidence_3: "Joint incident reviews work anywhere staff face aggression. We have shared the review template with the region's other emergency departments.",
      partners: "UNISON and the RCN; security staff; the patient experience team; local police.",
      outcomes: "Assaults down by more than half; a redesigned waiting room; hourly updates for waiting patients.",
      learning: "Reviewing incidents together built trust quickly. We would involve patients' representatives sooner next time.",
      top_tips: "Give safety representatives protected time. Review every incident, not only the serious ones.",
    },
  },
  {
    organisation: "Eastbrook",
    title: "From blame to learning: a just culture in employee relations",
    state: "complete",
    submitted: "2026-11-05",
    employer: { name: "Rachel Osei", role: "Director of People and Culture" },
    staff: { name: "Colin Hartley", role: "Staff-side lead (UNISON)" },
    unions: "UNISON, RCN, Unite, BMA",
    identifying: ["Rachel Osei", "Colin Hartley", "Eastbrook"],
    answers: {
      summary:
        "Eastbrook Mental Health NHS Trust and its staff side replaced a disciplinary process that staff feared with a just and learning approach. Every concern about an individual is now first reviewed by a manager and a trade union representative together, asking what happened and why before asking who is to blame.",
      evidence_1:
        "The work began with a joint review of every formal case at EMHT over three years, carried out by the staff-side lead and the Director of People and Culture together. They found that staff from ethnic minorities were twice as likely to enter a formal process. The new approach, including the joint first review, was designed by a group of managers and representatives and agreed at the Joint Staff Committee.",
      evidence_2:
        "Formal disciplinary cases fell from 64 a year to 19. The gap between ethnic minority and white staff entering formal processes closed from 2.1 times to 1.1. Average case length fell from 19 weeks to 7, and suspensions from 22 to 3. Staff survey scores for feeling safe to speak up rose by 9 points.",
      evidence_3:
        "We learned that the first conversation decides most cases. Eastbrook Mental Health has published its review guide, and the approach has been taken up by three trusts in the East of England.",
      partners: "UNISON, the RCN, Unite and the BMA, through the Joint Staff Committee; our race equality network; and our freedom to speak up guardian.",
      outcomes: "Formal cases down 70%; the ethnicity gap closed; suspensions from 22 to 3; cases resolved in a third of the time.",
      learning: "Data shared openly between the two sides made the case for change. We shared our learning at NHS Employers' employment relations conference.",
      top_tips: "Review your own cases together before designing anything. Make the first review joint. Measure the gap between groups, not only the totals.",
    },
  },
  {
    organisation: "Eastbrook",
    title: "Safe staffing huddles on inpatient wards",
    state: "complete",
    submitted: "2026-11-12",
    employer: { name: "Amira Haddad", role: "Chief Nurse" },
    staff: { name: "Steve Willis", role: "RCN senior steward" },
    unions: "RCN, UNISON",
    identifying: ["Amira Haddad", "Steve Willis", "Eastbrook Mental Health"],
    answers: {
      summary:
        "Twice a day, every inpatient ward at Eastbrook Mental Health holds a ten-minute staffing huddle with a staff-side steward able to join by phone. Staff raise staffing worries early, and managers move staff before a shift becomes unsafe.",
      evidence_1: "RCN stewards proposed the huddles after a run of unsafe nights. The Chief Nurse and the RCN senior steward wrote the huddle standard together, and stewards were trained alongside matrons.",
      evidence_2: "Shifts reported as unsafe fell by 46%. Incidents of restraint fell by 18%. Nurses who say staffing is sufficient rose from 29% to 44%.",
      evidence_3: "Huddles need no money, only discipline. EMHT's huddle standard fits on one page and has been adopted by two other mental health trusts.",
      partners: "The RCN and UNISON; matrons and the bed management team; the trust's safe staffing lead.",
      outcomes: "Unsafe shifts down 46%; restraint down 18%; better scores on staffing in the staff survey.",
      learning: "Having a steward on the call changed the tone: staff spoke up sooner. We shared the standard at the regional chief nurses' network.",
      top_tips: "Keep it short and at the same time every day. Record what was decided. Invite the staff side to every huddle.",
    },
  },
  {
    organisation: "Harbourside",
    title: "Keeping community staff safe when they work alone",
    state: "complete",
    submitted: "2026-11-06",
    employer: { name: "Gemma Rowe", role: "Director of Nursing and Therapies" },
    staff: { name: "Alan Pritchard", role: "UNISON branch secretary" },
    unions: "UNISON, RCN, CSP",
    identifying: ["Gemma Rowe", "Alan Pritchard", "Harbourside Community"],
    answers: {
      summary:
        "District nurses, therapists and health visitors at Harbourside Community Health NHS Trust often visit homes alone, late in the day. With our trade unions, HCHT redesigned lone working: a buddy check-in for every late visit, discreet alarms chosen by staff, and a shared risk flag on patients' records.",
      evidence_1:
        "UNISON and the CSP raised lone working after two serious incidents in 2024. A joint group of staff-side representatives and service leads visited every team, chose the alarms with staff, and wrote the new procedure together. It was agreed by the Joint Consultative Committee and launched by both sides at team meetings.",
      evidence_2:
        "Alarm use rose from 23% of staff to 94%. Incidents in which a lone worker felt unsafe fell from 58 a year to 21. Every late visit now has a buddy check-in, and no staff member has been hurt on a visit since launch. Staff confidence in lone working arrangements rose from 37% to 81% in our pulse survey.",
      evidence_3: "The buddy system costs nothing and works in any community service. Harbourside has shared its procedure with the region's community trusts and with the local council's social workers.",
      partners: "UNISON, the RCN and the CSP; our health and safety team; the local police's community safety unit.",
      outcomes: "Alarm use from 23% to 94%; unsafe incidents down 64%; no injuries on visits since launch.",
      learning: "Letting staff choose the alarms made them use them. We presented the work at the regional health and safety forum.",
      top_tips: "Ask lone workers what would help before buying anything. Make the check-in a habit, not a form.",
    },
  },
  {
    organisation: "Harbourside",
    title: "Flexible working for everyone: the Harbourside pledge",
    state: "complete",
    submitted: "2026-11-13",
    employer: { name: "Tariq Mahmood", role: "Head of Workforce" },
    staff: { name: "Jenny Polglase", role: "RCN steward and staff-side secretary" },
    unions: "RCN, UNISON, Unite",
    identifying: ["Tariq Mahmood", "Jenny Polglase", "Harbourside"],
    answers: {
      summary:
        "HCHT and its staff side agreed a pledge that every role can be worked flexibly in some way, and that every request gets a conversation within two weeks. Teams at Harbourside Community now plan rotas around the flexibility staff ask for.",
      evidence_1: "The pledge was drafted at a joint workshop of managers and representatives and agreed by the Joint Consultative Committee. Stewards sit on the appeals panel.",
      evidence_2: "Flexible working requests agreed rose from 52% to 88%. Leavers citing work-life balance fell by 40%. Vacancy rates in district nursing fell from 14% to 8%.",
      evidence_3: "The pledge is short and any organisation can adopt it. We have shared it with the South West's community trusts.",
      partners: "The RCN, UNISON and Unite; team leaders; the carers' staff network.",
      outcomes: "88% of requests agreed; 40% fewer leavers citing work-life balance; district nursing vacancies down to 8%.",
      learning: "Managers needed examples of flexibility in hard roles; stewards helped find them. We shared our examples online.",
      top_tips: "Promise a conversation, not an answer. Share examples from roles people think cannot be flexible.",
    },
  },
  {
    organisation: "Fellside",
    title: "Protecting meal breaks for ambulance crews",
    state: "complete",
    submitted: "2026-11-07",
    employer: { name: "Mark Ellison", role: "Director of Operations" },
    staff: { name: "Lisa Brennan", role: "GMB convenor" },
    unions: "GMB, UNISON, Unite",
    identifying: ["Mark Ellison", "Lisa Brennan", "Fellside Ambulance"],
    answers: {
      summary:
        "Crews at Fellside Ambulance Service NHS Trust often finished a twelve-hour shift without a meal break. FAST and its trade unions agreed a rest break policy that protects a break window for every crew, and worked with the control room to make it happen on busy days.",
      evidence_1:
        "The GMB convenor and the Director of Operations set up a joint working group with control room staff, paramedics and union representatives. The policy, the break windows and the rules for interrupting a break were all agreed in partnership, and the unions helped design the control room's new break tracker.",
      evidence_2:
        "Crews receiving a meal break in their window rose from 38% to 83%. Late finishes over 30 minutes fell by 27%. Crews reporting fatigue in our wellbeing survey fell from 62% to 41%. Response times did not get worse.",
      evidence_3: "Other ambulance services have asked for the break tracker and the policy; Fellside Ambulance Service has shared both through the national ambulance partnership group.",
      partners: "The GMB, UNISON and Unite; the control room team; operations managers; the trust's wellbeing lead.",
      outcomes: "Meal breaks received from 38% to 83%; late finishes down 27%; fatigue down 21 points; response times unchanged.",
      learning: "Control room staff had to be part of the design from day one. We would share data with crews weekly from the start next time.",
      top_tips: "Measure breaks received, not breaks rostered. Involve the control room. Publish the figures every week.",
    },
  },
  {
    organisation: "Fellside",
    title: "After the call: peer support for crews after traumatic incidents",
    state: "complete",
    submitted: "2026-11-15",
    employer: { name: "Joanne Ridley", role: "Head of Health and Wellbeing" },
    staff: { name: "Kwame Asante", role: "UNISON branch chair" },
    unions: "UNISON, GMB",
    identifying: ["Joanne Ridley", "Kwame Asante", "FAST"],
    answers: {
      summary:
        "FAST trained 120 peer supporters, nominated equally by managers and the trade unions, who contact every crew within 72 hours of a traumatic call. Fellside Ambulance staff now get support from someone who has been there.",
      evidence_1: "UNISON proposed peer support after a member's death by suicide. The scheme was designed by a joint group and is overseen by the Joint Partnership Forum.",
      evidence_2: "94% of crews involved in traumatic incidents were contacted within 72 hours. Referrals to specialist help rose, and sickness absence for stress fell by 22%.",
      evidence_3: "The model suits any service where staff face trauma. We have shared the training with two neighbouring ambulance trusts.",
      partners: "UNISON and the GMB; the occupational health service; a local mental health charity.",
      outcomes: "120 peer supporters; 94% of crews contacted within 72 hours; stress-related sickness down 22%.",
      learning: "Peer supporters need supervision and support themselves. We shared our learning at the national ambulance wellbeing conference.",
      top_tips: "Pick peer supporters jointly. Contact every crew, not only those who ask. Look after the supporters.",
    },
  },
  {
    organisation: "Riverbend",
    title: "One staff passport for every NHS employer in Riverbend",
    state: "complete",
    submitted: "2026-11-08",
    employer: { name: "Sophie Adebayo", role: "Chief People Officer" },
    staff: { name: "Graham Tully", role: "System staff-side lead (UNISON)" },
    unions: "UNISON, RCN, Unite, GMB",
    identifying: ["Sophie Adebayo", "Graham Tully", "Riverbend ICB"],
    answers: {
      summary:
        "Staff who move between NHS employers in the Riverbend system used to repeat their checks, training and inductions each time. Riverbend Integrated Care Board and the trade unions of all five local NHS employers agreed a staff passport that carries checks and training with the person.",
      evidence_1:
        "The system's staff-side leads asked RICB for the passport at the system partnership forum, and a joint programme board of HR directors and union representatives was set up to deliver it. The data-sharing agreement, the consent wording and the rules for what transfers were written jointly.",
      evidence_2: "More than 2,100 staff have moved with a passport. Time to start in a new post fell from 9 weeks to 3. Repeated mandatory training fell by an estimated 16,000 hours in a year.",
      evidence_3: "The passport rests on a partnership agreement any system could copy. NHS Riverbend has shared it with three other integrated care boards.",
      partners: "UNISON, the RCN, Unite and the GMB from all five employers; HR directors; the system's digital team.",
      outcomes: "2,100 staff moved with a passport; start times down from 9 weeks to 3; 16,000 hours of repeated training saved.",
      learning: "Agreeing consent wording with the unions first made staff trust the passport. We shared our learning at NHS Employers' workforce conference.",
      top_tips: "Start with the staff who move most. Agree the consent wording jointly. Publish the time saved.",
    },
  },
  {
    organisation: "Riverbend",
    title: "A partnership forum for the whole integrated care system",
    state: "complete",
    submitted: "2026-11-16",
    employer: { name: "Neil Cartwright", role: "Director of System Workforce" },
    staff: { name: "Farah Iqbal", role: "RCN regional officer" },
    unions: "RCN, UNISON, Unite, GMB, BMA",
    identifying: ["Neil Cartwright", "Farah Iqbal", "NHS Riverbend"],
    answers: {
      summary:
        "Riverbend ICB set up a system partnership forum where the trade unions of every NHS employer in Riverbend meet system leaders monthly, with a joint agenda and a shared chair. Decisions about workforce across the system are now made in partnership.",
      evidence_1: "The forum's terms of reference were written by the unions and the ICB together, and the chair alternates between the two sides.",
      evidence_2: "The forum has agreed 11 system-wide policies. Time to agree a policy fell from 8 months to 3. No collective disputes have been raised since it began.",
      evidence_3: "Any integrated care system can copy the terms of reference; RICB has shared them nationally through the Social Partnership Forum.",
      partners: "The RCN, UNISON, Unite, the GMB and the BMA; all five NHS employers in Riverbend; the ICB's board.",
      outcomes: "11 system policies agreed; policies agreed in 3 months, not 8; no collective disputes.",
      learning: "A shared chair made the forum belong to both sides. We presented it at the Social Partnership Forum's national event.",
      top_tips: "Write the terms of reference together. Share the chair. Publish the decisions.",
    },
  },
  {
    organisation: "Eastbrook",
    title: "Reasonable adjustments passport",
    state: "draft",
    submitted: "2026-11-20",
    employer: { name: "Rachel Osei", role: "Director of People and Culture" },
    staff: { name: "", role: "" },
    unions: "UNISON",
    identifying: ["Rachel Osei"],
    answers: {
      summary: "Eastbrook Mental Health NHS Trust and UNISON are introducing a reasonable adjustments passport so that disabled staff do not have to explain their needs again when they change team.",
      evidence_1: "UNISON's disability officer proposed the passport at the Joint Staff Committee. (Draft: add how the working group was set up.)",
    },
  },
];

const leadEmail = (lead: Lead, organisation: string) => (lead.name ? `${slugify(lead.name).replace(/-/g, ".")}@${slugify(organisation)}.demo.test` : null);

/** Adds the 2027 demo cycle and its entries, once. Returns how many nominations it added. */
export async function seedDemoCycle(db: Kysely<Database>): Promise<{ nominations: number }> {
  if (await db.selectFrom("award_cycles").select("id").where("year", "=", DEMO_CYCLE_YEAR).executeTakeFirst()) return { nominations: 0 };
  return inTransaction(db, async (trx) => {
    const cycleId = await createCycle(
      trx,
      {
        year: DEMO_CYCLE_YEAR,
        isDemo: true,
        dates: {
          nominations_open_at: ukToUtc("2026-11-01", "09:00"),
          nominations_close_at: ukToUtc("2027-05-13", "17:00"),
          judging_open_at: ukToUtc("2027-05-24", "09:00"),
          judging_close_at: ukToUtc("2027-06-30", "17:00"),
          shortlist_at: ukToUtc("2027-07-14", "12:00"),
          final_judging_at: ukToUtc("2027-09-23", "09:00"),
          announcement_at: ukToUtc("2027-11-12", "19:00"),
        },
      },
      null,
    );
    // Straight to open: the stage rules check dates against the real clock, and the demo's dates are fixed.
    await trx.updateTable("award_cycles").set({ stage: "open" }).where("id", "=", cycleId).execute();
    const sections = await listSections(trx, cycleId);

    let sequence = 0;
    for (const entry of DEMO_NOMINATIONS) {
      const org = DEMO_ORGANISATIONS.find((o) => o.shortName === entry.organisation)!;
      const organisation = await trx.selectFrom("organisations").select("id").where("slug", "=", slugify(org.name)).executeTakeFirst();
      const entrant = await trx.selectFrom("users").select("id").where("email_normalised", "=", demoEntrantEmail(org)).executeTakeFirst();
      if (!organisation) continue;
      sequence++;
      const at = ukToUtc(entry.submitted, "10:30");
      const leads = {
        employer_lead_name: entry.employer.name || null,
        employer_lead_role: entry.employer.role || null,
        employer_lead_email: leadEmail(entry.employer, org.shortName),
        staff_lead_name: entry.staff.name || null,
        staff_lead_role: entry.staff.role || null,
        staff_lead_email: leadEmail(entry.staff, org.shortName),
      };
      const answers: Record<number, string> = {};
      for (const s of sections) if (entry.answers[s.key as SectionKey]) answers[s.id] = entry.answers[s.key as SectionKey]!;
      const submitted = entry.state !== "draft";
      const hash = submitted ? crypto.createHash("sha256").update(canonicalText(sections, { title: entry.title, answers, ...leads })).digest("hex") : null;
      const { id } = await trx
        .insertInto("nominations")
        .values({
          cycle_id: cycleId,
          organisation_id: organisation.id,
          reference: `HPMA-${DEMO_CYCLE_YEAR}-${String(sequence).padStart(4, "0")}`,
          title: entry.title,
          status: submitted ? "submitted" : "draft",
          consent_to_publish: submitted ? 1 : 0,
          identifying_terms: JSON.stringify([org.name, org.shortName, ...org.aliases, ...entry.identifying]),
          ...leads,
          unions: entry.unions,
          revision: submitted ? 3 : 2,
          submitted_at: submitted ? at : null,
          submitted_hash: hash,
          created_by: entrant?.id ?? null,
          updated_by: entrant?.id ?? null,
          created_at: ukToUtc("2026-11-02", "09:15"),
          updated_at: at,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const rows = Object.entries(answers).map(([sectionId, text]) => ({ nomination_id: id, section_id: Number(sectionId), text }));
      if (rows.length) await trx.insertInto("nomination_answers").values(rows).execute();
      if (!submitted || !hash) continue;
      const answeredAt = (days: number) => new Date(Date.parse(at) + days * 24 * 3600_000).toISOString();
      for (const side of ["employer", "staff_side"] as const) {
        const lead = side === "employer" ? entry.employer : entry.staff;
        const pending = entry.state === "awaiting" && side === "staff_side";
        await trx
          .insertInto("endorsements")
          .values({
            nomination_id: id,
            side,
            name: lead.name,
            email: (side === "employer" ? leads.employer_lead_email : leads.staff_lead_email) ?? "",
            // Nobody holds these links: a demo entrant can resend the pending one to see it work.
            token_hash: hashToken(generateToken()),
            status: pending ? "pending" : "confirmed",
            content_hash: hash,
            sent_at: at,
            responded_at: pending ? null : answeredAt(side === "employer" ? 1 : 2),
          })
          .execute();
      }
    }
    await recordAudit(trx, { actorUserId: null, action: "demo.cycle_seeded", target: `cycle:${cycleId}`, details: { year: DEMO_CYCLE_YEAR, nominations: sequence } });
    return { nominations: sequence };
  });
}
