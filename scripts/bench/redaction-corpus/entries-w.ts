// Redaction corpus, part W: entries for real organisations of the register, marked up as in markup.ts,
// written before the redactor's changes of session 8 (decision 035) and measured first, as a check
// against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_W: MarkedEntry[] = [
  {
    id: "w01-south-central-ambulance",
    odsCode: "RYE",
    style: "ambulance service: make-ready centres and a coordination centre by initials, a lead called by a short first name, an Irish name with a particle, a Polish diminutive, the predecessor services",
    people: [
      { role: "employer_lead", name: "Harjinder Bains", email: "harjinder.bains@scas.nhs.uk" },
      { role: "staff_lead", name: "Siobhán Ní Mhurchú", email: "siobhan.nimhurchu@scas.nhs.uk" },
      { role: "member", name: "Tomasz Wiśniewski-Grant", email: null },
    ],
    identifyingTerms: [],
    marked: `
Making ready together: vehicle preparation crews brought into the fold

SUMMARY

Before 2022 the people who clean, restock and check our ambulances were the forgotten part of
[[full:South Central Ambulance Service NHS Foundation Trust]]. They worked nights in cold sheds, on a
different contract from the crews they supported, and nobody asked their view. This entry describes
how managers and the staff side changed that together, and what it did for patients.

WHERE WE STARTED

[[short:South Central]] covers four counties and a population of more than seven million. Ambulances
are prepared at make-ready hubs: the [[site:Thatcham make-ready centre]], the
[[site:Milton Keynes make ready centre]] and the newer hub at [[site:Bicester MRC]], close to
[[site:Northern House]]. In 2021 a third of vehicle preparation operatives left within a year.

"[[person:Harj]] came to the [[site:Thatcham]] shed at four in the morning," says
[[person:Siobhán Ní Mhurchú]], [[decoy:UNISON]] branch secretary. "Nobody from the directors had been
there at that time since the place opened." [[person:Harjinder Bains]], assistant director of fleet,
says the visit was the start. "[[person:Siobhán]] told me to come and see. So I came and saw."

THE JOINT GROUP

A joint group of six managers and six reps met fortnightly for a year, chaired in turn by
[[person:Harj]] and [[person:Ms Ní Mhurchú]]. Its first decision was to invite operatives from every
hub, paid for their time, and to hold meetings on nights as well as days.

[[person:Tomasz Wiśniewski-Grant]] ("[[person:Tomek]]" to the crews), a make-ready operative for nine
years, became its voice from the sheds. [[person:Tomek]] brought photographs: a broken heater, a
stock room with no shelving, a drain that flooded every winter.

WHAT WE CHANGED

- Make-ready staff moved to the same band structure as ambulance care assistants, under
  [[decoy:Agenda for Change]], with a training route into patient-facing roles.
- Heated rest rooms at every hub, and a drying room at [[site:Thatcham]].
- A stock system designed by the operatives, so crews find the same kit in the same place.
- A seat for a make-ready rep on the fleet board, and a slot in the [[site:Otterbourne CCC]] daily
  call, so the [[site:clinical coordination centre]] knows which vehicles are ready.

[[unlisted:Marcus Oyelaran]], our chief executive, opened the refurbished [[site:Milton Keynes MRC]]
with [[person:Tomek]] and the branch officers of [[decoy:UNISON]] and [[decoy:GMB]].

RESULTS

- Leavers among vehicle preparation staff: from 33 % a year to 11 %.
- Vehicles leaving a hub with kit missing: from one in nine to one in forty.
- Ambulance hours lost to vehicles not ready at shift start: down by 2,300 hours a year, about the
  same as two extra crews on the road every day.

The [[decoy:NHS Staff Survey]] score for "I am able to make suggestions to improve the work of my
team" rose from 41 % to 68 % among fleet staff. [[partner:Oxford Brookes University]] evaluated the
work with us and found that operatives now stay longer than crews.

A LONG MEMORY

Some of our operatives remember the days before 2006, when the old [[former:Hampshire Ambulance Service]]
and [[former:Royal Berkshire Ambulance Service]] each ran their own workshops. "It took us fifteen years
to be one service in the sheds," [[person:Tomek]] says. "It took one year of the group."

WHAT OTHERS CAN TAKE

1. Go at the hour the work is done.
2. Pay people to come to meetings.
3. Let the people who do the job design the job.

The group shares its material with other ambulance services through the
[[decoy:Association of Ambulance Chief Executives]] and the [[decoy:National Ambulance Fleet Group]].
Questions to [[contact:fleet.partnership@scas.nhs.uk]]; follow [[handle:@SCAS999]] and
[[handle:#SCASmakeready]]. [[person:Harj]] and [[person:Siobhán]] will talk to anyone who asks, at any
hour, though they prefer daylight now.
`,
  },
  {
    id: "w02-leeds-york-partnership",
    odsCode: "RGD",
    style: "northern mental health trust: inpatient units by name with possessives, a ward named after a place, a Pakistani name with a short form, the trust's initials in a hashtag, a council and the university",
    people: [
      { role: "employer_lead", name: "Bernadette O’Rourke-Hale", email: "b.orourke-hale@nhs.net" },
      { role: "staff_lead", name: "Muhammad Zubair Qureshi", email: "zubair.qureshi@nhs.net" },
      { role: "member", name: "Aoife de Búrca", email: null },
      { role: "endorser", name: "Jonathan Pickersgill", email: "jonathan.pickersgill@nhs.net" },
    ],
    identifyingTerms: ["Becklin Centre"],
    marked: `
Safe staffing on our wards, agreed not imposed

ABOUT US

[[full:Leeds and York Partnership NHS Foundation Trust]] provides mental health and learning
disability services across [[place:Leeds]] and specialist services further afield. Our adult
inpatient wards are at the [[site:Becklin Centre]] and the [[site:Newsam Centre]], and our
children’s unit, [[site:Red Kite View]], opened in 2022.

In 2023 the wards were short of registered nurses on two shifts in three. Staff were moved between
wards at short notice, often without knowing the patients. The staff side had raised it at the
[[decoy:Joint Negotiating Committee]] four times.

HOW WE WORKED

[[person:Zubair Qureshi]], [[decoy:Unite]] convenor and a charge nurse on the
[[site:Newsam Centre]]’s acute wards, proposed a joint safe staffing group. [[person:Bernadette O’Rourke-Hale]],
director of nursing, agreed on the spot. "[[person:Zubair]] said he was tired of saying the same thing
four times," she says. "So was I."

The group had equal numbers from each side. It met on the wards, not in the boardroom, and it used the
[[decoy:Mental Health Optimal Staffing Tool]] with ward teams rather than for them.

[[person:Aoife de Búrca]], a staff nurse and [[decoy:RCN]] rep, ran the ward sessions. "We asked
every team what a safe shift looked like to them, then we checked it against the tool. Mostly they
agreed. Where they did not, the tool was usually missing something."

WHAT CHANGED

- A floor for registered nurses on every shift, agreed ward by ward and published on the ward.
- Moves between wards only to a ward where the nurse has had an induction, and never two moves in one
  shift.
- A staffing huddle at 8 am and 8 pm, with a rep able to join by phone.
- Bank shifts offered first to the ward’s own staff, paid weekly.

[[site:Becklin’s]] wards went first, in April 2023. The [[site:Newsam]] wards followed in the autumn.
[[site:Red Kite View]] adapted the model for young people’s services.

WHAT HAPPENED

- Shifts below the agreed floor: from 64 % to 19 %.
- Moves between wards: down by 70 %.
- Violence and aggression incidents on the acute wards: down by 22 %, which the group puts down to staff
  knowing their patients.
- Turnover of registered nurses in inpatient services: from 18 % to 12 %.

In the [[decoy:NHS Staff Survey]], inpatient staff who felt there were enough staff to do their job
properly rose from 17 % to 38 %. The figures are still low, and we say so.

PARTNERS

We worked with [[partner:Leeds City Council]] on housing for people ready to leave hospital, which
freed beds, and with the [[partner:University of Leeds]] on the evaluation. [[partner:West Yorkshire ICB]]
has asked us to share the model across the county’s mental health trusts.

In [[place:York]], where our forensic services are, the same approach is now being tried on the
learning disability wards.

WHAT WE LEARNED

[[person:Bernie]] (as the wards call her) puts it this way: "You cannot staff a ward safely from a
spreadsheet. You staff it with the people who know what a bad night looks like."

[[person:Mr Qureshi]] adds that partnership needs patience. "We did not agree on everything. We agreed
to keep talking until we did, and to write down where we still disagreed."

[[person:Jonathan Pickersgill]], our chief operating officer, endorses this entry on behalf of the board.
The ward teams share their work on [[handle:#LYPFTsafestaffing]] and [[handle:@LYPFT]]; the full report is on
[[contact:www.leedsandyorkpft.nhs.uk]].
`,
  },
  {
    id: "w03-birmingham-womens-childrens",
    odsCode: "RQ3",
    style: "children's and women's trust formed by a merger: the two hospitals' former names and short names, a Yoruba name with a familiar form, a Vietnamese name, run-together handle, an institute named after the hospital",
    people: [
      { role: "employer_lead", name: "Olufunmilayo Adeyemi", email: "funmi.adeyemi@nhs.net" },
      { role: "staff_lead", name: "Gareth Pryce-Whitlock", email: "gareth.pryce-whitlock@nhs.net" },
      { role: "member", name: "Nguyen Thi Lan", email: null },
    ],
    identifyingTerms: [],
    marked: `
From two cultures to one: a joint approach to flexible working after a merger

BACKGROUND

[[full:Birmingham Women’s and Children’s NHS Foundation Trust]] was formed in 2017, when
[[former:Birmingham Children’s Hospital NHS Foundation Trust]] and [[former:Birmingham Women’s NHS Foundation Trust]]
came together. Staff still say "[[site:BCH]]" and "the [[site:Women’s]]", and for a long time the two
hospitals kept their own ways of handling requests for flexible working.

At [[site:Birmingham Children’s Hospital]] on [[site:Steelhouse Lane]], nurses waited on average 11
weeks for an answer. At the [[site:Women’s Hospital]] in [[place:Edgbaston]] it was four weeks, but
more requests were refused. Staff who moved between the two noticed, and told their reps.

THE PARTNERSHIP

[[person:Olufunmilayo Adeyemi]], head of people services, and [[person:Gareth Pryce-Whitlock]],
[[decoy:UNISON]] branch chair and a theatre practitioner, set up a flexible working panel in 2022.
Everyone knows [[person:Olufunmilayo]] as "[[person:Funmi]]". [[person:Gareth]] is "[[person:Gaz]]"
to the theatre team, though not in board papers.

"[[person:Funmi]] asked the staff side to write the first draft of the policy," [[person:Mr Pryce-Whitlock]]
says. "That had never happened. We didn’t quite believe it."

[[person:Nguyen Thi Lan]], a neonatal nurse who had been refused flexible hours twice, joined the panel
as a member of staff rather than a rep. [[person:Lan]] says she nearly said no. "I thought I would be
the example of what went wrong. Instead they asked me to help fix it."

WHAT THE PANEL DID

- One policy for both hospitals, written jointly, in plain English.
- A decision within four weeks, or the request is granted for a trial.
- Every refusal reviewed by the panel, with a rep and a manager, before it is sent.
- Team-based rostering pilots on the neonatal unit and in the [[site:BCH]] emergency department.
- A guide for managers, with worked examples from our own wards.

WHAT HAPPENED

Requests answered within four weeks: from 38 % to 91 %. Requests refused: from 29 % to 9 %. Leavers
among nurses and midwives in their first two years: down from 21 % to 14 %. The
[[decoy:NHS Staff Survey]] question on flexible working rose 14 points at the children’s hospital and
nine at the [[site:Women’s]].

The panel now also sees requests from the [[site:Forward Thinking Birmingham]] teams, whose staff
work across the city, and from the researchers at the [[site:Birmingham Women’s and Children’s Institute for Research]].

OUR PARTNERS

The [[partner:University of Birmingham]] helped us evaluate the pilots. [[partner:Birmingham City Council]]
shared its own flexible working guidance, which we borrowed shamelessly. The
[[partner:Birmingham and Solihull ICB]] has asked us to present the approach to other trusts in the
system.

LESSONS

1. Merge the policies, not just the logos.
2. Ask the person who was refused.
3. A deadline for managers changes behaviour more than training does.

"We were two trusts with two cultures," [[person:Funmi]] says. "Flexible working was where people felt
it most. Fixing it together was how we started to be one."

WHAT IS NEXT

The panel is now looking at the midwives at the [[site:Women’s]], whose self-rostering pilot starts in
the spring, and at the play specialists and housekeepers at [[site:Steelhouse]], who asked to be
included after seeing the nurses’ results. [[person:Funmi]] says that was the moment she knew it had
worked: "Staff we had not thought of came to us and asked to join."

Find us at [[handle:@BWCHnhs]] and [[handle:#BWCflex]], or e-mail [[contact:flexible.working@nhs.net]].
[[person:Gaz]] and [[person:Lan]] run the panel’s open sessions on the first Tuesday of each month.
`,
  },
];
