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
];
