// The judge pool page's form: ask the judges of an earlier year to judge a cycle.
import { z } from "zod";
import { expertiseProblems } from "~/domain/judge-expertise";
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
 * A judge's expertise as posted: every ticked tag (checkboxes share one name, so read them all) and
 * the note; with the problems and, on failure, what was typed, to show again.
 */
export function parseExpertiseForm(formData: FormData): { ok: true; data: { tags: string[]; note: string } } | { ok: false; errors: Record<string, string>; values: Record<string, string> } {
  const tags = formData.getAll("expertise").filter((v): v is string => typeof v === "string");
  const noteValue = formData.get("expertiseNote");
  const note = typeof noteValue === "string" ? noteValue : "";
  const problems = expertiseProblems({ tags, note });
  if (Object.keys(problems).length) return { ok: false, errors: problems, values: { expertise: tags.join(","), expertiseNote: note } };
  return { ok: true, data: { tags, note: note.trim() } };
}
