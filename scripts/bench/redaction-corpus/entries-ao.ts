// Redaction corpus, part AO: entries for real organisations of the register, marked up as in markup.ts,
// written blind in session 10 and kept from the engineers changing the rules, as a check against tuning.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AO: MarkedEntry[] = [
  {
    id: "ao01-queen-victoria",
    odsCode: "RPC",
    style: "small specialist burns and plastics trust in a Sussex town: the hospital as 'the Queen Vic' and by its town alone, a wartime wing named after a country, a burns centre named after a surgeon, a children's ward with a nut's name, a historic club and a research charity tied to the surgeon, a Welsh hyphenated name, a Hausa name, a Filipino particle with a familiar form in quotes, a Czech name with diacritics, an on-call transcript",
    people: [
      { role: "employer_lead", name: "Bethan Llewelyn-Jones", email: "bethan.llewelyn-jones@nhs.net" },
      { role: "staff_lead", name: "Abubakar Musa", email: "abubakar.musa@nhs.net" },
      { role: "member", name: "Maria Cristina dela Cruz", email: null },
      { role: "member", name: "Jiří Novotný", email: null },
    ],
    identifyingTerms: [],
    marked: `
Rested and ready: on-call rooms and protected sleep for the burns and theatres teams

WHY

[[full:Queen Victoria Hospital NHS Foundation Trust]] is a small specialist trust, with about 1,100
staff, but its burns service takes patients from across the [[place:South East]] at any hour. Our theatre
teams and burns nurses work on-call rotas that can mean a full day, a night called in, and a full day
again. In 2022 the staff side found that on-call staff had nowhere to sleep on site: the old on-call
rooms had become offices during the pandemic. Two theatre practitioners had near-miss crashes driving
home along the [[place:A22]] after a night in theatre.

[[acronym:QVH]] and the unions agreed to treat fatigue as a patient safety issue as well as a staff one.

WHO

[[person:Bethan Llewelyn-Jones]], director of nursing, and [[person:Abubakar Musa]], an operating
department practitioner and chair of the [[branch:UNISON Queen Victoria Hospital branch]], led the
work. [[person:Abu]], as the theatre corridor knows him, had been on the burns on-call rota for nine
years. [[person:Maria Cristina dela Cruz]], a burns nurse and [[decoy:RCN]] steward, spoke for the
ward; everyone calls her “[[person:Tina]]”. [[person:Jiří Novotný]], a theatre porter, brought the
view of the support staff who are called in too.

This is from the notes of the first joint meeting, held in the [[site:Canadian Wing]] seminar room:

  [[person:BETHAN]]: How many of you have slept in your car in our car park?
  [[person:ABU]]: Put your hand down, [[person:Jiří]]. Everyone’s hand is up.
  [[person:TINA]]: Then we have our first figure.

WHAT WE AGREED

- Four on-call rooms restored on site, two beside theatres and two beside the
  [[site:McIndoe Burns Centre]], bookable by anyone on call, including porters.
- A rest rule agreed at the [[decoy:Joint Consultative Committee]]: after a night called in, staff have
  eleven hours off before their next shift, and the rota is changed, not the person.
- Taxis home paid by the trust after any call-in that ends between midnight and 6am.
- Quiet rooms with recliners for day staff on [[site:Peanut Ward]] and in the minor injuries unit.

[[person:Ms Llewelyn-Jones]] found the money by giving back two offices in the [[site:Canadian Wing]].
“The offices were easier to move than the people,” she says.

WHAT HAPPENED

In the first year 412 on-call nights used a room. Taxis were booked 136 times. Fatigue-related
incidents reported in theatres fell from 14 to 3. In the [[decoy:NHS Staff Survey]], on-call staff who
said they had enough rest rose from 22 % to 61 %. [[person:Mr Novotný]] says the porters noticed most:
“We were never in anyone’s plans before. Now we have a key.”

A burns patient, [[unlisted:Mr Rhys Pengelly]], wrote after his discharge that the nurse who dressed
his hands at 4am “seemed as awake as at noon”. [[unlisted:Comfort Adjei]], the ward manager on the burns
unit, keeps his card on her wall.

THE HOSPITAL AND ITS STORY

Staff at [[site:the Queen Vic]] are proud of its history. The surgeon [[unlisted:Sir Archibald McIndoe]] treated
burned airmen here in the Second World War, and [[partner:the Guinea Pig Club]] they formed still
features in our induction. The [[partner:Blond McIndoe Research Foundation]], beside the hospital,
paid for the recliners. Our staff newsletter, [[short:Queen Vic]] Voice, printed the rest rule on its
front page.

PARTNERS

[[partner:West Sussex County Council]] gave taxi firms in [[place:East Grinstead]] and [[place:Crawley]]
a late-night licence condition for our staff; [[partner:NHS Sussex ICB]] funded one room; the
[[partner:University of Brighton]] evaluated the first six months; and [[partner:East Grinstead Town FC]]
ran a sleep-awareness evening in their clubhouse. [[partner:St Catherine’s Hospice]] asked to borrow
our rest rule for its night nurses.

WHAT STAFF SAID

A theatre practitioner from [[place:Forest Row]] wrote: “The drive across [[place:Ashdown Forest]] after
a night in theatre used to frighten me. Now I sleep here first.” Like specialist centres from
[[decoy:Birmingham]] to [[decoy:Swansea]], we cannot avoid nights; we can avoid sending people home
unsafe.

Our chief executive, [[unlisted:Dr Kwame Mensah-Asare]], has asked for the rooms to be kept out of any
future office plan, and [[person:Musa]] reports the figures to [[decoy:the Trust Board]] each quarter.

Contact [[contact:rested.and.ready@nhs.net]] or follow [[handle:@QVH_NHS]] and [[handle:#QVHRested]].
Patients and visitors to [[site:East Grinstead]]’s hospital on [[place:Holtye Road]] can see the
rest rooms’ signs; staff book them on the intranet.
`,
  },
  {
    id: "ao02-north-east-london",
    odsCode: "RAT",
    style: "London community and mental health trust whose name is made of compass words: its acronym spoken as a word and in a hashtag, its former mental health trust name and initials, a psychiatric hospital by its district, a mental health unit with a flower name, a community hospital by its district and road, wards named after gemstones and painters, four boroughs and Essex towns, a Jamaican hyphenated name, a Bangladeshi name, a Lithuanian name with diacritics, a Tamil name with a short form, a football club's community trust",
    people: [
      { role: "employer_lead", name: "Marcia Bailey-Thompson", email: "marcia.bailey-thompson@nelft.nhs.uk" },
      { role: "staff_lead", name: "Shahana Begum", email: "shahana.begum@nelft.nhs.uk" },
      { role: "member", name: "Rūta Kazlauskienė", email: null },
      { role: "endorser", name: "Thiruchelvam Sivakumar", email: "thiruchelvam.sivakumar@nelft.nhs.uk" },
    ],
    identifyingTerms: ["Goodmayes"],
    marked: `
Nobody should have to hide it: a menopause policy and cafés written by the staff who needed them

THE ISSUE

Four in five of the 6,500 people who work for [[full:North East London NHS Foundation Trust]] are women,
and more than 2,000 of them are between 45 and 60. In 2021 our staff side surveyed members in
community health, mental health and admin teams: 62 % of women with menopause symptoms said they had
thought about reducing their hours or leaving, and 71 % had never told a manager.

The staff side and [[acronym:NELFT]] agreed that a leaflet would not do. They wrote a policy together,
and then went out to the teams.

WHO LED IT

[[person:Marcia Bailey-Thompson]], associate director of people, and [[person:Shahana Begum]], a health
visitor in [[place:Barking and Dagenham]] and secretary of [[branch:NELFT UNISON branch]], led the
work. [[person:Marcia]] is “[[person:Miss BT]]” to the admin teams she started with in 1998.
[[person:Rūta Kazlauskienė]], a mental health nurse and [[decoy:RCN]] steward at
[[site:Sunflowers Court]], ran the ward sessions. [[person:Thiruchelvam Sivakumar]], our director of
nursing, endorsed the work; he signs everything [[person:Thiru]].

“[[person:Shahana]] brought forty stories to the first meeting,” [[person:Ms Bailey-Thompson]] says. “We
didn’t need a business case after that.”

WHAT WE DID

- A menopause policy agreed at the [[decoy:Joint Staff Consultative Committee]]: reasonable
  adjustments without a medical certificate, cooler uniforms, desk fans, and flexible start times.
- Symptoms recorded separately from sickness absence, so that no one reaches a trigger point
  because of the menopause.
- Monthly menopause cafés in every borough: at [[site:Goodmayes Hospital]] in [[place:Ilford]], at
  [[site:Thorpe Coombe]] in [[place:Walthamstow]], at the [[site:CEME Centre]] in [[place:Rainham]], and
  in [[place:Basildon]] and [[place:Brentwood]] for the [[place:Essex]] teams.
- Forty menopause champions trained, half nominated by the unions.
- A session for male managers, which was the best attended of all.

[[person:Ms Kazlauskienė]] ran night sessions for the inpatient staff on [[site:Ruby Ward]] and
[[site:Titian Ward]] at [[site:Goodmayes]]. “Night staff are always last to hear about anything,” she
says. “So we went to them at 3am with cake.”

WHAT HAPPENED

In two years 1,240 staff came to a café. Sickness absence recorded as related to the menopause fell
by 38 %. Of women who had thought about leaving, 74 % said in a follow-up survey that they now
intended to stay. In the [[decoy:NHS Staff Survey]], women over 50 who said the organisation takes
positive action on their health and wellbeing rose by 12 points. The policy won
[[short:NELFT]]’s own Partnership Award, which the staff side renamed the “[[unlisted:Rosie Adebayo]]
award” after a health visitor from [[place:Hornchurch]] who spoke at the first café and died
the following spring.

A district nurse in [[place:Havering]] wrote: “I sat with my manager and a fan and a glass of water
and for the first time didn’t pretend.”

WHERE WE CAME FROM

Some staff still wear lanyards from [[former:North East London Mental Health NHS Trust]], our name
before we became a foundation trust in 2008 and took on community services in [[place:Essex]]. The
old [[former:NELMHT]] policies had nothing on the menopause at all.

PARTNERS

The [[partner:London Borough of Redbridge]] opened its own cafés to our staff; [[partner:NHS North East
London ICB]] shared the policy with other employers in the system; the [[partner:University of East
London]] evaluated the first year; [[partner:Leyton Orient Trust]] hosted the launch at
[[place:Brisbane Road]]; and [[partner:Havering Mind]] trained our champions in listening skills.

WHAT IS NEXT

Our chief executive, [[unlisted:Dr Chidi Onwuachi]], has asked for a policy on fertility treatment
and pregnancy loss, written the same way. [[person:Begum]] and [[person:Bailey-Thompson]] report to
[[decoy:the Trust Board]] twice a year. Like trusts from [[decoy:Leeds]] to [[decoy:Plymouth]], we have
a workforce that is older and more female than it was; the policy is how we keep it.

Contact [[contact:menopause.cafe@nelft.nhs.uk]], or follow [[handle:@NELFT]] and
[[handle:#NELFTMenopauseCafe]].
`,
  },
];
