// What the judging page says after preparing the entries or reminding judges (?notice=prepared&created=2...).
import { defineNotices } from "~/request/notices.server";

/** "1 entry was" or "3 entries were". */
const entriesWere = (n: number, adjective = "") => `${n} ${adjective}${n === 1 ? "entry was" : "entries were"}`;

export const judgingNotices = defineNotices({
  prepared: (count) => {
    const [created, rebuilt, withheld] = ["created", "rebuilt", "withheld"].map((name) => count(name) ?? 0);
    return {
      title: "The judging entries are up to date",
      lines: [
        `${entriesWere(created, "new ")} prepared for review.`,
        `${entriesWere(rebuilt)} rebuilt because the text or terms changed: ${rebuilt === 1 ? "it needs" : "they need"} reviewing again.`,
        `${entriesWere(withheld)} withheld because the nomination is no longer complete.`,
      ],
    };
  },
  "copies-rebuilt": (count) => {
    const rebuilt = count("rebuilt") ?? 0;
    const unreleased = count("unreleased") ?? 0;
    if (rebuilt === 0) return { title: "No judges' copy was out of date", lines: ["Nothing was changed."] };
    return {
      title: rebuilt === 1 ? "1 copy rebuilt" : `${rebuilt} copies rebuilt`,
      lines: [
        unreleased === 0
          ? `Review ${rebuilt === 1 ? "it" : "each one"} before you release ${rebuilt === 1 ? "it" : "them"}.`
          : `${rebuilt === 1 ? "It" : `${unreleased} of them`} had been released to judges: ${unreleased === 1 ? "it is" : "they are"} back in review, and judges do not see ${unreleased === 1 ? "it" : "them"} until you release ${unreleased === 1 ? "it" : "them"} again.`,
      ],
    };
  },
  reminded: (count) => {
    const emailed = count("emailed") ?? 0;
    return { title: emailed === 1 ? "1 judge emailed" : `${emailed} judges emailed`, lines: emailed === 0 ? ["No judge has an unfinished score sheet."] : [] };
  },
  practice: (count) => {
    const hidden = count("redactions") ?? 0;
    return { title: "The practice entry is chosen", lines: [`${hidden === 1 ? "1 name, place or detail was" : `${hidden} names, places or details were`} hidden in the judges' copy. Read it below before judges score it.`] };
  },
  "practice-terms": (count) => {
    const hidden = count("redactions") ?? 0;
    return { title: "The practice entry's words to hide have changed", lines: [`The judges' copy has been rebuilt: ${hidden === 1 ? "1 name, place or detail is" : `${hidden} names, places or details are`} hidden in it.`] };
  },
});
