// The outbox's rules, with the clock passed in: how long to wait before trying a message again, when
// to give up, how long a sender's claim lasts, and how a message's state reads to the secretariat.

const MINUTE = 60_000;

/** The wait after the 1st, 2nd, ... failed attempt; after the last one the message has failed. */
export const RETRY_DELAYS_MS: readonly number[] = [1, 5, 30, 120, 360, 720, 1440].map((m) => m * MINUTE);
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/**
 * How long a claimed message is left to its sender. A sender that crashed (or hangs) past this is
 * presumed dead and the message is tried again, which is where "exactly once" becomes "at least once".
 */
export const SENDING_LEASE_MS = 10 * MINUTE;

export type AfterFailure = { status: "queued"; nextAttemptAt: string } | { status: "failed" };

/** What happens to a message after its `attempts`-th attempt failed. */
export function afterFailure(attempts: number, now: Date, { permanent = false }: { permanent?: boolean } = {}): AfterFailure {
  if (permanent || attempts >= MAX_ATTEMPTS) return { status: "failed" };
  const delay = RETRY_DELAYS_MS[Math.max(0, Math.min(attempts - 1, RETRY_DELAYS_MS.length - 1))];
  return { status: "queued", nextAttemptAt: new Date(now.getTime() + delay).toISOString() };
}

/** The views of the secretariat's outbox page: problems are failed or retrying messages. */
export const OUTBOX_FILTERS = ["all", "problems", "waiting", "sent"] as const;
export type OutboxFilter = (typeof OUTBOX_FILTERS)[number];

export type MailState = "waiting" | "sending" | "retrying" | "sent" | "failed";

export const MAIL_STATE_LABELS: Record<MailState, string> = {
  waiting: "Waiting to send",
  sending: "Sending",
  retrying: "Retrying",
  sent: "Sent",
  failed: "Failed",
};

/** A stored message's state in the secretariat's words: a queued message that has failed before is retrying. */
export function mailState(row: { status: string; attempts: number }): MailState {
  if (row.status === "sent" || row.status === "failed" || row.status === "sending") return row.status;
  return row.attempts > 0 ? "retrying" : "waiting";
}

/** Errors can quote the server's answer at length; the secretariat needs the gist. */
export function shortError(message: string): string {
  const oneLine = message.replace(/\s+/g, " ").trim();
  return oneLine.length > 300 ? `${oneLine.slice(0, 297)}...` : oneLine;
}
