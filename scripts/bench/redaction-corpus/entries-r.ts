// Redaction corpus, part R: entries for real organisations of etr.csv, marked up as in markup.ts,
// written after the redactor's rules of decision 030 so they were not tuned on. Every person,
// e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_R: MarkedEntry[] = [
  {
    id: "r01-royal-devon",
    odsCode: "RH8",
    style: "merger story naming the predecessor trust and its acronym, sites with 'the', Cornish and Ghanaian names, phone with extension",
    people: [
      { role: "employer_lead", name: "Tamsin Trelawny", email: "tamsin.trelawny@nhs.net" },
      { role: "staff_lead", name: "Kofi Agyeman", email: "kofi.agyeman@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
Two trusts, one set of agreements: harmonising policies after a merger

When [[former:Northern Devon Healthcare NHS Trust]] joined the Royal Devon and Exeter to form
[[full:Royal Devon University Healthcare NHS Foundation Trust]] in 2022, staff on each side worked to
different policies. Sixty-three of them. A porter at [[site:North Devon District Hospital]] and a porter
at [[site:the RD&E]] in [[place:Wonford]] could be paid differently for the same night shift, and
managed under different rules if they were off sick.

The easy route was to pick the bigger trust’s policies and impose them. The people director,
[[person:Tamsin Trelawny]], refused. She asked the joint staff side chair, [[person:Kofi Agyeman]] of
[[decoy:UNISON]], to co-chair a harmonisation group, with equal numbers of managers and reps from the
north and the east of the county.

“The staff from [[former:NDHT]] were worried they would lose out,” says [[person:Kofi]]. “They had been a
small trust and they were proud of it. If we had just imposed [[place:Exeter]]’s policies, we would have
lost them.”

The group took every policy in turn and asked one question: which version is better for staff and
patients? Sometimes it was the north’s, sometimes the east’s, and sometimes neither, and the group
wrote a new one. Every draft went to both sides’ members before it was agreed. Where staff would have
lost out, protection was agreed for three years, and nobody was moved to a new contract without a
conversation with a manager and a rep first.

All 63 policies were harmonised in 20 months, without one collective dispute. [[person:Ms Trelawny]]
says the secret was pace: “We went as fast as trust allowed, and no faster.” [[person:Mr Agyeman]] says
it was honesty: “When we disagreed, we said so in the room, not in the car park.”

Staff at [[site:Barnstaple]]’s community hospitals now say they feel part of one trust. The
[[decoy:NHS Staff Survey]] shows engagement in the north up by six points. The approach has been shared
with [[partner:Cornwall Partnership]] and with the [[decoy:NHS Confederation]]’s merger network.

Anyone planning a merger is welcome to ring the staff side office on [[contact:01271 322 577 ext 3310]] or
write to [[contact:staffside@royaldevon.nhs.uk]]. The trust posts updates as [[handle:@RoyalDevonNHS]].

[[person:Tamsin]] and [[person:Kofi]] still meet every Monday, over coffee, as they did on the first day of the
merger. They say there is always something to talk about, and that the coffee in [[place:Bideford]] is
better. [[short:Royal Devon]] staff, the union reps say, now talk about “our” policies, not “theirs”.
`,
  },
  {
    id: "r02-east-suffolk-north-essex",
    odsCode: "RDE",
    style: "report with a table written as lines, predecessor hospital trust, initials with '&' in reverse, branch after union",
    people: [
      { role: "employer_lead", name: "Yusuf Abdi Warsame", email: "yusuf.warsame@nhs.net" },
      { role: "staff_lead", name: "Lorraine Pettigrew", email: "lorraine.pettigrew@nhs.net" },
      { role: "member", name: "Siân Rhys-Evans", email: null },
    ],
    identifyingTerms: ["Ipswich Hospital"],
    marked: `
Partnership in estates and facilities: bringing the domestic teams back in house

1. Introduction

For ten years the cleaning of [[site:Colchester Hospital]] was contracted out while the cleaners at
[[site:Ipswich Hospital]] were employed directly. When [[full:East Suffolk and North Essex NHS Foundation Trust]]
was formed from the two, the domestics on each site had different pay, different uniforms and different
managers. The staff side asked for the contract to come back in house. The trust agreed to look at it
jointly.

2. Who did the work

[[person:Yusuf Abdi Warsame]], director of estates, and [[person:Lorraine Pettigrew]], chair of the
[[branch:GMB ESNEFT branch]], led a joint group. [[person:Siân Rhys-Evans]], a domestic supervisor
of 22 years’ standing, sat on it for the staff, and the contractor’s own staff were invited to every
meeting.

The group met every three weeks for eight months. It visited every ward and department on both sites
at night and at weekends, and it asked the domestics themselves what a good service would look like.
Their answers shaped every recommendation: proper equipment, enough time on each ward, a supervisor who
knew their names, and the same pay as the person doing the same job on the other site of the trust.

3. What the group found

Line by line:
Turnover among contracted domestics: 41 % a year.
Turnover among directly employed domestics: 12 % a year.
Average pay gap for the same job: £1.80 an hour.
Cleanliness audit scores: 91 % at [[site:Heath Road]], 84 % at [[site:Turner Road]].

4. What was agreed

The contract ended in April. All 340 domestics transferred under [[decoy:TUPE]] to the trust on
[[decoy:Agenda for Change]] terms, with the pay gap closed on day one. Uniforms, training and managers
are now the same on both sites.

5. Results

Turnover fell to 14 % in the first year. Audit scores at [[site:Colchester]] rose to 93 %. Sickness
absence fell by a fifth.

6. What we learned

[[person:Lorraine]] says the contractor’s staff were the key: “They did not trust us at first. We went to
them, at 6 am, on their shifts.” [[person:Yusuf]] says the finance case mattered: “The money we saved on
agency cleaning paid for the pay rise.” [[person:Mr Warsame]] and [[person:Ms Pettigrew]] presented the
work to the [[decoy:Social Partnership Forum]] and to [[partner:West Suffolk NHS Foundation Trust]].

7. Contact

[[contact:estates.partnership@esneft.nhs.uk]] or [[handle:#ESNEFTDomestics]]. [[former:The Ipswich Hospital NHS Trust]]’s
old domestic office in [[place:Woodbridge]] is now the joint training room for the [[acronym:ESNEFT]] teams.
`,
  },
  {
    id: "r03-leicestershire-partnership",
    odsCode: "RT5",
    style: "speech transcript, spoken nicknames, names run together, mental health units, hashtag",
    people: [
      { role: "employer_lead", name: "Beatrice Oyelaran", email: "beatrice.oyelaran@nhs.net" },
      { role: "staff_lead", name: "Terrence Wilde", email: "terrence.wilde@nhs.net" },
    ],
    identifyingTerms: ["Bradgate Unit"],
    marked: `
Transcript of the joint address to the staff conference

[[person:BEATRICE OYELARAN]]: Good morning. I’m [[person:Beatrice]], I lead on people here at
[[full:Leicestershire Partnership NHS Trust]], and next to me is [[person:Terrence Wilde]], the staff side
chair. Most of you call him [[person:Tel]], so I will too.

[[person:TERRENCE WILDE]]: Everyone does. Even my mum.

[[person:BEATRICE OYELARAN]]: Two years ago, the wards at the [[site:Bradgate Unit]] had the highest
vacancy rate in the trust. Nurses were doing double shifts. The staff side came to me with a simple
request: let us fix it with you, not have it fixed for us.

[[person:TERRENCE WILDE]]: And to be fair to [[person:Bea]], she said yes on the spot. We set up a
group – nurses, healthcare assistants, reps from [[decoy:UNISON]] and the [[decoy:RCN]], two ward
managers. We met on the wards, not in an office. Night staff came at the end of their shifts, and we paid them
for the time, which people still mention. Every idea was written on the wall, and every idea got an
answer, even when the answer was no.

[[person:BEATRICE OYELARAN]]: What came out of it was a rota that people chose, a new band 4 role that
gave healthcare assistants a way up, and a promise that nobody would do a double shift without a
manager signing it off. Vacancies at [[site:Bradgate]] went from 28 % to 9 %.

[[person:TERRENCE WILDE]]: And people started staying. That’s what I care about. When somebody has
been with [[short:LeicestershirePartnership]] for twenty years, they know things no policy will tell you.

[[person:BEATRICE OYELARAN]]: We have taken the same approach to the [[site:Agnes Unit]] and to the
community teams in [[place:Loughborough]] and [[place:Hinckley]]. We share what we learn with
[[partner:University Hospitals of Leicester]] and with the [[decoy:NHS Staff Council]].

[[person:TERRENCE WILDE]]: And on [[handle:#LPTTogether]], where you can tell us if we’ve got it wrong.
People do. That’s the point.

[[person:BEATRICE OYELARAN]]: Thank you, [[person:Tel]]. And thank you all. If you want to join the
group, write to [[contact:partnership@leicspart.nhs.uk]]. [[acronym:LPT]] is better for it, and so am I.

[[person:TERRENCE WILDE]]: Questions? No? Then let’s get a coffee before the next session. The
[[decoy:Royal College of Nursing]] stand is by the door, and so is the staff side’s, and we have better
biscuits.

[[person:BEATRICE OYELARAN]]: We do. Thank you, everyone, for coming, and for everything you do on
the wards every day and every night. None of this works without you.
`,
  },
  {
    id: "r04-coventry-warwickshire-partnership",
    odsCode: "RYG",
    style: "case study in the third person, lower-case names in a quoted message, Polish and Somali names, towns in a list after a colon",
    people: [
      { role: "employer_lead", name: "Małgorzata Kowalczyk", email: "malgorzata.kowalczyk@nhs.net" },
      { role: "staff_lead", name: "Abdirahman Farah", email: "abdirahman.farah@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
Case study: a fairer way to handle disciplinaries

In 2022 the staff side at [[full:Coventry and Warwickshire Partnership NHS Trust]] reviewed five years of
disciplinary cases. They found that Black and minority ethnic staff were twice as likely to be put
through a formal process as white colleagues, for the same kinds of concern. They took the figures to
the director of people, [[person:Małgorzata Kowalczyk]], known to colleagues as [[person:Gosia]].

She did not argue with them. She asked the staff side chair, [[person:Abdirahman Farah]], to lead a joint
review with her, and she told the board the same week.

The review took a year. It met in the evenings as well as the day, so that staff on late shifts and
community staff could come, and every meeting ended with a note sent to all members within two days.
Nothing was decided outside the room, and nothing was kept from members. A joint panel of managers and reps read every case. They found three causes:
managers who went straight to a formal process because they did not know another way; investigations
that took months; and no-one checking the pattern across the trust.

What changed:
- every case is now checked by a manager and a rep together before a formal process starts;
- investigations have a 30-day target, and an independent investigator for serious cases;
- the pattern is reported to the board every quarter, by ethnicity, band and service.

In two years, formal cases fell by 58 %, and the gap between Black and minority ethnic staff and white
colleagues closed. The trust’s [[decoy:Workforce Race Equality Standard]] results improved on every
measure linked to discipline.

The services that took part first are spread across the county: [[place:Nuneaton]], [[place:Rugby]],
[[place:Leamington]] and the [[site:Caludon Centre]] in [[place:Coventry]].

[[person:Mr Farah]] says the most important moment was a message from a ward manager, which he shared
with permission: “[[person:abdi]], I nearly suspended someone last night, then I remembered the check. we talked
instead. thank you.”

[[person:Ms Kowalczyk]] says: “The numbers were shocking. But the people in them were our colleagues,
and we owed them better.” [[person:Abdi]] and [[person:Gosia]] have presented the work to the
[[decoy:NHS Employers]] equality network and to colleagues at [[partner:Coventry and Warwickshire ICB]].

The toolkit is free: [[contact:fair.process@covwarkpt.nhs.uk]] or [[handle:@CWPT_NHS]]. Staff at
[[acronym:CWPT]] say it is the first time they have seen a policy change because of what the staff side
found in the data.
`,
  },
];
