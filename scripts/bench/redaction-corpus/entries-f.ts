// Redaction corpus, part F: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_F: MarkedEntry[] = [
  {
    id: "f01-newcastle-hospitals",
    odsCode: "RTD",
    style: "leading 'The' with 'upon Tyne', everyday short name 'Newcastle Hospitals', RVI and Freeman, Geordie colloquial quotes",
    people: [
      { role: "employer_lead", name: "Margaret Armstrong", email: "margaret.armstrong@nhs.net" },
      { role: "staff_lead", name: "Ibrahim Diallo", email: "ibrahim.diallo@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
CLEAN AIR, SAFE WARDS: A JOINT APPROACH TO HEAT AND VENTILATION

Summer 2022 was the hottest on record in the North East. On some wards at the
[[site:Royal Victoria Infirmary]] temperatures passed 30°C for days at a time. Staff fainted. Patients
were distressed. The staff side, led by [[person:Ibrahim Diallo]] of [[decoy:UNISON]], logged more than
200 reports in six weeks and asked for an urgent meeting with the executive.

[[person:Margaret Armstrong]], the director of estates at [[full:The Newcastle upon Tyne Hospitals NHS Foundation Trust]],
had been expecting it. “We knew the old buildings could not cope,” she says. “What we did not have was
a way of deciding, fairly, where the money should go first.” So she proposed that the staff side and
estates should decide together.

The heat and ventilation partnership group brought together estates engineers, infection control,
health and safety reps from [[decoy:UNISON]], [[decoy:Unite]] and [[decoy:the RCN]], and ward staff
from the hottest areas. Its first job was to measure. Reps placed 400 temperature loggers on wards at
the [[site:RVI]] and the [[site:Freeman Hospital]] and in the offices at [[site:Campus for Ageing and Vitality]].
The data showed that a third of clinical areas were above safe working temperatures for more than
twenty days a year.

Using that data, the group agreed a priority list, ward by ward, which both sides signed. Estates
spent £3.4 million over two years on cooling, shading and ventilation, in the order the group agreed.
Meanwhile, the group agreed interim measures: uniforms could be relaxed on hot days, cold drinks
were provided on every ward, and any member of staff could take an extra break when the temperature
passed 28°C.

[[person:Ibrahim]] says the temperature loggers made the difference. “Before, it was our word against
theirs. With the data, nobody could argue. And because reps placed the loggers, staff trusted the
numbers.” [[person:Mrs Armstrong]] agrees. “It changed how estates works. We now involve the staff side
in every capital plan.”

In summer 2024, which was nearly as hot, heat-related incident reports fell by 80 %. Staff on the
hottest wards said in the staff survey that they felt listened to. The approach has been shared with
[[partner:Newcastle City Council]], which has used the logger method in its care homes, and with
[[partner:Newcastle University]]’s school of engineering. [[decoy:NHS England]]’s estates team asked
[[short:Newcastle Hospitals]] to contribute to national guidance on overheating.

As one healthcare assistant put it, in a video shared under [[handle:#NUTHcool]]: “It’s not rocket
science, pet. You ask the people who are roasting where it’s hottest, and you fix it.” Hospitals in
[[decoy:Newcastle]] and right across the country will face hotter summers, and the [[decoy:Social Partnership Forum]]
has published our priority-list method so that any employer can use it. Reps at the
[[site:Freeman]] now run the loggers every summer, and [[acronym:NUTH]] publishes the results.
Staff living in [[place:Jesmond]] and [[place:Heaton]] have also joined a community group on heat
in older homes near the hospitals.
`,
  },
  {
    id: "f02-imperial-college-healthcare",
    odsCode: "RYJ",
    style: "one-word short name 'Imperial' that is also a university partner decoy, St Mary's with and without apostrophe, e-mail of a person not on record",
    people: [
      { role: "employer_lead", name: "Anjali Deshpande", email: "anjali.deshpande@nhs.net" },
      { role: "staff_lead", name: "Samuel Osei-Tutu", email: "samuel.osei-tutu@nhs.net" },
      { role: "member", name: "Leila Haddad", email: "leila.haddad@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
Speaking up in partnership: how our freedom to speak up service became a joint service

Context
In 2021 the freedom to speak up guardian at [[full:Imperial College Healthcare NHS Trust]] was one
person, employed by management, working alone. Staff told the staff side that they did not trust the
service because they could not see who stood behind it. Reports were low, and many of the concerns
that did come in had already gone through a union rep first.

The partnership
The chief nurse’s deputy, [[person:Anjali Deshpande]], and the staff side chair,
[[person:Samuel Osei-Tutu]] of [[decoy:Unite]], agreed to redesign the service together. They kept the
guardian – [[person:Leila Haddad]], a theatre nurse who had been in the role for a year – and built a
network of thirty speak-up champions around her, half nominated by managers and half by the staff
side. Every champion is trained together, by the guardian and a rep.

The champions work in every site: [[site:St Mary’s Hospital]] in [[place:Paddington]], [[site:Charing Cross Hospital]],
[[site:Hammersmith Hospital]], the [[site:Western Eye Hospital]] and [[site:Queen Charlotte’s and Chelsea Hospital]].
Colleagues at [[site:St Marys]] were the first to ask for champions on night shifts, and now every
site has them.

What changed
The guardian now reports quarterly to the Joint Staff Committee as well as to the board. The staff
side and management review every theme together and agree the response. When a concern involves a
rep’s member, the rep can attend the guardian’s meeting with consent. The policy was rewritten
jointly and checked against the [[decoy:National Guardian’s Office]] guidance and the
[[decoy:NHS Staff Council]]’s partnership principles.

Results
Concerns raised rose from 90 a year to 410, which both sides see as a sign of trust, not of problems.
The share of concerns raised anonymously fell from 45 % to 12 %. In the staff survey, the share of
staff who said they felt safe to speak up rose by fourteen points. Detriment for speaking up, reported
to the guardian, fell to two cases in a year, both resolved.

Partners
[[partner:Imperial College London]] evaluated the champion network, and
[[partner:North West London ICB]] has used it as a model for primary care. We worked with
[[partner:Westminster City Council]] on speak-up arrangements for joint teams.
[[decoy:UNISON]], [[decoy:the RCN]] and [[decoy:the BMA]] all nominated champions.

Reflections
[[person:Ms Deshpande]] says: “Speaking up cannot belong to management. If staff do not trust it,
it does not work.” [[person:Sam]] says: “The champions are the key. Staff can pick someone they
already trust, whether that is a manager or a rep.” The service can be reached at
[[contact:speakup.imperial@nhs.net]], and questions about the network go to
[[unlisted:Tobias Achterberg]] at [[contact:tobias.achterberg@nhs.net]], who coordinates the champions.
Staff share their stories under [[handle:#SpeakUpImperial]], and other London trusts have asked how
[[short:Imperial]] built the network.
`,
  },
  {
    id: "f03-avon-wiltshire-mh",
    odsCode: "RVN",
    style: "'Partnership' inside the trust's own name, AWP acronym, rural county places, Hindi and Scottish names, short entry",
    people: [
      { role: "employer_lead", name: "Neha Kulkarni", email: "neha.kulkarni@nhs.net" },
      { role: "staff_lead", name: "Fraser MacLeod", email: "fraser.macleod@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
Lone working safely in community mental health: a joint programme

Community mental health staff at [[full:Avon and Wiltshire Mental Health Partnership NHS Trust]] visit
people in their homes across a very large area, from the centre of [[place:Bristol]] to the villages of
[[place:Salisbury Plain]]. In 2022 three staff were assaulted on home visits in one month. The staff side
chair, [[person:Fraser MacLeod]] of [[decoy:UNISON]], asked for an urgent review of lone working.

The director of nursing’s deputy, [[person:Neha Kulkarni]], agreed that the review should be done jointly,
and that the staff doing the visits should lead it. A group of twenty community practitioners, with reps
from [[decoy:UNISON]], [[decoy:the RCN]] and [[decoy:Unite]] and managers from every locality, met
fortnightly for four months at [[site:Bath NHS House]] and online.

They found that the lone working devices staff had been given were rarely used, because they were
clumsy and nobody ever responded to a test alert. They found that visit plans were not shared with
colleagues, so nobody knew where a practitioner was. And they found that staff felt unable to refuse a
visit they thought was unsafe.

The group agreed a new approach, written into a joint policy. Every visit is logged on a shared
calendar. A buddy in the team office checks in at the planned end of each visit. Any practitioner can
decline or postpone a visit they think unsafe, and their manager must support that decision at the
time and discuss it later. Lone working devices were replaced with a phone app, tested by staff first.

Since then there has been one assault on a home visit in two years, and the practitioner concerned
raised an alert that was answered within a minute. Staff survey scores on feeling safe at work rose by
eighteen points among community staff. [[person:Fraser]] says: “The right to refuse a visit was the
heart of it. Staff now trust that they will be backed.” [[person:Dr Kulkarni]] says: “It was not about
the technology. It was about the team knowing where each other is.”

We shared the policy with [[partner:Wiltshire Council]] and [[partner:Bath and North East Somerset Council]],
whose social workers visit the same families, and with [[partner:Bath and North East Somerset, Swindon and Wiltshire ICB]].
The [[decoy:Social Partnership Forum]] included it in guidance on lone working, and other mental health
employers in the South West have adopted it. [[acronym:AWP]] staff side reps at [[site:Fountain Way]]
in [[place:Salisbury]] ran the first training sessions, and the staff side posts updates at
[[handle:@AWPStaffSide]].
`,
  },
];
