// The results read every submitted sheet of a round with its scores in one query, whatever the number
// of sheets: reading the scores with one parameter per sheet failed above SQLite's 32,766 (issue 17).
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { submittedSheets } from "~/models/results.server";
import type { DB } from "~/platform/db.server";
import { freshDatabase } from "../helpers/database";

const SHEETS = 40_000;
const CRITERIA = [1, 2, 3, 4, 5];
let db: DB;

beforeAll(async () => {
  ({ db } = freshDatabase());
  const at = "2026-12-01T10:00:00.000Z";
  // Only the rows the results read: entries and criteria are ids here, so their tables are not filled.
  await sql`pragma foreign_keys = off`.execute(db);
  await sql`insert into award_cycles (id, year, stage, created_at, updated_at) values (1, 2090, 'judging', ${at}, ${at})`.execute(db);
  await sql`insert into users (id, email, email_normalised, name, created_at, updated_at) values (1, 'judge@example.test', 'judge@example.test', 'A judge', ${at}, ${at})`.execute(db);
  await sql`insert into judge_profiles (user_id, side, created_at, updated_at) values (1, 'staff_side', ${at}, ${at})`.execute(db);
  await sql`
    with recursive n(i) as (select 1 union all select i + 1 from n where i < ${SHEETS})
    insert into judging_assignments (id, cycle_id, round, nomination_id, judge_user_id, status, source, created_at)
    select i, 1, 'first', i, 1, 'live', 'auto', ${at} from n`.execute(db);
  await sql`
    insert into score_sheets (id, assignment_id, status, overall_comment, submitted_at, created_at, updated_at)
    select id, id, case when id % 1000 = 0 then 'draft' else 'submitted' end, 'Sheet ' || id, ${at}, ${at}, ${at} from judging_assignments`.execute(db);
  for (const criterion of CRITERIA) {
    // The last sheet of every hundred has no scores at all; the rest score (sheet + criterion) mod 11.
    await sql`
      insert into scores (sheet_id, criterion_id, score)
      select id, ${criterion}, (id + ${criterion}) % 11 from score_sheets where id % 100 <> 99`.execute(db);
  }
}, 120_000);
afterAll(() => db.destroy());

it(`reads ${SHEETS.toLocaleString("en-GB")} submitted sheets and their scores`, async () => {
  const sheets = await submittedSheets(db, 1, "first");
  expect(sheets).toHaveLength(SHEETS - SHEETS / 1000);
  expect(sheets.map((s) => s.sheetId)).toEqual([...sheets.map((s) => s.sheetId)].sort((a, b) => a - b));
  const sheet = sheets.find((s) => s.sheetId === 12_345)!;
  expect(sheet).toMatchObject({ entryId: 12_345, judgeId: 1, judgeName: "A judge", side: "staff_side", overallComment: "Sheet 12345" });
  expect(sheet.scores).toEqual({ 1: (12_345 + 1) % 11, 2: (12_345 + 2) % 11, 3: (12_345 + 3) % 11, 4: (12_345 + 4) % 11, 5: (12_345 + 5) % 11 });
  // A sheet with no scores is still there, with none.
  expect(sheets.find((s) => s.sheetId === 199)!.scores).toEqual({});
  // A draft is not.
  expect(sheets.some((s) => s.sheetId === 1000)).toBe(false);
});
