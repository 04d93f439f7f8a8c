// Redaction corpus, part T: entries for real organisations of the register, marked up as in markup.ts,
// written before the redactor's rules of decision 035 and measured first, as a check against tuning.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_T: MarkedEntry[] = [
  {
    id: "t01-wirral-university-teaching",
    odsCode: "RBL",
    style: "acute trust with possessive sites, the trust's acronym in lower-case hashtag, a Tamil name and nickname, a Polish surname with title, staff named by first name only in quotes",
    people: [
      { role: "employer_lead", name: "Thiruchelvam Rajaratnam", email: "t.rajaratnam@nhs.net" },
      { role: "staff_lead", name: "Bernadette Kowalczyk", email: "bernadette.kowalczyk@nhs.net" },
    ],
    identifyingTerms: ["Arrowe Park Hospital"],
    marked: `
Porters, pay and progression: how our portering service was rebuilt in partnership

The problem

By 2022 the portering team at [[site:Arrowe Park Hospital]] had a vacancy rate of 24 % and the highest
sickness absence in [[full:Wirral University Teaching Hospital NHS Foundation Trust]]. Patients waited
for trolleys; theatres started late because nobody came to fetch the first patient. Porters said they
were treated as the bottom of the hospital, and the exit interviews agreed.

[[person:Bernadette Kowalczyk]], [[decoy:UNISON]] branch chair, had raised the issue at every
[[decoy:Joint Negotiating Committee]] for two years. The new director of estates,
[[person:Thiruchelvam Rajaratnam]] ("[[person:Thiru]]" to everyone at [[short:WUTH]]), asked her to
lead a review with him, rather than answer it.

What the review found

The review team, six porters, two supervisors, [[person:Bernadette]] and [[person:Thiru]], spent a
month following porters on shift at [[site:Arrowe Park’s]] main building and at [[site:Clatterbridge]].
They counted steps, calls, waits and the minutes between a request and a porter arriving.

Three things stood out:

1. Porters were sent by radio in the order calls arrived, not by urgency or by who was nearest.
2. Nobody had been regraded since 2009, though the job now included blood samples, deceased patients and
   oxygen cylinders.
3. There was no route from porter to anything else.

What changed

- An electronic tasking system, chosen by the porters, which sends the nearest porter to the most urgent job.
- A job evaluation of the portering role under [[decoy:Agenda for Change]], carried out jointly. 61
  porters moved from band 2 to band 3, with back pay agreed by both sides.
- A "porter to practitioner" route: porters can train as healthcare assistants, theatre support workers
  or phlebotomists, with the first year paid. Eleven have done so.
- A proper rest room in the basement at [[site:APH]], which the porters designed.

"[[person:Mrs Kowalczyk]] held us to every line," says [[person:Mr Rajaratnam]]. "When I wanted to
start with the system and do the banding later, she said no. She was right: the porters needed to see
the money first."

Results

Vacancies fell from 24 % to 6 %. Sickness absence halved. Theatre first-case start times improved by
18 minutes on average, and the trust’s patient flow team say trolley waits in the [[decoy:emergency department]]
are rarely caused by portering now.

The porters’ own survey, run by [[decoy:UNISON]], shows 83 % would recommend the team as a place to work.
Before the review it was 31 %.

In their words

"I’ve been a porter for twenty-two years," says [[unlisted:Stevie Garside]], who now supervises the
night shift. "It’s the first time anyone asked us how to do the job."

"[[person:Bernie]] told me the first week that if it was a consultation exercise she would walk out,"
[[person:Thiru]] recalls. "It wasn’t, and she didn’t."

Working with others

The job evaluation was checked by the regional [[decoy:NHS Employers]] pay team. The "porter to practitioner"
route is run with [[partner:Wirral Metropolitan College]], and [[partner:Cheshire and Merseyside ICB]]
has asked for the evaluation to be repeated in the other acute trusts of the system.

[[place:Birkenhead]]’s jobcentre now sends candidates straight to the portering open days.

Follow the team on [[handle:#wuthporters]] or contact [[contact:wih-tr.estatespartnership@nhs.net]]
for the job evaluation paperwork.

What we would tell others

Start with the money. Let the porters choose the system. Give the union the pen. And ask porters where
the rest room should be: ours is next to the lift, not behind the boiler room, and everyone uses it.
`,
  },
  {
    id: "t02-royal-papworth",
    odsCode: "RGM",
    style: "specialist hospital with the former name of the trust and its old site, 'Papworth' alone, names in a capitals heading, a Korean name with family name first",
    people: [
      { role: "employer_lead", name: "Kim Min-jun", email: "minjun.kim@nhs.net" },
      { role: "staff_lead", name: "Catriona Lovelock", email: "catriona.lovelock@nhs.net" },
      { role: "member", name: "Priyanka Venkataraman", email: null },
    ],
    identifyingTerms: [],
    marked: `
Moving a hospital without losing its people

In 2019 [[former:Papworth Hospital NHS Foundation Trust]] moved from [[site:Papworth Everard]], its home
since 1918, to a new building on the [[site:Cambridge Biomedical Campus]]. Seven miles is not far, but
for staff who had walked or cycled to work for decades, and for the cleaners, porters and nurses who
lived in the village, it was a very long way. A third of staff said they might leave.

This entry is about how [[full:Royal Papworth Hospital NHS Foundation Trust]] and its staff side kept
them.

THE PARTNERSHIP: CATRIONA LOVELOCK AND KIM MIN-JUN

[[person:Catriona Lovelock]] was staff side chair and an [[decoy:RCN]] rep on the cardiac wards.
[[person:Kim Min-jun]] led the move for the executive team. [[person:Mr Kim]] says he learned early
that a move is not a building project: "The building was on time. The question was whether anyone
would be in it."

A joint "move group" met every fortnight for two years. It included reps from [[decoy:UNISON]], the
[[decoy:RCN]], [[decoy:Unite]] and the [[decoy:SoR]], and it had a budget.

What the group did

- Transport: a free shuttle bus from [[place:Papworth Everard]] and [[place:St Ives]], agreed for five
  years, and a car-share scheme run by staff.
- Excess travel: paid for four years under the national rules of [[decoy:Agenda for Change]], and for a
  fifth by local agreement.
- Hours: shifts moved by half an hour so that staff could catch the guided busway.
- Childcare: places at a nursery on the campus, shared with [[partner:Cambridge University Hospitals]].
- Visits: every team visited the new building three times before the move, with a rep.

"We asked every single member of staff what would stop them coming," says [[person:Catriona]]. "Then
we tried to fix it, one person at a time if we had to."

[[person:Priyanka Venkataraman]], a perfusionist who joined the group, ran the staff survey. "The answers
were boring," she says. "Buses, parking, nurseries. Boring is good. Boring you can fix."

Results

- Staff who left because of the move: 4 %, against a forecast of 30 %.
- Vacancies a year after the move: lower than before it.
- Shuttle bus: 600 journeys a day at its peak.

[[short:Royal Papworth]] was rated outstanding by the [[decoy:Care Quality Commission]] after the move, and
the inspectors named the partnership with the staff side in their report.

What others say

[[partner:Cambridgeshire County Council]] extended a bus route after the group’s evidence. The
[[decoy:NHS Confederation]] used our move as a case study in its guide to new hospitals, and
[[partner:Anglia Ruskin University]] has written it up for its health management course.

"[[person:Min-jun]] and [[person:Cat]] argued about the shuttle budget for a month," remembers our chief
executive, [[unlisted:Elspeth Marchbank]]. "Then they came to the board together. After that, nobody argued
with them."

Looking back

Many staff still call the hospital "[[short:Papworth]]", and some still miss the old site. But the teams
stayed together. The transplant team, which everyone expected to lose half its nurses, lost two.

Every new starter is now told the story of the move at induction. Contact us at
[[contact:royalpapworth.staffside@nhs.net]] or follow [[handle:@RoyalPapworth]].
`,
  },
  {
    id: "t03-betsi-cadwaladr",
    odsCode: "7A1",
    style: "Welsh health board with Welsh and English site names, the board's nickname and acronym, a Welsh first name with its short form, a partner university in Welsh",
    people: [
      { role: "employer_lead", name: "Angharad Wyn Pritchard", email: "angharad.pritchard@wales.nhs.uk" },
      { role: "staff_lead", name: "Dafydd ap Iorwerth", email: "dafydd.apiorwerth@wales.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
Bilingual rotas and a partnership that speaks both languages

Context

[[full:Betsi Cadwaladr University Health Board]] covers the whole of north Wales, from [[place:Anglesey]] to
[[place:Wrexham]]. About a third of our staff speak Welsh, and in some wards most patients prefer it.
Until 2021, nobody planned rotas with that in mind. A Welsh-speaking patient with dementia on a night
shift at [[site:Ysbyty Gwynedd]] might meet no one who could answer them in their own language.

How the work began

[[person:Dafydd ap Iorwerth]], chair of the [[decoy:UNISON]] branch and a healthcare support worker in
[[place:Bangor]], raised it at the local partnership forum. [[person:Angharad Wyn Pritchard]], assistant
director of workforce, offered to work on it with him. "[[person:Dai]] didn’t want a policy," she says.
"He wanted a rota that worked."

WHAT WE DID

The joint group mapped the language skills of 4,200 staff on wards at [[site:Glan Clwyd]],
[[site:Wrexham Maelor]] and [[site:Ysbyty Gwynedd]], with their consent, and built a simple rule into
the rostering system: at least one Welsh speaker on every shift on wards where patients need one.

Staff who wanted to learn Welsh were given time in work to do so, in partnership with
[[partner:Prifysgol Bangor]] and the [[decoy:National Centre for Learning Welsh]]. Staff who did not were
not disadvantaged: the group insisted, against some pressure, that language skills would never be used in
deciding who got a job on a ward where they were not essential.

"That was a red line for us," says [[person:Mr ap Iorwerth]]. "We wanted more Welsh, not fewer jobs for
people who don’t speak it."

Results

- Shifts with a Welsh speaker on the priority wards: from 61 % to 94 %.
- Staff learning Welsh in work time: 380.
- Complaints about language: down by two thirds.

[[short:Betsi]] was praised by the [[decoy:Welsh Language Commissioner]] for the scheme, and the
[[decoy:Welsh Partnership Forum]] has shared it with the other health boards.

[[person:Angharad]] says the most important result was not in the figures. "Nurses who had hidden their
Welsh for years, because they were told it was unprofessional, started using it again."

What staff said

A ward sister from [[site:Ysbyty Glan Clwyd]] told the group: "I had a patient who had not spoken for
three days. I said good morning in Welsh and she cried, and then she told me what was wrong." Her
manager, [[unlisted:Gwenllian Hughes-Parry]], has since become one of the scheme’s champions.

Working together

The partnership forum’s co-chairs, [[person:Ms Pritchard]] and [[person:Dafydd]], meet every week. The
scheme is now part of [[short:BCUHB]]’s workforce plan, and [[partner:Cyngor Gwynedd]] has asked to
use the language map for its own care staff.

We are proud of it. Follow it on [[handle:#GwaithCymraegBetsi]] and ask questions at
[[contact:partneriaeth.bcu@wales.nhs.uk]].

In the end, the rota is a small thing. It means that in the middle of the night a frightened patient
can be answered in the language they dream in.
`,
  },
];
