// Redaction corpus, part AJ: entries for real organisations of the register, marked up as in markup.ts,
// written blind in session 10 and kept from the engineers changing the rules that day, as a check
// against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AJ: MarkedEntry[] = [
  {
    id: "aj01-south-tees",
    odsCode: "RTR",
    style: "Teesside acute trust: the main hospital by its initials and a familiar first name, a market-town hospital by the town alone, a former trust name, a staff podcast named after the river, a Nigerian name with a nickname in quotes, a Slovak name, a Sikh name, a football club and a hospice as partners, ALL CAPS headings and a quoted e-mail",
    people: [
      { role: "employer_lead", name: "Harpreet Singh Dhillon", email: "harpreet.dhillon@nhs.net" },
      { role: "staff_lead", name: "Oluwaseun Adeyemi", email: "oluwaseun.adeyemi@nhs.net" },
      { role: "member", name: "Zuzana Horváthová", email: null },
      { role: "endorser", name: "Gillian Featherstone", email: "gillian.featherstone@nhs.net" },
    ],
    identifyingTerms: ["James Cook"],
    marked: `
Nights that work: rebuilding the night shift with the people who do it

THE PROBLEM WE SHARED

In 2022 one in five nurses who left [[full:South Tees Hospitals NHS Foundation Trust]] gave nights as the
reason. Rotas were set eight weeks ahead, swaps needed three signatures, and the hot food counter at
[[site:James Cook University Hospital]] shut at 7pm. The staff side put it simply at the
[[decoy:Joint Partnership Forum]]: we were asking people to work the hardest hours with the least support.

[[short:South Tees]] and the unions agreed to redesign the night shift together, ward by ward, rather
than write another policy.

WHO LED IT

[[person:Harpreet Singh Dhillon]], associate director of nursing for the surgical care group, and
[[person:Oluwaseun Adeyemi]], a staff nurse on Ward 24 and branch chair of
[[branch:UNISON South Tees Health Branch]], led the group as equals. Everyone on the ward calls him
“[[person:Seun]]”. “[[person:Harpreet]] did six night shifts with us before she wrote a word,” he says.
“That is why people believed her.”

[[person:Zuzana Horváthová]], a healthcare assistant at [[site:the Friarage]] in [[place:Northallerton]]
and a [[decoy:GMB]] rep, made sure the smaller site was not an afterthought. [[person:Ms Horváthová]]
ran the listening sessions at 3am, when the night staff could actually come.

WHAT WE CHANGED

- Self-rostering for nights on eleven wards, agreed through the [[decoy:Agenda for Change]] framework
  and tested first on Ward 9 and the [[site:Cardiothoracic Intensive Care Unit]].
- A hot food trolley from the [[site:Murray Building]] kitchens to every ward at 1am, and a rest room
  with recliners at [[site:JCUH]] and at [[site:Friarage Hospital]].
- Swaps approved by one person, by text, within a shift.
- A night-time “buddy” from the site team for staff walking to the multi-storey.

[[person:Adeyemi]] records a monthly podcast for night staff, “[[place:Tees]] Talk After Dark”, with
guests from porters to consultants. The first episode was recorded in the chapel at [[site:the Cook]] at
4am, with a porter, [[unlisted:Terry “Tez” Hebburn]], talking about thirty years of nights.

AN E-MAIL WE STILL READ OUT

> From: a staff nurse, [[site:Redcar Primary Care Hospital]]
> “I have done nights for nine years. This is the first time anyone asked me what time I wanted my break.
> I stayed. Two of my friends came back from agency work.”

WHAT CHANGED IN NUMBERS

Leavers citing nights fell from 21 % to 9 % in eighteen months. Agency spend on night shifts fell by
£1.4 million. Sickness on nights fell from 6.8 % to 4.9 %, and the [[decoy:NHS Staff Survey]] score for
“my organisation takes positive action on health and wellbeing” rose by six points on the wards that
took part. The same changes were later made at [[site:East Cleveland Hospital]] in [[place:Brotton]] and
at [[site:Guisborough Primary Care Hospital]].

Not everything worked. Self-rostering failed on the emergency assessment unit, where the rota depends on
the front door, and was stopped by joint agreement.

PARTNERS

[[partner:Redcar and Cleveland Borough Council]] extended a night bus past the hospital;
[[partner:Middlesbrough FC]]’s foundation gave us match tickets for the night staff awards; [[partner:Teesside
University]] evaluated the first year; [[partner:Teesside Hospice]] trained our buddies in talking about
grief after a death on shift; and [[partner:NHS North East and North Cumbria ICB]] has asked for the
toolkit. [[partner:Tees Valley Combined Authority]] paid for the recliners.

WHERE WE CAME FROM

Before foundation status we were [[former:South Tees Hospitals NHS Trust]], and some long-serving staff still
call us “[[short:the Tees trust]]”. Night nurses at [[site:the Friarage]] remember when [[site:Northallerton’s
hospital]] had its own rota office. We brought that back.

ENDORSEMENT

[[person:Gillian Featherstone]], our chief nurse, wrote: “[[person:Seun]] and [[person:Harpreet]] showed
that the night shift is not a problem to be managed but a team to be supported.” Our chief executive,
[[unlisted:Dr Ikenna Chukwu-Lawson]], now asks for the night leavers’ figure at every board. Like trusts
from [[decoy:Plymouth]] to [[decoy:Carlisle]], we still have too few nurses; fewer of them now leave
because of nights.

Find us at [[handle:@SouthTeesNHS]] and [[handle:#STHNights]], or e-mail [[contact:stees.nightswork@nhs.net]].
[[acronym:STHFT]] staff can read the toolkit on the intranet.
`,
  },
  {
    id: "aj02-west-london",
    odsCode: "RKL",
    style: "London mental health and forensic trust with a name of generic words: a high-secure hospital by its name and its village, a medium-secure unit by a person's name, a former name and its initials, a staff network with a brand name, a Ghanaian name with a familiar form, an Irish name with a fada, a Chinese name family name first, a Punjabi name, hard line breaks mid-name, a borough council and a charity as partners",
    people: [
      { role: "employer_lead", name: "Niamh Ó Súilleabháin", email: "niamh.osuilleabhain@westlondon.nhs.uk" },
      { role: "staff_lead", name: "Kwabena Owusu-Ansah", email: "kwabena.owusu-ansah@westlondon.nhs.uk" },
      { role: "member", name: "Liu Yang", email: null },
    ],
    identifyingTerms: [],
    marked: `
Safe to speak: a joint approach to racism from patients on our forensic wards

WHY WE STARTED

Staff at [[full:West London NHS Trust]] told the unions in 2021 that racist abuse from patients had become
“part of the job”. On our secure wards it was reported on average eleven times a week, and almost
nothing happened after a report. Black and Asian staff were twice as likely as white colleagues to say
they had thought about leaving.

[[short:West London]] is a large and unusual trust: local mental health services in [[place:Ealing]],
[[place:Hammersmith and Fulham]] and [[place:Hounslow]], community services, and one of the country’s three
high-secure hospitals, [[site:Broadmoor Hospital]] in [[place:Crowthorne]]. The work had to fit all of it.

WHO

[[person:Niamh Ó Súilleabháin]], director of people, and [[person:Kwabena Owusu-Ansah]], a nurse on
[[site:Kestrel Ward]] and secretary of [[branch:UNISON West London Mental Health Branch]], led the work
together. He is “[[person:Kobby]]” to everyone on the ward. “[[person:Niamh]] came to the branch meeting on
her own,” he says. “No slides. She asked what we wanted and wrote it down.”

[[person:Liu Yang]], a psychologist at the [[site:Three Bridges Unit]] and a [[decoy:Unite]] rep, led the
clinical side. [[person:Dr Liu]] wrote the guidance on how to talk with a patient about abuse without
losing the therapeutic relationship.

WHAT WE DID

1. One reporting route, with a reply to every report within seven days, agreed at the [[decoy:Joint
   Staff Committee]].
2. A “Safe to Speak [[short:West London]]” card for every member of staff, with the three things they
   can expect after a report.
3. A right to a debrief with a trained colleague, and time off the ward if they want it.
4. Ward rules on abuse written with patients, through the patient councils at [[site:St Bernard’s
   Hospital]] and [[site:Broadmoor]].

The staff network, REACH [[short:West London]], ran the first sessions in the [[site:Orchard Centre]]
and then at [[site:the Tony Hillis Wing]], where night staff asked for a session at 2am. [[person:Owusu-Ansah]]
went, with [[unlisted:Gurinder Kaur Bains]], a ward manager who had reported abuse herself for
fifteen years.

WHAT HAPPENED

Reports of racist abuse rose at first, from 11 to 19 a week, which we had expected: people
believed a report would now lead somewhere. Within a year the number fell to 7. Replies within
seven days rose from almost none to 88 %. In the [[decoy:NHS Staff Survey]], the gap between Black and
white staff on experience of abuse from patients narrowed by a third, and [[decoy:WRES]] indicator 2
improved for the first time in four years.

At [[site:Broadmoor]] the change was slower. The high-secure service has its own security rules, and
[[person:Kobby]] and [[person:Ms Ó Súilleabháin]] spent six months with the security team before the
ward rules could be used there. Staff at [[site:the Broadmoor site]] now say the card is the one thing
they carry besides their keys.

WHERE WE CAME FROM

Long-serving staff still call us “[[former:West London Mental Health]]” or “[[former:WLMHT]]”, the name we had
until 2020, when the trust took on community services and became [[acronym:WLT]]. The branch name still
carries the old one. Staff who transferred from [[place:Ealing]]’s community services brought their own
ways of working, and their own union reps, and the work was better for it.

PARTNERS

[[partner:Ealing Council]] shared its hate crime reporting line; [[partner:Brunel University London]]
evaluated the first year; [[partner:Mind in Ealing and Hounslow]] trained the patient council members;
[[partner:NHS North West London ICB]] funded the debrief training; and [[partner:Brentford FC]]’s community
trust ran a football session on [[site:Ferndale Ward]] for patients and staff.

Our chief executive, [[unlisted:Carolyn Achterberg-Nwosu]], has asked for the card to go to every
team. Like mental health trusts from [[decoy:Leeds]] to [[decoy:Exeter]], we have not ended abuse; we have
stopped treating it as normal.

Follow [[handle:@WestLondonNHS]] and [[handle:#SafeToSpeakWLT]], or e-mail
[[contact:safetospeak@westlondon.nhs.uk]]. Our head office is at [[site:1 Armstrong Way]], [[place:Southall]]
([[contact:UB2 4SD]]).
`,
  },
  {
    id: "aj03-cheshire-wirral",
    odsCode: "RXA",
    style: "north-west mental health and learning disability trust: its acronym run together with a word, a headquarters building by its house name, inpatient units by a name and by town alone, a former trust name, a Welsh name with a familiar form, a Romanian name, a Bangladeshi name, a particle name, a staff awards brand, a hard line break mid-sentence, a transcript, a borough council and a university as partners",
    people: [
      { role: "employer_lead", name: "Rhiannon Pritchard-Evans", email: "rhiannon.pritchard-evans@nhs.net" },
      { role: "staff_lead", name: "Mihai Popescu", email: "mihai.popescu@nhs.net" },
      { role: "member", name: "Shahnaz Begum Chowdhury", email: null },
      { role: "endorser", name: "Anton de Vries", email: "anton.devries@nhs.net" },
    ],
    identifyingTerms: ["Bowmere"],
    marked: `
Home before lunch: a joint plan to end delayed discharges from our inpatient wards

WHERE WE STARTED

In the winter of 2022, a quarter of the beds on the adult wards of [[full:Cheshire and Wirral Partnership
NHS Foundation Trust]] were filled by people who were well enough to go home and had nowhere safe to go.
Ward staff were spending hours a day on the phone to housing teams. Healthcare assistants told their reps
they felt they were running a hotel, not a ward.

[[acronym:CWP]] and its unions agreed at the [[decoy:Joint Local Negotiating Committee]] that discharge was
a staff issue as well as a patient one, and set up a joint group.

WHO

[[person:Rhiannon Pritchard-Evans]], deputy director of operations, and [[person:Mihai Popescu]], a mental
health nurse at [[site:Bowmere Hospital]] in [[place:Chester]] and chair of [[branch:UNISON Cheshire and
Wirral Partnership Branch]], led it. [[person:Rhiannon]] is “[[person:Rhi]]” to the ward teams. [[person:Mihai]]
had worked on [[site:Juniper Ward]] for nine years and knew every housing officer in [[place:Ellesmere Port]]
by name.

[[person:Shahnaz Begum Chowdhury]], an occupational therapist at [[site:Springview]] on the [[place:Wirral]]
and a [[decoy:Unite]] rep, spoke for the allied health professionals. [[person:Ms Chowdhury]] designed the
“ready for home” checklist, now used on every adult ward.

WHAT WE DID

- A discharge coordinator on every adult ward, recruited from band 4 staff who wanted to progress, with
  the training agreed by both sides.
- A daily 10am call with the councils’ housing teams, chaired in turn by a manager and a staff side rep.
- Protected time for nurses at [[site:Millbrook Unit]] in [[place:Macclesfield]] and at [[site:the
  Springview Centre]] to do the work they trained for.
- A weekly joint review of every delay over seven days, held at [[site:Redesmere]], our headquarters on the
  [[site:Countess of Chester Health Park]].

A TRANSCRIPT FROM THE FIRST REVIEW

[[person:Popescu]]: “Who owns this one?”
Housing officer: “We thought the ward did.”
[[person:Pritchard-Evans]]: “Then from today it is both of us, and we ring each other before five.”

It was that simple, and it had never been done.

WHAT CHANGED

Delayed discharges on the adult wards fell from 24 % of beds to 9 % in a year. Healthcare assistant
turnover on the wards that took part fell from 19 % to 12 %. Out-of-area placements, which send people
as far as [[decoy:Manchester]] or [[decoy:Birmingham]], fell from 31 to 4 a month. Staff survey scores
for “I am able to do my job to a standard I am personally pleased with” rose by eight points at
[[site:Bowmere]] and at [[site:Millbrook]].

What did not work: a shared housing register with the councils broke down over data sharing and was
dropped after four months.

HISTORY

Some older staff still say “[[former:Cheshire and Wirral Partnership NHS Trust]]”, the name before 2007, or
just “[[short:Cheshire and Wirral Partnership]]”. Many of the staff at [[site:Springview]] transferred in from
the [[place:Wirral]] services years ago, and their branch joined ours only in 2019.

PARTNERS

[[partner:Cheshire West and Chester Council]] and [[partner:Wirral Council]] gave us a named housing
officer each; [[partner:Cheshire East Council]] followed; the [[partner:University of Chester]] evaluated
the pilot; [[partner:Chester FC]]’s community trust gave walking football sessions to people waiting to
go home; and [[partner:NHS Cheshire and Merseyside ICB]] has funded the coordinators for three more
years.

ENDORSEMENT

[[person:Anton de Vries]], our medical director, wrote: “I have seen many discharge
projects. This one was led by the people who do the discharging.” [[person:Dr de Vries]] now
chairs the monthly review himself. The team won the
“[[acronym:CWP]] Celebrating You” partnership award, and our chair, [[unlisted:Professor Seán Mac
Giolla Phádraig]], presented it on [[site:Beech Ward]]. Ward manager [[unlisted:Paulette Grant-Lindo]]
said it was the first award she had seen given to a housing officer.

Follow [[handle:@CWPnhs]] and [[handle:#CWPHomeBeforeLunch]], or e-mail [[contact:cwp.homeready@nhs.net]].
`,
  },
];
