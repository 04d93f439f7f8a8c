// Redaction corpus, part K: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_K: MarkedEntry[] = [
  {
    id: "k01-leeds-community-healthcare",
    odsCode: "RY6",
    style: "open letter to the judges signed by both leads, community trust with a generic-word name, Ghanaian nickname, Polish diacritics, neighbourhoods of one city",
    people: [
      { role: "employer_lead", name: "Shabnam Akhtar-Rahman", email: "shabnam.akhtar-rahman@nhs.net" },
      { role: "staff_lead", name: "Kwabena Owusu-Ansah", email: "kwabena.owusu-ansah@nhs.net" },
      { role: "member", name: "Halina Wiśniewska", email: "halina.wisniewska@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
Dear judges,

We are writing to you together, a director and a union rep, because we did this work together and
it felt wrong for one of us to describe it on behalf of the other.

We work for [[full:Leeds Community Healthcare NHS Trust]]. Our district nurses, health visitors
and therapists see people in their own homes in every corner of the city, from [[place:Seacroft]]
to [[place:Armley]] and out to [[place:Otley]] and [[place:Wetherby]]. In 2023 the nurses told us,
through their reps and through the staff survey, that they were finishing their visits and then
doing two hours of notes at the kitchen table. Our neighbourhood teams had the highest vacancy rate
we had ever recorded, and the people leaving said the same thing in their exit interviews: “I love
the job, I can’t do the paperwork at night any more.”

The staff side secretary, [[person:Kwabena Owusu-Ansah]] – [[person:Kobby]] to all of us – put a
simple proposal to the partnership forum. Give every community nurse protected time in the working
day to write up visits, count it in caseload planning, and stop pretending it happens by magic.
Our Director of Nursing, [[person:Shabnam Akhtar-Rahman]], agreed in principle the same afternoon,
but said she could only agree in practice if the two of us worked out how to do it without leaving
patients unseen. So that is what we did.

What we did, in short:

- We timed it. Sixty nurses from eight neighbourhood teams logged every visit, journey and piece of
  admin for two weeks. Admin took a median of 94 minutes a day, of which 41 minutes fell outside paid
  hours.
- We built protected time into the caseload tool: forty-five minutes a day, blocked, not to be used
  for visits unless the nurse chooses to.
- We moved some admin away from nurses altogether. Two administrators per neighbourhood now book
  follow-ups and chase prescriptions.
- We fixed the tablets. [[person:Halina Wiśniewska]], a district nurse and [[decoy:RCN]] steward in
  [[place:Chapeltown]], ran a group of nurses who listed every screen that wasted time, and the
  digital team changed eleven of them.
- We agreed, in writing, that no one would be asked to write up visits unpaid, and that any extra
  time would be paid or given back within the month.

What happened:

- Admin done outside paid hours fell from 41 minutes a day to 9.
- Vacancies in the neighbourhood teams fell from 17 % to 8 % in a year.
- Visits completed per nurse did not fall. They rose slightly, because fewer visits were cancelled
  for lack of staff.
- In the staff survey, community nurses who would recommend [[short:Leeds Community Healthcare]]
  as a place to work rose from 49 % to 66 %.

We did not do this alone. The [[decoy:Queen’s Nursing Institute]] gave us advice on caseload
measurement. [[partner:Leeds City Council]] adult social care joined the admin review, because their
social workers were chasing the same information. The [[partner:West Yorkshire ICB]] funded the
extra administrators for the first year, and [[partner:Leeds Beckett University]] analysed the time
logs independently so that neither side could be accused of marking its own homework.

What we learned is that time is the thing community staff are shortest of, and that it has to be
counted to be protected. Any community trust could do this; nothing here depends on the size of
[[decoy:the Trust]] or on its city, and colleagues in [[decoy:Bristol]] and [[decoy:Newcastle]]
have already asked for the time-logging template. We shared it under [[handle:#LCHTimeToCare]] and
through our staff side account, [[handle:@LCHStaffSide]], and we talked about it at the regional
meeting of the [[decoy:Social Partnership Forum]].

[[person:Halina]] put it best at our last forum: “I used to do my notes after the children were in
bed. Now I do them at work, like a normal job.”

With thanks for reading,

[[person:S. Akhtar-Rahman]], Director of Nursing and Allied Health Professionals
[[person:K. Owusu-Ansah]], staff side secretary, [[decoy:UNISON]]
[[acronym:LCH]], [[site:White Rose Office Park]], [[place:Leeds]]
`,
  },
  {
    id: "k02-mid-south-essex",
    odsCode: "RAJ",
    style: "board-paper style with numbered paragraphs, long, trust formed from three merged predecessors named in full and by initials, Portuguese particle de, Polish name and its English form",
    people: [
      { role: "employer_lead", name: "Chiamaka Obi-Wheatley", email: "chiamaka.obi-wheatley@nhs.net" },
      { role: "staff_lead", name: "Tomasz Zieliński", email: "tomasz.zielinski@nhs.net" },
      { role: "member", name: "Lakshmi Ramaswamy", email: "lakshmi.ramaswamy@nhs.net" },
      { role: "endorser", name: "Graham Ferreira de Souza", email: "graham.ferreiradesouza@nhs.net" },
    ],
    identifyingTerms: ["Basildon", "Broomfield", "Southend"],
    marked: `
ONE SET OF RULES FOR EVERYONE: HARMONISING OUR EMPLOYMENT POLICIES IN PARTNERSHIP

1. SUMMARY

1.1 [[full:Mid and South Essex NHS Foundation Trust]] was formed in April 2020 when
[[former:Basildon and Thurrock University Hospitals NHS Foundation Trust]],
[[former:Mid Essex Hospital Services NHS Trust]] and [[former:Southend University Hospital NHS Foundation Trust]]
merged. We inherited three sets of employment policies – 214 documents in all – and three joint
negotiating committees, each with its own history.

1.2 For two years after the merger a nurse at [[site:Basildon University Hospital]], a nurse at
[[site:Broomfield Hospital]] and a nurse at [[site:Southend University Hospital]] could be managed
under three different sickness policies, claim expenses under three different rules and apply for
flexible working on three different forms. Staff noticed, and they did not think it was fair.

1.3 This entry describes how managers and the staff side replaced 214 policies with 38, all of them
written and agreed jointly, between May 2022 and December 2024, and what difference it made.

2. HOW THE PARTNERSHIP WAS SET UP

2.1 The first decision was about who would write the policies. The previous practice in all three
predecessors had been for HR to draft and the staff side to comment. Our Chief People Officer,
[[person:Chiamaka Obi-Wheatley]], proposed instead that every policy be drafted by a pair: one HR
adviser and one staff side representative, working from the same blank page.

2.2 The staff side chair, [[person:Tomasz Zieliński]] of [[decoy:UNISON]], agreed on condition that
the pairs had protected time and that the staff side could choose which policies to start with.
He chose sickness absence, flexible working and disciplinary, because those were the three that
members raised most often. [[person:Tom]], as he is known on every ward, says he chose them “because
if we could agree those, we could agree anything”.

2.3 The three joint negotiating committees were merged into one Joint Staff Partnership Committee in
2022, with [[person:Ms Obi-Wheatley]] and [[person:Mr Zieliński]] as co-chairs. The three
[[decoy:UNISON]] branches agreed to form a single [[branch:Mid and South Essex UNISON branch]] in the
same year, which made the staff side’s job simpler and its voice stronger.

2.4 The committee agreed a set of principles at its first meeting:

(a) where the three old policies differed, the starting point would be the most favourable to staff,
    unless there was a clear reason otherwise, recorded in writing;
(b) no policy would go to the board without the signatures of both co-chairs;
(c) every policy would be tested with staff who would use it, at each of the three main sites,
    before it was signed.

3. WHAT WAS DONE

3.1 Eighteen pairs of HR advisers and staff side representatives worked through the policies over
thirty months. Representatives from [[decoy:the RCN]], [[decoy:the RCM]], [[decoy:Unite]],
[[decoy:GMB]], [[decoy:the Society of Radiographers]] and [[decoy:the BMA]] all took part, and
each pair had one day a fortnight protected for the work.

3.2 [[person:Lakshmi Ramaswamy]], a senior HR business partner who had come from [[former:MEHT]],
coordinated the pairs. She kept a single public tracker showing every policy, who was drafting it
and where it had got to, so that nobody could say they had not been told.

3.3 Each draft was tested at a drop-in session in the staff restaurant at one of the main sites, and
at least once at [[site:Orsett Hospital]] or [[site:St Peter’s Hospital]] in [[place:Maldon]],
because staff in the smaller sites had often felt forgotten. Over the thirty months about 2,600
staff came to a drop-in session, and their comments changed 31 of the 38 policies.

3.4 Where the old policies differed, the most favourable version was kept in 29 cases. In 9 cases the
committee agreed something different, and the reason was recorded and published. For example, the
old [[former:Southend]] policy on special leave for carers was more generous than the other two, and
it was kept for everyone; the old [[former:BTUH]] policy allowing managers to refuse flexible working
without a meeting was dropped.

3.5 We used the [[decoy:NHS Staff Council]]’s model policies and the [[decoy:Agenda for Change]]
handbook as the floor, and checked every draft against [[decoy:Acas]] codes of practice.

4. IMPACT

4.1 By December 2024 every employee of [[acronym:MSEFT]] was covered by the same 38 policies.

4.2 Formal grievances about the inconsistent application of policies fell from 64 in 2021–22 to 11
in 2024–25.

4.3 Employment tribunal claims fell from nine to three over the same period.

4.4 In the 2024 staff survey the share of staff who said that [[decoy:the Trust]] acts fairly with
regard to career progression rose by seven points, the largest improvement of any question, and the
share who said they could approach their manager about flexible working rose by nine.

4.5 Approvals of flexible working requests rose from 71 % to 89 %, and the time taken to decide a
request fell from an average of seven weeks to two.

4.6 The cost was modest: the protected time for staff side representatives, about 0.8 of a whole-time
post over thirty months, and the time of HR advisers who would in any case have been rewriting the
policies.

5. WHAT WE LEARNED

5.1 Writing in pairs was slower at first and much quicker overall, because nothing had to be
redrafted after consultation.

5.2 Starting with the policies staff cared most about built trust for the harder ones later.

5.3 Publishing the reasons for every departure from the most favourable policy was the single most
important thing we did. People could disagree with a decision and still accept that it had been
made honestly.

5.4 Merged organisations everywhere face the same problem, from [[decoy:London]] to
[[decoy:Manchester]], and we believe the approach would work in any of them.

6. PARTNERS AND SHARING

6.1 We worked with the [[partner:Mid and South Essex ICB]] on the policies that touch on joint posts,
and with [[partner:Essex County Council]], [[partner:Southend-on-Sea City Council]] and
[[partner:Thurrock Council]], whose staff work alongside ours in integrated teams.
[[partner:Anglia Ruskin University]] evaluated the drop-in sessions for us.

6.2 Our chief executive, [[unlisted:Kathryn Aldous]], presented the work to the regional
[[decoy:Social Partnership Forum]], and [[person:Mr Zieliński]] and [[person:Ms Ramaswamy]] ran a
workshop for [[decoy:NHS Employers]] on harmonisation after mergers.

6.3 Staff followed the tracker under [[handle:#OneMSEPolicies]] and the branch posted updates from
[[handle:@MSEUnison]]. Colleagues in [[place:Southend-on-Sea]], [[place:Chelmsford]],
[[place:Basildon]] and [[place:Thurrock]] now say that they work for [[short:Mid and South Essex]]
rather than for their old hospital, which was the point.

6.4 The entry is endorsed by our Director of Workforce Transformation,
[[person:Graham Ferreira de Souza]]. Questions to [[contact:mse.jointpolicies@nhs.net]].
`,
  },
  {
    id: "k03-south-western-ambulance",
    odsCode: "RYF",
    style: "terse notes mostly in bullet points, ambulance trust with an acquired predecessor by name and initials, Irish Ó surname, French hyphenated given name shortened to initials, Cornish places",
    people: [
      { role: "employer_lead", name: "Rhiannon Tregenza", email: "rhiannon.tregenza@swast.nhs.uk" },
      { role: "staff_lead", name: "Jean-Baptiste Mukendi", email: "jean-baptiste.mukendi@swast.nhs.uk" },
      { role: "member", name: "Pádraig Ó Súilleabháin", email: "padraig.osuilleabhain@swast.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
Getting home safe after nights – a joint fatigue agreement

Organisation: [[full:South Western Ambulance Service NHS Foundation Trust]]
Leads: [[person:Rhiannon Tregenza]] (Head of Operations) and [[person:Jean-Baptiste Mukendi]]
([[decoy:Unison]] branch chair)

The problem
• Crews finish nights late, tired, and then drive an hour home on rural roads.
• In 2023 two of our staff were involved in crashes on the way home after a night shift. One was
  seriously hurt.
• Staff in [[place:Cornwall]] and on the edge of [[place:Exmoor]] drive furthest. Some live 50 miles
  from their station.
• No policy said what a crew member too tired to drive should do.

What we did together
• [[person:JB]] (as everyone calls [[person:Mr Mukendi]]) asked for a joint fatigue group at the
  partnership forum in [[place:Exeter]]. [[person:Ms Tregenza]] agreed and co-chaired it.
• The group: reps from [[decoy:Unison]], [[decoy:GMB]] and [[decoy:Unite]], two operations
  managers, a fleet manager, a clinical hub supervisor and an occupational health nurse.
• Paramedic and [[decoy:GMB]] rep [[person:Pádraig Ó Súilleabháin]] surveyed 1,100 staff: 62 % had
  felt too tired to drive home safely at least once in the last month.
• We agreed:
  – a rest room with a reclining chair at every hub and at most stations, usable for up to two hours
    after a shift, paid;
  – a taxi home, paid by the service, for anyone who says they are too tired to drive, no questions
    asked, and a taxi back to collect the car;
  – no late job in the last 45 minutes of a night shift unless it is a category 1 call;
  – a question at the end of every night shift: “Are you safe to drive?”
• Tested first in [[place:Truro]] and [[place:Bodmin]], then rolled out across all five counties
  and the [[place:Isles of Scilly]].

What changed
• Taxi journeys used: about 40 a month. Cost in year one: less than the cost of one serious crash.
• Staff who felt too tired to drive home at least once in a month: 62 % down to 35 %.
• No crash on the way home after a night shift reported since the agreement began (18 months).
• Staff survey: “My organisation takes positive action on health and wellbeing” up 8 points.

Why partnership mattered
• The taxi idea came from the staff side. Managers had assumed staff would not use it for fear of
  looking weak. Reps said they would if it was framed as safety, not welfare, and they were right.
• [[person:Rhiannon]] made sure the budget was protected. [[person:Pádraig]] made sure crews
  believed it was real.
• Staff who came to us from [[former:Great Western Ambulance Service NHS Trust]] said [[former:GWAS]]
  had something like it years ago; one of them helped write the rest room rules.

Partners
• [[partner:Cornwall Council]] allowed staff to use two council depots as rest stops.
• [[partner:NHS Devon]] and the [[partner:Dorset ICB]] support the no-late-job rule in their urgent
  care plans.
• [[partner:University of Plymouth]] sleep researchers helped design the survey.
• Shared with the [[decoy:Association of Ambulance Chief Executives]] and [[decoy:NHS England]].
  Ambulance services in cities such as [[decoy:Manchester]] have shorter drives home but the same
  nights, and two have asked for our agreement.

Sharing
• Crews post their stories under [[handle:#SWASFTSafeHome]] and [[handle:@SWASFT_Unison]].
• [[acronym:SWASFT]] staff can ask for the agreement at [[contact:safehome@swast.nhs.uk]].
• [[short:South Western Ambulance Service]] will keep publishing the crash and taxi figures
  every quarter, jointly signed.
`,
  },
];
