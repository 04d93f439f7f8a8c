// "Release every reviewed entry": what would be released (entries waiting for review whose flags are
// all decided) and what is not ready, and the release of all of them in one transaction, audited.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { listCycleNominations } from "./admin-nominations.server";
import { recordAudit } from "./audit.server";
import { refreshJudgingEntry, undecidedFlagCount } from "./judging-entries.server";
import { inTransaction } from "~/platform/sql.server";
import type { Outcome } from "~/domain/outcome";

export type ReleaseCandidate = { nominationId: number; code: string; reference: string; organisation: string; title: string; undecidedFlags: number };

export type ReleaseSummary = {
  /** Waiting for review, complete, every flag decided: released by the confirm. */
  ready: ReleaseCandidate[];
  /** Waiting for review with flags still to decide. */
  notReady: ReleaseCandidate[];
  released: number;
};

/**
 * What "release every reviewed entry" would do now. It only reads: the flags are counted on each
 * entry's text as it is now (undecidedFlagCount builds the redaction afresh), and the confirm brings
 * each stored copy up to date before it releases it (releaseReviewedEntries).
 */
export async function releaseSummary(db: Kysely<Database>, { cycleId }: { cycleId: number }): Promise<ReleaseSummary> {
  return inTransaction(db, async (trx) => {
    const entries = await trx.selectFrom("judging_entries").select(["nomination_id", "code", "status"]).where("cycle_id", "=", cycleId).orderBy("code").execute();
    const nominations = new Map((await listCycleNominations(trx, cycleId)).map((n) => [n.id, n]));
    const summary: ReleaseSummary = { ready: [], notReady: [], released: entries.filter((e) => e.status === "released").length };
    for (const e of entries) {
      const nomination = nominations.get(e.nomination_id);
      if (e.status !== "needs_review" || nomination?.status !== "complete") continue;
      const undecided = await undecidedFlagCount(trx, e.nomination_id);
      const candidate = { nominationId: e.nomination_id, code: e.code, reference: nomination.reference, organisation: nomination.organisation, title: nomination.title, undecidedFlags: undecided };
      (undecided === 0 ? summary.ready : summary.notReady).push(candidate);
    }
    return summary;
  });
}

/**
 * Releases every entry of the summary the secretariat confirmed (`expected`, its nomination ids), all
 * or none: if what is ready now differs from what was shown, nothing is released and the page is
 * shown again with the new summary.
 */
export async function releaseReviewedEntries(
  db: Kysely<Database>,
  { cycleId, expected, actorUserId, now = new Date() }: { cycleId: number; expected: number[]; actorUserId: number; now?: Date },
): Promise<Outcome<{ released: number }>> {
  return inTransaction(db, async (trx) => {
    // Each entry waiting for review is stored as its text is now, so what is released is what was counted.
    const waiting = await trx.selectFrom("judging_entries").select("nomination_id").where("cycle_id", "=", cycleId).where("status", "=", "needs_review").execute();
    for (const e of waiting) await refreshJudgingEntry(trx, { nominationId: e.nomination_id, cycleId, actorUserId, now });
    const summary = await releaseSummary(trx, { cycleId });
    const ready = summary.ready.map((c) => c.nominationId).sort((a, b) => a - b);
    const shown = [...new Set(expected)].sort((a, b) => a - b);
    if (ready.length === 0) return { ok: false, problem: "No entry is ready to release: every entry waiting for review has flags still to decide" };
    if (ready.join(",") !== shown.join(",")) {
      return { ok: false, problem: "The entries ready to release have changed since this page was shown: check the list again, then confirm" };
    }
    const at = now.toISOString();
    for (const c of summary.ready) {
      await trx
        .updateTable("judging_entries")
        .set({ status: "released", released_at: at, released_by: actorUserId, updated_at: at })
        .where("nomination_id", "=", c.nominationId)
        .where("status", "=", "needs_review")
        .execute();
      await recordAudit(trx, { actorUserId, action: "judging.entry_released", target: `nomination:${c.nominationId}`, details: { code: c.code, was: "needs_review", together: true } }, now);
    }
    await recordAudit(trx, { actorUserId, action: "judging.reviewed_entries_released", target: `cycle:${cycleId}`, details: { released: ready.length, codes: summary.ready.map((c) => c.code) } }, now);
    return { ok: true, released: ready.length };
  });
}
