// What an entry's review page says after a change (?notice=flag-hidden, ?notice=released...).
import { defineNotices } from "~/request/notices.server";

export const entryReviewNotices = defineNotices({
  "flag-hidden": "The phrase will be hidden wherever it appears",
  "flag-kept": "The phrase will be kept in the judges' copy",
  "term-added": "The words will be hidden: check the judges' copy below",
  "term-removed": "The words are no longer hidden: check the judges' copy below",
  released: "The entry has been released to judging",
  withheld: "The entry has been withheld from judges",
  rebuilt: "The judges' copy has been rebuilt from the entry as it is now: check it below",
  "copy-current": { title: "The judges' copy was already up to date", lines: ["Nothing was changed."], plain: true },
  reopened: "The score sheet has been reopened: its judge can change it and submit it again",
});

export type EntryReviewNotice = Parameters<typeof entryReviewNotices.href>[1];
