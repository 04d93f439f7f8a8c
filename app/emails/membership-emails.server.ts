// The e-mails about membership of an organisation: to whoever decides a request to join (its
// members, or the secretariat), and to the person who asked. Plain text, like emails.server.ts.
// Sent only after the decision is committed.
import type { ConfirmedRequest } from "~/models/memberships.server";
import { absoluteUrl, sendMail } from "~/platform/mail.server";

const SIGN_OFF = "\n\nNHS Social Partnership Forum secretariat\nHPMA award for partnership working between employers and trade unions";

type Person = { email: string; name: string };

/** After an address is confirmed: the deciders hear of a request, or the person hears they are in. */
export async function sendMembershipRequestEmails(request: ConfirmedRequest): Promise<void> {
  if (request.outcome === "approved") {
    await sendMembershipApproved(request.member, request.organisation.name);
    return;
  }
  const { member, organisation } = request;
  const page = request.bySecretariat ? `/admin/organisations/${organisation.id}` : "/organisation/members";
  for (const to of request.deciders) {
    await sendMail({
      to: to.email,
      subject: `${member.name} has asked to join ${organisation.name}`,
      text:
        `Dear ${to.name},\n\n${member.name} (${member.email}) has registered for the HPMA award for partnership working and asked to join ` +
        `${organisation.name}. Until their request is approved they cannot see any of ${organisation.name}'s nominations.\n\n` +
        `If you know that they work there, approve the request; if not, decline it:\n\n${absoluteUrl(page)}` +
        SIGN_OFF,
    });
  }
}

export async function sendMembershipApproved(to: Person, organisationName: string): Promise<void> {
  await sendMail({
    to: to.email,
    subject: `You are now a member of ${organisationName}`,
    text:
      `Dear ${to.name},\n\nYour request to join ${organisationName} on the HPMA award for partnership working has been approved. ` +
      `You can now see and enter its nominations:\n\n${absoluteUrl("/nominations")}` +
      SIGN_OFF,
  });
}

export async function sendMembershipDeclined(to: Person, organisationName: string): Promise<void> {
  await sendMail({
    to: to.email,
    subject: `Your request to join ${organisationName}`,
    text:
      `Dear ${to.name},\n\nYour request to join ${organisationName} on the HPMA award for partnership working was not approved. ` +
      "If you think this is a mistake, reply to this email and the SPF secretariat will look into it." +
      SIGN_OFF,
  });
}

export async function sendMembershipRemoved(to: Person, organisationName: string): Promise<void> {
  await sendMail({
    to: to.email,
    subject: `You are no longer a member of ${organisationName}`,
    text:
      `Dear ${to.name},\n\nYou have been removed from ${organisationName} on the HPMA award for partnership working, so you can no longer ` +
      "see its nominations. If you think this is a mistake, reply to this email and the SPF secretariat will look into it." +
      SIGN_OFF,
  });
}
