// Redaction corpus, part B: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_B: MarkedEntry[] = [
  {
    id: "b01-birmingham-solihull-mh",
    odsCode: "RXT",
    style: "story told through quotes, nickname, long acronym, headquarters site, local places",
    people: [
      { role: "employer_lead", name: "Harjinder Sandhu", email: "harjinder.sandhu@bsmhft.nhs.uk" },
      { role: "staff_lead", name: "Aoife McGuinness", email: "aoife.mcguinness@bsmhft.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
“We were losing newly qualified nurses faster than we could recruit them.” That is how
[[person:Harj Sandhu]], deputy director of nursing at
[[full:Birmingham and Solihull Mental Health NHS Foundation Trust]], describes the position in 2022.
One in five mental health nurses left within two years of qualifying. Exit interviews said the
same things again and again: too little support on the wards, too much paperwork, too few chances
to develop, and a feeling that nobody listened.

The staff side had been saying the same for years. [[person:Aoife McGuinness]], the [[decoy:RCN]]
steward who chairs the staff side, remembers the moment things changed. “[[person:Harjinder]] came to
the staff side meeting on his own, without a paper, and asked us what we would do. Nobody from the
executive had done that before.”

What they built together was the First Two Years Promise. Every newly registered nurse or allied
health professional joining [[acronym:BSMHFT]] gets a named preceptor, protected time for supervision
every fortnight, a rotation offer after twelve months, and a staff side buddy from one of the
recognised unions – [[decoy:UNISON]], [[decoy:Unite]], the [[decoy:RCN]] or [[decoy:GMB]]. The promise is
written into a joint agreement, and both sides report on it to the Joint Negotiating Committee every
quarter.

“The buddy was the bit I was most worried about,” says [[person:Mr Sandhu]]. “I thought managers
would see it as the union recruiting on the wards. In fact, it was the thing new staff valued most,
because it was somebody outside their line who they could ring.”

The promise was piloted on the acute wards at the [[site:Barberry]] and at
[[site:Oleaster]], then rolled out across community teams in [[place:Erdington]], [[place:Small Heath]]
and [[place:Solihull]]. Training for preceptors was designed jointly with
[[partner:Birmingham City University]], and [[partner:Birmingham and Solihull ICB]] funded the
first year of protected supervision time.

The results came quickly. Two-year turnover among newly qualified nurses fell from 21 % to 12 %.
Preceptees’ scores on the staff survey question about feeling valued rose by fifteen points.
Vacancies on the acute wards fell enough that agency spend dropped by £1.2 million in the second
year.

[[person:Aoife]] is clear that the promise only held because it was genuinely shared. “When the money
got tight, there was pressure to cut the protected time. The staff side said no, and
[[person:Harj]] backed us at the executive. That’s partnership.”

The work was presented at the [[decoy:Social Partnership Forum]]’s regional event and is cited in
[[decoy:NHS England]]’s guidance on preceptorship. Colleagues share their first-year stories under
[[handle:#BSMHFTPromise]], and the staff side runs the buddy scheme from
[[contact:buddies@bsmhft.nhs.uk]]. Staff now meet at the [[site:Uffculme Centre]] every spring to
welcome the new cohort, and the chief executive opens the day alongside the staff side chair.

“It shouldn’t be remarkable that people who have just qualified get support,” says [[person:Ms McGuinness]].
“But in mental health, in a city as big as [[decoy:Birmingham]], with the pressures we face, it takes both
sides holding the line together. We did, and we will keep doing it.”
`,
  },
  {
    id: "b02-oxford-university-hospitals",
    odsCode: "RTH",
    style: "plain paragraphs with hard line breaks, colloquial site names ('the JR'), town of a site, nickname",
    people: [
      { role: "employer_lead", name: "Ngozi Eze", email: "ngozi.eze@ouh.nhs.uk" },
      { role: "staff_lead", name: "Wojciech Nowak", email: "wojciech.nowak@ouh.nhs.uk" },
      { role: "endorser", name: "Sarah Whitcombe", email: null },
    ],
    identifyingTerms: ["Horton"],
    marked: `
Project title: The Night Staff Voice

Most of the decisions in a hospital are made in daytime meetings. Most of the people who
keep a hospital running at night never go to them. At [[full:Oxford University Hospitals NHS Foundation Trust]]
our night staff told us, through the staff survey and through their reps, that they felt
invisible: they could not get to occupational health, they could not get a hot meal,
and they heard about changes to their wards after the event.

In 2023 the chief people officer, [[person:Dr Ngozi Eze]], and the [[decoy:UNISON]] branch
secretary, [[person:Wojciech Nowak]] – [[person:Wojtek]] to his colleagues – agreed to do
something about it together. They started by going out at night. Over six weeks they visited
every clinical area at [[site:the John Radcliffe]], the [[site:Churchill Hospital]], the
[[site:Nuffield Orthopaedic Centre]] and the [[site:Horton General Hospital]] in
[[place:Banbury]] between midnight and five in the morning, and they asked the same three
questions everywhere: what makes nights hard, what would help, and who should we talk to.

They heard from more than 600 people. Porters, nurses, healthcare assistants, doctors,
cleaners, security staff, radiographers, pharmacists. The answers fell into four groups:
food, rest, access to services, and being heard.

The Night Staff Voice is the partnership that came out of it. It is a standing group of
night staff, with staff side and management members, that meets once a month at 3am on a
rotating site. It has a budget, agreed with the finance director, and it reports to the
Joint Staff Consultative Committee. Its first decisions were to open a hot food counter at
[[site:the JR]] all night, to extend occupational health and staff psychology into two
evening sessions a week, and to create rest rooms with reclining chairs at every site.

[[person:Dr Eze]] says the most important decision was the fourth: that any change to a
night service has to be discussed with the group first. [[person:Mr Nowak]] agrees. “Night
staff are not a separate workforce. They are the same people as the day staff, just
working at a different time. But until now they have been treated as if they were not
there.”

The numbers are good. Sickness absence among night staff fell by a fifth. Vacancies on
night rotas dropped by 14 %. In the staff survey, the share of night staff who felt
their organisation valued their work rose from 38 % to 61 %.

We worked with the [[partner:Oxfordshire County Council]] on late buses from
[[place:Headington]] and [[place:Cowley]], and with [[partner:Oxford Brookes University]]
on an evaluation. The [[decoy:Royal College of Nursing]], [[decoy:Unite]] and
[[decoy:GMB]] all took part, and the approach has been shared with the
[[partner:Buckinghamshire, Oxfordshire and Berkshire West ICB]].

[[acronym:OUH]] night staff now post what they are working on under
[[handle:#OUHNights]], and the group can be reached at [[contact:nightvoice@ouh.nhs.uk]].

Endorsement from [[person:Sarah Whitcombe]], [[decoy:UNISON]] regional organiser: “I have
worked with many trusts on night working. This is the first time I have seen the people
who work nights actually given power over the decisions that affect them.”
`,
  },
  {
    id: "b03-liverpool-university-hospitals",
    odsCode: "REM",
    style: "merged predecessors by name and acronym, 'the Royal', possessive sites, Arabic name with nickname",
    people: [
      { role: "employer_lead", name: "Chloe Nkemelu", email: "chloe.nkemelu@liverpoolft.nhs.uk" },
      { role: "staff_lead", name: "Mohammed Al-Rashid", email: "mohammed.al-rashid@liverpoolft.nhs.uk" },
    ],
    identifyingTerms: ["Aintree"],
    marked: `
BRINGING TWO CULTURES TOGETHER: A PARTNERSHIP APPROACH TO HARMONISING POLICIES AFTER A MERGER

When [[former:Aintree University Hospital NHS Foundation Trust]] and the
[[former:Royal Liverpool and Broadgreen University Hospitals NHS Trust]] merged in October 2019 to
form [[full:Liverpool University Hospitals NHS Foundation Trust]], they brought with them two sets of
employment policies, two partnership forums and, frankly, two cultures. Staff at
[[site:Aintree’s]] site had a strong sense of their own identity; staff at [[site:the Royal]] had
theirs. [[former:RLBUHT]] had recognised a wider set of unions locally than Aintree had.

Harmonising 64 employment policies could have been done by HR and imposed. Instead, the director of
people, [[person:Chloe Nkemelu]], and the staff side chair, [[person:Mohammed “Mo” Al-Rashid]], agreed
that every policy would be rewritten jointly, and that no policy would go to the board unless both
sides had signed it.

How it worked

A joint policy group met every two weeks for two years. It had six managers and six staff side
members, drawn from [[decoy:UNISON]], [[decoy:Unite]], [[decoy:GMB]], the [[decoy:RCN]], the
[[decoy:Chartered Society of Physiotherapy]] and the [[decoy:BMA]]. For each policy, one manager and one
rep were paired to write a first draft, and the group then worked through it line by line. Where
the two legacy policies differed, the group chose the one that was better for staff unless there
was a good reason not to.

[[person:Mo]] insisted on one more thing: every draft was tested with staff who would use it. Drafts
of the sickness absence policy were tested with domestic staff at the [[site:Royal Liverpool University Hospital]];
the flexible working policy with theatre nurses at [[site:Broadgreen Hospital]]; the disciplinary
policy with porters at [[site:Aintree University Hospital]]. Changes came from every round.

What we achieved

All 64 policies were harmonised by March 2022, on time, with no collective dispute. Grievances about
the application of policy fell by 40 %. In the staff survey, staff from both legacy organisations
now give almost the same answers about fairness, which they did not at the time of the merger.

[[person:Ms Nkemelu]] says: “The easy thing would have been to pick the [[short:Royal Liverpool]] policy
for everything, because it was the bigger organisation. That would have been a disaster for trust
with colleagues from [[short:Aintree]].” [[person:Mr Al-Rashid]] adds: “Management could have done
this without us and finished sooner. It would not have lasted.”

Working with others

We shared the approach with [[partner:Liverpool City Council]], which was merging two of its own
services, and with the [[partner:University of Liverpool]]’s management school. The
[[decoy:Social Partnership Forum]] asked [[acronym:LUHFT]] to present at its national conference, and
[[decoy:NHS Employers]] has used the joint-pair method in its guidance on mergers. Staff in
[[place:Fazakerley]] and [[place:Kensington]] now share one set of rules.

The lesson for others going through a merger is that harmonising policies is not an admin task. It
is how a new organisation decides what kind of employer it is going to be. Doing it in partnership
took longer, and it was worth every extra meeting. Our staff side still posts about it as
[[handle:@LUHFT_StaffSide]].
`,
  },
];
