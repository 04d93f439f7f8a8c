// Reads the .eml files the app writes when no SMTP server is configured, once the outbox has
// delivered what was due (delivery runs just after the commit that queued a message, not inside it).
import fs from "node:fs";
import path from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

export type Email = { to: string; subject: string; text: string; links: string[]; file: string };

function decodeQuotedPrintable(text: string): string {
  return text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The messages in an outbox folder, oldest first. */
export function readOutbox(dir: string): Email[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((f) => {
      const raw = fs.readFileSync(path.join(dir, f), "utf8");
      const [head, ...rest] = raw.split(/\r?\n\r?\n/);
      const headers = head.replace(/\r?\n[ \t]+/g, " ");
      const header = (name: string) => headers.match(new RegExp(`^${name}: (.*)$`, "mi"))?.[1]?.trim() ?? "";
      let text = rest.join("\n\n");
      if (/quoted-printable/i.test(header("Content-Transfer-Encoding"))) text = Buffer.from(decodeQuotedPrintable(text), "latin1").toString("utf8");
      if (/base64/i.test(header("Content-Transfer-Encoding"))) text = Buffer.from(text, "base64").toString("utf8");
      return { to: header("To"), subject: header("Subject"), text, links: text.match(/https?:\/\/[^\s]+/g) ?? [], file: f };
    });
}

/**
 * Waits until the outbox has nothing due and nothing being sent: the messages queued so far have been
 * delivered, or have failed and wait for a later attempt. Polls the table; never waits longer than the timeout.
 */
export async function waitForDelivery(db: Kysely<Database>, timeoutMs = 5000): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  for (;;) {
    const now = new Date().toISOString();
    const busy = await db
      .selectFrom("mail_outbox")
      .select("id")
      .where((eb) => eb.or([eb("status", "=", "sending"), eb.and([eb("status", "=", "queued"), eb("next_attempt_at", "<=", now)])]))
      .limit(1)
      .executeTakeFirst();
    if (!busy) return;
    if (Date.now() > giveUpAt) throw new Error(`The outbox still had e-mail ${busy.id} due or sending after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
