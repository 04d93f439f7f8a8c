// Redaction corpus, part AB: entries for real organisations of the register, marked up as in markup.ts,
// written before the redactor's changes of session 9 and measured first, as a check against tuning.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AB: MarkedEntry[] = [
  {
    id: "ab01-gloucestershire-health-care",
    odsCode: "RTQ",
    style: "South West community and mental health trust formed by a merger: both former names and their numerals and initials, headquarters named after a scientist, community hospitals by town and by a benefactor, wards named after places, a Welsh hyphenated surname with a circumflex, a Polish diminutive, a Yoruba familiar form, a football club from a small town",
    people: [
      { role: "employer_lead", name: "Siân Llewellyn-Jones", email: "sian.llewellyn-jones@ghc.nhs.uk" },
      { role: "staff_lead", name: "Tomasz Nowak", email: "tomasz.nowak@ghc.nhs.uk" },
      { role: "member", name: "Yetunde Bakare", email: null },
    ],
    identifyingTerms: [],
    marked: `
Menopause at work: a policy written by the people it is for

Where we started

Two thirds of our workforce at [[full:Gloucestershire Health and Care NHS Foundation Trust]] are women,
and more than a third of them are over 45. When [[former:2gether]] and [[former:Gloucestershire Care
Services]] merged in 2019 we inherited two menopause guides, neither of which anyone used. Exit
interviews told the same story: experienced nurses and therapists were leaving in their early fifties,
and many said symptoms had made shifts unbearable.

The staff side proposed that [[acronym:GHC]] write one policy with its staff, not for them.

Who led it

[[person:Siân Llewellyn-Jones]], deputy director of people, and [[person:Tomasz Nowak]], [[decoy:UNISON]]
branch chair and a mental health nurse at [[site:Wotton Lawn Hospital]] in [[place:Gloucester]], led a group
of twenty. “[[person:Tomek]] was the first man to ask to join,” says [[person:Siân]], “and he asked
because his ward was losing its best nurses.”

[[person:Yetunde Bakare]], a community physiotherapist at [[site:Stroud General Hospital]] and [[decoy:CSP]]
steward, ran focus groups in every locality. [[person:Yetty]], as her team calls her, made sure night
staff and bank staff were heard, and that the policy said something about cultural attitudes too.
[[person:Ms Bakare]] says several older colleagues talked about it for the first time in those groups.

What we did

- One policy for the whole trust, agreed at the [[decoy:Joint Negotiating and Consultative Committee]]
  and written in plain English, with a one-page version for wards.
- Fans, cold water and breathable uniforms on every inpatient unit, starting with [[site:Abbey ward]] and
  [[site:Kingsholm ward]] at [[site:Wotton Lawn]] and the older people’s wards at [[site:Charlton Lane]]
  in [[place:Cheltenham]].
- Menopause champions in every team: forty-one so far, from the [[site:Vale Community Hospital]] in
  [[place:Dursley]] to the [[site:Dilke Memorial Hospital]] in the [[place:Forest of Dean]].
- Flexible rostering as a right to ask, with a reply in a fortnight, under the
  [[decoy:NHS Terms and Conditions of Service]].
- A monthly drop-in at [[site:Edward Jenner Court]], our headquarters in [[place:Brockworth]], and an
  online one for the community teams in the [[place:Cotswolds]].

The ward manager at [[site:Cirencester Hospital]], [[unlisted:Aoife Ní Cheallaigh]], asked for the first
champion training for her whole team. “Half my nurses are in their fifties,” she said. “I can’t lose
them.”

What changed

Leavers aged 45–60 fell from 11.8 % to 7.9 % in two years. Sickness absence recorded as related to
menopause fell by 31 %. In the [[decoy:NHS Staff Survey]], staff over 50 saying the trust takes positive
action on health and wellbeing rose by 13 points. Twelve nurses who had resigned from
[[site:Tewkesbury Community Hospital]] and the [[site:North Cotswolds Hospital]] came back on the bank.

Partners

The [[partner:University of Gloucestershire]] evaluated the project. [[partner:Gloucestershire County Council]]
adopted our one-page guide for its own care staff, and [[partner:Gloucestershire Hospitals NHS Foundation
Trust]] now runs joint champion training with us. [[partner:Forest Green Rovers]] hosted a wellbeing
evening for staff in [[place:Nailsworth]], and [[partner:NHS Gloucestershire ICB]] has asked all
providers in the county to use it.

In their words

A district nurse wrote: “In twenty-six years nobody asked me how I was coping. [[short:Gloucestershire
Health and Care]] did.” Our chief executive, [[unlisted:Dr Ravinder Sohal]], is a champion herself and
chairs the review each year. The guide was shared by the [[decoy:NHS Employers]] menopause network, and
the old [[former:2gether]] and [[former:GCS]] guides have finally been retired.

Contact [[contact:menopause@ghc.nhs.uk]] or follow [[handle:@GHCNHSTrust]] and [[handle:#GHCMenopauseMatters]].
`,
  },
  {
    id: "ab02-derby-and-burton",
    odsCode: "RTG",
    style: "Midlands teaching hospital group: the group name in its long, short and initial forms, both predecessor trusts, community hospitals named after a writer, a prime minister and a nurse, hospitals by initials and by a bare name, a Filipino name with a particle and a familiar form, a Ghanaian hyphenated surname, a Ukrainian name, two football clubs' trusts",
    people: [
      { role: "employer_lead", name: "Ama Owusu-Ansah", email: "ama.owusu-ansah@nhs.net" },
      { role: "staff_lead", name: "Maria Cristina dela Cruz", email: "mariacristina.delacruz@nhs.net" },
      { role: "member", name: "Oksana Kovalenko", email: null },
      { role: "endorser", name: "Grace Mensah", email: null },
    ],
    identifyingTerms: ["Royal Derby", "Queen's Hospital Burton"],
    marked: `
WELCOME HOME: KEEPING THE NURSES WE RECRUIT FROM ABROAD

THE CHALLENGE

Between 2021 and 2023, [[full:University Hospitals of Derby and Burton NHS Foundation Trust]] recruited
more than 900 internationally educated nurses, midwives and allied health professionals, mostly from
the [[decoy:Philippines]], [[decoy:India]], [[decoy:Nigeria]] and [[decoy:Ghana]]. Too many left within two
years, often for other trusts in [[decoy:Birmingham]] or [[decoy:London]]. Our staff side said the reason
was not pay: it was loneliness, housing, and being treated as a pair of hands.

[[acronym:UHDB]] and its trade unions set up a joint programme to change that.

THE PEOPLE

[[person:Ama Owusu-Ansah]], head of international recruitment, and [[person:Maria Cristina dela Cruz]],
[[decoy:RCN]] steward and a sister on the acute medical unit at the [[site:Royal Derby Hospital]], led it.
“[[person:Tina]] arrived from [[decoy:Manila]] in 2016,” says [[person:Ama]]. “She knew every mistake we
were making, because we made most of them with her.” [[person:Ms dela Cruz]] calls [[person:Ms Owusu-Ansah]]
“the only manager who answers WhatsApp at midnight”.

[[person:Oksana Kovalenko]], a radiographer at [[site:Queen’s Hospital Burton]] and [[decoy:Unite]] rep, joined
after arriving from [[decoy:Kharkiv]] in 2022, to make sure staff who came as refugees were included.

WHAT WE DID

1. A named “buddy” from the same country on the same ward for every new arrival, for a year.
2. Housing support agreed with the staff side: no more than three months in hospital accommodation at
   [[site:Queen’s]], and a deposit loan, repaid from salary, for a first private tenancy.
3. Cultural councils for Filipino, Indian, Nigerian, Ghanaian and Ukrainian staff, meeting at
   [[site:the Royal Derby]] and [[site:QHB]], with a seat at the [[decoy:Joint Negotiating and
   Consultative Committee]].
4. A fair route to promotion: OSCE-passed nurses with two years’ service now have an interview for
   every band 6 post they apply for, under the [[decoy:Agenda for Change]] framework.
5. Community hospitals included: the [[site:Samuel Johnson Community Hospital]] in [[place:Lichfield]],
   the [[site:Sir Robert Peel Community Hospital]] in [[place:Tamworth]] and the [[site:Florence Nightingale
   Community Hospital]] in [[place:Derby]] each have their own buddy lead.

[[person:Sister Grace Mensah]], who runs Ward 309 at [[site:RDH]], endorsed this entry:
“[[person:Grace]]’s ward has kept every one of its eleven international nurses,” says [[person:Tina]].

WHAT CHANGED

Two-year retention of international recruits rose from 71 % to 89 %. Formal grievances from
internationally educated staff fell by more than half. Forty-four have been promoted to band 6, and
the first to band 7. In the [[decoy:NHS Staff Survey]], staff from Black and minority ethnic
backgrounds reporting equal opportunities for career progression rose by 9 points.

WORKING WITH OTHERS

The [[partner:University of Derby]] evaluated the programme. [[partner:Derby City Council]] and
[[partner:East Staffordshire Borough Council]] helped with private landlords, and
[[partner:Derby County Community Trust]] and [[partner:Burton Albion Community Trust]] gave every new
arrival a match ticket in their first month. [[partner:NHS Derby and Derbyshire ICB]] has funded the model
for [[place:Derbyshire]] care homes.

WHAT WE LEARNED

When [[former:Derby Teaching Hospitals]] and [[former:Burton Hospitals]] merged in 2018, we said
[[short:Derby and Burton]] would be one family. Our international colleagues have held us to that.
Our chief executive, [[unlisted:Mrs Helen Adeleke-Stone]], hosts the welcome lunch for every cohort at
the [[site:London Road Community Hospital]].

Contact [[contact:welcomehome@nhs.net]] or follow [[handle:@UHDBTrust]] and [[handle:#UHDBWelcomeHome]].
`,
  },
  {
    id: "ab03-royal-national-orthopaedic",
    odsCode: "RAN",
    style: "specialist orthopaedic trust: the hospital known by its village, a central London outpatient site by its street, a spinal centre by initials, wards named after surgeons, the charity named with the acronym, a Singaporean Chinese name in family-name order, an Irish particle with a fada, an Arabic name, a South African particle",
    people: [
      { role: "employer_lead", name: "Tan Hui Min", email: "huimin.tan@nhs.net" },
      { role: "staff_lead", name: "Séamus Ó Briain", email: "seamus.obriain@nhs.net" },
      { role: "member", name: "Layla Haddad", email: null },
      { role: "endorser", name: "Ibrahim Al-Khouri", email: null },
    ],
    identifyingTerms: [],
    marked: `
Lifting the load: safer moving and handling, designed with the people who do it

Background

Our patients have complex spinal injuries, bone tumours and revision joint replacements. Many cannot
move themselves for weeks. At the [[full:Royal National Orthopaedic Hospital NHS Trust]], musculoskeletal
injury was the biggest single cause of sickness among nurses, healthcare assistants and porters: in
2022 it cost 6,100 working days. Staff told their unions that the equipment was there but the time and
the people were not.

The [[acronym:RNOH]] staff side and managers agreed to tackle it together.

Who led it

[[person:Tan Hui Min]], associate chief nurse, and [[person:Séamus Ó Briain]], [[decoy:UNISON]] branch
secretary and a senior healthcare assistant in the [[site:London Spinal Cord Injury Centre]], led the
programme. [[person:Hui Min]] says: “[[person:Séamus]] showed me his own back X-ray in our first
meeting. That was the business case.” [[person:Mr Ó Briain]] is “[[person:Shay]]” to everyone at
[[site:Stanmore]].

[[person:Layla Haddad]], a physiotherapist and [[decoy:CSP]] steward, designed the training. [[person:Ms Haddad]]
insisted it be taught on the wards, at the bedside, not in a classroom.

What we did

- A moving and handling team of six, available round the clock, for every high-risk transfer on
  [[site:Jackson Burrows ward]], [[site:Coxen ward]] and the [[site:LSCIC]].
- Ceiling hoists in every bay of the spinal wards, paid for by the [[acronym:RNOH]] Charity.
- Porters trained alongside nurses, so that theatre transfers from the [[site:Stanmore Building]] are
  done by one team, not two.
- A “stop and ask” rule, agreed in the [[decoy:Joint Staff Committee]]: nobody moves a patient alone
  when the plan says two.
- Outpatient staff at [[site:Bolsover Street]] in central [[place:London]] included for the first time.

What happened

Working days lost to musculoskeletal injury fell by 47 % in eighteen months. Reported moving and
handling incidents rose, then fell, as people started to report near misses. In the
[[decoy:NHS Staff Survey]], the share of staff who said they had felt unwell because of work-related stress
fell by 6 points on the spinal wards. The [[decoy:Health and Safety Executive]] inspector who visited in
2023 asked to use our risk assessment as an example.

Partners

[[partner:Aspire]], the spinal injury charity based on the [[site:Brockley Hill]] site, helped patients
co-write the handling plans. [[partner:Harrow Council]]’s occupational therapists joined the training, and
[[partner:UCL]]’s division of surgery evaluated the programme. [[partner:NHS North West London ICB]] has
offered it to other providers in [[place:Harrow]] and [[place:Brent]].

What staff said

A healthcare assistant on [[site:Coxen]] wrote in the evaluation: “I used to go home and lie on the floor
because my back hurt too much for the sofa. Now I go to the gym.” A porter said that working as one team
with the nurses was the first time he felt part of the ward rather than a visitor to it. Not everything
worked: a trial of slide sheets from a cheaper supplier was stopped within a month, at the staff side’s
request.

Looking back

[[person:Professor Ibrahim Al-Khouri]], consultant spinal surgeon, endorsed the entry: “Our surgery is only
as good as the care on the ward afterwards.” The ward manager on [[site:Jackson Burrows]],
[[unlisted:Chiamaka Nwosu]], says her team now finishes shifts “tired, not hurt”.

Our chief executive, [[unlisted:Mr Pieter van Heerden]], told the [[decoy:Trust Board]] it was the best
value-for-money programme of the year. [[person:Tan]] and [[person:Séamus]] now present it together at the
[[decoy:NHS Employers]] health and wellbeing network.

Contact [[contact:liftingtheload@nhs.net]], visit [[contact:www.rnoh.nhs.uk]], or follow [[handle:@RNOHnhs]]
and [[handle:#RNOHLiftingTheLoad]].
`,
  },
];
