// What a nomination must hold to be submitted, what even a draft may not hold, and the canonical
// text that endorsements are given for. Pure: the model and the routes both ask it.
import { ENDORSEMENT_SIDE_LABELS } from "./vocabulary";
import { countWords, overLimit } from "./word-count";

export type SectionRule = { id: number; key: string; title: string; word_limit: number | null };

export type LeadFields = {
  employer_lead_name: string | null;
  employer_lead_role: string | null;
  employer_lead_email: string | null;
  staff_lead_name: string | null;
  staff_lead_role: string | null;
  staff_lead_email: string | null;
};

export type NominationText = LeadFields & { title: string; answers: Record<number, string> };

/** A draft may be long, but not absurdly so: five times a section's word limit, and never over this. */
export const MAX_FIELD_CHARACTERS = 50_000;
export const DRAFT_LIMIT_FACTOR = 5;

/** The form's name (and element id) of a section's answer. */
export const answerField = (sectionId: number): string => `answer_${sectionId}`;

export const LEAD_LABELS = {
  employer_lead_name: "employer lead's name",
  employer_lead_role: "employer lead's role",
  employer_lead_email: "employer lead's email address",
  staff_lead_name: "staff-side lead's name",
  staff_lead_role: "staff-side lead's role",
  staff_lead_email: "staff-side lead's email address",
} as const satisfies Record<keyof LeadFields, string>;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Problems that stop even a draft being saved: a section far beyond its limit. By field name. */
export function draftProblems(sections: readonly SectionRule[], answers: Record<number, string>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const s of sections) {
    const text = answers[s.id] ?? "";
    if (text.length > MAX_FIELD_CHARACTERS) {
      problems[answerField(s.id)] = `${s.title} must be ${MAX_FIELD_CHARACTERS.toLocaleString("en-GB")} characters or fewer`;
    } else if (s.word_limit !== null && countWords(text) > s.word_limit * DRAFT_LIMIT_FACTOR) {
      problems[answerField(s.id)] =
        `${s.title} has ${countWords(text).toLocaleString("en-GB")} words, far more than its limit of ${s.word_limit.toLocaleString("en-GB")}: shorten it before it can be saved`;
    }
  }
  return problems;
}

/**
 * Every reason the nomination cannot be submitted as it is, by field name, in the form's order;
 * `entrantEmails` are the addresses the leads may not have (leadIdentityProblems).
 */
export function submissionProblems(sections: readonly SectionRule[], text: NominationText, entrantEmails: readonly string[] = []): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!text.title.trim()) problems.title = "Enter the title of your initiative";
  for (const s of sections) {
    const answer = text.answers[s.id] ?? "";
    const over = overLimit(answer, s.word_limit);
    if (countWords(answer) === 0) problems[answerField(s.id)] = `Complete the section "${s.title}"`;
    else if (over) problems[answerField(s.id)] = `${s.title} must be ${s.word_limit} words or fewer: it has ${over.over} too many`;
  }
  for (const key of Object.keys(LEAD_LABELS) as (keyof LeadFields)[]) {
    const value = (text[key] ?? "").trim();
    if (!value) problems[key] = `Enter the ${LEAD_LABELS[key]}`;
    else if (key.endsWith("_email") && !EMAIL_SHAPE.test(value)) problems[key] = `Enter the ${LEAD_LABELS[key]} in the correct format, like name@example.com`;
  }
  for (const [key, problem] of Object.entries(leadIdentityProblems(text, entrantEmails))) problems[key] ??= problem;
  return problems;
}

/** A local part that RFC 5321 lets be written without quotes (a dot-atom). */
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/**
 * An address as a mailbox, for telling people apart: case and surrounding spaces do not matter, nor
 * a "+tag" after the name (name+a@ and name+b@ reach the same person), nor ways of writing the same
 * address that mail servers treat as one: quotes around a name that needs none ("name"@ is name@)
 * and a trailing dot on the domain (name@org.test. is name@org.test).
 */
export function mailboxKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at < 0) return address;
  let local = address.slice(0, at);
  const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(local);
  if (quoted) {
    const unquoted = quoted[1]!.replace(/\\(.)/g, "$1");
    if (DOT_ATOM.test(unquoted)) local = unquoted;
  }
  const domain = address.slice(at + 1).replace(/\.+$/, "");
  return `${local.startsWith('"') ? local : local.replace(/\+.*$/, "")}@${domain}`;
}

/**
 * Who the leads may be (decision 019): two different people, so two different addresses, and
 * neither one of the nomination's entrants (the addresses of the accounts that started it, saved it
 * or submit it), since the leads' endorsement is the check on what the entrant wrote. By field name;
 * only addresses that are filled in are compared.
 */
export function leadIdentityProblems(leads: Pick<LeadFields, "employer_lead_email" | "staff_lead_email">, entrantEmails: readonly string[]): Record<string, string> {
  const problems: Record<string, string> = {};
  const entrants = new Set(entrantEmails.map(mailboxKey));
  const employer = leads.employer_lead_email?.trim() ? mailboxKey(leads.employer_lead_email) : null;
  const staff = leads.staff_lead_email?.trim() ? mailboxKey(leads.staff_lead_email) : null;
  if (employer && entrants.has(employer)) {
    problems.employer_lead_email = "The employer lead's email address must not be the address of anyone entering this nomination: enter the employer lead's own address";
  }
  if (staff && entrants.has(staff)) {
    problems.staff_lead_email = "The staff-side lead's email address must not be the address of anyone entering this nomination: enter the staff-side lead's own address";
  } else if (employer && staff && employer === staff) {
    problems.staff_lead_email = "The staff-side lead's email address must be different from the employer lead's: the two leads are two different people";
  }
  return problems;
}

/** Line endings and trailing spaces do not change what a text says. */
function normalise(text: string | null): string {
  return (text ?? "").replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").trim();
}

/**
 * The text endorsers confirm, as one canonical string: title, each section's answer in form order,
 * and both leads. Its SHA-256 is the nomination's submitted_hash.
 */
export function canonicalText(sections: readonly SectionRule[], text: NominationText): string {
  return JSON.stringify([
    normalise(text.title),
    sections.map((s) => [s.key, normalise(text.answers[s.id] ?? "")]),
    (Object.keys(LEAD_LABELS) as (keyof LeadFields)[]).map((k) => normalise(text[k])),
  ]);
}

/** A read-only copy of an entry, for the check-your-answers page, the receipt and its e-mail. */
export type EntryCopy = {
  title: string;
  sections: { id: number; title: string; text: string; wordLimit: number | null }[];
  leads: { side: string; name: string | null; role: string | null; email: string | null }[];
  unions: string | null;
  identifyingTerms: string[];
  consentToPublish: boolean;
};

export function entryCopy(
  sections: readonly (SectionRule & { title: string })[],
  n: NominationText & { unions: string | null; identifyingTerms: string[]; consentToPublish: boolean },
): EntryCopy {
  return {
    title: n.title,
    sections: sections.map((s) => ({ id: s.id, title: s.title, text: n.answers[s.id] ?? "", wordLimit: s.word_limit })),
    leads: [
      { side: ENDORSEMENT_SIDE_LABELS.employer, name: n.employer_lead_name, role: n.employer_lead_role, email: n.employer_lead_email },
      { side: ENDORSEMENT_SIDE_LABELS.staff_side, name: n.staff_lead_name, role: n.staff_lead_role, email: n.staff_lead_email },
    ],
    unions: n.unions,
    identifyingTerms: n.identifyingTerms,
    consentToPublish: n.consentToPublish,
  };
}
