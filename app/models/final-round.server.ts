// Read-only queries for the secretariat's final-round page: each panel judge's and each finalist's
// progress through the final-round score sheets (and how many are in), whether a sheet belongs to a
// cycle's final round, and one finalist's case-study draft. The writes are in shortlist.server.ts and publication.server.ts.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { FinalSheetCount } from "~/domain/announcement";
import type { SheetProgress } from "~/domain/judging";
import { listCaseStudyDrafts, type CaseStudyDraft } from "./publication.server";

export type FinalJudgeProgress = { judgeId: number; name: string; side: string; onPanel: boolean; assigned: number; notStarted: number; draft: number; submitted: number };
export type FinalSheetRow = { assignmentId: number; sheetId: number | null; judgeId: number; judgeName: string; progress: SheetProgress; reopenedReason: string | null };
export type FinalistProgress = { nominationId: number; code: string; organisation: string; title: string; assigned: number; draft: number; submitted: number; sheets: FinalSheetRow[] };

/**
 * Final-round progress: every judge on the panel (and anyone else who still has a live final-round
 * assignment), and every finalist with its judges' sheets. Only live assignments count.
 */
export async function finalRoundProgress(db: Kysely<Database>, cycleId: number): Promise<{ judges: FinalJudgeProgress[]; finalists: FinalistProgress[] }> {
  const [panel, rows, finalists] = await Promise.all([
    db
      .selectFrom("final_panel")
      .innerJoin("users", "users.id", "final_panel.judge_user_id")
      .leftJoin("judge_profiles", "judge_profiles.user_id", "users.id")
      .select(["users.id", "users.name", "judge_profiles.side"])
      .where("final_panel.cycle_id", "=", cycleId)
      .execute(),
    db
      .selectFrom("judging_assignments")
      .innerJoin("users", "users.id", "judging_assignments.judge_user_id")
      .leftJoin("judge_profiles", "judge_profiles.user_id", "users.id")
      .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
      .select([
        "judging_assignments.id as assignment_id",
        "judging_assignments.judge_user_id",
        "judging_assignments.nomination_id",
        "users.name",
        "judge_profiles.side",
        "score_sheets.id as sheet_id",
        "score_sheets.status as sheet_status",
        "score_sheets.reopened_reason",
      ])
      .where("judging_assignments.cycle_id", "=", cycleId)
      .where("judging_assignments.round", "=", "final")
      .where("judging_assignments.status", "=", "live")
      .orderBy("users.name")
      .orderBy("judging_assignments.id")
      .execute(),
    db
      .selectFrom("shortlist")
      .innerJoin("judging_entries", "judging_entries.nomination_id", "shortlist.nomination_id")
      .innerJoin("nominations", "nominations.id", "shortlist.nomination_id")
      .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
      .select(["shortlist.nomination_id", "judging_entries.code", "organisations.name as organisation", "nominations.title"])
      .where("shortlist.cycle_id", "=", cycleId)
      .orderBy("judging_entries.code")
      .execute(),
  ]);
  const people = new Map<number, { name: string; side: string; onPanel: boolean }>();
  for (const p of panel) people.set(p.id, { name: p.name, side: p.side ?? "", onPanel: true });
  for (const r of rows) if (!people.has(r.judge_user_id)) people.set(r.judge_user_id, { name: r.name, side: r.side ?? "", onPanel: false });
  const judges = [...people.entries()]
    .map(([judgeId, p]): FinalJudgeProgress => {
      const mine = rows.filter((r) => r.judge_user_id === judgeId);
      return {
        judgeId,
        name: p.name,
        side: p.side,
        onPanel: p.onPanel,
        assigned: mine.length,
        notStarted: mine.filter((r) => !r.sheet_status).length,
        draft: mine.filter((r) => r.sheet_status === "draft").length,
        submitted: mine.filter((r) => r.sheet_status === "submitted").length,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  return {
    judges,
    finalists: finalists.map((f): FinalistProgress => {
      const mine = rows.filter((r) => r.nomination_id === f.nomination_id);
      return {
        nominationId: f.nomination_id,
        code: f.code,
        organisation: f.organisation,
        title: f.title,
        assigned: mine.length,
        draft: mine.filter((r) => r.sheet_status === "draft").length,
        submitted: mine.filter((r) => r.sheet_status === "submitted").length,
        sheets: mine.map((r) => ({
          assignmentId: r.assignment_id,
          sheetId: r.sheet_id,
          judgeId: r.judge_user_id,
          judgeName: r.name,
          progress: r.sheet_status ?? "not_started",
          reopenedReason: r.reopened_reason,
        })),
      };
    }),
  };
}

/** How many final-round score sheets the panel has (live assignments) and how many are submitted. */
export async function finalSheetCount(db: Kysely<Database>, cycleId: number): Promise<FinalSheetCount> {
  const rows = await db
    .selectFrom("judging_assignments")
    .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
    .select("score_sheets.status")
    .where("judging_assignments.cycle_id", "=", cycleId)
    .where("judging_assignments.round", "=", "final")
    .where("judging_assignments.status", "=", "live")
    .execute();
  return { submitted: rows.filter((r) => r.status === "submitted").length, assigned: rows.length };
}

/** Whether a score sheet is one of this cycle's final-round sheets (of a live assignment). */
export async function isFinalRoundSheet(db: Kysely<Database>, { cycleId, sheetId }: { cycleId: number; sheetId: number }): Promise<boolean> {
  const row = await db
    .selectFrom("score_sheets")
    .innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id")
    .select("score_sheets.id")
    .where("score_sheets.id", "=", sheetId)
    .where("judging_assignments.cycle_id", "=", cycleId)
    .where("judging_assignments.round", "=", "final")
    .where("judging_assignments.status", "=", "live")
    .executeTakeFirst();
  return row !== undefined;
}

/** One finalist's case-study draft in this cycle, or undefined (not a finalist of it, or none yet). */
export async function getCaseStudyDraft(db: Kysely<Database>, { cycleId, nominationId }: { cycleId: number; nominationId: number }): Promise<CaseStudyDraft | undefined> {
  return (await listCaseStudyDrafts(db, cycleId)).find((d) => d.nominationId === nominationId);
}

/** Where each published case study of a cycle is: its archive entry and public address. */
export async function publishedCaseStudyLinks(db: Kysely<Database>, cycleId: number): Promise<Map<number, { archiveEntryId: number; path: string }>> {
  const rows = await db
    .selectFrom("case_study_drafts")
    .innerJoin("archive_entries", "archive_entries.id", "case_study_drafts.archive_entry_id")
    .select(["case_study_drafts.nomination_id", "archive_entries.id", "archive_entries.year", "archive_entries.slug"])
    .where("case_study_drafts.cycle_id", "=", cycleId)
    .execute();
  return new Map(rows.map((r) => [r.nomination_id, { archiveEntryId: r.id, path: `/winners/${r.year}/${r.slug}` }]));
}
