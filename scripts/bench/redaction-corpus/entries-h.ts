// Redaction corpus, part H: entries for real organisations of etr.csv, marked up as in markup.ts.
// Every person, e-mail, handle and project here is invented.
import type { MarkedEntry } from "./corpus";

export const ENTRIES_H: MarkedEntry[] = [
  {
    id: "h01-manchester-university",
    odsCode: "R0A",
    style: "names broken across hard line breaks, two merged predecessors with acronyms, site nicknames (Wythy, the MRI), Manchester as both org and decoy",
    people: [
      { role: "employer_lead", name: "Catherine O'Sullivan", email: "catherine.osullivan@mft.nhs.uk" },
      { role: "staff_lead", name: "Adebayo Ogunbiyi", email: "adebayo.ogunbiyi@mft.nhs.uk" },
      { role: "endorser", name: "Nadia Rahman", email: null },
    ],
    identifyingTerms: [],
    marked: `
HEALTHCARE SUPPORT WORKER BANDING: PUTTING IT RIGHT TOGETHER

When [[former:Central Manchester University Hospitals NHS Foundation Trust]] and
[[former:University Hospital of South Manchester NHS Foundation Trust]] merged in 2017 to form
[[full:Manchester University NHS
Foundation Trust]], healthcare support workers came with different job descriptions, different
expectations and, in many cases, the wrong band. Thousands of healthcare support workers
across the country were doing clinical tasks at band 2 that belonged at band 3, and ours were
no exception. Staff who had worked at [[former:CMFT]] did tasks that colleagues from
[[former:UHSM]] were not allowed to do, on the same pay.

The staff side, led by [[person:Adebayo Ogunbiyi]] of [[decoy:UNISON]] – [[person:Bayo]] to
most people – raised a collective claim in 2022. Rather than contest it, the chief people
officer, [[person:Catherine O’Sullivan]], proposed that both sides review every healthcare
support worker role together, using [[decoy:Agenda for Change]] job evaluation, and agree what
was owed.

The review was the biggest piece of joint job evaluation [[short:Manchester University]] had
ever done. It covered more than 2,800 staff at the [[site:Manchester Royal Infirmary]],
[[site:Wythenshawe Hospital]], [[site:Trafford General Hospital]], [[site:North Manchester General
Hospital]] and [[site:Saint Mary’s Hospital]]. Panels had equal numbers of trained managers and
reps from [[decoy:UNISON]], [[decoy:GMB]], [[decoy:Unite]] and [[decoy:the RCN]]. Every healthcare
support worker was invited to a session explaining the process in plain language.

The panels found that most band 2 healthcare support workers were regularly doing band 3 work:
taking bloods, recording observations, and supporting patients with complex needs. Both sides
agreed that those colleagues would move to band 3, with back pay to an agreed date, and that
band 2 roles would be redesigned so that the bands reflected what people actually did.

More than 2,100 colleagues moved to band 3. Back pay was paid in two instalments agreed with
the staff side. Vacancy rates for healthcare support workers fell from 14 % to 6 %. At
[[site:Wythy]] and [[site:the MRI]], ward managers reported that staff were more confident taking
on clinical tasks because the role was now clear.

[[person:Mrs O’Sullivan]] says: “We could have spent two years fighting a claim and lost. Instead
we did it together and got it right.” [[person:Mr Ogunbiyi]] says: “This was not a gift. It was
what people were owed. But doing it in partnership meant it was done fairly and quickly.”

The approach was shared with [[partner:Manchester City Council]], with
[[partner:NHS Greater Manchester]] and with the [[partner:Manchester Metropolitan University]].
Employers in [[decoy:Manchester]] and across the North West have since carried out similar reviews, and
[[decoy:NHS Employers]] and the [[decoy:NHS Staff Council]] have both referred to it. Staff shared
their new job descriptions under [[handle:#MFTHCSW]], and the [[acronym:MFT]] staff side
newsletter is online at [[contact:www.mft.nhs.uk/staffside]].

Endorsed by [[person:Nadia Rahman]], regional organiser: “A model of how to settle a banding claim
in partnership.” Colleagues in [[place:Moss Side]], [[place:Crumpsall]] and [[place:Wythenshawe]]
saw the difference in their pay in the same month.
`,
  },
  {
    id: "h02-royal-marsden",
    odsCode: "RPY",
    style: "'the Marsden' and 'Royal Marsden', two sites (Chelsea, Sutton), Vietnamese and Greek names, short e-mail-style paragraphs",
    people: [
      { role: "employer_lead", name: "Nguyen Thi Lan", email: "lan.nguyen@rmh.nhs.uk" },
      { role: "staff_lead", name: "Dimitris Papadopoulos", email: "dimitris.papadopoulos@rmh.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
Title: Protected learning time for cancer nurses, agreed in partnership

Why we started
Specialist cancer nursing depends on constant learning: new treatments, new trials, new side effects.
But when wards were short, study leave was the first thing cancelled. In 2022 nurses at
[[full:The Royal Marsden NHS Foundation Trust]] told the staff side that they had had, on average,
less than half their contracted study time in the previous year, and that the shortfall was worst
for nurses from minority ethnic backgrounds and for those working nights.

Who did it
The chief nurse’s deputy, [[person:Lan Nguyen]], and the staff side chair, [[person:Dimitris Papadopoulos]]
of [[decoy:the RCN]] – [[person:Dimitri]] to colleagues – agreed that study time would be treated as
a commitment, not a favour. They led a joint group with ward managers, practice educators and reps
from [[decoy:UNISON]] and [[decoy:Unite]].

What we agreed
Study days are now rostered, not requested, eight weeks ahead, and they can only be cancelled with the
agreement of the nurse and a staff side rep. Every ward reports monthly on study time given, broken
down by ethnicity, band and shift pattern. Night staff get study days on the day after their last
night, paid as a normal shift. A learning fund, jointly administered, pays for external courses.

Where
The agreement covers both hospitals, in [[place:Chelsea]] and at [[site:the Marsden in Sutton]],
and the [[site:Oak Cancer Centre]]. Nurses in [[site:Kingston]] outpatients joined in the second year.

What changed
Nurses now receive 92 % of their study time, up from 46 %. The gap between white nurses and nurses
from minority ethnic backgrounds has closed. More nurses at [[short:the Marsden]] have completed
specialist qualifications in the last two years than in the previous five. Retention of band 5 and 6
nurses has improved by seven points.

Partners
The [[partner:Institute of Cancer Research]] co-designed the learning fund criteria, and
[[partner:South West London ICB]] has asked to use the agreement in other cancer services. We worked
with [[partner:Sutton Council]] on evening transport for night staff attending study days. The
[[decoy:Social Partnership Forum]] featured it, and [[decoy:Health Education England]], now part of
[[decoy:NHS England]], used our reporting template.

In their words
[[person:Ms Nguyen]] says: “Learning is how cancer nurses keep patients safe. We could not keep
treating it as optional.” [[person:Mr Papadopoulos]] says: “The key was the rule that a study day
cannot be cancelled without a rep’s agreement. Managers told us it made them plan better.” Nurses
share what they learned under [[handle:#RMHLearns]], and the staff side posts from
[[handle:@RoyalMarsdenRCN]]. Colleagues at [[short:Royal Marsden]] say the best sign of success is
that nobody talks about cancelled study days any more.
`,
  },
  {
    id: "h03-west-midlands-ambulance",
    odsCode: "RYA",
    style: "long generic-word ambulance name with 'University', WMAS acronym, hub sites, Black Country places, Sikh and Irish names, hard line breaks",
    people: [
      { role: "employer_lead", name: "Gurpreet Singh Dhaliwal", email: "gurpreet.dhaliwal@wmas.nhs.uk" },
      { role: "staff_lead", name: "Niamh O’Connor", email: "niamh.oconnor@wmas.nhs.uk" },
    ],
    identifyingTerms: [],
    marked: `
Sexual safety in the ambulance service: staff and managers together

In 2023 a national survey found that one in three women working in ambulance services had
experienced sexual harassment from a colleague. At
[[full:West Midlands Ambulance Service University NHS Foundation Trust]] the staff side did
not wait to be asked. [[person:Niamh O’Connor]], the [[decoy:UNISON]] branch secretary, wrote
to the chief executive the week the survey was published, asking for a joint response.

The director of people, [[person:Gurpreet Singh Dhaliwal]], met her the next day. [[person:Mr Dhaliwal]]
and [[person:Ms O’Connor]] agreed that the response would not be a poster campaign. It would
change how concerns were raised, how they were investigated, and what happened to people who
harassed colleagues.

They set up a sexual safety partnership group with reps from [[decoy:UNISON]], [[decoy:GMB]] and
[[decoy:Unite]], managers from every hub, the freedom to speak up guardian, and – at the staff
side’s insistence – women paramedics and call handlers who had experienced harassment
themselves.

The group changed four things. Reports can now be made to a trained sexual safety lead, from
either management or the staff side, rather than only to a line manager. Investigations are
carried out by a trained pair, one manager and one rep, outside the person’s hub. Anyone found
to have harassed a colleague is moved away from them immediately, not the person who reported
it. And every new starter, and every manager, attends a session co-delivered by the two sides.

The sessions ran at every hub: [[site:Willenhall]], [[site:Hollymoor]], [[site:Lichfield]],
[[site:Hereford]] and others, and at the emergency operations centre at
[[site:Brierley Hill]]. Crews in [[place:Dudley]], [[place:Walsall]] and
[[place:Stoke-on-Trent]] helped design the scenarios used in training.

Reports of sexual harassment trebled in the first year, which both sides see as evidence that
staff now trust the process. Investigations now take an average of five weeks, down from
fourteen. In the staff survey, the share of women who said they felt safe from harassment by
colleagues rose by eleven points.

[[acronym:WMAS]] shared the approach with the [[decoy:Association of Ambulance Chief Executives]]
and with [[decoy:NHS England]]’s sexual safety charter team. [[partner:Birmingham and Solihull ICB]]
and [[partner:the University of Wolverhampton]], which trains many of our paramedics, have adopted
parts of it. The [[decoy:Social Partnership Forum]] published the joint investigation guide.

[[person:Gurpreet]] says: “The staff side made sure that the people who had been harmed designed
the answer.” [[person:Niamh]] says: “It is not solved. But it is no longer hidden.” Staff share
support messages under [[handle:#WMASSafe]], and anyone can contact the sexual safety leads at
[[contact:sexualsafety@wmas.nhs.uk]].
`,
  },
];
