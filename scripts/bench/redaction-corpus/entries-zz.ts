// Redaction corpus, part ZZ: entries for real organisations of the register, marked up as in markup.ts,
// written before the redactor's changes of session 8's second round (decision 035) and measured first,
// as a check against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_ZZ: MarkedEntry[] = [
  {
    id: "zz01-liverpool-heart-and-chest",
    odsCode: "RBQ",
    style: "specialist trust: the hospital by its initials and its nickname, a unit named after a place, a Filipino name, a Greek name, a Scouse nickname, a ward by number and by name, ALL CAPS headings",
    people: [
      { role: "employer_lead", name: "Maria Cristina Dela Cruz", email: "cristina.delacruz@lhch.nhs.uk" },
      { role: "staff_lead", name: "Stelios Papadopoulos", email: "stelios.papadopoulos@lhch.nhs.uk" },
      { role: "member", name: "Declan O’Rourke", email: null },
    ],
    identifyingTerms: [],
    marked: `
Nurses from overseas, welcomed as colleagues: a joint pastoral programme

CONTEXT

Between 2021 and 2023 [[full:Liverpool Heart and Chest Hospital NHS Foundation Trust]] recruited
212 nurses from overseas, most of them into critical care and the cardiac wards. We are a single-site
specialist hospital, and for many of them the hospital in [[place:Broadgreen]] was the first place they
had lived outside the Philippines, India, Kerala or Nigeria. Within a year, one in five had left, most for
other trusts.

The staff side said plainly that we had recruited well and welcomed badly. [[short:Liverpool Heart and Chest]]
agreed, and asked its trade unions to design the welcome with us.

WHO

[[person:Maria Cristina Dela Cruz]], lead nurse for international recruitment, came to
[[acronym:LHCH]] from Manila herself in 2009. [[person:Stelios Papadopoulos]], [[decoy:RCN]] senior steward
and a charge nurse on Ward 4, co-chaired the programme. On the wards they are “[[person:Tina]]” and
“[[person:Stel]]”.

[[person:Declan O’Rourke]], a porter and [[decoy:UNISON]] rep, made sure the welcome reached beyond nursing.
“[[person:Dec]] knows everyone in [[place:Old Swan]],” [[person:Dela Cruz]] says. “He found half our new
starters their first flat.”

WHAT WE DID

- A buddy for every new nurse from the day they land, chosen from their own ward and trained by the
  staff side.
- A welcome fund, agreed at the [[decoy:Joint Consultative and Negotiating Committee]], to cover the
  first month’s deposit and a phone.
- Protected time for the [[decoy:OSCE]] and the [[decoy:NMC]] registration, with study space in the
  [[site:Heart and Chest Education Centre]].
- A monthly “[[site:Thomas Drive]] Tea” where new arrivals meet the executive team without an agenda.
- Clear routes to band 6, written into the appraisal with the [[decoy:Agenda for Change]] bands spelled out.

[[person:Papadopoulos]] says the buddies mattered most. “On your first night shift you need one person
who will answer a stupid question without making you feel stupid.”

WHAT CHANGED

Leavers in the first year fell from 19 % to 6 %. Internationally educated nurses promoted to band 6
rose from 4 to 31. Our [[decoy:NHS Staff Survey]] results on discrimination from colleagues improved by 5
points, and the [[decoy:WRES]] indicator on career progression improved for the first time in five years.

PARTNERS

[[partner:Liverpool City Council]] helped with housing advice; [[partner:Liverpool John Moores University]]
ran the language workshops; and [[partner:Cheshire and Merseyside ICB]] has shared our buddy guide with
the other trusts in the system, including the [[former:Cardiothoracic Centre]]’s old partners at
[[partner:Liverpool University Hospitals]].

WHAT THE NURSES SAID

One critical care nurse from Kerala wrote: “My buddy took me to buy a winter coat in [[place:Liverpool ONE]]
in my first week. Small thing. I still remember it.” A nurse on the [[site:Birch Ward]] said the
tea with the executives was the first time she had met a director in any hospital, in any country.
The group also learned from those who left: exit interviews, run by the staff side rather than
managers, showed that pay for overtime had been late for new starters, and that was fixed in 2022.

IN THEIR WORDS

[[person:Cristina]] again: “When I came, nobody met me at the airport. Now someone from [[site:the Heart and Chest]]
meets every nurse at [[place:John Lennon Airport]], and [[person:Stel]] has done it at four in the morning.”

Our new buddies are trained in the [[site:Blackburne Suite]] every quarter. Contact
[[contact:welcome.team@lhch.nhs.uk]] or find us on [[handle:@LHCHFT]] with [[handle:#LHCHwelcome]].
`,
  },
  {
    id: "zz02-welsh-ambulance",
    odsCode: "RT4",
    style: "Welsh ambulance service: bilingual names, the service by its Welsh name and initials, stations and the clinical contact centre by town, a headquarters on a business park, Welsh names with ap and ferch, a Nepali name, a hashtag in Welsh",
    people: [
      { role: "employer_lead", name: "Eleri ferch Owain", email: "eleri.owain@wales.nhs.uk" },
      { role: "staff_lead", name: "Dylan ap Siôn", email: "dylan.apsion@wales.nhs.uk" },
      { role: "member", name: "Bishnu Gurung", email: null },
    ],
    identifyingTerms: [],
    marked: `
Handover delays and the people who wait: a partnership response

BACKGROUND

For the crews of the [[full:Welsh Ambulance Services NHS Trust]] — [[full:Ymddiriedolaeth GIG Gwasanaethau Ambiwlans Cymru]] —
the hardest part of 2022 was not the calls but the waiting. Crews spent whole shifts outside emergency
departments, unable to hand over, missing meal breaks and finishing hours late. Sickness absence
reached 11 %.

[[acronym:WAST]] and its trade unions agreed that the crews could not wait for the system to fix itself.

WHO

[[person:Eleri ferch Owain]], assistant director of operations, and [[person:Dylan ap Siôn]],
[[decoy:UNISON]] branch secretary and a paramedic at [[site:Bangor ambulance station]], led the work.
Everyone in the north calls him “[[person:Dyl]]”.
[[person:Bishnu Gurung]], an emergency medical technician and [[decoy:GMB]] rep at [[site:Wrexham]],
joined the group after a fourteen-hour shift outside [[site:Ysbyty Maelor]].

WHAT WE AGREED

- A meal break protected at the hospital: when a crew has waited two hours, a colleague relieves them for
  thirty minutes. Agreed through the [[decoy:Local Partnership Forum]] and the [[decoy:Welsh Partnership Forum]].
- Late finishes paid at the correct rate the following month, without a claim form.
- A welfare vehicle with hot food at the three worst-affected sites, run by volunteers from the
  [[decoy:St John Ambulance Cymru]] service and our own community first responders.
- A shared log of every delay over four hours, sent weekly to the health boards.

[[person:Ms ferch Owain]] says: “We could not end the delays. We could make sure nobody went twelve hours
without food.”

WHAT CHANGED

Crews missing a meal break fell from 62 % to 18 % of shifts. Late-finish payments made on time rose from
45 % to 97 %. Sickness absence fell to 7.8 %. The [[decoy:NHS Staff Survey]] in Wales showed a 9-point
rise in staff who felt the organisation cared about their wellbeing.

[[person:Bishnu]] trained the relief crews at [[site:Cardiff]] and [[site:Swansea]] EMS hubs;
[[person:Mr Gurung]] says the log mattered most. “For the first time the health boards saw our hours, not
just our response times.”

PARTNERS

[[partner:Betsi Cadwaladr University Health Board]], [[partner:Cardiff and Vale University Health Board]]
and [[partner:Aneurin Bevan University Health Board]] shared the weekly log with their emergency
departments; [[partner:Swansea University]] analysed the data; and the [[decoy:Welsh Government]]
used our figures in its handover guidance.

WHAT CREWS SAID

A paramedic from [[site:Blackweir]] station wrote in the evaluation: “The half hour isn’t much. But
somebody noticed we were there.” Crews at [[site:Rhyl]] said the payments on time mattered more than
anything else. The group heard hard things as well: in the first month relief crews were sometimes
taken for calls and the breaks did not happen, and the [[decoy:Local Partnership Forum]] agreed a rule
that a relief crew is only pulled for a purple call.

NEXT

The relief model now runs at [[site:Ysbyty Gwynedd]], [[site:the Grange]] in [[place:Cwmbran]] and
[[site:Morriston]]. The clinical contact centre at [[site:Vantage Point House]] in [[place:Cwmbran]] has
joined with a welfare call for every crew held for over three hours. [[person:Dylan]] and [[person:Eleri]]
present the figures to the board at [[site:St Asaph]] every quarter.

Contact [[contact:partneriaeth@wales.nhs.uk]] or follow [[handle:@WelshAmbulance]],
[[handle:@AmbiwlansCymru]] and [[handle:#GofaluAmEinCriwiau]].
`,
  },
  {
    id: "zz03-west-suffolk",
    odsCode: "RGR",
    style: "East of England acute trust: the hospital by its nickname, a community hospital and a health centre, a town written short, a Somali name, a Portuguese name with 'dos', a Scottish Mac name, a local place after 'in'",
    people: [
      { role: "employer_lead", name: "Caroline Dos Santos", email: "caroline.dossantos@wsh.nhs.uk" },
      { role: "staff_lead", name: "Hamish MacLeod", email: "hamish.macleod@wsh.nhs.uk" },
      { role: "member", name: "Hodan Abdi Warsame", email: null },
    ],
    identifyingTerms: [],
    marked: `
Childcare that fits the shift: a nursery agreement made in partnership

THE PROBLEM

[[full:West Suffolk NHS Foundation Trust]] is the largest employer in [[place:Bury St Edmunds]], and
more than 900 of our staff have children under five. Our on-site nursery closed at 6pm and took no
children at weekends. Nurses with young families were leaving for day-only jobs in
[[place:Cambridge]], or for agencies that let them choose their hours.

The staff side raised it at the partnership forum in 2021. [[short:West Suffolk]] agreed to tackle it
jointly.

WHO

[[person:Caroline Dos Santos]], director of workforce, and [[person:Hamish MacLeod]],
[[decoy:UNISON]] branch chair and an operating department practitioner in the main theatres at
[[site:West Suffolk Hospital]], led the group. “[[person:Hamish]] brought the rotas,” [[person:Ms Dos Santos]]
says. “I brought the budget. Neither of us knew anything about nurseries.”

[[person:Hodan Abdi Warsame]], a healthcare assistant and [[decoy:RCN]] member, ran the staff survey and
spoke to parents on every ward. Colleagues know her as “[[person:Hodi]]”.

WHAT WE DID

- A survey of 640 parents, done in person on nights as well as days, asked what hours they actually
  worked.
- A partnership with the nursery provider to open from 6.30am to 9.30pm, seven days a week, at the
  [[site:Hardwick Lane]] site.
- Places for staff based at [[site:Newmarket Community Hospital]] and the
  [[site:Glastonbury Court]] team in [[place:Haverhill]], with a transport link agreed with the
  council.
- Salary sacrifice for fees, under the [[decoy:NHS Pension Scheme]]’s rules, checked by the staff side.
- A rota rule, agreed at the [[decoy:Joint Staff Consultative Committee]], that parents’ requests are
  considered first for shifts ending after the nursery closes.

[[person:MacLeod]] says: “We stopped asking why parents went part-time and started asking what would
let them come back full-time.”

THE RESULTS

Nursery places for staff rose from 48 to 112. Nurses returning from maternity leave rose from 71 % to 89 %,
and returners increasing their hours within a year from 12 % to 34 %. The [[decoy:NHS Staff Survey]]
score for “my organisation is committed to helping me balance my work and home life” rose by 10 points.

PARTNERS

[[partner:West Suffolk Council]] and [[partner:Suffolk County Council]] helped with planning and the
transport link, [[partner:West Suffolk College]] placed childcare apprentices in the nursery, and
[[partner:NHS Suffolk and North East Essex ICB]] has asked [[partner:East Suffolk and North Essex NHS Foundation Trust]]
to look at the model for [[place:Ipswich]] and [[place:Colchester]].

WHAT PARENTS SAID

A midwife on the [[site:Rainbow Ward]] corridor wrote: “I went back to full-time nights because I
know my son is five minutes away.” A theatre nurse from [[place:Stowmarket]] said the salary sacrifice
saved her more than her last pay rise. Some fathers on the survey said nobody had ever asked them
about childcare before, and the group changed the leaflets so they no longer assumed the parent was a
mother. The nursery now keeps six places a day for emergencies, agreed with the staff side.

LOOKING AHEAD

The nursery extension at [[site:the West Suffolk]] opened in 2023; a second site at [[site:Thingoe House]]
on [[place:Cotton Lane]] follows in 2025, and the future hospital at [[place:Hardwick Manor]] has a nursery in
its plans. [[person:Hodan]] now sits on the nursery’s parent board.

Contact [[contact:familyfriendly@wsh.nhs.uk]] or follow [[handle:@WSHNHSFT]] with [[handle:#WSHfamilies]].
`,
  },
];
