// The transactional outbox: every e-mail is a row written in the transaction of the change that causes
// it (queueMail), so it exists exactly when that change commits; the deliverer claims due rows with one
// conditional UPDATE (two processes never both claim one), sends them through the mail transport and
// marks them sent, or schedules the next try. docs/decisions/017-transactional-outbox.md says why.
import { sql, type Kysely, type Updateable } from "kysely";
import type { Database, MailOutboxTable, MailStatus } from "../../db/schema";
import { isPostgres } from "../../db/portable";
import { afterFailure, mailState, SENDING_LEASE_MS, shortError, type MailState, type OutboxFilter } from "~/domain/outbox";
import { holdOpenUntilDone, openedDb } from "~/platform/db.server";
import { PermanentMailError, transmitMail, type Mail } from "~/platform/mail-transport.server";
import { recordAudit } from "./audit.server";

export type { Mail };

/** A message to queue. `once` is its idempotency key: a second message with the same key is not queued. */
export type OutgoingMail = Mail & { once?: string };

/**
 * Writes a message into the outbox with the caller's handle: given a transaction, the message commits
 * or rolls back with it. Then asks this process's deliverer to run: its first query waits for the
 * connection the transaction holds, so it sees the message once committed (and nothing if rolled
 * back); another process's message is picked up by the scheduler within seconds. Returns false when a
 * message with the same `once` key already exists.
 */
export async function queueMail(db: Kysely<Database>, mail: OutgoingMail, now: Date = new Date()): Promise<boolean> {
  const at = now.toISOString();
  const inserted = await db
    .insertInto("mail_outbox")
    .values({ recipient: mail.to, subject: mail.subject, body: mail.text, next_attempt_at: at, created_at: at, idempotency_key: mail.once ?? null })
    .onConflict((oc) => oc.column("idempotency_key").doNothing())
    .executeTakeFirst();
  kickDelivery();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Starts a delivery pass on this process's database handle, if it has one open; never waits for it. */
export function kickDelivery(): void {
  const app = openedDb();
  if (app) deliverMail(app).catch((error: unknown) => console.error(`[mail] delivery failed: ${(error as Error).message}`));
}

export type DeliveryReport = { sent: number; retrying: number; failed: number };

const BATCH = 20;

/**
 * Claims up to one batch of due messages (queued and due, or left in sending past their lease by a
 * sender that died), sends each, and records the outcome. Returns how many it claimed, and the outcomes.
 */
async function deliverBatch(db: Kysely<Database>, now: Date): Promise<DeliveryReport & { claimed: number }> {
  const at = now.toISOString();
  const claim = (q: Kysely<Database>) =>
    q
      .updateTable("mail_outbox")
      .set({ status: "sending", attempts: sql<number>`attempts + 1`, next_attempt_at: new Date(now.getTime() + SENDING_LEASE_MS).toISOString() })
      .where("id", "in", (eb) =>
        eb.selectFrom("mail_outbox").select("id").where("status", "in", ["queued", "sending"]).where("next_attempt_at", "<=", at).orderBy("id").limit(BATCH),
      )
      // Repeated on the row itself, so that of two claims racing for one row only the first matches.
      .where("status", "in", ["queued", "sending"])
      .where("next_attempt_at", "<=", at)
      .returning(["id", "recipient", "subject", "body", "attempts"])
      .execute();
  // On PostgreSQL the claim is a transaction of its own, so that it takes its turn after writes under
  // way (the write lock, decision 040): a kick from inside the transaction that queued the message
  // then waits for its commit and sees it, as it does on SQLite's one connection.
  const claimed = isPostgres(db) ? await db.transaction().execute((trx) => claim(trx)) : await claim(db);
  const report = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  // Once the mail server cannot be reached (no SMTP answer at all), the rest of the batch is not tried
  // one by one, each waiting for its own timeout past the lease: it shares the failed attempt.
  let unreachable: Error | null = null;
  for (const m of claimed.sort((a, b) => a.id - b.id)) {
    // The claim is fenced by its attempt number: a sender whose lease lapsed cannot overwrite the next one's outcome.
    const finish = (values: Updateable<MailOutboxTable>) =>
      db.updateTable("mail_outbox").set(values).where("id", "=", m.id).where("status", "=", "sending").where("attempts", "=", m.attempts).execute();
    try {
      if (unreachable) throw unreachable;
      if (m.body === null) throw new PermanentMailError("The message has no text");
      await transmitMail({ to: m.recipient, subject: m.subject, text: m.body });
      await finish({ status: "sent", sent_at: new Date().toISOString(), body: null, last_error: null });
      report.sent++;
    } catch (error) {
      if (!(error instanceof PermanentMailError) && !(error as { responseCode?: number }).responseCode) unreachable = error as Error;
      const next = afterFailure(m.attempts, new Date(), { permanent: error instanceof PermanentMailError });
      const lastError = shortError((error as Error).message);
      await finish(next.status === "failed" ? { status: "failed", last_error: lastError } : { status: "queued", next_attempt_at: next.nextAttemptAt, last_error: lastError });
      if (next.status === "failed") report.failed++;
      else report.retrying++;
      console.error(
        `[mail] "${m.subject}" to ${m.recipient} was not sent (attempt ${m.attempts}): ${lastError}. ` +
          (next.status === "failed" ? "No more attempts: see Admin › Outbox." : `Next attempt at ${next.nextAttemptAt}.`),
      );
    }
  }
  return report;
}

/** Sends everything due now, batch by batch, until nothing is due. Safe to run in any number of processes at once. */
export async function deliverDueMail(db: Kysely<Database>, { now }: { now?: Date } = {}): Promise<DeliveryReport> {
  const total: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  for (;;) {
    const r = await deliverBatch(db, now ?? new Date());
    total.sent += r.sent;
    total.retrying += r.retrying;
    total.failed += r.failed;
    if (r.claimed < BATCH) return total;
  }
}

type Pass = { running: Promise<DeliveryReport>; again: boolean };
// On globalThis: the built app and the scripts that load the same handle share one pass per handle.
const globalForOutbox = globalThis as unknown as { __hpmaMailPasses?: WeakMap<object, Pass> };
const passes = (globalForOutbox.__hpmaMailPasses ??= new WeakMap<object, Pass>());

/**
 * Delivers what is due on this handle, one pass at a time per process: a call while a pass runs asks
 * it to look once more when it ends, and waits for it. The scheduler, the jobs command and queueMail's
 * kick all come through here.
 */
export function deliverMail(db: Kysely<Database>): Promise<DeliveryReport> {
  const current = passes.get(db);
  if (current) {
    current.again = true;
    return current.running;
  }
  const pass: Pass = { running: Promise.resolve({ sent: 0, retrying: 0, failed: 0 }), again: false };
  pass.running = (async () => {
    const total: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
    try {
      do {
        pass.again = false;
        const r = await deliverDueMail(db);
        total.sent += r.sent;
        total.retrying += r.retrying;
        total.failed += r.failed;
      } while (pass.again);
      return total;
    } finally {
      passes.delete(db);
    }
  })();
  passes.set(db, pass);
  // Closing the handle (a server stopping, a script ending) waits for the pass to finish.
  holdOpenUntilDone(db, pass.running);
  return pass.running;
}

/** One message as the secretariat sees it: never its text, which can hold a one-time link. */
export type OutboxRow = {
  id: number;
  recipient: string;
  subject: string;
  state: MailState;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
};

/** The newest messages of one kind (problems: failed or retrying), and how many there are of each state. */
export async function listOutbox(
  db: Kysely<Database>,
  { filter, limit = 200 }: { filter: OutboxFilter; limit?: number },
): Promise<{ rows: OutboxRow[]; counts: Record<MailState, number> }> {
  let query = db
    .selectFrom("mail_outbox")
    .select(["id", "recipient", "subject", "status", "attempts", "next_attempt_at", "last_error", "created_at", "sent_at"])
    .orderBy("id", "desc")
    .limit(limit);
  if (filter === "problems") query = query.where((eb) => eb.or([eb("status", "=", "failed"), eb.and([eb("status", "=", "queued"), eb("attempts", ">", 0)])]));
  if (filter === "waiting") query = query.where("status", "in", ["queued", "sending"]);
  if (filter === "sent") query = query.where("status", "=", "sent");
  const rows = await query.execute();
  const grouped = await db
    .selectFrom("mail_outbox")
    .select(["status", sql<number>`attempts > 0`.as("tried"), (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy(["status", sql`attempts > 0`])
    .execute();
  const counts: Record<MailState, number> = { waiting: 0, sending: 0, retrying: 0, sent: 0, failed: 0 };
  for (const g of grouped) counts[mailState({ status: g.status, attempts: Number(g.tried) })] += Number(g.n);
  return {
    counts,
    rows: rows.map((r) => ({
      id: r.id,
      recipient: r.recipient,
      subject: r.subject,
      state: mailState(r),
      attempts: r.attempts,
      nextAttemptAt: r.status === "queued" ? r.next_attempt_at : null,
      lastError: r.last_error,
      createdAt: r.created_at,
      sentAt: r.sent_at,
    })),
  };
}

const RETRYABLE: MailStatus[] = ["failed", "queued"];

/** The secretariat's "try again now" for a failed or retrying message: it becomes due at once, for one more attempt. */
export async function retryMailNow(db: Kysely<Database>, { id, actorUserId, now = new Date() }: { id: number; actorUserId: number; now?: Date }): Promise<boolean> {
  const retried = await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("mail_outbox")
      .set({ status: "queued", next_attempt_at: now.toISOString() })
      .where("id", "=", id)
      .where("status", "in", RETRYABLE)
      .where("body", "is not", null)
      .returning(["id", "subject", "recipient"])
      .executeTakeFirst();
    if (row) await recordAudit(trx, { actorUserId, action: "mail.retried", target: `mail:${id}`, details: { subject: row.subject, to: row.recipient } }, now);
    return !!row;
  });
  if (retried) kickDelivery();
  return retried;
}
