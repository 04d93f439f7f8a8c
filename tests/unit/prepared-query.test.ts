// A prepared query is compiled for the dialect of the database it runs on: a process that opens both
// SQLite and PostgreSQL (the benchmark's side-by-side rows do) must send each its own SQL.
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type DatabaseConnection } from "kysely";
import { expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { openDatabase } from "../../app/platform/db.server";
import { param, preparedQuery } from "../../app/platform/prepared.server";

/** A Kysely on PostgreSQL's dialect that records the SQL it is sent instead of sending it. */
function recordingPostgres(sent: string[]): Kysely<Database> {
  const connection: DatabaseConnection = {
    executeQuery: async (query) => {
      sent.push(query.sql);
      return { rows: [] };
    },
    streamQuery: async function* () {},
  };
  class RecordingDriver extends DummyDriver {
    override async acquireConnection() {
      return connection;
    }
  }
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new RecordingDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

it("compiles a prepared query for each dialect it runs on, not only the first", async () => {
  const echo = preparedQuery((db) => db.selectNoFrom((eb) => eb.val(param(0)).as("x")));
  const sqlite = openDatabase(":memory:");
  expect((await echo(sqlite, 5)).rows).toEqual([{ x: 5 }]);
  const sent: string[] = [];
  await echo(recordingPostgres(sent), 5);
  expect(sent).toEqual(['select $1 as "x"']);
  expect((await echo(sqlite, 6)).rows).toEqual([{ x: 6 }]);
  await sqlite.destroy();
});
