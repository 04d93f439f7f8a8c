// Sets up the score-save benchmark: a cycle in judging with 100 released entries (about 2,500 words
// each), 100 judges who have accepted the statement, each with live assignments, and for each judge
// the request their score sheet's autosave makes. Used by scripts/bench.ts.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { createCycle, listCriteria, listSections } from "../../app/models/cycles.server";
import { refreshJudgingEntry } from "../../app/models/judging-entries.server";
import { createUserSession } from "../../app/request/auth.server";

export const BENCH_JUDGING_YEAR = 2090;

export type BenchJudge = { path: string; cookie: string; form: Record<string, string>; revision: number };

export async function scoreSaveJudges(db: Kysely<Database>, { judges = 100, words }: { judges?: number; words: (n: number) => string }): Promise<BenchJudge[]> {
  const now = new Date().toISOString();
  const cycleId = await createCycle(
    db,
    {
      year: BENCH_JUDGING_YEAR,
      dates: {
        nominations_open_at: "2089-01-01T09:00:00.000Z",
        nominations_close_at: "2089-05-13T16:00:00.000Z",
        judging_open_at: "2089-05-20T08:00:00.000Z",
        judging_close_at: "2099-06-30T16:00:00.000Z",
        shortlist_at: null,
        final_judging_at: null,
        announcement_at: "2099-11-12T19:00:00.000Z",
      },
    },
    null,
  );
  await db.updateTable("award_cycles").set({ stage: "judging" }).where("id", "=", cycleId).execute();
  const sections = await listSections(db, cycleId);
  const criteria = await listCriteria(db, cycleId);
  const { id: organisationId } = await db
    .insertInto("organisations")
    .values({ name: "Benchmark Valley NHS Trust", short_name: "Benchmark Valley", slug: "benchmark-valley", type: "acute", region: "London", ods_code: "BENCH", is_demo: 1, created_at: now, updated_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();

  const result: BenchJudge[] = [];
  for (let i = 0; i < judges; i++) {
    const { id: nominationId } = await db
      .insertInto("nominations")
      .values({ cycle_id: cycleId, organisation_id: organisationId, reference: `BENCH-${i}`, title: `Benchmark entry ${i} at Benchmark Valley`, status: "submitted", created_at: now, updated_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("nomination_answers")
      .values(sections.map((s) => ({ nomination_id: nominationId, section_id: s.id, text: words(Math.min(s.word_limit ?? 300, 300)) })))
      .execute();
    await refreshJudgingEntry(db, { nominationId, cycleId, actorUserId: null });
    await db.updateTable("judging_entries").set({ status: "released", released_at: now }).where("nomination_id", "=", nominationId).execute();
    const { code } = await db.selectFrom("judging_entries").select("code").where("nomination_id", "=", nominationId).executeTakeFirstOrThrow();

    const email = `bench.judge.${i}@example.nhs.uk`;
    const { id: userId } = await db
      .insertInto("users")
      .values({ email, email_normalised: email, name: `Bench Judge ${i}`, email_verified_at: now, created_at: now, updated_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.insertInto("roles").values({ user_id: userId, role: "judge", granted_at: now, granted_by: null }).execute();
    await db.insertInto("judge_profiles").values({ user_id: userId, side: i % 2 ? "staff_side" : "employer", organisation_id: null, job_title: null, created_at: now, updated_at: now }).execute();
    await db.insertInto("judge_statements").values({ cycle_id: cycleId, judge_user_id: userId, accepted_at: now }).execute();
    await db
      .insertInto("judging_assignments")
      .values({ cycle_id: cycleId, round: "first", nomination_id: nominationId, judge_user_id: userId, status: "live", source: "auto", reason: null, created_by: null, created_at: now, ended_reason: null, ended_by: null, ended_at: null })
      .execute();
    const cookie = (await createUserSession(userId)).split(";")[0];
    const form: Record<string, string> = { intent: "autosave", overall_comment: words(120) };
    for (const [k, c] of criteria.entries()) {
      form[`score_${c.id}`] = String((i + k) % (c.scale_max + 1));
      form[`comment_${c.id}`] = words(80);
    }
    result.push({ path: `/judging/entries/${code}.data?autosave=1`, cookie, form, revision: 0 });
  }
  return result;
}
