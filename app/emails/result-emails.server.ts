// E-mails of the shortlist and the announcement: finalists are told they are finalists (never the
// result) when the shortlist is confirmed; everyone shortlisted is told their result at the announcement.
// Each builds the message; it is queued (queueMail) in the transaction that confirms or publishes.
import { formatUkDeadline } from "~/domain/uk-time";
import { absoluteUrl, type Mail } from "~/platform/mail.server";

const SIGN_OFF = "\n\nNHS Social Partnership Forum secretariat\nHPMA award for partnership working between employers and trade unions";

export type FinalistNotice = { year: number; organisation: string; title: string; finalJudgingAt: string | null };

export function finalistNoticeMail(to: { email: string; name: string }, n: FinalistNotice): Mail {
  return {
    to: to.email,
    subject: `${n.organisation} is a finalist for the HPMA ${n.year} partnership award`,
    text:
      `Dear ${to.name},\n\n` +
      `Congratulations: "${n.title}" from ${n.organisation} has been shortlisted as a finalist for the HPMA ${n.year} award for partnership working between employers and trade unions.\n\n` +
      "In the final round each finalist presents to the judging panel for 15 minutes, followed by 15 minutes of questions. " +
      "Please present together: someone from the employer side and someone from the staff side.\n\n" +
      (n.finalJudgingAt ? `The final round is on ${formatUkDeadline(n.finalJudgingAt)} (UK time). We will send joining details nearer the day.\n\n` : "We will send the date and joining details soon.\n\n") +
      "The winner will be announced at the awards ceremony. Please keep your place on the shortlist to yourselves until the SPF announces the finalists." +
      SIGN_OFF,
  };
}

const RESULT_WORDS = { winner: "the winner", highly_commended: "highly commended", finalist: "a finalist" } as const;

export type ResultNotice = { year: number; organisation: string; title: string; result: keyof typeof RESULT_WORDS; caseStudyPath: string | null };

export function resultNoticeMail(to: { email: string; name: string }, n: ResultNotice): Mail {
  return {
    to: to.email,
    subject: `HPMA ${n.year} partnership award: ${n.organisation} is ${RESULT_WORDS[n.result]}`,
    text:
      `Dear ${to.name},\n\n` +
      (n.result === "winner"
        ? `Congratulations: "${n.title}" from ${n.organisation} has won the HPMA ${n.year} award for partnership working between employers and trade unions.`
        : n.result === "highly_commended"
          ? `Congratulations: "${n.title}" from ${n.organisation} has been highly commended in the HPMA ${n.year} award for partnership working between employers and trade unions.`
          : `Thank you for taking part in the final round of the HPMA ${n.year} award for partnership working. "${n.title}" from ${n.organisation} was one of this year's finalists.`) +
      (n.caseStudyPath ? `\n\nYour case study is now in the public archive:\n\n${absoluteUrl(n.caseStudyPath)}` : "") +
      SIGN_OFF,
  };
}
