// Redaction corpus, part AQ: entries for real organisations of the register, marked up as in markup.ts,
// written blind late in session 10 and kept from the engineers changing the rules, as a check against
// tuning. Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_AQ: MarkedEntry[] = [
  {
    id: "aq01-herts-community",
    odsCode: "RY4",
    style: "County community trust about lone working: the trust by its initials and a county nickname, community hospitals by town and by nickname, a neurological centre by its village name, an office HQ by building name, a primary care trust predecessor, Nigerian, Bangladeshi, Romanian and Irish names, an Irish name with a fada, a bullet list and an e-mail quoted in full",
    people: [
      { role: "employer_lead", name: "Folasade Okonjo", email: "folasade.okonjo@nhs.net" },
      { role: "staff_lead", name: "Liam Ó Súilleabháin", email: "liam.osuilleabhain@nhs.net" },
      { role: "member", name: "Shahnaz Begum Chowdhury", email: null },
      { role: "endorser", name: "Andreea Popescu", email: "andreea.popescu@nhs.net" },
    ],
    identifyingTerms: ["HCT"],
    marked: `
Nobody alone at the door: lone working safety for community staff

THE PROBLEM

Most of the 2,800 people who work for [[full:Hertfordshire Community NHS Trust]] spend their day in
other people’s homes: district nurses, health visitors, therapists, the night sitting service. In 2023
our community nurses reported 96 incidents of verbal abuse or threats on home visits, and a survey by
the staff side found that one in three did not tell anyone where they were going after their last visit
of the day. The lone-working devices we had bought were in drawers.

WHO LED IT

[[person:Folasade Okonjo]], our deputy director of operations, and [[person:Liam Ó Súilleabháin]], a district
nurse in [[place:Stevenage]] and secretary of [[branch:UNISON Hertfordshire Community Health Branch]], led
the work together. [[person:Liam]] had been followed to his car in 2022. “We had a policy,” he says. “What
we didn’t have was anyone who would notice if I didn’t come back.” [[person:Fola]] answered that in her
first meeting with him: “Then we’ll build the noticing.”

[[person:Shahnaz Begum Chowdhury]], a health visitor in [[place:Hemel Hempstead]], speaks Sylheti and
Bengali and ran the focus groups with staff who do visits in those languages. [[person:Mrs Chowdhury]]
found that staff who shared a language with families were sent alone more often, because “they’ll be
fine”.

WHAT WE CHANGED

- A buddy check-out by text at the end of every shift, answered by a colleague, not a call centre.
- A shared “flag” on the patient record for addresses where staff should visit in pairs, agreed
  with the [[decoy:Information Governance]] team and the unions.
- Devices that staff chose themselves after a trial at [[site:Gossoms End]] in [[place:Berkhamsted]] and in the
  [[site:Herts and Essex Hospital]] team in [[place:Bishop’s Stortford]].
- Night staff at the [[site:Danesbury Neurological Centre]] in [[place:Welwyn]] and at
  [[site:Potters Bar Community Hospital]] now walk to their cars in pairs, with the porters.
- Paid time for the check-out, written into rotas under [[decoy:Agenda for Change]].

The scheme went to the [[decoy:Joint Staff Consultative Forum]] at [[site:Howard Court]] in [[place:Welwyn
Garden City]] four times before it was agreed. Each time the staff side changed it.

AN E-MAIL WE WERE SENT

> Subject: last Tuesday
> “I want to say thank you to whoever was on the check-out on Tuesday. My last visit in [[place:Cheshunt]]
> went badly and I sat in the car for twenty minutes. When I didn’t text, [[unlisted:Precious]] rang me. I
> was fine. But somebody noticed. That’s never happened in eleven years.”
> — a community staff nurse, east locality

WHAT CHANGED

Check-outs are now completed on 97 % of shifts. Reported threats fell by a quarter, and staff who say they
feel safe at work rose from 64 % to 82 % in the [[decoy:NHS Staff Survey]]. Two nurses who had asked to
leave community nursing have stayed.

PARTNERS

[[partner:Hertfordshire County Council]]’s adult care teams use the same check-out; [[partner:NHS
Hertfordshire and West Essex ICB]] has asked other providers to adopt it; the [[partner:University of
Hertfordshire]] in [[place:Hatfield]] evaluated it; [[partner:Hertfordshire Constabulary]] advised on the
flag; [[partner:Isabel Hospice]] shared their own night-team practice; and [[partner:Stevenage FC]] gave
the check-out volunteers a night at [[place:the Lamex]].

WHO WE ARE

Staff still talk about [[former:Hertfordshire Community Services]] and, before that, the provider arm of
[[former:NHS Hertfordshire]], the primary care trust. Most people call us [[acronym:HCT]], some say
“[[short:Herts Community]]”, and in [[place:Stortford]] the older staff still call the hospital
“[[site:the Herts and Essex]]”.

ENDORSEMENT

[[person:Andreea Popescu]], our chief nurse, wrote: “[[person:Liam]] and [[person:Fola]] made safety
something we do for each other, not something in a drawer.” Our chief executive,
[[unlisted:Mr Elliot Barraclough]], now asks for the check-out figure at every board. Like every
community service from [[decoy:Cornwall]] to [[decoy:Cumbria]], we still send people out alone; we now
know they came home.

[[contact:hct.nobodyalone@nhs.net]] · [[handle:@HCTNHS]] · [[handle:#NobodyAloneHCT]]
`,
  },
  {
    id: "aq02-whittington",
    odsCode: "RKE",
    style: "North London integrated care trust about bringing domestic and catering staff in house: the hospital by a nickname, by its hill and its Tube station, buildings by their names, a ward named after a nurse, staff awards named after the legend’s cat, Ghanaian, Eritrean, Colombian, Turkish Cypriot and Caribbean names, a hyphenated surname, a quoted meeting, ALL CAPS headings",
    people: [
      { role: "employer_lead", name: "Eleni Christodoulou", email: "eleni.christodoulou@nhs.net" },
      { role: "staff_lead", name: "Abena Boateng-Mensah", email: "abena.boateng-mensah@nhs.net" },
      { role: "member", name: "Yohannes Tesfamariam", email: null },
      { role: "member", name: "Luz Marina Cárdenas", email: null },
      { role: "endorser", name: "Winston Clarke", email: "winston.clarke@nhs.net" },
    ],
    identifyingTerms: ["Whittington Hospital"],
    marked: `
One team on the hill: bringing our domestic, catering and portering staff back in house

THE STORY IN ONE LINE

In April 2024, 310 domestic, catering and portering staff who had worked at [[site:the Whittington]] for
years through a contractor became employees of [[full:Whittington Health NHS Trust]], on
[[decoy:Agenda for Change]] terms, after a campaign that began with the staff themselves.

HOW IT STARTED

[[person:Abena Boateng-Mensah]], a domestic supervisor, and [[person:Yohannes Tesfamariam]], a porter,
came to the staff side with a petition signed by 280 colleagues. They were paid the [[decoy:London Living
Wage]] but had no sick pay beyond the statutory minimum, and lost pay whenever they went to a
hospital appointment — sometimes in the same building where they cleaned.

[[person:Eleni Christodoulou]], then our director of estates and facilities, grew up in
[[place:Holloway]] and her mother cleaned offices at night. She met the petitioners in the basement of
the [[site:Jenner Building]] the same week. “[[person:Eleni]] didn’t promise anything that day,” says
[[person:Abena]]. “She said: give me the numbers and I’ll take them to the board.”

WHO WAS AT THE TABLE

- [[person:Abena Boateng-Mensah]] and [[person:Yohannes Tesfamariam]] for the staff, with
  [[branch:UNISON Whittington Health Branch]] and the [[branch:GMB Whittington branch]].
- [[person:Luz Marina Cárdenas]], a catering assistant, who ran the Spanish- and Portuguese-language
  meetings. Everyone calls her [[person:Lucha]].
- [[person:Ms Christodoulou]] and the finance team.
- The contractor, who agreed to a joint transfer plan.

A MEETING WE STILL QUOTE

From the notes of the [[decoy:Joint Staff Committee]], October 2023:

> [[person:Yohannes]]: “I have carried patients to [[site:Mary Seacole Ward]] for nine years. The
> nurses say ‘our porter’. The payslip says somebody else.”
> Finance lead: “The cost in the first year is £1.9 million.”
> [[person:Ms Boateng-Mensah]]: “And what does it cost you now, when we leave?”

WHAT CHANGED

Staff turnover in domestic services fell from 31 % to 11 % in the first year. Sickness fell, because
people no longer came to work ill. Infection control audits on [[site:Cavell Ward]], [[site:Victoria
Ward]] and the [[site:Kenwood Wing]] improved. The transferred staff voted in their first [[decoy:NHS Staff
Survey]]; 71 % said they would recommend [[short:the Whittington]] as a place to work.

Every year since, the [[site:Whittington]] Cat Awards — named after the cat on [[place:Highgate Hill]] — have
had a facilities category. The first winner was [[unlisted:Mr Mehmet “Memo” Yilmazoğlu]], a porter who has
worked at the hospital since it was [[former:the Whittington Hospital NHS Trust]].

IN THE COMMUNITY TOO

We are not only a hospital. Our community teams work across [[place:Islington]] and [[place:Haringey]], and
the same terms now apply to the cleaners at the [[site:Hornsey Central]] health centre and at
[[site:Simmons House]], our adolescent unit.

PARTNERS

[[partner:Islington Council]] and [[partner:Haringey Council]] shared their own insourcing experience;
[[partner:NHS North Central London ICB]] supported the business case; [[partner:Middlesex University]]
interviewed staff before and after; [[partner:Arsenal in the Community]] hosted the welcome event at the
[[place:Emirates]]; and [[partner:Citizens UK]] helped with the first petition.

HOW PEOPLE KNOW US

Patients say “the hospital at [[place:Archway]]”; staff say “[[site:the Whitt]]”; older Londoners say
“[[site:St Mary’s Wing]]” for the old building. Our charity is [[short:Whittington Health Charity]].

ENDORSEMENT

[[person:Winston Clarke]], staff side chair, wrote: “I have sat on partnership forums for twenty years.
This is the first time the people who clean the wards set the agenda.” Our chief executive,
[[unlisted:Dr Nnenna Okafor-Rhys]], says the transfer was “the best money we ever spent”. Trusts in
[[decoy:Birmingham]] and [[decoy:Bristol]] have visited.

[[contact:whh-tr.oneteamonthehill@nhs.net]] · [[handle:@WhittHealth]] · [[handle:#OneTeamOnTheHill]] ·
[[contact:N19 5NF]]
`,
  },
  {
    id: "aq03-velindre",
    odsCode: "RQF",
    style: "Welsh specialist trust of a cancer centre and the national blood service: the trust by its current University name and its registered name, the centre in English and Welsh (with a mutation), the blood service by its name and its village, mobile collection teams by their depots, Welsh names with ap, Somali, Sylheti and Polish names, Welsh-language decoys, a quoted text message",
    people: [
      { role: "employer_lead", name: "Gwenllian ap Rhys", email: "gwenllian.aprhys@wales.nhs.uk" },
      { role: "staff_lead", name: "Hodan Warsame", email: "hodan.warsame@wales.nhs.uk" },
      { role: "member", name: "Rezaul Karim Miah", email: null },
      { role: "endorser", name: "Owain Llewelyn-Jones", email: "owain.llewelyn-jones@wales.nhs.uk" },
    ],
    identifyingTerms: ["Velindre"],
    marked: `
Long days on the road: changing how blood donor sessions are staffed

THE PROBLEM

[[full:Velindre University NHS Trust]] (registered as [[full:Velindre NHS Trust]]) runs two national services:
the [[site:Velindre Cancer Centre]] in [[place:Whitchurch]], and the [[site:Welsh Blood Service]], which
collects every unit of blood given in Wales. Our mobile collection teams set up sessions in village
halls, leisure centres and schools from [[place:Holyhead]] to [[place:Chepstow]]. In 2022 a team could
leave the depot at 6am, drive three hours, run a session and get back at 10pm: a sixteen-hour day, every
week, for staff on band 3 and band 4.

WHO LED IT

[[person:Gwenllian ap Rhys]], head of collections, and [[person:Hodan Warsame]], a donor carer and
chair of [[branch:UNISON Velindre Branch]], led the work as equals. [[person:Hodan]], who grew up in
[[place:Butetown]], had been on the teams for twelve years. “[[person:Gwen]] drove with us for a month,”
she says. “By the second week she had stopped asking why people were leaving.”

[[person:Rezaul Karim Miah]], a driver and [[decoy:Unite]] rep at the [[site:Wrexham]] depot, brought the
northern teams in. [[person:Mr Miah]] (“[[person:Rez]]” on the radio) mapped every session against
drive times.

WHAT WE CHANGED

- No session more than two hours’ drive from the team’s base, by moving six sessions a month to the
  north Wales team at [[site:Wrexham]] and opening an overnight option for the west.
- Paid overnight stays, agreed under the [[decoy:Agenda for Change]] terms for Wales, for sessions in
  [[place:Ceredigion]] and [[place:Pembrokeshire]].
- A team rota set by the teams, tested first at the [[site:Talbot Green]] headquarters of the blood
  service.
- Rest breaks on the bus, with a proper seat, agreed through the [[decoy:Welsh Partnership Forum]]
  guidance and our own [[decoy:Local Partnership Forum]].

A TEXT MESSAGE

From a donor carer to [[person:Hodan]], after the first month of the new rota:

> “Home by 7 tonight. Saw my kids before bed on a Thursday for the first time in two years. Diolch.”

RESULTS

The average length of a collection team’s day fell from 12.4 to 9.6 hours. Vacancies on the teams fell
from 17 % to 5 %. Sessions cancelled for lack of staff fell from 41 in 2022 to 6 in 2024, so more blood
was collected with fewer overtime hours. The [[decoy:Health and Care Research Wales]] team asked us to
write it up.

AT THE CANCER CENTRE TOO

The same rota principles are being used by the chemotherapy outreach nurses who drive from
[[site:Felindre]] to clinics in [[place:Bridgend]] and [[place:Merthyr]]. Staff call the planned new
building “[[site:the nVCC]]”; in Welsh the centre is [[site:Canolfan Ganser Felindre]], and the trust is
[[full:Ymddiriedolaeth GIG Prifysgol Felindre]].

PARTNERS

[[partner:Cardiff and Vale University Health Board]] shared its rota software;
[[partner:Rhondda Cynon Taf County Borough Council]] helped with parking at [[place:Llantrisant]] leisure
centre; [[partner:Cardiff University]] evaluated the change; [[partner:Tenovus Cancer Care]] lent a bus for
the pilot; and [[partner:Cardiff City FC]] hosted a donor session at the stadium for the players’ families.
[[site:Velindre Cancer Charity]] paid for the new bus seats.

ENDORSEMENT

[[person:Owain Llewelyn-Jones]], director of the blood service, wrote: “[[person:Gwen]] and [[person:Hodan]]
proved that a national service can still be run by the people on the bus.” Our chief executive,
[[unlisted:Dr Aoibheann Ní Fhaoláin]], calls it “the best retention work in [[decoy:NHS Wales]]”. The
[[decoy:Welsh Government]] has asked other national services to look at it.

[[contact:wbs.ontheroad@wales.nhs.uk]] · [[handle:@VelindreNHS]] · [[handle:#GiveBloodWales]] ·
[[handle:@WelshBloodService]] · [[acronym:WBS]] staff can find the rota tool on the intranet.
`,
  },
];
