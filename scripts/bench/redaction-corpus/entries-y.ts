// Redaction corpus, part Y: entries for real organisations of the register, marked up as in markup.ts,
// written before the redactor's changes of session 8 (decision 035) and measured first, as a check
// against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_Y: MarkedEntry[] = [
  {
    id: "y01-university-hospitals-dorset",
    odsCode: "R0D",
    style: "acute trust formed by a merger: the predecessors' names and initials, hospitals by town, a council named by the towns, a Goan name with a particle, a Scottish surname with Mc, curly apostrophes in possessives",
    people: [
      { role: "employer_lead", name: "Francesca da Costa", email: "francesca.dacosta@uhd.nhs.uk" },
      { role: "staff_lead", name: "Callum McAlister", email: "callum.mcalister@uhd.nhs.uk" },
      { role: "member", name: "Yetunde Bankole", email: null },
    ],
    identifyingTerms: [],
    marked: `
One set of terms for two workforces: harmonising on-call after a merger

THE PROBLEM

When [[former:Poole Hospital NHS Foundation Trust]] and [[former:The Royal Bournemouth and Christchurch Hospitals NHS Foundation Trust]]
merged in October 2020 to form [[full:University Hospitals Dorset NHS Foundation Trust]], staff
brought with them two on-call agreements, two sets of rates and two ways of claiming. Radiographers
at [[site:Poole Hospital]] were paid for on-call differently from those at the [[site:Royal Bournemouth]]
three miles away, for the same work. By 2022 the gap had become the single biggest source of
complaints to the staff side.

[[short:UHD]] decided, with its trade unions, to fix it in partnership rather than by consultation.

WHO

[[person:Francesca da Costa]], deputy director of people, and [[person:Callum McAlister]],
[[decoy:Society of Radiographers]] rep and chair of the joint staff side, led the work.
"[[person:Cal]] and I had both been at [[former:RBCH]] before the merger," [[person:Ms da Costa]]
says, "which helped, because neither of us could be accused of favouring [[site:Poole]]."

[[person:Yetunde Bankole]], a biomedical scientist and [[decoy:Unite]] rep at [[site:Poole’s]] pathology
lab, represented the smaller professions. "Pathology, pharmacy, estates. We were always the last
ones asked. This time we were in the room from the start."

WHAT WE DID

- Every on-call arrangement in both former trusts listed in one spreadsheet, open to both sides: 74
  of them.
- A joint principle agreed before any figure was discussed: nobody would lose pay in the first two
  years.
- One set of terms under [[decoy:Section 2 of the NHS Terms and Conditions of Service Handbook]],
  with local rates for the six services where national terms do not fit.
- A single claim system, so on-call is paid the following month wherever it is worked.
- A review at [[site:Christchurch Hospital]], where the smallest teams work, before the terms went to
  the [[decoy:Joint Consultative Committee]].

[[person:McAlister]] says the principle was the key. "Once people knew they would not lose out, they
stopped defending their old deal and started designing a good one."

RESULTS

On-call claims paid late: from 23 % to 2 %. Complaints about on-call to the staff side: from 61 in
2022 to 7 in 2023. Radiographer vacancies: from 14 % to 6 %. The [[decoy:NHS Staff Survey]] score for
"I am satisfied with my level of pay" rose by 6 points among the staff covered.

PARTNERS

[[partner:Bournemouth University]] evaluated the change with us, and [[partner:BCP Council]] shared its
own experience of merging three councils’ terms. [[partner:NHS Dorset]], our integrated care board, has
asked [[site:Dorset County Hospital]] to look at the same model.

WHAT WE LEARNED

Agree the principle before the numbers. Put every arrangement on the table. Include the small
professions from day one. [[person:Francesca]] adds: "And never call it harmonisation in a meeting.
Call it fair pay."

A YEAR ON

The joint group still meets every two months, now at [[site:Royal Bournemouth Hospital]] and
[[site:Poole Hospital]] in turn. It has moved on from on-call to the next of the old differences:
two ways of paying for unsocial hours in theatres. [[person:Yetunde]] chairs it this year, the first
time the chair has gone to a scientist. "We have proved we can do it once," she says. "Now we are doing
it again, faster."

The project was shared at the [[decoy:South West Social Partnership Forum]] in 2023 and at the
[[decoy:HPMA]] regional event in [[place:Exeter]]. Contact [[contact:oncall.partnership@uhd.nhs.uk]],
or follow [[handle:@UHD_NHS]] and [[handle:#UHDoncall]].
`,
  },
  {
    id: "y02-pennine-care",
    odsCode: "RT2",
    style: "mental health trust across several boroughs: units by name, borough names as places, a hyphenated town, a Kashmiri name with a familiar form, a lead named in capitals in a heading, a hashtag with the trust's name run together",
    people: [
      { role: "employer_lead", name: "Imtiaz Hussain Mirza", email: "imtiaz.mirza@nhs.net" },
      { role: "staff_lead", name: "Joanne Fairclough", email: "joanne.fairclough@nhs.net" },
      { role: "member", name: "Kwabena Asamoah-Darko", email: null },
    ],
    identifyingTerms: ["Parklands House"],
    marked: `
Stopping the revolving door: supporting staff after a violent incident

SUMMARY

[[full:Pennine Care NHS Foundation Trust]] runs mental health services across five boroughs of
[[place:Greater Manchester]]. In 2022 our inpatient staff reported more than 2,000 incidents of violence or
aggression. Many of those hurt went off sick, and many did not come back. This entry describes the
post-incident support that managers and the staff side designed together.

HOW IT STARTED: [[person:JO]] AND [[person:IMTIAZ]]

[[person:Joanne Fairclough]], [[decoy:UNISON]] branch secretary and a nurse for twenty-three years,
had represented eleven members who were assaulted at work in one year. "Every one of them said the
same: nobody rang me." [[person:Imtiaz Hussain Mirza]], associate director of nursing, heard her at
the partnership forum and asked her to co-chair a working group.

[[person:Jo]] and [[person:Imtiaz]] (or "[[person:Taz]]", as he is known on the wards) agreed three
rules: the group would meet on the wards; every member would have worked a night shift on an acute
ward in the last year; and the first thing it did would be to listen to staff who had been hurt.

WHAT STAFF TOLD US

We held sessions on every ward, from [[site:Parklands House]] in [[place:Oldham]] to the
[[site:Irwell Unit]] in [[place:Bury]] and [[site:Birch Hill]] in [[place:Rochdale]]. Staff told us
they wanted a call within 24 hours, a debrief with their own team, time off that did not count
against their sickness record, and help with the police if they wanted to press charges.

[[person:Kwabena Asamoah-Darko]], a healthcare assistant at [[site:Parklands]] who had been
assaulted twice, said the worst part was the second shift. "You come back and nobody mentions it. You
wonder if they think it was your fault."

WHAT WE BUILT

- A call from a manager within 24 hours of any reported assault, and from a rep if the member wants.
- A team debrief within a week, led by a psychologist.
- Time off after an assault recorded separately from sickness, under an agreement made with the
  staff side.
- A named police liaison officer for each borough, agreed with [[partner:Greater Manchester Police]].
- A peer supporter on every ward, trained with the [[decoy:Mental Health Foundation]]’s material.

[[person:Kobby]], as [[person:Mr Asamoah-Darko]] is called on the ward, was one of the first peer
supporters.

RESULTS

Staff who received a call within 24 hours: from 18 % to 93 %. Sickness absence after an assault:
down from an average of 19 days to 8. Staff who left within a year of an assault: from 27 % to 9 %.
The [[decoy:NHS Staff Survey]] question on whether the organisation takes action to protect staff
from violence rose by 12 points in inpatient services.

PARTNERS

[[partner:Oldham Council]] and [[partner:Tameside Metropolitan Borough Council]] joined the group for
the work on police liaison, and the [[partner:University of Manchester]] evaluated the first year.
[[partner:NHS Greater Manchester]] has asked every mental health provider in the city region to adopt
the 24-hour call.

[[person:JOANNE FAIRCLOUGH]] ON WHAT MATTERED

"A phone call costs nothing. It is the difference between someone coming back and someone leaving
the NHS."

Our headquarters in [[place:Ashton-under-Lyne]] now hosts the group’s monthly review. Follow us at
[[handle:@PennineCareNHS]] and [[handle:#PennineCareTogether]], or contact
[[contact:staffsupport@penninecare.nhs.uk]].
`,
  },
];
