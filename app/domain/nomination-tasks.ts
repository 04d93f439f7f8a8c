// The nomination as an NHS.UK task list (issue 18): its parts (the initiative, one per section of the
// entry form, the leads, the names to hide), which fields each part's page holds, and each part's
// status, decided by the same rules as submission (submissionProblems). Pure: pages and saves ask it.
import { answerField, submissionProblems, type NominationText, type SectionRule } from "./nomination-rules";
import { countWords } from "./word-count";

export type NominationPart =
  | { kind: "details"; key: "details"; title: string }
  | { kind: "section"; key: string; title: string; sectionId: number }
  | { kind: "leads"; key: "leads"; title: string }
  | { kind: "names-to-hide"; key: "names-to-hide"; title: string };

export type TaskStatus = "completed" | "incomplete" | "not-started" | "cannot-start" | "optional";

export type Task = { key: string; title: string; hint?: string; href: string; status: TaskStatus };

/** The fields of the nomination form that are not section answers, by the part whose page holds them. */
export const PART_FIELDS = {
  details: ["title", "unions", "consent_to_publish"],
  leads: ["employer_lead_name", "employer_lead_role", "employer_lead_email", "staff_lead_name", "staff_lead_role", "staff_lead_email"],
  "names-to-hide": ["identifying_terms"],
} as const;

export const sectionPartKey = (sectionId: number): string => `section-${sectionId}`;

/** The part a URL names, among this cycle's sections, or null (the page is then not found). */
export function parsePart(key: string | undefined, sections: readonly Pick<SectionRule, "id" | "title">[]): NominationPart | null {
  if (key === "details") return { kind: "details", key, title: "About the initiative" };
  if (key === "leads") return { kind: "leads", key, title: "The employer and staff-side leads" };
  if (key === "names-to-hide") return { kind: "names-to-hide", key, title: "What judges must not see" };
  const match = /^section-(\d{1,9})$/.exec(key ?? "");
  const section = match ? sections.find((s) => s.id === Number(match[1])) : undefined;
  return section ? { kind: "section", key: sectionPartKey(section.id), title: section.title, sectionId: section.id } : null;
}

/** Every field name a part's page posts (and so every field its save may change). */
export function fieldsOfPart(part: NominationPart): readonly string[] {
  return part.kind === "section" ? [answerField(part.sectionId)] : PART_FIELDS[part.kind];
}

/** The page that holds a field of the form ("answer_12" is on section 12's page), for links to fix a problem. */
export function partKeyOfField(field: string): string {
  const answer = /^answer_(\d+)$/.exec(field);
  if (answer) return sectionPartKey(Number(answer[1]));
  for (const [key, fields] of Object.entries(PART_FIELDS)) if ((fields as readonly string[]).includes(field)) return key;
  return "details";
}

export const fieldHref = (nominationId: number, field: string): string => `/nominations/${nominationId}/${partKeyOfField(field)}#${field}`;

export type TaskListInput = {
  id: number;
  sections: readonly (SectionRule & { guidance?: string })[];
  text: NominationText & { unions: string | null; consentToPublish: boolean; identifyingTerms: readonly string[] };
  status: string;
  changedSinceSubmission: boolean;
};

export type TaskList = {
  /** Writing the nomination: every part submission needs. */
  write: Task[];
  /** Checking what judges will see: helpful, not required. */
  check: Task[];
  submit: Task;
  completed: number;
  total: number;
};

const filled = (v: string | null | undefined) => Boolean(v && v.trim());

/** The status of each part, how many of the writing parts are done, and whether submitting can start. */
export function nominationTaskList({ id, sections, text, status, changedSinceSubmission }: TaskListInput): TaskList {
  const problems = submissionProblems(sections, text);
  const statusOf = (fields: readonly string[], started: boolean): TaskStatus =>
    fields.some((f) => problems[f]) ? (started ? "incomplete" : "not-started") : "completed";
  const href = (key: string) => `/nominations/${id}/${key}`;
  const write: Task[] = [
    {
      key: "details",
      title: "About the initiative",
      hint: "Its title, the unions involved, and consent to publish a case study",
      href: href("details"),
      status: statusOf(["title"], filled(text.title) || filled(text.unions) || text.consentToPublish),
    },
    ...sections.map((s) => {
      const words = countWords(text.answers[s.id] ?? "");
      return {
        key: sectionPartKey(s.id),
        title: s.title,
        hint: s.word_limit !== null ? `${words} of up to ${s.word_limit} words` : `${words} ${words === 1 ? "word" : "words"}`,
        href: href(sectionPartKey(s.id)),
        status: statusOf([answerField(s.id)], words > 0),
      };
    }),
    {
      key: "leads",
      title: "The employer and staff-side leads",
      hint: "We ask both of them by email to endorse the nomination",
      href: href("leads"),
      status: statusOf(PART_FIELDS.leads, PART_FIELDS.leads.some((f) => filled(text[f]))),
    },
  ];
  const completed = write.filter((t) => t.status === "completed").length;
  const ready = completed === write.length;
  const check: Task[] = [
    {
      key: "names-to-hide",
      title: "What judges must not see",
      hint: "Names of sites, services, places and people in your entry that would tell judges who you are",
      href: href("names-to-hide"),
      status: text.identifyingTerms.length > 0 ? "completed" : "optional",
    },
    {
      key: "judges-copy",
      title: "Check the judges' copy",
      hint: "Read your entry as judges will see it, with the words we hide marked",
      href: href("judges-copy"),
      status: write.some((t) => t.key.startsWith("section-") && t.status !== "not-started") ? "optional" : "cannot-start",
    },
  ];
  const submitStatus: TaskStatus =
    status === "submitted" ? "completed" : !ready ? "cannot-start" : changedSinceSubmission ? "incomplete" : "not-started";
  return {
    write,
    check,
    submit: {
      key: "submit",
      title: changedSinceSubmission ? "Check and submit again" : "Check and submit",
      hint: changedSinceSubmission ? "You have changed the nomination since it was submitted: submit it again before the deadline" : undefined,
      href: href("submit"),
      status: submitStatus,
    },
    completed,
    total: write.length,
  };
}
