// The database (with its WAL and shared-memory files), the data folder and the session secret are
// readable by the service's own user only, whatever the umask of the process that made them.
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "~/utils/db.server";
import { parseEnv } from "~/utils/env.server";
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
});
