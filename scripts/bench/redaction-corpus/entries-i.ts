// Redaction corpus, part I: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_I: MarkedEntry[] = [
  {
    id: "i01-mersey-west-lancashire",
    odsCode: "RBN",
    style: "new merged trust with predecessors by initials (STHK, S&O), sites across two counties, Japanese and Yoruba names, hashtags",
    people: [
      { role: "employer_lead", name: "Haruka Sato", email: "haruka.sato@merseywestlancs.nhs.uk" },
      { role: "staff_lead", name: "Babatunde Adeyemi", email: "babatunde.adeyemi@merseywestlancs.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
One team for patient flow: staff side and managers design the night site team together

When [[former:St Helens and Knowsley Teaching Hospitals NHS Trust]] and
[[former:Southport and Ormskirk Hospital NHS Trust]] came together in July 2023 as
[[full:Mersey and West Lancashire Teaching Hospitals NHS Trust]], each brought its own way of running
hospitals at night. At [[site:Whiston Hospital]] a site manager and two clinical coordinators covered
the night. At [[site:Southport Hospital]] and [[site:Ormskirk Hospital]] a single bleep holder did
everything. Staff from [[former:STHK]] and [[former:S&O]] alike told their reps that nights were
unsafe and exhausting.

The staff side chair, [[person:Babatunde Adeyemi]] of [[decoy:UNISON]] – [[person:Tunde]] on every
ward – proposed that the new night site team be designed jointly, by the people who work nights.
The chief operating officer’s deputy, [[person:Haruka Sato]], agreed on one condition: that the design
had to work within the existing budget for its first year.

A design group of night nurses, site managers, porters, a junior doctor and reps from [[decoy:the RCN]],
[[decoy:Unite]] and [[decoy:GMB]] met eight times over three months, always at night. They mapped every
call a site manager took in a week: 1,400 of them. Nearly half were about finding beds or staff, and
could be handled by a coordinator with the right information. Only a fifth needed a senior nurse.

So the group designed a team of three roles at every site: a senior site nurse for clinical decisions,
a flow coordinator for beds, and a staffing coordinator for gaps on the rota, with a shared screen
showing every ward. Roles were matched to [[decoy:Agenda for Change]] bands through joint job
evaluation. [[site:St Helens Hospital]] and [[site:Newton Community Hospital]] share a team with
[[site:Whiston]].

Within nine months, the average time to find a bed at night fell by 40 %. Night site staff’s sickness
absence halved. Nurses on the wards said that they could finally reach someone who could help. The
team cost slightly less than the arrangements it replaced, because agency spend on nights fell.

[[person:Ms Sato]] says: “We were a new organisation, and this was one of the first things we built
together. It showed that the staff side would help us solve hard problems.” [[person:Mr Adeyemi]] says:
“Night staff designed a night service. That should be normal. It was not, until now.”

We shared the design with [[partner:Cheshire and Merseyside ICB]], with [[partner:St Helens Council]]
and [[partner:Sefton Council]], and with [[partner:Edge Hill University]] in [[place:Ormskirk]]. The
[[decoy:Social Partnership Forum]] asked us to present it as an example of partnership after a merger,
and [[decoy:NHS Providers]] included it in a briefing on patient flow. Staff on nights in
[[place:Southport]] and [[place:Prescot]] share their shift stories under [[handle:#MWLNights]], and
[[acronym:MWL]] now recruits to the team with a rep on every panel.
`,
  },
  {
    id: "i02-alder-hey",
    odsCode: "RBS",
    style: "children's hospital whose one name is trust, site and nickname; possessive and plain forms; Scouse place names; short quotes",
    people: [
      { role: "employer_lead", name: "Rebecca Thornton-Hughes", email: "rebecca.thornton-hughes@alderhey.nhs.uk" },
      { role: "staff_lead", name: "Mustafa Yıldırım", email: "mustafa.yildirim@alderhey.nhs.uk" },
      { role: "member", name: "Ciara Doyle", email: "ciara.doyle@alderhey.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
CAR PARKING, SHIFT WORK AND A PARTNERSHIP THAT LISTENED

It sounds small. For the staff of [[full:Alder Hey Children’s NHS Foundation Trust]] it was not.
When the new hospital opened in the park, staff parking was limited, and by 2022 nurses starting
a night shift were circling for half an hour, or parking in residential streets in
[[place:West Derby]] and [[place:Knotty Ash]] and walking back alone in the dark. Neighbours
complained. Staff were fined. Some left.

The staff side, through [[decoy:UNISON]] steward [[person:Mustafa Yıldırım]], raised it at the Joint
Negotiating Committee for the third year running. This time the director of finance,
[[person:Rebecca Thornton-Hughes]], said that she wanted to solve it, not manage it, and asked the
staff side to design the allocation rules with her.

A parking partnership group was set up with managers, reps from [[decoy:the RCN]], [[decoy:Unite]] and
[[decoy:GMB]], the security team and, at the staff side’s request, two night nurses and a domestic.
[[person:Ciara Doyle]], a ward sister, chaired the sub-group on night staff. The group agreed that
permits would be allocated by need, not grade: shift pattern, caring responsibilities, distance and
public transport were scored, and the scoring was published. Night staff got guaranteed spaces after
6pm. Charges were set on a sliding scale by band, so the lowest paid paid least.

The group also worked with [[partner:Liverpool City Council]] and [[partner:Merseytravel]] on a staff
bus from [[place:Old Swan]] and on a safe walking route lit through the park, and with the
[[partner:Liverpool City Region Combined Authority]] on discounted travel passes.

Complaints from neighbours fell by 90 %. Parking fines for staff fell to almost none. In the staff
survey, the share of night staff who said they felt safe travelling to and from work rose from 44 %
to 79 %. Two nurses who had resigned over parking came back.

[[person:Mrs Thornton-Hughes]] says: “As finance director I thought parking was about income. The
staff side showed me it was about safety and fairness.” [[person:Mustafa]] says: “People laughed when
we said parking was a partnership issue. They are not laughing now.” [[person:Ciara]] adds: “My night
staff finally feel that somebody thought about them.”

Colleagues across [[short:Alder Hey]] shared photos of the new lit path under [[handle:#AlderHeyStaff]],
and the approach has been used by other hospitals in [[decoy:Liverpool]] and across the North West. The
[[decoy:Social Partnership Forum]] and [[decoy:NHS Employers]] both featured it. Staff at
[[site:Alder Hey’s]] [[site:Institute in the Park]] were the last to join, and the scheme now covers
everyone who works on the site.
`,
  },
];
