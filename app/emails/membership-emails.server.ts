// The e-mails about membership of an organisation: to whoever decides a request to join (its
// members, or the secretariat), and to the person who asked. Plain text, like emails.server.ts.
// Every one is built here and queued by the model verb that makes the change, in its transaction.
import { absoluteUrl, type Mail } from "~/platform/mail.server";

const SIGN_OFF = "\n\nNHS Social Partnership Forum secretariat\nHPMA award for partnership working between employers and trade unions";

type Person = { email: string; name: string };

type Organisation = { id: number; name: string };

/** What became of a request to join once its address was confirmed (app/models/memberships.server.ts). */
export type ConfirmedRequest =
  | { outcome: "approved"; member: Person; organisation: Organisation }
  | { outcome: "waiting"; member: Person; organisation: Organisation; deciders: Person[]; bySecretariat: boolean };

/** After an address is confirmed: the deciders hear of a request, or the person hears they are in. */
export function membershipRequestMails(request: ConfirmedRequest): Mail[] {
  if (request.outcome === "approved") return [membershipApprovedMail(request.member, request.organisation.name)];
  const { member, organisation } = request;
  const page = request.bySecretariat ? `/admin/organisations/${organisation.id}` : "/organisation/members";
  return request.deciders.map((to) => ({
    to: to.email,
    subject: `${member.name} has asked to join ${organisation.name}`,
    text:
      `Dear ${to.name},\n\n${member.name} (${member.email}) has registered for the HPMA award for partnership working and asked to join ` +
      `${organisation.name}. Until their request is approved they cannot see any of ${organisation.name}'s nominations.\n\n` +
      `If you know that they work there, approve the request; if not, decline it:\n\n${absoluteUrl(page)}` +
      SIGN_OFF,
  }));
}

function membershipApprovedMail(to: Person, organisationName: string): Mail {
  return {
    to: to.email,
    subject: `You are now a member of ${organisationName}`,
    text:
      `Dear ${to.name},\n\nYour request to join ${organisationName} on the HPMA award for partnership working has been approved. ` +
      `You can now see and enter its nominations:\n\n${absoluteUrl("/nominations")}` +
      SIGN_OFF,
  };
}

/** To an entrant whose unlisted organisation the secretariat has added (or found listed): they can start. */
export function organisationRequestApprovedMail(to: Person, organisationName: string): Mail {
  return {
    to: to.email,
    subject: `${organisationName} has been added: you can start a nomination`,
    text:
      `Dear ${to.name},\n\nThe SPF secretariat has approved your request, and you are now a member of ${organisationName} ` +
      `on the HPMA award for partnership working. Sign in to start a nomination, or to see your organisation's nominations:\n\n${absoluteUrl("/nominations")}` +
      SIGN_OFF,
  };
}

/** To the person whose request was approved or declined, or whose membership was ended. */
export function membershipDecisionMail(decision: "approved" | "declined" | "removed", to: Person, organisationName: string): Mail {
  if (decision === "approved") return membershipApprovedMail(to, organisationName);
  if (decision === "declined") {
    return {
      to: to.email,
      subject: `Your request to join ${organisationName}`,
      text:
        `Dear ${to.name},\n\nYour request to join ${organisationName} on the HPMA award for partnership working was not approved. ` +
        "If you think this is a mistake, reply to this email and the SPF secretariat will look into it." +
        SIGN_OFF,
    };
  }
  return {
    to: to.email,
    subject: `You are no longer a member of ${organisationName}`,
    text:
      `Dear ${to.name},\n\nYou have been removed from ${organisationName} on the HPMA award for partnership working, so you can no longer ` +
      "see its nominations. If you think this is a mistake, reply to this email and the SPF secretariat will look into it." +
      SIGN_OFF,
  };
}
