// One action function for each form on the final-round page (the intents in form.server.ts). Each
// parses its fields, calls one model verb and redirects to the page with its notice; bad input, or a
// change the cycle's stage does not allow, comes back as a 400 with the typed values kept.
import { redirect } from "@remix-run/node";
import type { AwardCycle } from "../../../db/schema";
import { listJudges } from "~/models/judges.server";
import { getShortlist } from "~/models/finalists.server";
import { isFinalRoundSheet } from "~/models/final-round.server";
import { ensureCaseStudyDrafts, moveAnnouncement, publishNow } from "~/models/publication.server";
import { reopenScoreSheet } from "~/models/score-sheets.server";
import { recordDecisions, setFinalPanel } from "~/models/shortlist.server";
import type { getDb } from "~/platform/db.server";
import { formValues, invalid } from "~/request/forms.server";
import { notFound } from "~/request/permissions.server";
import { parseDecisions, parseMoveAnnouncement, parsePanel, parseReopen } from "./form.server";
import { finalNotices, type FinalNotice } from "./notices.server";

export type FinalAction = { formData: FormData; db: ReturnType<typeof getDb>; cycle: AwardCycle; cycleId: number; adminId: number };

const back = (cycleId: number, kind: FinalNotice, counts?: Record<string, number>) => redirect(finalNotices.href(`/admin/cycles/${cycleId}/final`, kind, counts));

export async function choosePanel({ formData, db, cycleId, adminId }: FinalAction) {
  const judges = await listJudges(db);
  const parsed = parsePanel(formData, new Set(judges.map((j) => j.id)));
  if (!parsed.ok) return invalid(parsed);
  const saved = await setFinalPanel(db, { cycleId, judgeIds: parsed.data.judgeIds, actorUserId: adminId });
  if (!saved.ok) return invalid({ errors: { judge: saved.problem }, values: { ...formValues(formData), judge: parsed.data.judgeIds.join(",") } });
  return back(cycleId, "panel", { assigned: saved.assigned, skipped: saved.skippedForConflicts });
}

export async function reopenSheet({ formData, db, cycleId, adminId }: FinalAction) {
  const parsed = parseReopen(formData);
  if (!parsed.ok) return invalid(parsed);
  // Only this cycle's final-round sheets are reopened here: any other id names nothing on this page.
  if (!(await isFinalRoundSheet(db, { cycleId, sheetId: parsed.data.sheetId }))) notFound();
  const reopened = await reopenScoreSheet(db, { sheetId: parsed.data.sheetId, reason: parsed.data.reason, actorUserId: adminId });
  if (!reopened) return invalid({ errors: { [`reason_${parsed.data.sheetId}`]: "This score sheet is not submitted, so there is nothing to reopen" }, values: formValues(formData) });
  return back(cycleId, "reopened");
}

export async function recordTheDecisions({ formData, db, cycleId, adminId }: FinalAction) {
  const finalists = await getShortlist(db, cycleId);
  const parsed = parseDecisions(
    formData,
    finalists.map((f) => f.nominationId),
  );
  if (!parsed.ok) return invalid(parsed);
  const { decisions, sheetsNotInReason } = parsed.data;
  const recorded = await recordDecisions(db, { cycleId, decisions, sheetsNotInReason, actorUserId: adminId });
  if (!recorded.ok) {
    const values = formValues(formData, ["winner", "hc"]);
    return invalid({ errors: { [recorded.field]: recorded.problem }, values });
  }
  return back(cycleId, "decisions");
}

export async function moveTheAnnouncement({ formData, db, cycleId, adminId }: FinalAction) {
  const parsed = parseMoveAnnouncement(formData);
  if (!parsed.ok) return invalid(parsed);
  const moved = await moveAnnouncement(db, { cycleId, to: parsed.data.to, actorUserId: adminId });
  if (!moved.ok) return invalid({ errors: { announcement: moved.problem }, values: formValues(formData) });
  return back(cycleId, "moved");
}

export async function publishTheResults({ formData, db, cycleId, adminId }: FinalAction) {
  const outcome = await publishNow(db, { cycleId, actorUserId: adminId });
  if ("problem" in outcome) return invalid({ errors: { publish: outcome.problem }, values: formValues(formData) });
  return back(cycleId, "published");
}

/**
 * Drafts the case studies of finalists that have none: confirming the shortlist drafts them, so this
 * is for a shortlist confirmed before it did. The page only reads (no writes on GET).
 */
export async function draftCaseStudies({ formData, db, cycle, cycleId }: FinalAction) {
  if (!cycle.shortlist_confirmed_at) return invalid({ errors: { form: "Confirm the shortlist first: its finalists' case studies are drafted then" }, values: formValues(formData) });
  if (cycle.published_at) return invalid({ errors: { form: "The results have been published: edit the case studies in the archive of winners" }, values: formValues(formData) });
  const drafted = await ensureCaseStudyDrafts(db, { cycleId });
  return back(cycleId, "drafted", { drafted });
}
