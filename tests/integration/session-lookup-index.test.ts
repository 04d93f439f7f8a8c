// Every signed-in request reads the user's latest organisation request: by an index, not a scan of
// every request (decision 036).
import { sql } from "kysely";
import { afterAll, expect, it } from "vitest";
import { freshDatabase } from "../helpers/database";

const { db } = freshDatabase();
afterAll(() => db.destroy());

it("finds a user's latest organisation request by the index", async () => {
  const plan = await sql<{ detail: string }>`explain query plan select name, status from organisation_requests where user_id = ${5} order by id desc limit 1`.execute(db);
  const details = plan.rows.map((row) => row.detail).join("\n");
  expect(details).toContain("organisation_requests_user_idx");
  expect(details).not.toMatch(/SCAN organisation_requests|TEMP B-TREE/);
});
