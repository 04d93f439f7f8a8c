// Redaction corpus, part AS: entries for real organisations of the register, marked up as in markup.ts,
// written blind in session 11 and kept from the engineers changing the rules until the end, as a check
// against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AS: MarkedEntry[] = [
  {
    id: "as01-sherwood-forest",
    odsCode: "RK5",
    style: "Nottinghamshire acute trust: the main hospital as 'the Mill' and by its initials, a closed hospital by its road, a car park named after a porter, a bus route by its brand, pasted newsletter text with footnotes, a hyphenated Yoruba-Welsh name, a Polish name with a quoted nickname, a Kashmiri name, an Irish name with fadas",
    people: [
      { role: "employer_lead", name: "Gemma Oyelaran-Hughes", email: "gemma.oyelaran-hughes@nhs.net" },
      { role: "staff_lead", name: "Tadeusz Wiśniewski", email: "t.wisniewski@nhs.net" },
      { role: "member", name: "Shabnam Chaudhry", email: null },
      { role: "endorser", name: "Siobhán Ó Dálaigh", email: "siobhan.odalaigh@nhs.net" },
    ],
    identifyingTerms: ["King's Mill Hospital", "Newark Hospital"],
    marked: `
NIGHTS THAT WORK: rest, food and a safe way home for night staff

Summary for the panel

Night staff at [[full:Sherwood Forest Hospitals NHS Foundation Trust]] ([[acronym:SFH]]) told us, through the
staff survey and through their reps, that nights were the shift the organisation forgot. No hot food after
8pm, rest rooms used as store rooms, and a walk to the far car park at 7.30 in the morning when the
[[place:Pronto]] bus had already gone. Our partnership forum made nights its first joint project of 2024.

Who led it
- [[person:Gemma Oyelaran-Hughes]], deputy director of people, for the employer side
- [[person:Tadeusz Wiśniewski]] ("[[person:Tad]]" to everyone on the medical wards), staff side chair and a
  charge nurse on [[site:Ward 44]]
- [[person:Shabnam Chaudhry]], an [[decoy:RCN]] steward and night sister at [[site:Newark Hospital]]

[[person:Gemma]] says the first meeting was held at 3am in the discharge lounge, because that was when
the people who mattered were awake. "[[person:Tad]] brought toast. It set the tone."

What we found

We walked every site at night with the reps: the main hospital up at [[site:King’s Mill]], the minor
injuries unit at [[site:Newark]] and the wards at [[site:Mansfield Community Hospital]]. At
[[site:the Mill]] the only food after the restaurant shut was a vending machine by the
[[site:Wilfred Jarvis car park]], named after a porter who worked here for 41 years, and it was empty on
most of the nights we checked. At [[site:MCH]] the rest room had become the place where broken
commodes waited for collection.

Older colleagues remembered better. When the hospital on [[site:West Hill Drive]] was still open, before
everything moved up the road, there was a night canteen run by volunteers. One healthcare assistant,
[[unlisted:Maureen "Mo" Belfield]], had worked nights since the days of [[former:Central Nottinghamshire
Hospitals]] and still had the rota for the old tea trolley in her locker.

What we changed (from the [[short:Sherwood]] Staff News, March 2025)

  > Nights now have their own budget line. A hot food counter opens in the
  > [[site:Kingsmill]] atrium from 11pm to 3am¹; every ward has a named rest space that is not a
  > store room; and the safe-walk scheme means security staff walk anyone to the
  > car park after dark, whatever the time. [[site:Newark]] and [[site:MCH]] night teams get
  > a food fridge stocked each evening by the catering team². Ask your rep or
  > look up "Nights that work" on [[acronym:SFH]]Net.
  >
  > ¹ Funded for two years from the [[short:Sherwood Forest Hospitals]] Charity.
  > ² Agreed at the [[decoy:Joint Staff Partnership Forum]], November 2024.

A night porter wrote to [[person:Ms Oyelaran-Hughes]] after the first month: "First time in nine years I’ve
had a hot meal on a Tuesday night without bringing it from home."

Partners

The [[partner:Mansfield District Council]] licensing team helped us bring in a late-night food van for the
first winter. [[partner:Nottinghamshire County Council]] and the bus operator moved the first [[place:Pronto]] of
the day ten minutes earlier so night staff could catch it from the stop on [[place:Mansfield Road]].
[[partner:Vision West Nottinghamshire College]] catering students run the counter two nights a week as part of
their course, and [[partner:Mansfield Town]] gave every night worker a free ticket to a home game, which
[[person:Wiśniewski]] says was the most talked-about part of the whole project on [[site:Ward 44]].

[[partner:NHS Nottingham and Nottinghamshire ICB]] has asked us to share the model with other providers in the
system, and the [[decoy:NHS Staff Survey]] results for nights will be reported separately from days from now on.

What changed in numbers

Night staff who said they could get a hot meal at work: 18 % (2023) to 71 % (2025). Reported incidents of staff
walking alone to cars after dark: 37 to 4. Night vacancy rate for healthcare support workers at
[[site:KMH]]: 12.5 % to 7.9 %. Sickness absence on nights fell by 1.1 points.

A patient noticed too. [[unlisted:Mr Rajesh Bhatt]], who spent three weeks on [[site:Lindhurst Ward]], wrote to
our chief executive, [[unlisted:Fiona Ashworth-Lamb]], that the night nurses "seemed like they had been looked after,
so they looked after us".

Partnership

None of this was imposed. Every change went through the [[decoy:Joint Staff Partnership Forum]], and the
unions ([[decoy:UNISON]], [[decoy:GMB]], [[decoy:Unite]], the [[decoy:RCN]] and the [[decoy:RCM]]) each had a rep on the working
group. [[branch:UNISON Sherwood Forest Health Branch]] ran its own survey of night cleaners, who had been missed by ours.
[[person:Siobhán Ó Dálaigh]], the [[decoy:Freedom to Speak Up Guardian]], endorses this entry: "[[person:Ms Chaudhry]] and her
colleagues raised nights with me for three years. This is the first time the answer came from both sides of the table."

What’s next: the same approach for weekend staff at [[site:Newark]], and sharing what worked with colleagues
across the [[place:East Midlands]]. Follow #NightsThatWork and [[handle:#TeamSFH]], or [[handle:@SFHFT]] on X.
`,
  },
  {
    id: "as02-lincolnshire-partnership",
    odsCode: "RP7",
    style: "Lincolnshire mental health trust: HQ by a saint's name shared with other hospitals, units named after people and by initials, a unit by its market town alone, a former name, a charity fund named after the trust, a quoted transcript of a staff-side meeting, a Ghanaian name with a nickname, a Chinese name, a Welsh name, a Caribbean name, lower-case headings",
    people: [
      { role: "employer_lead", name: "Kwabena Asante-Mills", email: "kwabena.asante-mills@nhs.net" },
      { role: "staff_lead", name: "Rhiannon Prys-Jones", email: "rhiannon.prys-jones@nhs.net" },
      { role: "member", name: "Li Mei Chen", email: null },
    ],
    identifyingTerms: [],
    marked: `
safer together: reducing violence against staff on our inpatient wards

the problem

In 2022 our mental health inpatient wards recorded 612 incidents of physical assault on staff. Behind
that number were healthcare assistants who had stopped reporting because "nothing happens", and
nurses leaving after their second year. At [[full:Lincolnshire Partnership NHS Foundation Trust]] the staff side
and the executive team agreed that this was the issue on which partnership would be judged.

who did the work

The project was jointly led by [[person:Dr Kwabena Asante-Mills]], our medical director, and
[[person:Rhiannon Prys-Jones]], staff side lead and a [[decoy:UNISON]] steward who has worked on acute wards
for fourteen years. [[person:Li Mei Chen]], a ward manager at [[site:the Peter Hodgkinson Centre]], led the pilot. Staff
call [[person:Dr Asante-Mills]] "[[person:Kobby]]", which he says he has given up trying to stop.

We began at [[site:the PHC]], on the county hospital site in [[place:Lincoln]], and at [[site:Ashley House]] in
[[place:Grantham]], then took what worked to the older adults’ unit at [[site:Witham Court]] and to the wards in
[[site:Boston]]. Trust HQ at [[site:St George’s]] on [[place:Long Leys Road]] ("[[site:Long Leys]]" to most of us) gave up
two meeting rooms for six months so the project team could sit together.

what we did

1. A joint review of every assault, within 72 hours, with a staff side rep in the room. Not to blame, but
   to ask what the ward needed.
2. Safewards, adapted by the ward teams themselves rather than rolled out from above.
3. Debriefs after every incident, led by a trained peer rather than a manager.
4. A promise: every staff member who is assaulted can see the police report process through with a
   named supporter, from [[decoy:HR]] or from their union, their choice.

a conversation that changed our minds

From the notes of the staff side meeting, 14 March 2023 (shared with permission):

    [[person:RPJ]]: People on [[site:Brant Ward]] aren’t reporting because they think it goes nowhere.
    [[unlisted:Desmond Clarke]] (Unite): And the ones that do get asked what they did wrong.
    [[person:KAM]]: Then we change the first question. What do you need, not what happened.
    [[person:RPJ]]: Put that in writing and we’ll take it to the wards.

It went in writing the same week, signed by our chief executive, [[unlisted:Michele Okafor-Reyes]], and by
[[person:Rhiannon]] on behalf of the staff side.

what happened

- Assaults on staff fell by 31 % in the first year on the pilot wards and by 22 % across all inpatient
  wards.
- Reporting of verbal abuse rose by 40 % (we count this as a success: people trust the system).
- Leavers in the first two years of employment on the inpatient wards fell from 19 % to 11 %.
- Staff at [[site:the Francis Willis Unit]], an older people’s unit, asked for the same debrief model and now run it
  themselves.

the people behind the numbers

A healthcare assistant at [[site:Hodgkinson]], [[unlisted:Marcus "Biggs" Bigby]], says he used to go home and not
tell his wife what had happened at work. "Now I get debriefed by someone who has been there. It’s not
a form. It’s a cup of tea and the truth."

[[person:Ms Chen]] says the hardest part was asking staff to trust the review process after years when
reviews felt like an investigation. "[[person:Rhiannon]] spent nights on the ward with us. That made the
difference."

partners

[[partner:Lincolnshire Police]] agreed a named liaison officer for our inpatient sites. The
[[partner:University of Lincoln]] is evaluating the debrief model, and [[partner:Lincolnshire County Council]] and
[[partner:City of Lincoln Council]] joined a shared session on violence against care staff.
[[partner:Shine Lincolnshire]] trained our peer debriefers, and [[partner:Lincoln City FC]]’s foundation lent us a room
for the first training days. Funding for the debrief training came from the [[acronym:LPFT]] Charitable Fund.

history

Some of us still sign off with the old name. We became a foundation trust in 2007; before that we
were [[former:Lincolnshire Partnership NHS Trust]], and longer-serving staff remember the county’s old
health authority wards before that. Most of us just say "[[short:Lincs Partnership]]" or "[[acronym:LPFT]]". The
change of status did not change the wards, and the staff side has been consistent through all of it.

what judges should know

This is not finished. Two wards have not yet seen the fall in assaults, and we are working with the
[[decoy:Royal College of Psychiatrists]] Quality Network on why. But the way we work has changed for good: the
[[decoy:Joint Negotiating and Consultative Committee]] now opens every meeting with the month’s assault figures,
read out by a staff side member. Search [[handle:#LPFTSaferTogether]] for the film the ward staff made, or follow
[[handle:@LPFT_NHS]].
`,
  },
  {
    id: "as03-east-north-herts",
    odsCode: "RWH",
    style: "Hertfordshire acute trust: the main hospital by its founder's surname alone, a second hospital by its royal initials, a cancer centre by its place name, a former name without 'Teaching', an app named after the trust, an e-mail from a porter pasted in, Nigerian, Bangladeshi, Lithuanian and Irish names, a hyphenated surname, a table of figures",
    people: [
      { role: "employer_lead", name: "Olufunmilayo Adebayo", email: "funmi.adebayo@nhs.net" },
      { role: "staff_lead", name: "Anwar Hossain", email: "anwar.hossain1@nhs.net" },
      { role: "member", name: "Rūta Kazlauskienė", email: null },
      { role: "member", name: "Pádraig MacGiolla-Rua", email: "padraig.macgiollarua@nhs.net" },
    ],
    identifyingTerms: ["Lister"],
    marked: `
Flexible working for everyone, not just the people who ask loudest

[[full:East and North Hertfordshire Teaching NHS Trust]] employs around 6,500 staff across four hospitals. In
2023 our staff side pointed out that flexible working was granted to people in offices and refused to people
on wards, theatres and in the porters’ lodge. The unions asked for a joint policy; the board agreed; this entry
is about what happened next.

The team

[[person:Olufunmilayo Adebayo]] ("[[person:Funmi]]"), associate director of workforce, and [[person:Anwar Hossain]],
[[decoy:UNISON]] branch secretary for the trust, led the work. [[person:Rūta Kazlauskienė]], a theatre practitioner
at [[site:the Lister]], and [[person:Pádraig MacGiolla-Rua]], a consultant anaesthetist, joined to make sure
theatres were not written out of it.

Where we started

[[site:Lister]] is our main hospital, in [[place:Stevenage]], with the emergency department, theatres and the maternity
unit. Planned surgery and outpatients are also at the [[site:QEII]] in [[place:Welwyn Garden City]] and at
[[site:Hertford County Hospital]]. [[site:Mount Vernon]], our cancer centre, sits over the county border in
[[place:Northwood]] and has its own rota culture. Four sites, four ways of saying no.

We found:
- 71 % of requests from band 2–4 clinical staff were refused, against 19 % for office staff.
- Refusals were often verbal, never recorded and never appealed.
- Staff at [[site:Mount Vernon]] had never been told they could ask.

What we did together

We rewrote the policy in six joint workshops, two at each main site. We built the request into the
[[acronym:ENHT]] App that staff already used for payslips, so every request is recorded and every refusal has to
give a reason. We trained 300 managers jointly: a manager and a rep teaching side by side. On [[site:Ward 10B]]
at [[site:Lister]] the ward manager, [[unlisted:Temitope Bankole-Ashby]], trialled team-based rostering first and
became our best advocate.

An e-mail that [[person:Anwar]] forwarded to the project group, from a porter:

> From: [[unlisted:Declan Ó Murchú]]
> Sent: 9 October 2024 06:12
> Subject: Compressed hours
>
> Just to say, I got my four long days agreed. First time in twelve years at [[site:the Lister]] I can do the
> school run on a Friday. My manager said it’s because it’s in the app now and he has to give a
> reason if he says no. Thanks to [[person:Funmi]] and to the union.

What changed

| | 2023 | 2025 |
|---|---|---|
| requests from clinical band 2–4 agreed | 29 % | 74 % |
| refusals with a written reason | 12 % | 100 % |
| appeals heard | 3 | 41 |
| staff leaving for work-life balance | 188 | 102 |

[[person:Ms Kazlauskienė]] says theatres were the hardest area. "Lists start at 8 and finish when they finish. We
agreed self-rostering in blocks instead, and it has worked better than anyone expected on [[site:Swift Ward]]
and in the day surgery unit at [[site:the QE2]]."

Partners and the wider system

[[partner:Hertfordshire and West Essex ICB]] has asked us to present the policy to the other trusts in the
system, and [[partner:Hertfordshire County Council]] borrowed our manager training for its care homes. The
[[partner:University of Hertfordshire]] nursing students now hear about flexible working at induction, and
[[partner:Stevenage Borough Council]] helped us with a childcare survey. [[partner:Stevenage FC]] hosted the launch.

We used to be [[former:East and North Hertfordshire NHS Trust]]; the "Teaching" came in 2022, and some of our
longer-serving staff still call us "[[former:East and North Herts]]", or "[[acronym:ENHT]]" without the T. The
[[decoy:NHS People Promise]] and the [[decoy:Agenda for Change]] handbook gave us the framework; our staff
side gave it the detail.

What our chief executive says

"[[person:Funmi]] and [[person:Anwar]] did something I have seen many organisations attempt: they made flexible
working ordinary," says [[unlisted:Adam Sewell-Rhodes]], chief executive. "The app is the easy part. The
culture change came from the partnership."

Staff can find the policy and the request form on [[acronym:ENHT]]Net and the app. Follow [[handle:@enherts_tr]] and
[[handle:#ENHTFlex]] for the stories behind the numbers.
`,
  },
];
