// Redaction corpus, part AG: entries for real organisations of the register, marked up as in markup.ts,
// written late in session 9 and measured on its final rules, kept from the engineer changing the rules,
// as a check against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AG: MarkedEntry[] = [
  {
    id: "ag01-royal-cornwall",
    odsCode: "REF",
    style: "Cornish acute trust: the main hospital by the village it stands in, a second hospital with a nickname, an education centre by its odd name, Cornish and Igbo names, an Irish particle name, a union branch by county, a hospice and a football club as partners, a hard line break inside a site name",
    people: [
      { role: "employer_lead", name: "Morwenna Trethewey", email: "morwenna.trethewey@nhs.net" },
      { role: "staff_lead", name: "Chukwuemeka Eze", email: "chukwuemeka.eze@nhs.net" },
      { role: "member", name: "Aoife Ní Chonaill", email: null },
    ],
    identifyingTerms: ["Treliske"],
    marked: `
Getting to work at the end of the line: a joint travel plan for a county with one main road

WHY IT MATTERED

[[full:Royal Cornwall Hospitals NHS Trust]] employs more than 6,000 people, and most of them drive. Our
main site sits on a hill above [[place:Truro]], the [[place:A30]] is the only fast road west, and the last bus from
[[place:Camborne]] leaves before a late shift ends. In 2022 the staff side counted 41 formal grievances about
parking in a single year. Nurses were arriving forty minutes early to find a space and leaving on foot in
the dark along the [[place:Infirmary Hill]] road.

[[short:Royal Cornwall]] and the unions agreed that this was not a car-park problem. It was a recruitment
problem, a safety problem and, for the lowest paid, a pay problem.

WHO LED IT

[[person:Morwenna Trethewey]], our director of estates, and [[person:Chukwuemeka Eze]], chair of
[[branch:UNISON Cornwall Health Branch]] and a theatre support worker at [[site:Treliske]] for eleven years,
led the group together. Everyone on the theatre corridor calls him [[person:Emeka]]. “[[person:Morwenna]]
stood in the staff car park with me at 6.45 on a wet Tuesday,” he says. “That was the meeting that
mattered.”

[[person:Aoife Ní Chonaill]], a midwife and [[decoy:RCM]] rep, spoke for the maternity teams who work
between the [[site:Princess Alexandra Wing]] and the midwife-led unit at [[site:Helston Community
Hospital]]. [[person:Ms Ní Chonaill]] ran our first staff travel survey, which 2,340 people answered.

WHAT WE CHANGED

- A free shuttle between [[site:the Royal Cornwall Hospital]], [[site:West Cornwall Hospital]] in
  [[place:Penzance]] and [[site:St Michael’s Hospital]] in [[place:Hayle]], timed to the shifts rather than
  to office hours.
- Car-share matching through an app, agreed at the [[decoy:Joint Staff Partnership Forum]], with
  guaranteed spaces for sharers next to the [[site:Knowledge Spa]].
- Parking charges frozen for staff on bands 1 to 4 under [[decoy:Agenda for Change]], and a salary
  sacrifice scheme for e-bikes.
- A safe-walk rule: no one walks to the park-and-ride alone after dark; security staff walk with them.

[[person:Eze]] says the shuttle surprised everyone. “People from [[site:St Mike’s]] had never worked a
shift at the big site because they couldn’t get there. Now they do bank shifts on [[site:Wheal Coates Ward]].”

WHAT HAPPENED

After eighteen months, grievances about parking fell from 41 to 6. The shuttle carries about 410 people
a day. Vacancies among healthcare support workers at [[site:RCH]] fell from 14 % to 8 %, and the
[[decoy:NHS Staff Survey]] question on the organisation acting on health and wellbeing rose by 7 points.
Late finishers who walked to their cars alone went from “most nights” to none recorded.

Not everything worked. A trial of staggered start times on [[site:Phoenix Ward]] upset childcare
arrangements and was stopped after six weeks, by joint agreement. [[unlisted:Radosław Kowalczyk]],
the ward manager, said afterwards that the staff side had warned us and they were right.

PARTNERS

[[partner:Cornwall Council]] moved a bus stop and extended the evening route; [[partner:NHS Cornwall and
the Isles of Scilly ICB]] part-funded the shuttle; the [[partner:University of Exeter]]’s medical school at
[[site:the Knowledge Spa]] shares the car-share app with its students; and [[partner:Cornwall Hospice Care]]
lent us a minibus for the first month. [[partner:Truro City FC]] lets night staff use their ground as an
overflow car park on match-free days.

WHAT STAFF SAID

A porter from [[place:Redruth]] wrote: “I used to spend the first half hour of every shift angry. Now I
spend it on the bus with people from [[site:West Cornwall]] I’d never met.” A consultant said the app
matched her with a pharmacist from [[place:St Ives]]; they have shared a car for a year. Like trusts from
[[decoy:Carlisle]] to [[decoy:Brighton]], we still have too few spaces, but nobody now pays to come to work on
the lowest bands.

WHAT IS NEXT

Our chief executive, [[unlisted:Dr Halima Osei-Bonsu]], has asked for the plan to be extended to the
community teams, and the staff side has asked for a winter timetable. [[person:Trethewey]] and
[[person:Emeka]] report to [[decoy:the Trust Board]] every quarter.

Contact [[contact:travel.plan@nhs.net]], or follow [[handle:@RCHTWeb]] and [[handle:#RCHTontheMove]].
[[acronym:RCHT]] staff can book the shuttle on the intranet.
`,
  },
  {
    id: "ag02-norfolk-suffolk",
    odsCode: "RMY",
    style: "mental health trust across two counties: its acronym in a handle, a merged former partner by name and initials, units by town and by a person they are named after, wards named after rivers, a Polish nickname in quotes, a Ghanaian double-barrelled name, a Chinese name given family name first, a local Mind as partner, a football club nickname",
    people: [
      { role: "employer_lead", name: "Priya Raghunathan", email: "priya.raghunathan@nsft.nhs.uk" },
      { role: "staff_lead", name: "Tomasz Wiśniewski", email: "tomasz.wisniewski@nsft.nhs.uk" },
      { role: "member", name: "Yaw Asante-Mensah", email: null },
      { role: "endorser", name: "Siobhan McGuinness", email: "siobhan.mcguinness@nsft.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
Safe to stay: ward staff and managers rewrite how inpatient teams are supported after an assault

THE PROBLEM

On our adult acute wards, a nurse or healthcare assistant was assaulted, on average, every day. At
[[full:Norfolk and Suffolk NHS Foundation Trust]] in 2021, only one in three of those assaults led to a
debrief, and staff told the unions that they went home, came back the next day and were rostered on the
same bay. Turnover among healthcare assistants on the acute wards reached 24 %.

[[acronym:NSFT]] had been through hard inspections and a long period of improvement. The staff side’s
view was blunt: the improvement plan had been written about staff, not with them.

WHO

[[person:Priya Raghunathan]], deputy director of nursing, and [[person:Tomasz Wiśniewski]], [[decoy:UNISON]]
branch secretary and a healthcare assistant on [[site:Waveney Ward]], led the work. [[person:Tomasz]] is
“[[person:Tomek]]” to everyone at [[site:Hellesdon]]. [[person:Yaw Asante-Mensah]], a charge nurse and
[[decoy:RCN]] steward at [[site:Woodlands]] in [[place:Ipswich]], joined for the Suffolk wards, and
[[person:Siobhan McGuinness]], our chief nurse, endorsed the work at board level.

“[[person:Priya]] asked us to write the policy ourselves,” [[person:Wiśniewski]] says. “I thought she was
joking. She wasn’t.”

WHAT WE DID

1. A hot debrief within the shift after every assault, led by a colleague trained by the staff side, not
   by a manager.
2. A right to be moved off the bay for the next shift, agreed at the [[decoy:Joint Negotiating and
   Consultative Committee]].
3. Paid time to give a police statement, with a union rep present if the person wants one.
4. A peer support network across [[site:Hellesdon Hospital]], [[site:Northgate Hospital]] in
   [[place:Great Yarmouth]], [[site:Carlton Court]] near [[place:Lowestoft]], [[site:Wedgwood House]] in
   [[place:Bury St Edmunds]] and the [[site:Fermoy Unit]] in [[place:King’s Lynn]].

[[person:Mr Asante-Mensah]] ran the first training for debrief leads at the [[site:Woodlands Unit]], and
the night staff at [[site:the Julian]] asked for their own session at 2am. [[person:Yaw]] went.

THE FIGURES

Debriefs after an assault rose from 33 % to 91 %. Healthcare assistant turnover on the acute wards fell
from 24 % to 15 % in two years. Staff taking sick leave of more than a week after an assault halved. The
[[decoy:NHS Staff Survey]] score for feeling supported after violence at work rose by 9 points, the
biggest rise of any mental health trust in the region.

WHERE IT CAME FROM

The Suffolk wards had tried peer debriefs before the merger, when they were run by [[former:Suffolk Mental
Health Partnership NHS Trust]]. [[person:Raghunathan]] found the old guidance in a filing cabinet at
[[site:Wedgwood]]. The [[former:SMHP]] leaflet, updated, became our first draft. The Norfolk wards, run
until 2012 by [[former:Norfolk and Waveney Mental Health NHS Foundation Trust]], had never had one.

PARTNERS

[[partner:Norfolk and Waveney Mind]] trained our peer supporters alongside its own volunteers;
[[partner:Norfolk Constabulary]] agreed a single point of contact for staff statements; the
[[partner:University of East Anglia]] evaluated the first year; and [[partner:NHS Norfolk and Waveney ICB]]
and [[partner:NHS Suffolk and North East Essex ICB]] both received the report. Players from
[[partner:the Canaries]] visited [[site:Rollesby Ward]] and [[site:Glaven Ward]] for the launch, which
did more for morale than any poster.

WHAT STAFF SAID

A healthcare assistant on [[site:Thurne Ward]] wrote: “After I was punched, somebody sat with me for twenty
minutes and asked what I needed. That had never happened in nine years.” [[unlisted:Bernadette
Fitzgerald-Obi]], the ward manager, said the right to move bays was the change that kept two of her
staff from resigning.

Our chief executive, [[unlisted:Zhang Wei]], now asks for the debrief rate at every board meeting.
[[unlisted:Mr Zhang]] has also asked the staff side to lead the same work for community teams.
[[decoy:NHS England]]’s violence prevention standard was published after our policy; we found we
already met most of it.

Contact [[contact:safetostay@nsft.nhs.uk]] or follow [[handle:@NSFTtweets]] and [[handle:#SafeToStayNSFT]].
`,
  },
  {
    id: "ag03-york-scarborough",
    odsCode: "RCB",
    style: "Yorkshire acute trust with a former name: the trust by its old name and an older merged trust's initials, hospitals by town and by lower-case nickname, a community hospital by its short town name, a Welsh name with a familiar form, a Pakistani name, an Igbo name with a short form, a rugby club and a medical school as partners, a road as a place",
    people: [
      { role: "employer_lead", name: "Imran Qureshi", email: "imran.qureshi@nhs.net" },
      { role: "staff_lead", name: "Gwenllian Morgan", email: "gwenllian.morgan@nhs.net" },
      { role: "member", name: "Adaeze Okafor", email: null },
    ],
    identifyingTerms: [],
    marked: `
Two hospitals, forty miles and one road: making rotation between York and the coast work for staff

BACKGROUND

[[full:York and Scarborough Teaching Hospitals NHS Foundation Trust]] runs two acute hospitals forty
miles apart, joined by the [[place:A64]]. For years the coast struggled to recruit: in 2021, 31 % of registered
nurse posts at [[site:Scarborough Hospital]] were vacant, against 9 % in [[place:York]]. Managers had
tried rotating staff between the sites, but rotations were imposed, mileage was paid late and people
left rather than drive.

When the trust changed its name from [[former:York Teaching Hospital NHS Foundation Trust]] in 2021,
the staff side said that a new name would mean nothing unless the coast was treated as an equal.
[[short:York and Scarborough]] agreed to design rotation with the unions rather than for them.

THE PEOPLE

[[person:Imran Qureshi]], associate director of workforce, and [[person:Gwenllian Morgan]], [[decoy:RCN]]
senior steward and a sister on the acute medical unit at [[site:York Hospital]], led the work.
[[person:Gwenllian]] moved from Carmarthen twenty years ago and has been “[[person:Gwen]]” ever since.
[[person:Adaeze Okafor]], a staff nurse and [[decoy:UNISON]] rep at [[site:Scarborough General]], spoke for
the coast. [[person:Ada]], as she signs her e-mails, had driven the [[place:A64]] three times a week for a year on a
rotation she had not chosen.

“[[person:Imran]] came to [[site:Scarborough]] on a Saturday night,” [[person:Ms Okafor]] says. “He saw what
a night shift there is like when half the rota is agency.”

WHAT WE AGREED

- Rotation by choice: staff opt in for six or twelve months, with a guaranteed return to their home ward.
- Travel time counted as working time, and mileage paid monthly, agreed at the [[decoy:Joint Negotiating
  and Consultative Committee]].
- A shared minibus between [[site:the District]] in [[place:York]] and [[site:Scarborough]], stopping at
  [[site:Malton Hospital]] on the way.
- Rotational band 6 posts across [[site:York]], [[site:Scarborough]] and [[site:Bridlington Hospital]],
  with development time written in under [[decoy:Agenda for Change]].
- A mentor on each site: on [[site:Cherry Ward]] at [[site:York]] and on [[site:Beech Ward]] at
  [[site:Scarborough]].

[[person:Qureshi]] says the guaranteed return was the key. “Nobody wants to be sent. People will go if
they know they can come home.”

WHAT HAPPENED

In two years 146 nurses and healthcare assistants chose a rotation. Registered nurse vacancies at
[[site:Scarborough]] fell from 31 % to 14 %. Agency spend on the coast fell by £3.1 million. In the
[[decoy:NHS Staff Survey]], staff at [[site:the coast hospital]] who would recommend us as a place to work
rose by 12 points. The minibus now also takes staff to [[site:Brid]] for the day-surgery lists.

THE HISTORY WE HAD TO FACE

Older staff at [[site:Scarborough]] still talk about “the merger”: the coast’s hospitals were run by
[[former:Scarborough and North East Yorkshire Health Care NHS Trust]] until 2012, and many felt
[[place:York]] had taken over. One told us that in [[former:SNEY]] days “the coast decided for the coast”.
[[person:Morgan]] says the rotation worked because it went in both directions: 58 of the 146 rotated from
the coast to [[place:York]], not the other way round.

PARTNERS

[[partner:Hull York Medical School]] aligned its student placements with the rotations; the
[[partner:University of York]] evaluated the first year; [[partner:North Yorkshire Council]] helped with
housing in [[place:Scarborough]]; and [[partner:Humber and North Yorkshire ICB]] presented the model to
the other acute trusts in the system. [[partner:York City Knights]] gave every rotating nurse two season
tickets, which people still talk about.

WHAT STAFF SAID

A healthcare assistant from [[place:Filey]] wrote: “I did six months at [[site:York]] and came back with
skills and a few friends. I’d go again.” [[unlisted:Grace McLaughlin]], ward manager on [[site:Beech]],
said she had recruited three nurses from the rotation for permanent posts.

Our chief executive, [[unlisted:Professor Olumide Adeyemi]], has asked for the same approach for
therapists. Contact [[contact:rotation@york.nhs.uk]] or follow [[handle:@YorkTeachingNHS]] and
[[handle:#YSTHRotation]]. The handle still carries our old name; [[acronym:YSTH]] staff keep asking us to
change it.
`,
  },
];
