// Redaction corpus, part V: entries for real organisations of the register, marked up as in markup.ts,
// written before the redactor's rules of decision 035 and measured first, as a check against tuning.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_V: MarkedEntry[] = [
  {
    id: "v01-south-east-coast-ambulance",
    odsCode: "RYD",
    style: "ambulance trust with a mixed-case acronym, hard line breaks, operations centres by town, a Nigerian name with nickname, a name in an ALL-CAPS heading, people not on record",
    people: [
      { role: "employer_lead", name: "Adaeze Okafor", email: "adaeze.okafor@secamb.nhs.uk" },
      { role: "staff_lead", name: "Graham Pettifer", email: "graham.pettifer@secamb.nhs.uk" },
      { role: "member", name: "Ioana Constantinescu", email: null },
    ],
    identifyingTerms: [],
    marked: `
Tackling sexual harassment in the ambulance service: a joint charter

WHY

In 2021 a staff survey at [[full:South East Coast Ambulance Service NHS Foundation Trust]] found that one
in five women working on the road had been sexually harassed by a colleague in the previous year. Most
had told no one. Those who had told someone said nothing happened, or that they were moved and the
colleague was not.

The report landed on the desks of [[person:Adaeze Okafor]], director of HR, and [[person:Graham Pettifer]],
[[decoy:GMB]] branch secretary and a paramedic of 28 years. They read it separately, and on the same
evening each phoned the other.

WHAT WE DID TOGETHER

Within a month [[short:SECAmb]] and its unions had agreed a charter with five commitments:

1. Every report is taken seriously and investigated by someone outside the reporter’s team.
2. The person reporting is never the one moved.
3. Every manager and every rep is trained, together, in handling disclosures.
4. Crew pairings take account of concerns without anyone having to explain themselves.
5. Figures are published to all staff every quarter.

The charter was signed by [[decoy:UNISON]], the [[decoy:GMB]] and [[decoy:Unite]], and it follows the
[[decoy:NHS England]] sexual safety charter, which came later and which we were glad to join.

GRAHAM AND ADAEZE

"[[person:Ada]] had the harder job," says [[person:Graham]]. "She had to tell some senior people that
their friends were the problem."

[[person:Ms Okafor]] says [[person:Mr Pettifer]]’s job was no easier: "He had to tell some members that
the union would not defend behaviour it had always defended before. He did it at every station."

[[person:Ioana Constantinescu]], an emergency care support worker at [[site:Gillingham make ready centre]],
joined the working group after reporting harassment herself. "I wanted the next person to have a better
experience than I did," she says. [[person:Ioana]] now trains new managers.

WHAT CHANGED

- Reports rose fourfold in the first year: the group had expected and hoped for that.
- Every report was investigated within 30 days.
- 14 members of staff were dismissed and 31 given final warnings.
- In the next survey, the share of women on the road who had been harassed by a colleague fell from
  one in five to one in eleven.

The [[decoy:Care Quality Commission]] had raised the culture of the organisation in 2019. In 2023 its
inspectors wrote that staff "felt able to speak up".

WHERE IT HAPPENED

The charter started in the control rooms at [[site:Crawley]] and [[site:Coxheath]] and in the stations around
[[place:Brighton]] and [[place:Thanet]], and then everywhere. Partners at
[[partner:Kent and Medway ICB]] and at [[partner:the University of Brighton]], where we train our
paramedics, have adopted it for placements.

Our chief executive, [[unlisted:Simeon Radclyffe]], and our chair, [[unlisted:Dr Linda Oduya]], have both
spoken at every regional briefing, and the board reviews the figures every quarter.

WHAT WE LEARNED

Publish the numbers, even when they look bad. Train managers and reps together, in the same room.
Never move the person who speaks up.

Ask us for the charter at [[contact:sexual.safety@secamb.nhs.uk]] or follow [[handle:#SECAmbSafe]]
and [[handle:@SECAmbulance]].
`,
  },
];
