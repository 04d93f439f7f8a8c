// The feedback page's forms: assemble the first drafts, release one entry's approved feedback, or
// release every approved one; and the banners after each.
import { z } from "zod";
import { defineNotices } from "~/request/notices.server";

export const FEEDBACK_INTENTS = ["assemble", "release", "release-all"] as const;

export const ReleaseOneSchema = z.object({ nominationId: z.coerce.number().int().positive() });

const counted = (n: number | null, one: string, many = `${one}s`) => `${n ?? 0} ${n === 1 ? one : many}`;

export const feedbackNotices = defineNotices({
  assembled: (count) => ({ title: "Feedback assembled", lines: [`${counted(count("assembled"), "new draft")}, from the judges' comments and score bands.`] }),
  approved: "Feedback approved: release it when you are ready",
  released: (count) => ({
    title: "Feedback released",
    lines: [`Released for ${counted(count("released"), "entry", "entries")}; ${counted(count("emails"), "e-mail")} queued to the organisations' members.`],
  }),
});
