// Redaction corpus, part D: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_D: MarkedEntry[] = [
  {
    id: "d01-wrightington-wigan-leigh",
    odsCode: "RRF",
    style: "registered name has a comma, written without it; acronym WWL; Nigerian and Irish names; social media heavy",
    people: [
      { role: "employer_lead", name: "Folasade Ogunleye", email: "folasade.ogunleye@wwl.nhs.uk" },
      { role: "staff_lead", name: "Declan Fitzpatrick", email: "declan.fitzpatrick@wwl.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
Menopause support that staff designed: a partnership story

At [[full:Wrightington Wigan and Leigh Teaching Hospitals NHS Foundation Trust]], four in five of
our staff are women, and a quarter of them are aged between 45 and 55. When the staff side
surveyed members in 2022, one in three women in that age group said they had thought about
leaving because of menopause symptoms, and most had never told their manager.

The partnership began when [[person:Declan Fitzpatrick]], our [[decoy:Unite]] lead and staff side
chair, brought the survey to the Joint Negotiating Committee. The chief people officer,
[[person:Folasade Ogunleye]], said she had had the same experience herself and had never said
so at work. [[person:Fola]] and [[person:Declan]] agreed to co-lead a menopause programme, and
they asked the staff who had answered the survey to help design it.

Over six months, a group of forty staff – porters, nurses, consultants, administrators,
domestics – met with managers and reps from [[decoy:UNISON]], [[decoy:the RCN]] and
[[decoy:GMB]]. What they asked for was practical: uniforms in breathable fabric, desk fans,
access to cold water on every ward, a right to adjust shifts for a few months without going
through the full flexible working process, and managers who knew what to do.

We delivered all of it. New scrubs were trialled in theatres at [[site:Wrightington Hospital]]
and rolled out at the [[site:Royal Albert Edward Infirmary]] and [[site:Leigh Infirmary]]. Every
manager attended a ninety-minute session run by a manager and a rep together. A menopause
advocate, trained by the staff side, now works in every division. The policy was written
jointly and signed by both sides, and it sits alongside our [[decoy:Agenda for Change]]
flexible working provisions.

Staff shared what the programme meant to them on social media, and it caught on. Posts under
[[handle:#WWLMenopause]] were seen more than 200,000 times, and [[handle:@WWLNHS]] shared videos
of colleagues talking openly about symptoms for the first time. Our staff side also ran a stall
at the market in [[place:Wigan]] town centre and at [[place:Leigh]] library, because many of our
colleagues’ friends and relatives worked in other sectors and wanted to know what we were doing.

The results: leavers aged 45–55 fell by 30 % in a year. Absence related to menopause symptoms
fell by a fifth. In the staff survey, women in that age group rated [[acronym:WWL]] higher on
health and wellbeing than any other age group, reversing the position of three years earlier.

We shared the programme with [[partner:Wigan Council]] and with [[partner:Edge Hill University]],
whose nursing students now learn about it, and presented it to the
[[partner:Greater Manchester Integrated Care Partnership]]. The [[decoy:Social Partnership Forum]]
included it in its national guidance on menopause at work, and [[decoy:NHS Employers]] used our
manager training as an example.

[[person:Mrs Ogunleye]] says the programme succeeded because it was designed by the people it was
for. “I could have bought a training package and a policy template. Instead we asked forty
colleagues what would help, and they told us.” [[person:Mr Fitzpatrick]] agrees: “The staff side
did not have to fight for any of it. We just had to bring the right people into the room.”
Colleagues across [[short:Wrightington, Wigan and Leigh]] now expect that any new wellbeing policy
will be designed the same way.
`,
  },
  {
    id: "d02-university-hospitals-birmingham",
    odsCode: "RRK",
    style: "former trust acronym (HEFT) and names of merged hospitals, Chinese and Kenyan names, Birmingham as a general decoy city",
    people: [
      { role: "employer_lead", name: "Li Mei Zhang", email: "limei.zhang@uhb.nhs.uk" },
      { role: "staff_lead", name: "Wanjiru Kamau", email: "wanjiru.kamau@uhb.nhs.uk" },
      { role: "endorser", name: "Peter Olsen", email: null },
    ],
    identifyingTerms: [],
    marked: `
STAFF SIDE AND MANAGEMENT: ONE ORGANISATION, ONE RECOGNITION AGREEMENT

Background

[[full:University Hospitals Birmingham NHS Foundation Trust]] is one of the largest employers in the
country. It was formed in 2018 when [[former:Heart of England NHS Foundation Trust]] – still called
[[former:HEFT]] by many long-serving staff – joined with the [[short:University Hospitals Birmingham]]
trust. For five years afterwards the two parts of the organisation kept separate recognition
agreements, separate facility time arrangements and separate partnership forums. Reps at
[[site:Heartlands Hospital]] and [[site:Good Hope Hospital]] worked to one set of rules; reps at the
[[site:Queen Elizabeth Hospital Birmingham]] worked to another.

What we did

In 2023 the director of workforce, [[person:Li Mei Zhang]], and the staff side chair,
[[person:Wanjiru Kamau]] of [[decoy:UNISON]], agreed to write a single recognition and facilities
agreement together. They set three rules for themselves: no rep would lose facility time they already
had; every recognised union would have a seat; and the agreement would be tested against the
[[decoy:NHS Terms and Conditions of Service Handbook]] and the [[decoy:Social Partnership Forum]]’s
guidance on facility time.

A drafting group of four managers and eight reps – from [[decoy:UNISON]], [[decoy:Unite]],
[[decoy:GMB]], [[decoy:the RCN]], [[decoy:the BMA]], the [[decoy:Society of Radiographers]], the
[[decoy:Chartered Society of Physiotherapy]] and the [[decoy:RCM]] – met every month for a year.
[[person:Ms Kamau]] insisted that reps from [[site:Solihull Hospital]] and the smaller community sites
were included, because they had always felt the forums were run by the big hospitals.

Results

The single agreement was signed in June 2024. It gives every recognised union a seat at one
Joint Negotiating and Consultative Committee, with four local partnership forums beneath it. Facility
time is now recorded openly and reported to the board every year. The number of trained reps rose
by 40 %, and for the first time there are reps on every ward at [[site:Heartlands]].

Collective disputes over change processes have fallen to zero. Reps say the agreement has made
their job easier: they know the rules, managers know the rules, and the rules are the same wherever
you work. Managers say the same.

What partners said

The agreement was shared with [[partner:Birmingham and Solihull ICB]], and the
[[partner:University of Birmingham]]’s Health Services Management Centre wrote it up as a case study.
Many NHS employers in [[decoy:Birmingham]] and across the West Midlands face the same challenge after mergers.
[[person:Peter Olsen]], regional secretary, wrote in support: “This is the most thorough piece of joint
work on recognition I have seen in the region.”

Reflections

[[person:Li Mei]] says: “Five years after a merger, we still had two organisations in one when it
came to partnership. That was not fair on reps or on managers.” [[person:Wanjiru]] says: “I was
suspicious at first. I had seen merger agreements that took things away. This one did not. It was
written by both sides, line by line.” The [[acronym:UHB]] staff side now publishes its minutes on the
intranet, and colleagues from the former [[former:Heart of England]] hospitals say they finally feel
part of one organisation.
`,
  },
  {
    id: "d03-somerset",
    odsCode: "RH5",
    style: "merged predecessor nicknamed (SomPar), county name as both org and place, rural sites, Polish and Ghanaian names",
    people: [
      { role: "employer_lead", name: "Agnieszka Zielińska", email: "agnieszka.zielinska@somersetft.nhs.uk" },
      { role: "staff_lead", name: "Kofi Mensah-Boateng", email: "kofi.mensah-boateng@somersetft.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
Bringing community and hospital teams together in partnership

When [[former:Somerset Partnership NHS Foundation Trust]] – [[former:SomPar]] to almost everyone
who worked there – merged with [[former:Taunton and Somerset NHS Foundation Trust]] in 2020, the new
organisation, [[full:Somerset NHS Foundation Trust]], brought together mental health, community and
acute hospital staff for the first time. Community nurses felt their voice would be drowned out by
the hospital. Hospital staff worried that community services would take money from the wards.

The director of people, [[person:Agnieszka Zielińska]], and the staff side chair,
[[person:Kofi Mensah-Boateng]] of [[decoy:UNISON]], decided that the answer was not a
communications campaign but a way for staff to work on real problems together. They created
joint improvement teams: each team paired a community service with a hospital ward, with a
manager and a staff side rep as co-leads, and gave it one problem to solve in six months.

The first teams tackled discharge. Community nurses from [[place:Bridgwater]] and ward staff at
[[site:Musgrove Park Hospital]] worked out why patients were waiting for days for community care
to start. The answer was that neither side could see the other’s workload. They built a shared
list, agreed a daily call, and cut the average wait from four days to one.

Later teams worked on staff parking at [[site:Yeovil District Hospital]], on lone working for
mental health practitioners in [[place:Minehead]] and on [[place:Exmoor]], and on rota
coordination between the community hospitals at [[site:Wellington]] and [[site:Burnham-on-Sea]]
and the acute wards. Reps from [[decoy:the RCN]], [[decoy:Unite]], [[decoy:GMB]] and the
[[decoy:Royal College of Occupational Therapists]] co-led teams alongside managers.

[[person:Ms Zielińska]] says the teams did more for the merger than any restructure could have.
“People stopped saying ‘them’ about the other half of the organisation when they had solved a
problem together.” [[person:Kofi]] says the staff side’s role was essential: “A manager on their
own would have been seen as the hospital taking over. A rep alongside them showed it was a genuine
partnership.”

By 2024 more than sixty joint improvement teams had run. In the staff survey, community staff’s
scores on feeling involved in decisions rose by twelve points, and turnover in community nursing
fell to its lowest level in a decade. We have shared the approach with
[[partner:Somerset Council]], with [[partner:NHS Somerset ICB]], and with the
[[partner:University of the West of England]], which runs our nursing placements. The
[[decoy:Social Partnership Forum]] featured the work at a national event, and
[[decoy:NHS England]] has included it in guidance on organisational mergers.

[[acronym:SFT]] staff side reps still say that the best thing about the teams is that they are ordinary:
small problems, solved together. Colleagues share results under [[handle:#SomersetTogether]], and
teams can sign up at [[contact:improvement@somersetft.nhs.uk]]. [[person:Agnieszka]] and
[[person:Mr Mensah-Boateng]] meet the co-leads of every new team on their first day.
`,
  },
];
