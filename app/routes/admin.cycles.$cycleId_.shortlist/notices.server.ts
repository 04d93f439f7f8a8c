// What the shortlist page says after a change: the address it redirects to (?notice=saved) and its banner.
import { defineNotices } from "~/request/notices.server";

export const shortlistNotices = defineNotices({
  saved: () => ({ title: "The shortlist is saved", lines: ["Check it, then confirm it to reveal the finalists to the final-round panel."] }),
  confirmed: () => ({ title: "The shortlist is confirmed", lines: ["The finalists have been e-mailed and are revealed to the final-round panel."] }),
});
