// SQLite transactions begin IMMEDIATE and commit through statements the driver keeps (every save is
// a transaction, and Kysely would prepare both anew each time): one after another they commit, a
// failed one rolls back, and the next begins as if nothing had happened.
import { sql } from "kysely";
import { expect, it } from "vitest";
import { openDatabase } from "../../app/platform/db.server";

it("commits transaction after transaction, rolls a failed one back, and begins the next", async () => {
  const db = openDatabase(":memory:");
  await sql`create table saves (n integer not null)`.execute(db);
  const count = async () => (await sql<{ n: number }>`select count(*) as n from saves`.execute(db)).rows[0].n;
  for (let i = 0; i < 3; i++) await db.transaction().execute((trx) => sql`insert into saves (n) values (${i})`.execute(trx));
  expect(await count()).toBe(3);
  await expect(
    db.transaction().execute(async (trx) => {
      await sql`insert into saves (n) values (99)`.execute(trx);
      throw new Error("refused half way");
    }),
  ).rejects.toThrow("refused half way");
  expect(await count()).toBe(3);
  await db.transaction().execute((trx) => sql`insert into saves (n) values (4)`.execute(trx));
  expect(await count()).toBe(4);
  await db.destroy();
});
