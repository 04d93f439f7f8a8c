// A first round brought to its end in a test's database: every live first-round sheet submitted
// through the score-sheet model, with scores that differ from entry to entry and judge to judge.
import { expect } from "vitest";
import { saveScoreSheet } from "~/models/score-sheets.server";
import type { DB } from "~/platform/db.server";

export async function submitEveryFirstRoundSheet(db: DB, cycleId: number): Promise<void> {
  const criteria = await db.selectFrom("cycle_criteria").select(["id", "scale_min", "scale_max"]).where("cycle_id", "=", cycleId).where("round", "=", "first").orderBy("position").execute();
  const rows = await db
    .selectFrom("judging_assignments")
    .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
    .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
    .select(["judging_assignments.judge_user_id", "judging_assignments.nomination_id", "judging_entries.code", "score_sheets.status", "score_sheets.revision"])
    .where("judging_assignments.cycle_id", "=", cycleId)
    .where("judging_assignments.round", "=", "first")
    .where("judging_assignments.status", "=", "live")
    .execute();
  for (const r of rows) {
    if (r.status === "submitted") continue;
    const scores: Record<number, string> = {};
    const comments: Record<number, string> = {};
    for (const [k, c] of criteria.entries()) {
      scores[c.id] = String(c.scale_min + ((r.nomination_id * 7 + r.judge_user_id * 3 + k) % (c.scale_max - c.scale_min + 1)));
      comments[c.id] = "";
    }
    const result = await saveScoreSheet(db, { cycleId, judgeId: r.judge_user_id, code: r.code, input: { scores, comments, overallComment: "Scored for the test." }, mode: "submit", revision: r.revision ?? 0 });
    expect(result.ok, JSON.stringify(result)).toBe(true);
  }
}
