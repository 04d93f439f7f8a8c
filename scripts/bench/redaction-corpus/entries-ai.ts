// Redaction corpus, part AI: entries for real organisations of the register, marked up as in markup.ts,
// written late in session 9 and measured on its final rules, kept from the engineer changing the rules,
// as a check against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AI: MarkedEntry[] = [
  {
    id: "ai01-nottingham-university-hospitals",
    odsCode: "RX1",
    style: "Midlands acute trust formed by a merger: both old trusts by name, the two hospitals by initials and by “the City”, a building on a street, a heart centre and a hospice unit by name, a Jamaican nickname, a Polish–Scottish hyphenated name, a Korean name, an Irish name with Ní, two football clubs by nickname, a Nepali name",
    people: [
      { role: "employer_lead", name: "Joanna Kowalska-Reid", email: "joanna.kowalska-reid@nuh.nhs.uk" },
      { role: "staff_lead", name: "Delroy Campbell", email: "delroy.campbell@nuh.nhs.uk" },
      { role: "member", name: "Sunita Gurung", email: null },
      { role: "endorser", name: "Kwabena Darko", email: "kwabena.darko@nuh.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
Nights that work: rest, food and safety for the staff who keep the hospitals open after dark

THE PROBLEM

Around 3,000 people work a night shift at [[full:Nottingham University Hospitals NHS Trust]] on any
given night. In 2022 the staff side surveyed them. Two thirds had nowhere to rest on their break; the
only hot food after 8pm at the [[site:Queen’s Medical Centre]] was a vending machine on B floor; and at
[[site:Nottingham City Hospital]] staff walked across an unlit car park to reach the one kitchen that
stayed open. Night staff were leaving for day posts or for agencies that, they told us, at least paid
for a taxi.

[[acronym:NUH]] and the unions agreed that night work had been designed for the convenience of the day.

WHO LED IT

[[person:Joanna Kowalska-Reid]], director of estates and facilities, and [[person:Delroy Campbell]],
secretary of [[branch:Nottingham Hospitals UNISON]] and a night porter at [[site:QMC]] for twenty-two
years, led the group. [[person:Delroy]] is “[[person:Del]]” to every porter in the city.
[[person:Sunita Gurung]], a healthcare assistant on the [[site:Trent Cardiac Centre]] wards and an
[[decoy:RCN]] steward, spoke for the night staff at [[site:the City]], and [[person:Professor Kwabena
Darko]], our chief nurse, endorsed the work.

“[[person:Joanna]] did three night shifts with us,” [[person:Campbell]] says. “She stopped asking why
people wanted a microwave.”

WHAT WE CHANGED

- Rest rooms with recliners on every floor of [[site:the QMC]] and in each block at [[site:City Hospital]],
  built from rooms used for storage.
- Hot food until 4am in [[site:the Treatment Centre]] restaurant and at [[site:Hayward House]], paid for
  from the catering budget and a grant from [[decoy:NHS Charities Together]].
- A lit, patrolled walkway from the car parks at [[place:Hucknall Road]], agreed at the
  [[decoy:Joint Staff Partnership Forum]].
- A taxi home, paid, for anyone kept past 1am by an emergency.
- Protected breaks under [[decoy:Agenda for Change]], recorded on the e-roster so that a missed break is
  seen the next morning.

[[person:Ms Gurung]] says the taxis mattered more than the figures show. “One night of being kept late
and walking to the bus at two in the morning is enough to make someone leave.”

THE RESULTS

Breaks missed on nights fell from 38 % of shifts to 11 %. Turnover among night staff fell from 17 % to
11 %. Sickness among night porters halved. In the [[decoy:NHS Staff Survey]], night staff who said they had
adequate facilities to rest rose by 21 points.

WHERE WE CAME FROM

Staff at [[site:the City]] have long memories. Until 2006 they worked for [[former:Nottingham City
Hospital NHS Trust]], and the [[site:QMC]] was run by [[former:Queen’s Medical Centre, Nottingham
University Hospital NHS Trust]]. Some still say the merger took the night canteen from one and never
gave it to the other. [[person:Kowalska-Reid]] used that history: the first rest room opened at
[[site:Nottingham City]], not at the bigger site.

PARTNERS

[[partner:Nottingham City Council]] lit the path on its side of the boundary; the
[[partner:University of Nottingham]] evaluated sleep and rest on nights; [[partner:NHS Nottingham and
Nottinghamshire ICB]] funded the walkway; and both [[partner:Forest]] and [[partner:the Magpies]] donated
the recliners for [[site:Nottingham Children’s Hospital]].

WHAT STAFF SAID

A nurse from [[place:Beeston]] wrote: “For the first time in nine years I sat down for my break.”
[[unlisted:Máire Ní Dhomhnaill]], ward manager on [[site:Ward C31]] at [[site:the QMC]], said her night
vacancies had gone from five to none. [[unlisted:Dr Park Ji-ho]], our chief executive, walked the new
path with [[person:Del]] on its first night.

Contact [[contact:nights@nuh.nhs.uk]], visit [[contact:www.nuh.nhs.uk/nights]], or follow
[[handle:@NUHospitals]] and [[handle:#NUHnights]]. The estates team at [[site:Ropewalk House]] keeps a list
of every rest room.
`,
  },
  {
    id: "ai02-lewisham-greenwich",
    odsCode: "RJ2",
    style: "London acute trust with two main hospitals: both by full name, initials, town and “the QE”, two dissolved former trusts by name and initials, a children’s centre by its single name, a Nigerian nickname, an Irish nickname in quotes, a Vietnamese name, a Portuguese particle, a refugee charity and two football clubs’ community trusts as partners, London as a decoy",
    people: [
      { role: "employer_lead", name: "Adebola Ogunsanya", email: "adebola.ogunsanya@nhs.net" },
      { role: "staff_lead", name: "Patrick Mulligan", email: "patrick.mulligan@nhs.net" },
      { role: "member", name: "Hoang Van Minh", email: null },
      { role: "endorser", name: "Sabrina da Costa", email: "sabrina.dacosta@nhs.net" },
    ],
    identifyingTerms: ["Queen Elizabeth Hospital"],
    marked: `
Fair interviews, every time: ending the race gap in promotion with the staff side on every panel

THE GAP

Sixty per cent of our nurses and midwives are from Black, Asian and minority ethnic backgrounds. At
[[full:Lewisham and Greenwich NHS Trust]] in 2021 a white applicant shortlisted for a band 6 or 7 post was
1.9 times as likely to be appointed as a Black or Asian applicant, according to our [[decoy:WRES]]
return. Staff knew it before the figures did: the staff side had a file of appeals going back years.

[[short:Lewisham and Greenwich]] asked its unions to help fix the way we promote, not just to comment on it.

WHO

[[person:Adebola Ogunsanya]], deputy chief people officer, and [[person:Patrick Mulligan]], branch
secretary of [[branch:Lewisham and Greenwich UNISON]] and a theatre practitioner at
[[site:University Hospital Lewisham]], led the work. [[person:Adebola]] has been [[person:Bola]] since her
first week as a student nurse on the same site; [[person:Patrick]] is “[[person:Paddy]]” to everyone in
theatres. [[person:Hoang Van Minh]], a staff nurse and [[decoy:RCN]] steward at [[site:the QE]] in
[[place:Woolwich]], joined as the voice of the internationally educated staff, and
[[person:Sabrina da Costa]], our chief nurse, endorsed the work.

“[[person:Paddy]] said the problem wasn’t the candidates,” [[person:Ms Ogunsanya]] says. “It was the
room they walked into.”

WHAT WE DID

- A trained staff-side member on every interview panel for bands 6 to 8a, paid for their time, with the
  right to stop a process that did not follow the agreed questions.
- Questions and scoring published in advance; feedback in writing within five days.
- Reverse mentoring: forty directors and senior managers mentored by staff from the wards.
- An appeal route agreed at the [[decoy:Joint Staff Committee]], heard within a month.

[[person:Mr Mulligan]] says the right to stop a process was used only four times. “Knowing we could was
what changed the room.”

THE RESULTS

After two years, the likelihood ratio for appointment from shortlisting fell from 1.9 to 1.1. Black and
Asian staff at band 7 rose from 31 % to 42 %. Appeals about promotion fell from 27 a year to 5. In the
[[decoy:NHS Staff Survey]], staff who believe we give equal opportunities for career progression rose by
13 points at [[site:Lewisham Hospital]] and by 10 at [[site:Queen Elizabeth Hospital]].

WHERE THE TWO HOSPITALS CAME FROM

The trust was formed in 2013, when [[former:Lewisham Healthcare NHS Trust]] took on the [[site:QEH]] from
the dissolved [[former:South London Healthcare NHS Trust]]. Staff at [[site:the Queen Elizabeth]] still
talk about [[former:SLHT]] and how little say they had then. [[person:Minh]] made sure the panels ran at
[[site:Woolwich]] as often as at [[site:UHL]], and the reverse mentors included porters from both.

PARTNERS

[[partner:Lewisham Council]] and the [[partner:Royal Borough of Greenwich]] share our panel training with
their own managers; [[partner:Goldsmiths]] evaluated the first year; [[partner:Lewisham Refugee and
Migrant Network]] helped staff new to the country prepare for interviews; and the
[[partner:Charlton Athletic Community Trust]] and [[partner:Millwall Community Trust]] hosted careers
evenings. [[partner:South East London ICB]] has asked the other trusts in the system to adopt the
panels. Like many employers in [[decoy:London]], we thought we were fair until we looked.

WHAT STAFF SAID

A midwife at [[site:Kaleidoscope]] wrote: “I had been turned down for band 7 four times. The fifth
time, I knew the questions and somebody on the panel knew me.” [[unlisted:Ewa Zielińska]], ward manager
in the [[site:Riverside Building]], said the written feedback was the first she had ever received herself.

Our chief executive, [[unlisted:Marcia Henry-Clarke]], reports the ratio to the board every quarter.
Contact [[contact:fairpanels@nhs.net]] or follow [[handle:@LG_NHS_Trust]] and [[handle:#LGTFairPanels]].
[[acronym:LGT]] staff can join the panel training through the learning hub.
`,
  },
];
