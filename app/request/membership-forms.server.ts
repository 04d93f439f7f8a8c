// The forms that decide membership of an organisation (approve, decline, remove) and record its own
// e-mail domains, and the one action both the members' page and the secretariat's organisation page run.
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { organisationDomainProblem, normaliseDomain } from "~/domain/memberships";
import { decideMembership, memberName, removeMembership } from "~/models/memberships.server";
import type { DB } from "~/platform/db.server";
import { invalid } from "./forms.server";
import { defineNotices } from "./notices.server";

type NoticeData = { organisationName: string; who: string | null };

/**
 * What the members' page and the secretariat's organisation page say after a decision or a new
 * domain. The address carries the membership's id, not the person's name: the name is looked up
 * in the page's own organisation (membershipNotice), so an address cannot put words in the banner.
 */
export const membershipNotices = defineNotices({
  approved: (_count, _text, { who }: NoticeData) => ({ title: who ? `${who} is now a member` : "They are now a member", lines: [] }),
  declined: (_count, _text, { who }: NoticeData) => ({ title: who ? `${who} has been declined` : "They have been declined", lines: [] }),
  removed: (_count, _text, { who }: NoticeData) => ({ title: who ? `${who} has been removed` : "They have been removed", lines: [] }),
  domain: (_count, text, { organisationName }: NoticeData) => {
    const domain = text("domain");
    return domain ? { title: `${domain} is recorded as ${organisationName}'s own email domain`, lines: [] } : null;
  },
});

/** The notice the request's address asks for on the page of this organisation, with the member's name looked up in it. */
export async function membershipNotice(db: DB, request: Request, organisation: { id: number; name: string }) {
  const kind = membershipNotices.kindFrom(request);
  if (kind === null) return null;
  const membershipId = Number(new URL(request.url).searchParams.get("membership"));
  const who = kind !== "domain" && Number.isSafeInteger(membershipId) && membershipId > 0 ? await memberName(db, { membershipId, organisationId: organisation.id }) : null;
  return membershipNotices.from(request, { organisationName: organisation.name, who });
}

export const MEMBERSHIP_INTENTS = ["approve", "decline", "remove"] as const;
/** An admin's page of an organisation: its members, its e-mail domains, and the edit (whose form sends no intent). */
export const ORGANISATION_INTENTS = [...MEMBERSHIP_INTENTS, "add-domain", "remove-domain", "save"] as const;
export const DOMAIN_INTENTS = ["add-domain", "remove-domain"] as const;

export const MembershipActionSchema = z.object({
  intent: z.enum(MEMBERSHIP_INTENTS, { error: "Choose what to do" }),
  membershipId: z.coerce.number({ error: "Choose a person" }).int().positive("Choose a person"),
});

export const AddDomainSchema = z.object({
  domain: z
    .string({ error: "Enter the email domain, like northmoor-valley.nhs.uk" })
    .max(253, "Enter the email domain, like northmoor-valley.nhs.uk")
    .transform(normaliseDomain)
    .superRefine((d, ctx) => {
      const problem = organisationDomainProblem(d);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});

export const RemoveDomainSchema = z.object({
  domainId: z.coerce.number({ error: "Choose a domain" }).int().positive("Choose a domain"),
});

/**
 * Approves, declines or removes a membership of the organisation (the model queues the e-mail that
 * tells the person, with the decision) and goes back to the page with a notice. A request of another organisation,
 * or one already decided, is a 400 that says so; nothing is changed.
 */
export async function runMembershipAction(
  db: DB,
  { form, organisationId, actorUserId, bySecretariat, page }: { form: z.output<typeof MembershipActionSchema>; organisationId: number; actorUserId: number; bySecretariat: boolean; page: string },
) {
  const args = { membershipId: form.membershipId, organisationId, actorUserId, bySecretariat };
  const result =
    form.intent === "remove"
      ? await removeMembership(db, args)
      : await decideMembership(db, { ...args, decision: form.intent === "approve" ? "approved" : "declined" });
  if (!result.ok) return invalid({ errors: { form: result.problem }, values: {} });
  const done = ({ approve: "approved", decline: "declined", remove: "removed" } as const)[form.intent];
  return redirect(membershipNotices.href(page, done, { membership: form.membershipId }));
}
