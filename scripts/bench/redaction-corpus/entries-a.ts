// Redaction corpus, part A: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_A: MarkedEntry[] = [
  {
    id: "a01-mersey-care",
    odsCode: "RW4",
    style: "formal report, ALL-CAPS headings, hard line breaks, merged predecessor, handles and hashtags",
    people: [
      { role: "employer_lead", name: "Raymond Okafor", email: "raymond.okafor@merseycare.nhs.uk" },
      { role: "staff_lead", name: "Adaeze Okonkwo-Bell", email: "adaeze.okonkwo-bell@merseycare.nhs.uk" },
      { role: "member", name: "Gwen Pritchard", email: "gwen.pritchard@merseycare.nhs.uk" },
    ],
    identifyingTerms: ["Ashworth Hospital"],
    marked: `
SUMMARY OF THE INITIATIVE

[[full:Mersey Care NHS Foundation Trust]] and its staff side have spent the last two years
rebuilding how we consult on change. When [[former:North West Boroughs Healthcare]] services
transferred to [[short:Mersey Care]] in 2021, we inherited two partnership forums, two sets of
policies and a great deal of suspicion on both sides. This entry describes the Joint Change
Charter that our staff side chair, [[person:Ms Okonkwo-Bell]], and our Director of People,
[[person:Raymond Okafor]] (known to everyone as [[person:Ray]]), wrote together over one winter.

WHY WE DID IT

Before the Charter, [[decoy:the Trust]] ran organisational change under a policy that dated from
2014 and that the staff side had never formally agreed. Colleagues at [[site:Ashworth Hospital]]
told us in the staff survey that they heard about ward moves from the rota, not from their
managers. [[decoy:UNISON]], [[decoy:the RCN]] and [[decoy:Unite]] all raised grievances in the same
quarter. Our sickness absence in the secure division was above 8 %, and our freedom to speak up
guardian, [[person:Gwen Pritchard]], logged more concerns about change than about any other
subject.

WHAT WE CHANGED

[[person:Ray]] and [[person:Adaeze]] agreed three principles at the first meeting of the new
Joint Negotiating and Consultative Committee: no change paper goes to the executive without
staff side comments attached; every consultation has a named staff side partner from the start;
and every affected colleague gets a one-to-one conversation before any letter is sent. They
tested the principles on the reconfiguration of the [[site:Broadoak Unit]] at [[site:Broadgreen]],
which moved two wards and affected 140 staff.

The staff side used the [[decoy:Social Partnership Forum]] guidance on collective consultation,
and our HR team mapped the Charter against [[decoy:Agenda for Change]] section 34 and the
[[decoy:NHS Employers]] guidance on organisational change. We also worked with
[[partner:Knowsley Council]] and [[partner:Cheshire and Merseyside ICB]], because several
community teams are jointly funded.

HOW WE TOLD PEOPLE

We ran twelve roadshows across [[place:Prescot]], [[place:Kirkby]] and [[place:Warrington]],
recorded a short film, and used our staff channels: the Charter trended internally under
[[handle:#TeamMerseyCare]] and our staff side posted updates from [[handle:@MerseyCareUNISON]].
Anyone could write to [[contact:jointcharter@merseycare.nhs.uk]] and get an answer within five
working days from both sides.

RESULTS

Eighteen months on, no change process has ended in a collective dispute. Grievances about
change fell from 31 to 6 a year. The secure division’s absence is down to 6.1 %. In the 2024
staff survey, the share of colleagues who said they were consulted about changes at work rose
by eleven points, the largest rise of any question. Regional officers from [[decoy:GMB]] and
[[decoy:UNISON]] now point other employers in Liverpool to the Charter as an example, and
[[person:Mr Okafor]] has presented it to the North West partnership network.

WHAT OTHERS CAN TAKE FROM IT

The Charter is short, two pages, and it works because it was written by both sides at the
same table, not drafted by HR and sent out for comment. Our advice to other trusts is to start
with one real change, test the principles on it, and only then write them down. Staff side
representatives need protected time to do this properly; [[short:Merseycare]] agreed an extra
two sessions a week for the branch secretary during the pilot, which paid for itself many
times over in avoided disputes.
`,
  },
];
