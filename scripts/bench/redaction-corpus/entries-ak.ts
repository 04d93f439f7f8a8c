// Redaction corpus, part AK: entries for real organisations of the register, marked up as in markup.ts,
// written blind in session 10 and kept from the engineers changing the rules that day, as a check
// against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AK: MarkedEntry[] = [
  {
    id: "ak01-dorset-healthcare",
    odsCode: "RDY",
    style: "rural community and mental health trust in a newsletter voice: its name with a capital inside a word and run together in a handle, community hospitals by town alone and one by the person it is named after, a headquarters by its house name, a Nepali name, a Shona name with a nickname, a Portuguese name, a Filipino name, a hospice and a football club nickname as partners, a bullet list and a hard line break inside a site name",
    people: [
      { role: "employer_lead", name: "Caroline Whitcombe", email: "caroline.whitcombe@nhs.net" },
      { role: "staff_lead", name: "Tendai Mapfumo", email: "tendai.mapfumo@nhs.net" },
      { role: "member", name: "Bishnu Prasad Gurung", email: null },
      { role: "member", name: "Inês Carvalho Sousa", email: null },
    ],
    identifyingTerms: [],
    marked: `
Never alone on the road: lone working for community teams across a rural county

WHY IT MATTERED

Community nurses, therapists and mental health workers at [[full:Dorset HealthCare University NHS Foundation
Trust]] drive more than nine million miles a year. Many visit people at home on their own, down lanes with
no phone signal between [[place:Lyme Regis]] and [[place:Cranborne Chase]]. In 2022 a community psychiatric
nurse was held in a kitchen for forty minutes near [[place:Gillingham]], and nobody knew where she was.

The staff side raised it at the [[decoy:Joint Consultative and Negotiating Committee]] the next week.
[[short:Dorset HealthCare]] agreed that the lone working policy, last revised in 2014, would be rewritten by
the people who work alone.

WHO LED IT

[[person:Caroline Whitcombe]], head of community nursing for the west of the county, and [[person:Tendai
Mapfumo]], a community mental health nurse in [[place:Weymouth]] and secretary of [[branch:UNISON Dorset
HealthCare Branch]], led the group together. Everyone in the team calls him “[[person:TJ]]”.
“[[person:Caroline]] came out on visits with us for a fortnight,” he says. “After the second day she stopped
taking notes and started swearing at the signal.”

[[person:Bishnu Prasad Gurung]], a district nurse based at [[site:Bridport Community Hospital]] who served in
the Brigade of Gurkhas, and [[person:Inês Carvalho Sousa]], a physiotherapist at [[site:the Yeatman]] in
[[place:Sherborne]] and a [[decoy:CSP]] steward, ran the listening sessions. [[person:Mr Gurung]] mapped
every dead spot for mobile signal in the west of the county by driving it.

WHAT WE CHANGED

- A lone-worker device for everyone who visits alone, chosen by staff after a trial of three, paid for
  out of the savings on agency cover.
- A “buddy check” at the end of each visit in a dead spot, agreed with the teams, not imposed.
- A shared risk flag on the patient record, so the first visit is never blind.
- A right to visit in pairs, without arguing, when a staff member feels unsafe.

The first teams were the community mental health team at [[site:Forston Clinic]] near [[place:Dorchester]] and
the district nurses at [[site:Westminster Memorial Hospital]] in [[place:Shaftesbury]]. By the spring the
teams at [[site:Swanage]], [[site:Wareham]] and [[site:St Ann’s]] had asked to join.

WHAT STAFF SAID

From our staff newsletter, [[acronym:DHC]] Matters:
“I used to tell my husband which village I was in, just in case. Now I press a button and someone at
[[site:Sentinel House]] knows. It sounds small. It isn’t.” (a district nurse, [[site:Blandford Community
Hospital]])

WHAT HAPPENED

In the first year, 2,900 staff were given a device and 94 % used it every week. Reported incidents of
staff feeling unsafe on a visit fell by 41 %. Two alarms led to police attending; in both, the staff member
was out of the house within ten minutes. Sickness absence for stress in community teams fell from 3.9 % to
2.7 %. The [[decoy:NHS Staff Survey]] question on feeling safe at work rose by eight points across our
community services, and the [[decoy:Care Quality Commission]] singled the work out in its report.

What did not work: a panic app on personal phones, which drained batteries and was withdrawn after a
month by joint agreement.

HISTORY

Before 2007 we were [[former:Dorset HealthCare NHS Trust]], and older staff still say “[[acronym:DHC]]”.
Community services from the former [[former:Bournemouth and Poole Primary Care Trust]] joined us in 2011,
and many of those nurses still call [[site:the Alderney]] in [[place:Poole]] home.

PARTNERS

[[partner:Dorset Council]] and [[partner:BCP Council]] shared their own lone-worker service;
[[partner:Dorset Police]] agreed a single response code; [[partner:Bournemouth University]] evaluated the
first year; [[partner:Weldmar Hospicecare]] lent its night nurses to test the devices; [[partner:the
Cherries]] gave us a charity match day; and [[partner:NHS Dorset]] funded the second year.

Our chief executive, [[unlisted:Dr Ngozi Ekwueme-Tavistock]], now reads the lone working report at every
board. Ward sister [[unlisted:Maribel “Bel” Dela Cruz]] at [[site:Victoria Hospital]] in [[place:Wimborne]]
has asked for the inpatient teams to be next. Like community trusts from [[decoy:Cumbria]] to
[[decoy:Kent]], we still have miles of lanes without signal; none of our staff now drives them alone.

Follow [[handle:@DorsetHealthCare]] and [[handle:#DorsetHealthCareSafeVisits]], or write to
[[contact:lone.working@dhuft.nhs.uk]].
`,
  },
  {
    id: "ak02-united-lincolnshire",
    odsCode: "RWD",
    style: "east-midlands acute trust formed by a merger: a former name with Hospitals and without Teaching, three predecessor trusts by name and by town, hospitals by town alone and by a lower-case possessive, a group brand with a community trust, Keralan, Zimbabwean, Lithuanian and Filipino names, a nickname in quotes, a hospice and a football club nickname as partners, a quoted e-mail",
    people: [
      { role: "employer_lead", name: "Deborah Ashworth-Clarke", email: "deborah.ashworth-clarke@nhs.net" },
      { role: "staff_lead", name: "Jince Varghese Mathew", email: "jince.mathew@nhs.net" },
      { role: "member", name: "Rutendo Chikwanha", email: null },
      { role: "endorser", name: "Algirdas Petrauskas", email: "algirdas.petrauskas@nhs.net" },
    ],
    identifyingTerms: ["Pilgrim Hospital"],
    marked: `
Welcome to [[place:Lincolnshire]]: a joint programme for internationally educated nurses

THE PROBLEM

Between 2021 and 2023, [[full:United Lincolnshire Teaching Hospitals NHS Trust]] recruited more than 900
nurses and midwives from overseas. They kept our wards open. But one in six left within eighteen months,
most for cities with bigger communities from home, and the unions were hearing the same stories again and
again: no help with housing, no one to ask about pay, band 5 for years regardless of experience.

[[acronym:ULTH]] and the staff side agreed at the [[decoy:Joint Negotiating and Consultative Committee]]
that this was a partnership problem, and built the answer together.

WHO LED IT

[[person:Deborah Ashworth-Clarke]], deputy chief nurse, and [[person:Jince Varghese Mathew]], a charge nurse
on Ward 7B at [[site:Pilgrim Hospital]] and an [[decoy:RCN]] steward, led the programme. He came
from [[decoy:Kerala]] in 2019. On the ward he is “[[person:Jinu]]”. [[person:Rutendo Chikwanha]], a midwife
at [[site:Lincoln County Hospital]] and a [[decoy:UNISON]] rep, spoke for the maternity teams, and
[[person:Algirdas Petrauskas]], our director of people, endorsed it at board.

“[[person:Deborah]] asked what had helped us,” [[person:Mr Mathew]] says. “Not what the agency brochure
said. What had actually helped.”

WHAT WE DID

1. A named “settling in” buddy for every new nurse, from the same profession, for a year.
2. A housing fund and a list of landlords vetted by the staff side, for [[place:Boston]], [[place:Lincoln]] and
   [[place:Grantham]].
3. An independent check of previous experience against [[decoy:Agenda for Change]] pay points, with a
   union rep present; 212 nurses were moved up a pay point, back-dated.
4. A network, [[acronym:ULTH]] Global Family, with its own reps on the staff side.
5. A guaranteed transfer between our sites for anyone who needs to move nearer family or faith.

[[person:Ms Chikwanha]] ran the first buddy training at [[site:Lincoln County]]; [[site:Grantham and District
Hospital]] and [[site:County Hospital Louth]] followed within the month.

A MESSAGE WE RECEIVED

> “Dear [[person:Jinu]], when I arrived at [[site:the Pilgrim]] I thought I would stay six months and go to
> [[decoy:Leicester]]. My buddy found me a flat in two days and came to church with me. I am staying. My sister
> starts in [[site:Lincoln’s A&E]] in March.” (a staff nurse, Ward 3A)

WHAT CHANGED

Leavers among internationally educated nurses within eighteen months fell from 17 % to 6 %. The
experience check alone returned £640,000 in back pay. Agency spend on registered nurses at
[[site:Pilgrim]] fell by a third. In the [[decoy:NHS Staff Survey]], nurses from overseas reported equal
opportunities for progression at the same rate as other staff for the first time, and the
[[decoy:Nursing and Midwifery Council]] cited our programme in its guidance.

What did not work: a shared minibus from [[place:Boston]] to [[place:Lincoln]] for night shifts was too
slow, and was replaced by a fuel allowance.

WHO WE ARE

We were formed in 2000 from [[former:Lincoln and Louth NHS Trust]], [[former:Grantham and District Hospital
NHS Trust]] and [[former:Pilgrim Health NHS Trust]], and were [[former:United Lincolnshire Hospitals NHS
Trust]] until we became a teaching trust. Staff still say “[[former:ULHT]]” or just “[[short:United
Lincs]]”. Since 2024 we work as [[short:Lincolnshire Community and Hospitals NHS Group]] with our community
trust, and the staff side meets jointly.

PARTNERS

[[partner:Lincolnshire County Council]] helped with housing; [[partner:Boston Borough Council]] with school
places; the [[partner:University of Lincoln]] evaluated the programme; [[partner:St Barnabas Hospice]]
trained buddies to support colleagues after a first death on shift; [[partner:the Imps]] gave a stand to
welcome new nurses; and [[partner:NHS Lincolnshire ICB]] has funded the buddies for two more years.

Our chief executive, [[unlisted:Professor Kofi Mensah-Barrington]], presents the network’s award each
year in the [[site:Nightingale Room]]. Ward manager [[unlisted:Mercedita “Mercy” Villanueva]] says the
programme made her ward a family again.

Follow [[handle:@ULHTNHS]] and [[handle:#ULTHGlobalFamily]], or e-mail [[contact:welcome.nurses@ulh.nhs.uk]].
`,
  },
  {
    id: "ak03-royal-orthopaedic",
    odsCode: "RRJ",
    style: "single-site specialist orthopaedic trust: its initials with and without The, its site by its house name, a leading Royal dropped, a charity named after the hospital, theatres and wards by number and by name, Jamaican, Mirpuri, Somali, Vietnamese and Hungarian names, a hyphenated name with Mrs, a nickname without quotes, a football club as partner, a transcript with speaker labels, ALL CAPS headings",
    people: [
      { role: "employer_lead", name: "Imran Hussain Qureshi", email: "imran.qureshi4@nhs.net" },
      { role: "staff_lead", name: "Marcia Campbell-Reid", email: "marcia.campbell-reid@nhs.net" },
      { role: "member", name: "Nguyen Thi Lan", email: null },
    ],
    identifyingTerms: ["ROH"],
    marked: `
Six theatres, one team: how theatre staff and managers ended the Saturday list dispute

BACKGROUND

[[full:The Royal Orthopaedic Hospital NHS Foundation Trust]] is one of the largest orthopaedic hospitals in
Europe, on one site in south [[place:Birmingham]]. In 2022 our waiting list for hip and knee replacement passed
11,000. The plan to bring it down depended on Saturday theatre lists, and theatre staff were refusing
them: the rates were unclear, cancelled lists were not paid, and nobody asked the scrub teams before lists
were booked.

At [[short:the Royal Orthopaedic]], disputes like this had usually ended with a memo. This time the staff side
asked for a joint group, and [[decoy:the Trust]] agreed.

WHO

[[person:Imran Hussain Qureshi]], director of operations, and [[person:Marcia Campbell-Reid]], a senior
operating department practitioner and chair of [[branch:UNISON Royal Orthopaedic Hospital Branch]], led
it. [[person:Mrs Campbell-Reid]] has worked in Theatre 4 for twenty-two years and is [[person:Auntie Marcia]]
to half the department. [[person:Imran]] had been in post six weeks.

[[person:Nguyen Thi Lan]], a recovery nurse and [[decoy:RCN]] steward, spoke for recovery and the day
case unit. [[person:Ms Nguyen]] insisted that recovery staff, who stay until the last patient is safe, be
paid to the real finish, not the planned one.

FROM THE FIRST MEETING (NOTES AGREED BY BOTH SIDES)

[[person:Campbell-Reid]]: “Nobody here is against Saturdays. We are against finding out on Thursday.”
[[person:Qureshi]]: “Then the rota is set six weeks ahead, and it is yours to fill.”
[[person:Nguyen]]: “And if a list is cancelled?”
[[person:Qureshi]]: “Paid. In full.”

WHAT WE AGREED

- Saturday lists offered six weeks ahead, filled by the theatre teams themselves, through the
  [[decoy:Agenda for Change]] overtime rates agreed locally, with no list run below safe staffing.
- Cancelled lists paid in full; late finishes paid to the real finish.
- Teams kept together: the same scrub team, surgeon and anaesthetist for a whole list.
- A rest room refurbished by [[acronym:ROH]] Charity beside Ward 12, and hot food on Saturdays
  from the [[site:Woodlands]] restaurant.

[[person:Lan]] and [[person:Marcia]] ran the first six weekends themselves. The teams in Theatre 6
and on the [[site:Royal Orthopaedic Oncology Unit]] asked to join in the second month.

WHAT HAPPENED

Saturday lists ran on 46 of 52 weekends in the first year, against 9 the year before. The waiting list
for hip and knee replacement fell by 2,700. Theatre staff turnover fell from 16 % to 10 %; vacancies in
operating department practice fell from 14 to 3. In the [[decoy:NHS Staff Survey]], theatre staff saying
they are involved in decisions that affect their work rose by eleven points.

What did not work: running Sunday lists too. After three weekends both sides agreed it was a step too far.

WHAT STAFF SAY

A healthcare support worker, [[unlisted:Abdirahman Warsame]], said: “I used to come in on a Saturday because
I was asked. Now I come in because it is my list.” The theatre manager, [[unlisted:Zsófia Kertész-Molnár]],
calls it the best thing to happen in [[site:the ROH]] theatres in her time. Staff on Ward 2 now ask
when it will be their turn.

PARTNERS

[[partner:Birmingham City Council]] moved a bus stop to the [[place:Bristol Road South]] entrance for early
starts; the [[partner:University of Birmingham]] evaluated the waiting list effect; [[partner:NHS
Birmingham and Solihull ICB]] funded the first year; and [[partner:Birmingham City FC]] gave theatre
staff tickets for the season.

Our chief executive, [[unlisted:Professor Adebayo Fashola]], now asks for the Saturday figure at every
board. Like hospitals from [[decoy:Oswestry]] to [[decoy:Stanmore]], we depend on theatre staff giving
weekends; ours now choose to.

E-mail [[contact:saturday.lists@nhs.net]], follow [[handle:@RoyalOrthoBham]] and [[handle:#ROHOneTeam]].
[[acronym:ROH]] staff can read the agreement on the intranet.
`,
  },
];
