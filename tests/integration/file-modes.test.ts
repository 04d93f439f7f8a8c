// The database (with its WAL and shared-memory files), the data folder and the session secret are
// readable by the service's own user only, whatever the umask of the process that made them.
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../app/platform/db.server";
import { parseEnv, resetEnv } from "../../app/platform/env.server";
import { transmitMail } from "../../app/platform/mail-transport.server";
import { sql } from "kysely";
import { tempDir } from "../helpers/database";

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

let umask: number;
beforeEach(() => {
  // The usual default, under which files come out readable by every local user.
  umask = process.umask(0o022);
});
afterEach(() => {
  process.umask(umask);
});

describe("files holding the service's data", () => {
  it("a new database, its WAL and shared-memory files are 0600, in a new folder that is 0700", async () => {
    const dir = path.join(tempDir(), "data");
    const file = path.join(dir, "awards.db");
    const db = openDatabase(file);
    await sql`create table t (x integer)`.execute(db);
    await sql`insert into t values (1)`.execute(db);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(f).toString(8), f).toBe("600");
    expect(modeOf(dir).toString(8)).toBe("700");
    await db.destroy();
  });

  it("an existing database left readable by others is made 0600 when it is opened", async () => {
    const dir = tempDir();
    const file = path.join(dir, "awards.db");
    const first = openDatabase(file);
    await sql`create table t (x integer)`.execute(first);
    await first.destroy();
    fs.chmodSync(file, 0o644);
    const db = openDatabase(file);
    await sql`insert into t values (1)`.execute(db);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(f).toString(8), f).toBe("600");
    await db.destroy();
  });

  it("the generated session secret is 0600, in a data folder that is 0700", () => {
    const dir = path.join(tempDir(), "data");
    parseEnv({ DATA_DIR: dir });
    expect(modeOf(path.join(dir, "session-secret")).toString(8)).toBe("600");
    expect(modeOf(dir).toString(8)).toBe("700");
  });

  it("an e-mail written to the local outbox (it may hold a one-time link) is 0600, in a folder that is 0700", async () => {
    const dir = path.join(tempDir(), "data");
    const saved = { DATA_DIR: process.env.DATA_DIR, SMTP_URL: process.env.SMTP_URL, LOG_EMAIL_LINKS: process.env.LOG_EMAIL_LINKS };
    Object.assign(process.env, { DATA_DIR: dir, LOG_EMAIL_LINKS: "0" });
    delete process.env.SMTP_URL;
    resetEnv();
    try {
      await transmitMail({ to: "someone@example.org", subject: "Reset your password", text: "https://example.org/reset-password/secret" });
      const outbox = path.join(dir, "outbox");
      const [file] = fs.readdirSync(outbox);
      expect(modeOf(path.join(outbox, file)).toString(8)).toBe("600");
      expect(modeOf(outbox).toString(8)).toBe("700");
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
      resetEnv();
    }
  });
});
