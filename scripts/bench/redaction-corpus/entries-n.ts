// Redaction corpus, part N: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_N: MarkedEntry[] = [
  {
    id: "n01-east-midlands-ambulance",
    odsCode: "RX9",
    style: "long feature in the third person with ALL-CAPS headings, generic-word ambulance name spread over five counties, Mx title, Punjabi name with a nickname, Afrikaans Van particle in capitals, switchboard number",
    people: [
      { role: "employer_lead", name: "Yusuf Demir", email: "yusuf.demir@emas.nhs.uk" },
      { role: "staff_lead", name: "Sam Okereke-Lowe", email: "sam.okereke-lowe@emas.nhs.uk" },
      { role: "member", name: "Jagdeep Kaur Dhillon", email: "jagdeep.dhillon@emas.nhs.uk" },
      { role: "member", name: "Agnieszka Nowak", email: "agnieszka.nowak@emas.nhs.uk" },
      { role: "endorser", name: "Philippa Haworth-Jones", email: "philippa.haworth-jones@emas.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
THE CALL AFTER THE CALL: PEER SUPPORT FOR THE PEOPLE WHO ANSWER 999

THE PROBLEM NOBODY COUNTED

An emergency medical dispatcher at [[full:East Midlands Ambulance Service NHS Trust]] may take sixty
calls in a twelve-hour shift. Some of them are a parent doing chest compressions on a baby while the
dispatcher counts out loud. Some of them end with a silence on the line. Then the next call comes in,
and the dispatcher answers it, because that is the job.

Until 2023 nobody in the service counted what that did to people. Road crews had a debrief after a
serious incident, and a well-established route to occupational health. Control room staff at
[[site:Horizon Place]] and in [[place:Lincoln]] had a leaflet. In the staff survey, our emergency
operations centres had the highest rate of work-related stress in the organisation, and in exit
interviews call handlers said again and again that they had left because of one call they could
not stop hearing.

HOW IT STARTED

The staff side raised it first. [[person:Mx Sam Okereke-Lowe]], an emergency medical dispatcher for
nine years and the [[decoy:UNISON]] lead rep for the control rooms, brought a paper to the Trust
Partnership Forum in February 2023. It was two pages long and had one recommendation: that control
room staff design their own support, with the time and money to do it properly.

The Head of Health and Wellbeing, [[person:Dr Yusuf Demir]], had been a paramedic before he was a
psychologist. He told the forum that he had made a mistake: he had designed support for crews and
assumed it would work for call handlers. He asked [[person:Sam]] to co-lead a joint group to put it
right, and the forum agreed that the group would report to it directly rather than through the
usual wellbeing committee.

WHO WAS IN THE ROOM

The group had eleven members. Six were control room staff, chosen by the staff side: call handlers,
dispatchers, a clinical navigator and a team leader. Three were reps, from [[decoy:UNISON]],
[[decoy:GMB]] and [[decoy:Unite]]. Two were managers: [[person:Dr Demir]] and an operations manager
for the control rooms. The group met in the control rooms themselves, on shift, at times that suited
the rota, and not in a meeting room at headquarters.

[[person:Jagdeep Kaur Dhillon]], a dispatcher known to the whole floor as [[person:Jags]], said that
she nearly did not join because she assumed it would be “another poster campaign”. She ended up
writing half of the training course.

WHAT THEY BUILT

The group spent three months listening before it designed anything. It ran an anonymous survey that
412 control room staff answered, and [[person:Ms Dhillon]] and two other dispatchers held thirty
short conversations on nights and weekends. Three things came out clearly:

• call handlers wanted to talk to someone who knew what the job was like, straight after a bad
  call, not a week later;
• they wanted to be able to step away from the phone for ten minutes without having to justify it;
• they did not want to be sent to occupational health for something that was a normal reaction to
  an abnormal call.

So the group built three things.

The first was a peer supporter network. Forty control room staff volunteered and were trained over
two days in a course the group wrote, drawing on [[decoy:TRiM]] and on the [[decoy:Mind]] Blue Light
materials. At least one peer supporter is on every shift, wearing a lanyard, and any call handler can
ask them for a conversation.

The second was the “ten-minute rule”, agreed and signed by both sides: after a call that a call
handler finds distressing, they can take ten minutes off the phone, no questions asked, and the team
leader covers. It is recorded only as a number, never against a name.

The third was a pathway. A peer supporter can refer a colleague straight to a psychologist within
five working days, without going through a manager or occupational health, if the colleague agrees.

[[person:Agnieszka Nowak]], a clinical navigator and [[decoy:GMB]] member, built the rota tool that
makes sure every shift has a peer supporter, and updates it every week with the team leaders.

WHAT CHANGED

The group agreed its measures with the forum before the network started in September 2023, and it
reports them every quarter.

• Sickness absence for stress, anxiety and depression in the control rooms fell from 4.1 % to
  2.6 % of time in the first year.
• Turnover among emergency medical dispatchers fell from 29 % to 17 %.
• The ten-minute rule was used about 350 times a month, and call answering times did not get worse.
• In the 2024 staff survey, control room staff who said they felt supported after a distressing
  incident rose from 23 % to 61 %.
• 118 referrals went to the psychology pathway in the first year; 94 % were seen within five days.

The cost, mainly training time and psychology sessions, was about £160,000 in the first year. The
finance team and the staff side agreed that the fall in sickness absence and agency cover in the
control rooms more than paid for it.

WHY IT WAS PARTNERSHIP

It would have been easy for the service to take the staff side’s paper, thank them for it and
commission a wellbeing provider. Instead it gave the work to the people affected, with a manager
alongside them rather than above them.

[[person:Sam]] says: “We didn’t want to be consulted. We wanted to build it. And [[person:Yusuf]]
trusted us to.” [[person:Dr Demir]] says: “The staff side knew exactly what was wrong. My job was to
get out of the way and find the money.”

The network has survived the end of the project, two changes of control room manager and a winter
of record demand. Peer supporters now have a standing seat at the partnership forum, and the
ten-minute rule is written into local policy. [[person:Mx Okereke-Lowe]] and [[person:Ms Dhillon]]
train every new cohort of call handlers in it.

Our Director of People, [[person:Philippa Haworth-Jones]], endorses this entry. Our chief executive,
[[unlisted:Helen Van Zyl]], visited both control rooms on nights to meet the peer supporters, and
[[unlisted:Ms Van Zyl]] now asks for the quarterly figures at every board meeting.

BEYOND THE CONTROL ROOM

Crews in [[place:Lincolnshire]], [[place:Nottinghamshire]], [[place:Derbyshire]],
[[place:Leicestershire]] and [[place:Northamptonshire]] asked for the same thing, and in 2025 the
network was extended to road staff at stations from [[place:Skegness]] to [[place:Kettering]]. The
[[branch:East Midlands Ambulance GMB branch]] trained its own reps as peer supporters.

We worked with the [[partner:University of Lincoln]], which evaluated the first year, and with the
[[partner:University of Derby]], whose psychology trainees now do placements in the pathway.
[[partner:Lincolnshire Fire and Rescue]] control room staff trained alongside ours, and
[[partner:NHS Nottingham and Nottinghamshire ICB]] part-funded the second year.

SHARING IT

We presented the network to the [[decoy:Association of Ambulance Chief Executives]], to the
[[decoy:College of Paramedics]] and to the national [[decoy:Social Partnership Forum]], and two
services, in [[decoy:London]] and [[decoy:Leeds]], have visited to see it working. Call handlers
talk about it under [[handle:#EMASCallAfterTheCall]], and the staff side posts the quarterly figures
from [[handle:@EMASUnison]].

Any ambulance service can have a copy of the course, the ten-minute rule and the rota tool. Write to
[[contact:callafterthecall@emas.nhs.uk]], or ring the switchboard at
[[site:Nottingham Business Park]] on [[contact:0115 884 5000]] and ask for the peer support lead.
[[acronym:EMAS]] is proud of what its control room staff built, and so is
[[short:East Midlands Ambulance Service]]’s staff side.
`,
  },
  {
    id: "n02-morecambe-bay",
    odsCode: "RTX",
    style: "pasted e-mail thread with headers and signatures, hospitals known by their initials, Polish given name with diacritics and an English nickname, Zimbabwean name, Cumbrian and Lancashire towns",
    people: [
      { role: "employer_lead", name: "Heledd Rowlands", email: "heledd.rowlands@mbht.nhs.uk" },
      { role: "staff_lead", name: "Stanisław Kowalski", email: "stanislaw.kowalski@mbht.nhs.uk" },
      { role: "member", name: "Precious Chikwanha", email: "precious.chikwanha@mbht.nhs.uk" },
    ],
    identifyingTerms: ["RLI", "FGH", "WGH"],
    marked: `
We have chosen to show this piece of work through the e-mails that started it, lightly edited,
because they say more about how it happened than a summary could.

From: [[person:Stanisław Kowalski]] <[[contact:stanislaw.kowalski@mbht.nhs.uk]]>
To: [[person:Heledd Rowlands]]
Subject: Cross-site working – members’ concerns

Dear [[person:Heledd]],

As you know, since the changes to surgical rotas last year, a lot of theatre and ward staff are
being asked to work at both [[site:Furness General Hospital]] and the
[[site:Royal Lancaster Infirmary]] in the same week. For someone who lives in
[[place:Barrow-in-Furness]], a shift at the [[site:RLI]] is an hour each way on the
[[place:A590]], longer in winter, and the mileage rate doesn’t cover the fuel, never mind the time.
Several members have told me they will leave rather than keep doing it. Two already have.

The staff side would like to sit down with you and work this out properly. We don’t want to stop
cross-site working – we understand why it’s needed – but we want it to be fair.

Best wishes,
[[person:Stan]]
[[decoy:UNISON]] branch secretary, [[short:Morecambe Bay]]

——

From: [[person:Heledd Rowlands]] <[[contact:heledd.rowlands@mbht.nhs.uk]]>
To: [[person:Stanisław Kowalski]]
Subject: RE: Cross-site working – members’ concerns

[[person:Stan]],

Thank you. You’re right, and I’d rather fix it with you than defend it. Could we set up a small
group – you, me, a couple of your reps, the theatre managers, and someone from finance – and aim to
have something agreed by the spring? I’d like it to cover [[site:WGH]] in [[place:Kendal]] too,
because outpatients staff are in the same position.

[[person:Heledd]]
Director of Workforce, [[full:University Hospitals of Morecambe Bay NHS Foundation Trust]]

——

What happened next, in brief

The group met six times between January and April 2024. [[person:Precious Chikwanha]], a theatre
nurse and [[decoy:RCN]] steward at [[site:FGH]], surveyed the 380 staff who worked across sites. The
group agreed:

• travel time between sites counts as working time, on both the outward and the return journey;
• excess mileage is paid at the full [[decoy:Agenda for Change]] rate, with a minibus between
  [[place:Barrow]], [[place:Ulverston]] and [[place:Lancaster]] for early and late shifts;
• nobody is rostered at a second site without four weeks’ notice, except in an emergency agreed by
  the staff side;
• staff with caring responsibilities can opt out of cross-site working for up to a year.

Results after twelve months: leavers giving travel as the reason fell from 26 to 5; theatre lists
cancelled for lack of staff at [[site:Furness General]] fell by half; and in the staff survey, the
share of cross-site staff who said their work–life balance was supported rose from 31 % to 58 %.

[[person:Ms Chikwanha]] says: “People in [[place:Furness]] feel a long way from everything. This
was the first time they felt somebody had noticed the road.”

[[partner:Westmorland and Furness Council]] helped plan the minibus route, [[partner:Lancaster University]]
evaluated the survey, and the [[partner:Lancashire and South Cumbria ICB]] has asked other trusts
with several sites to look at it. We have shared it through the [[decoy:Social Partnership Forum]]
and under [[handle:#UHMBTravelFair]]. [[acronym:UHMBT]] staff can find the agreement on the intranet,
and [[decoy:the Trust]] will review it with the staff side every year.
`,
  },
  {
    id: "n03-northern-care-alliance",
    odsCode: "RM3",
    style: "reflective account by the staff side chair in long sentences, alliance name with no place in it, predecessors by full name and short form, surname with a straight apostrophe written curly, Japanese hyphenated surname, Zulu name",
    people: [
      { role: "employer_lead", name: "Kenji Watanabe-Lloyd", email: "kenji.watanabe-lloyd@nca.nhs.uk" },
      { role: "staff_lead", name: "Maureen O'Hagan", email: "maureen.ohagan@nca.nhs.uk" },
      { role: "member", name: "Sibusiso Dlamini", email: "sibusiso.dlamini@nca.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
Retire, return, and be welcome: a reflection from the staff side

I have been a nurse for thirty-eight years and a [[decoy:UNISON]] steward for most of them, and I
have watched a great many good people retire from [[full:Northern Care Alliance NHS Foundation Trust]]
and from the organisations before it, [[former:Salford Royal NHS Foundation Trust]] and
[[former:Pennine Acute Hospitals NHS Trust]], not because they wanted to stop working but because
nobody had ever sat down with them and asked what would make them stay, and the pension rules were
so confusing that most of them assumed that retiring and coming back was either impossible or not
worth the trouble. My name is [[person:Maureen O’Hagan]], though nobody on the wards at
[[site:the Royal Oldham]] has called me anything but [[person:Reenie]] since 1987, and this is the
story of how we changed that.

It started in the autumn of 2023, when I was asked to speak at a leaving do for a sister on a
medical ward at [[site:Fairfield General Hospital]] in [[place:Bury]], who told me over a cup of tea
that she would have done two more years on three days a week if anybody had offered, and that she
was going to work for an agency instead, on the same ward, for more money and less security, because
that was the only way she could see of cutting her hours. I went to the next meeting of the
partnership forum and said that we were paying agencies to employ our own retired nurses, and our
Deputy Chief People Officer, [[person:Dr Kenji Watanabe-Lloyd]], said that if that was true he
wanted to know how often it happened, and asked whether the staff side would help him find out.

We found out together. [[person:Dr Watanabe-Lloyd]]’s team matched the names of people who had
retired in the previous three years against the agency and bank records, with the staff side
checking the method so that nobody could say it had been done to make a point, and it turned out
that one in six of the nurses and allied health professionals who had retired had come back within a
year through an agency, mostly to the same hospital and many to the same ward. [[person:Kenji]] said
afterwards that it was the most expensive thing he had ever found out by accident.

So we designed a retire and return scheme in partnership, with reps from [[decoy:UNISON]],
[[decoy:the RCN]], [[decoy:the Chartered Society of Physiotherapy]] and [[decoy:Unite]] on the
working group, and the pensions team, and three nurses who had retired and returned already and
could tell us what had gone wrong for them. We agreed that everybody over fifty-five would be offered
a conversation about their plans, with a rep present if they wanted one, at least a year before they
might retire; that anyone who retired and returned would keep their band, their length of service
for leave and a guaranteed pattern of hours of their choosing; and that the pensions team would run
sessions at [[site:Salford Royal]], [[site:Rochdale Infirmary]] and the other sites, explaining the
[[decoy:NHS Pension Scheme]] rules in plain English, with the [[decoy:NHS Business Services Authority]]
answering questions that we could not.

[[person:Sibusiso Dlamini]], a physiotherapist and [[decoy:CSP]] steward who had worked in pensions
administration before he retrained, ran most of those sessions himself, and I think it was because
of him that people trusted them; [[person:Mr Dlamini]] never once pretended that a rule was simpler
than it was.

In the first eighteen months, 214 people had a conversation, 131 chose to retire and return, and the
number of our own retired staff working for us through agencies fell from 97 to 12, which the finance
team estimates has saved a little over two million pounds. Our chief executive,
[[unlisted:Dr Aisling Brereton-Quayle]], told the board that it was the best return on a
conversation she had ever seen.

It was not all smooth, and I would be misleading the judges if I said it was. In the first months
some managers, mostly on the surgical side at [[site:Salford Royal]], told people who asked about
retiring and returning that there were no posts, because they had not read the scheme and assumed it
meant creating new ones, and we had to go round the divisions with [[person:Kenji]] explaining that
the posts were the ones the retiring staff already held. Some of the older nurses who had come to us
from [[former:Pennine Acute]] had been told years before that they could never come back once they
had drawn their pension, and it took more than one session to persuade them that the rules had
changed. And there was a real argument, which took three meetings to settle, about whether people who
returned should be able to choose nights only; the staff side wanted it, the ward managers did not,
and in the end we agreed that they could for a year and then the pattern would be reviewed with a rep
present, which has worked, though I still think the managers were more worried than they needed to
be. A healthcare assistant at the [[site:Royal Oldham Hospital]] who had retired in the spring and
come back in the autumn on two long days a week told the forum that the best thing about the scheme
was that she had been asked what she wanted, which after forty-one years was, she said, a first,
and I have used her words ever since whenever anyone asks me what partnership is for.

We did not do this alone. [[partner:Salford City Council]] and [[partner:Oldham Council]] shared
their own retire and return arrangements, [[partner:NHS Greater Manchester]] has asked us to share
the scheme across the city region, and the [[partner:University of Salford]] is interviewing people
who came back to find out what mattered most to them. Colleagues have been sharing their return
stories under [[handle:#NCAWelcomeBack]] and the staff side at [[acronym:NCA]] posts each new cohort
from [[handle:@NCA_StaffSide]].

I have been asked what other trusts could learn from this, and the answer is that the money was
always there, and the people were always there, and the only thing missing was a conversation.
Anybody who wants our conversation guide can ring the partnership office on
[[contact:0161 789 7373]] or write to us at [[site:Salford Royal]], [[place:Stott Lane]],
[[place:Salford]], [[contact:M6 8HD]], and I will send it myself. [[person:Ms O’Hagan]],
staff side chair, [[short:Northern Care Alliance]], and, by the time you read this, retired and
returned.
`,
  },
];
