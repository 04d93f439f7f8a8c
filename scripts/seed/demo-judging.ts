// The demo cycle moved on to judging: nominations closed, every complete entry prepared (judging code
// and redacted copy) and released, judges who have accepted the statement, the automatic assignment
// confirmed, and score sheets part-way through. judge.employer1@demo.test has sheets in every state.
// Its dates are moved so that judging is open now (the demo's own calendar is May to June 2027).
// Run once: a cycle already past "open" is left alone.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { confirmAssignment } from "../../app/models/assignments.server";
import { acceptStatement } from "../../app/models/judges.server";
import { decideFlag } from "../../app/models/flag-decisions.server";
import { prepareJudgingEntries, setJudgingEntryStatus, undecidedFlags } from "../../app/models/judging-entries.server";
import { choosePracticeEntry } from "../../app/models/practice.server";
import { saveScoreSheet } from "../../app/models/score-sheets.server";
import { recordAudit } from "../../app/models/audit.server";
import { mulberry32 } from "../../app/domain/random";
import { ukToUtc } from "../../app/domain/uk-time";
import { DEMO_ADMIN, DEMO_JUDGES } from "../../app/domain/demo-accounts";
import { DEMO_CYCLE_YEAR } from "./demo-cycle";

const DAY_MS = 24 * 3600_000;

const COMMENTS = [
  "Clear evidence that the staff side shaped this from the start, not only consulted at the end.",
  "Good outcomes, though some of the figures would be stronger with a baseline and a comparison group.",
  "A genuinely joint piece of work; the governance through the partnership forum is well described.",
  "Impressive scale, but less clear how it will be sustained once the project funding ends.",
  "The lessons are honest and practical, and other organisations could pick this up quickly.",
  "Strong on partnership working; the impact on staff is described more than it is measured.",
];

export async function seedDemoJudging(db: Kysely<Database>, now: Date = new Date()): Promise<{ released: number; assignments: number; sheets: number }> {
  const cycle = await db.selectFrom("award_cycles").selectAll().where("year", "=", DEMO_CYCLE_YEAR).where("is_demo", "=", 1).executeTakeFirst();
  if (!cycle || cycle.stage !== "open") return { released: 0, assignments: 0, sheets: 0 };
  const admin = await db.selectFrom("users").select("id").where("email_normalised", "=", DEMO_ADMIN.email).executeTakeFirstOrThrow();

  // Nominations closed after the last demo endorsement; judging runs from then until three weeks from now.
  const judgingClose = ukToUtc(new Date(now.getTime() + 21 * DAY_MS).toISOString().slice(0, 10), "17:00");
  await db
    .updateTable("award_cycles")
    .set({
      stage: "judging",
      nominations_close_at: ukToUtc("2026-11-18", "17:00"),
      judging_open_at: ukToUtc("2026-11-19", "09:00"),
      judging_close_at: judgingClose,
      shortlist_at: new Date(Date.parse(judgingClose) + 7 * DAY_MS).toISOString(),
      updated_at: now.toISOString(),
    })
    .where("id", "=", cycle.id)
    .execute();
  await recordAudit(db, { actorUserId: admin.id, action: "cycle.stage_changed", target: `cycle:${cycle.id}`, details: { from: "open", to: "judging", demo: true } }, now);

  await prepareJudgingEntries(db, { cycleId: cycle.id, actorUserId: admin.id, now });
  const entries = await db.selectFrom("judging_entries").select("nomination_id").where("cycle_id", "=", cycle.id).orderBy("nomination_id").execute();
  let released = 0;
  for (const e of entries) {
    // The demo's secretariat has read every flag and kept it (the demo's other organisations are fictional).
    for (const flagKey of await undecidedFlags(db, e.nomination_id)) {
      await decideFlag(db, { nominationId: e.nomination_id, flagKey, decision: "keep", actorUserId: admin.id, now });
    }
    const result = await setJudgingEntryStatus(db, { nominationId: e.nomination_id, status: "released", actorUserId: admin.id, now });
    if (result.ok) released++;
  }

  const judges = await db
    .selectFrom("users")
    .select(["id", "email_normalised"])
    .where("email_normalised", "in", DEMO_JUDGES.map((j) => j.email))
    .execute();
  for (const j of judges) await acceptStatement(db, { cycleId: cycle.id, judgeId: j.id, now });
  const assigned = await confirmAssignment(db, { cycleId: cycle.id, seed: 1, actorUserId: admin.id, tellJudges: false, now });
  if (!assigned.ok) throw new Error(`The demo assignment failed: ${assigned.problems.join("; ")}`);

  // Sheets part-way through. Judge employer 1: the first two submitted, the third a draft, the rest
  // not started. The others: the first of theirs submitted, the second a draft (for staff-side judges).
  const criteria = await db.selectFrom("cycle_criteria").select(["id", "scale_min", "scale_max"]).where("cycle_id", "=", cycle.id).where("round", "=", "first").orderBy("position").execute();
  const rows = await db
    .selectFrom("judging_assignments")
    .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
    .innerJoin("users", "users.id", "judging_assignments.judge_user_id")
    .select(["judging_assignments.judge_user_id", "judging_entries.code", "users.email_normalised"])
    .where("judging_assignments.cycle_id", "=", cycle.id)
    .where("judging_assignments.status", "=", "live")
    .orderBy("judging_entries.code")
    .execute();
  let sheets = 0;
  for (const judge of DEMO_JUDGES) {
    const mine = rows.filter((r) => r.email_normalised === judge.email);
    const plan: ("submit" | "draft")[] = judge.email === "judge.employer1@demo.test" ? ["submit", "submit", "draft"] : judge.side === "staff_side" ? ["submit", "draft"] : ["submit"];
    for (const [i, mode] of plan.entries()) {
      const row = mine[i];
      if (!row) continue;
      const random = mulberry32(row.judge_user_id * 1000 + i + 17);
      const scores: Record<number, string> = {};
      const comments: Record<number, string> = {};
      for (const [k, c] of criteria.entries()) {
        // A draft leaves its last criterion unscored, as a judge part-way through would.
        if (mode === "draft" && k === criteria.length - 1) scores[c.id] = "";
        else scores[c.id] = String(Math.min(c.scale_max, Math.max(c.scale_min, Math.round(c.scale_min + (c.scale_max - c.scale_min) * (0.45 + random() * 0.45)))));
        comments[c.id] = k === 0 ? COMMENTS[Math.floor(random() * COMMENTS.length)] : "";
      }
      const overallComment = mode === "submit" ? COMMENTS[Math.floor(random() * COMMENTS.length)] : "";
      const result = await saveScoreSheet(db, { cycleId: cycle.id, judgeId: row.judge_user_id, code: row.code, input: { scores, comments, overallComment }, mode, revision: 0, now });
      if (!result.ok) throw new Error(`A demo score sheet could not be saved: ${JSON.stringify(result)}`);
      sheets++;
    }
  }
  return { released, assignments: assigned.added, sheets };
}

/**
 * The demo cycle's practice entry (decision 037): the past demo cycle's winning case study, so judges
 * can calibrate before scoring. Its organisation is a judge's own, so that judge is not offered it.
 * Run once, after the past cycle is published; a cycle with a practice entry is left alone.
 */
export async function seedDemoPractice(db: Kysely<Database>): Promise<boolean> {
  const cycle = await db.selectFrom("award_cycles").select("id").where("year", "=", DEMO_CYCLE_YEAR).executeTakeFirst();
  if (!cycle || (await db.selectFrom("practice_entries").select("cycle_id").where("cycle_id", "=", cycle.id).executeTakeFirst())) return false;
  const entry = await db.selectFrom("archive_entries").select("id").where("is_demo", "=", 1).where("result", "=", "winner").orderBy("year").executeTakeFirst();
  const admin = await db.selectFrom("users").select("id").where("email_normalised", "=", DEMO_ADMIN.email).executeTakeFirst();
  if (!entry || !admin) return false;
  return (await choosePracticeEntry(db, { cycleId: cycle.id, archiveEntryId: entry.id, actorUserId: admin.id })).ok;
}
