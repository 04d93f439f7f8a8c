// Redaction corpus, part J: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_J: MarkedEntry[] = [
  {
    id: "j01-yorkshire-ambulance",
    odsCode: "RX8",
    style: "the award form's four numbered sections, long, generic-word ambulance name, Dutch particle surname, nickname for a shortened given name, union branch, phone number",
    people: [
      { role: "employer_lead", name: "Marguerite van der Berg", email: "marguerite.vanderberg@yas.nhs.uk" },
      { role: "staff_lead", name: "Imran Chaudhry", email: "imran.chaudhry@yas.nhs.uk" },
      { role: "member", name: "Keeley Sutcliffe-Oduya", email: "keeley.sutcliffe-oduya@yas.nhs.uk" },
      { role: "endorser", name: "Rosalind Achebe", email: "rosalind.achebe@yas.nhs.uk" },
    ],
    identifyingTerms: ["Springhill"],
    marked: `
SECTION 1. SUMMARY OF YOUR INITIATIVE

Welfare at the Door: keeping crews fed, rested and safe while they wait at hospital

Welfare at the Door is a joint agreement between [[full:Yorkshire Ambulance Service NHS Trust]] and
its recognised trade unions about what happens to ambulance crews while they wait outside emergency
departments to hand over a patient. In the winter of 2023–24 some of our crews waited more than six
hours in the back of a vehicle, often without a break, a hot drink or a toilet. Nobody had decided
that this was acceptable. It had simply become normal.

The agreement was written by a joint group chaired in turn by our Director of Operations,
[[person:Marguerite van der Berg]], and the secretary of the [[branch:Yorkshire Ambulance Service UNISON branch]],
[[person:Imran Chaudhry]]. It guarantees a meal break within a fixed window for every crew held at
hospital, puts a welfare vehicle at the busiest departments, names a welfare lead on every shift in
the control room, and gives crews one simple way to escalate. We tested it in [[place:Hull]] and
[[place:Wakefield]], then rolled it out across [[place:Yorkshire]] and [[place:the Humber]].

In the first full winter the share of twelve-hour shifts with no break fell from 31 % to 7 %, and
sickness absence among front-line staff fell by 1.2 percentage points.

SECTION 2. EVIDENCE AGAINST THE CRITERIA

2a. Genuine partnership from the outset

The idea did not come from management. It came from a rep. [[person:Keeley Sutcliffe-Oduya]], a
paramedic and [[decoy:GMB]] rep based in [[place:Scarborough]] – [[person:Kee]] to everybody on the
station – started keeping a notebook in the cab in October 2023. Every time her crew was held at
hospital she wrote down how long they waited, whether they ate, and whether anyone asked how they
were. After six weeks she had forty-one entries, and in nineteen of them the answer to all three
questions was no.

She brought the notebook to the Joint Partnership Forum at [[site:Springhill]] in November. The
usual response to a paper like that would have been to thank her, note it, and ask the operations
directorate for a report. Instead [[person:Ms van der Berg]] asked the staff side to lead the work,
and offered to co-chair rather than to chair. “I didn’t want to be consulted on a management plan,”
[[person:Imran]] said afterwards. “[[person:Marguerite]] didn’t want to write one. That was the
difference.”

The group had reps from [[decoy:UNISON]], [[decoy:GMB]] and [[decoy:Unite]], two clinical
supervisors, a dispatcher from each of our two control rooms, a patient transport driver, and a
representative of [[decoy:the College of Paramedics]], who joined because several of the welfare
questions touched on professional standards. Our chief executive, [[unlisted:Priyanka Venkataraman]],
came to two meetings as an observer, by invitation of the staff side, and agreed in advance not to
speak unless asked.

Every draft was circulated to stations by the unions and by managers on the same day, with the same
covering note signed by both co-chairs. When crews in [[place:Doncaster]] objected that the welfare
vehicle would never reach them, the group changed the rota for the vehicles rather than defending it.

2b. Measurable and sustainable impact

We agreed the measures before we started, and the staff side chose two of the four:

• shifts of twelve hours with no recorded break: 31 % in January 2024, 7 % in January 2025;
• crews reporting that they had eaten during a hospital hold: 38 % before, 86 % after (monthly pulse
  survey, about 600 replies each time);
• sickness absence among A&E operational staff: down from 8.9 % to 7.7 % over the year;
• formal grievances about breaks: eleven in 2023, one in 2024.

The agreement is now part of our local terms. It sits alongside the rest-break provisions of
[[decoy:Agenda for Change]] and the [[decoy:NHS Terms and Conditions of Service Handbook]], and it
cannot be changed without the agreement of the Joint Partnership Forum. It has survived one change of
Director of Operations’ deputy and one change of branch secretary, which we think is the real test
of whether something is sustainable.

The welfare vehicles cost money, and we were asked whether the cost could be justified. The finance
team, working with the staff side, showed that the reduction in missed-break payments and in agency
cover for sickness paid for the vehicles twice over in the first year.

2c. Lessons learned, and whether it can be replicated

Three lessons stand out. First, start with evidence gathered by the people affected: a paramedic’s
notebook did more than any dashboard. Second, share the chair. Co-chairing slowed some decisions
down, but no decision had to be made twice. Third, write the agreement in the language crews use;
the first draft was six pages of policy, and the one we signed is a single sheet that fits in a
vehicle’s door pocket.

Any ambulance service could do this, and several have asked. The welfare lead role in the control
room costs nothing but a few minutes per shift, and it is the part crews value most.

SECTION 3. WHO YOU PARTNERED WITH

Inside [[acronym:YAS]]: the four recognised unions, the operations and control room directorates,
finance, estates and fleet. Our Director of People, [[person:Rosalind Achebe]], endorsed the entry and
sat on the group for its last three meetings; [[person:Ros]] made sure the agreement reached our
HR policies the same month it was signed.

Outside: the emergency departments we deliver to, who agreed space for the welfare vehicles; the
[[partner:West Yorkshire ICB]], the [[partner:Humber and North Yorkshire ICB]] and the
[[partner:South Yorkshire ICB]], who receive a monthly report on holds and breaks; and the
[[partner:University of Bradford]], whose student paramedics helped us run the pulse survey.

SECTION 4. WHAT YOU LEARNED AND HOW YOU SHARED IT

We presented Welfare at the Door at a regional [[decoy:Social Partnership Forum]] meeting and to the
[[decoy:Association of Ambulance Chief Executives]]’ workforce group, and [[decoy:NHS Employers]]
asked for a short case study. [[person:M. van der Berg]] and [[person:Mr Chaudhry]] now answer calls
from other services together; anybody who wants the single sheet can ring the partnership office on
[[contact:01924 555 0193]] or write to [[contact:welfareatthedoor@yas.nhs.uk]].

Crews shared photographs of the welfare vehicles under [[handle:#WelfareAtTheDoor]] and the branch
posted the weekly figures from [[handle:@YASUnisonBranch]]. When people outside the region ask what
[[short:Yorkshire Ambulance Service]] did differently, the answer we give is the same one
[[person:Kee]] gave the forum: we wrote it down, and then we did something about it together.
`,
  },
  {
    id: "j02-tees-esk-wear-valleys",
    odsCode: "RX3",
    style: "staff bulletin, long unbroken paragraphs, name registered with commas written without them, former trust by full name, Irish particle surname, Swedish hyphenated given name",
    people: [
      { role: "employer_lead", name: "Lars-Erik Johansson", email: "lars-erik.johansson@tewv.nhs.uk" },
      { role: "staff_lead", name: "Niamh Mac Aodha", email: "niamh.macaodha@tewv.nhs.uk" },
      { role: "member", name: "Moira Dunnett", email: "moira.dunnett@tewv.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
NOBODY WORKS ALONE: HOW COMMUNITY STAFF AND MANAGERS REWROTE LONE WORKING TOGETHER

Community mental health staff at [[full:Tees, Esk and Wear Valleys NHS Foundation Trust]] visit people at home across a patch that runs from the coast at [[place:Redcar]] and [[place:Whitby]] to the dales west of [[place:Bishop Auckland]], and for years the lone working policy said the right things but did not work on a wet Tuesday afternoon in a village with no phone signal. When a care coordinator in [[place:Stockton]] was held in a client’s kitchen for forty minutes in 2023, nobody noticed she was overdue until she rang her team herself. She was unhurt. Her [[decoy:Unite]] rep, [[person:Niamh Mac Aodha]], asked the obvious question at the next joint staff committee: if it had been worse, who would have known?

The associate director of nursing for community services, [[person:Lars-Erik Johansson]], did not argue. He asked [[person:Niamh]] to run a joint review with him, with reps from [[decoy:UNISON]] and [[decoy:the RCN]], team managers from each locality, and the health and safety lead, [[person:Moira Dunnett]]. They started by asking staff, not by reading the policy: 412 community staff answered a short survey, and the reps ran drop-in sessions at [[site:Roseberry Park]] in [[place:Middlesbrough]], at [[site:Lanchester Road Hospital]] in [[place:Durham]] and at [[site:Foss Park Hospital]] in [[place:York]]. Staff said three things: the check-in system was too fiddly to use in a hurry, nobody knew who was meant to act when a check-in was missed, and the devices ran out of battery.

So the group changed all three. Check-in is now one button on the work phone, with a fallback text message where there is no data signal. Every team has a named buddy for each shift, agreed at the morning huddle, and the buddy has ten minutes after a missed check-in to try to reach their colleague before escalating to the duty manager; the escalation steps fit on one card. Chargers went into every pool car. None of it was expensive. The staff side insisted that the new procedure be tested for two months in two localities before it was signed, and it was changed twice in that time because the buddies said it should be.

Lone working is a risk for community staff everywhere, in [[decoy:London]] or [[decoy:Leeds]] as much as on the moors, and the results here are modest but real. Missed check-ins that nobody followed up fell from an estimated one in five to none recorded in the last nine months. In the community teams’ pulse survey, the share of staff who said they felt safe working alone rose from 54 % to 81 %. Two of the longest-serving nurses, who started their careers with [[former:Tees and North East Yorkshire NHS Trust]], said it was the first lone working policy in twenty years that they had actually read.

“[[person:Lars-Erik]] could have written this in a week and sent it out,” says [[person:Ms Mac Aodha]]. “It took six months because we built it with the people who do the visits.” [[person:Mr Johansson]] adds: “The staff side saw the gaps first. I would rather hear about them in a meeting than in an inquest.”

We shared the procedure with [[partner:Middlesbrough Council]] and [[partner:Durham County Council]], whose social workers visit the same households, and with [[partner:Teesside University]], where it is now part of the placement induction for student nurses. The [[decoy:Suzy Lamplugh Trust]] reviewed the final version, and colleagues across [[acronym:TEWV]] have been sharing their buddy pairings under [[handle:#NobodyWorksAloneTEWV]]. [[short:Tees Esk and Wear Valleys]] has since been asked by two neighbouring trusts for a copy, and [[decoy:the Trust]] has given it to them, staff side covering note and all.
`,
  },
  {
    id: "j03-robert-jones-agnes-hunt",
    odsCode: "RL1",
    style: "question-and-answer interview, names with a leading The, initials, nickname of the hospital, Welsh patronymic particle, Chinese name, village named for the hospital",
    people: [
      { role: "employer_lead", name: "Wei Zhang", email: "wei.zhang@nhs.net" },
      { role: "staff_lead", name: "Gwenllian ap Rhys", email: "gwenllian.aprhys@nhs.net" },
      { role: "member", name: "Terence Bowditch", email: "terence.bowditch@nhs.net" },
    ],
    identifyingTerms: ["Midland Centre for Spinal Injuries"],
    marked: `
THEATRE ROTAS YOU CAN PLAN A LIFE AROUND
An interview with the two leads, for the partnership award

This entry is written as a conversation, because that is how the work was done. The questions were
put by our communications team to [[person:Wei Zhang]], Head of Theatres at
[[full:The Robert Jones and Agnes Hunt Orthopaedic Hospital NHS Foundation Trust]], and
[[person:Gwenllian ap Rhys]], theatre practitioner and [[decoy:UNISON]] steward.

Q: What was the problem?

[[person:GWENLLIAN AP RHYS]]: Lists overran. Not every day, but often enough that nobody in theatres
could promise to pick up a child from school or get to a class. An operating department
practitioner would be told at four o’clock that the list was going on until seven. People were
leaving for agency work in [[place:Wrexham]] and [[place:Shrewsbury]], not because of the money but
because agency shifts finish when they say they finish.

[[person:WEI ZHANG]]: And the overruns weren’t even helping patients. When we looked at the data we
found that the last case on an overrunning list was cancelled on the day one time in four anyway.
We were keeping staff late to cancel operations.

Q: Whose idea was it to work on it together?

[[person:Ms ap Rhys]]: Mine, if I’m honest, though [[person:Wei]] says it was hers. I raised it at
the joint negotiating committee in March 2024 and said the staff side would rather help design a
fix than keep taking grievances.

[[person:Ms Zhang]]: I said yes before she’d finished the sentence. I had the scheduling data, she
had the people. Neither of us could do it alone.

Q: What did you actually change?

[[person:Gwen]]: Three things. Lists are booked to a finish time, not to a number of cases, using
the real average times for each procedure from the last two years. Anything that would take a list
past its finish needs a conversation between the surgeon, the anaesthetist and the theatre
coordinator before the patient is sent for, and the staff on the list are asked, not told, whether
they can stay. And if they stay, the time is paid or given back in the same month, no forms.

[[person:Ms Zhang]]: We also rebuilt the rota so that practitioners choose their long days six
weeks ahead. [[person:Terence Bowditch]] – [[person:Tel]] to everyone – is our longest-serving
theatre porter and a [[decoy:GMB]] member, and he built the first version of the rota on a
spreadsheet in his own time. We’ve since moved it into the rostering system.

Q: Did it work?

[[person:Ms Zhang]]: Overruns of more than thirty minutes fell from 22 % of lists to 6 %. On-the-day
cancellations for lack of theatre time halved. Theatre vacancies went from fourteen to four in a
year, and we stopped using agency practitioners in the main theatres altogether.

[[person:GWENLLIAN AP RHYS]]: And people stay. Two practitioners came back from agency work. One told
me it was because she could book her daughter’s swimming lessons again.

Q: Did it reach beyond the main theatres?

[[person:Ms Zhang]]: The same principles now apply to the theatre that serves the
[[site:Midland Centre for Spinal Injuries]], where lists are longer and less predictable, with a
different finish time and an on-call arrangement the staff side negotiated separately.

Q: Who else was involved?

[[person:Ms ap Rhys]]: [[decoy:The College of Operating Department Practitioners]] looked at our
finish-time rules and said they were consistent with their guidance on safe staffing. We talked to
[[partner:Shropshire, Telford and Wrekin ICB]] about the effect on waiting lists, and to
[[partner:Betsi Cadwaladr University Health Board]], because so many of our patients come from over
the border. And [[partner:Keele University]] has used our data in teaching on theatre efficiency.

Q: What would you tell another trust?

[[person:Ms Zhang]]: Book to time. It sounds simple and it is.

[[person:Gwen]]: Trust your reps. People at [[short:the Robert Jones]] will tell you the
[[short:Orthopaedic]] has always felt like a family, but families still need rules about what time
tea is. We’ve shared it under [[handle:#RJAHTheatresOnTime]], and anyone who wants the rota
template can write to [[contact:theatres.partnership@nhs.net]]. [[acronym:RJAH]] is a small
hospital in [[place:Gobowen]], outside [[place:Oswestry]], and if we can do this here, any
trust can.
`,
  },
];
