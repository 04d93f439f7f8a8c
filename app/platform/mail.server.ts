// E-mail from the app. Every message goes through the outbox (app/models/outbox.server.ts): written to
// the database first, delivered by the outbox's deliverer with retries, so a mail server that is down
// delays an e-mail but never fails the request or loses the message.
import { queueMail, type Mail } from "~/models/outbox.server";
import { getDb } from "./db.server";
import { env } from "./env.server";

export type { Mail };

/**
 * Sends an e-mail durably on its own (one insert into the outbox, delivered at once when the mail
 * server is up). Inside a transaction use `queueMail(trx, mail)` instead, so that the message commits
 * with the change: this call uses the app's handle, whose connection the transaction is holding.
 */
export async function sendMail(mail: Mail): Promise<void> {
  await queueMail(getDb(), mail);
}

export function absoluteUrl(pathname: string): string {
  return `${env().APP_ORIGIN}${pathname}`;
}
