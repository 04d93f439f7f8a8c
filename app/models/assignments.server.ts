// Who judges which entry: the automatic assignment (previewed, then confirmed), moves by hand,
// a late judge, and recusal with reassignment. The rules are app/domain/assignment.ts; this module
// gathers their inputs from the database and writes what they decide, with an audit entry each.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { queueMail } from "./outbox.server";
import { entriesAssignedMail } from "~/emails/judging-emails.server";
import { conflictSet, listJudges, type CycleJudge } from "./judges.server";
import { inTransaction } from "~/platform/sql.server";
import { assignJudges, checkMove, replacementJudge, type AssignmentInput, type AssignmentResult } from "~/domain/assignment";
import { assignmentsToRetire } from "~/domain/conflicts";
import { entryLabel } from "~/domain/judging";
import { listRefusal, notFoundRefusal, type ListRefusal, type NotFound, type Outcome } from "~/domain/outcome";

type Pair = { judgeId: number; entryId: number };
const pairKey = (judgeId: number, entryId: number) => `${judgeId}:${entryId}`;

export type AssignmentContext = { input: AssignmentInput; judges: CycleJudge[]; live: (Pair & { id: number; sheet: "not_started" | "draft" | "submitted" })[] };

/** The inputs to the assignment rules for the cycle's first round, as they are now. */
export async function assignmentContext(db: Kysely<Database>, { cycleId, seed = 1 }: { cycleId: number; seed?: number }): Promise<AssignmentContext> {
  const [cycle, judges, entries, conflicts, assignments, secondLooks] = await Promise.all([
    db.selectFrom("award_cycles").select("judges_per_entry").where("id", "=", cycleId).executeTakeFirstOrThrow(),
    listJudges(db),
    db.selectFrom("judging_entries").select(["nomination_id", "code"]).where("cycle_id", "=", cycleId).where("status", "=", "released").orderBy("nomination_id").execute(),
    conflictSet(db, cycleId),
    db
      .selectFrom("judging_assignments")
      .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
      .select(["judging_assignments.id", "judging_assignments.judge_user_id", "judging_assignments.nomination_id", "judging_assignments.status", "score_sheets.status as sheet_status"])
      .where("judging_assignments.cycle_id", "=", cycleId)
      .where("judging_assignments.round", "=", "first")
      .execute(),
    db.selectFrom("second_look_places").select(["nomination_id", "extra_sheets"]).where("cycle_id", "=", cycleId).execute(),
  ]);
  // An entry given a second look needs its extra judges too, so a recusal from it is replaced.
  const extra = new Map<number, number>();
  for (const s of secondLooks) extra.set(s.nomination_id, (extra.get(s.nomination_id) ?? 0) + s.extra_sheets);
  const released = new Set(entries.map((e) => e.nomination_id));
  const live = assignments
    .filter((a) => a.status === "live" && released.has(a.nomination_id))
    .map((a) => ({ id: a.id, judgeId: a.judge_user_id, entryId: a.nomination_id, sheet: a.sheet_status ?? ("not_started" as const) }));
  // A judge who recused from an entry, or declared a conflict with it, is never put back on it; nor is
  // one whose assignment was retired (they still see it, so a second one would show it twice).
  const excluded = new Set(
    assignments.filter((a) => a.status === "recused" || a.status === "removed" || a.status === "retired").map((a) => pairKey(a.judge_user_id, a.nomination_id)),
  );
  return {
    judges,
    live,
    input: {
      // Labelled as the secretariat knows them, so that the rules' explanations read that way too.
      entries: entries.map((e) => ({ id: e.nomination_id, label: entryLabel(e.code), places: cycle.judges_per_entry + (extra.get(e.nomination_id) ?? 0) })),
      judges: judges.map((j) => ({ id: j.id, side: j.side, name: j.name })),
      perEntry: cycle.judges_per_entry,
      seed,
      conflicts: new Set(conflicts.keys()),
      excluded,
      existing: live.map(({ judgeId, entryId }) => ({ judgeId, entryId })),
    },
  };
}

/** What the automatic assignment would do now: shown to the admin before they confirm it. */
export async function previewAssignment(db: Kysely<Database>, { cycleId, seed }: { cycleId: number; seed: number }): Promise<{ context: AssignmentContext; result: AssignmentResult; added: Pair[] }> {
  const context = await assignmentContext(db, { cycleId, seed });
  const result = assignJudges(context.input);
  const existing = new Set(context.live.map((a) => pairKey(a.judgeId, a.entryId)));
  // A run that only bends the load rule proposes a complete assignment, confirmed with a reason.
  const proposed = result.ok ? result.assignments : result.overridable ? result.partial : [];
  const added = proposed.filter((a) => !existing.has(pairKey(a.judgeId, a.entryId)));
  return { context, result, added };
}

/**
 * Confirms the automatic assignment for the seed the admin previewed. It is computed again inside
 * the transaction, so what is written follows the rules as they are at that moment.
 */
export async function confirmAssignment(
  db: Kysely<Database>,
  {
    cycleId,
    seed,
    actorUserId,
    override = null,
    tellJudges = true,
    now = new Date(),
  }: {
    cycleId: number;
    seed: number;
    actorUserId: number;
    /** Bends the load rule, when that is all the run breaks, for this reason. */
    override?: { reason: string } | null;
    /** False only for the demo data, whose judges are never e-mailed. */
    tellJudges?: boolean;
    now?: Date;
  },
): Promise<Outcome<{ added: number }, RuleRefusal>> {
  return inTransaction(db, async (trx) => {
    const { result, added } = await previewAssignment(trx, { cycleId, seed });
    if (!result.ok && !(result.overridable && override)) return ruleRefusal(result.problems.map((p) => p.message), !result.ok && result.overridable);
    const at = now.toISOString();
    for (const a of added) {
      await trx
        .insertInto("judging_assignments")
        .values({ cycle_id: cycleId, round: "first", nomination_id: a.entryId, judge_user_id: a.judgeId, status: "live", source: "auto", reason: override?.reason ?? null, created_by: actorUserId, created_at: at, ended_reason: null, ended_by: null, ended_at: null })
        .execute();
    }
    const overridden = result.ok ? [] : result.problems.map((p) => p.code);
    if (tellJudges) await tellJudgesOfNewEntries(trx, { cycleId, judgeIds: added.map((a) => a.judgeId), now });
    await recordAudit(
      trx,
      { actorUserId, action: "judging.assignment_confirmed", target: `cycle:${cycleId}`, details: { seed, added: added.length, pairs: added.map((a) => pairKey(a.judgeId, a.entryId)), overridden, reason: override && !result.ok ? override.reason : null } },
      now,
    );
    return { ok: true, added: added.length };
  });
}

/**
 * E-mails each judge given new entries, with how many (never which), in the transaction that assigns
 * them: the outbox sends it once that commits (decision 017), and nothing if it rolls back.
 */
async function tellJudgesOfNewEntries(trx: Kysely<Database>, { cycleId, judgeIds, now }: { cycleId: number; judgeIds: number[]; now: Date }) {
  if (judgeIds.length === 0) return;
  const perJudge = new Map<number, number>();
  for (const id of judgeIds) perJudge.set(id, (perJudge.get(id) ?? 0) + 1);
  const cycle = await trx.selectFrom("award_cycles").select(["year", "judging_close_at"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
  const judges = await trx.selectFrom("users").select(["id", "email", "name"]).where("id", "in", [...perJudge.keys()]).execute();
  for (const judge of judges) {
    await queueMail(trx, entriesAssignedMail(judge, { year: cycle.year, entries: perJudge.get(judge.id) ?? 0, deadline: cycle.judging_close_at }), now);
  }
}

async function endAssignment(trx: Kysely<Database>, id: number, status: "retired" | "recused" | "moved" | "removed", reason: string, actorUserId: number, at: string) {
  await trx.updateTable("judging_assignments").set({ status, ended_reason: reason, ended_by: actorUserId, ended_at: at }).where("id", "=", id).where("status", "=", "live").execute();
}

export async function addAssignment(trx: Kysely<Database>, values: { cycleId: number; entryId: number; judgeId: number; source: "manual" | "replacement" | "late" | "second_look"; reason: string | null; actorUserId: number | null; at: string }) {
  await trx
    .insertInto("judging_assignments")
    .values({
      cycle_id: values.cycleId,
      round: "first",
      nomination_id: values.entryId,
      judge_user_id: values.judgeId,
      status: "live",
      source: values.source,
      reason: values.reason,
      created_by: values.actorUserId,
      created_at: values.at,
      ended_reason: null,
      ended_by: null,
      ended_at: null,
    })
    .execute();
}

/**
 * The assignment rules refuse: every rule broken, in the error summary, and whether the only rules
 * broken are ones the secretariat may bend (with a reason).
 */
export type RuleRefusal = ListRefusal & { overridable: boolean };

export function ruleRefusal(problems: readonly string[], overridable: boolean): RuleRefusal {
  return { ...listRefusal(problems), overridable };
}

export type MoveResult = Outcome<object, RuleRefusal>;

/**
 * Moves one entry from one judge to another. Conflicts and the side rule can never be overridden;
 * a rule the domain calls overridable (load balance) may be, with a reason, which is recorded.
 */
export async function moveAssignment(
  db: Kysely<Database>,
  {
    cycleId,
    entryId,
    fromJudgeId,
    toJudgeId,
    reason,
    override,
    actorUserId,
    now = new Date(),
  }: { cycleId: number; entryId: number; fromJudgeId: number; toJudgeId: number; reason: string; override: boolean; actorUserId: number; now?: Date },
): Promise<MoveResult> {
  return inTransaction(db, async (trx) => {
    const context = await assignmentContext(trx, { cycleId });
    const current = context.live.find((a) => a.judgeId === fromJudgeId && a.entryId === entryId);
    if (!current) return ruleRefusal(["That judge is not assigned to that entry"], false);
    if (current.sheet === "submitted") return ruleRefusal(["That judge has already submitted a score sheet for this entry: reopen it or leave it"], false);
    const check = checkMove(context.input, context.live, { entryId, fromJudgeId, toJudgeId });
    if (!check.ok && !(check.overridable && override)) return ruleRefusal(check.problems.map((p) => p.message), check.overridable);
    const at = now.toISOString();
    await endAssignment(trx, current.id, "moved", reason, actorUserId, at);
    await addAssignment(trx, { cycleId, entryId, judgeId: toJudgeId, source: "manual", reason, actorUserId, at });
    await tellJudgesOfNewEntries(trx, { cycleId, judgeIds: [toJudgeId], now });
    await recordAudit(
      trx,
      { actorUserId, action: "judging.assignment_moved", target: `nomination:${entryId}`, details: { fromJudgeId, toJudgeId, reason, overridden: check.ok ? [] : check.problems.map((p) => p.code) } },
      now,
    );
    return { ok: true };
  });
}

/**
 * Brings a judge in late: they take over not-yet-started assignments from the most loaded judges,
 * one at a time, while every move keeps the rules and leaves loads no further apart.
 */
export async function addLateJudge(
  db: Kysely<Database>,
  { cycleId, judgeId, actorUserId, now = new Date() }: { cycleId: number; judgeId: number; actorUserId: number; now?: Date },
): Promise<{ ok: true; taken: number } | { ok: false; problem: string }> {
  return inTransaction(db, async (trx) => {
    const context = await assignmentContext(trx, { cycleId });
    if (!context.judges.some((j) => j.id === judgeId)) return { ok: false, problem: "Only an active judge can be added" };
    const at = now.toISOString();
    let live = [...context.live];
    let taken = 0;
    for (;;) {
      const loads = new Map<number, number>(context.judges.map((j) => [j.id, 0]));
      for (const a of live) loads.set(a.judgeId, (loads.get(a.judgeId) ?? 0) + 1);
      const mine = loads.get(judgeId) ?? 0;
      const candidates = live
        .filter((a) => a.sheet === "not_started" && a.judgeId !== judgeId && (loads.get(a.judgeId) ?? 0) > mine + 1)
        .sort((a, b) => (loads.get(b.judgeId) ?? 0) - (loads.get(a.judgeId) ?? 0) || a.entryId - b.entryId);
      const move = candidates.find((a) => checkMove(context.input, live, { entryId: a.entryId, fromJudgeId: a.judgeId, toJudgeId: judgeId }).ok);
      if (!move) break;
      await endAssignment(trx, move.id, "moved", "Moved to a judge who joined late", actorUserId, at);
      await addAssignment(trx, { cycleId, entryId: move.entryId, judgeId, source: "late", reason: "Joined late", actorUserId, at });
      live = live.filter((a) => a !== move).concat({ ...move, id: -1, judgeId });
      taken++;
    }
    await recordAudit(trx, { actorUserId, action: "judging.late_judge_added", target: `cycle:${cycleId}`, details: { judgeId, taken } }, now);
    await tellJudgesOfNewEntries(trx, { cycleId, judgeIds: Array<number>(taken).fill(judgeId), now });
    return { ok: true, taken };
  });
}

/**
 * A judge steps away from an entry. The assignment ends at once with the reason, and the entry goes
 * to the best free judge, if there is one; if not, the secretariat sees it short of judges.
 */
export async function recuse(
  db: Kysely<Database>,
  { cycleId, judgeId, entryId, reason, now = new Date() }: { cycleId: number; judgeId: number; entryId: number; reason: string; now?: Date },
): Promise<Outcome<{ replacedBy: number | null }, NotFound>> {
  return inTransaction(db, async (trx) => {
    const context = await assignmentContext(trx, { cycleId });
    const current = context.live.find((a) => a.judgeId === judgeId && a.entryId === entryId);
    const at = now.toISOString();
    if (!current) {
      // A retired assignment (decision 016) was replaced when it was retired: stepping away from it
      // only ends it, and reads to the judge exactly as any other recusal.
      const retired = await trx
        .updateTable("judging_assignments")
        .set({ status: "recused", ended_reason: reason, ended_by: judgeId, ended_at: at })
        .where("cycle_id", "=", cycleId)
        .where("judge_user_id", "=", judgeId)
        .where("nomination_id", "=", entryId)
        .where("round", "=", "first")
        .where("status", "=", "retired")
        .executeTakeFirst();
      if (Number(retired.numUpdatedRows) === 0) return notFoundRefusal("assignment to step away from");
      await recordAudit(trx, { actorUserId: judgeId, action: "judging.recused", target: `nomination:${entryId}`, details: { reason, replacedBy: null, why: "The assignment was already retired and replaced" } }, now);
      return { ok: true, replacedBy: null };
    }
    await endAssignment(trx, current.id, "recused", reason, judgeId, at);
    const remaining = context.live.filter((a) => a.id !== current.id);
    const excluded = new Set(context.input.excluded);
    excluded.add(pairKey(judgeId, entryId));
    const replacement = replacementJudge({ ...context.input, excluded, existing: remaining }, remaining, entryId);
    if (replacement.judgeId !== null) {
      await addAssignment(trx, { cycleId, entryId, judgeId: replacement.judgeId, source: "replacement", reason: "Replaced a judge who recused", actorUserId: null, at });
      await tellJudgesOfNewEntries(trx, { cycleId, judgeIds: [replacement.judgeId], now });
    }
    await recordAudit(
      trx,
      {
        actorUserId: judgeId,
        action: "judging.recused",
        target: `nomination:${entryId}`,
        details: { reason, replacedBy: replacement.judgeId, why: replacement.judgeId === null ? replacement.reason : null },
      },
      now,
    );
    return { ok: true, replacedBy: replacement.judgeId };
  });
}

export type RetiredAssignment = { entryId: number; code: string; replacedBy: number | null; why: string | null };

/**
 * After a conflict declared once entries were assigned (decision 016): the judge's live first-round
 * assignments to the organisation's entries are retired (the judge still sees them and may score
 * them; they count nowhere), and each entry goes to the best free judge. Runs in the caller's
 * transaction, and does the same reads whether or not anything is retired, so that how long the
 * answer takes says nothing about whose entries the judge holds.
 */
export async function retireAssignmentsForConflict(
  db: Kysely<Database>,
  { cycleId, judgeId, organisationId, now = new Date() }: { cycleId: number; judgeId: number; organisationId: number; now?: Date },
): Promise<RetiredAssignment[]> {
  return inTransaction(db, async (trx) => {
    const [context, held] = await Promise.all([
      assignmentContext(trx, { cycleId }),
      trx
        .selectFrom("judging_assignments")
        .innerJoin("nominations", "nominations.id", "judging_assignments.nomination_id")
        .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
        .select(["judging_assignments.id", "judging_assignments.nomination_id", "judging_assignments.round", "judging_assignments.status", "nominations.organisation_id", "judging_entries.code"])
        .where("judging_assignments.cycle_id", "=", cycleId)
        .where("judging_assignments.judge_user_id", "=", judgeId)
        .execute(),
    ]);
    const ids = new Set(assignmentsToRetire({ judgeId, organisationId }, held.map((a) => ({ id: a.id, judgeId, organisationId: a.organisation_id, round: a.round, status: a.status }))));
    const retiring = held.filter((h) => ids.has(h.id));
    const retiringEntries = new Set(retiring.map((a) => a.nomination_id));
    const at = now.toISOString();
    let live = context.live.filter((a) => !(a.judgeId === judgeId && retiringEntries.has(a.entryId)));
    const excluded = new Set(context.input.excluded);
    const retired: RetiredAssignment[] = [];
    for (const a of retiring) {
      await endAssignment(trx, a.id, "retired", "Conflict of interest declared after assignment: the judge still sees the entry, and their sheet is left out of the results", judgeId, at);
      excluded.add(pairKey(judgeId, a.nomination_id));
      const replacement = replacementJudge({ ...context.input, excluded, existing: live }, live, a.nomination_id);
      if (replacement.judgeId !== null) {
        await addAssignment(trx, { cycleId, entryId: a.nomination_id, judgeId: replacement.judgeId, source: "replacement", reason: "Replaced a judge who declared a conflict of interest after assignment", actorUserId: null, at });
        live = live.concat({ id: -1, judgeId: replacement.judgeId, entryId: a.nomination_id, sheet: "not_started" });
      }
      retired.push({ entryId: a.nomination_id, code: a.code, replacedBy: replacement.judgeId, why: replacement.judgeId === null ? replacement.reason : null });
    }
    await tellJudgesOfNewEntries(trx, { cycleId, judgeIds: retired.flatMap((r) => (r.replacedBy === null ? [] : [r.replacedBy])), now });
    return retired;
  });
}

export type RecusalRow = { judgeName: string; code: string; organisation: string; reason: string | null; at: string | null; status: string };

/** Ended and retired assignments (recusals, moves, conflicts declared after assignment), newest first, for the secretariat. */
export async function listEndedAssignments(db: Kysely<Database>, cycleId: number): Promise<RecusalRow[]> {
  const rows = await db
    .selectFrom("judging_assignments")
    .innerJoin("users", "users.id", "judging_assignments.judge_user_id")
    .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
    .innerJoin("nominations", "nominations.id", "judging_assignments.nomination_id")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select(["users.name", "judging_entries.code", "organisations.name as organisation", "judging_assignments.ended_reason", "judging_assignments.ended_at", "judging_assignments.status"])
    .where("judging_assignments.cycle_id", "=", cycleId)
    .where("judging_assignments.status", "!=", "live")
    .orderBy("judging_assignments.ended_at", "desc")
    .execute();
  return rows.map((r) => ({ judgeName: r.name, code: r.code, organisation: r.organisation, reason: r.ended_reason, at: r.ended_at, status: r.status }));
}
