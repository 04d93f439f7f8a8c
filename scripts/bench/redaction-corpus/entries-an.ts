// Redaction corpus, part AN: entries for real organisations of the register, marked up as in markup.ts,
// written blind in session 10 and kept from the engineers changing the rules, as a check against tuning.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AN: MarkedEntry[] = [
  {
    id: "an01-east-kent",
    odsCode: "RVV",
    style: "Kent acute trust of three hospitals: one named after a physician and known by his surname's initials, one named after a queen and known by four letters and as 'the QE', one by its ampersand initials, a wholly owned subsidiary by its brand and number, seaside towns, a Punjabi name, a Polish name with a diminutive, an Igbo hyphenated name, an Irish name with a fada, a patient named in a quotation",
    people: [
      { role: "employer_lead", name: "Harpreet Kaur Dhillon", email: "harpreet.dhillon@nhs.net" },
      { role: "staff_lead", name: "Bogdan Nowakowski", email: "bogdan.nowakowski@nhs.net" },
      { role: "member", name: "Chiamaka Nwosu-Hart", email: null },
    ],
    identifyingTerms: ["William Harvey", "QEQM"],
    marked: `
Back in the family: bringing 1,100 porters, cleaners and caterers back onto NHS terms

WHAT WAS WRONG

For eight years the people who cleaned, portered and cooked at
[[full:East Kent Hospitals University NHS Foundation Trust]] were employed by a wholly owned
subsidiary, [[partner:2gether Support Solutions]], on terms below [[decoy:Agenda for Change]]. A porter at the
[[site:William Harvey Hospital]] in [[place:Ashford]] could earn £1,900 a year less than a healthcare
assistant on the ward he wheeled patients to, and had fewer days’ holiday. Turnover in the
subsidiary ran at 29 %. Wards at [[site:QEQM]] in [[place:Margate]] went some nights without a
domestic.

The staff side had campaigned for a return since 2019. In 2022 [[short:East Kent Hospitals]] agreed to
work out with the unions, not for them, how to bring everyone back in-house.

WHO LED IT

[[person:Harpreet Kaur Dhillon]], director of estates and facilities, and [[person:Bogdan Nowakowski]],
a porter at [[site:the William Harvey]] for twelve years and secretary of
[[branch:UNISON East Kent Health Branch]], led the work. Everyone calls him “[[person:Bodzio]]”, and
[[person:Harpreet]] signs her e-mails [[person:Harps]]. [[person:Chiamaka Nwosu-Hart]], a catering
supervisor at [[site:the Kent and Canterbury]] and a [[decoy:GMB]] rep, spoke for the kitchens.

“I’d sat across the table from managers for years,” [[person:Nowakowski]] says. “This was the first
time we were on the same side of it.”

WHAT WE DID TOGETHER

- A joint transfer group met fortnightly for eleven months, chaired alternately by [[person:Ms Dhillon]]
  and [[person:Mr Nowakowski]].
- Every one of 1,143 staff was matched to an [[decoy:Agenda for Change]] band by a joint panel; no one
  lost pay, and 87 % gained.
- Drop-in sessions on every site, at every hour: 5am in the [[site:WHH]] linen room, midnight in the
  [[site:QE]] kitchens, and in the portakabins behind [[site:Buckland Hospital]] in [[place:Dover]].
- Translated guides in Polish, Romanian, Nepali and Tamil.
- A rule, agreed at the [[decoy:Joint Negotiating Committee]], that anyone who left during the
  subsidiary years could come back at the same band without a new interview.

WHAT HAPPENED

The transfer took place on 1 April 2023. A year later, turnover among facilities staff had fallen from
29 % to 13 %. Shifts with no domestic on the wards at [[site:Queen Elizabeth The Queen Mother Hospital]]
fell from nine a month to one. Sickness absence fell by two points. Thirty-eight people who had
left came back, including a chef who had moved to a hotel in [[decoy:London]] and returned to the
[[site:K&C]].

In the [[decoy:NHS Staff Survey]], facilities staff who said they felt valued rose from 31 % to 58 %.

[[person:Ms Nwosu-Hart]] says the kitchens noticed the difference first: “The same people turned up
every week. You could plan a menu.” A patient on [[site:Kingston Ward]] at the [[site:QEQM]],
[[unlisted:Mrs Doreen Pettit]], wrote to the chief executive that her room “had never been so clean,
and the cleaner knew my name”.

THE HISTORY

Some staff had worked for [[former:East Kent Hospitals NHS Trust]] before 2009, and a few remembered
when the three hospitals each had their own kitchens and their own trust. The [[site:Kent &
Canterbury]] kitchens closed in 2011; one of our chefs, [[unlisted:Seán Ó Briain]], cooked there for
twenty years and now trains new starters at the [[site:Harvey]].

PARTNERS

[[partner:Kent County Council]] funded English classes for staff on the night rota;
[[partner:Canterbury Christ Church University]] evaluated the first year; [[partner:NHS Kent and Medway
ICB]] presented the model to the other trusts in the county; and [[partner:Pilgrims Hospices]] asked to
use our banding work for its own domestic staff. [[partner:Margate FC]] let us hold the first
payday party at [[place:Hartsdown Park]].

WHAT IS NEXT

Our chief executive, [[unlisted:Dr Abena Sarpong]], has asked the transfer group to stay together as the
facilities partnership forum. [[unlisted:Dr Sarpong]] told [[decoy:the Trust Board]] that this was “the
best money we have spent in a decade”.

Contact [[contact:back.in.the.family@nhs.net]], or follow [[handle:@EKHUFT]] and [[handle:#TeamEKHUFT]].
Every [[acronym:EKHUFT]] facilities worker now has an NHS badge. The old [[partner:2SS]] lanyards went
to a charity shop in [[place:Folkestone]].
`,
  },
  {
    id: "an02-clatterbridge",
    odsCode: "REN",
    style: "specialist cancer trust on three sites: the trust by its village name alone and with 'the', sites as the name plus a city or a district, the old name of the centre and its initials, a new city-centre site by its development's name, a charity and a podcast named after the trust, an Irish name with fadas, a Chinese name with a family name first, a Yoruba name, a Scouse nickname, a football club's community arm, Merseyside places",
    people: [
      { role: "employer_lead", name: "Wen Li", email: "wen.li@nhs.net" },
      { role: "staff_lead", name: "Siobhán Ó Ceallaigh", email: "siobhan.oceallaigh@nhs.net" },
      { role: "member", name: "Ifeoluwa Adeyemi", email: null },
      { role: "endorser", name: "Gareth McAllister", email: "gareth.mcallister@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
Crossing the river: moving 600 staff to a new cancer hospital without losing them

THE CHALLENGE

In 2020 [[full:The Clatterbridge Cancer Centre NHS Foundation Trust]] opened a new specialist cancer
hospital in the centre of [[place:Liverpool]], and most of its inpatient and chemotherapy services moved
across the [[place:Mersey]] from the old site in [[place:Bebington]] on the [[place:Wirral]]. For many staff,
a ten-minute drive became an hour through the tunnel, with tolls and city parking. A staff-side survey
in 2019 found that 41 % of radiographers and chemotherapy nurses were “considering leaving” rather than
move.

[[short:Clatterbridge]] could not afford to lose them: there are only so many therapeutic radiographers
in the [[place:North West]]. Management and the staff side agreed to plan the move together.

WHO

[[person:Dr Wen Li]], director of workforce, and [[person:Siobhán Ó Ceallaigh]], a therapeutic
radiographer and chair of the [[decoy:Society of Radiographers]] workplace group, led the joint
relocation group. [[person:Ifeoluwa Adeyemi]], a chemotherapy nurse and [[decoy:RCN]] steward, spoke for
the day unit; she is “[[person:Ife]]” on the rota. [[person:Gareth McAllister]], our chief nurse,
endorsed the work. On the [[place:Wirral]] site everyone calls him [[person:Macca]].

“[[person:Siobhán]] came to the first meeting with 300 postcodes on a map,” [[person:Dr Li]] says. “That
map decided more than any business case.”

WHAT WE AGREED

- Excess travel paid for four years, not the usual one, agreed at the
  [[decoy:Joint Local Negotiating Committee]].
- A free shuttle bus between [[site:Clatterbridge Cancer Centre – Wirral]] and
  [[site:Clatterbridge Cancer Centre – Liverpool]], timed to the radiotherapy lists.
- Tunnel tolls reimbursed for every shift, from day one.
- Rotas built from the postcode map: staff living on the [[place:Wirral]] were offered the radiotherapy
  lists that stayed at [[site:CCC-Wirral]] first.
- Staff who chose to stay on the peninsula kept their posts, with no loss of band.

[[person:Ó Ceallaigh]] insisted on the last point. “Some people had school runs in [[place:Birkenhead]]
and parents in [[place:Heswall]]. They were not going to cross the river, and we needed them anyway.”

WHAT HAPPENED

Of 612 staff whose base moved, 19 left in the following year, against the 150 the 2019 survey had
warned of. Vacancies among therapeutic radiographers fell from 14 % to 6 %. The shuttle carries about
170 people a day. In the [[decoy:NHS Staff Survey]], staff who would recommend us as a place to work
rose by 6 points in the year of the move, when most trusts in the region fell.

The move to [[site:Paddington Village]] in the city’s [[place:Knowledge Quarter]] was not painless. The
first month of parking was chaos, and the staff side said so in a letter to [[decoy:the Trust Board]]. The
board changed the permit rules within three weeks. [[person:Ms Adeyemi]] remembers that as the moment
staff believed the group was real.

WHERE WE CAME FROM

Older colleagues still answer the phone as [[former:Clatterbridge Centre for Oncology]], the name we
had until 2013, and the radiotherapy physics team’s drawers are full of [[former:CCO]] letterheads. Our
third site, [[site:Clatterbridge Cancer Centre – Aintree]], opened beside the university hospital there
in 2019.

PARTNERS

[[partner:Merseytravel]] gave staff discounted tunnel passes; [[partner:Liverpool City Council]] found
parking on the [[place:Paddington]] site; [[partner:NHS Cheshire and Merseyside ICB]] supported the
excess travel scheme; [[partner:Liverpool John Moores University]] evaluated the relocation group; and
[[partner:Everton in the Community]] gave the first cohort of new starters a stadium tour.
[[short:Clatterbridge]] Cancer Charity paid for the shuttle’s first year.

WHAT STAFF SAID

A radiographer from [[place:Wallasey]] wrote: “I expected to be told. Instead I was asked.” On the
“[[short:Clatt]] Chat” podcast, [[unlisted:Paulina Grabowska]], a healthcare assistant on
[[site:Sulby Ward]], said the shuttle had let her keep her job and her childminder.

Our chief executive, [[unlisted:Professor Ngozi Ekwueme]], has asked the group to plan the next move,
of the haemato-oncology day unit. Contact [[contact:crossing.the.river@nhs.net]], or follow
[[handle:@ClatterbridgeCC]] and [[handle:#CCCFamily]]. [[acronym:CCC]] staff can read the full report
on the intranet.
`,
  },
  {
    id: "an03-royal-wolverhampton",
    odsCode: "RL4",
    style: "West Midlands acute trust with a former name: the trust with and without 'The' and as 'the Royal', its old name with 'Hospitals', the main hospital by its district and by initials, a second hospital from another town taken over, a cancer centre named after a family, a heart and lung centre, the closed old hospital by its road, a Sikh name with a familiar form, a Jamaican name, a Romanian name, an Arabic name with Al-, a football club by its nickname and its foundation",
    people: [
      { role: "employer_lead", name: "Jaswinder Kaur Bains", email: "jaswinder.bains@nhs.net" },
      { role: "staff_lead", name: "Winston Gayle", email: "winston.gayle@nhs.net" },
      { role: "member", name: "Ionela Popescu", email: null },
    ],
    identifyingTerms: ["New Cross"],
    marked: `
Fair from the first conversation: taking bias out of disciplinary cases

THE PROBLEM

In 2020 staff from Black and minority ethnic backgrounds at [[full:The Royal Wolverhampton NHS Trust]]
were 2.4 times as likely as white colleagues to enter a formal disciplinary process, according to our
[[decoy:Workforce Race Equality Standard]] return. Most cases began with an informal complaint that went
straight to investigation. Many ended with no case to answer, after months of suspension and worry.

The staff side had raised it for years. In 2021 [[short:Royal Wolverhampton]] agreed to redesign the
first steps of the process jointly with the unions and the staff networks.

WHO

[[person:Jaswinder Kaur Bains]], deputy chief people officer, and [[person:Winston Gayle]], a theatre
practitioner at [[site:New Cross Hospital]] and branch secretary of
[[branch:Wolverhampton Health UNISON]], led the work. [[person:Jas]], as most people know her, had
been an employee relations adviser for fifteen years. [[person:Winnie]], as the theatre team call
[[person:Mr Gayle]], had represented more than 200 members in disciplinaries.
[[person:Ionela Popescu]], a staff nurse in the [[site:Heart and Lung Centre]] and [[decoy:RCN]] steward,
joined for the nursing workforce and for the trust’s growing number of staff recruited from abroad.

“[[person:Winston]] had the numbers in his head before we had them on a spreadsheet,”
[[person:Ms Bains]] says.

WHAT WE CHANGED

1. A pre-formal check: before any investigation, a manager and a trained staff-side colleague ask
   together whether a case could be resolved by conversation, training or mediation.
2. A senior decision-maker from another division reviews every proposed suspension within 24 hours.
3. Every case is recorded by ethnicity, band and division, and the figures go to the
   [[decoy:Joint Negotiating and Consultative Committee]] each quarter.
4. A just-culture guide for managers, written with the unions and the staff network for colleagues
   from ethnic minorities, launched at [[site:West Park Hospital]] and repeated at
   [[site:Cannock Chase Hospital]].

[[person:Ms Popescu]] ran the sessions for ward managers in the [[site:Deanesly Centre]] and at
[[site:Cannock]]. “Most managers had never been shown how to have the first conversation,” she says.

WHAT HAPPENED

In two years, formal disciplinary cases fell by 47 %. The relative likelihood for staff from ethnic
minorities fell from 2.4 to 1.2. Suspensions fell from 31 to 9 a year, and the average case was
closed in 44 days instead of 118. In the [[decoy:NHS Staff Survey]], staff from ethnic minority
backgrounds who said they had equal opportunities for progression rose by 8 points.

A nurse on [[site:Ward C21]] wrote: “A patient complained about my accent. Before, that would have
been an investigation. This time my manager sat down with me and the patient’s daughter, and that
was the end of it.”

WHERE WE CAME FROM

Older staff remember [[former:The Royal Wolverhampton Hospitals NHS Trust]], as we were called until
2012, and some still talk about [[site:the old Royal on Cleveland Road]], which closed in 1997. When
[[site:Cannock Chase]] joined us in 2014, the staff who transferred with it brought their own disciplinary
policy, and some of their reps helped write the new one. At [[site:NXH]] today the guide is in every
manager’s office.

PARTNERS

The [[partner:City of Wolverhampton Council]] shared its own just-culture work; [[partner:NHS Black Country
ICB]] took the model to the other trusts in the system; the [[partner:University of Wolverhampton]]
evaluated the first year; and [[partner:Wolves Foundation]] hosted our first joint training day at
[[place:Molineux]]. [[unlisted:Yousef Al-Masri]], a mediator from [[partner:Compton Care]], trained our
first twenty staff-side mediators.

WHAT IS NEXT

Our chief executive, [[unlisted:Professor Delia Okonjo-Graham]], has asked for the same pre-formal
check for grievances, and [[decoy:NHS England]]’s regional team has asked to share the guide. [[person:Bains]]
and [[person:Gayle]] now train other trusts in the [[place:West Midlands]].

Contact [[contact:fair.first@nhs.net]], or follow [[handle:@RWTnhs]] and [[handle:#RWTFairFirst]].
[[acronym:RWT]] managers can book the training on the intranet; at [[site:New Cross]] it is
full until spring.
`,
  },
];
