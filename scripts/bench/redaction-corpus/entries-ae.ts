// Redaction corpus, part AE: entries for real organisations of the register, marked up as in markup.ts,
// written during session 9 and measured on its final rules, kept from the engineer changing the rules,
// as a check against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AE: MarkedEntry[] = [
  {
    id: "ae01-east-of-england-community",
    odsCode: "RY3",
    style: "community trust formed by a merger: both old trusts by name and by initials with an ampersand, a long new name shortened, a specialist centre named after a mustard family, a hospice lodge named after a person, a Ghanaian hyphenated name, an Arabic name with al-, an Irish name in Irish, market towns",
    people: [
      { role: "employer_lead", name: "Kwabena Owusu-Ansah", email: "kwabena.owusu-ansah@nhs.net" },
      { role: "staff_lead", name: "Layla al-Hashimi", email: "layla.alhashimi@nhs.net" },
      { role: "member", name: "Pádraig Ó Súilleabháin", email: null },
    ],
    identifyingTerms: [],
    marked: `
Two trusts, one workforce: a merger designed with the staff side from the first day

THE CHALLENGE

In 2025 the boards of [[former:Norfolk Community Health and Care NHS Trust]] and
[[former:Cambridgeshire Community Services NHS Trust]] agreed to merge. Around 5,800 staff, from
district nurses in [[place:Holt]] to health visitors in [[place:St Ives]], would move into one
organisation, [[full:East of England Community Health and Care NHS Trust]]. Staff at both trusts had
lived through reorganisations before, and the staff side said plainly that the last one had been
done to them, not with them.

This time both trusts agreed that nothing about people would be decided without the unions in the
room.

WHO

[[person:Kwabena Owusu-Ansah]], then director of people at [[acronym:NCH&C]] and now chief people officer
of the new trust, and [[person:Layla al-Hashimi]], [[decoy:UNISON]] branch secretary and a
community physiotherapist in [[place:Huntingdon]], chaired the joint workforce group.
[[person:Kwabena]] is “[[person:Kobby]]” to nearly everyone. [[person:Al-Hashimi]] joined
[[acronym:CCS]] as a band 5 physio in 2011.

[[person:Pádraig Ó Súilleabháin]], a specialist nurse at the [[site:Colman Centre]] and an [[decoy:RCN]]
steward, spoke for the inpatient and specialist teams in [[place:Norwich]]. [[person:Paddy]], as the
ward calls him, ran the question-and-answer sessions on night shifts.

WHAT WE DID

- A joint workforce group that met every fortnight for eighteen months, with the full
  [[decoy:TUPE]] measures shared in draft, not in final form.
- Forty-two drop-in sessions, from the [[site:Norwich Community Hospital]] on [[place:Bowthorpe Road]]
  to [[site:North Walsham War Memorial Cottage Hospital]] and the [[place:Cambridge]] and
  [[place:Peterborough]] children’s teams.
- One set of policies written jointly, starting with the ones staff cared about most: flexible
  working, lease cars, mileage and on-call.
- A promise that no one would have to change base because of the merger alone.
- A “what changes for me” letter for every member of staff, checked by a steward before it was sent.

[[person:Ms al-Hashimi]] says the letters were the turning point. “People could see their own name,
their own base, their own pay. The rumours stopped.”

WHAT HAPPENED

Not one formal grievance was raised about the transfer. Turnover in the year of the merger was 9.8 %,
against 12.1 % the year before. In the [[decoy:NHS Staff Survey]], “I am kept informed about changes”
rose by 11 points at the old [[short:Norfolk Community Health and Care]] sites and by 8 points at
the old [[short:Cambridgeshire Community Services]] sites.

A healthcare assistant at [[site:Kelling Hospital]] wrote: “I have worked for four different trusts
without leaving this building. This is the first time anyone asked me what I thought first.”

[[unlisted:Dr Meera Raghunathan]], medical director, told the new board that the staff side had
“done half of the due diligence for us”.

PARTNERS

[[partner:Norfolk County Council]], [[partner:Cambridgeshire County Council]] and
[[partner:Peterborough City Council]] joined the group on the transfer of the council-funded
services; [[partner:NHS Norfolk and Waveney ICB]] funded the drop-ins; and the
[[partner:University of East Anglia]] evaluated the staff experience of the merger.
[[partner:Norfolk Community Foundation]] lent us its volunteers for the family days, and the
[[partner:Norwich City Community Sports Foundation]] hosted the first joint staff awards at
[[place:Carrow Road]].

WHAT IS NEXT

The joint workforce group is now [[short:EoE Community Health and Care]]’s partnership forum. [[person:Owusu-Ansah]] says:
“We did not want to lose the habit.” Its next task is to bring the two bank offers together,
starting with the [[site:Priscilla Bacon Lodge]] and the [[site:Swaffham Community Hospital]]
teams.

Contact [[contact:partnership@eoechc.nhs.uk]] or follow [[handle:@EoECommunityNHS]] and
[[handle:#OneEoECHC]]. Staff at the old trust still use [[handle:#TeamNCHC]] and [[handle:#CCSproud]].
`,
  },
  {
    id: "ae02-liverpool-womens",
    odsCode: "REP",
    style: "women's specialist trust: the hospital as \"the Women's\" and by its street, a fertility centre named after a person in the possessive, the acronym in two forms, a bereavement suite with a flower name, a Welsh hyphenated name, a Caribbean nickname in quotes, an Egyptian name with El-, Scouse shortening",
    people: [
      { role: "employer_lead", name: "Bethan Pryce-Jones", email: "bethan.pryce-jones@lwh.nhs.uk" },
      { role: "staff_lead", name: "Marcia Thompson", email: "marcia.thompson@lwh.nhs.uk" },
      { role: "member", name: "Noor El-Sayed", email: null },
    ],
    identifyingTerms: ["Crown Street"],
    marked: `
Safe to be here: a joint charter on sexual safety for staff

WHY WE ACTED

At [[full:Liverpool Women’s NHS Foundation Trust]] nine in ten of our staff are women, and many work
alone with patients and families at difficult moments. In 2022 our staff side brought to the
partnership forum a set of anonymous accounts, collected over three months, of sexual harassment by
patients’ partners, visitors and, in some cases, colleagues. Most had never been reported.

The [[decoy:NHS Staff Survey]] had begun to ask about unwanted sexual behaviour, and our scores were
worse than the national average. [[short:Liverpool Women’s]] agreed with its unions that the answer had
to be written together.

WHO

[[person:Bethan Pryce-Jones]], director of people, and [[person:Marcia Thompson]], [[decoy:Unison]] branch
chair and a maternity support worker on the delivery suite for twenty years, led the work.
[[person:Marcia]] is “[[person:Marsh]]” on the unit. [[person:Ms Pryce-Jones]] says: “[[person:Marsh]] read every
account out loud at the first meeting. Nobody on the board forgot it.”

[[person:Noor El-Sayed]], an embryologist at the [[site:Hewitt Fertility Centre]] and a steward for the
[[decoy:Royal College of Midwives]] and [[decoy:Unite]] joint committee, made sure the laboratory and
clinic staff were heard. [[person:El-Sayed]] also brought in colleagues from the centre’s
[[place:Knutsford]] clinic.

WHAT WE AGREED

1. A sexual safety charter, signed by the chief executive and every staff side lead, and displayed
   in every staff room at [[site:Crown Street]].
2. A reporting route that goes to a trained manager and a steward at the same time, with a reply in
   48 hours.
3. Clear steps when the person causing harm is a patient’s partner or a visitor, including being
   asked to leave, agreed with [[partner:Merseyside Police]].
4. Training for every manager, written with the staff side and delivered by a manager and a
   rep together.
5. Support from the [[site:Honeysuckle Suite]] bereavement team, who helped us write the parts
   about speaking to families in distress without blaming staff.

[[person:Thompson]] says the joint reporting route changed the tone. “People knew a rep would see it.
That was what made them trust it.”

WHAT CHANGED

Reports of sexual harassment rose from 7 in 2022 to 58 in 2023, and every one had a reply within
48 hours. Two visitors were banned from the site and one member of staff was dismissed. In the
[[decoy:NHS Staff Survey]], unwanted sexual behaviour from the public fell by 4 points, and staff who
said they knew how to report it rose from 41 % to 87 % across [[acronym:LWFT]].

A midwife on [[site:Mat Base]] at [[site:LWH]] wrote: “I used to think it was part of the job. I do not think that
any more, and neither does my manager.”

PARTNERS

[[partner:Liverpool City Council]]’s violence against women and girls team shared its training;
[[partner:NHS Cheshire and Merseyside]] has asked every trust in the region to consider the charter;
the [[partner:University of Liverpool]] evaluated it; and [[partner:Everton in the Community]] ran
a self-defence and confidence session for the night staff. [[site:Liverpool Women’s Hospital]] Charity
paid for the new lighting in the car park on [[place:Upper Parliament Street]].

WHAT WE LEARNED

Listen to the accounts before you write anything. Put the rep and the manager side by side. And say
out loud that it is not part of the job. Our chief executive, [[unlisted:Kathy O’Hare-Nwosu]], now opens
every new starters’ induction at [[site:the Women’s]] with the charter.

The charter was presented at the [[decoy:NHS Employers]] sexual safety network in 2023 and has been
shared with the [[decoy:Social Partnership Forum]]. [[person:Bethan]] and [[person:Noor]] are working with
the [[site:Hewitt’s]] teams to adapt it for private patients.

Contact [[contact:sexualsafety@lwh.nhs.uk]], visit [[contact:www.liverpoolwomens.nhs.uk]], or follow
[[handle:@LiverpoolWomens]] and [[handle:#LWHsafetohere]].
`,
  },
  {
    id: "ae03-north-cumbria",
    odsCode: "RNN",
    style: "rural acute and community trust: two general hospitals, one by the town and \"the West Cumbie\", a cottage hospital named after a person, the headquarters by its building name, both former trusts and their initials, a Nepali name, a Hungarian name, a Scottish nickname, fells and dales",
    people: [
      { role: "employer_lead", name: "Sunita Gurung", email: "sunita.gurung@ncic.nhs.uk" },
      { role: "staff_lead", name: "Zsófia Nagy", email: "zsofia.nagy@ncic.nhs.uk" },
      { role: "member", name: "Callum MacLeod", email: null },
    ],
    identifyingTerms: [],
    marked: `
Getting there: staff transport and housing for a rural trust

THE PROBLEM

[[full:North Cumbria Integrated Care NHS Foundation Trust]] serves about 330,000 people across one of the
most sparsely populated parts of England. Our staff work at the [[site:Cumberland Infirmary]] in
[[place:Carlisle]], at [[site:West Cumberland Hospital]] in [[place:Whitehaven]], and at seven community
hospitals from [[place:Wigton]] to [[place:Alston]]. Many have no car, the buses stop at six, and in
winter the road over [[place:Hartside]] closes for days.

In 2022 nearly a third of new starters at [[site:WCH]] left within a year, and their exit interviews
gave one reason again and again: getting there.

THE TEAM

[[person:Sunita Gurung]], head of workforce planning, and [[person:Zsófia Nagy]], [[decoy:UNISON]]
convenor and a radiographer at [[site:the Cumberland]], led the work jointly. [[person:Zsófia]] is
“[[person:Zsofi]]” on the rota, and [[person:Ms Gurung]] came to [[acronym:NCIC]] from the
[[decoy:Brigade of Gurkhas]] welfare service in 2016.

[[person:Callum MacLeod]], a healthcare assistant at [[site:Ruth Lancaster James Cottage Hospital]] and a
[[decoy:GMB]] rep, spoke for the community hospitals. Everyone in [[place:Alston]] knows him as
“[[person:Cal]]”. “[[person:MacLeod]] was the only person who had actually waited for the last bus
home from [[site:Penrith Community Hospital]],” [[person:Sunita]] says. “Twice.”

WHAT WE DID

- A staff minibus between [[place:Maryport]], [[place:Workington]] and [[site:the West Cumbie]],
  timed to the shift pattern, agreed at the [[decoy:Joint Negotiating and Consultative Committee]].
- Twenty-two flats for new starters, leased from [[partner:Home Group]] in [[place:Whitehaven]] and
  near [[site:the Infirmary]], at below market rent for the first year.
- A lift-share scheme with a guaranteed taxi home if a shift overruns, paid by the trust.
- Flexible start times at [[site:Keswick Community Hospital]] and [[site:Brampton War Memorial]], so that
  staff could use the school buses.
- An advance of salary for a first car, repaid over two years, agreed with the staff side.

WHAT CHANGED

First-year leavers at [[site:West Cumberland]] fell from 31 % to 14 %. Agency spend on the wards at
[[site:Whitehaven]] fell by £1.9 million. Eighteen overseas nurses who joined in 2023 all live in the
new flats and all are still with us. The [[decoy:NHS Staff Survey]] question on whether staff would
recommend us as a place to work rose by 10 points.

[[unlisted:Agnieszka Wójcik-Rowe]], ward manager of [[site:Calder Ward]], said: “I stopped losing
nurses in their first winter. That is the whole story.”

PARTNERS

[[partner:Cumberland Council]] and [[partner:Westmorland and Furness Council]] changed two bus timetables;
[[partner:NHS North East and North Cumbria ICB]] funded the minibus; the [[partner:University of Cumbria]]
evaluated the scheme; and [[partner:Sellafield Ltd]] shared its staff bus routes.
[[partner:Cumbria Community Foundation]] found volunteer drivers for [[place:the Eden Valley]], and
[[partner:Carlisle United]] gave every new starter two tickets for [[place:Brunton Park]].

BEFORE THE MERGER

Some of the problems were old: [[former:North Cumbria University Hospitals NHS Trust]] and
[[former:Cumbria Partnership NHS Foundation Trust]] each had their own mileage rules before the two came
together in 2019, and staff at [[former:NCUH]] and [[former:CPFT]] still compared notes. The
joint policy finally closed that gap.

WHAT WE LEARNED

In a rural county, recruitment is not finished when the contract is signed. Our chief executive,
[[unlisted:Lyn Simpson-Ogunleye]], now reviews the transport scheme with the staff side every quarter
at the [[site:Pillars Building]].

[[person:Nagy]] says: “Ask the people who have stood at the bus stop.”

Contact [[contact:gettingthere@ncic.nhs.uk]] or follow [[handle:@NCICnhs]] and
[[handle:#NorthCumbriaCares]].
`,
  },
];
