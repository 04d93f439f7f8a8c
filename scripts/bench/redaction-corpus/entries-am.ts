// Redaction corpus, part AM: entries for real organisations of the register, marked up as in markup.ts,
// written blind in session 10 and kept from the engineers changing the rules, as a check against tuning.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AM: MarkedEntry[] = [
  {
    id: "am01-james-paget",
    odsCode: "RGP",
    style: "coastal acute trust named after a person: the hospital by its namesake alone and a nickname in quotes, the village it stands in, a palliative care centre and an education centre named after people, a staff newsletter named after the trust, an Irish name with a fada, a Ghanaian hyphenated name, a Polish name with a diminutive, a quoted e-mail, a hard line break inside a ward name",
    people: [
      { role: "employer_lead", name: "Fiona Ní Dhubhghaill", email: "fiona.nidhubhghaill@jpaget.nhs.uk" },
      { role: "staff_lead", name: "Kwabena Owusu-Darko", email: "kwabena.owusu-darko@jpaget.nhs.uk" },
      { role: "member", name: "Małgorzata Zielińska", email: null },
    ],
    identifyingTerms: [],
    marked: `
Nights that nourish: hot food, rest and a safe walk home for the people who work while the coast sleeps

THE PROBLEM WE SHARED

At [[full:James Paget University Hospitals NHS Foundation Trust]] about 900 people work a night shift in
any given week. Until 2022 the restaurant closed at 7pm, the vending machines on the ground floor
were empty by midnight and the nearest open shop was a petrol station a mile down the road in
[[place:Gorleston]]. Night staff told the staff side they were going twelve hours on a sandwich brought
from home. Some were going without.

The partnership forum agreed that this was not a catering question. It was about whether
[[short:the Paget]] valued the people who keep it running at 3am.

WHO LED IT

[[person:Fiona Ní Dhubhghaill]], our deputy director of people, and [[person:Kwabena Owusu-Darko]], chair of
[[branch:Great Yarmouth and Waveney Health UNISON]] and a porter for fourteen years, led the work
together. [[person:Kwabena]] is “[[person:Kobby]]” to every nurse on the acute medical unit.
[[person:Małgorzata Zielińska]], a healthcare assistant on Ward 10 and an [[decoy:RCN]] steward,
ran the night survey; the night team call her [[person:Gosia]], and so does the chief nurse.
[[person:Ms Ní Dhubhghaill]] spent four night shifts on the wards before the first meeting.

WHAT WE DID

- Opened the restaurant from 1am to 3am, staffed by volunteers from catering who chose nights,
  with hot meals at the day price.
- Turned a disused seminar room in the [[site:Burrage Centre]] into a rest room with recliners,
  blackout blinds and a fridge, bookable from the rota app.
- Put a hot-food vending machine by the emergency department and another beside
  Ward 17 on the top corridor.
- Agreed at the [[decoy:Joint Consultative and Negotiating Committee]] that a break not taken is
  paid, with the reason recorded, and that managers see the figures every month.
- A safe-walk rule for the staff car park and the bus stop on [[place:Lowestoft Road]].

An e-mail from a night sister to [[person:Ms Zielińska]] in the second week said it best:

> From: night sister, Ward 2
> Subject: tonight
> [[person:Gosia]], I sat down at half two with a hot curry and a proper chair. First time in six years at
> [[site:the James Paget]]. Whoever fought for this, tell them thank you.

WHAT CHANGED

After a year, breaks not taken on nights fell from 38 % of shifts to 11 %. Night sickness absence fell
by 1.4 points. In the [[decoy:NHS Staff Survey]], night staff who said the organisation takes positive
action on health and wellbeing rose from 29 % to 54 %. The rest room in the [[site:Burrage]] is booked
on nine nights out of ten. Bank fill for nights on the [[site:Cavell
Ward]] rota rose from 61 % to 80 %,
which [[unlisted:Chinonso Eberechukwu]], its ward manager, puts down to “people wanting to work here
again”.

Not everything worked. Hot food delivered from a supplier in [[place:Norwich]] arrived cold and was
stopped after a month, by agreement with the staff side.

THE PLACE AND THE PEOPLE

The hospital opened in 1982, and older staff at [[site:the Jimmy Paget]], as the town calls it, remember
when it was run by [[former:James Paget Healthcare NHS Trust]]. The palliative care team at the
[[site:Louise Hamilton Centre]] were the first to ask for their own rest space, because their nights are
long in a different way. Staff at our outpatient clinics in [[site:Beccles]] and at the [[site:Northgate]]
site in [[place:Great Yarmouth]] now have a night-call number to the restaurant too.

PARTNERS

[[partner:Great Yarmouth Borough Council]] relit the footpath to the bus stop; [[partner:East Suffolk Council]]
added a late bus from [[place:Lowestoft]]; [[partner:NHS Norfolk and Waveney ICB]] part-funded the
recliners; the [[partner:University of East Anglia]] evaluated the first six months; and
[[partner:East Coast College]] sent catering students to help on the first nights.
[[partner:Gorleston FC]] raised £3,400 for the rest room at a charity match.

WHAT IS NEXT

Our chief executive, [[unlisted:Dr Rajesh Pillai-Moore]], has asked for the same for community staff
working evenings. [[person:Owusu-Darko]] and [[person:Fiona]] report on it to [[decoy:the Trust Board]]
twice a year, and the story ran on the front of [[short:Paget]] People, our staff newsletter.

Contact [[contact:nights@jpaget.nhs.uk]] or follow [[handle:@JamesPagetNHS]] and [[handle:#NightsAtJPUH]].
Every [[acronym:JPUH]] night worker can book the rest room from the intranet. Like every trust from
[[decoy:Carlisle]] to [[decoy:Truro]], we still have more to do.
`,
  },
  {
    id: "am02-south-west-yorkshire-partnership",
    odsCode: "RXG",
    style: "mental health and learning disability trust in three towns: the trust as 'the Partnership' and by a long acronym and a shorter one, its former mental health trust name, units named after a scientist and a town, a forensic unit by its lodge name, HQ by hospital name, a Pakistani name, a Welsh name with a familiar form, a Caribbean name, a Yoruba name, a transcript of a ward meeting, a rugby league club as partner",
    people: [
      { role: "employer_lead", name: "Nasreen Akhtar-Hussain", email: "nasreen.akhtar-hussain@swyt.nhs.uk" },
      { role: "staff_lead", name: "Rhodri ap Gwilym", email: "rhodri.apgwilym@swyt.nhs.uk" },
      { role: "member", name: "Delroy Campbell", email: null },
      { role: "endorser", name: "Adebola Ogunleye", email: "adebola.ogunleye@swyt.nhs.uk" },
    ],
    identifyingTerms: ["Fieldhead"],
    marked: `
Rostered together: a self-rostering pilot on inpatient wards, designed by staff and managers jointly

WHERE WE STARTED

[[full:South West Yorkshire Partnership NHS Foundation Trust]] provides mental health, learning
disability and community services across [[place:Barnsley]], [[place:Calderdale]], [[place:Kirklees]] and
[[place:Wakefield]]. In 2021 our inpatient wards had a registered nurse vacancy rate of 19 %, and the
commonest reason leavers gave was the rota: shifts published two weeks ahead, requests lost, and
“the same people always getting Christmas”.

The staff side proposed self-rostering. Managers were wary. [[short:South West Yorkshire Partnership]]
agreed to try it on four wards, with the unions as joint owners of the pilot, not consultees.

WHO

[[person:Nasreen Akhtar-Hussain]], head of nursing for inpatient services, and [[person:Rhodri ap Gwilym]],
[[decoy:UNISON]] branch secretary and a nursing assistant at [[site:Fieldhead Hospital]], led the pilot.
He is “[[person:Rhod]]” to everyone; [[person:Mr ap Gwilym]] to the board. [[person:Delroy Campbell]],
a charge nurse and [[decoy:Unite]] rep at the [[site:Priestley Unit]] in [[place:Dewsbury]], joined as the
voice of the [[place:Kirklees]] wards, and [[person:Adebola Ogunleye]], our chief nurse, endorsed it.

[[person:Nasreen]] says the turning point was a ward meeting on Ward 18. This is from the notes:

  [[person:DELROY]]: If we write our own rota, who stops the loud ones taking every weekend off?
  [[person:NASREEN]]: The rules do. We write the rules first, together, and then the rota.
  [[person:RHOD]]: And if the rules don’t work, we change them at the next meeting, not next year.

WHAT WE AGREED

1. Rules first: a fair share of weekends, nights and bank holidays, agreed at the
   [[decoy:Joint Consultative and Negotiating Committee]] before anyone entered a request.
2. Requests opened eight weeks ahead, with a ward rota lead elected by the staff.
3. Gaps filled by negotiation on the ward before they go to bank.
4. Protected requests for carers and for staff observing religious festivals.

The pilot wards were Ward 18 and [[site:Poplars]] at [[site:Fieldhead]], Ward 19 at the
[[site:Priestley Unit]] and [[site:Beamshaw]] at [[site:Kendray Hospital]] in [[place:Barnsley]]. The forensic
service at [[site:Newton Lodge]] asked to join in the second year.

WHAT CHANGED

Leavers from the pilot wards fell from 17 % to 9 % a year. Bank and agency use fell by 23 %. Requests
granted rose from 54 % to 88 %. In the [[decoy:NHS Staff Survey]], staff on the pilot wards who felt they
had a choice in deciding how to do their work rose by 11 points, against 2 points elsewhere.

[[person:Akhtar-Hussain]] is clear that the rules mattered more than the software: “Half the wards had
tried an app before. The app was never the problem.” [[person:Campbell]] adds that the
[[place:Dewsbury]] staff only trusted it after the first Christmas rota came out fairly.

WHERE WE CAME FROM

Some of our longest-serving staff still talk about [[former:South West Yorkshire Mental Health NHS Trust]],
our name before we became a foundation trust in 2008, and the old payroll still says
[[former:SWYMHT]]. The [[site:Fieldhead]] site in [[place:Wakefield]] has been our headquarters all along.

PARTNERS

[[partner:Kirklees Council]] and [[partner:Calderdale Council]] helped with childcare places for staff
on the new patterns; [[partner:NHS West Yorkshire ICB]] shared the evaluation with other trusts; the
[[partner:University of Huddersfield]] ran focus groups; and [[partner:Wakefield Trinity]] hosted the
launch in their hospitality suite. [[partner:Barnsley Hospice]] asked to borrow our rules for its own
nurses.

WHAT STAFF SAID

A nurse on [[site:Beamshaw]] wrote: “For the first time in nine years I know my Christmas in
September.” [[unlisted:Siân Pritchard-Evans]], ward manager at [[site:Poplars]], said she now spends
two hours a month on the rota instead of two days. Our chief executive, [[unlisted:Mark Oyelaran-Brooke]],
has asked for the rules to be used on the community teams, and [[unlisted:Mr Oyelaran-Brooke]] now
reports the figures to [[decoy:the Trust Board]].

Contact [[contact:rostered.together@swyt.nhs.uk]] or follow [[handle:@swyt]] and [[handle:#SWYPFTRota]].
[[acronym:SWYPFT]] staff can read the rules on the intranet; [[acronym:SWYFT]] is what most of us say.
`,
  },
  {
    id: "am03-derbyshire-community",
    odsCode: "RY8",
    style: "community trust of many small hospitals: its acronym spoken as a word, headquarters in a disability centre by its name alone, community hospitals named after an engineer and a town, a health centre by a street, a former community health trust merged in, a Bangladeshi name, a Slovak name, a Scottish name with Mc, a Kenyan name, a hard line break mid-name, a peak district place and a football club",
    people: [
      { role: "employer_lead", name: "Tahmina Chowdhury", email: "tahmina.chowdhury@nhs.net" },
      { role: "staff_lead", name: "Zuzana Horváthová", email: "zuzana.horvathova@nhs.net" },
      { role: "member", name: "Callum McKechnie", email: null },
    ],
    identifyingTerms: [],
    marked: `
On the road together: lone working in community nursing, rewritten by the people who drive the miles

WHY WE STARTED

[[full:Derbyshire Community Health Services NHS Foundation Trust]] has more than 4,500 staff, and on any
weekday about 1,400 of them are in cars, in homes and on farms across the county, from the
[[place:High Peak]] to [[place:South Derbyshire]]. In 2021 the staff side raised 27 incidents in six
months in which a community nurse had been threatened or stranded, and in four of them no one knew
where the nurse was for more than two hours.

The lone working policy dated from 2014. It was written for office staff. [[short:Derbyshire
Community Health Services]] and the unions agreed to rewrite it from the car seat.

WHO LED IT

[[person:Tahmina Chowdhury]], head of health, safety and security, and [[person:Zuzana Horváthová]], a
district nurse in [[place:Chesterfield]] and chair of [[branch:Derbyshire County UNISON Health Branch]],
led the work. [[person:Zuzka]], as her team call her, had been stranded herself in snow above
[[place:Glossop]] with a flat phone. [[person:Callum McKechnie]], a physiotherapist and [[decoy:CSP]]
steward at [[site:Ilkeston Community Hospital]], spoke for the therapy teams.

“[[person:Tahmina]] didn’t start with the policy,” [[person:Ms Horváthová]] says. “She started by coming
out on my rounds for a week.”

WHAT WE DID

- A lone-working device for every community clinician, with a button that reaches a 24-hour
  control room, chosen by a panel of twelve staff from four trials.
- A buddy system: each visit logged with a named colleague who checks in at the end of the day.
- A rule agreed at the [[decoy:Joint Negotiating and Consultative Committee]] that no one visits a
  flagged address alone, and that this is never a capability issue.
- Winter kits (blanket, torch, power bank, shovel) in every car, paid for by the trust.
- Safe places to stop and write notes: rooms set aside at the [[site:Whitworth Hospital]] in
  [[place:Darley Dale]], [[site:Walton Hospital]] in [[place:Chesterfield]], [[site:Babington]] in
  [[place:Belper]], [[site:Ripley Hospital]] and [[site:Buxton Hospital]] on [[place:London Road]].

[[person:McKechnie]] tested the winter kit on the [[place:Snake Pass]] in January. “The shovel was the
bit everyone laughed at,” he says. “Then it snowed.”

WHAT HAPPENED

In the year after launch, incidents in which a clinician’s whereabouts were unknown for more than an
hour fell from 11 to none. Every one of 41 alarms raised was answered within three minutes. In the
[[decoy:NHS Staff Survey]], community staff who said they felt safe at work rose by 14 points. Two
district nurses who had resigned over safety came back through the bank.

[[person:Chowdhury]] says the buddy system matters more than the device: “Someone is expecting you.”

WHERE WE CAME FROM

Staff in the north of the county still say they work for [[former:Derbyshire County PCT]], and the
oldest ID badges at [[site:Ash Green]] carry the name
[[former:Derbyshire Community Health Services NHS Trust]], as we were before we became a foundation trust in 2014. The learning disability service at
[[site:Ash Green Disability Centre]] in [[place:Ashgate]] is where the project group met.

PARTNERS

[[partner:Derbyshire County Council]] shared its gritting routes with us each morning;
[[partner:Derbyshire Constabulary]] agreed how the control room calls for help; [[partner:NHS Derby and
Derbyshire ICB]] funded half of the devices; the [[partner:University of Derby]] evaluated the first
year; and [[partner:Chesterfield FC]] gave us their car park for the winter-driving course.
[[partner:Peak District Mountain Rescue]] taught the course.

WHAT STAFF SAID

A health visitor from [[place:Bakewell]] wrote: “I pressed the button once, in a farmyard with a dog
that meant it. Someone answered in under a minute.” [[unlisted:Wanjiru Kamau]], a team leader at
[[site:Walton]], said her team now plan visits around each other instead of alone.

Our chief executive, [[unlisted:Deirdre Ó Súilleabháin]], has asked for the same rules for our
specialist teams in [[place:Derby]] city. Like trusts from [[decoy:Cornwall]] to [[decoy:Cumbria]], we
cover long distances; the lesson is that the policy has to be written in the car.

Contact [[contact:safe.on.the.road@nhs.net]] or follow [[handle:@DCHStrust]] and [[handle:#DCHSSafeOnTheRoad]].
Every [[acronym:DCHS]] clinician can order a winter kit from the intranet.
`,
  },
];
