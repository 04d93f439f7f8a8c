// Redaction corpus, part AR: entries for real organisations of the register, marked up as in markup.ts,
// written blind late in session 10 and kept from the engineers changing the rules, as a check against
// tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AR: MarkedEntry[] = [
  {
    id: "ar01-airedale",
    odsCode: "RCF",
    style: "Dales acute trust about getting staff to work in snow: the hospital by its village, its initials and “the General”, small hospitals by their market towns, a telemedicine hub by its brand, a former trust, a rugby league club and a hospice as partners, Mirpuri, Polish, Ukrainian, Chinese and Yorkshire names, a nickname in quotes and one without, a radio transcript, lower-case site names",
    people: [
      { role: "employer_lead", name: "Shazia Kauser Hussain", email: "shazia.hussain@anhst.nhs.uk" },
      { role: "staff_lead", name: "Craig Sutcliffe", email: "craig.sutcliffe@anhst.nhs.uk" },
      { role: "member", name: "Oksana Kovalenko", email: null },
      { role: "member", name: "Wei Ling Tan", email: null },
      { role: "endorser", name: "Małgorzata Nowicka", email: "malgorzata.nowicka@anhst.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
When the tops close: a winter travel plan written by the people who travel

WHY

[[site:Airedale General Hospital]] stands in [[place:Steeton]], in the valley between [[place:Keighley]] and
[[place:Skipton]]. A third of our staff live over the tops — in [[place:Haworth]], [[place:Oxenhope]],
[[place:Cowling]] or up the dale in [[place:Settle]] — and when snow closes the moor roads they cannot get
in. For years the answer at [[full:Airedale NHS Foundation Trust]] was an e-mail at 5am telling everyone
to “make every effort”, and arguments later about unpaid hours.

WHO

The plan was written by [[person:Shazia Kauser Hussain]], our head of emergency planning, who grew up in
[[place:Keighley]] and whose family came from [[decoy:Mirpur]], and [[person:Craig Sutcliffe]], an
ambulance-to-ward porter and chair of [[branch:UNISON Airedale Branch]]. Everyone calls him “[[person:Sooty]]”.
[[person:Shazia]] says: “[[person:Sooty]] knows every back road between here and [[place:Colne]]. I know the
rota. We needed both.”

[[person:Oksana Kovalenko]], a healthcare assistant on Ward 9 who came from [[decoy:Kharkiv]] in
2022, and [[person:Wei Ling Tan]], a pharmacist and [[decoy:Unite]] rep, ran the staff survey in the
canteen. [[person:Ms Tan]] mapped where 2,900 staff live against the roads that close first.

WHAT WE AGREED

- Every member of staff knows their nearest “snow site”: [[site:Skipton General]], [[site:Castleberg]]
  in [[place:Giggleswick]], [[site:Coronation Hospital]] in [[place:Ilkley]], or a partner’s building.
  Working there on a snow day counts as a full shift.
- Staff who can work remotely log on to the [[site:Airedale Digital Care Hub]], which already runs video
  consultations for care homes across the north, and take calls from there.
- Four-by-four volunteers from the local mountain rescue team and the hospital’s own estates fleet,
  booked through one number.
- No unpaid hours: a joint statement agreed at the [[decoy:Joint Negotiating and Consultative
  Committee]] under [[decoy:Agenda for Change]], published before the first snow.
- Beds on Ward 19 and in the old nurses’ home at [[site:AGH]] for staff who choose to stay over.

FROM THE RADIO

On 8 March 2023, the heaviest snow in a decade, the estates radio log reads:

> Control: “[[person:Sooty]], can you get to [[place:Oakworth]] for a theatre nurse?”
> [[person:Sutcliffe]]: “Road’s shut at the top. I’ll meet her at the [[place:Keighley]] bus station, she’s
> walking down.”
> Control: “She says she’ll be there in forty minutes.”

[[unlisted:Sister Bernadette “Bernie” Houlihan]] arrived in theatres at 9.15. All lists ran.

WHAT CHANGED

On the four snow days of winter 2023–24, 93 % of rostered staff worked, at the hospital or at a snow site,
against 71 % in 2021. No one lost pay. The plan is part of every induction, and the [[decoy:UK Health
Security Agency]] used it as a case study for rural winter resilience.

PARTNERS

[[partner:Bradford Council]] and [[partner:North Yorkshire Council]] gritted the hospital approach roads
first; [[partner:NHS West Yorkshire ICB]] paid for the four-by-fours’ fuel; the [[partner:University of
Bradford]] evaluated the plan; [[partner:Keighley Cougars]] lent their minibus; [[partner:Sue Ryder
Manorlands]] in [[place:Oxenhope]] became a snow site for their neighbours among our staff; and
[[partner:Craven District Council]], before it was abolished, gave us its depot in [[place:Skipton]].

WHO WE ARE

Older staff still say [[former:Airedale NHS Trust]]; most say “[[short:Airedale]]”, “the General” or
just “[[site:Steeton]]”. Our charity is [[short:Airedale Hospital Charity]], and the staff newsletter is
“[[short:Airedale]] Matters”. Patients from [[place:Craven]] say they are going “down to
[[site:airedale]]”.

ENDORSEMENT

[[person:Małgorzata Nowicka]], director of people, wrote: “[[person:Shazia]] and [[person:Craig]] took
the argument out of snow days.” Our chief executive, [[unlisted:Mr Brendan Ó Ceallaigh]], drove a
four-by-four himself in 2023. Trusts in [[decoy:Cumbria]] and [[decoy:Northumberland]] have asked for the
plan.

[[contact:airedale.snowplan@anhst.nhs.uk]] · [[handle:@AiredaleNHSFT]] · [[handle:#AiredaleSnowPlan]]
· [[acronym:ANHSFT]]
`,
  },
  {
    id: "ar02-kent-medway-mh",
    odsCode: "RXY",
    style: "Kent mental health trust renamed recently, about racism from patients: the former name and its well-known acronym used more than the new one, units named after people (one by initials), hospitals by town, an HQ by its villa name, a race equality network with a Ghanaian name, Nepali (Gurkha family), Sikh, Nigerian, Roma and Kentish names, a particle name, a quoted Teams chat",
    people: [
      { role: "employer_lead", name: "Dr Sunita Gurung", email: "sunita.gurung@nhs.net" },
      { role: "staff_lead", name: "Chinedu Okafor", email: "chinedu.okafor@nhs.net" },
      { role: "member", name: "Jaswinder Kaur Sandhu", email: null },
      { role: "member", name: "Marius Lăcătuș", email: null },
      { role: "endorser", name: "Peter de Souza", email: "peter.desouza@nhs.net" },
    ],
    identifyingTerms: ["KMPT"],
    marked: `
Not part of the job: how staff and managers stopped treating racist abuse as normal

THE PROBLEM

In our 2022 staff survey, 38 % of Black and minority ethnic staff on our inpatient wards said they had
been racially abused by a patient in the last year. Most had not reported it. Many had been told, kindly,
that the patient was unwell and it was “part of the job”. [[full:Kent and Medway Mental Health NHS Trust]]
— then still [[former:Kent and Medway NHS and Social Care Partnership Trust]], or [[former:KMPT]] to
everyone — decided with its unions that it was not.

WHO LED IT

[[person:Dr Sunita Gurung]], a consultant psychiatrist whose father served with the Gurkhas at
[[place:Folkestone]], and [[person:Chinedu Okafor]], a staff nurse at [[site:Priority House]] in
[[place:Maidstone]] and branch chair of [[branch:UNISON Kent and Medway Mental Health Branch]], led the
work together. [[person:Chinedu]] — [[person:Chi]] to his ward — had been called a racist name on his first
shift in 2015. “I was told to write it in the notes,” he says. “Nobody asked how I was.”

[[person:Jaswinder Kaur Sandhu]], a healthcare assistant from [[place:Gravesend]] at [[site:Little Brook
Hospital]] in [[place:Dartford]], and [[person:Marius Lăcătuș]], a support worker at the [[site:Trevor
Gibbens Unit]], co-chaired the listening groups. [[person:Mr Lăcătuș]] is Roma and had never before
mentioned at work that he was.

The trust’s race equality network, [[site:Sankofa]], gave the project its name and its first
volunteers.

WHAT WE AGREED

- A clear statement, signed by the chief executive and every union at the [[decoy:Joint Staff
  Forum]], that racist abuse is never part of the job, whatever the patient’s condition.
- A one-page reporting form, and a response within 24 hours from a manager and a [[site:Sankofa]]
  buddy.
- Clinical teams plan for abuse in the care plan, with the patient where possible, so staff are not
  left to absorb it.
- Staff can ask to move off a patient’s care team without it counting against them, agreed under the
  [[decoy:Agenda for Change]] policies and the [[decoy:NHS Workforce Race Equality Standard]].
- Training for ward managers at [[site:Farm Villa]] and online, designed by staff who had been abused.

A CONVERSATION ON TEAMS

Shared with permission, from a ward manager’s chat with [[person:Chi]] after the first month:

> Ward manager, [[site:St Martin’s]]: “Had my first report today. Honestly, before this I’d have said
> ‘he doesn’t mean it’.”
> [[person:Chinedu Okafor]]: “And what did you say instead?”
> Ward manager: “I asked her how she was. Then I moved her and wrote it into his plan.”

RESULTS

Reports of racist abuse rose fourfold in the first six months, which we expected and wanted. Staff who
said they had been supported after abuse rose from 19 % to 67 %. Turnover of Black and minority ethnic
nurses on the pilot wards at [[site:Priority House]], [[site:Little Brook]] and the [[site:Elizabeth
Raybould Centre]] fell from 16 % to 9 %. The [[decoy:Care Quality Commission]] named the work in its 2024
report.

PARTNERS

[[partner:Kent County Council]] and [[partner:Medway Council]] adopted the statement for their social
workers on our wards; [[partner:NHS Kent and Medway ICB]] shared it across the county;
[[partner:Canterbury Christ Church University]] built it into nursing training; [[partner:Kent Police]]
agreed a route for the worst cases; and [[partner:Gillingham FC]] invited the [[site:Sankofa]] network to
the [[place:Priestfield]] for its anti-racism match.

WHAT PEOPLE CALL US

The new name is two years old. Staff say “[[former:KMPT]]”, “[[short:Kent and Medway]]” or
“[[short:KMMHT]]”; the forensic service at [[site:the TGU]] and the [[site:Allington Centre]] says “[[decoy:the
trust]]”; patients in [[place:Canterbury]] still say “[[site:St Martin’s]]”.

ENDORSEMENT

[[person:Peter de Souza]], our chief nurse, wrote: “[[person:Sunita]] and [[person:Chi]] changed what
our staff expect of us.” Our chief executive, [[unlisted:Ms Rosalind Ashdown-Mbeki]], reads the monthly
report at board. Trusts from [[decoy:London]] to [[decoy:Devon]] have asked for the statement.

[[contact:kmmht.notpartofthejob@nhs.net]] · [[handle:@KentMedwayMH]] · [[handle:#NotPartOfTheJob]] ·
[[handle:#SankofaKent]]
`,
  },
];
