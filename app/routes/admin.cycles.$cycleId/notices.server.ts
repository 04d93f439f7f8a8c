// What the cycle page says after a change: the address it redirects to (?saved=dates) and its banner.
import { defineNotices } from "~/request/notices.server";

export const cycleNotices = defineNotices(
  {
    created: "The award cycle has been created in draft",
    moved: "The cycle has moved to its new stage",
    dates: "The dates have been saved",
    extended: (count) => {
      const emailed = count("emailed");
      const lines = emailed === null ? [] : [emailed === 1 ? "1 entrant with a draft nomination was told by email." : `${emailed} entrants with draft nominations were told by email.`];
      return { title: "The deadline has been extended", lines };
    },
    criterion: "The criterion has been saved",
    section: "The section of the entry form has been saved",
    final_criteria: "The final round's criteria have been chosen",
    closed_now: (count) => {
      const emailed = count("emailed") ?? 0;
      const lines = [emailed === 0 ? "No organisation had a draft or an unendorsed nomination to be told about." : `The members of ${emailed === 1 ? "1 organisation" : `${emailed} organisations`} with a draft or an unendorsed nomination were told by email.`];
      return { title: "Nominations have closed", lines };
    },
  },
  { param: "saved" },
);
