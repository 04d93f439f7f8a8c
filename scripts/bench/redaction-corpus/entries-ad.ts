// Redaction corpus, part AD: entries for real organisations of the register, marked up as in markup.ts,
// written during session 9 and measured on its final rules, kept from the engineer changing the rules,
// as a check against tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AD: MarkedEntry[] = [
  {
    id: "ad01-maidstone-tunbridge-wells",
    odsCode: "RWF",
    style: "Kent acute trust of two hospitals: one by its village nickname and initials, the other as \"the Maidstone\", wards named after people and a paper maker, a closed town-centre hospital, a Nigerian hyphenated surname, a Polish name shortened, an Irish name with Ní, hard line breaks",
    people: [
      { role: "employer_lead", name: "Adaeze Okafor-Hughes", email: "adaeze.okafor-hughes@nhs.net" },
      { role: "staff_lead", name: "Tomasz Wiśniewski", email: "tomasz.wisniewski@nhs.net" },
      { role: "member", name: "Siobhán Ní Mhurchú", email: null },
    ],
    identifyingTerms: ["Pembury"],
    marked: `
Nights that work: a joint agreement on breaks, food and rest for night staff

WHERE WE STARTED

At [[full:Maidstone and Tunbridge Wells NHS Trust]] about 1,400 colleagues work nights in a typical
week, across [[site:Maidstone Hospital]] and [[site:Tunbridge Wells Hospital]]. In the winter of 2022
our staff side ran a survey of night workers and the answers were stark: 61 % said they
rarely or never got a full break, and at [[site:Pembury]] the only hot food after 8pm came out of a
vending machine on the ground floor.

[[acronym:MTW]] did not need another poster about wellbeing. It needed an agreement that could be
checked, and the staff side proposed writing one together.

WHO LED THE WORK

[[person:Adaeze Okafor-Hughes]], our deputy chief people officer, and [[person:Tomasz Wiśniewski]],
branch secretary of [[branch:Maidstone and Tunbridge Wells UNISON]] and a healthcare support worker
on [[site:John Day Ward]], chaired the group. Everyone calls him “[[person:Tomek]]”, and
[[person:Ms Okafor-Hughes]] is “[[person:Ada]]” to most of the site management team.

[[person:Siobhán Ní Mhurchú]], an [[decoy:RCN]] steward and night sister in the emergency department
at [[site:TWH]], brought twelve years of nights to the table. “[[person:Ní Mhurchú]] had a list of every
broken microwave in both hospitals,” [[person:Tomek]] says. “She was right about all of them.”

Our chief executive, [[unlisted:Dr Rhiannon Price-Evans]], sponsored the agreement and worked two night
shifts alongside the site team to see the problem for herself.

WHAT WE AGREED

- A protected 30-minute break for every shift over six hours, recorded on the roster and covered
  by a named colleague, as [[decoy:Agenda for Change]] already requires.
- Hot food until 3am: the restaurant at [[site:the Maidstone]] and the [[site:Pembury]] concourse café
  now open overnight, with a reduced menu priced at cost.
- Rest rooms with recliners on every floor, including the [[site:Kent Oncology Centre]] and the
  [[site:Whatman Ward]] corridor, agreed at the [[decoy:Joint Consultative Committee]].
- A night-time “check in” round by the site practitioner, who asks one question: have you had
  your break yet?
- Free parking after 7pm at both sites, funded from the staff lottery.

HOW WE KNOW IT WORKED

After a year, the share of night workers reporting a full break on most shifts rose from 39 % to
78 %. Night-shift sickness fell from 6.8 % to 5.1 %. Bank fill on nights at
[[site:Tunbridge Wells]] went up by 14 points, and the [[decoy:NHS Staff Survey]] score for
“I am able to take my breaks” improved by 12 points, the largest rise in the [[place:South East]].

[[unlisted:Farah Siddiqui]], ward manager on [[site:Foster Clark Ward]], told the
[[decoy:Trust Board]]: “My nights team used to eat at their desks. Now the cover is written down and
nobody feels guilty for going.”

PARTNERS

[[partner:Kent County Council]]’s public health team advised on the food offer; [[partner:NHS Kent and Medway]]
asked us to share the agreement with the other acute trusts in the county; and
[[partner:Canterbury Christ Church University]] evaluated the first six months. The
[[partner:Hospice in the Weald]] lent us its rest-room design, and players from
[[partner:Maidstone United]] served the first 3am breakfast.

WHAT WE LEARNED

Put the rule in writing, count whether it happens, and let the night staff say what good looks like.
Some things took longer than we hoped: the old [[site:Kent and Sussex Hospital]] in the middle of
[[place:Tunbridge Wells]] had a night canteen, and staff who moved to [[site:Pembury]] in 2011 still talk
about it. We have not matched it yet.

[[person:Wiśniewski]] and [[person:Adaeze]] now present the agreement to every new starter in
[[place:Maidstone]] and [[place:Tonbridge]]. The group meets monthly at the
academic centre on [[place:Hermitage Lane]].

Find out more at [[contact:mtw-tr.nightsagreement@nhs.net]], on [[contact:www.mtw.nhs.uk]], or follow
[[handle:@MTWnhs]] and [[handle:#MTWNightShift]].
`,
  },
  {
    id: "ad02-north-staffs-combined",
    odsCode: "RLY",
    style: "Midlands mental health trust: its own word \"Combined\" as a short name, the acronym in lower case, a hospital by its place name and as \"the Harplands\", a headquarters by its house name, a Sierra Leonean name, a Kashmiri name with a familiar form, a Welsh name, the Potteries and the football club",
    people: [
      { role: "employer_lead", name: "Fatmata Kamara", email: "fatmata.kamara@combined.nhs.uk" },
      { role: "staff_lead", name: "Imran Hussain Chaudhry", email: "imran.chaudhry@combined.nhs.uk" },
      { role: "endorser", name: "Gethin Llewellyn", email: "gethin.llewellyn@combined.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
No one on the ward alone: a joint plan to reduce violence and aggression towards staff

WHY

[[full:North Staffordshire Combined Healthcare NHS Trust]] provides mental health, learning disability
and substance misuse services to around half a million people in [[place:Stoke-on-Trent]] and
[[place:North Staffordshire]]. In 2022 our inpatient staff reported 1,140 incidents of violence and
aggression, most of them on the acute wards at the [[site:Harplands Hospital]]. Two in five
were never followed up with the member of staff involved.

The staff side at [[short:Combined]] told the executive team that colleagues had stopped reporting
because nothing happened when they did. The executive team agreed to change that jointly.

THE PEOPLE

[[person:Fatmata Kamara]], director of nursing, and [[person:Imran Hussain Chaudhry]], [[decoy:UNISON]]
branch chair and a nursing assistant on Ward 4 at [[site:the Harplands]], led the plan together.
[[person:Imran]] has been “[[person:Immy]]” since his first week at [[site:Bucknall Hospital]] in
2004, before the wards moved. [[person:Ms Kamara]] says: “[[person:Immy]] asked me to do one night shift on
the acute ward before we wrote anything. It was the best thing I did all year.”

The plan was endorsed by [[person:Gethin Llewellyn]], [[decoy:Unite]] regional officer and a former
occupational therapist at [[site:Dragon Square]] in [[place:Chesterton]].
[[person:Llewellyn]] chairs the staff side of the [[decoy:Joint Negotiating and Consultative Committee]].

WHAT WE DID

1. Every incident now gets a conversation within 72 hours, held by someone the staff member
   chooses: a manager, a steward or a peer supporter.
2. Post-incident support in the [[site:Lawton House]] wellbeing room, away from the ward, on paid time.
3. Joint training in de-escalation and safe holding for every ward, with the
   [[decoy:Restraint Reduction Network]] standards and a union rep in each session.
4. A named “ward buddy” on each shift so that nobody on [[site:Summers View]] or the older
   people’s wards works alone on the floor at night.
5. Quarterly reports to the [[decoy:Trust Board]] that break down incidents by ward and by whether
   the member of staff was followed up.

WHAT CHANGED

The share of incidents followed up with the member of staff rose from 58 % to 97 %. Reported incidents
first rose by a quarter, as staff started reporting again, and then fell: the use of restraint on the
acute wards is down 31 % on 2022. Staff absence after an assault fell from an average of 11 days to 4.
In the [[decoy:NHS Staff Survey]], violence from patients reported to management rose by 15 points.

“[[person:Fatmata]] came back to the ward a month after my assault to ask how I was,” a healthcare
assistant on the assessment and treatment unit wrote in the evaluation. “No one had ever done that.”

PARTNERS

[[partner:Staffordshire Police]] agreed a joint protocol for serious assaults;
[[partner:Stoke-on-Trent City Council]] and [[partner:Staffordshire County Council]] shared their own
training for social workers; [[partner:Keele University]] evaluated the plan; and
[[partner:Staffordshire University]] students helped film the de-escalation videos. The
[[partner:Stoke City FC]] community trust hosted our first staff wellbeing day at the
[[place:bet365 Stadium]].

WHAT WE WOULD SAY TO OTHERS

[[unlisted:Dr Buki Adeyemi]], our chief executive, calls it “a promise we can count”. Count the
follow-ups, not just the incidents. Give people a choice of who talks to them. And go and work a shift.

[[person:Chaudhry]] and [[person:Kamara]] have shared the plan with mental health trusts across the
country, and it was presented at the [[decoy:NHS Employers]] violence prevention network in 2023.

Contact [[contact:safer.together@combined.nhs.uk]] or follow [[handle:@CombinedNHS]] and
[[handle:#nschtSaferTogether]].
`,
  },
  {
    id: "ad03-north-west-anglia",
    odsCode: "RGN",
    style: "East of England acute trust of three hospitals: initials in two forms, a hospital by its nickname \"Hinch\" and the market town, a merged trust by its old name, a Chinese name, a Romanian name, a Somali name, a Caribbean nickname, bullet lists and ALL CAPS headings",
    people: [
      { role: "employer_lead", name: "Chen Xiaoling", email: "xiaoling.chen@nhs.net" },
      { role: "staff_lead", name: "Andrei Popescu", email: "andrei.popescu@nhs.net" },
      { role: "member", name: "Hodan Abdi Warsame", email: null },
      { role: "member", name: "Desmond Clarke", email: null },
    ],
    identifyingTerms: [],
    marked: `
One trust, three hospitals, one offer: harmonising flexible working after a merger

BACKGROUND

When [[former:Hinchingbrooke Health Care NHS Trust]] joined [[former:Peterborough and Stamford Hospitals]]
in 2017 to form [[full:North West Anglia NHS Foundation Trust]], staff brought three sets of flexible
working policies with them. A nurse at [[site:Peterborough City Hospital]] could ask for a compressed
week; the same nurse at [[site:Hinchingbrooke Hospital]] in [[place:Huntingdon]] could not. Five years on,
the staff side said the difference was still felt on every ward.

[[acronym:NWAFT]] and its unions agreed to write one offer for everyone, together.

THE TEAM

[[person:Chen Xiaoling]], associate director of workforce, and [[person:Andrei Popescu]], [[decoy:UNISON]]
branch secretary and a theatre support worker at [[site:PCH]], led the work. [[person:Xiaoling]] is
“[[person:Ling]]” to her team, and [[person:Andrei]] signs everything “[[person:Andy P]]”.

[[person:Hodan Abdi Warsame]], a midwife and [[decoy:RCM]] steward on the [[site:Amazon Ward]] at
[[site:Peterborough City]], and [[person:Desmond Clarke]], a porter and [[decoy:GMB]] rep at
[[site:Hinch]] for twenty-six years, made up the core group. [[person:Desmond]] — “[[person:Big Des]]” to
the portering team — insisted that the offer cover night porters as well as nurses.

WHAT WE DID

- One policy for all three sites, written line by line with the staff side at the
  [[decoy:Joint Negotiating Committee]], replacing the three old ones.
- A right to ask from day one, with a reply within four weeks, and a joint panel for appeals instead
  of the manager’s manager.
- Team-based rostering pilots in maternity at [[site:PCH]] and in the emergency department at
  [[site:Hinchingbrooke]].
- Term-time contracts offered in admin and clerical roles at [[site:Stamford and Rutland Hospital]],
  where many staff have school-age children.
- A flexible working “clinic” once a month at each site, run by a steward and an HR adviser together.

[[person:Popescu]] says the appeals panel mattered most. “People stopped feeling that no was the end of
it. Half the appeals were settled by the panel just talking to the manager.”

RESULTS

Flexible working requests went from 212 in 2021 to 640 in 2023, and 86 % were agreed. Turnover among
nurses and midwives fell from 14.9 % to 10.2 %. At [[site:Stamford]], every term-time post advertised
was filled in the first round. The [[decoy:NHS Staff Survey]] question on flexible working rose by
9 points across [[short:North West Anglia]], and by 13 at [[site:the Hinch]].

[[unlisted:Caroline Mbeki-Oduya]], the ward manager of [[site:Cedar Ward]], said: “For the first time I
could offer my own nurses something before they went to the agency.”

PARTNERS

[[partner:Peterborough City Council]] and [[partner:Cambridgeshire County Council]] shared their
term-time contracts; [[partner:NHS Cambridgeshire and Peterborough ICB]] has used our policy as the model
for the system; and [[partner:Anglia Ruskin University]]’s [[place:Peterborough]] campus evaluated the
pilots. [[partner:Peterborough United]] gave us a stand at the [[place:London Road]] ground for
our recruitment day.

WHAT WE LEARNED

A merger is not finished when the name changes. [[person:Ms Chen]] puts it simply: “Staff at
[[site:Hinchingbrooke]] still said ‘we’ and ‘them’ until the policy was the same.” Our chief executive,
[[unlisted:Professor Obinna Eze]], now chairs a quarterly joint review of the offer with the staff side.

The policy has been shared with other trusts through the [[decoy:East of England Social Partnership Forum]],
and [[person:Hodan]] has presented the maternity pilot to the [[decoy:Royal College of Midwives]].

Contact [[contact:flexible.working@nwangliaft.nhs.uk]] or follow [[handle:@NWAngliaFT]] and
[[handle:#NWAFTflex]].
`,
  },
];
