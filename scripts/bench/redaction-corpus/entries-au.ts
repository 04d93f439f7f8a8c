// Redaction corpus, part AU: entries for real organisations of the register, marked up as in markup.ts,
// written blind in session 11 and kept from the engineers changing the rules until the end, as a check
// against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AU: MarkedEntry[] = [
  {
    id: "au01-south-west-london-st-georges-mh",
    odsCode: "RQY",
    style: "London mental health trust whose name shares a saint with the acute trust next door: the main hospital by the common it sits beside, a ward named after a civil rights leader, a closed hospital by its district, a 1990s predecessor, a three-trust alliance of ordinary words, Ghanaian, Tamil, Somali, Polish-Jewish and Irish names, a board paper excerpt with footnotes",
    people: [
      { role: "employer_lead", name: "Akosua Boateng", email: "akosua.boateng@swlstg.nhs.uk" },
      { role: "staff_lead", name: "Senthil Kumaran Rajendran", email: "senthil.rajendran@swlstg.nhs.uk" },
      { role: "member", name: "Hodan Warsame", email: null },
      { role: "member", name: "Miriam Lewandowska", email: null },
      { role: "endorser", name: "Caoimhe Ní Fhloinn", email: "caoimhe.nifhloinn@swlstg.nhs.uk" },
    ],
    identifyingTerms: ["Springfield"],
    marked: `
No place for it: a joint charter against racist abuse from patients and visitors

Why we did this

In 2023, 44 % of Black and Asian staff on our inpatient wards told the staff survey they had been racially
abused by a patient, a relative or a visitor in the previous year. Most had stopped reporting it. At
[[full:South West London and St George’s Mental Health NHS Trust]] the staff side said, and the executive
agreed, that "it comes with the job" could no longer be the answer on a mental health ward.

Who led it

- [[person:Akosua Boateng]], chief people officer
- [[person:Senthil Kumaran Rajendran]] ("[[person:Sen]]"), [[decoy:UNISON]] branch secretary and a charge nurse
- [[person:Hodan Warsame]], a healthcare assistant and [[decoy:RCN]] steward on [[site:Luther King Ward]]
- [[person:Miriam Lewandowska]], a consultant psychiatrist and co-chair of our medical staff committee

[[person:Sen]] remembers the moment the work began: a night on an acute ward at [[site:Springfield]] when a
patient abused [[person:Hodan]] for six hours and the only advice in the policy was to "consider moving
the staff member". "We moved her. The patient stayed. That was the policy."

What we agreed

A charter, written in four joint workshops and signed by the chief executive and every union:
1. Racist abuse is recorded every time, whoever it comes from, and whatever the patient’s state of mind.
2. The person abused decides what support they need, and a manager checks in within 24 hours.
3. Clinical teams decide together, with the staff side present, how a patient’s care plan addresses abuse.
4. Visitors who abuse staff get one warning and then a letter; the [[partner:Metropolitan Police]] are
   called when a crime is committed.

Excerpt from the paper to the board, November 2024 (shortened):

    Reported incidents of racist abuse rose from 212 to 397 in the first year¹.
    This is the charter working: staff now report. Staff who said they would
    feel supported after reporting: 31 % to 68 %². The [[decoy:WRES]] indicator on
    abuse from patients improved for the first time since 2017.

    ¹ Includes the wards at [[site:Tolworth]] and [[site:Queen Mary’s]], [[place:Roehampton]].
    ² Pulse survey of staff in the [[site:Springfield University Hospital]] inpatient units.

How it felt on the wards

[[person:Dr Lewandowska]] says the clinical debate was the hardest. "Some colleagues felt we were
blaming people who are very unwell. We agreed we were recording, not blaming. The care plan is the
clinician’s; the abuse is still abuse."

Ward manager [[unlisted:Oluwatoyin Bakare]], [[unlisted:Toyin]] to her team, on [[site:Avalon Ward]], says the 24-hour
check-in changed her own practice. "I used to ask on Friday. Now I ask the same day, and I write it
down."

A patient, [[unlisted:Kemal]], who had been on the ward twice, wrote to the team after his discharge that
he had been "told straight, and treated fairly", and that he was sorry.

Where we work

Our new hospital on the [[site:Springfield]] site opened in 2023 by the common in [[place:Tooting]]; staff
still call it "the new build" or just "[[site:the Springfield]]". We also run wards at
[[site:Tolworth Hospital]] in [[place:Kingston]] and at [[site:Queen Mary’s Hospital]] in [[place:Roehampton]],
and community teams in [[place:Wandsworth]], [[place:Merton]], [[place:Sutton]], [[place:Richmond]] and
[[place:Kingston]]. Some older staff came to us from [[former:Pathfinder]], the trust that ran
[[site:Springfield]] in the 1990s, and remember the old hospital at [[site:Barnes]], long closed.

Partners

We shared the charter with [[partner:St George’s Hospital]] next door, who have adopted it in their
emergency department; with [[partner:Wandsworth Council]] and [[partner:Kingston Council]]; and with
[[partner:NHS South West London ICB]]. [[partner:Kingston University]] nursing students learn the charter
before their first placement. Through the [[short:South London Mental Health and Community Partnership]]
the two other mental health trusts in south London are now writing their own versions.
[[partner:AFC Wimbledon]] let us launch it at [[place:Plough Lane]].

What staff said

[[person:Caoimhe Ní Fhloinn]], head of nursing for acute services, endorses this entry: "The charter has
done what fifteen years of policies didn’t. [[person:Ms Warsame]] and [[person:Mr Rajendran]] made it
practical, and our chief executive, [[unlisted:Dr Rupert Castellanos-Hale]], made sure the board
owned it."

[[branch:UNISON Springfield branch]] has asked for an annual joint review, and the first is booked. The
charter is on the [[acronym:SWLSTG]] intranet and on [[handle:@swlstg]]; search [[handle:#NoPlaceForItSWL]]. The
[[decoy:NHS Race and Health Observatory]] has asked to include it in its collection of practice.
`,
  },
  {
    id: "au02-east-sussex-healthcare",
    odsCode: "RXC",
    style: "East Sussex acute and community trust written as a letter with hard line breaks: the two main hospitals by a battle's name and by initials, the hospital 'up on the Ridge', a memorial hospital by its town, a bus route by its number, a landmark, an award named after a retired nurse, predecessor trusts, Welsh particle, Nepali, Shona and Greek names, a nickname without quotes, a quoted text message",
    people: [
      { role: "employer_lead", name: "Dafydd ap Gruffydd", email: "dafydd.apgruffydd@nhs.net" },
      { role: "staff_lead", name: "Bishnu Gurung", email: "bishnu.gurung@nhs.net" },
      { role: "member", name: "Tendai Mupfumira", email: null },
      { role: "member", name: "Eleni Papadopoulou", email: null },
      { role: "endorser", name: "Órlaith Mac Cárthaigh", email: "orlaith.maccarthaigh@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
Dear judges,

We are writing as the joint chairs of the partnership forum at [[full:East Sussex Healthcare NHS Trust]] to put
forward the Staff Pantry, which the unions and the trust set up together in the winter of 2022 and which
has since become part of how we look after each other.

WHAT IT IS

A free pantry and a hardship fund for staff, run by staff, at both main hospitals: [[site:the Conquest]]
up on [[place:the Ridge]] above [[place:Hastings]], and [[site:Eastbourne DGH]] on [[place:Kings Drive]]. Food,
toiletries, school uniform swaps, and a private room where anyone can talk to a rep or to payroll about
money. There is a smaller cupboard at [[site:Bexhill Hospital]] and one in the community team base at
[[site:Rye Memorial]].

HOW IT STARTED

In October 2022 [[person:Bishnu Gurung]], a healthcare assistant at [[site:EDGH]] and [[decoy:UNISON]]
branch chair, found a colleague asleep in her car in the staff car park because she could not afford the
petrol to drive home and back between shifts. He wrote to [[person:Dafydd ap Gruffydd]], our director of
people, that night. The text message he sent is still pinned to the pantry noticeboard:

  "[[person:Dafydd]], we need to talk tomorrow. Not a
  working group. Tomorrow. B."

[[person:Dafydd]] met him at 8am in the [[site:Conquest]] canteen. The first pantry opened eleven days later
in a room that had been a store for broken chairs.

WHO RUNS IT

A joint group of eight, four from each side, chaired in turn by [[person:Mr Gurung]] and
[[person:Mr ap Gruffydd]]. [[person:Tendai Mupfumira]], a midwife, and [[person:Eleni Papadopoulou]], a
pharmacist at [[site:the DGH]], run the rota of volunteers, who come from every staff group. The porters
at [[site:Conquest]] collect donations; their supervisor, known to everyone as [[unlisted:Ginger]], has not
missed a collection day in three years.

WHAT IT HAS DONE

- 2,900 staff have used the pantry at least once; around 300 use it each week.
- £61,000 of hardship grants, decided by a joint panel within 48 hours.
- A salary advance scheme, agreed with payroll and the staff side, used by 410 staff instead of payday loans.
- Free travel on the [[place:99]] bus between [[place:Eastbourne]] and [[place:Hastings]] for staff on bands 1
  to 4 working at both hospitals, negotiated with the bus operator.

The money came from [[short:ESHT Charity]], from the trust, and from staff themselves: the executive team
gave up their car parking allowances for a year, and the consultants’ committee matched them.

WHO HELPED

[[partner:East Sussex County Council]]’s household support fund topped up the hardship fund.
[[partner:Hastings Borough Council]] and [[partner:Eastbourne Borough Council]] helped us reach the food banks
in both towns. [[partner:St Michael’s Hospice]] and [[partner:St Wilfrid’s Hospice]] shared their volunteer
training. The [[partner:University of Brighton]]’s nursing school sends students to help, and
[[partner:Eastbourne Borough FC]] held a collection at every home match.
[[partner:NHS Sussex]] has asked us to share the model with other trusts in the county.

WHAT STAFF SAY

[[person:Órlaith Mac Cárthaigh]], our chief nurse, endorses this entry: "It started because a rep would not
wait. It lasted because both sides own it." A staff nurse on [[site:Baird Ward]] at [[site:the Conquest]] wrote:
"I came here from [[decoy:Kathmandu]] in 2021. I did not know who to ask. Now I know."

Our chief executive, [[unlisted:Jonathan Ashdown-Reeve]], presented the pantry team with this year’s
[[unlisted:Margaret Hollingbury]] Award, which is named after a ward sister who worked at the old
[[site:Buchanan Hospital]] in [[place:St Leonards]] until it closed in the 1990s.

WHERE WE COME FROM

[[acronym:ESHT]] was formed in 2011 when [[former:East Sussex Hospitals NHS Trust]] joined the community services
of the county; some of us remember [[former:Hastings and Rother NHS Trust]] and [[former:Eastbourne Hospitals
NHS Trust]] before that. Some things have not changed: we still argue about whether [[site:Conquest]] or
[[site:the DGH]] has the better view ([[site:the DGH]] sees [[place:Beachy Head]]; [[site:the Conquest]] sees the sea from the
top floor, on a clear day).

We think the pantry is partnership in its plainest form. It is not a policy. It is a room, a rota and a
promise that nobody at [[short:East Sussex Healthcare]] has to choose between petrol and food to come to
work. The [[decoy:Social Partnership Forum]]’s guidance on staff wellbeing helped us write the terms of the
hardship panel, and the [[decoy:Agenda for Change]] pay scales set its thresholds.

Yours,
[[person:Dafydd ap Gruffydd]] and [[person:Bishnu Gurung]]

[[handle:@ESHTNHS]] · [[handle:#ESHTPantry]] · [[handle:#TeamESHT]]
`,
  },
];
