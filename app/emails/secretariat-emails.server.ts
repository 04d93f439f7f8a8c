// E-mails to the SPF secretariat about judging that needs their eye: a conflict of interest declared
// (or withdrawn) after entries were assigned. They name the judge, the organisation and the entries.
// Queued by the conflicts model in the transaction that records the change.
import { absoluteUrl, type Mail } from "~/platform/mail.server";

const SIGN_OFF = "\n\nHPMA award for partnership working: judging platform";

export type LateConflictNotice = {
  cycleId: number;
  year: number;
  judgeName: string;
  organisation: string;
  kind: string;
  note: string | null;
  /** Declared: the entries set aside and who replaces the judge on each. Withdrawn: none. */
  change: { what: "declared"; entries: { code: string; replacement: string | null; why: string | null }[] } | { what: "withdrawn" };
};

/** One e-mail to each admin about a late declaration or withdrawal. */
export function lateConflictNoticeMails(recipients: readonly { email: string; name: string }[], notice: LateConflictNotice): Mail[] {
  const declared = notice.change.what === "declared";
  const subject = declared
    ? `HPMA ${notice.year}: ${notice.judgeName} declared a conflict of interest after assignment`
    : `HPMA ${notice.year}: ${notice.judgeName} withdrew a conflict of interest after assignment`;
  let body =
    `${notice.judgeName} ${declared ? "declared" : "withdrew"} a conflict of interest with ${notice.organisation} ` +
    `after the ${notice.year} entries were assigned.\n\nConnection: ${notice.kind}` +
    (notice.note ? `\nNote: ${notice.note}` : "");
  if (notice.change.what === "declared") {
    const entries = notice.change.entries;
    body +=
      "\n\nThe judge's list has not changed, so that it cannot tell them which entries are from that organisation. " +
      (entries.length === 0
        ? "They held no entry from it."
        : `Their score sheets for these entries are left out of the results:\n\n` +
          entries.map((e) => `- Entry ${e.code}: ${e.replacement ? `${e.replacement} added in their place` : `no judge was free to replace them (${e.why ?? "no reason given"})`}`).join("\n"));
  } else {
    body += "\n\nNothing has changed for the judge: any score sheets already left out of the results stay out, and any judge added in their place stays.";
  }
  body += `\n\nThe judging page:\n\n${absoluteUrl(`/admin/cycles/${notice.cycleId}/judging`)}` + SIGN_OFF;
  return recipients.map((to) => ({ to: to.email, subject, text: `Dear ${to.name},\n\n${body}` }));
}
