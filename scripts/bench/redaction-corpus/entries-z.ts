// Redaction corpus, part Z: entries for real organisations of the register, marked up as in markup.ts,
// written before the redactor's changes of session 8's second round (decision 035) and measured first,
// as a check against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_Z: MarkedEntry[] = [
  {
    id: "z01-nottinghamshire-healthcare",
    odsCode: "RHA",
    style: "mental health and forensic trust: a secure hospital by its short name, units and wards named after people and places, headquarters by its house name, a Punjabi name with a familiar form, a Dutch particle, a Ghanaian name, hard line breaks mid-sentence",
    people: [
      { role: "employer_lead", name: "Gurpreet Kaur Sandhu", email: "gurpreet.sandhu@nottshc.nhs.uk" },
      { role: "staff_lead", name: "Pieter van der Berg", email: "pieter.vanderberg@nottshc.nhs.uk" },
      { role: "member", name: "Akosua Boateng", email: null },
    ],
    identifyingTerms: [],
    marked: `
Safe staffing in secure care: a rota designed by the people who work it

BACKGROUND

[[full:Nottinghamshire Healthcare NHS Foundation Trust]] provides mental health, learning disability,
forensic and community services across [[place:Nottinghamshire]] and beyond, including the high secure
service at [[site:Rampton Hospital]]. On our secure wards, short staffing is not an inconvenience: it
means cancelled leave, cancelled therapy and a greater risk of harm. In 2022 the bank fill rate on
[[site:Rampton]]’s night shifts was 58 %.

The staff side told us the rota itself was the problem. Twelve-hour shifts were fixed months ahead,
swaps needed three signatures, and part-time staff could not predict their days off.

WHO LED IT

[[person:Gurpreet Kaur Sandhu]], head of nursing for secure services, and [[person:Pieter van der Berg]],
[[decoy:POA]] branch chair and a healthcare assistant on [[site:Evergreen Ward]] for fifteen years,
co-chaired the group. Everyone knows [[person:Gurpreet]] as “[[person:Preet]]”. “[[person:Pieter]]
came to the first meeting with a folder of a hundred and forty rota complaints,” she says. “We read every one.”

[[person:Akosua Boateng]], a staff nurse and [[decoy:RCN]] steward from the [[site:Wathwood]] medium secure
unit, joined to make sure the medium secure services were heard, and [[unlisted:Dr Ifeoma Nwachukwu]],
our medical director for forensic services, sponsored the work at board level.

WHAT WE CHANGED

- Self-rostering in two pilots: [[site:Evergreen Ward]] at [[site:Rampton]] and the women’s service
  at [[site:Arnold Lodge]] in [[place:Leicester]].
- Swaps agreed between two colleagues and the nurse in charge, with no manager’s signature.
- A fair-share rule for nights and weekends, checked monthly by the
  [[decoy:Joint Staff Consultative Committee]].
- Rotas published twelve weeks ahead instead of four, as the [[decoy:Agenda for Change]] handbook
  recommends.
- A bank of our own secure-trained staff, so that nobody new to secure care works a night
  unsupported.

[[person:Van der Berg]] says the swaps made the biggest difference. “People stopped ringing in sick to
get a day they needed. They just swapped.”

RESULTS

After twelve months on the pilot wards: night fill rate from 58 % to 86 %; sickness absence from
8.1 % to 5.9 %; cancelled escorted leave for patients down by two thirds. The
[[decoy:NHS Staff Survey]] question on flexible working rose by 11 points in the secure division.

SPREADING IT

The model now runs on nine wards across [[site:Rampton]], [[site:Wathwood Hospital]] and
[[site:Arnold Lodge]], and the local services at [[site:Highbury Hospital]] in [[place:Bulwell]] and the
[[site:Millbrook Mental Health Unit]] near [[place:Mansfield]] start in the spring. [[person:Akosua]]
trains the ward champions; “[[person:Kos]]”, as the champions call her, has run fourteen sessions so far.

Our partners [[partner:Nottingham Trent University]] evaluated the pilot, and
[[partner:NHS Nottingham and Nottinghamshire ICB]] has shared it with the provider collaborative.
[[person:Ms Sandhu]] presented it at the [[decoy:NHS Employers]] conference in 2023, and the
[[decoy:Social Partnership Forum]] has used it as a case study.

WHAT STAFF SAID

A healthcare assistant on [[site:Evergreen]] wrote in the evaluation: “For the first time in six years I
booked a holiday before my sister’s wedding and knew I would get it.” A night nurse at [[site:Arnold Lodge]]
said the fair-share rule ended the feeling that the same five people always did Christmas. Not everyone
was convinced at first: two wards at [[site:Rampton Secure Hospital]] asked to leave the pilot after a
month, and the group agreed, then invited them back with their own changes to the swap rule. Both are
now in.

WHAT WE LEARNED

Give people control over their time and they give you their time. Trust the ward to manage its own
swaps. Publish early. And put the person with the folder of complaints in the chair.

The board at [[site:Duncan Macmillan House]] receives the figures every quarter. Contact
[[contact:secure.rostering@nottshc.nhs.uk]] or follow [[handle:@NottsHealthcare]] and
[[handle:#NottsHCrota]].
`,
  },
  {
    id: "z02-shropshire-community",
    odsCode: "R1D",
    style: "community trust: community hospitals by town, a headquarters by its odd building name, hubs and clinics in many forms, a Sri Lankan Tamil name, a Welsh name with ap, a nickname from a surname, partners and the border county",
    people: [
      { role: "employer_lead", name: "Tharshini Sivakumar", email: "tharshini.sivakumar@nhs.net" },
      { role: "staff_lead", name: "Rhodri ap Gwilym", email: "rhodri.apgwilym@nhs.net" },
      { role: "member", name: "Margaret Oyelaran-Price", email: null },
    ],
    identifyingTerms: ["Mount McKinley"],
    marked: `
Home first, together: district nurses and managers redesign the working day

WHY WE STARTED

District nursing in a rural county means long drives, single-handed visits and days that run late.
At [[full:Shropshire Community Health NHS Trust]] our community nursing teams cover more than
1,300 square miles, from [[place:Oswestry]] on the Welsh border to [[place:Bridgnorth]] in the east.
In 2022 a third of our district nurses said they were thinking of leaving.

Rather than a management review, [[short:Shropshire Community]] and its staff side agreed to
redesign the working day together.

THE PEOPLE

[[person:Tharshini Sivakumar]], director of nursing and workforce, and [[person:Rhodri ap Gwilym]],
[[decoy:UNISON]] branch secretary and a district nurse in the [[site:Whitchurch]] team, led the work.
[[person:Rhodri]] is known across the county as “[[person:Gwil]]”. “[[person:Tharshini]] drove out to
[[site:Bishop’s Castle]] with me on a February morning,” he says. “After that she didn’t need the
spreadsheet.”

[[person:Margaret Oyelaran-Price]], a community staff nurse and [[decoy:RCN]] steward, spoke for the
evening and night teams. [[person:Mags]] had worked nights from the [[site:Ludlow Community Hospital]]
base for nine years.

WHAT WE DID

1. Travel first: every team’s visits were mapped, and the four hubs — [[site:Whitchurch Community Hospital]],
   [[site:Bridgnorth Hospital]], [[site:Ludlow]] and the [[site:Severn Fields Health Village]] in
   [[place:Shrewsbury]] — became bases where nurses start and finish, instead of driving
   to the office first.
2. Protected time: thirty minutes a day for notes, so records are not written at the kitchen table.
3. Lone-working: a shared app, agreed with the [[decoy:Joint Negotiating and Consultative Committee]],
   and a buddy call at the end of every late visit.
4. Flexible starts between 7.30 and 9.30, under the [[decoy:NHS Terms and Conditions of Service]].

THE FIGURES

Mileage per nurse fell by 18 %. Unpaid overtime reported to the staff side fell from 3.2 hours a week
to under one. Turnover in community nursing went from 16.4 % to 10.1 %. In the
[[decoy:NHS Staff Survey]], “I can meet all the conflicting demands on my time” rose by 9 points.

[[person:Ms Sivakumar]] puts it simply: “We gave back the hour they were giving us for free.”

WORKING WITH OTHERS

[[partner:Shropshire Council]] and [[partner:Telford & Wrekin Council]] shared their own lone-working
system; [[partner:NHS Shropshire, Telford and Wrekin]], our ICB, funded the app; and
[[partner:Powys Teaching Health Board]] joined the border meetings, since many of our patients live in
[[place:Knighton]] and [[place:Clun]]. [[partner:Harper Adams University]] ran the evaluation survey.

WHAT NURSES TOLD US

One district nurse in the [[site:Oswestry Health Centre]] team wrote: “I used to leave [[place:Church Stretton]]
at seven and still be typing at ten.” Another said the buddy call was the first time in her career
that anyone had checked she got home. The night team at [[site:Ludlow]] asked for, and got, a second
car so that no nurse waits at the base for a colleague to come back. Not everything worked: a trial of
shared laptops was stopped after a month, by joint agreement, because the signal in the hills was too
poor.

WHAT IS NEXT

The same approach is now being used for the therapy teams and the minor injuries unit at
[[site:Whitchurch]]. The group meets monthly at [[site:Mount McKinley]], and [[person:ap Gwilym]] has
written up the lone-working agreement for the [[decoy:West Midlands Social Partnership Forum]].

Contact [[contact:homefirst@shropcom.nhs.uk]], visit [[contact:www.shropscommunityhealth.nhs.uk]], or
follow [[handle:@ShropCommHealth]] and [[handle:#ShropComNursing]].
`,
  },
  {
    id: "z03-uhcw",
    odsCode: "RKB",
    style: "Midlands acute trust: the hospital by its old name and its nickname, a second hospital by town, the acronym in lower case in a hashtag, a Vietnamese name, an Italian particle, a Sikh name with a familiar form, a unit named after a benefactor",
    people: [
      { role: "employer_lead", name: "Nguyen Thi Lan", email: "lan.nguyen@uhcw.nhs.uk" },
      { role: "staff_lead", name: "Marco Di Stefano", email: "marco.distefano@uhcw.nhs.uk" },
      { role: "member", name: "Harpal Singh Dhillon", email: null },
    ],
    identifyingTerms: [],
    marked: `
Speaking up without fear: a joint route for concerns in estates and facilities

THE ISSUE

Porters, domestics, caterers and estates staff make up a fifth of the workforce at
[[full:University Hospitals Coventry and Warwickshire NHS Trust]], yet in 2021 they raised fewer than 2 %
of concerns through our speaking-up route. Our staff side knew why: many worked nights, many did not
use e-mail at work, and several did not have English as a first language.

[[acronym:UHCW]] and its trade unions set out to build a route that worked for them.

WHO

[[person:Nguyen Thi Lan]], head of facilities, and [[person:Marco Di Stefano]], [[decoy:GMB]] branch
secretary and a porter at [[site:University Hospital]] in [[place:Walsgrave]] for twenty years, led
the project. [[person:Ms Nguyen]] says: “[[person:Marco]] told me on day one that nobody on nights had ever
met our Freedom to Speak Up Guardian. He was right.”

[[person:Harpal Singh Dhillon]] — “[[person:Pal]]” to everyone in the catering team — is a chef and
[[decoy:Unite]] rep who speaks Punjabi, Hindi and Urdu. He became our first facilities speaking-up champion.

WHAT WE DID

- Champions in every facilities team, fourteen in all, trained with the
  [[decoy:National Guardian’s Office]] materials and paid for their time.
- Drop-in sessions at 3am in the [[site:Walsgrave]] restaurant and at the [[site:Hospital of St Cross]]
  in [[place:Rugby]], so night staff could come without leaving the site.
- Leaflets and a phone line in seven languages, written with the staff side, not translated afterwards.
- A promise, agreed at the [[decoy:Joint Negotiating Committee]], that every concern gets a reply within
  ten working days and a named person to follow it up.

[[person:Di Stefano]] says the night sessions changed everything. “The first night, eleven people came.
Two of them had been sitting on the same worry for a year.”

WHAT HAPPENED

Concerns raised by facilities staff rose from 9 in 2021 to 71 in 2023, and the share closed with a
reply in ten days went from 40 % to 93 %. Three concerns led to changes in lone working in the
[[site:Clinical Sciences Building]] and the loading bay at [[site:UHCW’s]] main site. In the
[[decoy:NHS Staff Survey]], “I feel safe to speak up about anything that concerns me” rose by 8 points among
facilities staff.

PARTNERS

[[partner:Coventry City Council]]’s community languages team checked the leaflets, [[partner:Coventry University]]
evaluated the pilot, and [[partner:Warwickshire County Council]] has borrowed the model for its own
depots. The work was presented to [[partner:NHS Coventry and Warwickshire ICB]] in 2023.

WHAT IT FELT LIKE

A domestic on the night shift at [[site:the Walsgrave]] said in the evaluation: “Before, you told your
supervisor and it stopped there. Now somebody writes back.” A porter from [[site:St Cross]] said he had
raised a concern about a broken lift in his own language, and it was fixed within a week. Managers
were nervous at first about the numbers rising, and the staff side had to explain at the
[[decoy:Trust Board]] that more concerns meant more trust, not more problems.

LOOKING BACK

[[person:Lan]] says the lesson is about time. “You cannot ask people to speak up in a meeting held
when they are asleep.” [[person:Harpal]] adds: “And you cannot ask them in a language they don’t read.”

Our chief executive, [[unlisted:Professor Kehinde Alabi]], has asked for the same approach in the
[[site:Arden Cancer Centre]] and the [[place:Coventry]] hospital’s outpatient teams. Contact
[[contact:speakup.facilities@uhcw.nhs.uk]] or follow [[handle:@NHSUHCW]] and [[handle:#uhcwSpeakUp]].
`,
  },
];
