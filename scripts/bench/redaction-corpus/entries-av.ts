// Redaction corpus, part AV: entries for real organisations of the register, marked up as in markup.ts,
// written blind in session 11 and given to the engineer changing the rules only after they were scored,
// as a check against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AV: MarkedEntry[] = [
  {
    id: "av01-plymouth",
    odsCode: "RK9",
    style: "Devon acute trust: the main hospital as the site up on the hill by the moor, an eye infirmary and a second hospital by their roads, wards named after rivers, a former trust name in a charity's name, a newsletter extract pasted in, footnotes, a Nigerian hyphenated name, a Polish name, an Irish name with a fada and a particle, a chief executive and a porter named only in the text, a football club and a hospice as partners",
    people: [
      { role: "employer_lead", name: "Tamsin Rowe-Pengelly", email: "tamsin.rowe-pengelly@nhs.net" },
      { role: "staff_lead", name: "Adaeze Okafor-Briggs", email: "adaeze.okafor-briggs@nhs.net" },
      { role: "member", name: "Paweł Wróblewski", email: null },
      { role: "endorser", name: "Siobhán Ó Briain", email: "siobhan.obriain@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
Breaks that happen: a shared promise on rest, food and water for every shift

This nomination is about something small that staff had stopped expecting: a proper break. At
[[full:University Hospitals Plymouth NHS Trust]] the 2022 [[decoy:NHS Staff Survey]] told us that only
38 % of our clinical staff took their breaks “most of the time”. [[site:Our site up on the hill at the edge of
the moor]] is one of the busiest single sites in the country, and the nearest food outside it is a long
walk past the helipad.

How it started

In January 2023 [[person:Adaeze Okafor-Briggs]], a ward sister on [[site:Lynher ward]] and chair of
[[branch:UNISON Plymouth Hospitals branch]], brought a paper to the [[decoy:Joint Negotiating and Consultative Committee]]
with one line on its front page: “we do not want a wellbeing app, we want twenty minutes”. The
employer side agreed to work it through together rather than answer it. [[person:Tamsin Rowe-Pengelly]],
deputy director of people, co-chaired the group with her; everyone at [[site:Derriford]] calls her
“[[person:Tam]]”, and she signs her e-mails that way.

The group had fourteen members: porters, domestics, nurses, two consultants, an [[decoy:RCN]] steward, a
[[decoy:GMB]] rep from the hotel services team and [[person:Paweł Wróblewski]], a theatre practitioner
who had done the maths on how many minutes of break are lost when a colleague is pulled to cover
another ward. [[person:Mr Wróblewski]]’s spreadsheet became the group’s agreed baseline.

What we agreed

- Every ward and department has a named break coordinator on each shift, chosen by the staff.
- Breaks are written on the board at handover and crossed off when taken, in front of everyone.
- Rest spaces reopened: the old day room on [[site:Tamar ward]], a room at [[site:the Eye Infirmary]]
  and a quiet room in the [[site:Mount Gould]] outpatients block.
- Free water and fruit on every ward, paid for by the [[short:Plymouth Hospitals Charity]]¹.
- A late-night hot food trolley, agreed with Sodexo’s catering team and the hotel services staff.

From the staff newsletter (pasted as it appeared)

> BREAK-TIME IS BACK on [[site:Level 6]] – the first twenty ward coordinators met on Tuesday in
> the [[site:John Bull Building]]. [[person:Adaeze]] said: “If you can’t get your break, it’s not your
> fault, it’s ours to fix.” Look out for the blue badges. [[handle:#UHPBreaks]]

Working together

The chief executive, [[unlisted:Dr Marcus Penhaligon]], agreed that break-taking would be reported to the
[[decoy:Trust Board]] every quarter alongside sickness and vacancies. That mattered: it made breaks a measure
of safety, not a perk. The [[decoy:Freedom to Speak Up]] guardian tracked every concern raised about
breaks and brought them, anonymised, to the group.

Staff on [[site:the Roborough Road site]]² raised that night staff had nowhere to go at 3am.
A porter, [[unlisted:Barry “Bazza” Trewin]], offered the porters’ lodge, with a kettle and four chairs,
and it is still used every night.

What changed

- Breaks taken “most of the time” rose from 38 % to 61 % in the 2024 survey.
- Sickness absence on the pilot wards fell from 6.1 % to 4.7 %.
- Incidents of staff fainting or dehydration on shift fell from 22 to 5 in a year.
- Agency use fell on the same wards, and exit interviews stopped naming breaks as a reason.

Partners

[[partner:Plymouth City Council]] extended the late bus along [[place:Derriford Road]]; [[partner:University of
Plymouth]] nursing students evaluated the first six months; [[partner:St Luke’s Hospice]] trained the break
coordinators in spotting burnout; [[partner:Plymouth Argyle]]’s community trust donated the chairs for the
night lodge; and [[partner:NHS Devon ICB]] has shared our guide across the county. [[partner:Livewell Southwest]]
is now trying it in its community hospitals, including at [[place:Tavistock]].

What we learned

The employer side learned that staff trusted a whiteboard more than a policy. The staff side learned that
asking for something ordinary, and measuring it, was more powerful than a long list. [[person:Siobhán Ó Briain]],
our non-executive director, put it best: “This is what partnership looks like when it works:
the two sides agreeing on one thing and both of them checking it every week.” [[person:Ms Ó Briain]] now
sits on the steering group.

¹ The charity still carries the name of [[former:Plymouth Hospitals NHS Trust]], as we were before 2017.
² The outpatient building on the road, not the main hospital.
`,
  },
  {
    id: "av02-humber-teaching",
    odsCode: "RV9",
    style: "Yorkshire mental health and community trust: a transcript of a partnership meeting, the headquarters by the hill it stands on, inpatient units by their house names, a forensic centre by its road, the trust's two former names, Arabic, Chinese, Jamaican and Yorkshire names, a nickname without quotes, lower-case site descriptions, a staff network with a local river name, a hashtag, a city football club and a local mental health charity",
    people: [
      { role: "employer_lead", name: "Helen Wadsworth", email: "helen.wadsworth1@nhs.net" },
      { role: "staff_lead", name: "Tariq Al-Hashimi", email: "tariq.alhashimi@nhs.net" },
      { role: "member", name: "Mei Ling Chow", email: "meiling.chow@nhs.net" },
      { role: "member", name: "Desmond Campbell-Grant", email: null },
    ],
    identifyingTerms: ["Miranda House"],
    marked: `
Safe to say: how staff and managers on our inpatient wards cut restraint by half together

Summary. Between 2022 and 2024 staff, unions and managers at [[full:Humber Teaching NHS Foundation Trust]]
rewrote how our adult and older people’s wards respond to distress, and did it as partners. Restraint
fell by 52 %, staff injuries by 40 %, and the people doing the work say they were listened to.

The starting point

Our inpatient wards sit on two sites: the old hospital grounds on [[place:Anlaby Road]] in [[place:Hull]], which
everyone still calls “the [[site:Westlands]] end”, and our newer units out past the [[place:Beverley]] road. The
[[site:Humber Centre]] for forensic care on [[place:Walker Street]] had the highest rates of all. Staff there told
the [[decoy:Joint Negotiating Committee]] that they felt blamed after every incident, and that nothing changed.

[[person:Tariq Al-Hashimi]], a charge nurse at [[site:Miranda House]] and [[decoy:UNISON]] steward, and
[[person:Helen Wadsworth]], our director of nursing, agreed to co-lead a review from the wards outwards. They
chose to start with conversations, not data.

Part of the transcript of the first meeting (with permission)

  [[person:HW]]: I want to say first that this isn’t about finding who did wrong.
  [[person:TA]]: Then you need to stop the debrief forms going to HR before they go to the ward.
  [[person:HW]]: Agreed. That changes from Monday.
  [[person:MC]]: Can the healthcare assistants be in the room? They’re the ones on the floor.
  [[person:TA]]: And the bank staff.

That exchange set the tone. The debrief form was rewritten by staff on [[site:Avondale]] and
[[site:Maister Lodge]] within a month.

What we did

- Safety huddles at each shift change on every ward, led by whoever is in charge, whatever their band.
- Joint training in de-escalation, delivered by a nurse and a [[decoy:Unite]] rep together, with people
  who use our services telling their own stories.
- A “no-blame first hour” after any restraint, agreed in writing by management and the staff side.
- Sensory rooms on four wards, designed by [[person:Mei Ling Chow]], an occupational therapist, with
  patients at [[site:Westlands]] and [[site:the Newbridges unit]].

[[person:Mei Ling]] also started a staff network for healthcare assistants, “[[short:Humber]] Voices on the Floor”,
which now has 180 members. Its hashtag, [[handle:#HumberHCAs]], is how people find each other.

Who else

[[person:Desmond Campbell-Grant]], [[person:Des]] to everyone on the ward, is a healthcare assistant with twenty-six years
on the wards, first with [[former:Humber Mental Health Teaching NHS Trust]] and then with
[[former:Humber NHS Foundation Trust]] before we became a teaching trust again. He chaired the group’s patient
experience sessions and persuaded [[unlisted:Jerome Fairweather]], who spent a year on one of our wards in 2019,
to speak at the launch. “[[person:Des]] was the first person who asked me what worked,” [[unlisted:Jerome]] said.

Our chief executive, [[unlisted:Abena Moran-Holt]], attended three ward huddles in person. The quiet
unit out at [[site:Whitby]] joined in the second year by video; staff at the learning disability unit at
[[site:Townend Court]] adapted the huddles with easy-read cards.

Results

Restraint per 1,000 occupied bed days fell from 31 to 15. Prone restraint fell to four incidents in 2024.
Staff injuries from assault fell from 97 to 58 a year. Staff on the wards who say they would recommend
[[acronym:HTFT]] as a place to work rose from 54 % to 68 %. The [[decoy:Care Quality Commission]] named the work
in its 2024 report.

Partners

[[partner:Hull City Council]] and [[partner:East Riding of Yorkshire Council]] joined the carers’ sessions;
[[partner:Hull and East Yorkshire Mind]] co-delivered the training; the [[partner:University of Hull]] evaluated it;
[[partner:Hull City]]’s foundation ran football sessions for patients on leave; and
[[partner:NHS Humber and North Yorkshire ICB]] is spreading it to the other trusts in the region.

We are nominating this because it was never a management project that the unions signed off, nor the
other way round. It belonged to the people at [[site:Willerby Hill]] and on the wards equally.
Contact: [[contact:hnf-tr.partnership@nhs.net]].
`,
  },
  {
    id: "av03-lancashire-teaching",
    odsCode: "RXN",
    style: "Lancashire acute trust: a table pasted from a report with sites as column headings, a closed hospital by its lane, the main hospital as the Royal and by its initials, a cancer centre named after a place, a car park named after a person, the trust's initials with its region letters, Gujarati, Welsh with a particle, Polish hyphenated and Ghanaian names, a staff app named after the trust, a university and a football club as partners, footnotes",
    people: [
      { role: "employer_lead", name: "Hetal Mistry", email: "hetal.mistry@lthtr.nhs.uk" },
      { role: "staff_lead", name: "Rhodri ap Gwilym", email: "rhodri.apgwilym@lthtr.nhs.uk" },
      { role: "member", name: "Agnieszka Nowak-Zielińska", email: null },
      { role: "endorser", name: "Kwabena Asante", email: "kwabena.asante@lthtr.nhs.uk" },
    ],
    identifyingTerms: ["Royal Preston Hospital", "Chorley"],
    marked: `
FAIR ROTAS FOR ALL: A JOINT APPROACH TO ROSTERING FOR OUR ALLIED HEALTH PROFESSIONALS AND SUPPORT STAFF

THE ORGANISATION

[[full:Lancashire Teaching Hospitals NHS Foundation Trust]] runs two acute hospitals, [[site:Royal Preston Hospital]]
and [[site:Chorley and South Ribble Hospital]], and a regional cancer centre, and employs around 10,000 staff.
Older colleagues still talk about [[site:Sharoe Green Lane]]¹ and the maternity unit that
used to stand there.

THE PROBLEM

In 2022 the staff side at the [[decoy:Joint Local Negotiating Committee]] raised that rostering for therapists,
porters and domestics was done by hand, by whoever held the spreadsheet, and that requests for flexible
working were granted far more often at [[site:the Royal]] than at [[site:Chorley]]. Staff from ethnic
minority backgrounds were less likely to have a request approved at either site.

WHO

- [[person:Hetal Mistry]], head of workforce (employer lead)
- [[person:Rhodri ap Gwilym]], physiotherapist and [[decoy:Chartered Society of Physiotherapy]] steward (staff lead)
- [[person:Agnieszka Nowak-Zielińska]], domestic supervisor and [[decoy:UNISON]] rep
- and the [[branch:Unite Preston Health branch]], who brought the porters in

[[person:Rhodri]] insisted the work start with the staff who had been refused. [[person:Ms Mistry]] agreed
that no new rule would go to the board without the staff side’s signature.

WHAT WE FOUND (from the joint report, table 2)

| site              | requests 2022 | approved | approved, ethnic minority staff |
| [[site:RPH]]               | 412           | 71 %     | 58 %                             |
| [[site:CDH]]               | 189           | 52 %     | 44 %                             |
| [[site:Rosemere]]²         | 64            | 80 %     | 75 %                             |

The gap was real, and it was the same gap the [[decoy:Workforce Race Equality Standard]] had shown for years.

WHAT WE CHANGED

1. One rostering policy for both hospitals, written jointly, with a single panel that reviews every refused
   request, with a staff side member always present.
2. Electronic rostering for 1,900 support and therapy staff, rolled out ward by ward, starting with the
   porters at [[site:Preston]].
3. Requests and swaps through the staff app, “[[acronym:LTH]] Go”, with the reason for any refusal written
   down.
4. Night-shift parking in the [[site:Harrington car park]], the one by the main entrance, named after the
   surgeon [[unlisted:Mr Harrington]], kept for staff after 7pm.

[[person:Nowak-Zielińska]] ran drop-ins in Polish and English for domestic staff who had never used an app
on their phone. “People thought the app was to watch them,” she said. “When they saw their swap approved
in a day, they told each other.”

RESULTS (2024)

Approval of flexible working requests rose to 79 % at [[site:Royal Preston]] and 76 % at [[site:Chorley
Hospital]]. The gap for ethnic minority staff closed from thirteen points to three. Sickness among porters
fell by 1.8 points, and turnover among domestics fell from 19 % to 11 %.

[[person:Kwabena Asante]], our chief people officer, told the board: “The panel changed how managers think.
Once they knew someone from the staff side would read their reason, the reasons got better.”

PARTNERS

[[partner:University of Central Lancashire]] ([[partner:UCLan]]) evaluated the first year; [[partner:Lancashire County Council]]
and [[partner:Preston City Council]] shared their own rostering policy; [[partner:Preston North End]]’s
community trust hosted the celebration; and [[partner:NHS Lancashire and South Cumbria ICB]] is sharing the
policy with its other trusts. Follow the work at [[handle:@LancsHospitals]] and [[handle:#TeamLTH]].

The work has been presented to the [[decoy:NHS Social Partnership Forum]] regional group.

¹ [[site:Sharoe Green Hospital]] closed in 2010; the road still gives its name to our HQ’s address.
² The cancer centre on the [[site:Preston]] site.
`,
  },
];
