// The service's e-mails, in plain text. Each names what it is for and when its link expires.
// Each builds the message; the caller queues it (queueMail) in the transaction that issues its link.
import { absoluteUrl, type Mail } from "~/platform/mail.server";

const SIGN_OFF = "\n\nNHS Social Partnership Forum secretariat\nHPMA award for partnership working between employers and trade unions";

export function emailConfirmationMail(to: { email: string; name: string }, token: string): Mail {
  return {
    to: to.email,
    subject: "Confirm your email address",
    text:
      `Dear ${to.name},\n\nYou registered to enter the HPMA award for partnership working. ` +
      `Confirm your email address by opening this link:\n\n${absoluteUrl(`/confirm-email/${token}`)}\n\n` +
      "The link works once and expires in 7 days. If you did not register, you can ignore this email." +
      SIGN_OFF,
  };
}

/**
 * To the owner of an address someone tried to register again: the form says the same as for a new
 * address, so it cannot be used to find out who has an account; the owner is told instead.
 */
export function alreadyRegisteredMail(to: { email: string; name: string }): Mail {
  return {
    to: to.email,
    subject: "You already have an account",
    text:
      `Dear ${to.name},\n\nSomeone tried to register for the HPMA award for partnership working with this email address, ` +
      `but you already have an account. Sign in at ${absoluteUrl("/login")}, or if you have forgotten your password ` +
      `reset it at ${absoluteUrl("/forgot-password")}.\n\nIf this was not you, you can ignore this email.`,
  };
}

export function passwordResetMail(to: { email: string; name: string }, token: string): Mail {
  return {
    to: to.email,
    subject: "Reset your password",
    text:
      `Dear ${to.name},\n\nSomeone asked to reset the password for your account. To choose a new password, open this link:\n\n` +
      `${absoluteUrl(`/reset-password/${token}`)}\n\nThe link works once and expires in 1 hour. ` +
      "If you did not ask for this, you can ignore this email: your password has not changed." +
      SIGN_OFF,
  };
}

export function invitationMail(
  to: { email: string; name: string },
  { role, invitedBy, token }: { role: "judge" | "admin"; invitedBy: string; token: string },
): Mail {
  const what = role === "judge" ? "judge the HPMA award for partnership working" : "help run the HPMA award for partnership working as a member of the SPF secretariat";
  return {
    to: to.email,
    subject: role === "judge" ? "You are invited to judge the HPMA partnership award" : "You are invited to administer the HPMA partnership award",
    text:
      `Dear ${to.name},\n\n${invitedBy} has invited you to ${what}.\n\nTo accept, open this link:\n\n` +
      `${absoluteUrl(`/invitations/${token}`)}\n\nThe link works once and expires in 7 days.` +
      SIGN_OFF,
  };
}
