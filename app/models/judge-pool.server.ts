// The judge pool kept across years (issue 15, part 4): every judge with a profile, active or not,
// with their side, organisation and job title, the cycles they judged and how many score sheets they
// submitted in each, and asking the judges of an earlier year to judge again in one step. For the secretariat only.
import type { Kysely } from "kysely";
import type { Database, JudgeSide } from "../../db/schema";
import { judgeAgainMail } from "~/emails/judging-emails.server";
import { parseExpertiseTags, type ExpertiseTag } from "~/domain/judge-expertise";
import { inTransaction } from "~/platform/sql.server";
import { recordAudit, textDigest } from "./audit.server";
import { queueMail } from "./outbox.server";

export type PoolCycle = { year: number; isDemo: boolean; sheets: number; assigned: number };
export type PoolJudge = {
  id: number;
  name: string;
  active: boolean;
  side: JudgeSide;
  organisation: string | null;
  jobTitle: string | null;
  expertise: ExpertiseTag[];
  expertiseNote: string;
  cycles: PoolCycle[];
  sheets: number;
};

export async function judgePool(db: Kysely<Database>): Promise<PoolJudge[]> {
  const [judges, work] = await Promise.all([
    db
      .selectFrom("users")
      .innerJoin("roles", (join) => join.onRef("roles.user_id", "=", "users.id").on("roles.role", "=", "judge"))
      .innerJoin("judge_profiles", "judge_profiles.user_id", "users.id")
      .leftJoin("organisations", "organisations.id", "judge_profiles.organisation_id")
      .select(["users.id", "users.name", "users.active", "judge_profiles.side", "judge_profiles.job_title", "judge_profiles.expertise_tags", "judge_profiles.expertise_note", "organisations.name as organisation"])
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
      expertise: parseExpertiseTags(j.expertise_tags),
      expertiseNote: j.expertise_note,
      cycles,
      sheets: cycles.reduce((s, c) => s + c.sheets, 0),
    };
  });
}

export type JudgeAgainOffer = { cycleId: number; year: number; fromYear: number; judges: number };

/**
 * The one-step invitation the pool page offers: to the newest cycle not yet announced, the active
 * judges of the latest earlier cycle that had any. Null when there is nothing to offer.
 */
export async function judgeAgainOffer(db: Kysely<Database>): Promise<JudgeAgainOffer | null> {
  const target = await db.selectFrom("award_cycles").select(["id", "year"]).where("stage", "not in", ["announced", "archived"]).orderBy("year", "desc").executeTakeFirst();
  if (!target) return null;
  const from = await db
    .selectFrom("judging_assignments")
    .innerJoin("award_cycles", "award_cycles.id", "judging_assignments.cycle_id")
    .select("award_cycles.year")
    .where("award_cycles.year", "<", target.year)
    .orderBy("award_cycles.year", "desc")
    .executeTakeFirst();
  if (!from) return null;
  const judges = await judgesOf(db, from.year);
  return judges.length ? { cycleId: target.id, year: target.year, fromYear: from.year, judges: judges.length } : null;
}

async function judgesOf(db: Kysely<Database>, year: number) {
  return db
    .selectFrom("users")
    .innerJoin("roles", (join) => join.onRef("roles.user_id", "=", "users.id").on("roles.role", "=", "judge"))
    .select(["users.id", "users.email", "users.name"])
    .where("users.active", "=", 1)
    .where("users.id", "in", db.selectFrom("judging_assignments").innerJoin("award_cycles", "award_cycles.id", "judging_assignments.cycle_id").select("judging_assignments.judge_user_id").where("award_cycles.year", "=", year))
    .orderBy("users.id")
    .execute();
}

/**
 * Asks every active judge of `fromYear` to judge the cycle, in one step: one e-mail each, queued in
 * one transaction with its audit row. Each judge is asked once per cycle (the outbox's key), so a
 * second click asks nobody twice.
 */
export async function inviteJudgesAgain(
  db: Kysely<Database>,
  { cycleId, fromYear, actorUserId, now = new Date() }: { cycleId: number; fromYear: number; actorUserId: number; now?: Date },
): Promise<{ asked: number; alreadyAsked: number } | null> {
  const cycle = await db.selectFrom("award_cycles").select(["id", "year", "stage", "judging_open_at", "judging_close_at"]).where("id", "=", cycleId).executeTakeFirst();
  if (!cycle || cycle.stage === "announced" || cycle.stage === "archived" || fromYear >= cycle.year) return null;
  const judges = await judgesOf(db, fromYear);
  return inTransaction(db, async (trx) => {
    let asked = 0;
    for (const j of judges) {
      const mail = judgeAgainMail(j, { year: cycle.year, fromYear, opens: cycle.judging_open_at, closes: cycle.judging_close_at });
      if (await queueMail(trx, { ...mail, once: `judge-again:${cycle.id}:${j.id}` }, now)) asked += 1;
    }
    await recordAudit(trx, { actorUserId, action: "judge_pool.asked_again", target: `cycle:${cycle.id}`, details: { fromYear, asked, alreadyAsked: judges.length - asked } }, now);
    return { asked, alreadyAsked: judges.length - asked };
  });
}

export type JudgeExpertise = { tags: ExpertiseTag[]; note: string };

/** A judge's expertise, or undefined for someone with no judge profile. */
export async function getJudgeExpertise(db: Kysely<Database>, judgeId: number): Promise<JudgeExpertise | undefined> {
  const row = await db.selectFrom("judge_profiles").select(["expertise_tags", "expertise_note"]).where("user_id", "=", judgeId).executeTakeFirst();
  return row ? { tags: parseExpertiseTags(row.expertise_tags), note: row.expertise_note } : undefined;
}

/**
 * Sets a judge's expertise (tags already checked against the list), by the secretariat or by the
 * judge themself, with its audit row in the same transaction. False when there is no judge profile.
 */
export async function setJudgeExpertise(
  db: Kysely<Database>,
  { judgeId, tags, note, actorUserId, now = new Date() }: { judgeId: number; tags: ExpertiseTag[]; note: string; actorUserId: number; now?: Date },
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const before = await trx.selectFrom("judge_profiles").select(["expertise_tags"]).where("user_id", "=", judgeId).executeTakeFirst();
    if (!before) return false;
    await trx
      .updateTable("judge_profiles")
      .set({ expertise_tags: JSON.stringify(tags), expertise_note: note.trim(), updated_at: now.toISOString() })
      .where("user_id", "=", judgeId)
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId,
        action: "judge_pool.expertise_set",
        target: `user:${judgeId}`,
        details: { by: actorUserId === judgeId ? "judge" : "secretariat", tags, previous: parseExpertiseTags(before.expertise_tags), note: textDigest(note.trim()) },
      },
      now,
    );
    return true;
  });
}
