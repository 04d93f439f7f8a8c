// Redaction corpus, part AP: entries for real organisations of the register, marked up as in markup.ts,
// written blind late in session 10 and kept from the engineers changing the rules, as a check against
// tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AP: MarkedEntry[] = [
  {
    id: "ap01-mid-cheshire",
    odsCode: "RBT",
    style: "Cheshire acute trust rebuilding its main hospital: the hospital by its name, its possessive and its town, a second hospital by a nickname, an intermediate care centre by the town alone, a staff newsletter named after the hospital, Ghanaian, Tamil and Welsh names, a hyphenated surname, a railway-town football club as a partner, a quoted transcript from a drop-in",
    people: [
      { role: "employer_lead", name: "Rhian Pritchard-Evans", email: "rhian.pritchard-evans@mcht.nhs.uk" },
      { role: "staff_lead", name: "Kwabena Owusu", email: "kwabena.owusu@mcht.nhs.uk" },
      { role: "member", name: "Thenmozhi Sivakumar", email: null },
      { role: "endorser", name: "Graham Lightfoot", email: "graham.lightfoot@mcht.nhs.uk" },
    ],
    identifyingTerms: ["Leighton Hospital"],
    marked: `
Building the new [[site:Leighton]] with the people who will work in it

WHY THIS MATTERED

When the government confirmed that the roof planks at [[site:Leighton Hospital]] had to go and the hospital
would be rebuilt, staff at [[full:Mid Cheshire Hospitals NHS Foundation Trust]] heard the news on the radio
before they heard it from us. That was the moment the staff side and the executive team agreed
that the design of the new hospital would be done with staff, not presented to them.

[[short:Mid Cheshire]] employs around 5,500 people across three sites: [[site:Leighton]] on the edge of
[[place:Crewe]], the [[site:Victoria Infirmary]] in [[place:Northwich]], which everyone calls
“[[site:the Vic]]”, and the intermediate care beds at [[site:Elmhurst]] in [[place:Winsford]].

WHO LED IT

The work was led jointly by [[person:Rhian Pritchard-Evans]], our director of estates and the
new hospital programme, and [[person:Kwabena Owusu]], a theatre practitioner and secretary of
[[branch:UNISON Mid Cheshire Hospitals Branch]]. [[person:Kwabena]] (“[[person:Kobby]]” to
everyone in theatres) had never read an architect’s drawing. “[[person:Rhian]] sat with me for
two evenings with the plans on her kitchen table,” he says. “After that I could explain them to
anyone.”

[[person:Thenmozhi Sivakumar]], a ward sister on Ward 14 and an [[decoy:RCN]] steward, ran the
clinical design groups. [[person:Sister Sivakumar]] insisted that night staff, porters and
domestic staff were in every room where a ward layout was decided.

WHAT WE DID

- Forty-one “design cafés” in the restaurant at [[site:Leighton’s]] main entrance, at the
  [[site:Vic]] and at [[site:Elmhurst Intermediate Care Centre]], on every shift, including 2am.
- A mock-up bedroom built in a disused clinic on the [[site:Leighton]] site, tested by
  more than 600 staff and patients.
- A standing item at the [[decoy:Joint Negotiating and Consultative Committee]], so every change to the
  design was seen by the unions before it was signed off.
- A fortnightly page in “[[site:Leighton]] Lines”, our staff newsletter, written by staff side reps rather
  than the communications team.

A CONVERSATION FROM A DESIGN CAFÉ

We recorded some sessions with permission. One exchange, at 2.10am:

> Porter: “Where do the beds go when the lift’s broken? Because in this place they go down the ramp
> by Ward 2 corridor and you need two of us.”
> Architect: “We hadn’t thought about that.”
> [[unlisted:Mrs Dorota Zielińska]] (domestic supervisor): “That’s why we’re here at two in the morning.”

The new plans now have two bed lifts on every core, and a ramp gradient that one porter can manage.

WHAT CHANGED

Staff who said they had “a say in changes that affect my work” rose from 38 % to 61 % in the [[decoy:NHS
Staff Survey]] between 2023 and 2025. The design team counted 312 changes to the plans that came from
staff. Two of the changes — a staff rest room on every ward and a changing room near the main car park —
were adopted by the [[decoy:New Hospital Programme]] as national guidance.

PARTNERS

[[partner:Cheshire East Council]] planners joined three cafés; [[partner:Cheshire West and Chester Council]]
helped with the [[site:Victoria Infirmary]] travel survey; [[partner:NHS Cheshire and Merseyside ICB]]
hosted the programme board; the [[partner:University of Chester]] evaluated the cafés; and
[[partner:Crewe Alexandra]]’s community trust let us use the [[place:Gresty Road]] lounge for a family day
so children could draw “the hospital I want”. [[partner:St Luke’s Cheshire Hospice]] in [[place:Winsford]]
advised on the end-of-life rooms.

HISTORY

Older staff still talk about the days before [[former:Mid Cheshire Hospitals NHS Trust]] became a
foundation trust, and about the old [[former:Barony Hospital]] in [[place:Nantwich]]. We used their
memories too: the new chapel faces the same way as the old one.

ENDORSEMENT

[[person:Graham Lightfoot]], our chair of governors, wrote: “[[person:Rhian]] and [[person:Kobby]] have
made the new hospital belong to the people who will work in it.” Our chief executive,
[[unlisted:Dr Siobhán Ó Dálaigh]], tells every visiting minister that the rest rooms were the porters’
idea. Trusts in [[decoy:Manchester]] and [[decoy:Leeds]] have asked for our café pack.

Contact [[contact:newleighton@mcht.nhs.uk]] or follow [[handle:@MCHFT]] and [[handle:#NewLeighton]].
[[acronym:MCHFT]] staff can find every café write-up on the intranet.
`,
  },
  {
    id: "ap02-derbyshire-healthcare",
    odsCode: "RXM",
    style: "Derbyshire mental health trust: the headquarters hospital by its name and as a bare word, units inside another trust’s hospitals by person and place names, a low-secure unit named after a stately home, a former trust name, a staff podcast, Pakistani, Jamaican, Lithuanian and Irish names, a nickname without quotes, hard line breaks mid-name",
    people: [
      { role: "employer_lead", name: "Nasreen Akhtar", email: "nasreen.akhtar@nhs.net" },
      { role: "staff_lead", name: "Delroy McFarlane", email: "delroy.mcfarlane@nhs.net" },
      { role: "member", name: "Rūta Kazlauskienė", email: null },
      { role: "endorser", name: "Professor Ciarán Mac Giolla", email: "c.macgiolla@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
After the incident: support that staff designed for staff

[[full:Derbyshire Healthcare NHS Foundation Trust]] provides mental health, learning disability and
substance misuse services across [[place:Derby]] and [[place:Derbyshire]]. In 2023 our inpatient
staff reported 1,140 incidents of violence or aggression. Most were followed by nothing: no debrief, no
check-in, and a shift that carried on. Staff side reps told the [[decoy:Joint Negotiating Committee]] that
people were leaving after their second or third assault, not their first.

THE PARTNERSHIP

[[person:Nasreen Akhtar]], deputy director of nursing, and [[person:Delroy McFarlane]], a charge nurse
and branch secretary of [[branch:UNISON Derbyshire Healthcare Branch]], agreed to build a post-incident
support model together. Del, as he is known on every ward at [[site:Kingsway]], had been assaulted
twice in his career. “I knew what I had needed and what I had got,” he says. “They were not the same.”

[[person:Rūta Kazlauskienė]], a healthcare support worker on the [[site:Kedleston Unit]], our low
secure service, joined as the voice of support workers, who receive most of the assaults and were
least often debriefed. [[person:Ms Kazlauskienė]] translated the survey into Lithuanian and Polish so
that bank staff could answer it.

WHAT WE BUILT

- A “hot debrief” within the shift, led by someone trained from outside the ward team.
- A “cold debrief” within ten days, with a staff side rep if the member of staff wants one.
- Peer supporters on every ward at [[site:Kingsway Hospital]], at the [[site:Radbourne Unit]] in
  [[place:Derby]] and the [[site:Hartington Unit]] at [[partner:Chesterfield Royal Hospital]].
- A right to paid time off after an assault, agreed as a local policy under [[decoy:Agenda for Change]]
  section 14 and signed by every union at the table: [[decoy:UNISON]], [[decoy:Unite]], [[decoy:RCN]] and
  [[decoy:GMB]].
- A podcast, “[[site:Kingsway]] Voices”, in which staff talk about an incident and what helped.

The first pilot ran on Ward 35 and on [[site:Morton Ward]] at the [[site:Radbourne]]. The second
pilot ran at the new [[site:Carsington Unit]], which opened on the [[site:Kingsway]]
site in 2024 and was planned with the model built in.

A MESSAGE WE WERE SENT

> “I was punched on a Tuesday night shift on [[site:Tansley Ward]]. By Wednesday
> afternoon [[person:Delroy]] had rung me, and on Friday I had a debrief with a nurse from [[site:the
> Hartington]] who I had never met. I came back to work two weeks later. Last time I didn’t come back
> for three months.”

RESULTS

Staff offered a debrief after an assault rose from 22 % to 91 %. Sickness absence after an assault fell
by a third. Turnover among support workers on the pilot wards fell from 19 % to 12 %. The [[decoy:Care
Quality Commission]] described the model as notable practice in its 2025 report.

PARTNERS

[[partner:Derby City Council]] and [[partner:Derbyshire County Council]] share the training with their
approved mental health professionals; [[partner:NHS Derby and Derbyshire Integrated Care Board]] funded
the peer supporters’ backfill; the [[partner:University of Derby]] evaluated the pilots; and
[[partner:Derbyshire Mind]] runs a monthly peer group. [[partner:Derby County]]’s community trust hosted
our wellbeing day at [[place:Pride Park]].

WHERE WE COME FROM

Long-serving staff remember [[former:Derbyshire Mental Health Services NHS Trust]] and the old
[[former:Pastures Hospital]] in [[place:Mickleover]]. Some still call us [[acronym:DHCFT]], some
“[[short:Derbyshire Healthcare]]”, and a few still say “[[decoy:the mental health trust]]”.

ENDORSEMENT

[[person:Professor Ciarán Mac Giolla]], our medical director, wrote: “This is the most useful thing
we have done for safety in a decade. [[person:Nasreen]] and [[person:Del]] did it by listening.” Our
chief executive, [[unlisted:Imran Qureshi-Bates]], now reads the debrief figures at every public board
meeting. Like services from [[decoy:Nottingham]] to [[decoy:Sheffield]], we cannot stop every
incident, but we can stop people facing them alone.

Contact: [[contact:dhcft.afterincident@nhs.net]], [[handle:@derbyshcft]], [[handle:#KingswayVoices]].
`,
  },
  {
    id: "ap03-great-western",
    odsCode: "RN3",
    style: "Swindon acute trust whose name is all generic words: the hospital by its initials with and without the article, the trust by its town, a community hospital by its market town, a former trust and a closed predecessor hospital, the hospital charity by its brand, Filipino, Keralan, Zimbabwean and Polish names, a surname with a particle, a quoted WhatsApp message",
    people: [
      { role: "employer_lead", name: "Maricel Dela Cruz", email: "maricel.delacruz@nhs.net" },
      { role: "staff_lead", name: "Tendai Mupfumira", email: "tendai.mupfumira@nhs.net" },
      { role: "member", name: "Anju Varghese", email: null },
      { role: "member", name: "Bartosz Wróblewski", email: null },
      { role: "endorser", name: "Helen van der Berg", email: "helen.vanderberg@nhs.net" },
    ],
    identifyingTerms: ["GWH"],
    marked: `
Welcome is not a week: staying with internationally educated staff for their first two years

OUR STARTING POINT

Between 2021 and 2024 [[full:Great Western Hospitals NHS Foundation Trust]] welcomed more than 700
internationally educated nurses, midwives and allied health professionals, from the Philippines, India,
Zimbabwe, Nigeria and Ghana. We were good at airport pick-ups and the first week. We were not good at
month seven, when the first winter arrived, the family was still abroad and the preceptorship had ended.
One in six left [[site:the GWH]] within two years, most of them for other trusts.

WHO

The project was co-led by [[person:Maricel Dela Cruz]], head of international recruitment, who came to
[[place:Swindon]] from [[decoy:Manila]] herself in 2003, and [[person:Tendai Mupfumira]], a
sister in the emergency department and chair of [[branch:UNISON Great Western Hospitals Branch]]. [[person:Tendai]]
had arrived in 2002 to what was then [[former:Swindon and Marlborough NHS Trust]], and worked at
[[former:Princess Margaret Hospital]] before the move to the new building.

[[person:Anju Varghese]], a theatre nurse from [[decoy:Kerala]], and [[person:Bartosz Wróblewski]], a
physiotherapist and [[decoy:CSP]] steward, ran the buddying scheme. [[person:Bartek]], as he signs his
e-mails, made sure it covered allied health staff, who had been left out of the first scheme.

WHAT WE DID

- Every new colleague is paired with a “[[site:Great Western]] buddy” for two years, not six weeks.
- A staff side rep joins the first meeting, so colleagues know who to call about pay, visas and
  contracts before there is a problem.
- A fund from [[site:Brighter Futures]], the hospital charity, for winter coats, deposits and the first
  flight home.
- Monthly suppers in the [[site:Hazel Ward]] day room and later in the restaurant, with food cooked by
  staff.
- A named contact at [[site:Savernake Hospital]] in [[place:Marlborough]] for the handful of staff based
  there, who often felt forgotten.

The scheme was agreed at the [[decoy:Joint Staff Consultative Committee]] and written into our
recruitment policy so it survives the people who started it.

A MESSAGE THAT CHANGED OUR MINDS

Early on, someone forwarded this from a WhatsApp group of new nurses:

> “Nobody from [[short:Great Western]] has spoken to me since induction. My ward manager is kind but busy.
> I don’t know if I can bring my children. I am thinking of [[decoy:Oxford]] because my friend says they
> have a helper for visas.”

We shared it at the board. [[unlisted:Kevin McAleese]], then our chief executive, said it was the most
useful thing he had read all year.

RESULTS

Two-year retention of internationally educated staff rose from 83 % to 94 %. Grievances about
visa-related pay deductions fell to none. The buddy scheme now has 212 buddies, a third of them former
international recruits. [[decoy:NHS England]] asked us to present the model to the South West region.

PARTNERS

[[partner:Swindon Borough Council]] helped with school places and housing; [[partner:Wiltshire Council]]
did the same for staff in [[place:Marlborough]] and [[place:Chippenham]]; [[partner:NHS Bath and North East
Somerset, Swindon and Wiltshire ICB]] shared the scheme with its other trusts; [[partner:New College
Swindon]] ran English for families; [[partner:Swindon Town]] gave us tickets for the [[place:County Ground]]
every month; and [[partner:Prospect Hospice]] supported staff who lost relatives abroad.

HOW PEOPLE KNOW US

Staff say “[[acronym:GWH]]”, “[[site:Great Western Hospital]]” or just “[[site:the Great Western]]”;
taxi drivers say “the hospital at [[place:Commonhead]]”; patients in [[place:Marlborough]] still say
“[[site:Savernake]]”. In this work we called ourselves “[[short:Team GWH]]”, which became a hashtag.

ENDORSEMENT

[[person:Helen van der Berg]], chief nurse, wrote: “[[person:Maricel]] and [[person:Tendai]] turned a
welcome week into a two-year promise, and kept it.” [[person:Ms van der Berg]] now chairs the regional
group on international retention.

[[contact:gwh.internationalwelcome@nhs.net]] · [[handle:@GWH_NHS]] · [[handle:#TeamGWH]] ·
[[contact:01793 605117]]
`,
  },
];
