// The judge pool page's form: ask the judges of an earlier year to judge a cycle.
import { z } from "zod";
import { expertiseProblems } from "~/domain/judge-expertise";
import { parseForm } from "./forms.server";
import { defineNotices } from "./notices.server";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** After asking last year's judges again: how many were asked, and how many had been asked already (?notice=asked&asked=3&already=1). */
export const judgePoolNotices = defineNotices({
  asked: (count) => {
    const asked = count("asked");
    if (asked === null) return null;
    const already = count("already") ?? 0;
    return {
      title: `${plural(asked, "judge was", "judges were")} asked to judge again`,
      lines: already > 0 ? [`${plural(already, "judge had", "judges had")} been asked already, and were not asked twice.`] : [],
    };
  },
});

export const AskAgainSchema = z.object({
  intent: z.literal("ask-again", { error: "Choose what to do" }),
  cycleId: z.coerce.number({ error: "Choose the cycle" }).int().positive("Choose the cycle"),
  fromYear: z.coerce.number({ error: "Choose the year whose judges to ask" }).int().positive("Choose the year whose judges to ask"),
});

/**
 * A judge's expertise as posted: every ticked tag (checkboxes share one name, so all are read) and the
 * note. The rules and their messages are the domain's (expertiseProblems), checked here by zod.
 */
const ExpertiseSchema = z
  .object({
    expertise: z.array(z.string()),
    expertiseNote: z.string().catch(""),
  })
  .superRefine((form, ctx) => {
    for (const [field, message] of Object.entries(expertiseProblems({ tags: form.expertise, note: form.expertiseNote }))) ctx.addIssue({ code: "custom", path: [field], message });
  })
  .transform((form) => ({ tags: form.expertise, note: form.expertiseNote.trim() }));

/** The expertise form parsed; on failure the problems by field and what was typed (the tags comma-joined), to show again. */
export function parseExpertiseForm(formData: FormData) {
  return parseForm(ExpertiseSchema, formData, { repeated: ["expertise"] });
}
