// Redaction corpus, part AA: entries for real organisations of the register, marked up as in markup.ts,
// written before the redactor's changes of session 9 and measured first, as a check against tuning.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AA: MarkedEntry[] = [
  {
    id: "aa01-leeds-teaching",
    odsCode: "RR8",
    style: "large Yorkshire teaching trust: two main hospitals by nickname and initials, wings named after places and a jubilee, a site name split by a hard line break, an Irish surname with a curly apostrophe, a Yoruba name with a short form, a union branch named after the trust, a football club's foundation",
    people: [
      { role: "employer_lead", name: "Oluwaseun Adeyemi", email: "oluwaseun.adeyemi@nhs.net" },
      { role: "staff_lead", name: "Declan O’Rourke", email: "declan.orourke@nhs.net" },
      { role: "member", name: "Zhang Wei", email: null },
      { role: "endorser", name: "Bernadette Kowalczyk", email: null },
    ],
    identifyingTerms: ["St James's", "LGI"],
    marked: `
REST AND REFUEL: SOMEWHERE TO STOP ON A NIGHT SHIFT

The problem

At [[full:Leeds Teaching Hospitals NHS Trust]] around 4,000 people work through the night on any given
shift. In 2022 our night staff told the [[branch:Leeds Teaching Hospitals UNISON branch]] that they had
nowhere to eat a hot meal after 8pm, that rest rooms had been turned into stores during the pandemic,
and that some people were sleeping in their cars between long days. Staff at [[site:St James’s]] —
“[[site:Jimmy’s]]” to most of [[place:Leeds]] — said the one vending machine in the [[site:Bexley Wing]]
was empty by midnight.

[[acronym:LTHT]] and its staff side agreed to fix it together rather than wait for a capital bid.

Who led it

[[person:Oluwaseun Adeyemi]], our deputy director of estates, and [[person:Declan O’Rourke]], branch
secretary and a theatre porter at the [[site:Leeds General
Infirmary]] for twenty-two years, co-chaired the group. “[[person:Seun]] came on a night walk-round
with me at 3am in February,” says [[person:Declan]]. “After that I didn’t have to explain anything.”
[[person:Mr Adeyemi]] says the walk-round was [[person:O’Rourke]]’s idea and the best hour he spent all year.

[[person:Zhang Wei]], a biomedical scientist in the blood sciences lab and [[decoy:Unite]] rep, brought in
the laboratory and pharmacy night teams, who are easily forgotten. [[person:Wei]] ran the survey that
started it all: 1,312 replies in three weeks.

What we did

- Reopened eleven rest rooms across the [[site:LGI]], [[site:St James's]], [[site:Chapel Allerton Hospital]]
  and [[site:Seacroft]], each one chosen by the staff who use it.
- Put hot food on at night: the restaurant in the [[site:Jubilee Wing]] now opens 1am–3am, and there are
  fridges and microwaves on every floor of the [[site:Gledhow Wing]].
- Made “take your break” a rule agreed in the [[decoy:Joint Negotiating and Consultative Committee]],
  with the nurse in charge protecting it, not the individual.
- Opened two rest pods with recliners in [[site:Leeds Children’s Hospital]], where the parents’ kitchen
  had been the only option.
- Gave our community and outreach staff at [[site:Wharfedale Hospital]] in [[place:Otley]] the same
  vouchers as the main sites.

The ward manager on Ward J12, [[person:Bernie Kowalczyk]], put it plainly in the first
meeting: “My nurses are fainting on nights because they haven’t eaten. That isn’t resilience.”
[[person:Bernadette]] later endorsed this entry.

What changed

Night staff who said they could take a proper break rose from 38 % to 71 % in a year. Sickness
absence on nights at the [[site:General Infirmary]] fell from 6.9 % to 5.2 %. The [[decoy:NHS Staff Survey]]
question on adequate rest facilities rose by 14 points, the biggest rise in the
[[place:West Yorkshire]] acute trusts. Car-sleeping, which we asked about anonymously, fell by more
than half.

Partners

[[partner:Leeds Hospitals Charity]] paid for the rest pods and the recliners. [[partner:Leeds City Council]]
extended the night bus from the city centre to [[site:Jimmy’s]] and [[site:Chapel A]]; the
[[partner:Leeds United Foundation]] donated match-day tickets for the night staff prize draw; and
[[partner:Leeds Beckett University]] evaluated the scheme. [[partner:NHS West Yorkshire ICB]] has asked
other trusts in [[place:Bradford]] and [[place:Wakefield]] to look at it.

What we learned

You cannot design for nights in daytime. Every decision about a rest room was made by people who work
in it at 4am. Nights are not just a problem in big cities like [[decoy:London]] or [[decoy:Manchester]]:
every hospital has them, and every hospital has somewhere that could be a rest room.

Our chief executive, [[unlisted:Dame Roisin Fitzgerald-Achebe]], opened the first pod on a night shift,
and the [[decoy:Trust Board]] now has a night-time walk-round twice a year. The [[decoy:NHS Employers]]
wellbeing team has used our guide as an example for the sector.

Contact [[contact:rest.refuel@leedsth.nhs.uk]], follow [[handle:@LeedsHospitals]] and [[handle:#LTHTnights]], or
visit [[contact:www.leedsth.nhs.uk]].
`,
  },
  {
    id: "aa02-south-london-maudsley",
    odsCode: "RV5",
    style: "London mental health trust: the acronym in three spellings, famous hospitals by bare names, buildings named after psychiatrists, a secure unit by its house name, a Caribbean hyphenated surname with a familiar form, a Polish name with diacritics and a diminutive, an Arabic name with the article, the university partners by initials",
    people: [
      { role: "employer_lead", name: "Farah Al-Sayegh", email: "farah.al-sayegh@slam.nhs.uk" },
      { role: "staff_lead", name: "Delroy Campbell-Hinds", email: "delroy.campbell-hinds@slam.nhs.uk" },
      { role: "member", name: "Agnieszka Wiśniewska", email: null },
    ],
    identifyingTerms: [],
    marked: `
Safe to Say: ending racist abuse of staff on inpatient wards

Why this mattered

Black and minority ethnic staff make up more than half of the workforce on our inpatient wards. In
2021, 41 % of them at [[full:South London and Maudsley NHS Foundation Trust]] told the
[[decoy:NHS Staff Survey]] they had been harassed or abused by patients or relatives in the past year, and
most had stopped reporting it. The [[decoy:Workforce Race Equality Standard]] figures for [[acronym:SLaM]]
were among the worst in [[place:south London]].

[[branch:SLaM UNISON]] and the trust agreed that this was a partnership problem, not an HR problem.

Who

[[person:Farah Al-Sayegh]], associate director of nursing for acute care, and
[[person:Delroy Campbell-Hinds]], a charge nurse at [[site:Lambeth Hospital]] and the branch’s
equality officer, led the work. Everyone calls him [[person:Del]]. “I’d been on [[site:Luther King ward]]
eleven years,” he says, “and I had a folder of incidents I never sent, because nothing happened when I
did.” [[person:Ms Al-Sayegh]] says [[person:Del]]’s folder became the project plan.

[[person:Agnieszka Wiśniewska]], a healthcare assistant at the [[site:Bethlem]] and [[decoy:RCN]] steward,
made sure it was not only about race: Eastern European staff faced abuse for their accents too.
[[person:Aga]], as she is known on the ward, ran the listening sessions in Polish and English.

What we did

1. A shared statement, agreed by the [[decoy:Joint Staff Committee]], read to every patient on
   admission and displayed on every ward: abuse of staff for who they are is not part of the job.
2. A “stop, name, support” response: the nurse in charge stops the abuse, names it to the patient,
   and the member of staff is offered time off the ward and a debrief.
3. Reporting made easy: a two-minute form and a promise of a reply from a senior nurse in 48 hours.
4. Training, co-written with patients from the [[site:Maudsley]] and [[site:Bethlem Royal Hospital]] service
   user groups, so that it was not imposed from above.

The pilot ran on six wards: two at the [[site:Maudsley Hospital]] on [[place:Denmark Hill]], two at
[[site:Lambeth Hospital]], and two at [[site:the Bethlem]] in [[place:Beckenham]], including the
[[site:River House]] medium secure unit. The trust’s training team in [[site:Mapother House]] and the
psychology staff in [[site:Douglas Bennett House]] wrote the debrief guide.

What happened

Reports of racist abuse went up by 140 % in the first six months, which we had expected: people
started reporting. By month eighteen, staff on the pilot wards who said they had been abused fell
from 44 % to 29 %, and the share who said they would report it rose from 23 % to 68 %. The [[short:South
London and Maudsley]] wards outside the pilot asked to join; all 52 wards now use it.

Partners

[[partner:King’s College London]]’s [[partner:IoPPN]] evaluated the pilot, the [[partner:Maudsley Charity]]
funded the training, and [[partner:Lambeth Council]] and [[partner:Southwark Council]] used the shared
statement in their own housing offices. [[partner:NHS South East London ICB]] presented it to the
[[decoy:London]] mental health providers, and [[partner:Millwall Community Trust]] made a short film with
our staff for the [[place:Bermondsey]] youth project.

What people said

A nurse on [[site:Gresham 1]] wrote: “For the first time somebody stood next to me and said it out loud.”
A consultant, [[unlisted:Dr Obinna Eze-Whitfield]], said the statement gave doctors permission to act too.
Our chief executive, [[unlisted:Ms Nadia Haddad-Ross]], chairs the oversight group.

Contact [[contact:safetosay@slam.nhs.uk]] or follow [[handle:@MaudsleyNHS]] and [[handle:#SLAMSafeToSay]].
`,
  },
  {
    id: "aa03-isle-of-wight-ambulance",
    odsCode: "R1F",
    style: "island trust's ambulance service: the service named without the trust, stations by town, the island by its nickname, ferry companies and a hospice named after a person as partners, a Welsh name with a short form, an Igbo name with a familiar form, a Channel Islands particle, a paramedic nickname in quotes",
    people: [
      { role: "employer_lead", name: "Priya Raghunathan", email: "priya.raghunathan@iow.nhs.uk" },
      { role: "staff_lead", name: "Gethin Pritchard", email: "gethin.pritchard@iow.nhs.uk" },
      { role: "member", name: "Chukwuemeka Obi", email: null },
    ],
    identifyingTerms: ["Isle of Wight Ambulance Service"],
    marked: `
NO ONE WAITS ALONE: HANDOVER DELAYS SOLVED ON AN ISLAND

The challenge

On an island there is no neighbouring hospital to divert to. When ambulances queue outside
[[site:St Mary’s Hospital]] in [[place:Newport]], there is nobody to send to the next call in
[[place:Ventnor]] or [[place:Freshwater]]. In winter 2022 the [[site:Isle of Wight Ambulance Service]]
lost an average of 61 crew-hours a day to handover delays, and our crews were spending whole shifts
in the back of a vehicle in the car park.

[[full:Isle of Wight NHS Trust]] is the only trust in [[decoy:England]] that runs acute, community,
mental health and ambulance services together. That should have made this easy. It did not, until the
staff side made it a joint project.

The team

[[person:Priya Raghunathan]], head of urgent and emergency care, and [[person:Gethin Pritchard]], a
paramedic at [[site:Ryde ambulance station]] and [[decoy:UNISON]] convenor, led the work. [[person:Geth]]
— born in [[decoy:Cardiff]], on [[place:the Island]] for eighteen years — says: “[[person:Priya]] was the first
manager who came and stood in the ambulance bay at 2am. We didn’t need slides after that.”

[[person:Chukwuemeka Obi]], an emergency department nurse and [[decoy:RCN]] steward, spoke for the ED.
“[[person:Emeka]] reminded us that nurses hated the queue as much as the crews did,” says
[[person:Ms Raghunathan]]. [[unlisted:Dave “Tommo” Thompson]], our longest-serving technician at the
[[site:Cowes]] standby point, trained the first cohort of handover nurses.

What we changed

- A rapid handover area next to the ED, staffed by a nurse and a paramedic together, so crews hand over
  in fifteen minutes and leave.
- A “call before convey” line from crews to the [[acronym:IOW]] frailty team, so that a fall in
  [[place:Sandown]] can be seen at home the same day.
- A joint escalation rule, agreed at the [[decoy:Joint Consultative and Negotiating Committee]]: after 30
  minutes the ED consultant and the ambulance duty manager meet at the vehicle.
- Shift changes at [[site:Newport station]] moved by 30 minutes so crews were not finishing in the queue.

What happened

Average handover fell from 49 minutes to 17. Crew-hours lost fell by 78 %. Late finishes for
ambulance staff fell by half, and the [[decoy:NHS Staff Survey]] score for “I am able to meet the
conflicting demands on my time” rose by 12 points in the ambulance service. The
[[decoy:Association of Ambulance Chief Executives]] has shared our rapid handover model with other
services, and the [[decoy:Care Quality Commission]] noted it in its last report.

Working with others

[[partner:Isle of Wight Council]]’s adult social care team took part in the “call before convey” rota.
The [[partner:Earl Mountbatten Hospice]] gave us a direct line for patients at the end of life.
[[partner:Red Funnel]] and [[partner:Wightlink]] agreed priority boarding for crews transferring
patients to the mainland, and [[partner:Hampshire and Isle of Wight Fire and Rescue Service]] co-responds
in [[place:West Wight]]. The work was funded by [[partner:NHS Hampshire and Isle of Wight ICB]].

What crews said

A paramedic at [[site:Ryde]] wrote: “I used to dread the car park more than the jobs.” The ED sister,
[[unlisted:Rachel le Page]], said her nurses no longer feel they are “holding the ambulance hostage”.

[[person:Gethin]] adds: “On the [[place:Isle of Wight]], everybody knows everybody. When a crew is stuck outside
[[site:St Mary’s]], it’s your neighbour waiting on the next job.” Our chief executive,
[[unlisted:Mr Kieran Ó Súilleabháin]], has asked us to write it up for the [[decoy:NHS Confederation]].

Contact [[contact:handover@iow.nhs.uk]], call [[contact:01983 524081]], or follow [[handle:@IOWNHSTrust]]
and [[handle:#IsleOfWightAmbulance]].
`,
  },
];
