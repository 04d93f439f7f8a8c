// The e-mail that tells an entrant's organisation its feedback is ready (decision 038). It carries a
// link and never the feedback itself: the text stays behind the sign-in, for approved members only.
import { absoluteUrl, type Mail } from "~/platform/mail.server";

const SIGN_OFF = "\n\nNHS Social Partnership Forum secretariat\nHPMA award for partnership working between employers and trade unions";

export type FeedbackNotice = { year: number; organisation: string; title: string; path: string };

export function feedbackReleasedMail(to: { email: string; name: string }, n: FeedbackNotice): Mail {
  return {
    to: to.email,
    subject: `HPMA ${n.year} partnership award: feedback on your entry is ready`,
    text:
      `Dear ${to.name},\n\n` +
      `Thank you for entering "${n.title}" from ${n.organisation} for the HPMA ${n.year} award for partnership working between employers and trade unions.\n\n` +
      "The judging panel's feedback on your entry, criterion by criterion, is ready. Sign in to read it:\n\n" +
      `${absoluteUrl(n.path)}` +
      SIGN_OFF,
  };
}
