// Closing the database (the server stopping, a script ending) waits for the e-mails being delivered:
// a message queued just before the stop reaches the mail server and is marked sent, rather than being
// left claimed until its lease lapses and sent again by the next start.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { queueMail } from "~/models/outbox.server";
import { closeDb, getDb, openDatabase } from "~/platform/db.server";
import { resetEnv } from "~/platform/env.server";
import { inTransaction } from "~/platform/sql.server";
import { freshDatabaseFile, tempDir } from "../helpers/database";
import { startTestSmtp, type TestSmtp } from "../helpers/smtp";

let smtp: TestSmtp;
let file: string;

beforeEach(async () => {
  smtp = await startTestSmtp("accept");
  const dataDir = tempDir();
  file = freshDatabaseFile(dataDir);
  Object.assign(process.env, { DATABASE_PATH: file, DATA_DIR: dataDir, SMTP_URL: smtp.url });
  resetEnv();
});

afterEach(async () => {
  await closeDb();
  await smtp.close();
  delete process.env.SMTP_URL;
  resetEnv();
});

/** The outbox's rows, read through a handle of their own once the app's is closed. */
async function outboxRows() {
  const db = openDatabase(file);
  try {
    return await db.selectFrom("mail_outbox").select(["recipient", "status", "attempts", "body"]).orderBy("id").execute();
  } finally {
    await db.destroy();
  }
}

describe("closing the database", () => {
  it("waits for a message queued just before to be delivered and marked sent", async () => {
    await queueMail(getDb(), { to: "judge@example.nhs.uk", subject: "Your entries to judge", text: "Five entries are ready." });
    await closeDb();

    expect(smtp.received.map((m) => m.to)).toEqual([["judge@example.nhs.uk"]]);
    expect(await outboxRows()).toEqual([{ recipient: "judge@example.nhs.uk", status: "sent", attempts: 1, body: null }]);
  });

  it("waits for every message a transaction queued, once it has committed", async () => {
    const to = ["a@example.nhs.uk", "b@example.nhs.uk", "c@example.nhs.uk"];
    await inTransaction(getDb(), async (trx) => {
      for (const address of to) await queueMail(trx, { to: address, subject: "Results", text: "The results are out." });
    });
    await closeDb();

    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(to);
    expect((await outboxRows()).map((r) => r.status)).toEqual(["sent", "sent", "sent"]);
  });

});
