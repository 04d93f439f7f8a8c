// The judge pool kept across years (issue 15, part 4): every judge with a profile, active or not,
// with their side, organisation and job title, the cycles they judged and how many score sheets they
// submitted in each. For the secretariat only.
import type { Kysely } from "kysely";
import type { Database, JudgeSide } from "../../db/schema";

export type PoolCycle = { year: number; isDemo: boolean; sheets: number; assigned: number };
export type PoolJudge = { id: number; name: string; active: boolean; side: JudgeSide; organisation: string | null; jobTitle: string | null; cycles: PoolCycle[]; sheets: number };

export async function judgePool(db: Kysely<Database>): Promise<PoolJudge[]> {
  const [judges, work] = await Promise.all([
    db
      .selectFrom("users")
      .innerJoin("roles", (join) => join.onRef("roles.user_id", "=", "users.id").on("roles.role", "=", "judge"))
      .innerJoin("judge_profiles", "judge_profiles.user_id", "users.id")
      .leftJoin("organisations", "organisations.id", "judge_profiles.organisation_id")
      .select(["users.id", "users.name", "users.active", "judge_profiles.side", "judge_profiles.job_title", "organisations.name as organisation"])
      .orderBy("users.name")
      .execute(),
    // Per judge and cycle: the assignments they held (any status) and the sheets they submitted.
    db
      .selectFrom("judging_assignments")
      .innerJoin("award_cycles", "award_cycles.id", "judging_assignments.cycle_id")
      .leftJoin("score_sheets", (join) => join.onRef("score_sheets.assignment_id", "=", "judging_assignments.id").on("score_sheets.status", "=", "submitted"))
      .select((eb) => [
        "judging_assignments.judge_user_id as judgeId",
        "award_cycles.year",
        "award_cycles.is_demo",
        eb.fn.count<number>("judging_assignments.id").distinct().as("assigned"),
        eb.fn.count<number>("score_sheets.id").as("sheets"),
      ])
      .groupBy(["judging_assignments.judge_user_id", "award_cycles.id"])
      .orderBy("award_cycles.year", "desc")
      .execute(),
  ]);
  const byJudge = new Map<number, PoolCycle[]>();
  for (const w of work) {
    const list = byJudge.get(w.judgeId) ?? [];
    list.push({ year: w.year, isDemo: w.is_demo === 1, sheets: Number(w.sheets), assigned: Number(w.assigned) });
    byJudge.set(w.judgeId, list);
  }
  return judges.map((j) => {
    const cycles = byJudge.get(j.id) ?? [];
    return {
      id: j.id,
      name: j.name,
      active: j.active === 1,
      side: j.side,
      organisation: j.organisation,
      jobTitle: j.job_title,
      cycles,
      sheets: cycles.reduce((s, c) => s + c.sheets, 0),
    };
  });
}

