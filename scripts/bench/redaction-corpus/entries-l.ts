// Redaction corpus, part L: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_L: MarkedEntry[] = [
  {
    id: "l01-greater-manchester-mental-health",
    odsCode: "RXV",
    style: "case study in the SPF shape (about the area, delivery, outputs, top tips, contacts), long, generic-word mental health name, two former names, Irish and Portuguese particles, Arabic name with a nickname",
    people: [
      { role: "employer_lead", name: "Deepa Raghunathan", email: "deepa.raghunathan@gmmh.nhs.uk" },
      { role: "staff_lead", name: "Ciarán de Búrca", email: "ciaran.deburca@gmmh.nhs.uk" },
      { role: "member", name: "Mohammed Al-Hashimi", email: "mohammed.al-hashimi@gmmh.nhs.uk" },
      { role: "member", name: "Beatriz dos Santos", email: "beatriz.dossantos@gmmh.nhs.uk" },
      { role: "endorser", name: "Ngozi Eze", email: "ngozi.eze@gmmh.nhs.uk" },
    ],
    identifyingTerms: ["Laureate House", "Edale House"],
    marked: `
STANDING TOGETHER: A JOINT RESPONSE TO RACIST ABUSE OF STAFF ON OUR WARDS

About the area

[[full:Greater Manchester Mental Health NHS Foundation Trust]] provides inpatient and community
mental health services across much of [[place:Greater Manchester]], from [[place:Bolton]] and
[[place:Wigan]] to [[place:Salford]], [[place:Trafford]] and the city of [[place:Manchester]]
itself. Our inpatient wards are among the busiest in the country. Many of our staff came to us
through earlier organisations: long-serving colleagues still talk about
[[former:Greater Manchester West]] or [[former:GMW]], and about
[[former:Manchester Mental Health and Social Care Trust]], whose services joined ours in 2017.

More than a third of our ward staff are from Black, Asian and minority ethnic backgrounds, and in
2022 our own figures showed what they had been telling us for years. Ward staff from those
backgrounds were almost three times as likely as their white colleagues to report abuse from
patients, and most of the abuse was racist. Fewer than one in five incidents was reported, and when
staff did report, most said nothing happened.

Project delivery

The work started with a letter. In the spring of 2022 the branch secretary of the
[[branch:GMMH UNISON branch]], [[person:Ciarán de Búrca]], wrote to the Deputy Chief Nurse,
[[person:Deepa Raghunathan]], on behalf of forty-three ward staff who had signed it. The letter
asked for three things: that racist abuse be treated as a safety incident rather than an
occupational hazard; that staff be supported by someone who understood, every time; and that the
staff side be part of deciding what happened next.

[[person:Ms Raghunathan]] replied within a week and proposed a joint working group. She asked
[[person:Mr de Búrca]] to co-chair it and asked the staff side to decide who else should sit on it.
The staff side invited the chairs of our race equality network and our international nurses’
network as well as reps from [[decoy:UNISON]], [[decoy:the RCN]], [[decoy:Unite]] and
[[decoy:GMB]]. Managers brought the heads of nursing from three divisions, the head of security
and the lead for the [[decoy:Workforce Race Equality Standard]].

[[person:Mohammed Al-Hashimi]], a charge nurse at [[site:Laureate House]] in
[[place:Wythenshawe]] – [[person:Mo]] to his team and most of the patients – led the group’s first
piece of work: listening. Over eight weeks he and two reps visited every adult acute ward at night
and at weekends, when abuse was most common, and asked staff what support they had needed and not
had. He came back with a list of fifty-two things. The group agreed to act on the eleven that staff
had mentioned most.

The most important of those became the Standing Together response, agreed and signed by both sides
in January 2023:

• Every racist incident is reported as a safety incident, and the ward manager is expected to make
  sure it is, not the person abused.
• Within one shift, the member of staff is offered a conversation with a trained colleague of their
  choosing, and can ask for a union rep to be present.
• The patient is spoken to, as soon as they are well enough, by the consultant or the ward manager,
  and the conversation is recorded in their care plan.
• Where a patient has capacity and the abuse is serious, the ward can ask
  [[partner:Greater Manchester Police]] to investigate, and the staff member is supported through
  that process by a named manager and, if they want, a rep.
• Every month the joint group sees a report of every incident and what was done, by ward, and it is
  published to staff.

[[person:Beatriz dos Santos]], a ward manager at [[site:Edale House]], tested the response on two
wards first. She changed the wording of the conversation with patients three times after listening
to patients’ own representatives and to the advocacy service, because the first versions read, in
her words, “like a telling-off, not a care plan”.

Project outputs

• Reports of racist abuse on adult acute wards rose from 61 in 2022 to 214 in 2024. The group had
  predicted a rise and agreed in advance to treat it as a measure of confidence, not of failure.
• Staff offered a supportive conversation within one shift: 93 % in 2024, against no recorded offers
  before.
• In the 2024 staff survey, ward staff from minority ethnic backgrounds who said they had personally
  experienced harassment from patients in the last year fell from 41 % to 33 %, and the share who
  said that [[decoy:the Trust]] acts fairly on discrimination rose by ten points.
• Leavers from inpatient wards who gave racism as a reason for leaving fell from 23 in 2022 to 6
  in 2024.
• Fourteen ward staff trained as supporters; half are union reps.

Key achievement

The biggest change is that staff now expect something to happen. As one healthcare assistant at
[[site:Prestwich Hospital]] put it in the evaluation: “Before, you just took it. Now somebody comes
and asks you if you’re all right, and then they go and talk to the patient. It sounds small. It’s
not.”

Our chief executive, [[unlisted:Bernadette Kilbride]], now opens every board meeting’s people report
with the monthly Standing Together figures. Our Chief Nurse, [[person:Professor Ngozi Eze]],
endorses this entry and has asked for the response to be extended to community teams in 2025.

Top tips

1. Let the staff who are affected shape the response. The list of fifty-two things was more useful
   than any policy we could have written in an office.
2. Agree in advance how you will read the numbers. A rise in reports is good news in the first year.
3. Treat the patient as a patient. Standing Together is a care plan, not a punishment, and that is
   why clinicians support it.
4. Share the chair. [[person:Deepa]] and [[person:Ciarán]] chaired alternate meetings and signed
   every paper together.
5. Publish everything. A monthly report that every member of staff can read is worth more than a
   quarterly one that goes only to a committee.

Who else we worked with

[[partner:NHS Greater Manchester]] funded the supporters’ training. [[partner:Salford City Council]]
and [[partner:Bolton Council]] adopted the response for social workers on our wards. The
[[partner:University of Salford]] evaluated the first year independently. We shared what we learned
with the [[decoy:NHS Race and Health Observatory]] and with the [[decoy:Social Partnership Forum]],
and colleagues in [[decoy:London]] and [[decoy:Birmingham]] have asked for the care plan wording.

Further information and contacts

[[acronym:GMMH]] staff and partners share their stories under [[handle:#GMMHStandingTogether]], and
the staff side posts the monthly figures from [[handle:@GMMH_StaffSide]]. For a copy of the response
and the care plan wording, write to [[contact:standingtogether@gmmh.nhs.uk]], or ask for
[[person:C. de Búrca]] or [[person:D. Raghunathan]] on the switchboard at
[[short:Greater Manchester Mental Health]].
`,
  },
  {
    id: "l02-moorfields",
    odsCode: "RP6",
    style: "one staff member’s story in short paragraphs, specialist hospital whose one word is its name, satellite sites named after host hospitals, Spanish and Yoruba names with a nickname",
    people: [
      { role: "employer_lead", name: "Anahí Villalobos", email: "anahi.villalobos@nhs.net" },
      { role: "staff_lead", name: "Olamide Ogunleye", email: "olamide.ogunleye@nhs.net" },
      { role: "member", name: "Sunita Kaur Bains", email: "sunita.bains@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
“I FINALLY GOT PAID FOR THE JOB I WAS DOING”
Clearing the job evaluation backlog together

I have been a clinic coordinator at [[full:Moorfields Eye Hospital NHS Foundation Trust]] for nine
years. For six of them I was doing work that had grown far beyond my job description, and I was
not the only one. Clinic coordinators at [[site:City Road]] and at
[[site:Moorfields at St George’s]] and [[site:Moorfields at Ealing]] were booking complex patients,
triaging referrals, training new starters and covering for supervisors, all on band 3.

We asked for our jobs to be re-evaluated in 2021. By 2023 we were still waiting, along with 140
other posts. The job evaluation panel met once a month when it met at all. People gave up and left.

That is when [[person:Olamide Ogunleye]] got involved. [[person:Ola]] is our [[decoy:UNISON]]
branch secretary, and she took the backlog to the joint staff committee and said, quite calmly,
that the staff side would stop sitting on panels unless the employer found a way to clear it.
She also said the staff side would help.

The new Deputy Director of People, [[person:Anahí Villalobos]], took it as an offer, not a threat.
[[person:Ms Villalobos]] and [[person:Ms Ogunleye]] agreed a plan in one meeting:

1. Train twelve more panel members, half from each side, using the
   [[decoy:NHS Job Evaluation Handbook]] and the [[decoy:NHS Staff Council]]’s training materials.
2. Run panels every week for six months, with protected time for the reps.
3. Evaluate similar jobs together, so that all clinic coordinators across the sites were looked at
   at once and nobody was left behind because their manager was slow with the paperwork.
4. Backdate any increase to the date of the original request.

I was one of the new panel members. So was [[person:Sunita Kaur Bains]], an orthoptic assistant at
[[site:Moorfields at Bedford]] and a [[decoy:Unite]] member, who travelled in every week.
[[person:Sunita]] says the training changed how she saw her own job: “I had never read my job
description properly. When I did, I realised it described someone else.”

The backlog of 140 posts was cleared in five months. Sixty-eight posts moved up a band, including all
of the clinic coordinators. The average wait for an evaluation is now six weeks. Turnover among
administrative and clerical staff fell from 21 % to 12 % the following year, and our outpatient
clinics have had fewer cancellations caused by booking errors, because experienced people stayed.

We are proud of something else too. The joint panels found six posts that had been banded too high,
and the staff side agreed that they should be protected under [[decoy:Agenda for Change]] rules
rather than fought over. That is what partnership looks like from the inside: both sides applying the
same rules honestly.

We have shared the approach with [[partner:Islington Council]]’s HR team, who asked, and with
colleagues at the [[partner:UCL Institute of Ophthalmology]], whose research staff share some of our
clinics. Staff at [[short:Moorfields]] talked about it under [[handle:#MoorfieldsFairPay]] and the
branch posted progress every week from [[handle:@MoorfieldsUNISON]]. With the move to
[[site:Oriel]] coming, [[decoy:the Trust]] has agreed that the weekly panels will continue until every
changed job has been evaluated.
`,
  },
  {
    id: "l03-sandwell-west-birmingham",
    odsCode: "RXK",
    style: "presentation notes with numbered slides, non-foundation acute trust moving into a new hospital, hospital nickname, Vietnamese name written family name first, Punjabi double-barrelled surname",
    people: [
      { role: "employer_lead", name: "Harpreet Sandhu-Whitfield", email: "harpreet.sandhu-whitfield@nhs.net" },
      { role: "staff_lead", name: "Desmond Okonjo", email: "desmond.okonjo@nhs.net" },
      { role: "member", name: "Nguyen Thi Lan", email: "lan.nguyen@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
SPEAKER NOTES FOR THE FINALISTS’ PRESENTATION (15 minutes)

SLIDE 1 – WHO WE ARE
[[full:Sandwell and West Birmingham Hospitals NHS Trust]]. In October 2024 we moved our emergency
and inpatient services into a new hospital, the [[site:Midland Metropolitan University Hospital]] in
[[place:Smethwick]]. Everyone here calls it [[site:the Midland Met]]. This is the story of how we
moved 3,000 staff without a single collective grievance.

SLIDE 2 – THE RISK
Staff were moving from [[site:City Hospital]] on [[place:Dudley Road]] and from [[site:Sandwell General Hospital]]
in [[place:West Bromwich]]. For some the new site was closer. For others it meant two buses
instead of one, or a car park that did not yet exist. Our 2022 survey said 38 % of affected staff
were thinking of leaving rather than moving. The staff side, led by [[person:Desmond Okonjo]] of
[[decoy:UNISON]], told us plainly that without a relocation agreement they would ballot.

SLIDE 3 – THE DEAL
[[person:Harpreet Sandhu-Whitfield]], our Director of People, proposed writing the agreement with
the staff side rather than consulting on it. [[person:Des]] and [[person:Harpreet]] co-chaired a
relocation group of reps from [[decoy:UNISON]], [[decoy:the RCN]], [[decoy:the RCM]],
[[decoy:Unite]] and [[decoy:GMB]] and managers from every affected division. What they agreed:
• excess travel costs reimbursed for four years, on the [[decoy:Agenda for Change]] model;
• a one-to-one conversation with every affected member of staff before their move date;
• guaranteed shift patterns for carers for the first year;
• a free staff shuttle between the three sites, and staff passes on local buses.

SLIDE 4 – THE CONVERSATIONS
2,947 one-to-one conversations in nine months. Reps sat in on 600 of them at staff request.
[[person:Nguyen Thi Lan]], a healthcare assistant and [[decoy:Unison]] rep on the old acute medical
unit, organised conversations for the night staff, many of whom had never had a one-to-one with a
manager in their careers. [[person:Ms Nguyen]] also translated the move guide into Vietnamese,
Punjabi and Polish, with colleagues.

SLIDE 5 – THE PARTNERS
[[partner:Transport for West Midlands]] changed two bus routes and added a stop at the front door.
[[partner:Sandwell Council]] and [[partner:Birmingham City Council]] helped with parking permits in
[[place:Winson Green]] during the changeover. The [[partner:Black Country ICB]] and the
[[partner:Birmingham and Solihull ICB]] funded the shuttle for year one.

SLIDE 6 – THE RESULTS
• Staff who left rather than move: 4 %, against 38 % who said they might.
• Collective grievances: none. Individual appeals: 23, all settled at the first stage.
• Vacancy rate in the [[site:Midland Met]]’s emergency department in its first winter: 6 %.
• Staff survey: “I feel my organisation listened to me about the move” 71 %.

SLIDE 7 – WHAT WE LEARNED
Moves are about people’s lives, not buildings. The relocation agreement is the building block; the
conversations are the thing. Any trust facing a big move – and there are many, from [[decoy:Leeds]]
to [[decoy:London]] – can use it. [[unlisted:Dr Abimbola Oyelaran]], our chief
executive, has already given a copy to two of them.

SLIDE 8 – WHERE TO FIND IT
Our agreement, our move guide and our shuttle timetables are on the staff side’s page, and staff
still post their first-day photos under [[handle:#MidlandMetMove]]. [[acronym:SWB]] staff side:
[[handle:@SWBStaffSide]]. The services left at [[site:Rowley Regis Hospital]] and
[[site:Sandwell General]] are covered by the same agreement. Thank you from everyone at
[[short:Sandwell and West Birmingham]].
`,
  },
];
