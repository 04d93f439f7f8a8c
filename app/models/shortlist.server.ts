// The shortlist: the finalists the secretariat picks (each with a rationale), its confirmation (the
// recorded step that unblinds the finalists to the final-round panel), the panel itself, and the
// embargoed decisions on the winner and highly commended entries.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { conflictSet, listJudges } from "./judges.server";
import { inTransaction } from "~/platform/sql.server";
import { earlyDecisionProblem } from "~/domain/announcement";
import type { RankingMethod } from "~/domain/results";
import { finalPanelMail } from "~/emails/judging-emails.server";
import { finalistNoticeMail } from "~/emails/result-emails.server";
import { finalSheetCount } from "./final-round.server";
import { finalistContacts, getShortlist, type DecisionRow, type ShortlistRow } from "./finalists.server";
import { queueMail } from "./outbox.server";
import { ensureCaseStudyDrafts } from "./publication.server";
import { listMeetingRecords } from "./shortlisting-meeting.server";

// Their home is finalists.server.ts; named here too for the callers written before they moved.
export { finalistContacts, getDecisions, getShortlist, type DecisionRow, type ShortlistRow } from "./finalists.server";

export type ShortlistProblem = { ok: false; problem: string };

/** Replaces the (unconfirmed) shortlist: the finalists and a rationale for each, by the method used. */
export async function saveShortlist(
  db: Kysely<Database>,
  { cycleId, picks, method, actorUserId, now = new Date() }: { cycleId: number; picks: { nominationId: number; rationale: string }[]; method: RankingMethod; actorUserId: number; now?: Date },
): Promise<{ ok: true } | ShortlistProblem> {
  return inTransaction(db, async (trx) => {
    const cycle = await trx.selectFrom("award_cycles").select(["stage", "shortlist_confirmed_at"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
    if (cycle.stage !== "shortlisting") return { ok: false, problem: "Finalists are chosen in the shortlisting stage" };
    if (cycle.shortlist_confirmed_at) return { ok: false, problem: "The shortlist has been confirmed and can no longer change" };
    const released = await trx.selectFrom("judging_entries").select("nomination_id").where("cycle_id", "=", cycleId).where("status", "=", "released").execute();
    const allowed = new Set(released.map((r) => r.nomination_id));
    if (picks.some((p) => !allowed.has(p.nominationId))) return { ok: false, problem: "Only entries released to judging can be finalists" };
    await trx.deleteFrom("shortlist").where("cycle_id", "=", cycleId).execute();
    const at = now.toISOString();
    if (picks.length) {
      await trx
        .insertInto("shortlist")
        .values(picks.map((p) => ({ cycle_id: cycleId, nomination_id: p.nominationId, rationale: p.rationale, chosen_by: actorUserId, chosen_at: at })))
        .execute();
    }
    await trx.updateTable("award_cycles").set({ shortlist_method: method, updated_at: at }).where("id", "=", cycleId).execute();
    await recordAudit(trx, { actorUserId, action: "shortlist.saved", target: `cycle:${cycleId}`, details: { method, finalists: picks.map((p) => p.nominationId) } }, now);
    return { ok: true };
  });
}

/**
 * Confirms the shortlist: the recorded step that unblinds the finalists to the final-round panel
 * (entries not shortlisted stay anonymous to judges for ever). Finalists are told they are finalists
 * by e-mails queued in the same transaction; the result itself is never in this e-mail.
 */
export async function confirmShortlist(
  db: Kysely<Database>,
  { cycleId, actorUserId, now = new Date() }: { cycleId: number; actorUserId: number; now?: Date },
): Promise<{ ok: true; finalists: number } | ShortlistProblem> {
  const result = await inTransaction(db, async (trx): Promise<{ ok: true; finalists: ShortlistRow[] } | ShortlistProblem> => {
    const cycle = await trx.selectFrom("award_cycles").select(["stage", "year", "final_judging_at", "shortlist_confirmed_at"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
    if (cycle.stage !== "shortlisting") return { ok: false, problem: "The shortlist is confirmed in the shortlisting stage" };
    if (cycle.shortlist_confirmed_at) return { ok: false, problem: "The shortlist has already been confirmed" };
    const finalists = await getShortlist(trx, cycleId);
    if (finalists.length === 0) return { ok: false, problem: "Choose the finalists first" };
    const missing = finalists.filter((f) => !f.rationale.trim());
    if (missing.length) return { ok: false, problem: `Give a rationale for every finalist (missing for ${missing.map((m) => `Entry ${m.code}`).join(", ")})` };
    const updated = await trx
      .updateTable("award_cycles")
      .set({ shortlist_confirmed_at: now.toISOString(), shortlist_confirmed_by: actorUserId, updated_at: now.toISOString() })
      .where("id", "=", cycleId)
      .where("shortlist_confirmed_at", "is", null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return { ok: false, problem: "The shortlist has already been confirmed" };
    // The confirmation carries each finalist's rationale and the shortlisting meeting's record of it (decision 033).
    const meeting = await listMeetingRecords(trx, cycleId);
    const record = (id: number) => {
      const r = meeting.get(id);
      return r ? { agreedPosition: r.agreedPosition, divergentView: r.divergentView, heldBy: r.heldBy } : null;
    };
    await recordAudit(
      trx,
      {
        actorUserId,
        action: "shortlist.confirmed_unblinded",
        target: `cycle:${cycleId}`,
        details: { finalists: finalists.map((f) => ({ nominationId: f.nominationId, code: f.code, rationale: f.rationale, meeting: record(f.nominationId) })) },
      },
      now,
    );
    // Each finalist's case study is drafted now, with the shortlist, so that no page has to write it when it is first read.
    await ensureCaseStudyDrafts(trx, { cycleId, now });
    for (const f of finalists) {
      for (const to of await finalistContacts(trx, f.nominationId)) {
        const notice = { year: cycle.year, organisation: f.organisation, title: f.title, finalJudgingAt: cycle.final_judging_at };
        await queueMail(trx, { ...finalistNoticeMail(to, notice), once: `finalist:${cycleId}:${f.nominationId}:${to.email.toLowerCase()}` });
      }
    }
    return { ok: true, finalists };
  });
  if (!result.ok) return result;
  return { ok: true, finalists: result.finalists.length };
}

export async function getFinalPanel(db: Kysely<Database>, cycleId: number): Promise<number[]> {
  return (await db.selectFrom("final_panel").select("judge_user_id").where("cycle_id", "=", cycleId).execute()).map((r) => r.judge_user_id);
}

/**
 * Sets the final-round panel: every panel judge is assigned every finalist they have no conflict
 * with (the same independence rules as the first round); judges taken off the panel lose their
 * final-round assignments that have no submitted sheet.
 */
export async function setFinalPanel(
  db: Kysely<Database>,
  { cycleId, judgeIds, actorUserId, now = new Date() }: { cycleId: number; judgeIds: number[]; actorUserId: number; now?: Date },
): Promise<{ ok: true; assigned: number; skippedForConflicts: number } | ShortlistProblem> {
  return inTransaction(db, async (trx) => {
    const cycle = await trx.selectFrom("award_cycles").select(["stage", "year", "final_judging_at", "shortlist_confirmed_at"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
    if (!cycle.shortlist_confirmed_at) return { ok: false, problem: "Confirm the shortlist before choosing the final-round panel" };
    const activeJudges = new Set((await listJudges(trx)).map((j) => j.id));
    judgeIds = [...new Set(judgeIds)];
    if (judgeIds.some((id) => !activeJudges.has(id))) return { ok: false, problem: "Only active judges can be on the panel" };
    if (cycle.stage !== "shortlisting" && cycle.stage !== "final") return { ok: false, problem: "The panel is chosen in the shortlisting or final round stage" };
    const at = now.toISOString();
    const wanted = new Set(judgeIds);
    const before = new Set(await getFinalPanel(trx, cycleId));
    await trx.deleteFrom("final_panel").where("cycle_id", "=", cycleId).execute();
    if (judgeIds.length) await trx.insertInto("final_panel").values(judgeIds.map((id) => ({ cycle_id: cycleId, judge_user_id: id, added_by: actorUserId, added_at: at }))).execute();
    const existing = await trx
      .selectFrom("judging_assignments")
      .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
      .select(["judging_assignments.id", "judging_assignments.judge_user_id", "judging_assignments.nomination_id", "score_sheets.status"])
      .where("judging_assignments.cycle_id", "=", cycleId)
      .where("judging_assignments.round", "=", "final")
      .where("judging_assignments.status", "=", "live")
      .execute();
    for (const a of existing) {
      if (!wanted.has(a.judge_user_id) && a.status !== "submitted") {
        await trx.updateTable("judging_assignments").set({ status: "removed", ended_reason: "Taken off the final-round panel", ended_by: actorUserId, ended_at: at }).where("id", "=", a.id).execute();
      }
    }
    const finalists = (await trx.selectFrom("shortlist").select("nomination_id").where("cycle_id", "=", cycleId).execute()).map((r) => r.nomination_id);
    const conflicts = await conflictSet(trx, cycleId);
    let assigned = 0;
    let skippedForConflicts = 0;
    for (const judgeId of judgeIds) {
      for (const nominationId of finalists) {
        if (existing.some((a) => a.judge_user_id === judgeId && a.nomination_id === nominationId)) continue;
        if (conflicts.has(`${judgeId}:${nominationId}`)) {
          skippedForConflicts++;
          continue;
        }
        await trx
          .insertInto("judging_assignments")
          .values({ cycle_id: cycleId, round: "final", nomination_id: nominationId, judge_user_id: judgeId, status: "live", source: "manual", reason: "Final-round panel", created_by: actorUserId, created_at: at, ended_reason: null, ended_by: null, ended_at: null })
          .execute();
        assigned++;
      }
    }
    await recordAudit(trx, { actorUserId, action: "final.panel_set", target: `cycle:${cycleId}`, details: { judgeIds, assigned, skippedForConflicts } }, now);
    // Judges who have just joined the panel are told, through the outbox once this commits.
    const joined = judgeIds.filter((id) => !before.has(id));
    if (joined.length) {
      const judges = await trx.selectFrom("users").select(["id", "email", "name"]).where("id", "in", joined).execute();
      for (const judge of judges) {
        const mine = finalists.filter((f) => !conflicts.has(`${judge.id}:${f}`)).length;
        await queueMail(trx, { ...finalPanelMail(judge, { year: cycle.year, finalists: mine, deadline: cycle.final_judging_at }), once: `final-panel:${cycleId}:${judge.id}` }, now);
      }
    }
    return { ok: true, assigned, skippedForConflicts };
  });
}

/**
 * Records the winner and any highly commended entries, with rationale; embargoed until publication.
 * Before every final-round score sheet is in, the secretariat must say why the decisions cannot wait
 * (`sheetsNotInReason`); the audit row keeps how many sheets were in, and that reason.
 */
export async function recordDecisions(
  db: Kysely<Database>,
  {
    cycleId,
    decisions,
    actorUserId,
    sheetsNotInReason = null,
    now = new Date(),
  }: { cycleId: number; decisions: DecisionRow[]; actorUserId: number; sheetsNotInReason?: string | null; now?: Date },
): Promise<{ ok: true } | (ShortlistProblem & { field: "winner" | "sheets_confirmed" })> {
  return inTransaction(db, async (trx) => {
    const refuse = (problem: string, field: "winner" | "sheets_confirmed" = "winner") => ({ ok: false as const, problem, field });
    const cycle = await trx.selectFrom("award_cycles").select(["stage", "published_at", "shortlist_confirmed_at"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
    if (cycle.published_at) return refuse("The results have been published and can no longer change");
    if (!cycle.shortlist_confirmed_at) return refuse("Confirm the shortlist first");
    if (new Set(decisions.map((d) => d.nominationId)).size !== decisions.length) return refuse("Each finalist can have one result only");
    if (decisions.some((d) => !d.rationale.trim())) return refuse("Give a rationale for each result");
    if (cycle.stage !== "final" && cycle.stage !== "shortlisting") return refuse("The winner is decided in the final round");
    const finalists = new Set((await trx.selectFrom("shortlist").select("nomination_id").where("cycle_id", "=", cycleId).execute()).map((r) => r.nomination_id));
    if (decisions.some((d) => !finalists.has(d.nominationId))) return refuse("Only finalists can be the winner or highly commended");
    if (decisions.filter((d) => d.result === "winner").length !== 1) return refuse("Choose one winner");
    const sheets = await finalSheetCount(trx, cycleId);
    const early = earlyDecisionProblem(sheets, sheetsNotInReason);
    if (early) return refuse(early, "sheets_confirmed");
    await trx.deleteFrom("award_decisions").where("cycle_id", "=", cycleId).execute();
    const at = now.toISOString();
    await trx
      .insertInto("award_decisions")
      .values(decisions.map((d) => ({ cycle_id: cycleId, nomination_id: d.nominationId, result: d.result, rationale: d.rationale, decided_by: actorUserId, decided_at: at })))
      .execute();
    const reason = sheets.submitted < sheets.assigned ? { sheetsNotInReason: sheetsNotInReason!.trim() } : {};
    await recordAudit(
      trx,
      { actorUserId, action: "final.decisions_recorded", target: `cycle:${cycleId}`, details: { decisions: decisions.map((d) => ({ nominationId: d.nominationId, result: d.result })), sheets, ...reason } },
      now,
    );
    return { ok: true };
  });
}
