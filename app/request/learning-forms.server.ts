// The learning summary page's banner after a save (?notice=saved): where the summary will be shown,
// which depends on whether the cycle's results are published yet.
import { defineNotices } from "./notices.server";

export const learningNotices = defineNotices<"saved", { year: number; published: boolean }>({
  saved: (_count, _text, { year, published }) => ({
    title: "The learning summary has been saved",
    lines: [published ? `It is on the public page for ${year} now.` : `It will appear on the public page for ${year} at the announcement.`],
  }),
});
