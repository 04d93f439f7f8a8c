// The secretariat's decision on each flagged phrase of a judging entry (decision 024): hide it (it is
// added to the entry's words to hide, like any term added at review) or keep it. One transaction per
// decision, with its audit entry; the judges' copy is rebuilt when a phrase is hidden.
import type { Kysely } from "kysely";
import type { Database, FlagDecision } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { currentRedaction, fieldFlags, refreshJudgingEntry } from "./judging-entries.server";
import { inTransaction } from "~/platform/sql.server";
import { hiddenKindOf, keyOfFlag } from "~/domain/flag-decisions";

export type DecideFlagResult = { ok: true; matched: string } | { ok: false; problem: string };

export async function decideFlag(
  db: Kysely<Database>,
  { nominationId, flagKey, decision, actorUserId, now = new Date() }: { nominationId: number; flagKey: string; decision: FlagDecision; actorUserId: number; now?: Date },
): Promise<DecideFlagResult> {
  return inTransaction(db, async (trx) => {
    const entry = await trx.selectFrom("judging_entries").select(["cycle_id", "code"]).where("nomination_id", "=", nominationId).executeTakeFirst();
    if (!entry) return { ok: false, problem: "This nomination has no judging entry" };
    const built = await currentRedaction(trx, nominationId);
    const flag = built ? fieldFlags(built).flatMap((f) => f.flags).find((f) => keyOfFlag(f) === flagKey) : undefined;
    if (!flag) {
      const decided = await trx.selectFrom("redaction_flag_decisions").select("decision").where("nomination_id", "=", nominationId).where("flag_key", "=", flagKey).executeTakeFirst();
      // Pressed twice, or the phrase is already hidden: nothing more to do.
      if (decided?.decision === decision) return { ok: true, matched: flagKey };
      return { ok: false, problem: "That phrase is no longer flagged in the entry: its text may have changed. Check the flags below again" };
    }
    const at = now.toISOString();
    await trx
      .insertInto("redaction_flag_decisions")
      .values({ nomination_id: nominationId, flag_key: flagKey, matched: flag.matched, decision, decided_by: actorUserId, decided_at: at })
      .onConflict((oc) => oc.columns(["nomination_id", "flag_key"]).doUpdateSet({ matched: flag.matched, decision, decided_by: actorUserId, decided_at: at }))
      .execute();
    if (decision === "hide") {
      const kind = hiddenKindOf(flag);
      await trx.insertInto("redaction_terms").values({ nomination_id: nominationId, text: flag.matched, kind, added_by: actorUserId, created_at: at }).execute();
      await recordAudit(trx, { actorUserId, action: "judging.redaction_term_added", target: `nomination:${nominationId}`, details: { code: entry.code, kind, length: flag.matched.length, fromFlag: true } }, now);
    }
    // The phrase itself stays out of the audit log, as with every term: its length says enough.
    await recordAudit(trx, { actorUserId, action: "judging.flag_decided", target: `nomination:${nominationId}`, details: { code: entry.code, decision, length: flag.matched.length } }, now);
    if (decision === "hide") await refreshJudgingEntry(trx, { nominationId, cycleId: entry.cycle_id, actorUserId, now });
    return { ok: true, matched: flag.matched };
  });
}
