// Redaction corpus, part AT: entries for real organisations of the register, marked up as in markup.ts,
// written blind in session 11 and kept from the engineers changing the rules until the end, as a check
// against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AT: MarkedEntry[] = [
  {
    id: "at01-cornwall-partnership",
    odsCode: "RJ8",
    style: "Cornish community trust: community hospitals by town, one named after a shipowner, one by a description of where it sits, HQ building and business park, a predecessor social enterprise, a staff network with a Cornish motto for a name, Filipino, Romanian, Sudanese and Cornish names, a hyphenated surname, a district nurse's diary pasted in",
    people: [
      { role: "employer_lead", name: "Tamsin Penhaligon-Ross", email: "tamsin.penhaligon-ross@nhs.net" },
      { role: "staff_lead", name: "Maricel Dela Cruz", email: "maricel.delacruz@nhs.net" },
      { role: "member", name: "Mihai Popescu", email: null },
      { role: "endorser", name: "Ahmed Al-Tayeb", email: "ahmed.al-tayeb@nhs.net" },
    ],
    identifyingTerms: ["Bodmin Hospital"],
    marked: `
Safe on the road: lone working and mileage for community staff

Our community nurses, therapists and mental health workers drive about 9 million miles a year, many on
single-track lanes with no phone signal. When fuel prices rose in 2022, staff at
[[full:Cornwall Partnership NHS Foundation Trust]] were paying to come to work. Some had stopped taking
the visits furthest out. Our reps raised it at the partnership forum; this is what we did about it together.

Who

[[person:Tamsin Penhaligon-Ross]], director of people, and [[person:Maricel Dela Cruz]], a district nursing
team leader and chair of the staff side, led a working group of twelve. [[person:Maricel]] came to
[[place:Cornwall]] from Iloilo in 2006 and has driven more of the county’s lanes than anyone else in
the group. [[person:Mihai Popescu]], a mental health practitioner based at [[site:Longreach House]] in
[[place:Camborne]], spoke for the crisis teams who drive at night.

What we heard

We held listening sessions at every community hospital: [[site:Bodmin]], [[site:Launceston]],
[[site:Liskeard]], [[site:Stratton]] up in [[place:Bude]], [[site:St Austell]], [[site:Falmouth]], the
[[site:Edward Hain]] in [[place:St Ives]] and [[site:CRCH]] at [[place:Pool]], which staff still call "the new
hospital" ten years after it opened. Staff at the [[site:little hospital by the harbour]] asked us not to forget
the [[place:Isles of Scilly]] team, who take a boat before they take a car.

From a district nurse’s diary, shared with the group:

    Tues. 7 visits, 94 miles. Lost signal from [[place:Blisland]] to [[place:St Breward]], two
    hours. Nobody knew where I was. Fuel £31, mileage back in 6 weeks.
    Home 19:40. Still to do: notes, because the laptop won’t sync on the moor.

What we changed

- Mileage paid monthly, not six weeks late, and an advance for anyone on bands 2 to 5 who asks.
- A lone-working app with a satellite check-in for the dead zones on [[place:Bodmin Moor]] and
  [[place:the Lizard]], agreed clause by clause with the staff side.
- Lease cars through salary sacrifice opened to part-time staff, with the [[decoy:HMRC]] rules explained
  in plain English by our payroll team and the [[decoy:UNISON]] branch together.
- Hubs where community staff can write notes and charge laptops: six of them, at [[site:Carew House]] on
  [[place:Beacon Technology Park]], in the community hospitals, and in a room above the library in
  [[place:Launceston]].

Dr [[person:Ahmed Al-Tayeb]], a consultant psychiatrist, endorses the entry: "The crisis team used to do its
notes in a car park on the [[place:A30]] because it was the only place with signal. Now there is a hub
twenty minutes from anywhere."

What happened

Mileage claims paid within a month went from 38 % to 97 %. Reported lone-working incidents where staff
could not be located fell from 26 to 3 in a year. The number of visits declined by staff on cost grounds:
from about 40 a month to none recorded. The [[decoy:NHS Staff Survey]] score for "I have adequate materials,
supplies and equipment" rose by 9 points among community staff.

Where we came from

Many of our community colleagues joined us from [[former:Peninsula Community Health]], the social
enterprise that ran community services until 2016. They brought a habit of asking front-line staff first,
and [[person:Ms Penhaligon-Ross]] credits them with the idea of the hubs. Our race equality network,
[[site:Onan Hag Oll]] ("one and all"), made sure the survey reached overseas-trained nurses, who were most
likely to be paying their own fuel while waiting for the first pay packet.

A patient’s view

[[unlisted:Mrs Elowen Nancarrow]], 91, who lives alone near [[place:Altarnun]], told the district nurse
[[unlisted:Bernadette Ní Mhurchú]] that she had noticed the nurses coming more often in winter. "I thought
they’d forgotten me up here." [[unlisted:Bernie]] says that was the moment she knew the project worked.

Partners

[[partner:Cornwall Council]] opened its libraries for the hubs. [[partner:NHS Cornwall and Isles of Scilly
ICB]] funded the satellite devices. [[partner:Cornwall Rural Community Charity]] helped us map signal dead
zones, [[partner:Falmouth University]] students designed the hub signs, and the [[partner:Cornish Pirates]]
gave community staff tickets for the season.

Our chief executive, [[unlisted:Jowan Trebilcock]], says: "This is what partnership looks like in a rural
county. The unions found the problem and the answer."

The work has been shared with other community providers through the [[decoy:Social Partnership Forum]]
and with colleagues in [[decoy:Plymouth]] and [[decoy:Bristol]] at regional events. Follow [[handle:@CornwallFT]]
and [[handle:#CFTSafeOnTheRoad]]; staff can find everything on the [[acronym:CFT]] intranet.
`,
  },
  {
    id: "at02-sheffield-childrens",
    odsCode: "RCU",
    style: "children's specialist trust written as an interview: the hospital as 'the Children's' and by its road, a neurodisability centre and a mental health centre by their names, the charity by ordinary words, a former trust name, Chinese, Pakistani, Jamaican and Slovak names, a nickname without quotes, a hospice and a football club as partners",
    people: [
      { role: "employer_lead", name: "Wen-Ting Zhao", email: "wenting.zhao@nhs.net" },
      { role: "staff_lead", name: "Nasreen Akhtar-Bibi", email: "nasreen.akhtar-bibi@nhs.net" },
      { role: "member", name: "Delroy Campbell", email: null },
      { role: "endorser", name: "Zuzana Horváthová", email: "zuzana.horvathova@nhs.net" },
    ],
    identifyingTerms: ["Sheffield Children's Hospital"],
    marked: `
Paid for the job you do: regrading our healthcare support workers, in their own words

In 2023, 214 healthcare support workers at [[full:Sheffield Children’s NHS Foundation Trust]] were paid at
band 2 while doing clinical tasks that belong to band 3. Instead of a long dispute, the trust and the unions
agreed to review every role together and to backdate the difference. We asked the people who led it to tell
the story. The interview has been shortened.

Q: How did it start?

[[person:Nasreen Akhtar-Bibi]] ([[decoy:UNISON]] branch chair): "With a petition on [[site:Ward 3]]. The
support workers there take bloods, do obs, feed through tubes. They were band 2. The [[decoy:Agenda for Change]]
profiles are clear about that, and so were they. I took the petition to [[person:Wen-Ting]] and said, we can
do this the hard way or together."

[[person:Wen-Ting Zhao]] (deputy chief people officer): "I said together. I had been at [[short:the Children’s]]
for three months. I didn’t want my first year to be a ballot."

Q: What did together mean in practice?

[[person:Ms Zhao]]: "A joint panel for every job description: one manager, one rep, one HCSW from the area.
We did the wards at [[site:Western Bank]] first, then the [[site:Ryegate Children’s Centre]], then the mental
health teams at [[site:the Becton Centre]] out at [[place:Beighton]]. Community teams last."

[[person:Delroy Campbell]] (HCSW, surgical ward, staff side): "[[person:Del]], please. Everyone calls me [[person:Del]]. The difference
was they asked us what we actually do on a night shift. Not what the 2014 job description says. I wrote down
a whole shift on [[site:Ward 2]], every task, and [[person:Nasreen]] put it in front of the panel."

Q: What was hard?

[[person:Akhtar-Bibi]]: "Money. Backdating costs. The trust had to go to the board and to [[partner:NHS South
Yorkshire ICB]]. There was a month when we thought it would fall over."

[[person:Zhao]]: "Our chief executive, [[unlisted:Dr Eamon Keogh-Whitfield]], went to the board himself and said
it was the right thing. And the staff side agreed a phased payment so we didn’t have to find it all at once.
That was the partnership bit, really. Both sides gave something."

Q: And now?

- 187 support workers regraded to band 3, backdated to April 2022.
- 27 roles confirmed as band 2, with a development route to band 3 that is written down and funded.
- An annual joint check of new job descriptions by the same panel.
- Turnover among HCSWs down from 17 % to 9 %.

[[person:Del]]: "People stayed. That’s the headline. We had lasses leaving for supermarkets at [[place:Meadowhall]]
because it paid the same and you didn’t get kicked."

Q: Who else helped?

[[person:Nasreen]]: "[[partner:Sheffield Hallam University]] helped us design the development route. The
[[partner:University of Sheffield]] let us use a room on campus for the panels, because [[site:SCH]] has no room
free, ever. [[partner:Bluebell Wood Children’s Hospice]] shared how they had done the same exercise. And
[[partner:Sheffield United]] gave us a box for the celebration, which caused some arguments among the
[[partner:Wednesday]] fans on the panel."

[[person:Wen-Ting]]: "[[short:The Children’s Hospital Charity]] paid for the celebration itself. Not the backpay,
people asked. The backpay came from the trust."

Q: What would you tell another trust?

[[person:Zuzana Horváthová]], a play specialist who sat on the panel and endorses this entry: "Do it before the
dispute. We had a history: when we were still [[former:Sheffield Children’s Hospital NHS Trust]] the last
regrading took four years and ended at a tribunal. This took eleven months and nobody went to court. My
colleague [[unlisted:Lucy Atherton]], [[unlisted:Lu]] on the ward, was the first one regraded, and she cried."

A parent, [[unlisted:Mrs Gbemisola Ajayi]], wrote to the ward: "The support workers on the
[[site:Theatre Direct]] unit are the ones who held my son’s hand. I am glad they are now paid like it."

The panel’s method is on the [[acronym:SCFT]] intranet for any colleague to use, and the story is on
[[handle:@SheffChildrens]] and [[handle:#SCHProud]]. We have also shared it through the [[decoy:NHS Employers]]
pay network and at an event in [[decoy:Leeds]].
`,
  },
  {
    id: "at03-north-tees-hartlepool",
    odsCode: "RVW",
    style: "Teesside acute trust: two hospitals by town and by initials, a community hospital over the county line, a wholly owned subsidiary by its name, a group brand shared with a neighbour, predecessor trusts, a closed hospital by its old name, numbered sections and footnotes, Igbo, Polish, Keralite and Teesside names, a nickname in quotes",
    people: [
      { role: "employer_lead", name: "Joanne Featherstone", email: "joanne.featherstone@nhs.net" },
      { role: "staff_lead", name: "Chinedu Okeke", email: "chinedu.okeke@nhs.net" },
      { role: "member", name: "Beata Zielińska-Nowak", email: null },
      { role: "member", name: "Jincy Varghese", email: "jincy.varghese2@nhs.net" },
    ],
    identifyingTerms: ["University Hospital of North Tees", "University Hospital of Hartlepool"],
    marked: `
ONE TEAM, ONE TERMS: bringing our subsidiary’s staff onto [[decoy:Agenda for Change]]

1. Summary

In 2017 [[full:North Tees and Hartlepool NHS Foundation Trust]] moved its estates, facilities and
porters into a wholly owned company, [[short:North Tees and Hartlepool Solutions]] LLP¹. By 2022, cleaners
and porters doing the same job side by side were on two sets of terms: some on [[decoy:Agenda for Change]],
some on company terms, paid less. The staff side asked the trust to put that right. This entry describes
how we did it together, without a ballot and without losing a single member of staff.

2. Who led the work

- [[person:Joanne Featherstone]], director of estates and facilities, for the employer
- [[person:Chinedu Okeke]], [[decoy:Unite]] senior rep and a porter at [[site:North Tees]] for nine years
- [[person:Beata Zielińska-Nowak]], a domestic supervisor at [[site:Hartlepool]] and [[decoy:GMB]] rep
- [[person:Jincy Varghese]], a ward sister on [[site:Ward 26]], who spoke for the clinical teams who rely on
  the porters every hour of every shift

[[person:Chinedu]] says: "[[person:Jo]] came to the porters’ lodge at [[site:UHNT]] on her second day and asked
what was wrong. We told her. She wrote it down."

3. What we did

We started with a joint audit of every role in [[short:NTH Solutions]]: 612 staff, 41 job titles. A joint
panel matched each role to an [[decoy:Agenda for Change]] profile. Where company staff were paid less than
colleagues in the same role, the gap was closed in two steps over eighteen months, agreed in writing with
[[decoy:UNISON]], [[decoy:Unite]] and the [[decoy:GMB]]. Nobody’s pay went down.

[[person:Ms Zielińska-Nowak]] ran drop-in sessions on nights at both hospitals, in Polish and English, because
many of the domestic staff at [[site:the University Hospital of Hartlepool]] had never had their terms
explained to them in a language they read well. "They thought it was a trick," she says. "[[person:Beata]]
from nights explaining it is different from a letter from [[place:Stockton]]."

4. Sites

Our main hospital is at [[place:Hardwick]] in [[place:Stockton-on-Tees]]. The hospital on [[place:Holdforth
Road]] in [[place:Hartlepool]] has the planned surgery and the midwife-led unit, and we run
[[site:Peterlee Community Hospital]] over the county line in [[place:County Durham]]. Older colleagues still
talk about [[site:Hartlepool General]], which closed in 2005, and about the days of [[former:North Tees
Health NHS Trust]] and [[former:Hartlepool and East Durham NHS Trust]] before the merger in 1999².

5. Results

- 612 staff now on Agenda for Change terms or matched to them.
- Vacancies among porters at [[site:UHH]] and [[site:UHNT]] fell from 14 % to 5 %.
- Grievances about pay from facilities staff: 23 in 2022, 2 in 2024.
- Sickness absence among domestic staff down 1.8 points.
- Not one member of staff left during the transfer.

A porter known to everyone as "[[unlisted:Tez]]", [[unlisted:Terry Bainbridge]], wrote on the staff Facebook
group: "Thirty-one years pushing beds at [[site:North Tees]]. First time I’m on the same money as the lad
next to me."

6. Partners

[[partner:Stockton-on-Tees Borough Council]] and [[partner:Hartlepool Borough Council]] helped with the advice
sessions; [[partner:Teesside University]] gave us an independent check of the job matching; [[partner:NHS North
East and North Cumbria ICB]] agreed to the phased funding; [[partner:Alice House Hospice]] lent us volunteers
for the night drop-ins; and [[partner:Hartlepool United]] hosted the celebration, which the
[[partner:Boro]] fans among the porters attended under protest.

7. The wider picture

Since 2024 we have worked in a group with our neighbours as [[short:University Hospitals Tees]], and the
group’s joint partnership forum has asked us to write the method up for the other trust. Our chief
executive, [[unlisted:Stacey Hetherington-Pyle]], says: "[[person:Joanne]] and [[person:Chinedu]] showed that
a hard conversation held early is cheaper than a dispute held late."

[[person:Sister Varghese]] adds: "On [[site:Ward 26]] the porters are faster now. Not because they work
harder. Because they stayed."

Follow [[handle:@NTHFTrust]] and [[handle:#TeamNTH]] for the film the porters made.

Notes
¹ [[short:NTH Solutions]] remains a subsidiary for its other services; the change covered its staff’s terms.
² The [[acronym:NTHFT]] name dates from foundation status in 2007.
`,
  },
];
