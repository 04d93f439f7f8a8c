// E-mails to judges. Built only from a judge's own name, counts and the deadline: an e-mail to a judge
// never carries an entry's text, title or anything about who sent it (the leak test reads the outbox).
// Each builds the message; the caller queues it (queueMail) in the transaction that claims the reminder.
import { formatUkDeadline } from "~/domain/uk-time";
import { absoluteUrl, type Mail } from "~/platform/mail.server";

const SIGN_OFF = "\n\nNHS Social Partnership Forum secretariat\nHPMA award for partnership working between employers and trade unions";

export type JudgeReminder = { year: number; unfinished: number; deadline: string | null; kind: "reminder" | "3-days" };

export function judgingReminderMail(to: { email: string; name: string }, { year, unfinished, deadline, kind }: JudgeReminder): Mail {
  const sheets = unfinished === 1 ? "1 score sheet" : `${unfinished} score sheets`;
  return {
    to: to.email,
    subject: kind === "3-days" ? `HPMA ${year} judging closes in 3 days: ${sheets} to finish` : `Reminder: ${sheets} to finish for the HPMA ${year} award`,
    text:
      `Dear ${to.name},\n\n` +
      `You have ${sheets} still to submit for the HPMA ${year} award for partnership working.` +
      (deadline ? ` Judging closes at ${formatUkDeadline(deadline)} (UK time).` : "") +
      `\n\nSign in to see your entries and finish your scores:\n\n${absoluteUrl("/judging")}\n\n` +
      "Submitted score sheets are locked: only the SPF secretariat can reopen one. This address does not receive replies, so if you need a sheet reopened, contact the SPF secretariat as you usually would." +
      SIGN_OFF,
  };
}

/** A second look: the judge has more entries to score. Counts and the deadline only, like every judge e-mail. */
export function secondLookMail(to: { email: string; name: string }, { year, entries, deadline }: { year: number; entries: number; deadline: string | null }): Mail {
  const more = entries === 1 ? "1 more entry" : `${entries} more entries`;
  return {
    to: to.email,
    subject: `HPMA ${year} judging: ${more} to score`,
    text:
      `Dear ${to.name},\n\n` +
      `The SPF secretariat has asked for a second look at some entries to the HPMA ${year} award for partnership working, ` +
      `and you have been given ${more} to score, in the same way as the others.` +
      (deadline ? ` Judging closes at ${formatUkDeadline(deadline)} (UK time).` : "") +
      `\n\nSign in to see your entries:\n\n${absoluteUrl("/judging")}` +
      SIGN_OFF,
  };
}

/** Entries assigned to a judge (the automatic assignment, a move, a replacement or joining late): counts and the deadline only. */
export function entriesAssignedMail(to: { email: string; name: string }, { year, entries, deadline }: { year: number; entries: number; deadline: string | null }): Mail {
  const some = entries === 1 ? "1 entry" : `${entries} entries`;
  return {
    to: to.email,
    subject: `HPMA ${year} judging: ${some} assigned to you`,
    text:
      `Dear ${to.name},\n\n` +
      `The SPF secretariat has assigned you ${some} to score for the HPMA ${year} award for partnership working.` +
      (deadline ? ` Judging closes at ${formatUkDeadline(deadline)} (UK time).` : "") +
      `\n\nSign in to see your entries:\n\n${absoluteUrl("/judging")}` +
      SIGN_OFF,
  };
}

/** A judge has joined the final-round panel: the number of finalists only; their names are on the page after sign-in. */
export function finalPanelMail(to: { email: string; name: string }, { year, finalists, deadline }: { year: number; finalists: number; deadline: string | null }): Mail {
  const some = finalists === 1 ? "1 finalist" : `${finalists} finalists`;
  return {
    to: to.email,
    subject: `HPMA ${year}: you are on the final-round panel`,
    text:
      `Dear ${to.name},\n\n` +
      `The SPF secretariat has asked you to join the final-round panel of the HPMA ${year} award for partnership working, ` +
      `and you have ${some} to score.` +
      (deadline ? ` Final judging begins at ${formatUkDeadline(deadline)} (UK time).` : "") +
      `\n\nSign in to see the finalists:\n\n${absoluteUrl("/judging/final")}` +
      SIGN_OFF,
  };
}

/** From the judge pool: a judge of an earlier year is asked to judge again. The year and its judging dates only. */
export function judgeAgainMail(to: { email: string; name: string }, { year, fromYear, opens, closes }: { year: number; fromYear: number; opens: string | null; closes: string | null }): Mail {
  const when = opens && closes ? ` Judging runs from ${formatUkDeadline(opens)} to ${formatUkDeadline(closes)} (UK time).` : "";
  return {
    to: to.email,
    subject: `Would you judge the HPMA ${year} award?`,
    text:
      `Dear ${to.name},\n\n` +
      `Thank you for judging the HPMA ${fromYear} award for partnership working. The SPF secretariat would like to ask you to judge the ${year} award.` +
      when +
      `\n\nYour account stays as it is: sign in to see your judging page when entries are assigned:\n\n${absoluteUrl("/judging")}\n\n` +
      "This address does not receive replies: if you cannot judge this year, please tell the SPF secretariat as you usually would." +
      SIGN_OFF,
  };
}
