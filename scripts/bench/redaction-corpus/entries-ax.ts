// Redaction corpus, part AX: entries for real organisations of the register, marked up as in markup.ts,
// written blind in session 11 and given to the engineer changing the rules only after they were scored,
// as a check against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AX: MarkedEntry[] = [
  {
    id: "ax01-cambridgeshire-peterborough",
    odsCode: "RT1",
    style: "East of England mental health and learning disability trust: the old hospital by its village, a centre named after a nurse, a site named after a scientist's family, the headquarters by its house name, wards named after trees, lower-case site descriptions, a former name, Chinese, Lithuanian, Portuguese and Kenyan names, a staff network with the trust's initials, footnotes, a hard line break inside a name, a city charity and a football club",
    people: [
      { role: "employer_lead", name: "Caroline Ashby", email: "caroline.ashby@cpft.nhs.uk" },
      { role: "staff_lead", name: "Wei Zhang", email: "wei.zhang@cpft.nhs.uk" },
      { role: "member", name: "Rūta Kazlauskienė", email: null },
      { role: "member", name: "João Pereira da Silva", email: null },
      { role: "endorser", name: "Wanjiru Kamau", email: "wanjiru.kamau@cpft.nhs.uk" },
    ],
    identifyingTerms: ["Fulbourn", "Cavell Centre"],
    marked: `
Time to think: protected reflective practice for every inpatient team

Our organisation

[[full:Cambridgeshire and Peterborough NHS Foundation Trust]] provides mental health, learning disability and
community services across the county. Our inpatient wards are split between the old hospital in the
village east of [[place:Cambridge]] and the newer centre in the north of the county, with a handful of
smaller units in between. Staff still call the first “up at [[site:Fulbourn]]” and the second “the
[[site:Cavell]]”, after the nurse it is named for¹.

What we were trying to fix

In 2021 inpatient staff told the staff side that they were not coping. The [[decoy:NHS Staff Survey]] showed
burnout scores on our wards among the worst in the [[place:East of England]]. Staff said they had no time to
talk about the hardest parts of the job: a death, an assault, a patient they could not help. The
[[decoy:Staff Partnership Forum]] agreed that this had to be fixed by staff and managers together.

How we did it

[[person:Wei Zhang]], a senior staff nurse on [[site:Mulberry 2]]² and [[decoy:UNISON]] branch secretary
for [[branch:UNISON Cambridgeshire Mental Health branch]], and [[person:Caroline Ashby]], deputy director of
nursing, designed a scheme of protected reflective practice with staff from every ward.

- Every inpatient team gets ninety minutes a fortnight, on shift, with cover paid from a ring-fenced budget.
- Sessions are facilitated by trained staff from another ward, never the team’s own managers.
- Healthcare assistants, domestics and bank staff are paid to attend.
- What is said stays in the room; themes go anonymously to the partnership forum every quarter.

[[person:Rūta Kazlauskienė]], a healthcare assistant at [[site:the Cavell Centre]] in [[place:Peterborough]], trained as
one of the first facilitators; [[person:Ms Kazlauskienė]] now leads the Lithuanian- and Polish-speaking staff
group there. [[person:João Pereira da Silva]], an occupational therapist at [[site:Ida Darwin]], brought the scheme to
the learning disability teams; [[person:Pereira da Silva]] adapted the sessions for staff who work alone in
people’s homes.

What staff said

  “For the first time in eleven years I talked about the night we lost someone on the ward. I didn’t
  cry at home that night.” (staff nurse, [[site:Willow ward]])

  “I thought it would be another meeting. It’s the one meeting I won’t miss.” (ward domestic,
  [[site:Springbank]])

Our chief executive, [[unlisted:Dr Alasdair Fenwick]], and the chair of our staff network, [[acronym:CPFT]]
Minds Matter, attended a session on [[site:Friends ward]] as participants, not observers. The ward manager
there, [[unlisted:Grace “Gee” Oyelaran]], said it changed how the ward saw the board.

What changed

- Sickness on inpatient wards fell from 7.9 % to 5.6 % over two years.
- Staff leaving inpatient posts fell from 18 % to 12 %.
- Restraint fell by a quarter on the wards that started first.
- The burnout score in the 2024 survey improved on every ward, and most on the wards at
  [[site:the old hospital on the hill]].

Partners

[[partner:Anglia Ruskin University]] evaluated the scheme; [[partner:Lifecraft]], the [[place:Cambridge]] peer support
charity, trained facilitators; [[partner:Peterborough United]]’s community trust ran wellbeing football for staff;
[[partner:Cambridgeshire County Council]] and [[partner:Peterborough City Council]] sent their own social workers
on the training; and [[partner:NHS Cambridgeshire and Peterborough ICB]] is funding it for the
community teams.

The work began under our old name, [[former:Cambridgeshire and Peterborough Mental Health Partnership NHS
Trust]], in a different form, and stopped in 2009 when money ran out. Staff at [[site:Elizabeth House]]
were determined that this time it would be written into the budget, and it has been.

[[person:Wanjiru Kamau]], our director of people, endorses this nomination. Contact the team at
[[contact:reflective.practice@cpft.nhs.uk]] or follow [[handle:#CPFTReflects]].

¹ A nurse born in Norfolk and shot in Brussels in 1915.
² [[site:Mulberry]] 1, 2 and 3 are our acute wards.
`,
  },
  {
    id: "ax02-bhrut",
    odsCode: "RF4",
    style: "East London acute trust: two hospitals by possessive and initials, a closed hospital by its road and a second by its town, the trust's initials with and without U, an older predecessor's name, Yoruba, Tamil, Turkish, Romanian and Caribbean names, a nickname in quotes, an apostrophe-less possessive, a group with a neighbouring trust, a podcast with a pun on the hospital, the borough councils, a football club, a pasted table",
    people: [
      { role: "employer_lead", name: "Olumide Bankole", email: "olumide.bankole@nhs.net" },
      { role: "staff_lead", name: "Kavitha Sivakumar", email: "kavitha.sivakumar@nhs.net" },
      { role: "member", name: "Emre Yıldız", email: null },
      { role: "member", name: "Andreea Ionescu", email: null },
      { role: "endorser", name: "Marcia Thompson-Lewis", email: "marcia.thompson-lewis@nhs.net" },
    ],
    identifyingTerms: ["Queen's Hospital", "King George Hospital"],
    marked: `
Speaking up without fear: a joint anti-racism programme for the emergency departments

About us

[[full:Barking, Havering and Redbridge University Hospitals NHS Trust]] serves three outer
[[place:London]] boroughs from two hospitals: [[site:Queen’s Hospital]] in [[place:Romford]] and
[[site:King George Hospital]] in [[place:Goodmayes]]. Our two emergency departments see more than 1,000 people a day.
More than half of our staff are from Black, Asian and minority ethnic backgrounds.

The problem

In 2022 the [[decoy:Workforce Race Equality Standard]] data showed that Black and Asian staff in our emergency
departments were twice as likely as white staff to enter a formal disciplinary process, and far less likely
to report racist abuse from patients. The staff side raised it at the [[decoy:Joint Staff Committee]]: people
did not believe reporting would change anything.

Leading it together

[[person:Kavitha Sivakumar]], an emergency nurse at [[site:Queens]] for fourteen years and a [[decoy:Unite]] rep, and
[[person:Olumide Bankole]], our deputy chief people officer, agreed to lead a programme jointly. [[person:Olumide]],
known as “[[person:Olu]]”, had been a porter at [[site:Oldchurch]] before it closed, and trained as an HR
professional at night.

What we did

- Every disciplinary case in the emergency departments is checked by a manager and a rep together before
  it goes formal; the check asks whether the same would have happened to a white colleague.
- A zero-tolerance scheme for racist abuse from patients, with a card the nurse can hand over, a letter from
  the medical director, and a ban in the worst cases.
- Cultural ambassadors, trained by the staff side, in both departments.
- Reverse mentoring: twenty senior managers mentored by Black and Asian staff in band 2 to 5 roles.

[[person:Emre Yıldız]], a paramedic practitioner at [[site:KGH]], and [[person:Andreea Ionescu]], a healthcare
assistant at [[site:Queen’s]], were among the first ambassadors. [[person:Mr Yıldız]] said that what changed was
simple: “A manager now asks ‘what happened to you?’ before ‘what did you do?’”

From our report to the board (table pasted as it appeared)

  Measure                                 2021-22     2023-24
  Formal cases, BAME staff, ED            34          12
  Formal cases, white staff, ED           11          9
  Racist abuse reports, ED                41          163
  Staff who would report abuse            38%         77%

The rise in reports is what we wanted: people now believe something will happen.

The podcast

Two nurses from the department at [[site:King George’s]], [[unlisted:Tunde Adebayo-Cole]] and [[unlisted:Samira
Haddad]], present “[[site:Queen’s]] Speech”, a monthly podcast for staff about race at work, recorded in the
chaplaincy at [[site:Queen’s]]. Its sister show from the [[place:Ilford]] side is “Kings and Queens”. Both are on
the intranet, [[acronym:BHRUT]] Hub.

Older staff remember that this work started long before us, under [[former:Barking, Havering and Redbridge
Hospitals NHS Trust]], and at [[site:Harold Wood]] before it closed. The new thing is that it is joint.

Our chief executive, [[unlisted:Rashid Okoye-Trent]], and the chief executive of [[partner:Barts Health]], our
partner in the [[place:east London]] hospital group, now sit on the programme board together.

Results

- Formal cases for Black and Asian staff in the emergency departments fell by two thirds.
- Staff who would report racist abuse rose from 38 % to 77 %.
- Turnover in the departments fell from 16 % to 10 %.
- Our [[decoy:WRES]] indicator 2 improved for the first time in six years.

Partners

The [[partner:London Borough of Havering]], [[partner:London Borough of Barking and Dagenham]] and
[[partner:Redbridge Council]] adopted our card in their own services; [[partner:Queen Mary University of London]]
evaluated the mentoring; [[partner:Dagenham and Redbridge FC]] put the campaign on its pitchside boards;
[[partner:NHS North East London]] funded the ambassadors’ time; and [[partner:Havering Mind]] supported
staff who had been abused.

[[person:Marcia Thompson-Lewis]], a matron at [[site:Queen’s Romford]] and chair of our race equality network,
endorses this nomination: “[[short:Barking, Havering and Redbridge]] is where I trained and where I have
stayed. This is the first time I have seen the unions and the managers in the same room, agreeing.”
Follow [[handle:@BHRUT_NHS]] and [[handle:#BHRUTSpeaksUp]].
`,
  },
];
