// The forms of one award cycle's page: what each intent posts, parsed by zod. The criteria and
// sections each have a small form whose fields are prefixed ("criterion-12-title") so that ids stay
// unique on the page; the prefix comes off before the schemas see them.
import { z } from "zod";
import { STAGES } from "~/domain/stages";
import { readUkDateTime } from "~/request/cycle-forms.server";
import { requiredText } from "~/request/fields.server";

/** What a form on the page is for; each has one action function in actions.server.ts. */
export const CYCLE_INTENTS = ["move", "dates", "extend", "criterion", "section", "final_criteria"] as const;

/** Checked even when other fields are wrong, so that every problem is listed at once. */
const whenObject = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

export const FinalCriteriaSchema = z.object({
  final_criteria: z.enum(["same", "own"], { error: "Choose which criteria the final round is scored on" }),
});

export const MoveStageSchema = z.object({
  to: z.enum(STAGES, { error: "Choose the stage to move to" }),
});

const newClose = (form: { new_close_day?: string; new_close_month?: string; new_close_year?: string; new_close_time?: string }) => ({
  day: form.new_close_day,
  month: form.new_close_month,
  year: form.new_close_year,
  time: form.new_close_time,
});

export const ExtendDeadlineSchema = z
  .object({
    organisation: z
      .string({ error: "Select who the extension is for" })
      .regex(/^(all|[1-9]\d{0,14})$/, "Select who the extension is for")
      .transform((v) => (v === "all" ? null : Number(v))),
    new_close_day: z.string().optional(),
    new_close_month: z.string().optional(),
    new_close_year: z.string().optional(),
    new_close_time: z.string().optional(),
    reason: requiredText("Enter the reason for the extension", { max: 500, label: "Reason" }),
  })
  .superRefine((form, ctx) => {
    const read = readUkDateTime("The new deadline", newClose(form), true);
    if (!read.ok) ctx.addIssue({ code: "custom", path: ["new_close"], message: read.message });
  }, whenObject)
  .transform((form) => {
    const read = readUkDateTime("The new deadline", newClose(form), true);
    return { organisationId: form.organisation, newCloseAt: read.ok ? read.utc! : "", reason: form.reason };
  });

const itemId = z.coerce.number({ error: "Choose what to change" }).int().positive("Choose what to change");

/** The criterion a criterion's form is for, read first to know which round's rules apply. */
export const CriterionIdSchema = z.object({ criterion_id: itemId.max(2147483647, "Choose what to change") });

/** The dates form's confirmation that a closing time leaving complete nominations out of judging is meant. */
export const CloseConfirmedSchema = z.object({ confirm_close: z.string().optional() }).transform((form) => form.confirm_close === "yes");

export const CriterionEditSchema = z.object({
  criterion_id: itemId,
  title: requiredText("Enter the criterion's title", { max: 200, label: "Title" }),
  guidance: requiredText("Enter the guidance for entrants", { max: 2000, label: "Guidance" }),
  weight: z
    .string({ error: "Enter the weight" })
    .trim()
    .min(1, "Enter the weight")
    .regex(/^\d{1,3}(\.\d{1,2})?$/, "Weight must be a number, like 1 or 1.5")
    .transform(Number)
    .refine((w) => w > 0 && w <= 100, "Weight must be more than 0 and at most 100"),
  scale_min: z
    .string({ error: "Enter the lowest score" })
    .trim()
    .regex(/^\d{1,3}$/, "The lowest score must be a whole number, like 0")
    .transform(Number),
  scale_max: z
    .string({ error: "Enter the highest score" })
    .trim()
    .regex(/^\d{1,3}$/, "The highest score must be a whole number, like 10")
    .transform(Number)
    .refine((n) => n >= 1 && n <= 100, "The highest score must be between 1 and 100"),
  descriptors: z.string({ error: "Describe at least one score" }).max(6000, "The descriptions must be 6,000 characters or fewer"),
});

export const SectionEditSchema = z.object({
  section_id: itemId,
  title: requiredText("Enter the section's title", { max: 200, label: "Title" }),
  guidance: requiredText("Enter the guidance for entrants", { max: 2000, label: "Guidance" }),
  word_limit: z
    .string()
    .trim()
    .regex(/^(\d{1,5})?$/, "Word limit must be a whole number of words, like 500, or empty for none")
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .refine((n) => n === null || (n >= 10 && n <= 10_000), "Word limit must be between 10 and 10,000 words"),
});

/** The fields of one item's form with its prefix taken off, ready for the schemas above. */
export function unprefixed(formData: FormData, prefix: string): FormData {
  const out = new FormData();
  for (const [key, value] of formData.entries()) if (typeof value === "string" && key.startsWith(prefix)) out.set(key.slice(prefix.length), value);
  return out;
}

/** Errors keyed by the prefixed field names, so the error summary links to the right control. */
export function prefixed(errors: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}${k}`, v]));
}
