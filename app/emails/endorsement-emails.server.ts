// The e-mails of endorsement and reminders: to the leads who endorse a nomination, to the entrants
// when a lead answers, and the reminders to organisations with drafts. Plain text, like emails.server.ts;
// each builds the message, which the caller queues (queueMail) in the transaction that causes it.
import { formatUkDeadline } from "~/domain/uk-time";
import { absoluteUrl, type Mail } from "~/platform/mail.server";

const SIGN_OFF = "\n\nNHS Social Partnership Forum secretariat\nHPMA award for partnership working between employers and trade unions";

export type EndorsedNomination = { organisation: string; title: string; reference: string; deadline: string | null };

const SIDE_WORDS = { employer: "employer lead", staff_side: "staff-side lead" } as const;

function deadlineSentence(deadline: string | null): string {
  return deadline ? `Please answer before ${formatUkDeadline(deadline)} (UK time), when nominations close.` : "Please answer as soon as you can.";
}

export function endorsementRequestMail(
  to: { email: string; name: string },
  { side, nomination, token, enteredBy }: { side: "employer" | "staff_side"; nomination: EndorsedNomination; token: string; enteredBy: string | null },
): Mail {
  return {
    to: to.email,
    subject: `Please confirm the HPMA partnership award nomination from ${nomination.organisation}`,
    text:
      `Dear ${to.name},\n\n` +
      `${enteredBy ? `${enteredBy} has` : "Your colleagues have"} entered ${nomination.organisation} for the HPMA award for partnership working ` +
      `and named you as the ${SIDE_WORDS[side]}.\n\n` +
      `Nomination: ${nomination.title}\nReference: ${nomination.reference}\n\n` +
      "A nomination only counts when both the employer lead and the staff-side lead confirm that it is a true account of work done in partnership. " +
      "Open this link to read the nomination and confirm it, or say why you cannot:\n\n" +
      `${absoluteUrl(`/endorse/${token}`)}\n\n` +
      `${deadlineSentence(nomination.deadline)} You do not need an account. The link works once; do not forward it.\n\n` +
      "If you were not expecting this email, you can ignore it, or tell the SPF secretariat." +
      SIGN_OFF,
  };
}

export function endorsementAnsweredMail(
  to: { email: string; name: string },
  {
    side,
    lead,
    decision,
    reason,
    nomination,
  }: { side: "employer" | "staff_side"; lead: string; decision: "confirmed" | "declined"; reason: string | null; nomination: EndorsedNomination },
): Mail {
  const confirmed = decision === "confirmed";
  return {
    to: to.email,
    subject: confirmed
      ? `${lead} has confirmed your nomination ${nomination.reference}`
      : `${lead} has not confirmed your nomination ${nomination.reference}`,
    text:
      `Dear ${to.name},\n\n` +
      (confirmed
        ? `${lead}, the ${SIDE_WORDS[side]}, has confirmed the nomination "${nomination.title}" (${nomination.reference}) from ${nomination.organisation}.`
        : `${lead}, the ${SIDE_WORDS[side]}, has not confirmed the nomination "${nomination.title}" (${nomination.reference}) from ${nomination.organisation}.\n\n` +
          `The reason they gave:\n\n${reason ?? ""}\n\n` +
          "You can talk to them, change the nomination and submit it again, which sends them a new link.") +
      "\n\nA nomination is complete when both leads have confirmed it before the deadline" +
      (nomination.deadline ? ` (${formatUkDeadline(nomination.deadline)}, UK time)` : "") +
      `. See where it stands at ${absoluteUrl("/nominations")}` +
      SIGN_OFF,
  };
}

export function draftReminderMail(
  to: { email: string; name: string },
  { kind, organisation, year, deadline, drafts }: { kind: "7-days" | "1-day"; organisation: string; year: number; deadline: string; drafts: string[] },
): Mail {
  const when = kind === "1-day" ? "tomorrow" : "in a week";
  return {
    to: to.email,
    subject: `Nominations for the ${year} HPMA partnership award close ${when}`,
    text:
      `Dear ${to.name},\n\n` +
      `${organisation} has ${drafts.length === 1 ? "a nomination" : `${drafts.length} nominations`} for the ${year} HPMA award for partnership working that ` +
      `${drafts.length === 1 ? "has" : "have"} not been submitted yet:\n\n${drafts.map((t) => `- ${t || "(no title yet)"}`).join("\n")}\n\n` +
      `Nominations close at ${formatUkDeadline(deadline)} (UK time). After you submit, the employer lead and the staff-side lead each need to ` +
      "confirm the nomination before the deadline, so leave them time to do it.\n\n" +
      `Continue your nomination at ${absoluteUrl("/nominations")}` +
      SIGN_OFF,
  };
}
