// `npm run create-admin -- --email someone@example.org --name "Their Name"`: the first admin of a
// production install. Creates the account (or adds the admin role to an existing one) and e-mails a
// one-time link to choose a password, which is printed too for whoever runs the command.
import { parseArgs } from "node:util";
import { recordAudit } from "../app/models/audit.server";
import { deliverMail } from "../app/models/outbox.server";
import { issueOneTimeLinkByMail } from "../app/models/tokens.server";
import { findUserByEmail, grantRole, normaliseEmail } from "../app/models/users.server";
import { closeDb, getDb } from "../app/platform/db.server";
import { anchorAuditHead } from "../app/models/audit.server";
import { passwordResetMail } from "../app/emails/emails.server";
import { absoluteUrl } from "../app/platform/mail.server";
import { migrateToLatest } from "../db/migrator";

const USAGE = 'Usage: npm run create-admin -- --email someone@example.org --name "Their Name"';

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const email = values.email?.trim();
  const name = values.name?.trim();
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || !name) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const db = getDb();
  await migrateToLatest(db);
  let user = await findUserByEmail(db, email);
  if (!user) {
    const now = new Date().toISOString();
    await db
      .insertInto("users")
      .values({ email, email_normalised: normaliseEmail(email), name, password_hash: null, created_at: now, updated_at: now })
      .execute();
    user = (await findUserByEmail(db, email))!;
  }
  await grantRole(db, { userId: user.id, role: "admin", grantedBy: null });
  await recordAudit(db, { actorUserId: null, action: "admin.created_from_command_line", target: `user:${user.id}` });
  let token = "";
  await issueOneTimeLinkByMail(db, "password_reset_tokens", user.id, (issued) => passwordResetMail(user, (token = issued)));
  console.log(`${user.email} is an admin. To choose a password (link valid for 1 hour, once):\n${absoluteUrl(`/reset-password/${token}`)}`);
  // Delivered now if the mail server is up; otherwise the server's scheduler keeps trying.
  const { sent } = await deliverMail(db);
  if (!sent) console.log("The e-mail could not be sent yet: it waits in the outbox (Admin › Outbox).");
}

try {
  await main();
  await anchorAuditHead(getDb());
} finally {
  await closeDb();
}
