// What the final-round page says after a change: the address it redirects to (?notice=panel&assigned=3)
// and its banner.
import { defineNotices } from "~/request/notices.server";

export const finalNotices = defineNotices({
  panel: (count) => {
    const assigned = count("assigned") ?? 0;
    const skipped = count("skipped");
    const lines = [`${assigned} new final-round ${assigned === 1 ? "score sheet was" : "score sheets were"} assigned.`];
    if (skipped) lines.push(`${skipped} ${skipped === 1 ? "pairing was" : "pairings were"} left out because of a conflict of interest.`);
    return { title: "The final-round panel has been saved", lines };
  },
  reopened: () => ({ title: "The score sheet has been reopened", lines: ["Its judge can change it and submit it again."] }),
  decisions: () => ({ title: "The decisions have been recorded", lines: ["They stay embargoed until the announcement."] }),
  moved: "The announcement has been moved",
  published: () => ({ title: "The results have been published", lines: ["Finalists have been emailed their results."] }),
  drafted: (count) => {
    const drafted = count("drafted") ?? 0;
    return { title: drafted === 1 ? "1 case study has been drafted" : `${drafted} case studies have been drafted`, lines: ["Each is drafted from the finalist's nomination."] };
  },
});

export type FinalNotice = Parameters<typeof finalNotices.href>[1];
