// The mail transport, used only by the outbox's deliverer (app/models/outbox.server.ts): real SMTP
// through nodemailer when SMTP_URL is set, otherwise each message is written as an .eml file to the
// outbox folder (and its links are logged), so a fresh checkout needs no mail server.
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
// The file itself, not the folder: Node's ES module loader (used by the end-to-end tests) does not import folders.
import SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import type { Transporter } from "nodemailer";
import { env } from "./env.server";
import { makeFolder } from "./folders.server";

export type Mail = { to: string; subject: string; text: string };

/** An SMTP answer in the 5xx range: the server will never take this message, so retrying is pointless. */
export class PermanentMailError extends Error {}

const globalForMail = globalThis as unknown as { __hpmaMail?: { key: string; transport: Transporter }; __hpmaMailSeq?: number };

function transport(): Transporter {
  const key = env().SMTP_URL ?? `outbox:${env().OUTBOX_DIR}`;
  if (globalForMail.__hpmaMail?.key !== key) {
    // Short timeouts: a mail server that hangs holds one message's lease, never a request.
    const t = env().SMTP_URL
      ? nodemailer.createTransport(new SMTPTransport({ url: env().SMTP_URL, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 }))
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    globalForMail.__hpmaMail = { key, transport: t };
  }
  return globalForMail.__hpmaMail.transport;
}

/** Hands one message to the mail server (or the outbox folder). Throws if it was not taken. */
export async function transmitMail(mail: Mail): Promise<void> {
  let info;
  try {
    info = await transport().sendMail({ from: env().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    if (code && code >= 500 && code < 600) throw new PermanentMailError((error as Error).message);
    throw error;
  }
  if (env().SMTP_URL) return;
  const dir = env().OUTBOX_DIR;
  // The e-mails hold one-time links: the folder and each file are the service's own user's only.
  makeFolder(dir);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const safeTo = mail.to.replace(/[^a-zA-Z0-9@._-]/g, "_");
  // The sequence keeps files written in the same millisecond in the order they were sent.
  const seq = (globalForMail.__hpmaMailSeq = (globalForMail.__hpmaMailSeq ?? 0) + 1);
  const file = path.join(dir, `${stamp}-${String(seq).padStart(6, "0")}-${Math.random().toString(36).slice(2, 8)}-${safeTo}.eml`);
  await fs.writeFile(file, (info as unknown as { message: Buffer }).message, { mode: 0o600 });
  if (env().LOG_EMAIL_LINKS) {
    const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
    console.log(`[mail] to ${mail.to}: "${mail.subject}" written to ${path.relative(process.cwd(), file)}${links.map((l) => `\n[mail]   ${l}`).join("")}`);
  }
}
