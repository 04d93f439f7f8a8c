// Redaction corpus, part P: entries for real organisations of etr.csv, marked up as in markup.ts,
// written after the redactor's rules of decision 030 so they were not tuned on. Every person,
// e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_P: MarkedEntry[] = [
  {
    id: "p01-sheffield-teaching",
    odsCode: "RHQ",
    style: "question-and-answer interview, site nicknames, union branch after the union, Yoruba and Scots names, nickname in brackets",
    people: [
      { role: "employer_lead", name: "Oluwafunmilayo Adeyemi", email: "funmi.adeyemi@nhs.net" },
      { role: "staff_lead", name: "Alasdair McLeod", email: "alasdair.mcleod@nhs.net" },
      { role: "member", name: "Gwen Hartley-Moss", email: null },
    ],
    identifyingTerms: [],
    marked: `
Q&A: how the porters’ rota was rebuilt together

We asked the two people who led the work at [[full:Sheffield Teaching Hospitals NHS Foundation Trust]]
to tell the story in their own words.

Q: Where did it start?

[[person:Oluwafunmilayo Adeyemi]] (deputy director of workforce, known to everyone as [[person:Funmi]]): It
started with a grievance. Forty porters at the [[site:Northern General]] signed it in one night. They
were working split shifts that nobody on the management side had looked at since 2009. I read it and
thought: they are right, and we should say so.

[[person:Alasdair McLeod]] ([[branch:UNISON Sheffield Hospitals branch]] secretary): The branch
had raised it before. What was different this time was that [[person:Funmi]] rang me the next morning
and asked what a fair rota would look like. Nobody had asked that before.

Q: Who was in the room?

[[person:Alasdair]]: Porters from both sides of the city, from the [[site:Hallamshire]] as well as the
[[site:Northern General]], two supervisors, two reps from [[decoy:GMB]], and [[person:Gwen Hartley-Moss]]
from the rostering team, who could tell us what the system would and would not do.

[[person:Funmi]]: We met every fortnight for six months, always on a late shift so night porters could
come. [[person:Ms Hartley-Moss]] built eleven versions of the rota before we had one that everyone
could live with.

Q: What changed?

[[person:Alasdair]]: Split shifts went. Every porter now has a fixed pattern for eight weeks at a time,
swaps are agreed on an app, and nobody works more than three nights in a row. Sickness among porters
fell from 8.1 % to 5.2 % in a year.

[[person:Funmi]]: And we learned to share numbers early. I sent [[person:Alasdair]] every draft before
my own directors saw it. That built more trust than any policy.

Q: What would you tell another trust?

[[person:Alasdair]]: Start with the people who do the job. Our porters knew the answer before we did.

[[person:Funmi]]: Use the [[decoy:NHS Staff Survey]] results, but walk the corridors too. The survey
told us morale was low; the porters’ lodge at the [[site:Hallamshire]] told us why.

Q: Where can people find out more?

Both are happy to talk to anyone planning the same: write to [[contact:partnership@sth.nhs.uk]] or find
the branch at [[handle:@STHUnison]]. The rota toolkit is shared through the [[decoy:Social Partnership Forum]]
and with colleagues at [[partner:Sheffield Health and Social Care]] and the [[partner:University of Sheffield]],
who evaluated it. [[short:Sheffield Teaching]] is now using the same approach for domestic staff,
starting at [[site:Weston Park]] in the spring, and a third cohort will follow in [[place:Rotherham]].
`,
  },
  {
    id: "p02-hull-university-teaching",
    odsCode: "RWA",
    style: "formal minutes extract with numbered items, initials in brackets, register site as headquarters, comma-less name",
    people: [
      { role: "employer_lead", name: "Catriona Fairweather", email: "catriona.fairweather@nhs.net" },
      { role: "staff_lead", name: "Desmond Okoro-Blake", email: "desmond.okoro-blake@nhs.net" },
      { role: "endorser", name: "Prof. Hilary Sutcliffe", email: null },
    ],
    identifyingTerms: ["Castle Hill"],
    marked: `
EXTRACT FROM THE MINUTES OF THE JOINT NEGOTIATING AND CONSULTATIVE COMMITTEE

Present: [[person:Catriona Fairweather]] (CF, Director of People, Chair), [[person:Desmond Okoro-Blake]]
(DOB, Staff Side Chair), six staff side representatives ([[decoy:UNISON]], [[decoy:Unite]], [[decoy:RCN]],
[[decoy:GMB]], [[decoy:CSP]], [[decoy:Society of Radiographers]]), four managers.

Item 4. Agreement on the menopause and flexible working policy

4.1 CF introduced the paper. The policy had been written jointly over nine months by a working group of
twelve, chaired alternately by CF and DOB. It applied to all 10,000 staff of [[full:Hull University Teaching Hospitals NHS Trust]]
at [[site:Hull Royal Infirmary]], [[site:Castle Hill]] and the community sites.

4.2 DOB said the staff side supported the policy without reservation. It was the first policy in his
eleven years at [[short:Hull University Teaching Hospitals]] that had been drafted by both sides from a
blank page rather than by management and then consulted on. He thanked [[person:Catriona]] for
insisting on that.

4.3 A member asked how the policy would reach staff on nights and at [[site:the HRI]]’s emergency
department, where managers changed often. CF said that forty menopause champions had been trained,
at least one in every ward, and that the [[decoy:Royal College of Nursing]]’s guidance had been used.

4.4 [[person:Mr Okoro-Blake]] asked that the evaluation be independent. It was agreed that
[[person:Prof. Sutcliffe]] of the [[partner:University of Hull]] would evaluate it at twelve months,
with results to this committee and to the [[partner:Humber and North Yorkshire ICB]] workforce group.

4.5 Results to date: 212 adjustments agreed, 38 staff who had planned to leave had stayed, and
sickness absence for menopause symptoms fell by a quarter. [[person:DOB]] said the numbers mattered
less than the letters of thanks the staff side had received.

4.6 A manager asked whether the policy would cost more than it saved. CF said that the cost of one
nurse leaving early was higher than the cost of every adjustment made so far, and that the finance
team had checked the figures.

4.7 The committee APPROVED the policy for publication and thanked the working group.

Item 5. Any other business

5.1 CF reported that the nomination for the [[decoy:HPMA]] award would be written jointly. Questions to
[[contact:catriona.fairweather@nhs.net]] or to the staff side office on [[contact:01482 605 231]].

5.2 DOB reminded members that the staff side’s [[handle:#HUTHTogether]] campaign would run in
[[place:Cottingham]] and [[place:Hessle]] in the autumn, and that [[acronym:HUTH]] colleagues in estates
had asked for the same policy to be explained at their own meeting.

Date of next meeting: the second Tuesday of next month, in the [[site:Castle Hill]] education centre.

Signed as a true record,
[[person:Catriona Fairweather]], Chair
`,
  },
  {
    id: "p03-north-midlands",
    odsCode: "RJE",
    style: "steward's blog post with hashtags, emoji, first person, lower-case handle, sites written with possessives",
    people: [
      { role: "employer_lead", name: "Bronwen Llewellyn-Price", email: "bronwen.llewellyn-price@nhs.net" },
      { role: "staff_lead", name: "Jarosław Wiśniewski", email: "jaroslaw.wisniewski@nhs.net" },
    ],
    identifyingTerms: [],
    marked: `
Blog: what a year of partnership looked like from the loading bay 🚚

I’m [[person:Jarosław Wiśniewski]] – [[person:Jarek]] to everyone in logistics – and I have been a
[[decoy:Unite]] steward at [[full:University Hospitals of North Midlands NHS Trust]] for six years. I
was asked to write about our partnership work for the award, so here it is, the way I would tell it
in the canteen.

A year ago our drivers and stores staff were the forgotten people of the trust. We move everything
between [[site:Royal Stoke]] and [[site:County Hospital]] – linen, meals, medicines, post – and we were
on old contracts, with overtime decided by whoever shouted loudest. Morale was on the floor.

Then [[person:Bronwen Llewellyn-Price]], our new head of facilities, came to the loading bay at 5 am on
her second day. She didn’t bring a slide deck. She brought bacon rolls and asked what was wrong. We
told her. She wrote it all down, and a week later she came back with a plan to fix it together.

What we did:
- a joint group of six drivers, four stores staff, two managers and two reps, meeting every month;
- an overtime rota agreed by the group and published for everyone to see;
- new vans with proper seats, chosen by the drivers after test drives;
- a rest room at [[site:Royal Stoke’s]] stores, which we had asked for since 2015.

[[person:Ms Llewellyn-Price]] kept every promise she made. When the capital money for the vans was
delayed, she told us the same day instead of letting us find out. That is partnership: bad news shared
as fast as good news. When we got something wrong, like the first draft of the overtime rota, we said
so in the group and fixed it the next month, with nobody blamed.

The numbers: vacancies in logistics down from 14 to 2, sickness down by a third, and not one
grievance in twelve months. 💪

We shared it with the [[decoy:NHS Staff Council]]’s regional event and with drivers at
[[partner:Midlands Partnership University NHS Foundation Trust]], who want to do the same. Follow what
we’re doing at [[handle:@uhnm_logistics]] or on [[handle:#UHNMMoves]], and if you are at [[acronym:UHNM]]
and want to join the group, drop me a line at [[contact:jarek.wisniewski@uhnm.nhs.uk]].

Thanks to [[person:Bronwen]], to every driver who came to a meeting on their day off, and to the
[[decoy:Trades Union Congress]] for the training that made me a better rep. [[place:Hanley]] to
[[place:Stafford]] and back, twice a day – we’re still on the road, and now we’re heard. 🙌
`,
  },
];
