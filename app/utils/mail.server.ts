// E-mail through nodemailer: real SMTP when SMTP_URL is set, otherwise each message is written as
// an .eml file to the outbox folder (and its links are logged), so a fresh checkout needs no mail server.
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import { env } from "./env.server";

export type Mail = { to: string; subject: string; text: string };

const globalForMail = globalThis as unknown as { __hpmaMail?: { key: string; transport: Transporter } };

function transport(): Transporter {
  const key = env().SMTP_URL ?? `outbox:${env().OUTBOX_DIR}`;
  if (globalForMail.__hpmaMail?.key !== key) {
    const t = env().SMTP_URL
      ? nodemailer.createTransport(env().SMTP_URL)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    globalForMail.__hpmaMail = { key, transport: t };
  }
  return globalForMail.__hpmaMail.transport;
}

export async function sendMail(mail: Mail): Promise<void> {
  const info = await transport().sendMail({ from: env().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
  if (env().SMTP_URL) return;
  const dir = env().OUTBOX_DIR;
  await fs.mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const safeTo = mail.to.replace(/[^a-zA-Z0-9@._-]/g, "_");
  const file = path.join(dir, `${stamp}-${Math.random().toString(36).slice(2, 8)}-${safeTo}.eml`);
  await fs.writeFile(file, (info as unknown as { message: Buffer }).message);
  if (env().LOG_EMAIL_LINKS) {
    const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
    console.log(`[mail] to ${mail.to}: "${mail.subject}" written to ${path.relative(process.cwd(), file)}${links.map((l) => `\n[mail]   ${l}`).join("")}`);
  }
}

export function absoluteUrl(pathname: string): string {
  return `${env().APP_ORIGIN}${pathname}`;
}
