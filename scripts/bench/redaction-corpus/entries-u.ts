// Redaction corpus, part U: entries for real organisations of the register, marked up as in markup.ts,
// written before the redactor's rules of decision 035 and measured first, as a check against tuning.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_U: MarkedEntry[] = [
  {
    id: "u01-hampshire-hospitals",
    odsCode: "RN5",
    style: "acute trust formed by a merger, the predecessor's name and initials, sites by initials with 'the', hospital towns with possessives, a Ghanaian surname with title",
    people: [
      { role: "employer_lead", name: "Rosalind Ashcombe", email: "rosalind.ashcombe@hhft.nhs.uk" },
      { role: "staff_lead", name: "Kwame Owusu-Ansah", email: "kwame.owusu-ansah@hhft.nhs.uk" },
      { role: "member", name: "Lindiwe Dube", email: null },
    ],
    identifyingTerms: [],
    marked: `
One trust, three hospitals, one set of night rotas

Hampshire is a big county and our hospitals are far apart. [[full:Hampshire Hospitals NHS Foundation Trust]]
was formed in 2012, when [[former:Basingstoke and North Hampshire NHS Foundation Trust]] acquired
[[former:Winchester and Eastleigh Healthcare NHS Trust]]. Ten years later, junior nurses at
[[site:Basingstoke’s]] hospital and at [[site:the RHCH]] in [[place:Winchester]] still worked different
night patterns, were paid enhancements on different dates and were managed by different policies.

This is the story of how the staff side and the trust put that right together.

THE GROUP

[[person:Kwame Owusu-Ansah]], an [[decoy:RCN]] steward and charge nurse, and [[person:Rosalind Ashcombe]],
deputy chief nurse, co-chaired a night working group from January 2022. [[person:Lindiwe Dube]], a
healthcare support worker and [[decoy:UNISON]] rep, joined for the support workers, who had been left
out of the last two reviews.

The group started by asking night staff what they wanted. 1,100 answered. They wanted predictable
rotas, proper breaks, hot food after midnight and the same rules wherever they worked.

WHAT WAS AGREED

- A single night rota pattern across [[site:Basingstoke and North Hampshire Hospital]],
  [[site:Royal Hampshire County Hospital]] and [[site:Andover War Memorial]], with each ward able to
  opt for a variant agreed by its team.
- Breaks protected by a "break buddy" system, in which two nurses cover each other.
- Hot food at night at both main hospitals, from a menu the night staff chose.
- Enhancements paid on the same date everywhere, through one payroll.
- A night sister on every site who can escalate staffing worries directly to the director on call.

[[person:Mr Owusu-Ansah]] says the food mattered more than anyone expected. "People laughed when we
put it on the list. Then they stopped laughing when they saw how many night staff had been living on
crisps."

RESULTS

- Night shifts filled by bank or agency: from 27 % to 12 %.
- Night staff who would recommend the trust as a place to work: from 48 % to 71 % in the
  [[decoy:NHS Staff Survey]].
- Datix reports of missed breaks: down by 80 %.

[[person:Rosalind]] credits the size of the survey. "Eleven hundred people told us the same thing.
You can’t argue with that, and the board didn’t try."

WHAT STAFF SAY

"[[person:Kwame]] came round every ward at three in the morning for a month," says a staff nurse on
the acute medical unit at [[site:Winchester’s]] hospital. "He knew everyone’s name by the end of it."

[[person:Lindi]] is proud that support workers are now on every rota panel. "We do half the nights.
Now we have half the say."

BEYOND THE TRUST

The night working agreement has been shared with [[partner:Hampshire and Isle of Wight ICB]] and with
[[partner:University Hospital Southampton]], and [[partner:the University of Winchester]] uses it to
teach student nurses about rostering. Our chief executive, [[unlisted:Alexandra Penhaligon]], has asked for
the group to look at weekend working next.

[[short:HHFT]] night staff share photos of their midnight meals on [[handle:#HHFTNights]]. Ask for the
agreement at [[contact:nightworking@hhft.nhs.uk]].

WHAT WE LEARNED

Ask everyone, including the people usually left out. Fix the small things, because they are not small to
the people living with them. And make sure a manager and a rep walk the wards at night together, at least
once: the night shift is a different hospital.
`,
  },
  {
    id: "u02-lancashire-south-cumbria",
    odsCode: "RW5",
    style: "mental health trust with an '&' in its registered name, former name and its acronym, units named 'The X', a nickname in quotes, people not on record with roles beside them",
    people: [
      { role: "employer_lead", name: "Siobhán McGuinness", email: "siobhan.mcguinness@lscft.nhs.uk" },
      { role: "staff_lead", name: "Tariq Mahmood Chaudhry", email: "tariq.chaudhry@lscft.nhs.uk" },
      { role: "member", name: "Joanne Threlfall", email: null },
    ],
    identifyingTerms: ["The Harbour"],
    marked: `
Reducing restrictive practice with the people who use it

Why we started

In 2020 staff on our inpatient wards used physical restraint more than 2,000 times. Behind each
number was a frightened patient and a frightened member of staff, and the injuries on both sides were
rising. [[full:Lancashire and South Cumbria NHS Foundation Trust]] (then still known to most staff as
[[former:Lancashire Care]], or [[former:LCFT]]) decided with its staff side that reducing restraint had
to be done with staff, not to them.

Who led it

[[person:Tariq Mahmood Chaudhry]], a nurse at [[site:The Harbour]] in [[place:Blackpool]] and
[[decoy:UNISON]] steward, and [[person:Siobhán McGuinness]], associate director of nursing, set up a
joint restrictive practice group. [[person:Joanne Threlfall]], "[[person:Jo T]]" on the wards, a
support worker with 25 years in mental health, joined as the group’s first staff member who had been
injured at work.

"I didn’t want to go to another meeting where people told us to be nicer," says [[person:Joanne]].
"I wanted to go to one where they asked what we needed."

WHAT THE GROUP DID

1. Every restraint was reviewed within 72 hours by a nurse, a rep and, where they wished, the patient.
2. Staff were trained together in de-escalation, with patients on the training team, under the
   [[decoy:Restraint Reduction Network]] standards.
3. Ward environments were changed with the staff: quiet rooms, fewer locked doors, and gardens open at
   night at [[site:the Orchard]] in [[place:Lancaster]].
4. Staff injured at work were given a named contact, paid leave for recovery and a return-to-work plan
   agreed with their rep.

[[person:Mr Chaudhry]] says the fourth point changed the tone. "Staff had felt that when they were hurt,
the organisation looked the other way. When that changed, they were willing to change too."

RESULTS

- Physical restraint: down 46 % in two years.
- Prone restraint: down 82 %.
- Staff injuries from assaults: down 38 %.
- Patient experience scores on the acute wards: up on every measure.

The [[decoy:Care Quality Commission]] noted the reduction in its 2023 inspection, and the
[[decoy:NHS Staff Survey]] showed the proportion of inpatient staff who had experienced violence fall for
the first time in six years.

PARTNERS

We worked with [[partner:Lancaster University]], whose researchers helped design the reviews, and with
[[partner:Lancashire County Council]]’s approved mental health professionals. Patients from
[[partner:Blackpool Carers Centre]] sat on the group from the start.

WHAT PEOPLE SAY

"[[person:Siobhán]] was the first director to come to a ward debrief at two in the morning," says a
ward manager at [[site:the Harbour’s]] acute unit. "[[person:Tariq]] was the first rep to bring biscuits."

Our medical director, [[unlisted:Dr Domhnall Fairclough]], says the group has changed how consultants think
about restraint too: "It is no longer a nursing problem. It is our problem."

Follow the work on [[handle:@LSCFT]] or write to [[contact:rrp.partnership@lscft.nhs.uk]].

The group still meets every month at [[site:Sceptre Point]], and [[short:LSCFT]]’s board receives its
figures every quarter, with a rep presenting them alongside the director.
`,
  },
  {
    id: "u03-midlands-partnership",
    odsCode: "RRE",
    style: "community and mental health trust, former name's long acronym, sites with possessives and 'St George's' ambiguity, a Punjabi name shortened, a partner council and university",
    people: [
      { role: "employer_lead", name: "Harpreet Singh Bhogal", email: "harpreet.bhogal@mpft.nhs.uk" },
      { role: "staff_lead", name: "Louise Ellington-Sharpe", email: "louise.ellington-sharpe@mpft.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
Menopause at work: a policy written by the people it is for

How it began

A [[decoy:UNISON]] survey of our staff in 2021 found that one in four women aged 45 to 55 had thought
about leaving because of menopause symptoms, and one in ten had actually cut their hours. In a workforce
that is four fifths women, most of them in community and mental health roles, that was a crisis waiting
to happen.

[[person:Louise Ellington-Sharpe]], staff side lead and a district nurse, brought the figures to the
joint negotiating committee of [[full:Midlands Partnership University NHS Foundation Trust]].
[[person:Harpreet Singh Bhogal]], director of people, asked her to write the policy with him.

"I said I’d write it if he read every word of the survey comments," says [[person:Louise]]. "He did.
All 900 of them."

WHAT WE BUILT

The policy has four parts:

- A conversation, not a form: any member of staff can ask their manager, a rep or a menopause champion
  for adjustments, and the answer is recorded in a plan they own.
- Adjustments agreed quickly: fans, uniforms in lighter fabric, flexible start times, and rest breaks.
- Training for every manager, delivered jointly by a manager and a rep.
- Menopause champions on every site, 120 of them, men and women.

The champions meet monthly, in person at [[site:St George’s Hospital]] in [[place:Stafford]] and at
[[site:the Redwoods Centre]] in [[place:Shrewsbury]], and online for the community teams.

Results

- Staff who had thought of leaving because of the menopause: down from 24 % to 9 % in the follow-up survey.
- Sickness absence recorded as menopause-related: down by a third.
- Requests for adjustments: 740 in the first year, 96 % agreed.

[[person:Mr Bhogal]] presented the results at the [[decoy:NHS Employers]] conference. The policy follows the
[[decoy:NHS England]] menopause guidance, and goes further in making the plan belong to the employee.

WHAT STAFF SAY

"I nearly left at 52," says a community psychiatric nurse in [[place:Telford]]. "Now I’m training the
new starters."

"[[person:Harj]] told the board he’d been wrong about one thing," says [[person:Ms Ellington-Sharpe]].
"He thought managers would resist. They didn’t. They were relieved someone had finally told them what
to do."

OUR HISTORY

We have grown through mergers: [[former:South Staffordshire and Shropshire Healthcare NHS Foundation Trust]]
([[former:SSSFT]]) and [[former:Staffordshire and Stoke on Trent Partnership NHS Trust]] came together
in 2018. That meant three menopause policies, or none, depending on where you worked. The new policy
was the first workforce policy that staff from every part of [[short:MPFT]] helped to write.

PARTNERS

[[partner:Staffordshire County Council]] and [[partner:Keele University]] asked to use our training.
[[partner:Shropshire Council]]’s occupational health team now refers its own staff to our champions’
sessions. Our chief executive, [[unlisted:Neville Oyelaran]], wears his champion’s badge to every board meeting.

Write to [[contact:menopause.champions@mpft.nhs.uk]] or follow [[handle:#MPFTMenopause]] and
[[handle:@MPFT_NHS]].
`,
  },
];
