// Redaction corpus, part C: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_C: MarkedEntry[] = [
  {
    id: "c01-north-east-ambulance",
    odsCode: "RX6",
    style: "terse numbered sections, control room setting, Scottish and Punjabi names, phone number and postcode",
    people: [
      { role: "employer_lead", name: "Ailsa Robertson", email: "ailsa.robertson@neas.nhs.uk" },
      { role: "staff_lead", name: "Jaspreet Kaur Gill", email: "jaspreet.gill@neas.nhs.uk" },
      { role: "member", name: "Callum Reid", email: "callum.reid@neas.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
1. Summary
Mental health first response in the emergency operations centre: a joint programme between
[[full:North East Ambulance Service NHS Foundation Trust]] and its trade unions to support the
call handlers and dispatchers who take the region’s most distressing calls.

2. The problem
Call handlers at [[site:Bernicia House]] take around 3,000 calls a day. Some are the worst calls
anyone will ever make: a child not breathing, a suicide in progress, a major incident. In 2022,
sickness absence in the control room reached 11 %, much of it stress-related, and one in four
new call handlers left within a year. The staff side, led by [[decoy:UNISON]] branch chair
[[person:Jaspreet Kaur Gill]], raised it as the top risk to the service.

3. The partnership
The director of emergency operations, [[person:Ailsa Robertson]], and [[person:Ms Gill]] set up a
joint wellbeing group for the control room. Members came from [[decoy:UNISON]], [[decoy:GMB]] and
[[decoy:Unite]], from control room management, occupational health and the chaplaincy. They met
at shift changeover so that both day and night staff could come. [[person:Callum Reid]], a senior
dispatcher with twenty years in the room, became its vice-chair.

4. What we did
We trained 40 call handlers as peer supporters, chosen by their colleagues rather than by managers.
We agreed that after any call graded as traumatic, a call handler can step away for fifteen
minutes without asking, and a supervisor covers. We built a quiet room. We agreed with occupational
health a fast route to trauma therapy, within ten working days. And we changed the rota so that no
one works more than four nights in a row.

5. Results
Absence in the control room fell to 6.2 %. First-year leavers fell from one in four to one in
ten. Call answer times improved, because more people were at work. In the staff survey, control
room staff rated their immediate managers higher than any other part of [[acronym:NEAS]].

6. Sharing
We presented the work to the [[decoy:Association of Ambulance Chief Executives]] and to
[[decoy:NHS England]]’s ambulance improvement programme. The peer supporter model has been taken up
by control rooms in two other ambulance services. Colleagues in [[place:Newcastle]] and
[[place:Teesside]] shared their experience under [[handle:#NEASControl]], and the
[[partner:North East and North Cumbria ICB]] has asked for a version for NHS 111 staff.

7. Partnership in practice
[[person:Ailsa]] says the turning point was agreeing that peer supporters would be chosen by staff.
“Managers wanted to pick them. The staff side said that nobody would talk to someone management had
chosen. They were right.” [[person:Jaspreet]] says the fifteen-minute rule was the hardest sell,
because managers worried about calls waiting. “It turned out people took it less often than we
feared, because knowing they could was enough.”

8. Contact
The wellbeing group can be reached on [[contact:0191 430 2000]] or at [[site:Bernicia House]],
[[place:Goldcrest Way]], [[contact:NE15 8NY]]. Both sides would be happy to talk to any
ambulance service about what we learned, and about what we would do differently: start the peer
supporter training sooner, and involve the night shift from the very first meeting.
`,
  },
  {
    id: "c02-gloucestershire-hospitals",
    odsCode: "RTE",
    style: "county-name trust, site acronyms (GRH, CGH), Welsh hyphenated surname, 'the Trust' decoys throughout",
    people: [
      { role: "employer_lead", name: "Hamid Karimi", email: "hamid.karimi@nhs.net" },
      { role: "staff_lead", name: "Bethan Llewellyn-Jones", email: "bethan.llewellyn-jones@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
Staff side and management together: ending the use of agency staff in theatres

In 2021 our theatres spent more than £4 million a year on agency staff. [[decoy:The Trust]] had tried
to reduce it several times, each time by capping agency rates, and each time the gaps were simply
filled at higher cost by another agency. Theatre staff told their reps that they were exhausted
by working alongside people who did not know the department, and that many of their own
colleagues had left to work for agencies, earning more for the same job.

[[full:Gloucestershire Hospitals NHS Foundation Trust]] decided to try something different. The
director of finance, [[person:Hamid Karimi]], and the staff side chair, [[person:Bethan Llewellyn-Jones]]
of [[decoy:the RCN]], agreed to look at the problem together. They had worked together on the pay
and banding review and trusted each other.

The first thing they did was ask theatre staff what would keep them. The answers were not mainly
about pay. People wanted predictable rotas, a say in which sessions they worked, proper breaks,
and a fair way of allocating overtime. Those who had left for agencies said the same: they would
come back for flexibility.

So the partnership built an in-house theatre bank with the flexibility of an agency. Bank shifts
are offered first to substantive staff, through an app, at a rate agreed with the staff side.
Staff can choose their sessions six weeks ahead. Anyone who left for an agency in the past three
years was invited back, with their continuous service recognised under [[decoy:Agenda for Change]].
[[decoy:The Trust]] agreed not to reduce bank rates for two years, and the staff side agreed to
support ending agency use except in emergencies.

The work covered both main sites, [[site:Gloucestershire Royal Hospital]] and
[[site:Cheltenham General Hospital]], and the day surgery unit at [[site:Tewkesbury Hospital]].
Theatre staff at [[site:GRH]] and [[site:CGH]] had very different cultures, and the reps from
[[decoy:UNISON]], [[decoy:the RCN]] and the [[decoy:College of Operating Department Practitioners]] worked
hard to make sure one rule book applied to both.

By 2023 agency spend in theatres had fallen by 82 %. Forty-one former staff came back. Theatre
utilisation rose because fewer lists were cancelled for lack of staff, and waiting lists for
routine surgery in [[place:Stroud]] and the [[place:Forest of Dean]] fell faster than the national
average.

[[person:Mr Karimi]] says: “As a finance director I could have kept capping rates. It would never have
worked. The staff side showed us what people actually wanted.” [[person:Ms Llewellyn-Jones]] says: “This
was the first time I had seen finance and the staff side sit down to solve a workforce problem
together, not argue about it.”

We have shared the model with [[partner:NHS Gloucestershire ICB]] and with the
[[partner:University of Gloucestershire]], which trains many of our operating department
practitioners, and with [[partner:Gloucestershire County Council]]’s health scrutiny committee. The
[[decoy:Social Partnership Forum]] published a case study, and our chief executive,
[[unlisted:Deborah Mwangi]], presented it to the board of [[decoy:NHS Providers]]. Other hospitals in [[decoy:Bristol]] and across the
South West have asked for our bank agreement, and [[acronym:GHNHSFT]] staff side reps have spoken at
three regional events. Theatre staff still celebrate each agency-free month under
[[handle:#GlosTheatres]].
`,
  },
  {
    id: "c03-leicester",
    odsCode: "RWE",
    style: "'University Hospitals of' name with preposition, site acronym LRI, Gujarati name and nickname, De Montfort partner",
    people: [
      { role: "employer_lead", name: "Pradeep Chauhan", email: "pradeep.chauhan@uhl-tr.nhs.uk" },
      { role: "staff_lead", name: "Kerry-Ann Whyte", email: "kerry-ann.whyte@uhl-tr.nhs.uk" },
      { role: "member", name: "Yusuf Patel", email: "yusuf.patel@uhl-tr.nhs.uk" },
    ],
    identifyingTerms: ["Glenfield"],
    marked: `
RACE EQUALITY IN DISCIPLINARY CASES: A JOINT REVIEW THAT CHANGED HOW WE WORK

Context

In 2021 our workforce race equality figures showed that Black and minority ethnic staff at
[[full:University Hospitals of Leicester NHS Trust]] were 1.9 times as likely as white staff to enter
a formal disciplinary process. [[decoy:Leicester]] is one of the most diverse cities in the country, and more
than half of our nurses and healthcare assistants are from minority ethnic backgrounds. Both
management and the staff side agreed that this could not go on.

Who led it

The medical director’s deputy, [[person:Dr Pradeep Chauhan]] – [[person:Prad]] to almost everyone –
and the [[decoy:UNISON]] branch secretary, [[person:Kerry-Ann Whyte]], co-chaired a joint review. They
were joined by reps from [[decoy:the RCN]], [[decoy:Unite]] and [[decoy:GMB]], by the chair of the
race equality network, [[person:Yusuf Patel]], and by two senior HR business partners.

What the review found

The review looked at every disciplinary case in three years. In most cases involving minority
ethnic staff, the issue could have been resolved informally, and the same issue involving a white
colleague had been. Managers escalated when they felt unsure, and they felt unsure more often with
colleagues from backgrounds different from their own. Nearly all cases started on night shifts or
at weekends, when senior support was hardest to reach.

What we changed

- Every proposed formal case is now checked by a pair – one manager and one staff side rep – before
  it starts. The pair asks whether an informal route has been tried.
- We adopted a just and learning culture approach, with training co-delivered by managers and reps.
- We set up a weekend and night HR advice line, staffed by HR and staff side volunteers.
- We publish the numbers every quarter to the Joint Staff Partnership Committee.

The checks run at all three hospitals: the [[site:Leicester Royal Infirmary]], the
[[site:Leicester General Hospital]] and [[site:Glenfield Hospital]]. The first pilot was in the
emergency department at [[site:the LRI]].

Results

Formal disciplinary cases fell by 54 % in two years. The likelihood ratio for minority ethnic staff
fell from 1.9 to 1.1. Suspensions fell from 40 a year to 9. Staff in the emergency department rated
“fair treatment” in the staff survey higher than at any time in the previous decade.

Partners

[[partner:De Montfort University]] evaluated the training, and [[partner:Leicester City Council]] used
our model in its own review. The approach has been shared with
[[partner:Leicester, Leicestershire and Rutland ICB]], and [[decoy:NHS England]]’s national workforce
race equality team included it in a set of case studies. [[decoy:NHS Employers]] invited
[[person:Dr Chauhan]] and [[person:Ms Whyte]] to speak at its annual conference.

In their words

“I have represented members in disciplinary cases for twenty years,” says [[person:Kerry-Ann]]. “For
the first time, I am helping to stop cases before they start, instead of picking up the pieces.”
[[person:Prad]] adds: “We did not set out to change the numbers. We set out to treat people fairly.
The numbers followed.” Staff across [[place:Highfields]] and [[place:Belgrave]] – many of whom work
at [[acronym:UHL]] – told the race equality network that they had noticed the difference.
`,
  },
];
