// One entry's feedback form: a text per criterion (criterion-<id>) and the overall feedback, saved as a
// draft or approved. The rules of the text (length, no judge named) are in the model and the domain.
import { z } from "zod";
import { feedbackCriterionField } from "~/domain/feedback";
import type { FeedbackInput } from "~/models/entrant-feedback.server";
import { parseForm } from "~/request/forms.server";
import { defineNotices } from "~/request/notices.server";

export const EDIT_INTENTS = ["save", "approve"] as const;

export const editNotices = defineNotices({ saved: "The draft is saved" });

/** A text as posted, cut at 50,000 characters (the model's rule says how long it may be); missing is empty. */
const Text = z.string().default("").transform((value) => value.slice(0, 50_000));

/** The texts as posted, for the criteria the feedback has (anything else posted is ignored). */
export function parseFeedbackForm(formData: FormData, criterionIds: number[]): FeedbackInput {
  const schema = z.object({ overall: Text, ...Object.fromEntries(criterionIds.map((id) => [feedbackCriterionField(id), Text])) });
  const parsed = parseForm(schema, formData);
  const typed: Record<string, string> = parsed.ok ? parsed.data : {};
  return {
    criteria: Object.fromEntries(criterionIds.map((id) => [id, typed[feedbackCriterionField(id)] ?? ""])),
    overall: typed.overall ?? "",
  };
}
