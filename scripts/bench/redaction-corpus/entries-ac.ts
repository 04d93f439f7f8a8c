// Redaction corpus, part AC: entries for real organisations of the register, marked up as in markup.ts,
// written before the redactor's changes of session 9 and measured first, as a check against tuning.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AC: MarkedEntry[] = [
  {
    id: "ac01-cwm-taf-morgannwg",
    odsCode: "7A5",
    style: "Welsh health board: the board's name in English and Welsh, its former name and initials, hospitals by nickname and initials, Welsh-language hospital names, a health park named after a politician, valleys and county boroughs, a Yemeni Arabic name, a Welsh middle name and a Welsh particle, a Caribbean hyphenated surname",
    people: [
      { role: "employer_lead", name: "Eleri Wyn Pugh", email: "eleri.pugh@wales.nhs.uk" },
      { role: "staff_lead", name: "Jamal Al-Amoudi", email: "jamal.al-amoudi@wales.nhs.uk" },
      { role: "member", name: "Marcia Thomas-Blake", email: null },
    ],
    identifyingTerms: ["Royal Glam"],
    marked: `
GETTING THERE: SHIFTS THAT FIT THE BUSES IN THE [[place:VALLEYS]]

Why we started

Almost a quarter of our staff do not drive. In the [[place:Rhondda]] and the [[place:Cynon Valley]] the
last bus up the valley can leave before a late shift ends, and the first one down can arrive after an
early shift starts. When [[full:Cwm Taf Morgannwg University Health Board]] surveyed porters, domestics,
healthcare support workers and caterers in 2022, one in five said they had turned down a shift, or
left a job, because they could not get to work.

The [[branch:Cwm Taf Morgannwg Health UNISON branch]] brought the survey to the
[[decoy:Local Partnership Forum]]. [[acronym:CTM]] agreed that the rota, not the buses, was the thing we
could change.

Who led it

[[person:Eleri Wyn Pugh]], assistant director of workforce, and [[person:Jamal Al-Amoudi]], branch
secretary and a porter at the [[site:Royal Glamorgan Hospital]] for sixteen years, led the work.
[[person:Jamal]]’s family came to [[decoy:Cardiff]]’s docks from [[decoy:Aden]] three generations ago;
he grew up in [[place:Pontypridd]] and has never owned a car. “[[person:Eleri]] rode the 6.10 with me
from [[place:Porth]] to the [[site:Royal Glam]],” he says. “She was late for her first meeting. Point made.”

[[person:Marcia Thomas-Blake]], a healthcare support worker at [[site:Prince Charles Hospital]] in
[[place:Merthyr Tydfil]] and [[decoy:GMB]] rep, mapped every bus and train against every shift pattern.
[[person:Ms Thomas-Blake]] says it took her six weekends and a lot of coffee.

What we changed

- Shift start and finish times moved by up to 30 minutes on 41 wards and departments, ward by ward,
  with the staff voting on each change.
- A staff minibus between [[site:Princess of Wales Hospital]] in [[place:Bridgend]] and [[place:Maesteg]]
  for the night shift, and another from [[place:Aberdare]] to [[site:PCH]].
- Bank shifts matched to transport: the system now shows the bus times next to each shift.
- An agreement, signed at the [[decoy:Welsh Partnership Forum]] level by our union reps, that nobody is
  disciplined for lateness caused by a cancelled bus.
- Staff at [[site:Ysbyty Cwm Rhondda]], [[site:Ysbyty Cwm Cynon]] and the [[site:Keir Hardie Health Park]]
  included from the start, not added later.

The ward manager on Ward 7 at the [[site:Princess of Wales]], [[unlisted:Gwenllian “Gwen” Morgan]],
was the first to try it. “I had three vacancies for lates that nobody could reach,” she says. “Now I
have none.”

What happened

Vacancies for healthcare support workers fell from 14.2 % to 8.6 % in eighteen months. Staff reporting
that travel had stopped them taking a shift fell from 21 % to 7 %. Bank fill rates on lates at
[[site:Prince Charles]] rose by 19 points. In the [[decoy:NHS Wales]] staff survey, “my organisation
takes positive action on health and well-being” rose by 8 points.

Partners

[[partner:Rhondda Cynon Taf County Borough Council]] and [[partner:Merthyr Tydfil County Borough Council]]
changed two bus contracts to fit hospital shifts, [[partner:Transport for Wales]] added a stop at
[[site:Ysbyty Cwm Cynon]], and the [[partner:University of South Wales]] evaluated the project.
[[partner:Bridgend County Borough Council]] now uses our maps for its own care workers, and
[[partner:Merthyr Town FC]] lent its minibus for the first month.

What we learned

When the former [[former:Cwm Taf University Health Board]] took on the [[place:Bridgend]] hospitals in
2019, we became a bigger and more scattered organisation. [[former:Cwm Taf]] staff and
[[place:Bridgend]] staff now share one rota rule.

[[short:Cwm Taf Morgannwg]]’s chief executive, [[unlisted:Dr Huw ab Iorwerth]], signed the agreement in
[[site:Ynysmeurig House]], our headquarters in [[place:Abercynon]]. The [[decoy:Welsh Government]] has
asked other boards to look at it.

[[full:Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg]]: [[contact:ctm.gettingthere@wales.nhs.uk]],
[[handle:@CTMUHB]], [[handle:#CTMGettingThere]].
`,
  },
  {
    id: "ac02-north-cheshire-mersey",
    odsCode: "RWW",
    style: "North West acute trust renamed after mergers: its new name and acronym beside three former names and the old initials in a hashtag, the main hospital by its street's nickname, a treatment centre by initials, a wing named after a benefactor, an Irish-Indian hyphenated surname with a curly apostrophe, an Igbo familiar form, a Malaysian Chinese hyphenated given name, an Arabic particle, a rugby league club's foundation",
    people: [
      { role: "employer_lead", name: "Niamh O’Donoghue-Patel", email: "niamh.odonoghue-patel@nhs.net" },
      { role: "staff_lead", name: "Kelechi Nwankwo", email: "kelechi.nwankwo@nhs.net" },
      { role: "member", name: "Ewa Zielińska", email: null },
    ],
    identifyingTerms: ["Lovely Lane"],
    marked: `
Safe at home: support for staff living with domestic abuse

The problem

One in four women and one in six men experience domestic abuse in their lifetime, and an NHS workforce
is no exception. At [[full:North Cheshire and Mersey NHS Foundation Trust]], formerly
[[former:Warrington and Halton Teaching Hospitals NHS Foundation Trust]], our staff side told us in 2022
that colleagues were disclosing abuse to their reps, not their managers, because they feared being
judged or disciplined for lateness and absence.

The trust and its unions agreed a joint approach. We started before the change of name, so many of our
staff still call it the [[acronym:WHH]] project.

Who led it

[[person:Niamh O’Donoghue-Patel]], head of employee relations, and [[person:Kelechi Nwankwo]], [[decoy:UNISON]]
branch chair and an operating department practitioner at [[site:Warrington Hospital]], led the work.
[[person:Kelechi]] — “[[person:Kel]]” to the theatre team — had supported three colleagues himself in a
single year. “[[person:Niamh]] listened to all three stories before she said a word about policy,” he
says. [[person:Ms O’Donoghue-Patel]] says [[person:Mr Nwankwo]] wrote half the policy on his phone
between lists.

[[person:Ewa Zielińska]], a housekeeper at [[site:Halton Hospital]] in [[place:Runcorn]] and [[decoy:GMB]] rep,
spoke for estates and facilities staff, and for colleagues whose first language is not English.

What we did

- A domestic abuse policy agreed at the [[decoy:Joint Negotiating and Consultative Committee]]: up to ten
  days’ paid safe leave, no questions asked, and no absence trigger counted.
- Forty-two trained “safe colleagues”, at least one in every division, from the [[site:Kendrick Wing]] at
  [[site:Lovely Lane]] to the [[site:CMTC]].
- Emergency salary advances and help with changing bank details, rotas and car parking at short notice.
- A quiet room on each site, including the [[site:Cheshire and Merseyside Treatment Centre]] on the
  [[site:Halton General]] campus.
- Training for every manager, co-delivered by a survivor who works in our own pathology lab.

The ward manager on Ward A8, [[unlisted:Mei-Ling Chow]], was one of the first to use it for a
member of her team. “I knew what to do and who to ring. Before, I would have just been kind and hoped.”

What happened

In two years, 137 staff used the support; 120 stayed in work, and 31 moved to safe housing with our
help. Sickness absence among staff who used it fell by 44 % in the six months afterwards. In the
[[decoy:NHS Staff Survey]], “my organisation takes positive action on health and wellbeing” rose by 10
points. The [[decoy:NHS Employers]] domestic abuse toolkit now cites our policy.

Partners

[[partner:Warrington Borough Council]] and [[partner:Halton Borough Council]] linked us with their domestic
abuse services. [[partner:Warrington Wolves Charitable Foundation]] ran a White Ribbon match day with our
staff, [[partner:University of Chester]] evaluated the project, and [[partner:Bridgewater Community
Healthcare]] adopted our policy. [[partner:NHS Cheshire and Merseyside ICB]] has shared it across the
[[place:Mersey]] region.

Where we came from

Our hospitals have had four names since 2001, when [[site:Warrington Hospital]] and [[site:Halton General
Hospital]] merged as [[former:North Cheshire Hospitals NHS Trust]]. Then we were
[[former:Warrington and Halton Hospitals]], then a teaching trust. [[short:North Cheshire and Mersey]] is
new, but the safe colleagues network is the same.

Our chief executive, [[unlisted:Mr Faisal bin Rashid]], joined the safe colleague training himself. A
nurse at [[place:Warrington]] wrote: “I am here, and I am still nursing, because of this.”

Contact [[contact:safeathome@nhs.net]], call [[contact:01925 635911]], or follow [[handle:@WHHNHS]] and
[[handle:#TeamWHH]].
`,
  },
];
