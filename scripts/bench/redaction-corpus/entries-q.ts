// Redaction corpus, part Q: entries for real organisations of etr.csv, marked up as in markup.ts,
// written after the redactor's rules of decision 030 so they were not tuned on. Every person,
// e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_Q: MarkedEntry[] = [
  {
    id: "q01-dudley-group",
    odsCode: "RNA",
    style: "newsletter feature, leading 'The' dropped, site named by its possessive, Punjabi and Irish names, quoted nickname",
    people: [
      { role: "employer_lead", name: "Harjit Kaur Sandhu", email: "harjit.sandhu@nhs.net" },
      { role: "staff_lead", name: "Pádraig Ó Súilleabháin", email: "padraig.osullivan@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
STAFF NEWS: the night shift that said no, and the managers who listened

When the night healthcare support workers at [[full:The Dudley Group NHS Foundation Trust]] were told
their unsocial hours payments would be calculated a new way, they did something unusual. They asked
for a meeting, all of them, at 3 am, on the wards, and they asked the director to come.

She did. [[person:Harjit Kaur Sandhu]], chief people officer, spent a week of nights at
[[site:Russells Hall]] with the staff side chair, [[person:Pádraig Ó Súilleabháin]] of [[decoy:UNISON]]. She
listened on every ward. By the end of the week she had a list of 31 problems, and only four of them
were about pay.

“We thought the issue was money,” [[person:Harjit]] says. “It was really about being seen. Night staff
had no manager they could reach, no hot food after 10 pm, and training that only ran in the day.”

[[person:Pádraig]], whom everyone on the staff side calls “[[person:Paddy]]”, says the partnership worked
because nobody pretended. “[[person:Ms Sandhu]] said on the first night that she could not change the
pay rules, which are national under [[decoy:Agenda for Change]]. But she could change everything
else. And she did.”

A joint night-shift group now meets monthly. It has brought in a night matron for every division, hot
food until 2 am, training sessions that start at 9 pm, and a quiet room at [[site:Corbett Outpatient Centre]]
for night staff travelling between sites. Turnover among night support workers fell from 19 % to 9 %.

[[person:Mr Ó Súilleabháin]] has presented the work to the [[decoy:Social Partnership Forum]] and to
colleagues at [[partner:Sandwell and West Birmingham]], and the group’s guide is free to anyone who asks
at [[contact:nights@dgft.nhs.uk]]. Staff can follow the group at [[handle:#DudleyNights]].

“It was not a campaign,” says [[person:Paddy]]. “It was a conversation that kept going.” He adds that
the hardest part was the first meeting, when nobody was sure the other side would come back, and that
the second meeting was full. Nobody, he says, has missed one since then, not even in the winter of
the norovirus outbreak.

[[short:Dudley Group]] staff who work nights in [[place:Stourbridge]] and [[place:Brierley Hill]] clinics
are now included too, after the group asked for them to be. The [[acronym:DGFT]] board has agreed to
fund the night matrons permanently. The [[decoy:Royal College of Nursing]] has asked to use the guide
in its own training for new reps, and two other trusts have visited to see the night shift for
themselves.
`,
  },
  {
    id: "q02-northumbria",
    odsCode: "RTF",
    style: "ALL-CAPS headings, bullet lists, hard line breaks, HQ site, towns of the region, union branch before the union",
    people: [
      { role: "employer_lead", name: "Rosalind Armstrong", email: "rosalind.armstrong@nhs.net" },
      { role: "staff_lead", name: "Kwesi Mensah-Bonsu", email: "kwesi.mensah-bonsu@nhs.net" },
      { role: "member", name: "Dr Ifeoluwa Bankole", email: null },
    ],
    identifyingTerms: [],
    marked: `
SUMMARY

[[full:Northumbria Healthcare NHS Foundation Trust]] and its trade unions agreed a joint approach to
violence and aggression against staff. In two years, reported assaults fell by 37 % and every
assaulted colleague now gets a call from a manager and a rep within a day.

BACKGROUND

Violence against staff was the issue raised most often at the joint negotiating committee for three
years running. Staff told us that they no longer reported assaults because nothing happened when they
did, and that some of them had stopped wearing their lanyards outside work. Reps spent more time
supporting assaulted colleagues than on any other casework, and managers said they did not know what
they were allowed to do.

In 2021 more than 600 staff reported being assaulted at work. Most were in emergency care at
[[site:Northumbria Specialist Emergency Care Hospital]] in [[place:Cramlington]], and in the
community teams. The [[branch:Northumbria Healthcare UNISON branch]] and the [[decoy:RCN]] asked for a
joint review. The chief operating officer, [[person:Rosalind Armstrong]], agreed at once.

WHAT WE DID

- A joint group chaired by [[person:Ms Armstrong]] and [[person:Kwesi Mensah-Bonsu]], the staff side
  chair, with security, clinicians, reps and two staff who had been assaulted.
- Body-worn cameras, chosen and tested by staff.
- A call within 24 hours to anyone assaulted, from their manager and a rep together.
- Support to press charges, with the police liaison officer at
  [[site:North Tyneside General Hospital]].
- A training course co-designed with [[person:Dr Ifeoluwa Bankole]], consultant in emergency medicine,
  known on the department as [[person:Dr Ife]].

WHAT CHANGED

- Reported assaults down 37 %.
- 94 % of assaulted staff called within a day.
- Prosecutions up from 4 to 29.
- Staff who feel safe at work, in the [[decoy:NHS Staff Survey]]: up 11 points.

WHAT WE LEARNED

[[person:Kwesi]] says: “The call matters more than the camera. People need to know somebody cares.”
[[person:Rosalind]] says: “We stopped treating violence as part of the job. So did our staff.”
Both say that the group worked because it met on the wards, at times that suited night staff, and
because every decision was written down and sent to every member the same day. Neither side briefed
against the other, and when the cameras were late, the group said so openly.

WHAT NEXT

The approach will extend to [[site:Wansbeck General]] and [[site:Hexham General]] this year, and the
group is sharing it with [[partner:Northumbria Police]] and [[partner:Cumbria, Northumberland, Tyne and Wear]].
Contact: [[contact:violence.reduction@northumbria-healthcare.nhs.uk]], or follow [[handle:@NorthumbriaNHS]].
[[acronym:NHCFT]] staff in [[place:Blyth]] and [[place:Alnwick]] community teams joined in the second year.
`,
  },
  {
    id: "q03-shrewsbury-telford",
    odsCode: "RXW",
    style: "letter of endorsement, leading 'The', '&' in the name, two hospitals by initials, Welsh place names",
    people: [
      { role: "employer_lead", name: "Gareth Vaughan-Jones", email: "gareth.vaughan-jones@nhs.net" },
      { role: "staff_lead", name: "Mariam Chaudhry", email: "mariam.chaudhry@nhs.net" },
      { role: "endorser", name: "Dame Eluned Parry", email: null },
    ],
    identifyingTerms: [],
    marked: `
Dear judges,

I am writing to support the nomination of the staff partnership at [[full:The Shrewsbury and Telford Hospital NHS Trust]]
for this award. I chaired the trust’s board until last year, and I have seen few pieces of work that
changed a place as much as this one.

When I arrived, [[short:Shrewsbury & Telford]] was a trust in difficulty. Maternity services were under
national scrutiny, staff were leaving, and relations between the executive team and the trade unions
were poor. [[person:Gareth Vaughan-Jones]], our director of people, and [[person:Mariam Chaudhry]], who
chairs the staff side and is a [[decoy:Royal College of Midwives]] rep, decided that the way out had to
be shared.

They began with maternity. Midwives at [[site:the PRH]] and [[site:the RSH]] were asked, in joint
listening sessions led by [[person:Mariam]] and [[person:Gareth]] together, what would make them stay.
The answers were simple: safe staffing, a say in their rotas, and being believed when they raised a
concern. Each was turned into an agreement, written by both sides and signed by both.

I remember the board meeting at which [[person:Ms Chaudhry]] presented the first results. Midwife
vacancies had halved. Incident reporting had gone up, which she explained was a sign of trust, not of
danger. The board, for once, applauded.

The agreements were not easy. There were months when the two sides could not agree on how to count
vacancies, and one meeting ended early when feelings ran high. But they came back the next week, and
the week after, and they kept every promise they made in writing, which is rarer than it should be.

The work has spread to every division. It has been shared with [[partner:Shropshire Community Health NHS Trust]]
and with colleagues across the border in [[partner:Powys]], many of whose patients come to
[[site:Royal Shrewsbury]]. The staff side’s [[handle:#SaTHTogether]] posts are read by hundreds of staff
each week, and [[acronym:SaTH]] is no longer a name people apologise for.

[[person:Mr Vaughan-Jones]] would say the credit belongs to the staff. [[person:Ms Chaudhry]] would say it
belongs to the managers who listened. Both are right. The [[decoy:Care Quality Commission]] noticed the
change too: its last report said that staff felt able to speak up, and that leaders listened when
they did.

I commend them to you without reservation. Staff in [[place:Oswestry]] and [[place:Welshpool]], who
once felt a long way from decisions, now sit on the partnership forum too.

Yours faithfully,

[[person:Dame Eluned Parry]]
Former Chair
`,
  },
];
