// E-mails about an award cycle that the secretariat's changes send: a deadline extended for everyone
// is told to the entrants whose organisations still have a draft.
import { formatUkDeadline } from "~/domain/uk-time";
import { absoluteUrl, type Mail } from "~/platform/mail.server";

const SIGN_OFF = "\n\nNHS Social Partnership Forum secretariat\nHPMA award for partnership working between employers and trade unions";

/** To an entrant with a draft nomination, when the deadline is extended for everyone. */
export function deadlineExtendedMail(to: { email: string; name: string; organisation: string }, { year, newCloseAt, reason }: { year: number; newCloseAt: string; reason: string }): Mail {
  return {
    to: to.email,
    subject: `The deadline for the ${year} HPMA partnership award has been extended`,
    text:
      `Dear ${to.name},\n\nThe deadline for nominations to the ${year} HPMA award for partnership working has been extended ` +
      `to ${formatUkDeadline(newCloseAt)} (UK time).\n\nReason: ${reason}\n\n` +
      `${to.organisation} has a draft nomination that has not been submitted yet. You can carry on with it here:\n\n` +
      `${absoluteUrl("/nominations")}\n\nA nomination is complete only when it is submitted and both the employer lead and the ` +
      "staff-side lead have endorsed it before the deadline." +
      SIGN_OFF,
  };
}
