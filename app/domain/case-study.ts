// Turns a finalist's nomination into the SPF's case-study shape for the public archive: about the
// organisation, the challenge, what was done in partnership, outcomes and impact, key achievement,
// top tips, and contact, with the real names (this is the entrant's own text, not the judges' copy).
// A lead is named as a contact only as far as they agreed on their endorsement page: their name and
// job title, their e-mail address, both or neither (decision 020).
import type { ArchiveEntryFields } from "./archive";
import { ORGANISATION_TYPE_LABELS } from "./permissions";
import type { ArchiveResult, OrganisationType } from "./vocabulary";

export type CaseStudySource = {
  year: number;
  result: ArchiveResult;
  organisation: { name: string; type: OrganisationType | null; region: string | null };
  title: string;
  /** The nomination's answers by section key (summary, evidence_1…3, partners, outcomes, learning, top_tips). */
  answers: Record<string, string>;
  unions: string | null;
  /** agreedName / agreedEmail: what the lead agreed may be published about them. */
  leads: { name: string | null; role: string | null; email: string | null; agreedName: boolean; agreedEmail: boolean }[];
};

const clean = (text: string | undefined) => (text ?? "").replace(/\r\n/g, "\n").trim();

/** The first sentence (or the first 300 characters) of a text: the case study's key achievement. */
export function firstSentence(text: string): string {
  const t = clean(text).replace(/\s+/g, " ");
  const match = /^(.{20,}?[.!?])(\s|$)/.exec(t);
  const sentence = match ? match[1] : t;
  return sentence.length > 300 ? `${sentence.slice(0, 297).replace(/\s+\S*$/, "")}…` : sentence;
}

/** Paragraphs joined with a blank line, leaving out the empty ones. */
const paragraphs = (...parts: string[]) => parts.map(clean).filter(Boolean).join("\n\n") || null;

export function generateCaseStudy(source: CaseStudySource): ArchiveEntryFields {
  const { organisation: org, answers } = source;
  const kind = org.type ? ORGANISATION_TYPE_LABELS[org.type].toLowerCase() : "NHS organisation";
  const where = org.region ? ` in ${org.region === "National" ? "England" : `the ${org.region}`}` : "";
  const unions = clean(source.unions ?? "");
  const about = `${org.name} is ${/^[aeiou]/i.test(kind) ? "an" : "a"} ${kind}${where}.${unions ? ` This work was done in partnership with ${unions}.` : ""}`;
  const contacts = source.leads.flatMap((l) => {
    const named = l.agreedName && l.name ? [l.name, l.role].filter(Boolean).join(", ") : "";
    const email = l.agreedEmail && l.email ? l.email : "";
    if (!named && !email) return [];
    return [named && email ? `${named} (${email})` : named || email];
  });
  return {
    year: source.year,
    organisation_name: org.name,
    title: clean(source.title) || null,
    result: source.result,
    summary: firstSentence(answers.summary ?? "") || null,
    region: org.region,
    organisation_type: org.type,
    source_note: `From ${org.name}'s entry to the ${source.year} award, published with the entrant's consent.`,
    source_url: null,
    themes: [],
    about_organisation: about,
    challenge: paragraphs(answers.summary ?? ""),
    partnership_work: paragraphs(answers.evidence_1 ?? "", answers.partners ?? ""),
    outcomes: paragraphs(answers.outcomes ?? "", answers.evidence_2 ?? ""),
    key_achievement: firstSentence(answers.outcomes ?? answers.evidence_2 ?? "") || null,
    top_tips: paragraphs(answers.top_tips ?? ""),
    further_information: paragraphs(answers.learning ?? "", answers.evidence_3 ?? "", contacts.length ? `Contact: ${contacts.join("; ")}.` : ""),
  };
}
