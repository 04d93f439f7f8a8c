// Redaction corpus, part G: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_G: MarkedEntry[] = [
  {
    id: "g01-hounslow-richmond-community",
    odsCode: "RY9",
    style: "community trust with two borough names, union branch name, memorial hospital, Tamil and Jamaican names, lower-case acronym",
    people: [
      { role: "employer_lead", name: "Karthik Subramaniam", email: "karthik.subramaniam@nhs.net" },
      { role: "staff_lead", name: "Marcia Campbell-Grant", email: "marcia.campbell-grant@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
Partnership in a small community trust: the district nursing workload agreement

District nurses at [[full:Hounslow and Richmond Community Healthcare NHS Trust]] visit more than 2,000
patients a week in their homes. By 2022 caseloads had grown by a third in five years, with no more
nurses. Visits were rushed, breaks were skipped, and nurses worked unpaid overtime to finish their
notes at the kitchen table at night. The [[branch:Hounslow and Richmond UNISON branch]] raised it
formally, and the staff side chair, [[person:Marcia Campbell-Grant]], put it plainly: “We are going
to lose our district nurses, and once they are gone they will not come back.”

The director of operations, [[person:Karthik Subramaniam]], agreed to work on a solution jointly. He and
[[person:Marcia]] formed a workload group of district nurses, team leaders, reps from [[decoy:UNISON]],
[[decoy:the RCN]] and the [[decoy:Queen’s Nursing Institute]]’s local network, and the informatics team.

The group’s first step was to measure the work properly. Every nurse recorded every visit, its length,
travel time and documentation time for four weeks. The results showed that travel in
[[place:Twickenham]], [[place:Feltham]] and [[place:Isleworth]] took far longer than the planning tool
assumed, and that documentation took a quarter of the working day.

From this, the group wrote a workload agreement, signed by both sides. It sets a maximum number of
visit hours per nurse per day, with travel time counted realistically. When demand exceeds the
maximum, team leaders must escalate rather than stretch the team, and the escalation goes to a daily
huddle at [[site:Teddington Memorial Hospital]]. Documentation time is built into every shift. And
nobody is expected to work unpaid: any extra time is logged and either paid or given back.

Within a year, unpaid overtime reported by district nurses fell by 70 %. Vacancy rates fell from 18 %
to 7 %. Patients’ experience scores rose. In the staff survey, community nurses’ scores on having
enough time to do their job properly doubled.

[[person:Mr Subramaniam]] says: “We had to admit that we could not do everything, and agree with
commissioners what happens when demand is higher than capacity. The staff side gave us the evidence
to have that conversation.” The group shared its findings with [[partner:South West London ICB]],
[[partner:Hounslow Council]] and [[partner:Richmond Council]], and agreed escalation routes with the
acute hospitals nearby. [[partner:Kingston University]] now uses the workload agreement in its
district nursing course.

[[person:Ms Campbell-Grant]] says the agreement works because it is specific. “A policy that says
workload should be reasonable changes nothing. One that says how many hours, and what happens when
you go over, changes everything.” The [[decoy:Social Partnership Forum]] and [[decoy:NHS Employers]]
have both featured it, and nurses at [[acronym:hrch]] share their tips on the intranet and under
[[handle:#HRCHnurses]]. Staff from the [[site:Thames House]] office in [[place:Teddington]] joined
the visits in the measurement weeks so that everyone saw the same numbers.
`,
  },
  {
    id: "g02-london-north-west",
    odsCode: "R1K",
    style: "'University Healthcare' name, LNWH acronym, Northwick Park and Ealing, Somali and Portuguese names, handles and branch",
    people: [
      { role: "employer_lead", name: "Hodan Warsame", email: "hodan.warsame@nhs.net" },
      { role: "staff_lead", name: "João Pereira da Silva", email: "joao.pereiradasilva@nhs.net" },
      { role: "member", name: "Ruth Abernethy", email: "ruth.abernethy@nhs.net" },
    ],
    identifyingTerms: ["Northwick Park"],
    marked: `
INTERNATIONAL RECRUITS: A PARTNERSHIP WELCOME THAT KEEPS PEOPLE

Between 2021 and 2023, [[full:London North West University Healthcare NHS Trust]] recruited more than
900 nurses, midwives and allied health professionals from overseas. They came from India, the
Philippines, Nigeria, Ghana, Zimbabwe and Kerala, and many arrived in winter with a suitcase and a
starting date. Within a year, one in six had left – for other trusts, for agencies, or home.

The staff side were the first to notice why. Reps at [[site:Northwick Park Hospital]] were being
approached by new recruits with problems about housing deposits, visa conditions, being placed on
wards without induction, and being told they could not move to another role for three years. The
[[branch:Northwick Park RCN branch]] raised it with the director of nursing’s team, and
[[person:Hodan Warsame]], the deputy chief nurse, asked the staff side to help redesign the welcome.

She and [[person:João Pereira da Silva]], the [[decoy:Unite]] lead who had himself come from Portugal
to work as a physiotherapist twelve years earlier, led a joint group. [[person:Ruth Abernethy]], the
practice education lead, joined them, with reps from [[decoy:UNISON]], [[decoy:the RCN]] and
[[decoy:the RCM]] and recent recruits from every professional group.

The group changed four things. Every international recruit is now met on arrival and given a staff
side buddy from their own profession. A housing deposit loan is available from the first week. The
repayment clause for relocation costs was removed, after the staff side showed it was deterring people
from raising concerns. And every recruit gets a six-week supernumerary induction, agreed with ward
managers in advance, at [[site:Ealing Hospital]], [[site:Central Middlesex Hospital]] or
[[site:Northwick Park]].

One-year retention rose from 83 % to 95 %. Recruits’ staff survey scores on feeling welcome rose by
twenty points. Reps report far fewer cases of recruits being pressured about visa status.

[[person:Ms Warsame]] says: “We were spending millions recruiting people and then losing them because
we had not thought about what it is like to arrive in [[place:Harrow]] in January knowing nobody.”
[[person:João]] says: “The buddy scheme worked because the buddies were people who had done it
themselves.”

We shared the approach with [[partner:North West London ICB]], with [[partner:Brent Council]] and
[[partner:Ealing Council]] on housing, and with [[partner:Brunel University London]]. [[decoy:NHS England]]’s
international recruitment team and the [[decoy:Nursing and Midwifery Council]] both asked for copies of
the induction plan, and the [[decoy:Social Partnership Forum]] published our buddy guide. Recruits post
photos of their first day under [[handle:#LNWHWelcome]], and the staff side shares them from
[[handle:@LNWH_StaffSide]]. Staff in [[place:Southall]] and [[place:Wembley]] now run welcome events
for new colleagues each month, and [[acronym:LNWH]] has made the buddy scheme permanent.
`,
  },
];
