// Redaction corpus, part AF: entries for real organisations of the register, marked up as in markup.ts,
// written during session 9 and measured on its final rules, kept from the engineer changing the rules,
// as a check against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AF: MarkedEntry[] = [
  {
    id: "af01-rdash",
    odsCode: "RXE",
    style: "mental health, learning disability and community trust in Yorkshire: its name with commas it is registered without, its mixed-case acronym in a handle, an older name before a town joined, sites by road name and house name, a Pakistani name with Bibi, a Jamaican nickname in quotes, a Lithuanian name, a Hong Kong name with a hyphen, supported interns named by first name only",
    people: [
      { role: "employer_lead", name: "Nasreen Akhtar", email: "nasreen.akhtar@nhs.net" },
      { role: "staff_lead", name: "Winston Grant", email: "winston.grant@nhs.net" },
      { role: "member", name: "Rūta Kazlauskienė", email: null },
      { role: "endorser", name: "Ho Wing-Yan", email: "wingyan.ho@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
Jobs, not placements: paid work for people with a learning disability, designed with the staff side

WHY WE DID IT

[[full:Rotherham Doncaster and South Humber NHS Foundation Trust]] provides learning disability services
to thousands of people, yet in 2021 we employed just nine people who told us they had a learning
disability. Fewer than one in ten adults with a learning disability in [[place:South Yorkshire]] has a
paid job. Our staff side asked a blunt question at the partnership forum: why were we not
employing the people we care for?

[[short:Rotherham, Doncaster and South Humber]] decided to change that, and to do it with the unions
from the start, so that new colleagues would join as members of a team with the same rights as
everyone else.

WHO

[[person:Nasreen Akhtar]], our head of inclusion, and [[person:Winston Grant]], chair of the
[[branch:RDaSH UNISON]] branch and a support worker in the learning disability service for
twenty-three years, led the programme. [[person:Winston]] has been “[[person:Winnie]]” since his first
job at [[site:St Catherine’s House]] on the [[site:Tickhill Road]] site in 1998, when the trust was still
[[former:Doncaster and South Humber Healthcare NHS Trust]].

[[person:Rūta Kazlauskienė]], a learning disability nurse and [[decoy:RCN]] steward in
[[place:Scunthorpe]], designed the job coaching with the interns themselves. [[person:Ms Kazlauskienė]]
says: “We asked them what a good boss does. They said: explains things twice and doesn’t shout.”

The programme was endorsed by [[person:Ho Wing-Yan]], chair of our staff network for disabled
colleagues, who works in the [[site:Woodfield House]] finance team. [[person:Wing-Yan]] chaired the
interview panels.

WHAT WE DID

- Paid supported internships, not unpaid placements: twelve months on band 2, with a job coach,
  under the [[decoy:Project SEARCH]] model.
- Jobs in catering, portering, admin, the library and the estates team at [[site:Tickhill Road Hospital]],
  [[site:Swallownest Court]] in [[place:Aston]] and the [[site:Great Oaks]] unit in [[place:Scunthorpe]].
- Easy-read contracts, policies and payslips, written with [[partner:Speakup Self Advocacy]] and
  checked by the staff side at the [[decoy:Joint Consultative Committee]].
- A union rep for every intern from the first day, and a free first year of membership, paid for by
  the branch.
- Reasonable adjustments agreed before the start date, not after the first problem.

WHAT HAPPENED

Thirty-one interns have finished the programme since 2021; twenty-four now have permanent jobs,
nineteen of them at [[acronym:RDaSH]]. Sickness among the interns is lower than the trust average.
Managers who took an intern rated the experience 4.7 out of 5, and eleven teams have asked for a
second.

One intern, [[unlisted:Kieran]], now works in the post room at [[site:Woodfield]]. He told the
[[decoy:Trust Board]]: “I have a payslip. My mum cried.” His manager, [[unlisted:Sharon Pickering-Adu]],
said the team “would not go back”.

[[person:Grant]] says the union membership mattered more than anyone expected. “The interns knew someone
was on their side. And the rest of us learned that reasonable adjustments are for everyone.”

PARTNERS

[[partner:City of Doncaster Council]], [[partner:Rotherham Metropolitan Borough Council]] and
[[partner:North Lincolnshire Council]] referred young people from their transition teams;
[[partner:Doncaster College]] provided the classroom days; [[partner:NHS South Yorkshire ICB]] funded the
job coaches; and [[partner:Sheffield Hallam University]] evaluated the first two years. The
[[partner:Club Doncaster Foundation]] took two interns for match-day work at the
[[place:Eco-Power Stadium]].

WHAT WE LEARNED

Pay people for their work. Give them a rep. And let them tell you what a good boss does. Our chief
executive, [[unlisted:Toks Olatunji-Reid]], wants an intern in every directorate by 2026, including the
community teams in [[place:Mexborough]] and [[place:Thorne]].

[[person:Nasreen]] and [[person:Winnie]] presented the programme at the [[decoy:NHS Employers]] disability
conference in 2023, and [[decoy:Mencap]] has used it as a case study.

Contact [[contact:jobsnotplacements@rdash.nhs.uk]], visit [[contact:www.rdash.nhs.uk]], or follow
[[handle:@RDaSHNHSFT]] and [[handle:#RDaSHJobsNotPlacements]].
`,
  },
  {
    id: "af02-kings-college-hospital",
    odsCode: "RJZ",
    style: "London acute teaching trust: the name with and without its apostrophe, a second hospital by its initials, the campus by its hill and its station, wings named after people, a merged trust by its old name, the university and the academic partnership that share its name, a Yoruba hyphenated name with a short form, a Bangladeshi name, a Portuguese particle, a Jamaican nickname",
    people: [
      { role: "employer_lead", name: "Oluwaseun Adebayo-Cole", email: "seun.adebayo-cole@nhs.net" },
      { role: "staff_lead", name: "Shahana Begum Rahman", email: "shahana.rahman@nhs.net" },
      { role: "member", name: "João da Silva Pereira", email: null },
      { role: "member", name: "Delroy Campbell", email: null },
    ],
    identifyingTerms: [],
    marked: `
Bringing them home: facilities staff back in-house on NHS terms

THE STORY

For more than twenty years the porters, cleaners, caterers and security staff at
[[full:King’s College Hospital NHS Foundation Trust]] were employed by contractors. They wore our
badges and worked on our wards, but they were paid less, had less sick pay and no
[[decoy:NHS Pension Scheme]]. In 2021 the staff side at [[short:King’s]] put it simply to the board:
the people who keep the hospital running are not treated as part of it.

After two years of joint work, more than 1,600 facilities staff at [[site:Denmark Hill]], the
[[site:Princess Royal University Hospital]] and [[site:Orpington Hospital]] joined [[acronym:KCH]] on
[[decoy:Agenda for Change]] terms in April 2023.

THE PEOPLE

[[person:Oluwaseun Adebayo-Cole]], director of estates and facilities, and [[person:Shahana Begum Rahman]],
branch secretary of [[branch:King’s UNISON]] and a domestic on the [[site:Golden Jubilee Wing]], led
the transfer. She is “[[person:Seun]]” to the estates team; [[person:Ms Rahman]] is
“[[person:Shahana Apa]]” to half the domestics at [[site:King’s College Hospital]].

[[person:João da Silva Pereira]], a porter and [[decoy:GMB]] rep at [[site:the PRUH]] in
[[place:Farnborough]], and [[person:Delroy Campbell]], a security officer and [[decoy:Unite]] rep,
completed the group. [[person:Delroy]] — “[[person:Roy]]” to the night team — has worked at
[[site:Denmark Hill]] through three contractors. [[person:Da Silva Pereira]] ran the sessions in
Portuguese and Spanish for the [[site:PRUH]] teams.

WHAT WE DID

1. A joint transfer group, meeting weekly, with every contractor’s terms laid side by side and every
   difference costed.
2. Assimilation to [[decoy:Agenda for Change]] bands agreed by a joint job evaluation panel, using the
   [[decoy:NHS Job Evaluation Handbook]].
3. Every member of staff matched to a band before the transfer, with a written statement and a
   steward to go through it in their own language.
4. Pension sessions in the [[site:Weston Education Centre]] and at the [[site:PRUH]], with the
   [[decoy:NHS Business Services Authority]].
5. An honest conversation with the contractors’ managers, most of whom also transferred.

[[person:Adebayo-Cole]] says the job evaluation panel was the hardest part. “We went through
ninety-two job descriptions. Every one of them was worth it.”

WHAT CHANGED

The lowest-paid facilities staff had a pay rise of 11 % and, for the first time, full NHS sick pay.
Turnover among porters and domestics fell from 29 % to 13 % in the first year. Vacancies in
security at [[site:King’s]] fell from 40 to 6. Cleaning audit scores on the [[site:Ruskin Wing]] and
the [[site:Cheyne Wing]] rose by 9 points.

A domestic at [[site:Orpington]] wrote in the evaluation: “I have cleaned this ward for nine years.
This is the first year I feel I work here.” [[unlisted:Gráinne McAleese]], ward manager on
[[site:Katharine Monk Ward]], said the ward now had “the same cleaners every week, who know the
patients by name”.

PARTNERS

[[partner:Southwark Council]] and [[partner:Lambeth Council]] shared their own insourcing experience;
[[partner:NHS South East London ICB]] supported the business case; [[partner:King’s College London]]
evaluated the staff experience; and [[partner:King’s Health Partners]] asked us to share the job
evaluation work with [[partner:Guy’s and St Thomas’]]. The [[partner:Millwall Community Trust]] ran a
family fun day for the new colleagues, and [[decoy:Citizens UK]] helped us start talking.

WHAT WE LEARNED

Insourcing is not finished on the day of transfer. Our chief executive, [[unlisted:Professor Clive
Kay-Mensah]], meets the facilities staff side every quarter, and the joint group has moved on to
career routes from facilities into clinical support roles. Every new porter at [[site:the PRUH]] and
at [[site:Denmark Hill]] now has a rep and a buddy.

Staff from across [[decoy:London]] have asked us how it was done. [[person:Shahana]] says: “Tell them
to start with the lowest-paid job and work up.”

Contact [[contact:inhouse.together@kch.nhs.uk]], visit [[contact:www.kch.nhs.uk]], or follow
[[handle:@KingsCollegeNHS]] and [[handle:#KingsFacilitiesFamily]]. Staff from the old
[[former:South London Healthcare NHS Trust]] sites still use [[handle:#PRUHproud]].
`,
  },
];
