// Redaction corpus, part X: entries for real organisations of the register, marked up as in markup.ts,
// written before the redactor's changes of session 8 (decision 035) and measured first, as a check
// against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_X: MarkedEntry[] = [
  {
    id: "x01-sussex-community",
    odsCode: "RDR",
    style: "community trust next to an ICB: community hospitals by town and by short name, a Sri Lankan Tamil name with initials, lists of sites, a neighbouring trust with a similar name as a decoy partner, hard line breaks mid-sentence",
    people: [
      { role: "employer_lead", name: "Priyanka Sivanesan", email: "priyanka.sivanesan@nhs.net" },
      { role: "staff_lead", name: "Declan Ó Súilleabháin", email: "declan.osuilleabhain@nhs.net" },
      { role: "member", name: "Marguerite Afolabi-Jenkins", email: null },
    ],
    identifyingTerms: [],
    marked: `
Community nurses who stay: a partnership on caseloads
and travel time

CONTEXT

District nurses at [[full:Sussex Community NHS Foundation Trust]] visit around
5,000 patients a day in their homes. In 2022 our community nursing teams were carrying
caseloads a third higher than the national benchmark, and one nurse in five left each year.
Staff told their reps the caseload was only half the problem: the other half was travel.

The trust’s partnership forum, which includes [[decoy:UNISON]], the [[decoy:RCN]], [[decoy:Unite]] and
the [[decoy:Chartered Society of Physiotherapy]], agreed to look at both together.

WHO LED IT

[[person:Priyanka Sivanesan]], associate director of community services, and
[[person:Declan Ó Súilleabháin]], [[decoy:RCN]] senior steward, co-led the work.
[[person:P. Sivanesan]] (as her e-mails are signed) is "[[person:Priya]]" to everyone else.
[[person:Declan]] trained at [[site:Brighton General]] and has worked in the community for
twenty-two years.

[[person:Marguerite Afolabi-Jenkins]], a team leader in [[place:Crawley]], brought the view from the
teams: "We were told to cut travel. Nobody asked us where the travel came from."

WHAT WE FOUND

Together the group mapped every visit for a month. Travel took 31 % of nurses’ time. Teams were
based where buildings were, not where patients lived: at [[site:Brighton General Hospital]],
[[site:Horsham Hospital]], [[site:Zachary Merton]] and [[site:Bognor War Memorial]], with
patients spread across three counties’ worth of lanes.

WHAT WE CHANGED

- Caseloads capped by acuity, using a tool the nurses helped to adjust, with the cap agreed in the
  partnership forum and reviewed every quarter.
- Hot desks in GP surgeries and council offices, so nurses start and finish near their patients.
- Mileage paid on the day it is claimed.
- A protected hour each week for teams to talk about difficult cases, with [[decoy:Professional Nurse Advocates]].
- A rep on every locality workforce group.

[[person:Priya]] insisted on one more thing: "Whatever we did at [[site:Zachary Merton]] we did at
[[site:Crawley Hospital]] too. No locality left behind."

RESULTS

Leavers from community nursing: from 20 % to 12 % in eighteen months. Time spent travelling: from 31 %
to 22 %. Visits completed on the day planned: from 84 % to 95 %. The [[decoy:NHS Staff Survey]] score for
"I have adequate materials, supplies and equipment" rose by 9 points, helped by the desks.

The [[partner:Sussex Health and Care]] partnership and [[partner:NHS Sussex]], our integrated care board,
have asked us to write up the caseload cap for the county’s primary care networks.
[[partner:West Sussex County Council]] lent us the desk space. [[partner:Sussex Partnership]], the county’s
mental health trust, is a different organisation, and we mention it only because people confuse us.

WHAT WE WOULD SAY TO OTHERS

Map the travel before you argue about it. Share the map with the staff side first. And pay the
mileage.

[[person:Ms Afolabi-Jenkins]] says the best sign is small: "People come to the team meeting now. They
used to be in the car."

The caseload cap has now been in place for two winters. In the second, when the county’s
hospitals were full, the partnership forum agreed to lift it for six weeks and to restore it on a
fixed date, which it did. [[person:Declan]] calls that the real test: "Anyone can keep a promise in
the summer."

More at [[contact:www.sussexcommunity.nhs.uk]] or [[handle:@NHSSussexComm]], and on
[[handle:#SCFTnursing]].
`,
  },
  {
    id: "x02-swansea-bay",
    odsCode: "7A3",
    style: "Welsh health board: hospitals in Welsh and English, the former name and its initials, Welsh names with ap and ferch, a Bengali name, the boundary change as history, a council in Welsh",
    people: [
      { role: "employer_lead", name: "Rhodri ap Gwilym", email: "rhodri.apgwilym@wales.nhs.uk" },
      { role: "staff_lead", name: "Nasreen Akhtar Chowdhury", email: "nasreen.chowdhury@wales.nhs.uk" },
      { role: "member", name: "Eleri ferch Dafydd", email: null },
    ],
    identifyingTerms: ["Morriston Hospital", "Singleton Hospital"],
    marked: `
Partneriaeth ar waith: rebuilding trust in the estates and facilities workforce

SUMMARY

[[full:Swansea Bay University Health Board]] employs around 1,600 estates, catering, portering and
domestic staff. In 2021 sickness absence among them was the highest in the board, and a third of the
grievances raised in the organisation came from facilities. This entry describes what managers and
trade unions did about it together.

A LITTLE HISTORY

Until 2019 we were [[former:Abertawe Bro Morgannwg University Health Board]], and many staff still
say "[[former:ABMU]]". When [[place:Bridgend]] moved to another health board that April, facilities
teams were split in two and rotas were rebuilt in a hurry. Much of the anger we set out to address
dated from that summer.

THE PEOPLE

[[person:Rhodri ap Gwilym]], assistant director of estates, and [[person:Nasreen Akhtar Chowdhury]],
[[decoy:UNISON]] branch secretary, agreed to lead a joint review. [[person:Mr ap Gwilym]] had come from
local government; [[person:Ms Chowdhury]] had been a domestic at [[site:Singleton]] for fourteen years
before she became a full-time rep. Staff call her "[[person:Naz]]".

[[person:Eleri ferch Dafydd]], a porter at [[site:Morriston]] and a [[decoy:GMB]] member, joined to
make sure night and weekend staff were heard. [[person:Eleri]] held listening sessions in Welsh and
English, at [[site:Ysbyty Treforys]] and at [[site:Ysbyty Singleton]], and at three in the morning
where that was when people were at work.

WHAT WE DID

- Every facilities manager trained in the [[decoy:Welsh Partnership Forum]]’s approach to
  resolving disputes early, alongside their local rep.
- Rotas rebuilt with staff, site by site, starting at [[site:Neath Port Talbot Hospital]] because it
  was smallest.
- A joint absence panel that looks at the causes (lifting, shifts, equipment) rather than only the
  person.
- Paid time for domestic and portering staff to attend team meetings.

[[person:Naz]] says the panel changed the mood: "People came in expecting a warning. They left with a
new trolley."

RESULTS

Sickness absence in facilities: from 9.8 % to 6.1 %. Grievances: from 41 a year to 12. Vacancies for
porters: from 38 to 9. Staff who would recommend the board as a place to work, in our own survey:
from 36 % to 58 %.

PARTNERS

[[partner:Cyngor Abertawe]] (the City and County of [[place:Swansea]] council) shared its own facilities
data, and [[partner:Swansea University]] helped us design the listening sessions. We presented the work
to the [[decoy:NHS Wales Employers]] partnership group.

WHAT OTHERS CAN LEARN

Start where the work is smallest, so the first success comes quickly. Go at night. Speak both
languages. [[person:Rhodri]] adds: "And do not assume that a rota made in an office works in a
hospital."

SUSTAINING IT

The joint absence panel is now written into the board’s partnership agreement, so it does not depend
on the people who started it. A second panel has begun at [[site:Cefn Coed]], our mental health
hospital, where the domestic team asked for one after hearing about it in the canteen. Reps and
managers from [[site:Gorseinon Hospital]] have visited to see how the rotas were rebuilt.

Each quarter the panel reports its figures to the [[decoy:Local Partnership Forum]], and the staff
side chooses which site goes next. [[person:Eleri]] says that is the part she is proudest of: "We are
not asked any more. We decide."

Contact [[contact:partneriaeth.sbu@wales.nhs.uk]] or follow [[handle:@SwanseaBayNHS]].
`,
  },
  {
    id: "x03-barts-health",
    odsCode: "R1H",
    style: "large London acute group: five hospitals by short names and initials, hospitals of other trusts named in passing, a Somali name, a Nigerian name with a nickname, the former trusts' names, a hashtag with the group's name",
    people: [
      { role: "employer_lead", name: "Abdirahman Warsame Hussein", email: "abdirahman.hussein@nhs.net" },
      { role: "staff_lead", name: "Chidinma Okafor-Reid", email: "chidinma.okafor-reid@nhs.net" },
      { role: "member", name: "Stanisław Kowalczyk", email: null },
    ],
    identifyingTerms: [],
    marked: `
Fair shot: a joint approach to bias in disciplinary cases

WHY WE STARTED

Black and minority ethnic staff at [[full:Barts Health NHS Trust]] were twice as likely as white
colleagues to enter a formal disciplinary process. The [[decoy:Workforce Race Equality Standard]] had
told us this for five years. In 2022 the trust and its trade unions decided to stop reporting the
figure and start changing it.

[[short:Barts]] is one of the largest trusts in the country, with five hospitals: [[site:the Royal London]],
[[site:St Bartholomew’s]], [[site:Whipps Cross]], [[site:Newham]] and [[site:Mile End]]. Practice
differed from site to site, which made the problem hard to see.

WHO

[[person:Abdirahman Warsame Hussein]], director of employee relations, and
[[person:Chidinma Okafor-Reid]], [[decoy:UNISON]] branch secretary, co-chaired the work.
[[person:Chidinma]] is "[[person:Chi-Chi]]" on the wards and "[[person:Ms Okafor-Reid]]" in hearings.
[[person:Abdirahman]] had been a ward manager at [[site:Whipps]] before moving into HR.

[[person:Stanisław Kowalczyk]], a senior porter at [[site:the RLH]] and a [[decoy:GMB]] rep,
joined to represent estates and facilities, where many cases began.

WHAT WE DID

- Every case screened by a manager and a rep together before it became formal, asking one question:
  would we do this if the person were white?
- A cultural ambassador, trained with the [[decoy:Royal College of Nursing]]’s programme, present at
  every hearing involving a minority ethnic member of staff.
- Decision makers trained in just culture, with the material borrowed from [[decoy:Mersey Care]]’s
  published work.
- Monthly data by site and by ethnicity, shared with the staff side before the board.

[[person:Mr Hussein]] says the screening was the change that mattered. "Half of the cases that came to
us were conversations that should have happened on the ward."

RESULTS

- Formal disciplinary cases: down by 58 % in two years.
- The relative likelihood of minority ethnic staff entering a formal process: from 2.1 to 1.1.
- Suspensions: from 44 a year to 9.
- Days lost to suspension: down by 80 %.

The [[decoy:NHS Staff Survey]] score for "the organisation acts fairly with regard to career
progression" rose by 7 points among minority ethnic staff.

OUR PARTNERS

[[partner:Queen Mary University of London]] evaluated the screening. We shared our approach with
[[site:the Homerton]] and with [[site:King George]] in [[place:Ilford]] through the
[[partner:North East London ICB]] people board, and with [[place:Tower Hamlets]] council’s own
HR team.

Some of our longest-serving reps remember the three trusts that merged in 2012 —
[[former:Barts and The London NHS Trust]], [[former:Newham University Hospital NHS Trust]] and
[[former:Whipps Cross University Hospital NHS Trust]] — and the three disciplinary policies that came
with them. "We have had one policy for ten years," [[person:Chi-Chi]] says. "Now we have one practice
too."

WHAT OTHERS CAN LEARN

Screen before you start. Put the data in front of the staff side first. Ask the uncomfortable question
out loud.

The screening panels now sit weekly on each site. At [[site:Whipps Cross]] they meet in the old
nurses’ home; at [[site:Newham]] in the education centre. [[person:Stan]], as
[[person:Mr Kowalczyk]] signs his e-mails, chairs the facilities panel and has trained eleven new reps
to sit on it. "Most cases now end with a conversation and a plan," he says. "That is what they
should have been from the start."

Follow the work at [[handle:#BartsFairShot]] and [[handle:@NHSBartsHealth]], or e-mail
[[contact:fairshot@bartshealth.nhs.uk]].
`,
  },
];
