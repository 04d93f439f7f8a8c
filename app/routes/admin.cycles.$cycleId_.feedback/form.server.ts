// The feedback page's forms: assemble the first drafts, release one entry's approved feedback, or
// release every approved one; and the banners after each.
import { z } from "zod";
import { defineNotices } from "~/request/notices.server";

export const FEEDBACK_INTENTS = ["assemble", "release", "release-all"] as const;

export const ReleaseOneSchema = z.object({ nominationId: z.coerce.number().int().positive() });

export const feedbackNotices = defineNotices({
  assembled: (count) => ({ title: "Feedback assembled", lines: [`${count("assembled") ?? 0} new drafts, from the judges' comments and score bands.`] }),
  approved: "Feedback approved: release it when you are ready",
  released: (count) => ({ title: "Feedback released", lines: [`${count("released") ?? 0} entries' feedback released; ${count("emails") ?? 0} e-mails queued to their organisations' members.`] }),
});
