// The learning summary page's form, and its banner after a save (?notice=saved): where the summary
// will be shown, which depends on whether the cycle's results are published yet.
import { z } from "zod";
import { parseForm } from "./forms.server";
import { defineNotices } from "./notices.server";

const Typed = z.string().default("");

/**
 * The learning summary as typed: the summary and a note per first-round criterion (criterion_<id>),
 * a missing field read as empty. What each may hold is the domain's rule (learningSummaryProblems).
 */
export function learningSummaryInput(formData: FormData, criteria: readonly { id: number; title: string }[]) {
  const schema = z.object({ summary: Typed, ...Object.fromEntries(criteria.map((c) => [`criterion_${c.id}`, Typed])) });
  const parsed = parseForm(schema, formData);
  const typed: Record<string, string> = parsed.ok ? parsed.data : {};
  return { summary: typed.summary ?? "", notes: criteria.map((c) => ({ criterionId: c.id, title: c.title, text: typed[`criterion_${c.id}`] ?? "" })) };
}

export const learningNotices = defineNotices<"saved", { year: number; published: boolean }>({
  saved: (_count, _text, { year, published }) => ({
    title: "The learning summary has been saved",
    lines: [published ? `It is on the public page for ${year} now.` : `It will appear on the public page for ${year} at the announcement.`],
  }),
});
