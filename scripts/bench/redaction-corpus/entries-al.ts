// Redaction corpus, part AL: entries for real organisations of the register, marked up as in markup.ts,
// written blind in session 10 and kept from the engineers changing the rules that day, as a check
// against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AL: MarkedEntry[] = [
  {
    id: "al01-blackpool-teaching",
    odsCode: "RXL",
    style: "seaside teaching hospitals trust: the main hospital by its nickname and initials, a heart centre by the county's name, small hospitals by town alone, a former name with commas written without them, Irish with a fada, Arabic, Polish and Jamaican names, a nickname in quotes and one without, a staff award named after a local person, the football club's nickname, a quoted e-mail and a hard line break in a hospital name",
    people: [
      { role: "employer_lead", name: "Siobhán Ní Dhomhnaill", email: "siobhan.nidhomhnaill@nhs.net" },
      { role: "staff_lead", name: "Krzysztof Zieliński", email: "krzysztof.zielinski@nhs.net" },
      { role: "member", name: "Yousef Al-Hashimi", email: null },
      { role: "endorser", name: "Beverley Thompson-Grant", email: "beverley.thompson-grant@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
From the bank to the team: permanent contracts for the people who keep our hospitals clean

THE PROBLEM

In 2021, almost 300 domestic and portering staff at [[full:Blackpool Teaching Hospitals NHS Foundation
Trust]] worked only through the staff bank. Many had done the same shifts for years, with no sick pay
between bookings, no guaranteed hours and no way to plan a month. Most lived within two miles of
[[site:Blackpool Victoria Hospital]]. In a town where many households depend on seasonal work, the
hospital was one more employer offering nothing fixed.

The staff side raised it at the [[decoy:Joint Negotiating Committee]]. [[short:Blackpool Teaching
Hospitals]] agreed to look at every bank worker who had done regular shifts for six months or more.

WHO LED IT

[[person:Siobhán Ní Dhomhnaill]], head of facilities, and [[person:Krzysztof Zieliński]], a porter for fifteen
years and branch secretary of [[branch:UNISON Blackpool Health Branch]], led the review. On the porters’
rota he is [[person:Krissy]], and has been since his first week. “[[person:Siobhán]] sat in the porters’
lodge at [[site:the Vic]] at five in the morning with a flask,” he says. “She asked everyone the same
question: what would make you stay?”

[[person:Yousef Al-Hashimi]], a domestic supervisor at [[site:Clifton Hospital]] in [[place:Lytham St Annes]]
and a [[decoy:GMB]] rep, spoke for the staff at the smaller sites. [[person:Mr Al-Hashimi]] knew which of
his team had second jobs, and which had been turned down for a mortgage because their hours were not fixed.

WHAT WE AGREED

- A permanent contract offered to every bank domestic or porter with six months of regular shifts,
  on [[decoy:Agenda for Change]] band 2, at the hours they had actually worked.
- Flexible patterns kept for those who wanted them, including term-time contracts.
- Training in infection prevention for everyone, in paid time.
- A named supervisor, and a voice at the monthly facilities meeting.

The first teams were on Ward 38, the [[site:Lancashire Cardiac Centre]] and the emergency department at
[[site:BVH]]. Domestic staff at [[site:Fleetwood Hospital]] and the [[site:Rossall Rehabilitation Unit]] joined in the
second quarter.

AN E-MAIL THE BRANCH RECEIVED

> “[[person:Krzysiek]], I got the letter today. Permanent. I have been on the bank for eleven years at
> [[site:Victoria
> Hospital]]. I rang my mum. Thank you to you and to [[person:Ms Ní Dhomhnaill]].” (a domestic, Ward 26)

WHAT HAPPENED

Of 296 bank workers, 241 accepted a permanent contract; most of the rest chose to stay on the bank.
Turnover among domestics fell from 27 % to 11 % in a year. Spend on agency cleaners, £380,000 the year
before, fell to nothing. Infection audit scores improved on every ward that took part. The [[decoy:NHS
Staff Survey]] response rate among facilities staff rose from 14 % to 46 %, which the staff side counts as
a result in itself.

What did not work: a single rota for domestics across all sites, which ignored the bus times from
[[place:Fleetwood]] and was changed back within two months.

WHO WE ARE

Until 2010 we were [[former:Blackpool Fylde and Wyre Hospitals NHS Foundation Trust]], and many staff
still say “[[former:BFWH]]” or “[[short:the Fylde trust]]”. Community services across [[place:the Fylde
coast]] joined us in 2012.

PARTNERS

[[partner:Blackpool Council]] helped staff who moved off benefits with the change; [[partner:Blackpool
and The Fylde College]] ran the infection control course; [[partner:Lancaster University]] evaluated the
first year; [[partner:Trinity Hospice]] trained supervisors in bereavement support; [[partner:the
Seasiders]] invited the new permanent staff onto the pitch at [[place:Bloomfield Road]]; and
[[partner:NHS Lancashire and South Cumbria ICB]] has asked for the toolkit.

RECOGNITION

The team won the [[unlisted:Lorraine Marsden]] Award for Kindness, named after a ward clerk who worked at
[[site:the Victoria]] for forty years. [[person:Beverley Thompson-Grant]], our director of people, endorsed
the entry. Our chief executive, [[unlisted:Dr Obinna Uzoma-Hartley]], has asked for the same review for
catering staff. Like hospitals from [[decoy:Scarborough]] to [[decoy:Torquay]], we serve a seaside town
with a lot of seasonal work; our own jobs are no longer part of it.

Follow [[handle:@BlackpoolHosp]] and [[handle:#TeamBTH]], or e-mail [[contact:facilities.partnership@nhs.net]].
[[acronym:BTH]] staff can find the agreement on the intranet.
`,
  },
  {
    id: "al02-aneurin-bevan",
    odsCode: "7A6",
    style: "Welsh university health board named after a person: the person's name alone and a hospital also named after him, its Welsh name, a new hospital by its nickname and initials, older hospitals by town, a headquarters in a former asylum by name, predecessor bodies, Welsh names with ap and a familiar form, Yemeni, Somali and Bangladeshi names, a rugby region and a football club nickname as partners, a transcript, Welsh national bodies as decoys",
    people: [
      { role: "employer_lead", name: "Gwenllian Prosser", email: "gwenllian.prosser@wales.nhs.uk" },
      { role: "staff_lead", name: "Dafydd ap Rhys", email: "dafydd.aprhys@wales.nhs.uk" },
      { role: "member", name: "Abdulrahman Al-Sabri", email: null },
      { role: "member", name: "Hodan Farah Abdi", email: null },
    ],
    identifyingTerms: ["The Grange University Hospital"],
    marked: `
One move, no one left behind: moving critical care staff to a new hospital in partnership

WHAT WE FACED

In November 2020, four months early and in the middle of the pandemic, [[full:Aneurin Bevan University
Health Board]] opened a new specialist critical care hospital at [[place:Llanfrechfa]], near
[[place:Cwmbran]]. Emergency, critical care and inpatient paediatric services moved there from
[[site:the Royal Gwent Hospital]] in [[place:Newport]] and from [[site:Nevill Hall Hospital]] in
[[place:Abergavenny]]. More than 2,000 staff had to change where they worked, many of them with a week’s
notice.

The staff side told the [[decoy:Local Partnership Forum]] that nobody should find out where they were
working from a rota. [[short:Aneurin Bevan]] agreed that every move would be agreed one person at a time.

WHO

[[person:Gwenllian Prosser]], assistant director of workforce, and [[person:Dafydd ap Rhys]], a critical care
nurse and chair of [[branch:UNISON Gwent Healthcare Branch]], led the work. Everyone calls her
“[[person:Gwen]]”. “[[person:Dafydd]] rang me on a Sunday,” she says, “and said, you’ve got 2,000
conversations to have. Let’s start tomorrow.”

[[person:Abdulrahman Al-Sabri]], a healthcare support worker at [[site:the Gwent]] and a [[decoy:GMB]] rep,
and [[person:Hodan Farah Abdi]], a midwife at [[site:Nevill Hall]] and an [[decoy:RCM]] rep, held the
conversations with their own colleagues. [[person:Mr Al-Sabri]] translated the travel plan into Arabic for
the porters from [[place:Pillgwenlly]].

WHAT WE DID

- A one-to-one conversation for every member of staff affected, with a rep present if they wished,
  before any move was confirmed.
- Excess travel paid for four years under the [[decoy:NHS Wales]] organisational change policy, and a
  free shuttle from [[site:Royal Gwent]] and [[site:Nevill Hall]] to the new site.
- Protection of shift patterns for carers and parents, agreed team by team.
- A “buddy from the other site” so that teams from [[place:Newport]] and [[place:Abergavenny]] met before
  they worked together.

FROM A STAFF BRIEFING (TRANSCRIPT)

Nurse: “I live in [[place:Brynmawr]]. I can’t get to [[site:the Grange]] for a 7.30 start without a car.”
[[person:ap Rhys]]: “Then we start your conversation there. What would work?”
Nurse: “Eight o’clock, or the shuttle.”
[[person:Prosser]]: “Both. We’ll write it down today.”

WHAT HAPPENED

Of 2,140 staff who moved, 2,096 agreed their new pattern before the move; none was moved against their
wishes. Turnover in critical care in the first year was 8 %, against 13 % the year before. Sickness among
staff who moved was no higher than among those who did not. A [[decoy:Healthcare Inspectorate Wales]]
visit in 2022 noted that staff at [[site:GUH]] described the move as “done with us, not to us”.

What did not work: the shuttle from [[site:Ysbyty Aneurin Bevan]] in [[place:Ebbw Vale]] was rarely used
and was stopped after six months.

WHO WE ARE

We were formed in 2009 from [[former:Gwent Healthcare NHS Trust]] and the five local health boards of
[[place:Gwent]], and were [[former:Aneurin Bevan Local Health Board]] until 2014. In Welsh we are
[[full:Bwrdd Iechyd Prifysgol Aneurin Bevan]]; staff say “[[acronym:ABUHB]]” or just “[[decoy:the Health
Board]]”. Our headquarters is at [[site:St Cadoc’s Hospital]] in [[place:Caerleon]]. The same changes were
later used when services moved to [[site:Ysbyty Ystrad Fawr]] and [[site:County Hospital]] in
[[place:Griffithstown]].

PARTNERS

[[partner:Newport City Council]] and [[partner:Torfaen County Borough Council]] added bus routes;
[[partner:Blaenau Gwent County Borough Council]] helped with childcare places; the [[partner:University of
South Wales]] evaluated the move; [[partner:St David’s Hospice Care]] supported staff after the first
winter; [[partner:the Exiles]] gave shuttle drivers tickets; and [[partner:the Dragons]] held a thank-you
day for critical care staff at [[place:Rodney Parade]].

Our chief executive, [[unlisted:Nicola Prydderch-Mahmood]], presented the team with a [[decoy:Welsh Government]]
staff award. Ward sister [[unlisted:Shirin Akhtar Miah]] on Ward C4 West says she still uses the
conversation checklist for every change. Health boards from [[decoy:Bangor]] to [[decoy:Swansea]] have
asked for it.

Follow [[handle:@AneurinBevanUHB]] and [[handle:#GrangeTogether]], or e-mail
[[contact:abb.moving@wales.nhs.uk]].
`,
  },
];
