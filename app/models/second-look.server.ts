// A second look (decision 026): extra first-round score sheets for chosen entries after the first
// round. The rules are app/domain/second-look.ts; this module reads the round as it is, previews the
// judges the rules pick, and confirms them in one transaction with an audit entry and an e-mail to
// each judge (queued in the outbox, so sent once the transaction commits).
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { addAssignment, assignmentContext, ruleRefusal, type AssignmentContext, type RuleRefusal } from "./assignments.server";
import type { Outcome } from "~/domain/outcome";
import { queueMail } from "./outbox.server";
import { secondLookMail } from "~/emails/judging-emails.server";
import { planSecondLook, type SecondLookPlan } from "~/domain/second-look";
import { inTransaction } from "~/platform/sql.server";

export type SecondLookPreview = { context: AssignmentContext; plan: SecondLookPlan; chosen: number[]; assignedBefore: number };

/** What a second look would add now: the chosen released entries, `extra` judges each. */
export async function previewSecondLook(
  db: Kysely<Database>,
  { cycleId, entryIds, extra, seed }: { cycleId: number; entryIds: number[]; extra: number; seed: number },
): Promise<SecondLookPreview> {
  const context = await assignmentContext(db, { cycleId, seed });
  const released = new Set(context.input.entries.map((e) => e.id));
  const chosen = [...new Set(entryIds)].filter((id) => released.has(id));
  const plan = planSecondLook(context.input, chosen, extra);
  return { context, plan, chosen, assignedBefore: context.live.length };
}

/**
 * Confirms a second look as previewed (recomputed inside the transaction): the extra places, the new
 * assignments (source "second_look"), one audit entry, and an e-mail to each judge given more work.
 * The load rule may be bent with a reason, as for the first assignment; nothing else can be.
 */
export async function confirmSecondLook(
  db: Kysely<Database>,
  {
    cycleId,
    entryIds,
    extra,
    seed,
    actorUserId,
    override = null,
    now = new Date(),
  }: { cycleId: number; entryIds: number[]; extra: number; seed: number; actorUserId: number; override?: { reason: string } | null; now?: Date },
): Promise<Outcome<{ added: number }, RuleRefusal>> {
  return inTransaction(db, async (trx) => {
    const { context, plan, chosen } = await previewSecondLook(trx, { cycleId, entryIds, extra, seed });
    if (chosen.length === 0) return ruleRefusal(["Select at least one released entry for a second look"], false);
    if (plan.problems.length > 0 && !(plan.overridable && override)) return ruleRefusal(plan.problems.map((p) => p.message), plan.overridable);
    const at = now.toISOString();
    for (const entryId of chosen) {
      await trx.insertInto("second_look_places").values({ cycle_id: cycleId, nomination_id: entryId, extra_sheets: extra, created_by: actorUserId, created_at: at }).execute();
    }
    const reason = override?.reason ?? "Second look";
    for (const a of plan.added) await addAssignment(trx, { cycleId, entryId: a.entryId, judgeId: a.judgeId, source: "second_look", reason, actorUserId, at });
    await recordAudit(
      trx,
      {
        actorUserId,
        action: "judging.second_look_confirmed",
        target: `cycle:${cycleId}`,
        details: { seed, extra, entries: chosen, added: plan.added.length, pairs: plan.added.map((a) => `${a.judgeId}:${a.entryId}`), overridden: plan.problems.map((p) => p.code), reason: override && plan.problems.length > 0 ? override.reason : null },
      },
      now,
    );
    const cycle = await trx.selectFrom("award_cycles").select(["year", "judging_close_at"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
    const perJudge = new Map<number, number>();
    for (const a of plan.added) perJudge.set(a.judgeId, (perJudge.get(a.judgeId) ?? 0) + 1);
    for (const judge of context.judges) {
      const entries = perJudge.get(judge.id);
      if (entries) await queueMail(trx, secondLookMail(judge, { year: cycle.year, entries, deadline: cycle.judging_close_at }), now);
    }
    return { ok: true, added: plan.added.length };
  });
}
