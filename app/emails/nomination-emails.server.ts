// The e-mails of the entrant's journey: the receipt sent to whoever submits a nomination, queued by
// the submission itself (app/models/nominations.server.ts: submitNomination) in its transaction.
import { formatUkDateTime } from "~/domain/uk-time";
import { absoluteUrl, type Mail } from "~/platform/mail.server";

export type ReceiptNomination = {
  id: number;
  reference: string;
  title: string;
  submittedAt: string;
  organisationName: string;
  sections: { title: string; text: string }[];
  leads: { side: string; name: string | null; role: string | null; email: string | null }[];
  unions: string | null;
};

export function nominationReceiptMail(to: { email: string; name: string }, n: ReceiptNomination): Mail {
  const entry = [
    `Title: ${n.title}`,
    "",
    ...n.sections.flatMap((s) => [s.title, "-".repeat(Math.min(s.title.length, 70)), s.text, ""]),
    ...n.leads.map((l) => `${l.side}: ${l.name ?? ""}, ${l.role ?? ""} <${l.email ?? ""}>`),
    `Unions involved: ${n.unions ?? "none given"}`,
  ].join("\n");
  return {
    to: to.email,
    subject: `Nomination received: ${n.reference}`,
    text:
      `Dear ${to.name},\n\n` +
      `We received the nomination "${n.title}" from ${n.organisationName} for the HPMA award for partnership working ` +
      `at ${formatUkDateTime(n.submittedAt)} (UK time).\n\nYour reference is ${n.reference}.\n\n` +
      `We have asked the employer lead and the staff-side lead to endorse it. The nomination is complete when both have ` +
      `confirmed before the deadline. You can see who has confirmed, change the entry or withdraw it at ` +
      `${absoluteUrl(`/nominations/${n.id}/receipt`)}\n\n` +
      `A copy of your entry follows.\n\n${entry}\n`,
  };
}
