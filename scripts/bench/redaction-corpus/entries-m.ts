// Redaction corpus, part M: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_M: MarkedEntry[] = [
  {
    id: "m01-east-london",
    odsCode: "RWK",
    style: "dated project diary in two voices, long, generic-word name with an informal long form, Moroccan hyphenated given name, Turkish and Chinese names, Jamaican nickname, London boroughs and Bedfordshire towns",
    people: [
      { role: "employer_lead", name: "Fatima-Zahra Benali", email: "fatima-zahra.benali@nhs.net" },
      { role: "staff_lead", name: "Delroy Campbell-Reid", email: "delroy.campbell-reid@nhs.net" },
      { role: "member", name: "Ayşe Yılmaz-Khan", email: "ayse.yilmaz-khan@nhs.net" },
      { role: "member", name: "Mei-Ling Chow", email: "meiling.chow@nhs.net" },
    ],
    identifyingTerms: ["Robert Dolan House", "John Howard Centre"],
    marked: `
BRINGING THEM HOME: A DIARY OF TAKING OUR CLEANING AND CATERING STAFF BACK IN-HOUSE

This entry is made of extracts from the diary that our two leads kept, turn and turn about, over
the eighteen months of the project. [[person:Fatima-Zahra Benali]] is Director of Estates and
Facilities at [[full:East London NHS Foundation Trust]]; [[person:Delroy Campbell-Reid]] is a
domestic supervisor and the branch chair of [[decoy:GMB]] for our inpatient sites. We have edited
the diary only for length.

——

14 March 2023 ([[person:Delroy]])
Meeting at [[site:Robert Dolan House]] about the cleaning contract. It runs out in September 2024.
Management’s paper says “options appraisal”. I said the only option my members care about is
coming back in-house on [[decoy:Agenda for Change]]. Three of the domestics on the wards at
[[site:Newham Centre for Mental Health]] have worked there for fifteen years and have never had
sick pay. [[person:Fatima-Zahra]] didn’t argue. She asked me to help write the options appraisal
instead of responding to it. I said I’d think about it. I thought about it on the bus home and
rang her the next morning.

29 March 2023 ([[person:Fatima-Zahra]])
First joint meeting. [[person:Del]] brought [[person:Ayşe Yılmaz-Khan]] from [[decoy:UNISON]], who
has been a housekeeper at [[site:City and Hackney Centre for Mental Health]] for eleven years, and
two domestics from the contractor who had never been to a meeting at [[decoy:the Trust]] before and
were clearly nervous. We agreed the first rule: nothing about them without them. Contractor staff
would be in every meeting, paid for their time, and the contractor agreed to release them.

2 May 2023 ([[person:Delroy]])
We visited every site with a domestic or catering team. [[site:Tower Hamlets Centre for Mental Health]],
[[site:East Ham Care Centre]], the [[site:John Howard Centre]], and out to [[place:Luton]] and
[[place:Bedford]] for the [[place:Bedfordshire]] units. 214 people work for the contractor on our sites.
Between us [[person:Ayşe]] and I speak five languages, which helped. We asked everyone the same
three questions: what would make the job better, what worries you about a change, and would you
come to a meeting. 131 said yes to the meeting.

20 June 2023 ([[person:Fatima-Zahra]])
The options appraisal went to the executive with both our names on it. It recommended bringing the
service in-house when the contract ends, with staff transferring under TUPE and then moving onto
[[decoy:Agenda for Change]] terms within six months. The finance director pointed out the cost:
about £1.4 million a year more, mostly sick pay, pensions and the unsocial hours payments that the
contract did not pay. The staff side pointed out the turnover: 48 % a year among contractor staff,
with all the agency cover, training and infection control risk that comes with it. The executive
asked us to come back with a plan to pay for half of the difference.

4 September 2023 ([[person:Delroy]])
We found the half. Lower turnover pays for a lot of it, and so does ending the contractor’s
management fee. [[person:Mei-Ling Chow]], a management accountant who has been on every call since
June, built a model with our reps checking every line. [[person:Ms Chow]] says she has never had her
workings questioned so thoroughly, or so politely.

17 October 2023 ([[person:Fatima-Zahra]])
Board approval. Our chief executive, [[unlisted:Marcus Thorogood]], told the board that he had
never seen a paper on outsourcing that the staff side had co-signed, and that he hoped he would
see more. The board asked for quarterly reports on turnover and sickness after the transfer.

January–August 2024 (both)
The hard part. Job matching for 214 people under the [[decoy:NHS Job Evaluation Handbook]],
consultation, pensions advice, new uniforms, payroll. Every job description was written by a pair:
a manager and a domestic or catering assistant who did the job. [[person:Ms Benali]] and
[[person:Mr Campbell-Reid]] held drop-in sessions on every site in the evenings and at weekends, so
that night staff could come. Interpreters were booked for eleven languages. When three staff were
found to have been paid below the [[decoy:London Living Wage]] by the contractor, the staff side
and management agreed together to ask for the arrears to be paid before the transfer, and they were.

1 September 2024 ([[person:Delroy]])
Transfer day. We put on breakfast at every site. [[person:Ayşe]] cried, and so did I. Our members
are NHS staff.

March 2025 ([[person:Fatima-Zahra]])
Six months on, against the contractor’s last year:

• turnover among domestic and catering staff: 48 % down to 13 %;
• sickness absence: 7.9 % down to 4.8 %, in spite of staff now being paid when they are ill;
• cleanliness audit scores on inpatient wards: up from an average of 91 % to 97 %;
• agency cover for domestic shifts: down by 80 %;
• 39 staff enrolled on English or maths courses with [[partner:Newham College]];
• in a short survey, 94 % said they felt part of the organisation, against 22 % before.

The net extra cost has come in £180,000 a year below the figure the board approved.

May 2025 (both)
What we have learned, written together:

1. Start with the staff who will be affected, not with the contract.
2. Write the business case together. Ours was stronger because every figure had been checked by
   the people it was about.
3. Pay people for the time they spend in meetings, and hold meetings when they can come.
4. Expect the hardest work after the decision, not before it.

WHO WE WORKED WITH

The [[partner:London Borough of Newham]], [[partner:Hackney Council]] and
[[partner:Tower Hamlets Council]] shared their own experience of insourcing with us.
[[partner:NHS North East London]] supported the business case. [[partner:Luton Borough Council]]
helped with travel advice for staff at the [[place:Bedfordshire]] units, and the
[[partner:Queen Mary University of London]] is now studying the effect on infection control. The
[[decoy:Living Wage Foundation]] and the [[decoy:Social Partnership Forum]] have both asked us to
present, and we have talked to trusts in [[decoy:Manchester]] and [[decoy:Bristol]] that are
thinking of doing the same.

HOW WE SHARED IT

Staff at [[acronym:ELFT]] followed the transfer under [[handle:#ELFTInHouse]], and the
[[branch:ELFT GMB branch]] posted every step from [[handle:@ELFT_GMB]]. Questions to
[[contact:elft.inhouse@nhs.net]]. Around the wards in [[place:Stratford]], [[place:Bethnal Green]]
and [[place:Dalston]] people still call us [[short:East London Foundation Trust]], or just
[[short:East London]], and the domestic teams now do too.
`,
  },
  {
    id: "m02-kent-community-health",
    odsCode: "RYY",
    style: "short entry with a before-and-after table in plain text, community trust with a generic-word name, Romanian name with an English nickname, Ghanaian double surname, community hospitals by town name",
    people: [
      { role: "employer_lead", name: "Eleri Pugh-Morgan", email: "eleri.pugh-morgan@nhs.net" },
      { role: "staff_lead", name: "Bogdan Popescu", email: "bogdan.popescu@nhs.net" },
      { role: "member", name: "Grace Adjei-Mensah", email: "grace.adjei-mensah@nhs.net" },
    ],
    identifyingTerms: ["Trinity House"],
    marked: `
Paying healthcare support workers for the job they do

[[full:Kent Community Health NHS Foundation Trust]] employs about 600 healthcare support workers in
its community hospitals and community nursing teams. For years many of them had been doing clinical
tasks – taking bloods, recording observations, wound care, catheter care – that belong to a band 3
role, while being paid at band 2. In 2022 the staff side raised a collective claim.

We could have spent two years arguing about it. Instead our Chief Nurse,
[[person:Eleri Pugh-Morgan]], and the [[decoy:UNISON]] branch secretary, [[person:Bogdan Popescu]]
(known as [[person:Bobby]] since his first week on the wards), agreed to settle the claim jointly,
using the [[decoy:NHS Job Evaluation Handbook]] and the national profiles agreed by the
[[decoy:NHS Staff Council]].

How we did it
A joint team of four managers and four reps visited every community hospital: [[site:Sevenoaks Hospital]],
[[site:Queen Victoria Memorial Hospital]] in [[place:Herne Bay]], [[site:Faversham Cottage Hospital]]
and [[site:Whitstable and Tankerton Hospital]] among them, and spent a shift with support workers in
the community teams in [[place:Thanet]], [[place:Dover]] and [[place:Maidstone]]. They asked each
support worker to show, not tell, what they did in a day.
[[person:Grace Adjei-Mensah]], a senior support worker and [[decoy:RCN]] member, designed the
self-assessment form that each support worker completed with their manager, and checked every one
that the manager and the worker could not agree on.
Where a worker had been doing band 3 work, they were moved to band 3 and paid back to the date of the
claim. Where a team needed support workers doing that work but had none, a training programme was
offered, jointly designed with [[partner:Canterbury Christ Church University]].

Before and after
                                                 before (2022)   after (2024)
support workers on band 3                        21 %            74 %
turnover among support workers                   19 %            11 %
support workers in training to be nurses         14              52
collective disputes open                         1               0

What made it partnership
[[person:Ms Pugh-Morgan]] agreed before the review began that back pay would be paid in full,
without waiting for a budget. The staff side agreed that the review would look at what people did,
not at what they said they did, and [[person:Mr Popescu]] went out on visits himself.
[[person:Grace]] says: “Some of us had been taking bloods for ten years. Somebody finally wrote it
down.”

Who else
[[partner:Kent County Council]] joined the review for the jointly funded rapid response teams, and the
[[partner:Kent and Medway ICB]] agreed the extra cost in year one. We shared the approach with other
community trusts through the [[decoy:Social Partnership Forum]], and trusts as far away as
[[decoy:Birmingham]] have asked for [[person:Grace]]’s form. Colleagues at [[site:Trinity House]] and in the
hospitals shared their new badges under [[handle:#KCHFTBand3]], and [[acronym:KCHFT]] will review
every support worker post against the same profiles each year. [[short:Kent Community Health]]
will publish the figures, and [[decoy:the Trust]]’s staff side will sign them.
`,
  },
  {
    id: "m03-queen-elizabeth-kings-lynn",
    odsCode: "RCX",
    style: "press release with notes to editors, name registered with commas written with and without them, the hospital and the trust sharing one name, Somali and French names, postcode and switchboard",
    people: [
      { role: "employer_lead", name: "Fenella Rattray", email: "fenella.rattray@qehkl.nhs.uk" },
      { role: "staff_lead", name: "Abdirahman Warsame", email: "abdirahman.warsame@qehkl.nhs.uk" },
      { role: "member", name: "Chloé Lefebvre-Hart", email: "chloe.lefebvre-hart@qehkl.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
PRESS RELEASE – FOR IMMEDIATE RELEASE

HOSPITAL STAFF AND UNIONS OPEN HOLIDAY CLUB FOR NHS FAMILIES

Nurses, porters and doctors at [[full:The Queen Elizabeth Hospital, King’s Lynn, NHS Foundation Trust]]
no longer have to choose between a school holiday and a shift, thanks to a childcare scheme designed
jointly by the hospital’s managers and its trade unions.

The scheme, which began in the summer holidays of 2024, offers places at a holiday club for children
aged four to twelve, open from 7am to 8pm to fit around long days, at a price set on a sliding scale
by pay band. It was designed by a working group co-chaired by the hospital’s Director of Workforce,
[[person:Fenella Rattray]], and the chair of the staff side, [[person:Abdirahman Warsame]] of
[[decoy:UNISON]].

[[person:Mr Warsame]], a healthcare assistant on the stroke unit, said: “Every summer we lost staff.
Not to other hospitals – to childcare. People with young children were going onto bank shifts, or
leaving, because they couldn’t cover the holidays. We asked what it would take to keep them, and the
answer was a holiday club.”

The staff side surveyed 1,300 staff in 2023 and found that four in ten parents had reduced their hours
or turned down shifts because of school holidays. Many live in [[place:Hunstanton]],
[[place:Downham Market]] and [[place:Wisbech]], where there is little childcare of any kind.

[[person:Ms Rattray]] said: “The staff side brought us the evidence and a solution. Our job was to
find a way to make it happen.” The working group found a local provider, negotiated the use of a
school near the hospital in [[place:Gaywood]], and agreed how places would be shared out: by need,
with shift workers first.

[[person:Chloé Lefebvre-Hart]], a midwife and [[decoy:RCM]] rep who ran the parents’ survey, said:
“I have two boys and I work nights. This is the first summer I haven’t had to beg my mum.”

In its first year the holiday club took 212 children from 148 families. Holiday-season sickness
absence fell by a fifth, and bank shifts picked up by staff who were already employed rose, because
parents could work more. The [[short:QEH]] has since extended the scheme to the Easter and half-term
holidays.

ENDS

Notes to editors

1. [[full:Queen Elizabeth Hospital King’s Lynn NHS Foundation Trust]] provides acute services to people in
   [[place:West Norfolk]] and neighbouring parts of [[place:Fenland]] and
   [[place:South Lincolnshire]]. The scheme is run from the [[site:Queen Elizabeth Hospital]] site on
   [[place:Gayton Road]].
2. The holiday club was developed in partnership with [[partner:Norfolk County Council]], the
   [[partner:Borough Council of King’s Lynn and West Norfolk]] and the [[partner:College of West Anglia]],
   whose childcare students help staff it. The [[partner:Norfolk and Waveney ICB]] funded the first
   summer’s start-up costs.
3. The scheme is being shared with other hospitals through the [[decoy:Social Partnership Forum]] and
   [[decoy:NHS Employers]]. Hospitals in cities such as [[decoy:Cambridge]] have different
   childcare markets, but the same problem.
4. Photographs of the first day are shared on [[handle:#QEHKLHolidayClub]]. Staff side news:
   [[handle:@QEHStaffSide]].
5. For more information contact the communications team at
   [[contact:communications@qehkl.nhs.uk]] or on [[contact:01553 613613]], or write to
   the communications team, [[site:The Queen Elizabeth Hospital]], [[place:Gayton Road]],
   [[place:King’s Lynn]], [[contact:PE30 4ET]]. [[acronym:QEHKL]] spokespeople are available for
   interview.
`,
  },
];
