// Redaction corpus, part A: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_A: MarkedEntry[] = [
  {
    id: "a01-mersey-care",
    odsCode: "RW4",
    style: "formal report, ALL-CAPS headings, hard line breaks, merged predecessor, handles and hashtags",
    people: [
      { role: "employer_lead", name: "Raymond Okafor", email: "raymond.okafor@merseycare.nhs.uk" },
      { role: "staff_lead", name: "Adaeze Okonkwo-Bell", email: "adaeze.okonkwo-bell@merseycare.nhs.uk" },
      { role: "member", name: "Gwen Pritchard", email: "gwen.pritchard@merseycare.nhs.uk" },
    ],
    identifyingTerms: ["Ashworth Hospital"],
    marked: `
SUMMARY OF THE INITIATIVE

[[full:Mersey Care NHS Foundation Trust]] and its staff side have spent the last two years
rebuilding how we consult on change. When [[former:North West Boroughs Healthcare]] services
transferred to [[short:Mersey Care]] in 2021, we inherited two partnership forums, two sets of
policies and a great deal of suspicion on both sides. This entry describes the Joint Change
Charter that our staff side chair, [[person:Ms Okonkwo-Bell]], and our Director of People,
[[person:Raymond Okafor]] (known to everyone as [[person:Ray]]), wrote together over one winter.

WHY WE DID IT

Before the Charter, [[decoy:the Trust]] ran organisational change under a policy that dated from
2014 and that the staff side had never formally agreed. Colleagues at [[site:Ashworth Hospital]]
told us in the staff survey that they heard about ward moves from the rota, not from their
managers. [[decoy:UNISON]], [[decoy:the RCN]] and [[decoy:Unite]] all raised grievances in the same
quarter. Our sickness absence in the secure division was above 8 %, and our freedom to speak up
guardian, [[person:Gwen Pritchard]], logged more concerns about change than about any other
subject.

WHAT WE CHANGED

[[person:Ray]] and [[person:Adaeze]] agreed three principles at the first meeting of the new
Joint Negotiating and Consultative Committee: no change paper goes to the executive without
staff side comments attached; every consultation has a named staff side partner from the start;
and every affected colleague gets a one-to-one conversation before any letter is sent. They
tested the principles on the reconfiguration of the [[site:Broadoak Unit]] at [[site:Broadgreen]],
which moved two wards and affected 140 staff.

The staff side used the [[decoy:Social Partnership Forum]] guidance on collective consultation,
and our HR team mapped the Charter against [[decoy:Agenda for Change]] section 34 and the
[[decoy:NHS Employers]] guidance on organisational change. We also worked with
[[partner:Knowsley Council]] and [[partner:Cheshire and Merseyside ICB]], because several
community teams are jointly funded.

HOW WE TOLD PEOPLE

We ran twelve roadshows across [[place:Prescot]], [[place:Kirkby]] and [[place:Warrington]],
recorded a short film, and used our staff channels: the Charter trended internally under
[[handle:#TeamMerseyCare]] and our staff side posted updates from [[handle:@MerseyCareUNISON]].
Anyone could write to [[contact:jointcharter@merseycare.nhs.uk]] and get an answer within five
working days from both sides.

RESULTS

Eighteen months on, no change process has ended in a collective dispute. Grievances about
change fell from 31 to 6 a year. The secure division’s absence is down to 6.1 %. In the 2024
staff survey, the share of colleagues who said they were consulted about changes at work rose
by eleven points, the largest rise of any question. Regional officers from [[decoy:GMB]] and
[[decoy:UNISON]] now point other employers in [[decoy:Liverpool]] to the Charter as an example, and
[[person:Mr Okafor]] has presented it to the North West partnership network.

WHAT OTHERS CAN TAKE FROM IT

The Charter is short, two pages, and it works because it was written by both sides at the
same table, not drafted by HR and sent out for comment. Our advice to other trusts is to start
with one real change, test the principles on it, and only then write them down. Staff side
representatives need protected time to do this properly; [[short:Merseycare]] agreed an extra
two sessions a week for the branch secretary during the pilot, which paid for itself many
times over in avoided disputes.
`,
  },
  {
    id: "a02-north-west-ambulance",
    odsCode: "RX7",
    style: "informal first person, no headings, nickname, particle surname, generic-word name, hashtags",
    people: [
      { role: "employer_lead", name: "Siobhán Ní Bhriain", email: "siobhan.nibhriain@nwas.nhs.uk" },
      { role: "staff_lead", name: "David Kowalczyk", email: "david.kowalczyk@nwas.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
I’ve been a paramedic for nineteen years and a [[decoy:GMB]] rep for eleven of them, and I never
thought I’d be writing an award entry with a director. But here we are. My name doesn’t matter
much – everyone on the road calls me [[person:Big Dave]] anyway – what matters is what we built.

At [[full:North West Ambulance Service NHS Trust]] the thing that was breaking people was late
finishes. You come to the end of a twelve-hour shift, you’re sent one more job, you hand over at
a hospital with a queue out of the door, and you’re home three hours late. Do that four times a
week and you stop being able to look after your kids, or yourself. Our absence figures showed it
and so did the exit interviews.

In 2023 our director of operations, [[person:S. Ní Bhriain]], came to the staff side and said,
straight out, we don’t know how to fix this without you. That was the start. [[person:Siobhán]]
and I set up a late finish working group with reps from [[decoy:UNISON]], [[decoy:Unite]] and
[[decoy:GMB]], two operational managers from each area and a couple of control room staff, because
they’re the ones who allocate the last job. We met every fortnight at [[site:Ladybridge Hall]] and
sometimes in the canteen at [[site:Broughton]] if that was where people were.

What we agreed was simple. In the last hour of a shift a crew only gets sent to the most serious
categories of call, unless there’s nobody else at all. Control room staff got a flag on their
screens so they could see who was in their last hour. Managers agreed that a late finish of more
than thirty minutes would be paid without anyone having to fight for it, and that the reason
would be logged. And the staff side agreed to help sell it on stations, because a rule that
crews don’t believe in doesn’t change anything.

We tried it first in [[place:Cumbria]] and then in [[place:Greater Manchester]]. I won’t
pretend it was smooth. Some hospitals, not naming any, held crews for hours regardless, and we
had to work with the [[partner:Lancashire and South Cumbria ICB]] and the acute trusts on
handover. But late finishes of more than an hour fell by 38 % in the first six months, and
overtime claims went through in days instead of weeks.

The thing I’m proudest of is how people talked about it. Crews posted pictures of getting home
on time under [[handle:#NWASfamily]] and our comms team shared them from
[[handle:@NWAmbulance]]. The service’s board heard about it from crews, not from a paper.

[[acronym:NWAS]] isn’t perfect, and there are still nights where the system is full and everybody
is late. But there’s now a standing agreement, written down and signed by both sides, and a
monthly report that goes to the partnership forum. When something goes wrong we look at it
together rather than blaming each other. Other ambulance services have asked us about it, and
[[decoy:NHS England]] included it in a national paper on ambulance handover delays.

If you asked me what made the difference, it’s that [[person:Ms Ní Bhriain]] never once tried to
present the staff side’s ideas as management’s. Partnership in an ambulance service is hard
because we are all over the place, literally. This worked because we built it on the road, with
the people doing the job, and because both sides kept turning up.
`,
  },
  {
    id: "a03-royal-free",
    odsCode: "RAL",
    style: "bullet points and short paragraphs, leading 'Royal' and 'the Free', several sites, university partner",
    people: [
      { role: "employer_lead", name: "Oluwaseun Adebayo", email: "o.adebayo@nhs.net" },
      { role: "staff_lead", name: "Priyanka Raghunathan", email: "priyanka.raghunathan@nhs.net" },
      { role: "endorser", name: "Marcus Lindqvist", email: null },
    ],
    identifyingTerms: ["Chase Farm"],
    marked: `
Title: Fair flexible working for everyone, not just those who ask loudest

The problem
Flexible working requests at [[full:Royal Free London NHS Foundation Trust]] were decided ward by
ward. Some managers said yes to almost everything; others refused almost everything. Staff told
us in the 2022 staff survey that whether you got a flexible pattern depended on who your manager
was. Black and minority ethnic colleagues and porters and domestic staff were refused far more
often than others.

What we did together
- Our deputy chief people officer, [[person:Dr Seun Adebayo]], and the staff side chair,
  [[person:Priyanka Raghunathan]] of [[decoy:UNISON]], agreed to rewrite the policy jointly.
- We set up a flexible working panel with equal numbers of managers and staff side reps,
  including reps from [[decoy:the RCN]], [[decoy:RCM]] and [[decoy:Unite]].
- Any refusal now goes to the panel before it is final. The panel meets weekly, on Teams, so
  colleagues at [[site:Barnet Hospital]] and [[site:Chase Farm Hospital]] can take part as easily
  as those at [[site:the Royal Free Hospital]] in [[place:Hampstead]].
- We publish the numbers every quarter, by staff group and by ethnicity.
- Managers get a short training session, run by a manager and a rep together.

Working with partners
We drew on the [[decoy:NHS Employers]] flexible working toolkit and the [[decoy:Social Partnership Forum]]
guidance. [[partner:UCL]] helped us design the evaluation, and we shared our approach with
[[partner:North Central London ICB]], whose workforce team is now using the panel model for
other trusts in the system.

What changed
- Refusals fell from one in four requests to one in eleven.
- The gap between white and Black and minority ethnic colleagues closed almost completely.
- Estates and facilities staff are now as likely to have requests approved as nurses.
- Turnover among staff in their first two years fell by three points.

In their own words
“I asked three times to change my hours so I could do the school run and was told no each time.
The panel looked at it in one week and found a way,” said a domestic supervisor at [[short:the Free]].
Our chief executive, [[unlisted:Caroline Ashdown-Reyes]], has said that the policy is one of the things she is proudest of, and the
staff side chair, [[person:Ms Raghunathan]], now sits on the national flexible working group.

Why it is partnership
Neither side could have done this alone. Managers needed the staff side to trust that the panel
was not a way to overrule them; the staff side needed managers to accept that some requests
would be approved they would have refused. [[person:Seun]] and [[person:Priyanka]] met every
fortnight for a year, and they still do. The policy applies to all staff on
[[decoy:Agenda for Change]] terms, and the medical staff committee is now looking at a version
for doctors. Other London trusts, and some outside London, have asked to use it; we have shared
everything, including the training slides, on the [[short:Royal Free]] staff side pages.

Endorsed by [[person:Marcus Lindqvist]], regional organiser.
`,
  },
  {
    id: "a04-christie",
    odsCode: "RBV",
    style: "question-and-answer form, leading 'The', professor title, curly apostrophes, Manchester decoy",
    people: [
      { role: "employer_lead", name: "Jun-Wei Tan", email: "junwei.tan@christie.nhs.uk" },
      { role: "staff_lead", name: "Roisin Gallagher", email: "roisin.gallagher@christie.nhs.uk" },
      { role: "member", name: "Elif Demir", email: "elif.demir@christie.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
1. WHAT IS THE INITIATIVE?

The Healthy Rota Partnership is an agreement between [[full:The Christie NHS Foundation Trust]] and
its recognised trade unions on how rotas are written, published and changed. It covers every
clinical area, from chemotherapy day units to radiotherapy, and the research teams at the
[[site:Paterson Building]].

2. WHY WAS IT NEEDED?

Rotas at [[short:the Christie]] were published anywhere between one and six weeks ahead. Radiographers
told the staff side that they could not book childcare, and our bank spend rose every winter as
people simply stopped picking up extra shifts. [[decoy:Unite]] and [[decoy:UNISON]] raised it at the
Joint Staff Consultative Committee, and [[person:Professor Tan]], the executive lead for workforce,
agreed it was a problem the organisation could not solve without staff.

3. WHO WAS INVOLVED?

[[person:Prof. Jun-Wei Tan]] and [[person:Róisín Gallagher]], staff side chair, led the work. They
brought in rota coordinators from every department, the e-rostering team and the
[[decoy:Society of Radiographers]]. Our chief nurse sponsored it at board level. [[person:Elif Demir]],
a senior radiographer, ran the pilot in her department and became its best advocate.

4. WHAT DID YOU DO?

We agreed three rules. Rotas are published eight weeks ahead. Once published, a shift can only be
changed with the colleague’s agreement. And every department reports once a month on how well it
kept to the first two rules. The rules were written into a joint policy, signed by both sides,
and checked against [[decoy:Agenda for Change]] and the [[decoy:NHS Staff Council]]’s guidance on
working patterns.

5. WHAT HAPPENED?

Within a year, 94 % of rotas were published eight weeks ahead, up from 31 %. Bank and agency
spend in radiotherapy fell by a fifth. In the staff survey, the question about being able to
balance work and home life improved more at [[short:Christie]] than at any comparable trust.

6. HOW DID YOU SHARE IT?

We presented the work at the regional social partnership forum and wrote it up for
[[decoy:NHS Employers]]. Staff shared their new rotas on social media with
[[handle:#ChristieRotas]], and [[handle:@TheChristieNHS]] retweeted the best ones. Colleagues at
[[site:the Christie at Salford]] and [[site:the Christie at Oldham]] joined in the second phase.

7. WHAT DID YOU LEARN?

That publishing early costs nothing and is worth a lot. That managers will keep to a rule if
they helped write it. And that partnership works best on practical things people feel every week.
Hospitals across [[decoy:Manchester]] face the same problem, and several have asked us for the policy.

8. WHAT NEXT?

[[person:Róisín]] and [[person:Jun-Wei]] are extending the rules to medical rotas with the local
negotiating committee, and the [[partner:University of Manchester]] is evaluating the effect on
staff retention, with results expected next year. We also want to work with
[[partner:Manchester City Council]] on childcare for staff who work weekends in [[place:Withington]]
and [[place:Didsbury]].
`,
  },
  {
    id: "a05-norfolk-norwich",
    odsCode: "RM1",
    style: "narrative with dates, initials with ampersand, acronym, remote site, university and county council",
    people: [
      { role: "employer_lead", name: "Fatima Begum-Hussain", email: "fatima.begum-hussain@nnuh.nhs.uk" },
      { role: "staff_lead", name: "Tomasz Wiśniewski", email: "tomasz.wisniewski@nnuh.nhs.uk" },
    ],
    identifyingTerms: ["Cromer"],
    marked: `
Violence and aggression towards staff: a joint approach

In January 2023 a healthcare assistant on one of our medical wards was assaulted by a patient’s
relative. She was off work for four months. When she came back, she told her [[decoy:UNISON]] rep,
[[person:Tomasz Wiśniewski]], that nobody from management had contacted her while she was off, and
that she had found out the police had dropped the case from a leaflet. [[person:Tomasz]] took the
case to the Joint Consultative and Negotiating Committee of
[[full:Norfolk and Norwich University Hospitals NHS Foundation Trust]], and the director of
workforce, [[person:Mrs Begum-Hussain]], said she wanted to fix it properly.

What followed was eighteen months of joint work. [[person:Fatima]] and [[person:Tomasz]] co-chaired a
violence reduction group which included security, the emergency department, the
[[decoy:RCN]], [[decoy:GMB]], and two healthcare assistants who had themselves been assaulted. The group
looked at every reported incident from the previous three years at [[short:the N&N]] and at
[[site:Cromer and District Hospital]].

They found that most incidents happened in the same few places and at the same times: the
emergency department between ten at night and two in the morning, and the older people’s wards at
visiting time. They found that staff did not report most incidents because nothing happened when
they did. And they found that support after an assault depended entirely on the manager.

The group agreed a package of changes, and both sides signed it off:

A named support person, from the staff side or occupational health, for every member of staff
who is assaulted, who contacts them within 48 hours.

A police liaison officer based at [[site:Colney]] two days a week, funded jointly with
[[partner:Norfolk Constabulary]].

Body-worn cameras in the emergency department, introduced only after a staff side consultation on
privacy.

De-escalation training for all ward staff, co-delivered by a manager and a union rep.

A quarterly report to the board, presented by both co-chairs.

The results have been striking. Reports of violence rose at first – which we expected, because
people finally believed reporting was worth it – and then fell. Assaults resulting in injury are
down by a third. Every assaulted colleague since April 2024 has been contacted within two days. In
the staff survey, the share of staff who say [[decoy:the Trust]] takes effective action on violence
rose from 41 % to 63 %.

[[acronym:NNUH]] shared the package with other hospitals in the region through the
[[partner:Norfolk and Waveney ICB]] and at a regional [[decoy:Social Partnership Forum]] event. The
[[partner:University of East Anglia]] is evaluating the training, and [[partner:Norfolk County Council]]
has adopted the support-person model for its own social care staff.

This only worked because it was genuinely joint. [[person:Mrs Begum-Hussain]] did not hand the staff
side a plan to comment on; she and [[person:Mr Wiśniewski]] wrote it together, and the healthcare
assistant whose case started it all helped write the training. Violence against NHS staff is a
national problem, and [[decoy:NHS England]]’s violence prevention standard gave us a framework,
but the solutions had to be local, and they had to come from the people at risk.
`,
  },
  {
    id: "a06-guys-st-thomas",
    odsCode: "RJ1",
    style: "written without apostrophes and with them, curly apostrophes, acronym, children's hospital, boroughs, e-mail and phone",
    people: [
      { role: "employer_lead", name: "María José Fernández-López", email: "mariajose.fernandez-lopez@gstt.nhs.uk" },
      { role: "staff_lead", name: "Kwabena Asante", email: "kwabena.asante@gstt.nhs.uk" },
      { role: "member", name: "Hannah Goldberg", email: "hannah.goldberg@gstt.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
OUR PARTNERSHIP FOR FAIR PAY FOR ESTATES AND FACILITIES STAFF

Background

Until 2022, cleaning, catering and portering at [[full:Guy’s and St Thomas’ NHS Foundation Trust]] were
split between staff employed directly and staff employed by contractors, on different terms. The
staff side had campaigned for years to bring everybody onto [[decoy:Agenda for Change]]. When the last
contract came up for renewal, the board agreed to bring the services in-house, and asked the staff
side to help plan it.

The partnership

The project was led jointly by [[person:Dr María José Fernández-López]], the director of estates and
facilities, and [[person:Kwabena “Kobby” Asante]], the [[decoy:Unite]] convenor. [[person:Kobby]] had worked
as a porter at [[site:St Thomas’ Hospital]] for twenty years before becoming a full-time rep, and he
knew every corridor and most of the people in them. Together they set up a transfer board with
managers, [[decoy:UNISON]] and [[decoy:GMB]] reps, and six staff elected by the transferring workforce.

What we did

The transfer board met weekly for nine months. It agreed how every role would be matched to an
[[decoy:Agenda for Change]] band, using job evaluation panels with equal numbers of managers and reps.
It agreed that nobody would lose pay and that everybody would gain the NHS pension, sick pay and
annual leave. It ran drop-in sessions at [[site:Guy’s Hospital]], [[site:St Thomas’]] and
[[site:Evelina London]], in English, Spanish, Portuguese, Twi and Somali, because many of the
transferring staff were more comfortable in their first language.

[[person:Hannah Goldberg]], from the HR team, built a tracker so that every individual’s questions and
their answers were recorded. Any colleague could ring [[contact:020 7188 7188]] and ask for the
transfer team, or e-mail [[contact:inhouse@gstt.nhs.uk]].

What changed

On 1 April 2023, 1,900 staff transferred to [[short:Guys and St Thomas]]. Average pay for the lowest paid
rose by 9 %. Sickness absence among transferred staff fell from 7.4 % to 4.9 % in the first year,
because people could afford to be off when they were ill and came back sooner. Vacancies in domestic
services fell by half. In [[place:Lambeth]] and [[place:Southwark]], local councillors said that the
change had made a real difference to households in the area.

Working with partners

We worked with [[partner:Lambeth Council]] and [[partner:Southwark Council]] on the London Living Wage
commitments, with [[partner:King’s College London]] on an evaluation, and with
[[partner:South East London ICB]]. The [[decoy:Social Partnership Forum]] and [[decoy:NHS Employers]]
both asked us to speak about the transfer at national events. Our staff side shared pictures from
the first day under [[handle:#GSTTFamily]].

What we learned

In-sourcing is not just a contract decision. It only works if the people transferring trust the
process, and they will only trust it if their own reps are in the room. [[person:Dr Fernández-López]]
has said that the transfer board was the best-run project she has been part of, and
[[person:Mr Asante]] says it was the first time in twenty years that management asked porters what they
thought before deciding. [[decoy:London]] hospitals face the same question, and [[acronym:GSTT]] is happy to
share everything it learned.
`,
  },
];
