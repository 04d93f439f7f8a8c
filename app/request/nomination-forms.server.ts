// The zod schemas of the nomination forms. Drafts may be incomplete, so every field is optional
// here; what a submission needs is decided by app/domain/nomination-rules.ts.
import { z } from "zod";
import { defineNotices } from "./notices.server";
import type { DraftFields } from "~/models/nominations.server";
import { MAX_FIELD_CHARACTERS, answerField } from "~/domain/nomination-rules";
import { isOneLine, oneLineMessage } from "./fields.server";
import { formValues } from "./forms.server";

const text = (label: string, max: number) =>
  z
    .string()
    .max(max, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`)
    .optional()
    .transform((v) => v?.trim() || null);

/** A lead's name or role: it goes into the e-mails that ask for the endorsement, so it stays on one line. */
const oneLine = (label: string, max: number) => text(label, max).refine((v) => v === null || isOneLine(v), oneLineMessage(label));

/** A word or phrase the entrant adds, on the judges' copy preview, to what judges must not see. */
export const IdentifyingTermSchema = z.object({
  term: z
    .string({ error: "Enter the words to hide" })
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(2, "Enter at least 2 characters to hide").max(200, "Enter at most 200 characters: one name, place or handle at a time")),
});

export const NominationDraftSchema = z.object({
  intent: z.enum(["autosave", "save", "continue", "return"]).catch("save"),
  revision: z.coerce.number({ error: "Reload the page and try again" }).int().positive("Reload the page and try again"),
  title: z
    .string()
    .max(300, "Title must be 300 characters or fewer")
    .optional()
    .transform((v) => v?.trim() ?? ""),
  employer_lead_name: oneLine("Employer lead's name", 200),
  employer_lead_role: oneLine("Employer lead's role", 200),
  employer_lead_email: text("Employer lead's email address", 254),
  staff_lead_name: oneLine("Staff-side lead's name", 200),
  staff_lead_role: oneLine("Staff-side lead's role", 200),
  staff_lead_email: text("Staff-side lead's email address", 254),
  unions: text("Unions involved", 2000),
  identifying_terms: z
    .string()
    .max(10_000, "Identifying terms must be 10,000 characters or fewer")
    .optional()
    .transform((v) => [...new Set((v ?? "").split(/\r?\n/).map((t) => t.trim()).filter(Boolean))]),
  consent_to_publish: z
    .string()
    .optional()
    .transform((v) => v === "yes"),
});

/** The start form's one-off key: without one (not sent from our page) nothing is started. */
export const StartNominationSchema = z.object({
  startKey: z.string({ error: "Start the nomination from the My nominations page" }).min(8, "Start the nomination from the My nominations page").max(100),
});

/** The revision the entrant checked: a submission is of what they saw on the check page. */
export const SubmitNominationSchema = z.object({
  revision: z.coerce.number({ error: "Check your nomination again, then submit it" }).int().positive("Check your nomination again, then submit it"),
});

export const ResendEndorsementSchema = z.object({
  side: z.enum(["employer", "staff_side"], { error: "Choose whose link to send again" }),
});

export const WithdrawSchema = z.object({
  confirm: z.literal("yes", { error: "Confirm that you want to withdraw this nomination" }),
});

export type ParsedDraft =
  | { ok: true; intent: "autosave" | "save" | "continue" | "return"; revision: number; fields: DraftFields; answers: Record<number, string> }
  | { ok: false; errors: Record<string, string>; values: Record<string, string> };

/** The whole nomination form: its fixed fields and one answer per section id it names. */
export function parseNominationForm(formData: FormData, sectionIds: readonly number[]): ParsedDraft {
  const raw: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string") raw[key] = value;
  const result = NominationDraftSchema.safeParse(raw);
  const answers: Record<number, string> = {};
  const errors: Record<string, string> = {};
  for (const id of sectionIds) {
    const value = raw[answerField(id)] ?? "";
    // Far beyond any limit: refused here before the words are even counted.
    if (value.length > MAX_FIELD_CHARACTERS) errors[answerField(id)] = `This answer must be ${MAX_FIELD_CHARACTERS.toLocaleString("en-GB")} characters or fewer`;
    answers[id] = value;
  }
  if (!result.success) {
    for (const issue of result.error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  }
  if (!result.success || Object.keys(errors).length > 0) return { ok: false, errors, values: formValues(formData) };
  const { intent, revision, ...fields } = result.data;
  return { ok: true, intent, revision, fields, answers };
}

/** What the judges' copy says after the entrant adds words to hide. */
export const judgesCopyNotices = defineNotices({
  added: "The words are now hidden: check your entry below again",
  listed: "Those words were already on your list of names to hide",
});
