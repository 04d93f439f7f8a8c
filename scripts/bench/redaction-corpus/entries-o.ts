// Redaction corpus, part O: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_O: MarkedEntry[] = [
  {
    id: "o01-london-ambulance",
    odsCode: "RRU",
    style: "podcast transcript with speaker labels and stage directions, ambulance name made of a city and generic words, host not on record, Sikh name with a nickname, other cities as decoys",
    people: [
      { role: "employer_lead", name: "Tamsin Carvalho", email: "tamsin.carvalho@nhs.net" },
      { role: "staff_lead", name: "Harjit Singh Bhamra", email: "harjit.bhamra@nhs.net" },
      { role: "member", name: "Khadija Osman", email: "khadija.osman@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
TRANSCRIPT: “ON SHIFT” STAFF PODCAST, EPISODE 41 – A UNIFORM THAT FITS

We submit this transcript, edited for length, as the summary of our entry. The podcast is made by
and for staff of [[full:London Ambulance Service NHS Trust]].

[[unlisted:RICKY DELAHUNTY]] (host): Welcome back to On Shift. I’m [[unlisted:Ricky]], and today
I’ve got three guests who spent eighteen months arguing about trousers. [laughter] Introduce
yourselves.

[[person:TAMSIN CARVALHO]]: I’m [[person:Tamsin]], Head of Fleet and Logistics, which means uniform
is my budget and, for a while, my headache.

[[person:HARJIT SINGH BHAMRA]]: I’m [[person:Harj]], paramedic for fourteen years, and [[decoy:UNISON]]
rep for the south-east sector. I brought the complaints.

[[person:KHADIJA OSMAN]]: I’m [[person:Khadija]], emergency medical technician, and I’m the reason
there’s now a uniform hijab in the catalogue.

[[unlisted:RICKY]]: Let’s start there. What was wrong with the uniform?

[[person:HARJIT]]: It was designed for one body. Tall man, no religion, never pregnant, never
menopausal. Many of our road staff are women and we serve the most diverse city in the country. Members were buying their own trousers because the issued ones didn’t fit, and then being
told off for being out of uniform. Sikh colleagues had no approved turban colour. Women going through
the menopause were overheating in polyester in an ambulance with the heater stuck on. [laughter]

[[person:TAMSIN]]: And I was getting the complaints one at a time, which meant I was fixing them one
at a time, which meant I wasn’t fixing them.

[[unlisted:RICKY]]: So who suggested working on it together?

[[person:TAMSIN]]: [[person:Harj]] did. He came to the joint partnership forum with a box of
uniforms that didn’t fit, put it on the table, and said: “Give us a year and a budget and we’ll
design it with you.”

[[person:HARJIT]]: I did also say we’d go to the press otherwise. [laughter] But we meant the first
bit.

[[unlisted:RICKY]]: What did the group actually do?

[[person:KHADIJA]]: We had thirty-two wearers on it – road staff, control room, fleet, patient
transport – plus reps from [[decoy:UNISON]], [[decoy:GMB]] and [[decoy:Unite]], and
[[person:Tamsin]]’s procurement team. We wear-tested nine fabrics on real shifts, in stations from
[[place:Romford]] to [[place:Croydon]]. I tested the hijab designs with eleven colleagues: it has to
stay on when you’re kneeling on a pavement doing compressions, and come off fast if it gets caught.
We worked with [[partner:London Fire Brigade]], because they’d already been through the same thing.

[[person:Ms Carvalho]]: The agreement we signed has four parts. Sizes and cuts for every body,
including maternity wear from the day you tell us. Approved religious dress – hijabs, turbans,
patkas – in the service colours, issued free. Menopause-friendly base layers for anyone who asks,
no questions. And a rule that nobody gets disciplined for uniform until they’ve been offered one
that fits.

[[unlisted:RICKY]]: Numbers?

[[person:TAMSIN]]: Complaints about uniform: from about forty a month to four. Staff buying their
own kit: from 36 % in our survey to 5 %. And the cost was flat, because we stopped buying thousands
of garments in sizes nobody wore.

[[person:Mr Bhamra]]: And in the staff survey, women on the road who said they felt the service
valued them went up nine points. That’s not just trousers. That’s being listened to.

[[unlisted:RICKY]]: Has anyone else asked about it?

[[person:Ms Osman]]: Ambulance services in [[decoy:Manchester]] and [[decoy:Birmingham]] have.
The [[decoy:Association of Ambulance Chief Executives]] has put our specification in its national
procurement pack, and [[decoy:NHS England]] shared it with the other services.

[[unlisted:RICKY]]: Last word?

[[person:HARJIT]]: Bring the box of uniforms to the meeting. [laughter] Seriously, put the problem
on the table where everyone can see it.

[[unlisted:RICKY]]: That was On Shift from [[acronym:LAS]]. Find every episode on the intranet, and
follow the uniform story under [[handle:#LASFitForAll]] or at [[handle:@LAS_Unison]]. Questions for
the group go to [[contact:uniform.group@nhs.net]]. From all of us at [[short:London Ambulance]],
and at [[site:Waterloo Road]] – thanks for listening.

[END OF TRANSCRIPT]

Supporting note from the leads: the agreement is in force across [[place:London]], reviewed every
year by the joint partnership forum, and [[decoy:the Trust]] has committed the uniform budget for
three more years.
`,
  },
  {
    id: "o02-great-ormond-street",
    odsCode: "RP4",
    style: "ten numbered lessons, children’s hospital named after its street, partner institute sharing the hospital’s name, Spanish name with the particle de la, Norwegian and Southern African names",
    people: [
      { role: "employer_lead", name: "Ingrid Solberg", email: "ingrid.solberg@gosh.nhs.uk" },
      { role: "staff_lead", name: "Rafael Domínguez de la Torre", email: "rafael.dominguezdelatorre@gosh.nhs.uk" },
      { role: "member", name: "Thandiwe Mokoena", email: "thandiwe.mokoena@gosh.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
COMING BACK: TEN THINGS WE LEARNED FROM REDESIGNING THE RETURN FROM PARENTAL LEAVE TOGETHER

At [[full:Great Ormond Street Hospital for Children NHS Foundation Trust]] most of our staff
are women, and every year many of them come back from maternity, adoption or
shared parental leave. In 2022 one in five did not come back at all, and of those who did, many told
us the return was the hardest part. The staff side, led by [[decoy:Unite]] steward and paediatric
nurse [[person:Rafael Domínguez de la Torre]], and our Deputy Chief People Officer,
[[person:Ingrid Solberg]], spent a year redesigning it with the people who had been through it.
Here is what we learned.

1. Ask the people who left. [[person:Rafa]] and [[person:Ms Solberg]] wrote to everyone who had
   not returned in the previous two years. Sixty-one replied. Almost all said the same thing: nobody
   talked to them about coming back until a fortnight before they did.

2. Start the conversation early. Every parent now has a return conversation with their manager and,
   if they want one, a rep, three months before they come back. [[person:Mr Domínguez de la Torre]]
   insisted on the rep; it has been requested in a third of conversations.

3. Pay for keeping in touch. Keeping-in-touch days are paid, booked in advance, and can be used for
   training, so nobody returns to a ward that has changed around them.

4. Phase the return. Parents can return on reduced hours for up to eight weeks, on full pay, using
   accrued annual leave topped up by [[decoy:the Trust]].

5. Find a room. [[person:Thandiwe Mokoena]], a play specialist and [[decoy:UNISON]] rep, found and
   fought for four rooms for expressing milk, one of them in the [[site:Zayed Centre]] for research
   staff. [[person:Thandiwe]] says the rooms were the thing people thanked her for most.

6. Protect nights. Returning parents cannot be put on nights for their first three months without
   their agreement. Managers worried about this; it has caused no gaps on any rota.

7. Tell managers what good looks like. The group wrote a two-page guide with [[decoy:Maternity Action]]
   and checked it against [[decoy:Agenda for Change]] section 15 and [[decoy:NHS Employers]] guidance.

8. Count it. Staff returning from parental leave rose from 81 % to 94 % in two years, and those still
   with us a year after returning rose from 72 % to 88 %.

9. Share it beyond the hospital. The [[partner:UCL Great Ormond Street Institute of Child Health]]
   adopted the guide for its own staff, [[partner:Camden Council]] asked for it for its children’s
   services, and the [[partner:North Central London ICB]] has shared it with every trust in the area.
   Colleagues in [[place:Bloomsbury]] and across [[place:London]]’s other hospitals have asked for
   the conversation template.

10. Keep it jointly owned. The guide belongs to the joint staff committee, not to HR. It is reviewed
    every year by [[person:Ingrid]] and [[person:Rafa]] together.

Staff at [[short:Great Ormond Street]] have shared their return stories under
[[handle:#GOSHComingBack]], and [[acronym:GOSH]] staff side posts the figures from
[[handle:@GOSHStaffSide]]. For the guide, write to [[contact:comingback@gosh.nhs.uk]].
`,
  },
  {
    id: "o03-frimley-health",
    odsCode: "RDU",
    style: "hurried plain typing with straight apostrophes and some lower-case names, predecessor trusts by name, an ICB sharing the trust's place name, Filipino particle Dela, Keralan and Yoruba names, nurses' home cities as decoys",
    people: [
      { role: "employer_lead", name: "Marisol Dela Cruz", email: "marisol.delacruz@nhs.net" },
      { role: "staff_lead", name: "Anilkumar Thekkethil", email: "anilkumar.thekkethil@nhs.net" },
      { role: "member", name: "Oluwakemi Adebisi", email: "oluwakemi.adebisi@nhs.net" },
    ],
    identifyingTerms: ["Wexham Park", "Heatherwood", "Frimley Park"],
    marked: `
summary - international nurses, pay progression and a proper welcome

[[full:Frimley Health NHS Foundation Trust]] has recruited hundreds of internationally educated nurses
and midwives in the last five years. they trained in [[decoy:Manila]], [[decoy:Kochi]],
[[decoy:Lagos]] and [[decoy:Harare]] and many of them had ten or fifteen years experience before
they came. but when they got here most were put on band 5, the bottom of it, and stayed there, with
no account taken of their experience, and the staff side started to hear that they were being asked
to do band 6 work without band 6 pay. some were leaving for other trusts after 2 years, as soon as
their visa allowed.

[[person:Anilkumar Thekkethil]] (everyone calls him [[person:Anil]]) is a charge nurse at
[[site:Wexham Park Hospital]] and [[decoy:RCN]] steward, he came from Kerala himself in 2016. he
raised it at the JNCC in march 2023 with a petition signed by 340 international nurses. the deputy
chief nurse, [[person:Marisol Dela Cruz]], who came from the Philippines 20 years ago and started on
band 5 herself, said straight away that she would work on it with him.

what we did
- set up a joint group: 4 international nurses, 2 reps ([[decoy:RCN]] and [[decoy:UNISON]]), 2
  matrons, HR, and the practice development team
- agreed a way to recognise previous experience for pay, using the [[decoy:Agenda for Change]]
  rules on starting pay that had been there all along but never used. every international nurse
  already with us was reviewed, and 412 moved up pay points, with back pay
- made a clear route to band 6: a portfolio, an interview, and a mentor from the international
  nurses network. [[person:Oluwakemi Adebisi]] ([[person:Kemi]]), a ward sister at
  [[site:frimley park]] who came from Nigeria, designed the mentor scheme
- put a rep in every induction cohort so new nurses know the staff side from day one
- pastoral support: a named buddy for the first year, help with housing in [[place:Slough]] and
  [[place:Camberley]], and a welcome week at [[site:Heatherwood]] in [[place:Ascot]]

results
- international nurses promoted to band 6: 19 in 2022, 87 in 2024
- leavers among international nurses in their first 3 years: down from 24% to 11%
- staff survey, internationally educated staff saying they have equal opportunities for career
  progression: up from 38% to 59%
- grievances from international nurses about pay: 17 in 2022, 2 in 2024

why it's partnership
[[person:Ms Dela Cruz]] and [[person:Mr Thekkethil]] co-chaired every meeting. the staff side
chose the measures. the nurses designed the mentor scheme, not HR. when the first pay review found
nurses who should have been on higher pay for years, [[person:Marisol]] got the back pay agreed by
the board in a month, and [[person:anil]] went round the wards to explain it himself.

some of our longest serving staff remember when the hospitals were separate trusts, and the nurses
from [[former:Heatherwood and Wexham Park Hospitals NHS Foundation Trust]] and from
[[former:Frimley Park Hospital NHS Foundation Trust]] were on different local rules, which was
part of the mess we sorted out.

partners
- [[partner:NHS Frimley]] (our ICB) funded the mentors' time for a year
- [[partner:Slough Borough Council]] helped with housing advice
- [[partner:University of Surrey]] did the evaluation
- the [[decoy:Nursing and Midwifery Council]] and [[decoy:NHS Employers]] have both used our
  experience recognition guide

sharing - we've shared it under [[handle:#FrimleyWelcomes]] and [[handle:@FHFTInternationalNurses]],
and trusts as far away as [[decoy:Leeds]] have asked for the guide. contact
[[contact:fhft.internationalnurses@nhs.net]]. [[acronym:FHFT]] and [[short:frimley health]]
staff side will keep reviewing it every year.
`,
  },
];
