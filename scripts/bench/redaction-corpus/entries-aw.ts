// Redaction corpus, part AW: entries for real organisations of the register, marked up as in markup.ts,
// written blind in session 11 and given to the engineer changing the rules only after they were scored,
// as a check against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AW: MarkedEntry[] = [
  {
    id: "aw01-birmingham-community",
    odsCode: "RYW",
    style: "Birmingham community trust: the headquarters as the wharf and by its old street, two community hospitals named after a hall and a heath, district nursing bases by suburb, the trust's three-letter nickname and its handle, Pakistani, Bangladeshi, Jamaican, Somali and Irish names, a nickname in quotes, a newsletter named after the headquarters, a city council and a football club as partners, a closed clinic by its road",
    people: [
      { role: "employer_lead", name: "Nasreen Akhtar", email: "nasreen.akhtar@nhs.net" },
      { role: "staff_lead", name: "Winston Clarke-Forbes", email: "winston.clarke-forbes@nhs.net" },
      { role: "member", name: "Shahana Begum Miah", email: null },
      { role: "member", name: "Hodan Warsame", email: null },
      { role: "endorser", name: "Ciarán Mac Giolla Rua", email: "ciaran.macgiollarua@nhs.net" },
    ],
    identifyingTerms: ["Moseley Hall Hospital"],
    marked: `
Safer journeys: district nurses, the staff side and the police working on lone working together

Who we are

[[full:Birmingham Community Healthcare NHS Foundation Trust]] provides community, rehabilitation and dental
services to more than a million people. Our 600 district nurses visit around 4,000 patients a day, most
of them alone, many after dark, in every part of the city from [[place:Kingstanding]] to [[place:Druids Heath]].

Why we started

In the winter of 2022 three of our nurses were assaulted on visits within six weeks, one in a stairwell in
[[place:Sparkbrook]]. The staff side raised it at the [[decoy:Joint Negotiating and Consultative Committee]], and
the response from both sides was the same: the lone working policy was written for an office, not for a
nurse with a bag on a bus.

[[person:Winston Clarke-Forbes]], a district nurse team leader at the [[site:Small Heath]] base and chair of
[[branch:UNISON Birmingham Community Health branch]], and [[person:Nasreen Akhtar]], our deputy chief nurse,
agreed to lead a review jointly. [[person:Winston]] is “[[person:Winnie]]” to his team; he has been a district
nurse in the city for twenty-two years.

What we did together

1. A shared risk register for visits, held by the team, not by a manager.
2. Personal alarms linked to a 24-hour monitoring centre for every community worker, chosen by staff from
   three options after a trial in [[place:Erdington]].
3. Visits after 6pm in pairs when any nurse asks, without needing to give a reason.
4. Parking permits agreed with the council so nurses no longer park streets away.
5. Training in situational awareness, delivered by a nurse and a police officer together.

[[person:Shahana Begum Miah]], a healthcare assistant who speaks Sylheti and Urdu, and
[[person:Hodan Warsame]], a Somali-speaking community nurse, ran sessions for patients’ families about why
nurses might now visit in pairs. [[person:Ms Warsame]] said the families understood faster than the managers
did.

From our staff newsletter, The [[site:Wharf]] Weekly, March 2023

  “It started with [[person:Winnie]] asking a question nobody wanted to answer: who knows where I am
  at 8pm on a Tuesday? Now the answer is: everyone who needs to.” – a nurse from the
  [[site:Washwood Heath]] team

The [[site:Wharf]] Weekly is read by most of our staff at [[site:Priestley Wharf]] and on the community
teams; the story was shared more than any other that year.

The rehabilitation side

The work spread to our inpatient rehabilitation wards at [[site:Moseley Hall]] and [[site:West Heath Hospital]],
where staff on late shifts walk to the bus stop along an unlit path. Estates lit the path within a month.
The ward manager on [[site:Ward 3]] at [[site:West Heath]], [[unlisted:Beverley O’Donoghue]], started a walk-out
rota so no one leaves alone. Our chief executive, [[unlisted:Dr Imran Chaudhry-Lawal]], joined a night visit
in [[place:Handsworth]] to see the problem for himself.

Staff who remember the old clinic on [[site:Holt Street]] say that was where the first lone working policy
was written, in 2011. It has now been rewritten from scratch.

Results

- Reported assaults and near misses on visits fell from 63 to 21 a year.
- 94 % of community staff say they feel safer at work (from 58 %).
- Turnover in district nursing fell from 17 % to 11 %, saving an estimated £1.1 million in agency costs.
- The police now share information about risks at addresses with us within a day.

Partners

[[partner:Birmingham City Council]] changed its parking permits; [[partner:West Midlands Police]] trained with
us; [[partner:Birmingham City University]] evaluated the alarms; [[partner:Aston Villa]] Foundation paid for the
first two hundred torches; and [[partner:Birmingham and Solihull ICB]] has adopted the policy for other
community providers. [[decoy:Royal College of Nursing]] and [[decoy:Unite]] reps sat on the group throughout.

[[person:Ciarán Mac Giolla Rua]], our non-executive director, endorses this nomination: “[[acronym:BCHC]] nurses
work on their own, but this was the opposite of lonely work. Both sides did it together.” Find us on
[[handle:@BCHCNHS]].
`,
  },
  {
    id: "aw02-south-tyneside-sunderland",
    odsCode: "R0B",
    style: "North East merged trust: both predecessors' names, the healthcare group brand of ordinary words, the main hospitals as the Royal and by town, an eye infirmary, a former union branch named after a predecessor, Filipino, Ghanaian, Bengali and Geordie names, a nickname without quotes, an e-mail quoted, a hashtag, a football club and a hospice as partners, ALL CAPS headings",
    people: [
      { role: "employer_lead", name: "Gillian Robson", email: "gillian.robson5@nhs.net" },
      { role: "staff_lead", name: "Maricel Dela Cruz", email: "maricel.delacruz@nhs.net" },
      { role: "member", name: "Kofi Boateng-Mensah", email: null },
      { role: "endorser", name: "Rubina Chowdhury", email: "rubina.chowdhury@nhs.net" },
    ],
    identifyingTerms: ["South Tyneside District Hospital"],
    marked: `
ONE STAFF SIDE FOR TWO HOSPITALS: BUILDING PARTNERSHIP AFTER A MERGER

BACKGROUND

In April 2019 [[former:City Hospitals Sunderland NHS Foundation Trust]] and [[former:South Tyneside NHS Foundation
Trust]] merged to form [[full:South Tyneside and Sunderland NHS Foundation Trust]]. On paper it was one trust.
In the canteens it was still two: people at [[site:Sunderland Royal]] talked about “them at [[site:Shields]]”,
and people at [[site:South Tyneside District Hospital]] felt that every decision went up the road to
[[place:Sunderland]]. The two staff sides had never met.

The [[short:Healthcare Group]], as we call ourselves, set out to change that together.

WHAT WE DID

The staff side and the employer side agreed three things in the first year:

- one [[decoy:Joint Partnership Forum]], meeting on alternate sites, with the chair passing between the two sides;
- one facility time agreement, so that reps from both hospitals had the same time and the same rights;
- a joint listening tour: every ward and department on both sites, visited by a manager and a rep together.

[[person:Maricel Dela Cruz]], a theatre nurse who came to the [[site:Royal]] from Manila in 2017, led the
listening tour for the staff side. [[person:Gillian Robson]], our director of workforce ([[person:Gill]] to all), led
it for management. Between them they visited 214 teams in nine months.

[[person:Kofi Boateng-Mensah]], a porter at [[site:STDH]] and [[decoy:GMB]] steward, walked the night
shift with them. “[[person:Kofi]] knew every porter, cleaner and security guard on both sites by the end of
it,” [[person:Maricel]] says. “That is where people told the truth.”

The old union branches took time to join up. [[branch:UNISON City Hospitals Sunderland branch]] kept its name
until 2022, when members voted to become one branch with the [[short:South Tyneside]] members.

AN E-MAIL FROM THE TOUR

> From: a ward clerk, [[site:Ward E58]]
> To: the listening tour
> “Thank you for coming at half six in the morning. Nobody from the [[decoy:Trust]] has ever asked the
> clerks anything. Please fix the car park rota at [[site:Harton]] before you fix anything else.”

We did. The car park rota at [[site:Harton Lane]] was rewritten with staff within a month.

WHAT CHANGED

- Grievances fell from 48 in 2019–20 to 19 in 2023–24.
- Staff who say they feel part of one organisation rose from 31 % to 64 % in our own survey.
- The staff survey’s engagement score at [[site:South Shields]] rose above the [[place:Sunderland]] site’s for
  the first time.
- Reps from both hospitals now train together at the [[site:Sunderland Eye Infirmary]]’s education suite.

A PATIENT’S WORDS

[[unlisted:Mrs Jean Hetherington]], who has been treated at both hospitals, spoke at our celebration day:
“I can tell the staff get on now. You hear it in the corridors.”

PARTNERS

[[partner:Sunderland City Council]] and [[partner:South Tyneside Council]] ran joint travel schemes between
the two sites; the [[partner:University of Sunderland]] evaluated the tour; [[partner:Sunderland AFC]]’s
Foundation of Light hosted our rep training; [[partner:St Benedict’s Hospice]] supported staff through
the changes; and [[partner:NHS North East and North Cumbria ICB]] has used our facility time agreement
as a model.

Our chief executive at the time, [[unlisted:Kenneth Ashworth-Bell]], said at the [[decoy:Trust Board]] that the
merger would have failed without the staff side. [[person:Rubina Chowdhury]], our chief nurse, endorses this
nomination. Follow us at [[handle:#STSFTTogether]] and [[handle:@STSFTnhs]]; our charity is
[[short:Sunderland and South Tyneside Hospitals Charity]].

The work is now written into the group’s partnership agreement with [[partner:Gateshead Health]], our
partner in the wider [[partner:South of Tyne]] group.
`,
  },
  {
    id: "aw03-worcestershire-acute",
    odsCode: "RWP",
    style: "Worcestershire acute trust: three hospitals by nickname (the Alex, Kiddy, the Royal), a closed hospital by its road, a treatment centre by its town, the trust's initials with and without A, Malayali, Zimbabwean, Romanian and Welsh names, a particle name, a staff podcast named after the county, the city's cricket club and university, a quoted message from a staff group chat",
    people: [
      { role: "employer_lead", name: "Jincy Varghese", email: "jincy.varghese@nhs.net" },
      { role: "staff_lead", name: "Tendai Mupfumira", email: "tendai.mupfumira@nhs.net" },
      { role: "member", name: "Ioana Popescu-Dinu", email: null },
      { role: "endorser", name: "Gareth Llewelyn-Price", email: "gareth.llewelyn-price@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
Home from abroad: making international recruitment a partnership

Between 2021 and 2024 [[full:Worcestershire Acute Hospitals NHS Trust]] welcomed more than 900 nurses,
midwives and allied health professionals from overseas. Most arrived at [[place:Birmingham]] airport on a
Sunday, were at work on the Tuesday, and had a car, a bank account and a school place to find in between.
The staff side told us early, and bluntly, that we were recruiting people well and looking after them badly.

This nomination describes what the unions and the employer did about it, together.

The people

[[person:Jincy Varghese]], a matron from Kerala who joined us in 2006, led for the employer side.
[[person:Tendai Mupfumira]], a staff nurse on the acute medical unit at [[site:Worcestershire Royal]] and
[[decoy:RCN]] steward, led for the staff side. [[person:Tendai]] arrived from Harare in 2019 and remembers his own
first week: “Nobody told me where the laundry was. I washed my uniform in the sink for a month.”

[[person:Ioana Popescu-Dinu]], a physiotherapist at [[site:the Alex]] in [[place:Redditch]], spoke for the allied health
professions; [[person:Ms Popescu-Dinu]] set up a buddy scheme in Romanian, English and Hindi.

What we did

- A joint welcome pack, written by recruits from the first cohort and checked by both sides.
- A “first fortnight” buddy for every recruit, from their own ward, with protected time.
- Pastoral care from the staff side on the same footing as management: every recruit meets a rep in week one.
- Fair pay on arrival: the staff side found that some recruits started on the wrong band and
  had been for two years. [[acronym:WAHT]] paid back £212,000 in arrears.
- Housing: a jointly run scheme with local landlords near the [[site:Kidderminster]] site, after we found six
  nurses sharing a two-bedroom flat.

A message from the cohort’s group chat, shared with permission

  “Just passed my OSCE!!! Thank you [[person:Jincy]] ma’am and the whole [[site:Kiddy]] gang. My daughter
  starts at school on Monday and the rep came with me to the school office. Never forget.”

The podcast

[[person:Mupfumira]] and a health visitor, [[unlisted:Chipo “Chi” Ndlovu]], record “[[place:Worcestershire]] Welcome”,
a podcast for new arrivals, in the old library at [[site:the Royal]]. Episode six, on driving on
the [[place:M5]] in the rain, has been played 4,000 times.

Older staff still talk about [[site:Ronkswood]] and the hospital that stood on [[site:Newtown Road]] until 2002;
one of the podcast’s guests, [[unlisted:Sister Margaret Pritchard]], trained there and tells recruits what
the county was like when she started.

Results

Retention of international recruits after two years rose from 71 % to 92 %. Grievances from this group
fell to three in 2023–24. Recruits from the first cohorts now run the welcome in the [[site:Aconbury]]
education centre. Six have become union reps, and two have joined the [[decoy:Joint Negotiating and
Consultative Committee]].

Partners

[[partner:Worcestershire County Council]] helped with school places; the [[partner:University of Worcester]] ran
English and OSCE preparation; [[partner:Worcestershire County Cricket Club]] gave recruits a day at
[[place:New Road]]; [[partner:Herefordshire and Worcestershire ICB]] funded the buddies’ time; and the
[[decoy:Nursing and Midwifery Council]] has cited the welcome pack as good practice.

[[person:Gareth Llewelyn-Price]], our chief nursing officer, endorses this nomination: “The staff side saw what
we didn’t, and then helped us fix it. That is what partnership is for.” Our chief executive,
[[unlisted:Owain Hughes-Carter]], has asked that the scheme be kept, whatever the recruitment numbers.

Follow [[handle:@WorcsAcuteNHS]] and [[handle:#WAHTWelcome]].
`,
  },
];
