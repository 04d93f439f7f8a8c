// Redaction corpus, part E: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_E: MarkedEntry[] = [
  {
    id: "e01-cambridge-university-hospitals",
    odsCode: "RGT",
    style: "famous site name used more than the trust's (Addenbrooke's, 'Addies'), the Rosie, Cambridge in general sentences, web address",
    people: [
      { role: "employer_lead", name: "Rajesh Venkataraman", email: "rajesh.venkataraman@nhs.net" },
      { role: "staff_lead", name: "Thandiwe Moyo", email: "thandiwe.moyo@nhs.net" },
      { role: "member", name: "Eleanor Hargreaves", email: "eleanor.hargreaves@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
Affordable housing for staff: a partnership with a difference

Everyone who works at [[site:Addenbrooke’s]] knows the problem. [[decoy:Cambridge]] is one of the most
expensive places to live in the country outside London, and a newly qualified nurse or a
healthcare assistant cannot afford to rent anywhere near the hospital. Many of our staff commute
for more than an hour each way from [[place:Peterborough]], [[place:Ely]] or
[[place:Haverhill]]. When the staff side surveyed members at
[[full:Cambridge University Hospitals NHS Foundation Trust]] in 2022, housing costs were the
single biggest reason people gave for thinking of leaving.

Housing is not something an NHS trust usually negotiates with its unions. But the staff side
chair, [[person:Thandiwe Moyo]] of [[decoy:UNISON]], argued that if it was driving people away, it
was a workforce issue, and the chief people officer, [[person:Rajesh Venkataraman]], agreed. They set
up a joint housing group with reps from [[decoy:Unite]], [[decoy:the RCN]] and [[decoy:the RCM]],
the estates team, and two staff who were themselves struggling to find somewhere to live.

The group did three things. First, it negotiated with [[partner:Cambridge City Council]] and
[[partner:South Cambridgeshire District Council]] for a share of key worker homes on the new
developments around the [[site:Cambridge Biomedical Campus]], with allocation rules agreed by both
sides and based on pay band, not job title. Second, it set up a rental deposit loan scheme, repaid
through salary over two years, which any member of staff on [[decoy:Agenda for Change]] bands 2–5
can use. Third, it agreed that the staff side would be represented on the board of the housing
company that manages the new homes.

[[person:Eleanor Hargreaves]], a midwife at [[site:the Rosie]], was one of the first tenants. “I was
driving ninety minutes each way after night shifts. Now I walk to work.” Porters, domestics and
healthcare assistants at [[site:Addies]] – not only nurses and doctors – are among the tenants,
because the allocation rules were written to make sure of it.

So far 320 staff have moved into key worker homes and 900 have used the deposit loan. Turnover among
staff in bands 2–5 has fallen by four points. In the staff survey, the share of staff who say they
would recommend [[acronym:CUH]] as a place to work rose by nine points.

We have shared the approach with the [[partner:Cambridgeshire and Peterborough ICB]] and with the
[[partner:University of Cambridge]], whose own staff face the same problem. Housing is a national
issue, and [[decoy:NHS Employers]] and the [[decoy:Social Partnership Forum]] have both asked us to
speak about it. Details are on [[contact:www.cuh.nhs.uk/staff-housing]].

[[person:Mr Venkataraman]] says: “I did not think housing was my job. The staff side persuaded me
that if people cannot live near the hospital, nothing else we do on retention will work.”
[[person:Ms Moyo]] says that the most important thing was the allocation rules. “If we had let
managers decide who got the homes, the lowest paid would have lost out again.” The staff side
posts new vacancies in the homes under [[handle:#AddenbrookesHomes]], and [[person:Thandi]] still
chairs, with the medical director, [[unlisted:Prof. Ahmed Qureshi]], the allocation panel every month.
`,
  },
  {
    id: "e02-doncaster-bassetlaw",
    odsCode: "RP5",
    style: "long 'and' name with DBTH acronym, three sites incl. site acronym DRI, South Yorkshire places, plain-spoken",
    people: [
      { role: "employer_lead", name: "Gareth Hollingworth", email: "gareth.hollingworth@nhs.net" },
      { role: "staff_lead", name: "Shabana Akhtar", email: "shabana.akhtar@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
Porters, partnership and a problem nobody owned

This entry is about porters. At [[full:Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust]]
we have about 180 of them across three hospitals, and in 2022 they were the most unhappy staff group
in the organisation. Their staff survey scores were the lowest we had. Their sickness absence was the
highest. And when we asked why, the answer was simple: nobody listened to them, and nobody owned the
problems they raised.

The [[decoy:GMB]] rep for the porters, [[person:Shabana Akhtar]], had been raising the same issues for
years: broken trolleys, radios that did not work in half the building, no proper rest room at
[[site:Bassetlaw Hospital]], and job requests that came in by phone, text, e-mail and shouting, with
no way of prioritising them. When [[person:Gareth Hollingworth]] became director of estates and
facilities, she went to see him in his first week.

What they did was not complicated. [[person:Gareth]] and [[person:Shabana]] set up a porters’
partnership group that met every month, alternating between [[site:Doncaster Royal Infirmary]],
[[site:Bassetlaw]] in [[place:Worksop]] and [[site:Montagu Hospital]] in [[place:Mexborough]].
Every porter could come. Managers from estates, IT and procurement came too, because most of the
problems were theirs to fix. [[decoy:UNISON]] and [[decoy:Unite]] reps joined from the second
meeting.

The group kept a list of every problem raised, with a named owner from management and a named porter
to check it was fixed. In the first year the list had 112 items and 97 were closed. New trolleys.
Radios that work. A single electronic task system, designed with the porters who would use it. A
proper rest room at every site. A rota that porters helped write.

The results speak for themselves. Porter sickness absence fell from 9.8 % to 5.1 %. Staff survey
scores for porters rose in every section, and they are now above the organisation’s average on
feeling valued. Response times for urgent porter tasks at [[site:DRI]] improved by a third.

[[person:Mr Hollingworth]] says the group changed how he manages. “I used to think my job was to
solve problems. Now I think it is to make sure the people who know the problems are in the room with
the people who can fix them.” [[person:Ms Akhtar]] says: “Porters are used to being at the bottom
of the list. For once, they were at the top.”

We have shared the model with [[partner:Doncaster Council]] and with [[partner:South Yorkshire ICB]],
and with [[partner:Sheffield Hallam University]]’s facilities management course. The
[[decoy:Social Partnership Forum]] and [[decoy:NHS Employers]] both featured it. Other hospitals in
[[decoy:Sheffield]] and across the region have started their own porters’ groups. The porters at [[acronym:DBTH]]
run their own page, [[handle:@DBTHPorters]], and post a photo each time an item on the list is closed.
`,
  },
];
