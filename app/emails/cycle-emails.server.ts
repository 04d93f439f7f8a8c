// E-mails about an award cycle that the secretariat's changes send: a deadline extended for everyone
// is told to the entrants whose organisations still have a draft; nominations closed early, to the
// members of each organisation whose nominations will not go forward.
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

type LeftOutNomination = { reference: string; title: string };

const named = (n: LeftOutNomination) => `- "${n.title.trim() || "Untitled nomination"}" (${n.reference})`;

/**
 * To each approved member of an organisation whose drafts (or submitted nominations not endorsed by
 * both leads) will not go forward, when the secretariat closes nominations ahead of the deadline.
 */
export function nominationsClosedEarlyMail(
  to: { email: string; name: string; organisation: string },
  { year, closedAt, drafts, unendorsed }: { year: number; closedAt: string; drafts: LeftOutNomination[]; unendorsed: LeftOutNomination[] },
): Mail {
  const one = drafts.length + unendorsed.length === 1;
  const parts: string[] = [];
  if (drafts.length > 0) {
    parts.push(`${drafts.length === 1 ? "This draft was" : "These drafts were"} not submitted, and can no longer be:\n\n${drafts.map(named).join("\n")}`);
  }
  if (unendorsed.length > 0) {
    parts.push(
      `${unendorsed.length === 1 ? "This nomination was" : "These nominations were"} submitted but not endorsed by both the employer lead and the ` +
        `staff-side lead before nominations closed, and an endorsement given from now on does not count:\n\n${unendorsed.map(named).join("\n")}`,
    );
  }
  return {
    to: to.email,
    subject: `Nominations for the ${year} HPMA partnership award have closed`,
    text:
      `Dear ${to.name},\n\nThe SPF secretariat closed nominations to the ${year} HPMA award for partnership working at ` +
      `${formatUkDeadline(closedAt)} (UK time), ahead of the published deadline.\n\n` +
      `${to.organisation} has ${one ? "a nomination that" : "nominations that"} will not go forward to judging.\n\n` +
      `${parts.join("\n\n")}\n\nYou can still read ${one ? "it" : "them"} here:\n\n${absoluteUrl("/nominations")}` +
      SIGN_OFF,
  };
}
