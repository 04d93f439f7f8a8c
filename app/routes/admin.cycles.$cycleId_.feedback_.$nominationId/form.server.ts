// One entry's feedback form: a text per criterion (criterion-<id>) and the overall feedback, saved as a
// draft or approved. The rules of the text (length, no judge named) are in the model and the domain.
import { feedbackCriterionField } from "~/domain/feedback";
import type { FeedbackInput } from "~/models/entrant-feedback.server";
import { defineNotices } from "~/request/notices.server";

export const EDIT_INTENTS = ["save", "approve"] as const;

export const editNotices = defineNotices({ saved: "The draft is saved" });

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value.slice(0, 50_000) : "");

/** The texts as posted, for the criteria the feedback has (anything else posted is ignored). */
export function parseFeedbackForm(formData: FormData, criterionIds: number[]): FeedbackInput {
  return {
    criteria: Object.fromEntries(criterionIds.map((id) => [id, text(formData.get(feedbackCriterionField(id)))])),
    overall: text(formData.get("overall")),
  };
}
