// Redaction corpus, part S: entries for real organisations of the register, marked up as in markup.ts,
// written before the redactor's rules of decision 035 and measured first, as a check against tuning.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_S: MarkedEntry[] = [
  {
    id: "s01-east-of-england-ambulance",
    odsCode: "RYC",
    style: "ambulance service with headings in capitals naming people, operations centres by initials, first names in quotes, a chief executive not on record",
    people: [
      { role: "employer_lead", name: "Christopher Mbeki-Lowe", email: "christopher.mbeki-lowe@nhs.net" },
      { role: "staff_lead", name: "Rajinder Kaur Sandhu", email: "rajinder.sandhu@nhs.net" },
      { role: "member", name: "Eilidh MacAskill", email: null },
    ],
    identifyingTerms: [],
    marked: `
Fatigue, breaks and late finishes: a joint approach to shift overruns

SUMMARY

Crews at [[full:East of England Ambulance Service NHS Trust]] were finishing late on three shifts in every
five. Late finishes meant missed meal breaks, tired drivers and people leaving the service. In 2023 the
trust and its staff side agreed to tackle overruns together rather than argue about them case by case.

RAJ AND CHRIS: HOW IT STARTED

The partnership began with a row. [[person:Rajinder Kaur Sandhu]], [[decoy:UNISON]] branch secretary and a
paramedic for 19 years, had raised a collective grievance about meal breaks. [[person:Christopher Mbeki-Lowe]],
then deputy director of operations, was asked to hear it. Instead of a hearing he proposed a joint
working group, with the grievance paused while it met. "[[person:Raj]] thought it was a stalling tactic,"
[[person:Chris]] admits. "I had to show her it wasn’t."

[[person:Raj]] agreed on one condition: that the group would see every overrun figure, station by station,
unfiltered. The figures were shared at the first meeting.

WHAT THE FIGURES SHOWED

Across the six counties, 61 % of shifts overran, by a median of 47 minutes. The worst were at stations
around [[place:Great Yarmouth]] and [[place:Peterborough]], where a crew sent to a late call often had a
long drive back. The [[site:Chelmsford EOC]] and the [[site:Bedford EOC]] dispatched in different ways:
one protected the last hour of a shift, the other did not.

[[person:Eilidh MacAskill]], a dispatcher who joined the group for the staff side, explained what the
screens looked like at ten to seven in the morning. "You can see a crew is forty minutes from the end of
their shift and you still have three calls waiting. You send them. Everyone does."

WHAT WE AGREED

- A protected end of shift: in the last 45 minutes a crew is sent only to category 1 and 2 calls, in
  line with national guidance from [[decoy:NHS England]] and the [[decoy:Association of Ambulance Chief Executives]].
- Meal breaks recorded on the system, not on paper, so both sides see the same numbers.
- Rest rooms at every station reviewed by a rep and a manager together.
- Late finishes paid within the month, automatically, without a claim form.
- A monthly joint review of overruns by the staff side and the operations directors.

[[unlisted:Neil Castleton]], our chief executive, signed the agreement at [[site:Whiting Way]] with the
branch officers of [[decoy:UNISON]], [[decoy:GMB]] and [[decoy:Unite]] on the same day, and the
[[decoy:Trust Board]] endorsed it the following week.

RESULTS

Overruns fell from 61 % of shifts to 38 % in nine months. Missed meal breaks fell by half. The
[[decoy:NHS Staff Survey]] showed the share of staff who felt able to take breaks rise by 11 points,
and leavers among newly qualified paramedics fell from 14 % to 9 %.

Patients were not put at risk: response times for the most serious calls held steady, and the
[[decoy:Care Quality Commission]] noted the agreement in its well-led review. The evaluation was
carried out with [[partner:Anglia Ruskin University]], whose paramedic science students now learn about it
in their second year.

WHAT MADE THE DIFFERENCE

[[person:Christopher]] says it was the data: "Once both sides trusted the numbers, the arguments were
about solutions, not about whether there was a problem." [[person:Rajinder]] says it was the pause: "We
didn’t drop the grievance. We parked it. That gave us a reason to keep going."

[[person:Eilidh]], who has since been elected a rep, puts it more simply. "The crews can go home. That’s
the whole thing."

WHAT NEXT

The group is now looking at handover delays at [[site:the Norfolk and Norwich]] and at
[[site:Addenbrooke’s]], where crews wait longest, working with the hospitals and with
[[partner:Norfolk and Waveney ICB]]. Anyone who wants the dashboard can e-mail
[[contact:partnership.forum@eastamb.nhs.uk]]. Follow the work on [[handle:#TeamEEAST]] and
[[handle:@EastEnglandAmb]].

The agreement is a document of four pages. [[person:Raj]] keeps a copy folded in her jacket, and at
every station visit she asks the crew whether they got their break. Most days, now, they did.
`,
  },
  {
    id: "s02-cumbria-northumberland-tyne-wear",
    odsCode: "RX4",
    style: "mental health trust renamed, former name and its acronym, new acronym, sites by first word and possessive, a hyphenated Arabic family name and an Irish first name",
    people: [
      { role: "employer_lead", name: "Saoirse Ní Dhomhnaill", email: "saoirse.nidhomhnaill@cntw.nhs.uk" },
      { role: "staff_lead", name: "Mohammed Al-Rashid", email: "mohammed.al-rashid@cntw.nhs.uk" },
      { role: "endorser", name: "Gareth Pennock", email: "gareth.pennock@cntw.nhs.uk" },
    ],
    identifyingTerms: ["St Nicholas Hospital"],
    marked: `
Safer staffing on inpatient wards: a partnership that outlasted a merger

Background

When [[former:Northumberland, Tyne and Wear NHS Foundation Trust]] took on mental health services in
[[place:North Cumbria]] in 2019 and became [[full:Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust]],
our inpatient wards stretched from [[place:Carlisle]] to [[place:Sunderland]]. Staff in Cumbria came from
a different employer, with different rotas and a different experience of unions. Many of them had
never heard of [[former:NTW]]. Some of them did not want to.

The staffing problem was the same everywhere: too many shifts filled by bank and agency staff who did
not know the patients, and too many permanent staff doing double shifts to cover the gaps.

The joint group

[[person:Saoirse Ní Dhomhnaill]], our deputy director of nursing, and [[person:Mohammed Al-Rashid]],
staff side chair and an [[decoy:RCN]] steward, set up a joint safer staffing group in 2021. [[person:Ms Ní Dhomhnaill]]
says the first decision was where to meet: "Not in Newcastle. We met at [[site:Carleton Clinic]] first,
so the Cumbrian staff knew we meant it."

The group included ward managers and healthcare assistants from [[site:St Nicholas]],
[[site:Hopewood Park]] and [[site:Ferndene]], as well as reps from [[decoy:UNISON]], [[decoy:Unite]] and
the [[decoy:RCN]].

What we did

1. Every ward’s establishment was recalculated with the [[decoy:Mental Health Optimal Staffing Tool]],
   with a rep present at every review.
2. Bank staff were offered permanent contracts on the wards they already worked on. 212 accepted.
3. Self-rostering was piloted on four wards at [[site:St Nicholas Hospital]]’s adult unit and then
   rolled out.
4. Double shifts were capped at two a month without a conversation with a manager.

“[[person:Mo]] pushed hardest on self-rostering,” says [[person:Saoirse]]. “I was sceptical. The ward
managers were more sceptical. He was right.”

[[person:Mr Al-Rashid]] is modest about it. “The staff knew what they needed. We just wrote it down.”

Results

Agency use fell by 58 % over two years. Vacancies on inpatient wards fell from 19 % to 8 %. Incidents of
violence and aggression fell on every ward that self-rosters, something the group had not predicted.
Sickness absence on the pilot wards fell by a quarter.

At [[site:Hopewood Park’s]] acute wards, staff told the [[decoy:NHS Staff Survey]] they had enough staff
to do their job properly for the first time in five years of asking.

Across the organisation

The group’s approach has been taken up by [[short:CNTW]]’s community teams and by the learning disability
services at [[site:Northgate]]. [[partner:Northumbria University]] is evaluating the self-rostering
pilot, and [[partner:Cumberland Council]] has asked for the group’s advice on its own care homes.

Our chair, [[unlisted:Kenneth Ashbrooke]], says the staff side now sit on every workforce committee as a matter
of course. Our endorser [[person:Gareth Pennock]], director of workforce, adds: “I can’t imagine going back.”

Find us on [[handle:@CNTWNHS]], or ask the joint group for the toolkit at
[[contact:safer.staffing@cntw.nhs.uk]].

What we learned

Merging services is hard, and it is harder on wards where staff are short. The partnership gave staff
from the old organisations a place to disagree with each other and with managers, and then to agree.
It did not make the staffing problem disappear. It made it a shared problem, which is the first step to
solving one.

[[person:Gareth]] still chairs the quarterly review, and the Cumbrian wards now send more people to it
than the Newcastle ones do.
`,
  },
  {
    id: "s03-central-london-community",
    odsCode: "RYX",
    style: "community trust in a newsletter voice, acronym with hashtag, boroughs as partners, a Yoruba name shortened, a first name alone before the full name",
    people: [
      { role: "employer_lead", name: "Oluwaseun Adebayo-Smith", email: "oluwaseun.adebayo-smith@nhs.net" },
      { role: "staff_lead", name: "Marta Wiśniewska", email: "marta.wisniewska@nhs.net" },
      { role: "member", name: "Declan Furey", email: null },
    ],
    identifyingTerms: [],
    marked: `
Flexible working for community nurses: "ask once, answered in a month"

It started with a resignation letter. [[person:Marta]] read it at the staff side office: a district nurse
with eleven years’ service leaving because her request to work school hours had been refused twice.
[[person:Marta Wiśniewska]], joint chair of the staff side at [[full:Central London Community Healthcare NHS Trust]],
took the letter to [[person:Oluwaseun Adebayo-Smith]], our director of people. He read it twice and
asked how many more there were.

There were many more. A joint audit found that, across [[short:Central London Community Healthcare]], one
flexible working request in three was turned down, and that the answer took on average 71 days. Nurses in
[[place:Barnet]] waited longer than nurses in [[place:Westminster]]. Almost nobody appealed.

A JOINT POLICY

[[person:Seun]] and [[person:Marta]] rewrote the policy together in six weeks. Its principles:

- Every role can be flexible in some way, unless a manager and a rep agree it cannot.
- A request is answered within a month.
- A refusal needs a second manager’s signature and a conversation with a rep.
- Team rotas are built around the people in the team, not the other way round.

The policy was agreed at the [[decoy:Joint Negotiating and Consultative Committee]] with [[decoy:UNISON]],
the [[decoy:RCN]], [[decoy:Unite]] and the [[decoy:CSP]], and it goes further than the
[[decoy:NHS Terms and Conditions of Service Handbook]] requires.

TEAM ROTAS

The harder part was the rotas. [[person:Declan Furey]], a team leader in [[place:Hammersmith and Fulham]],
volunteered his team as the pilot. "We had six nurses who wanted to start early and nobody who wanted to
work late," he says. "It turned out the patients didn’t mind. Insulin visits could start at half seven."
[[person:Declan]]’s team now covers an extra hour each day.

The pilot spread to [[site:Edgware Community Hospital]] and to the walk-in centre at
[[site:Parsons Green]], and then to every team.

RESULTS

- Requests answered within a month: from 22 % to 91 %.
- Requests agreed in full or in part: from 64 % to 88 %.
- District nurse turnover: from 17 % to 11 % in a year.
- Return of 14 nurses who had left, on flexible contracts.

[[person:Mr Adebayo-Smith]] presented the results to the [[decoy:NHS Employers]] flexible working network,
and our chief nurse, [[unlisted:Dr Kirsty Armatage]], has made the policy part of every new nurse’s
induction.

PARTNERS

The local authorities we work alongside, [[partner:Westminster City Council]] and the
[[partner:Royal Borough of Kensington and Chelsea]], asked for the policy for their own social work
teams. [[partner:North West London ICB]] has shared it with the other community providers in the
sector.

WHAT STAFF SAY

"I can do the school run and still be a district nurse," says one of the nurses who came back. "For
two years I thought I had to choose."

[[person:Marta]] keeps the resignation letter that started it all. The nurse who wrote it withdrew it,
and she now runs a team in [[place:Kilburn]].

Share your own story with [[handle:#CLCHFlex]] or write to [[contact:staffside.clch@nhs.net]].
`,
  },
];
