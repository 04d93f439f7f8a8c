// Redaction corpus, part AH: entries for real organisations of the register, marked up as in markup.ts,
// written late in session 9 and measured on its final rules, kept from the engineer changing the rules,
// as a check against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AH: MarkedEntry[] = [
  {
    id: "ah01-walton-centre",
    odsCode: "RET",
    style: "specialist neurosciences trust: the trust as “the Walton” and by two acronyms, its pre-foundation name, a building and wards named after neurologists, the district it is named after as a place, a Yoruba nickname, a Hong Kong name, a Scouse nickname, an Arabic name, a football club's community arm",
    people: [
      { role: "employer_lead", name: "Oluwaseun Adebayo", email: "oluwaseun.adebayo@thewaltoncentre.nhs.uk" },
      { role: "staff_lead", name: "Kieran Fitzpatrick", email: "kieran.fitzpatrick@thewaltoncentre.nhs.uk" },
      { role: "member", name: "Chan Mei-Ling", email: null },
      { role: "endorser", name: "Rahul Mehta-Banerjee", email: "rahul.mehta-banerjee@thewaltoncentre.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
From band 2 to band 3, fairly and fast: how we settled healthcare assistants’ pay together

WHAT WENT WRONG

Across the country, healthcare assistants had been doing clinical tasks for years while paid at band 2.
At [[full:The Walton Centre NHS Foundation Trust]] the staff side raised it formally in 2022: 138 of our
healthcare assistants took observations, removed cannulas and cared for patients after spinal surgery,
and the job descriptions had not changed since [[former:The Walton Centre for Neurology and Neurosurgery
NHS Trust]] became a foundation trust.

Elsewhere, the same claim ended in ballots and strikes. [[short:The Walton Centre]] and its unions chose
to settle it by agreement, and to settle it quickly.

WHO LED IT

[[person:Oluwaseun Adebayo]], our deputy director of people, and [[person:Kieran Fitzpatrick]], chair of
[[branch:Walton Centre UNISON]] and a healthcare assistant on [[site:Sherrington Ward]] for fourteen
years, led a joint review group. [[person:Oluwaseun]] is “[[person:Seun]]” across the trust;
[[person:Kieran]] has been [[person:Kez]] since his first week. [[person:Chan Mei-Ling]], a senior
healthcare assistant and [[decoy:Unite]] rep on [[site:Lipton Ward]], represented the night staff, and
[[person:Dr Rahul Mehta-Banerjee]], our medical director, endorsed the work.

“[[person:Seun]] brought the payroll figures to the first meeting,” [[person:Fitzpatrick]] says. “Nobody
had ever done that. It meant we argued about the facts once, then got on with it.”

WHAT WE DID

- A joint panel matched every healthcare assistant’s real duties against the [[decoy:NHS Job Evaluation
  Handbook]], ward by ward, starting with [[site:Jefferson Ward]] and [[site:Cairns Ward]].
- Back pay to the date the claim was raised, agreed at the [[decoy:Joint Negotiating Committee]] before
  any individual was assessed, so nobody had to fight their own case.
- A guaranteed route from band 3 to a nursing associate apprenticeship, with protected study time.
- Monthly open sessions in the [[site:Sid Watkins Building]] and on nights in the ward kitchens.

[[person:Ms Chan]] says the night sessions settled the nerves. “People thought they would be regraded and
then given more work for the money. We showed them the job description first.”

THE RESULTS

All 138 eligible healthcare assistants were moved to band 3 within seven months, with back pay averaging
£2,100. There was no ballot and no formal grievance. Vacancies among healthcare assistants fell from
11 % to 3 %, and 17 have started the nursing associate route. In the [[decoy:NHS Staff Survey]],
satisfaction with pay among healthcare assistants rose by 14 points. [[decoy:NHS Employers]] has cited
the settlement in its guidance for other trusts.

WHAT STAFF SAID

A healthcare assistant on [[site:Chavasse Ward]] wrote: “For ten years I was doing the job. Now I am paid
for it, and nobody had to go on strike.” [[unlisted:Noura Al-Hashimi]], the ward manager of
[[site:Dott Ward]], said the back pay arrived in time for Christmas for most of her team.
[[person:Mr Adebayo]] adds: “The staff side did not soften the claim. They made it impossible to argue
with.”

PARTNERS

We share the [[place:Fazakerley]] campus with [[partner:Aintree University Hospital]], whose healthcare
assistants went through the same process a year later using our panel’s notes. [[partner:Liverpool City
Council]]’s adult learning service ran the maths and English courses, [[partner:Cheshire and Merseyside ICB]]
funded the apprenticeships, and [[partner:Everton in the Community]], a few streets away in
[[place:Walton]], runs the wellbeing walks that our healthcare assistants now lead.

WHAT IS NEXT

Our chief executive, [[unlisted:Catrin Lloyd-Evans]], has asked the panel to review the band 4 roles
in the [[site:Walton Neuro Rehab]] unit and outpatients. Like every trust from [[decoy:Exeter]] to
[[decoy:Newcastle]], we expect more claims of this kind, and we want to settle them the same way.

Contact [[contact:hca.review@thewaltoncentre.nhs.uk]] or follow [[handle:@TheWaltonCentre]] and
[[handle:#WaltonHCAs]]. Staff at [[site:Lower Lane]] still call it “[[short:the Walton]] way”; the
unions’ branch at [[acronym:WCFT]] has shared it with three other specialist trusts.
`,
  },
  {
    id: "ah02-hywel-dda",
    odsCode: "7A2",
    style: "Welsh health board: its name in Welsh and English, two acronyms, a former name before university status, general hospitals by town and by initials, a hospital named after a prince, headquarters by building name, Welsh names with ap and a hyphen, a Yoruba nickname, a Polish ward manager, a rugby region and councils in Welsh as partners, a Welsh hashtag",
    people: [
      { role: "employer_lead", name: "Rhiannon Prys-Jones", email: "rhiannon.prys-jones@wales.nhs.uk" },
      { role: "staff_lead", name: "Dafydd ap Iorwerth", email: "dafydd.apiorwerth@wales.nhs.uk" },
      { role: "member", name: "Olufunke Adeniran", email: null },
    ],
    identifyingTerms: ["Glangwili", "Withybush", "Bronglais"],
    marked: `
Growing our own: healthcare support workers into nursing, without leaving west Wales

THE CHALLENGE

[[full:Hywel Dda University Health Board]] — [[full:Bwrdd Iechyd Prifysgol Hywel Dda]] — covers a quarter
of the land of Wales and a population of under 400,000. Recruiting registered nurses to our rural
hospitals has always been hard. In 2021 we had 420 nursing vacancies, and our healthcare support
workers, many of them Welsh speakers from the communities we serve, told the staff side that they
wanted to train but could not afford to stop work or move to [[decoy:Cardiff]] or [[decoy:Swansea]] to do it.

[[short:Hywel Dda]] and the trade unions agreed to build a route to registration that people could take
without leaving their job or their home.

THE LEADS

[[person:Rhiannon Prys-Jones]], assistant director of nursing education, and [[person:Dafydd ap
Iorwerth]], secretary of [[branch:UNISON Hywel Dda Health Branch]] and a healthcare support worker at
[[site:Glangwili]] for nineteen years, led the partnership group. [[person:Dafydd]] says that when
[[person:Rhiannon]] first came to the branch office at [[site:Glangwili General Hospital]] she brought
Welsh cakes and a blank sheet of paper. “That told us it wasn’t already decided.”

[[person:Olufunke Adeniran]], a ward sister and [[decoy:RCN Wales]] steward at [[site:Withybush General
Hospital]], joined to make sure [[place:Pembrokeshire]] had a voice. [[person:Funke]] came to
[[place:Haverfordwest]] from Lagos in 2004 and trained as a nurse through the old secondment route herself.

WHAT WE AGREED

1. A part-time nursing degree, four years, taught locally by [[partner:Aberystwyth University]] at
   [[site:Bronglais]] and by [[partner:University of Wales Trinity Saint David]] in [[place:Carmarthen]].
2. Full salary protection while studying, agreed at the [[decoy:Local Partnership Forum]] and funded with
   [[decoy:Health Education and Improvement Wales]].
3. Placements close to home: students from [[place:Cardigan]] are placed at [[site:Bronglais General
   Hospital]] or in the community, not sent to [[site:Prince Philip Hospital]] in [[place:Llanelli]]
   unless they ask.
4. Teaching and assessment in Welsh or English, as the student chooses.

[[person:Ms Prys-Jones]] says the salary protection was the hardest part to win and the most important.
“Our support workers have mortgages and children. Nobody can live on a bursary in [[place:Tregaron]].”

WHAT CAME OF IT

Eighty-four healthcare support workers have started the route since 2021; the first 22 qualified in 2024
and all of them took posts with us, 15 of them at [[site:Withybush]] and [[site:BGH]], where vacancies were
worst. Nursing vacancies across the board fell from 420 to 260. Forty-one of the students are Welsh
speakers, which matters in wards where many older patients prefer Welsh.

In the [[decoy:NHS Wales Staff Survey]], support workers who said they had opportunities to develop rose
by 16 points. The [[decoy:Welsh Partnership Forum]] has asked other health boards to look at the model.

PARTNERS

[[partner:Cyngor Sir Gâr]], [[partner:Pembrokeshire County Council]] and [[partner:Ceredigion County
Council]] offered placements in their care homes; [[partner:the Scarlets]] hosted the first graduation
at [[place:Parc y Scarlets]]; and [[partner:Coleg Sir Gâr]] runs the access course for those without
science qualifications.

WHAT PEOPLE SAID

A newly registered nurse on [[site:Mynydd Mawr Ward]] at [[site:PPH]] wrote: “I started here as a domestic
in 2009. Now I’m the nurse in charge on a Sunday.” [[unlisted:Marta Nowakowska]], the ward manager,
said she had recruited four nurses from the route without a single advert.

[[person:ap Iorwerth]] says the branch’s next aim is the same route for therapies. Our chief executive,
[[unlisted:Dr Aled Pritchard]], chairs the programme board at [[site:Ystwyth Building]] in
[[place:St Davids Park]], and the first cohort presented to the board at [[site:Hafan Derwen]], in the
boardroom the staff still remember from [[former:Hywel Dda Health Board]] days.

Contact [[contact:tyfu.ein.hunain@wales.nhs.uk]], or follow [[handle:@HywelDdaHB]] and
[[handle:#TyfuEinHunainHDdUHB]]. Students keep their own page at [[acronym:HDdUHB]], and
[[acronym:HDUHB]] recruitment events are listed there too.
`,
  },
  {
    id: "ah03-herefordshire-worcestershire",
    odsCode: "R1A",
    style: "community and mental health trust in the Midlands: its long name, its acronym, its former name before it took on a second county, a merged mental health trust by initials, units named after a composer and a river, a headquarters named after a bishop, community hospitals by town, a Sikh nickname, an Irish name with a fada, a Ghanaian–Caribbean hyphenated name, a women’s aid charity as partner",
    people: [
      { role: "employer_lead", name: "Harjinder Kaur Bains", email: "harjinder.bains@nhs.net" },
      { role: "staff_lead", name: "Ciarán Ó Súilleabháin", email: "ciaran.osuilleabhain@nhs.net" },
      { role: "member", name: "Efua Mensah-Baptiste", email: null },
    ],
    identifyingTerms: [],
    marked: `
Safe at home, safe at work: a staff domestic abuse policy written with the unions

WHY

One in four women and one in six men experience domestic abuse. In an organisation of 4,000 people,
that means hundreds of colleagues. At [[full:Herefordshire and Worcestershire Health and Care NHS
Trust]] the staff side brought us three cases in one winter where staff had been disciplined for
lateness or sickness that was, it later emerged, caused by abuse at home. Our policy then said nothing
about it.

[[acronym:HWHCT]] and its unions agreed to write a policy together, and to test it with staff who had
lived through it.

WHO

[[person:Harjinder Kaur Bains]], head of employee relations, and [[person:Ciarán Ó Súilleabháin]], a
community psychiatric nurse and [[decoy:UNISON]] branch chair, led the work. Colleagues know
[[person:Harjinder]] as “[[person:Jinder]]”; [[person:Ciarán]] is used to spelling his surname twice on
every phone call. [[person:Efua Mensah-Baptiste]], a district nurse and [[decoy:RCN]] steward in
[[place:Redditch]], brought the experience of the community teams, who visit homes where abuse is
present and sometimes live with it themselves.

“[[person:Efua]] said at the first meeting that the policy had to be something a person could read in
a car park in five minutes,” [[person:Ms Bains]] says. “That became our test.”

WHAT WE DID

- Up to ten days’ paid safe leave a year, for court, housing, moving or medical appointments, agreed
  at the [[decoy:Joint Negotiating Committee]].
- Trained domestic abuse champions in every locality, including the [[site:Elgar Unit]] in
  [[place:Worcester]], the [[site:Stonebow Unit]] in [[place:Hereford]] and each community hospital.
- Safety planning at work: changed shift patterns, a different base, a work phone number not given out,
  and escorts to the car.
- No disciplinary action for absence or lateness until the manager has asked, privately, whether
  something is happening at home.

[[person:Mr Ó Súilleabháin]] says the last point was the one managers resisted. “They thought it would be
used as an excuse. In the first year it was used eleven times, and every one was real.”

WHERE IT CAME FROM

The mental health teams brought with them a draft from [[former:2gether]], which ran mental health
services in [[place:Herefordshire]] until 2020, when we stopped being [[former:Worcestershire Health and
Care NHS Trust]] and took on the second county. [[person:O’Sullivan]], as he signs his English e-mails,
also found notes from [[former:Worcestershire Mental Health Partnership]] in the archive at
[[site:Isaac Maddox House]]. Both helped.

THE DIFFERENCE

Sixty-three colleagues used safe leave in two years. Staff who told us about abuse and were still with
us a year later: 89 %, against 60 % in the cases the staff side had reviewed before. Formal sickness
cases closed with no sanction once abuse was known: 14. Champions now work at
[[site:Evesham Community Hospital]], [[site:Malvern]], [[site:Tenbury]], [[site:Pershore]] and
[[site:the Princess of Wales]] in [[place:Bromsgrove]].

PARTNERS

[[partner:West Mercia Women’s Aid]] trained the champions and takes referrals directly; [[partner:West
Mercia Police]] gave us a named officer; [[partner:Worcestershire County Council]] and
[[partner:Herefordshire Council]] adopted our safe-leave clause for their own staff; and the
[[partner:University of Worcester]] evaluated the first year. [[partner:NHS Herefordshire and
Worcestershire ICB]] has shared the policy with every employer in the system.

IN STAFF’S WORDS

A healthcare assistant at [[site:Hill Crest]] wrote: “Nobody asked why I was late. They asked if I
was safe.” [[unlisted:Bridget Kavanagh-Ogunleye]], the ward manager at [[site:the Elgar]], said the work
phone number alone had made two members of her team feel safe on shift.

Our chief executive, [[unlisted:Dr Naveed Iqbal]], signed the policy at our [[site:Kings Court]] offices
with the branch chair. Contact [[contact:safeathome@hacw.nhs.uk]] or follow [[handle:@HWHCTNHS]] and
[[handle:#HWHCTSafeAtHome]]. [[short:Health and Care Trust]] staff can find the champions on the
intranet.
`,
  },
];
