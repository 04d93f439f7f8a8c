// The loader data and the action of a score sheet, shared by the first round's and the final
// round's routes: what the page needs from a sheet view, and saving, submitting and their answers;
// and the same for the check of the answers before the submission that locks the sheet.
import { data, redirect } from "@remix-run/node";
import type { AwardCycle, JudgingRound } from "../../db/schema";
import type { SessionUser } from "~/domain/permissions";
import { commentField, finalScoringProblem, isJudgingCode, judgeReadProblem, OVERALL_FIELD, scoreField, scoringProblem, type SheetAnswer } from "~/domain/judging";
import { formatUkClock, formatUkDeadline } from "~/domain/uk-time";
import { savePracticeSheet } from "~/models/practice.server";
import { getFinalistSheet, getJudgeSheet, saveScoreSheet, type JudgeSheetView, type SheetSaveMode } from "~/models/score-sheets.server";
import { getDb } from "~/platform/db.server";
import { autosaveSession, readForm } from "./forms.server";
import { requireJudgeWithStatement } from "./judging-access.server";
import { sheetInput, sheetRevision } from "./judging-forms.server";
import { notFound } from "./permissions.server";

/**
 * The signed-in judge's first-round sheet for a code, with its page's data: 404 for a code that is not
 * theirs. Entries are read in the judging stage only; the reason is given, but never which entry it was.
 */
export async function firstRoundSheet(request: Request, codeParam: string | undefined) {
  const { user, cycle } = await requireJudgeWithStatement(request);
  const code = codeParam ?? "";
  if (!isJudgingCode(code)) notFound();
  const closedForReading = judgeReadProblem(cycle);
  if (closedForReading) throw new Response(closedForReading, { status: 403, statusText: "Forbidden" });
  const view = await getJudgeSheet(getDb(), { cycleId: cycle.id, judgeId: user.id, code });
  if (!view) notFound();
  return { user, cycle, code, view, page: sheetPageData(view, { readOnly: scoringProblem(cycle, new Date(), view.sheet.status), deadline: cycle.judging_close_at }) };
}

/** A panel judge's final-round sheet for a finalist's code, with its page's data: 404 off their panel. */
export async function finalRoundSheet(request: Request, codeParam: string | undefined) {
  const { user, cycle } = await requireJudgeWithStatement(request);
  const code = codeParam ?? "";
  if (!isJudgingCode(code)) notFound();
  const view = await getFinalistSheet(getDb(), { cycleId: cycle.id, judgeId: user.id, code });
  if (!view) notFound();
  return { user, cycle, code, view, page: sheetPageData(view, { readOnly: finalScoringProblem(cycle, view.sheet.status), deadline: null }) };
}

/** The page's data from a sheet view: the entry, criteria, the sheet and the form's saved values. */
export function sheetPageData<V extends Pick<JudgeSheetView, "criteria" | "sheet">>(view: V, { readOnly, deadline }: { readOnly: string | null; deadline: string | null }) {
  const values: Record<string, string> = { [OVERALL_FIELD]: view.sheet.overallComment };
  for (const c of view.criteria) {
    const score = view.sheet.scores[c.id];
    values[scoreField(c.id)] = score === null || score === undefined ? "" : String(score);
    values[commentField(c.id)] = view.sheet.comments[c.id] ?? "";
  }
  return {
    criteria: view.criteria,
    sheet: { status: view.sheet.status, revision: view.sheet.revision, savedAt: view.sheet.savedAt, savedText: view.sheet.savedAt ? formatUkClock(view.sheet.savedAt) : null },
    values,
    readOnly,
    deadline: deadline ? formatUkDeadline(deadline) : null,
  };
}

type SheetPage = ReturnType<typeof sheetPageData>;

/**
 * What a sheet's check page shows: each criterion's score and comment and the overall comment, as
 * saved. A sheet that is submitted (or closed) has nothing to check: the judge goes back to it, where
 * the page says why.
 */
export function sheetCheckData(page: SheetPage, sheetHref: string) {
  if (page.readOnly || page.sheet.status !== "draft") throw redirect(sheetHref);
  const rows = page.criteria.map((c) => ({
    id: c.id,
    title: c.title,
    scoreField: scoreField(c.id),
    score: page.values[scoreField(c.id)] ?? "",
    scaleMax: c.scale_max,
    comment: page.values[commentField(c.id)] ?? "",
  }));
  const overall = page.values[OVERALL_FIELD] ?? "";
  return { rows, overall, revision: page.sheet.revision, complete: rows.every((r) => r.score !== "") && overall.trim() !== "", deadline: page.deadline };
}

/**
 * Submits a sheet from its check page: the sheet as saved, at the revision the judge checked, so a
 * change made in another tab since is refused (409, "check again"), never submitted unseen.
 */
export async function submitCheckedSheet(
  request: Request,
  { user, cycle, code, page, round, submittedTo }: { user: SessionUser; cycle: AwardCycle; code: string; page: SheetPage; round: JudgingRound; submittedTo: string },
) {
  const formData = await readForm(request);
  const saved = new FormData();
  for (const [name, value] of Object.entries(page.values)) saved.set(name, value);
  const input = { ...sheetInput(saved), revision: sheetRevision(formData) };
  const result = await saveScoreSheet(getDb(), { cycleId: cycle.id, judgeId: user.id, code, input, mode: "submit", revision: input.revision, round });
  if (result.ok) return redirect(submittedTo);
  if ("notFound" in result) notFound();
  if ("stale" in result) return data({ problem: "Your score sheet changed after you opened this page (in another tab or window). Check your scores again below" }, { status: 409 });
  if ("fields" in result) return data({ problem: "Your score sheet is not finished. Change the answers marked as missing, then submit" }, { status: 400 });
  // Closed: the deadline has passed, or the sheet is already submitted.
  return data({ problem: result.problem }, { status: 403 });
}

/** Saves (draft or autosave) or submits a sheet; answers the page, or redirects after a submission. */
export async function scoreSheetAction(
  request: Request,
  {
    user,
    cycle,
    code,
    round,
    submittedTo,
    checkTo,
  }: { user: SessionUser; cycle: AwardCycle; code: string; round: JudgingRound; submittedTo: string; checkTo?: string },
) {
  return saveAndAnswer(request, { submittedTo, checkTo }, ({ input, mode }) => saveScoreSheet(getDb(), { cycleId: cycle.id, judgeId: user.id, code, input, mode, revision: input.revision, round }));
}

/** The practice sheet's action (decision 037): the same form and answers as any score sheet. */
export async function practiceSheetAction(request: Request, { submittedTo }: { submittedTo: string }) {
  const context = await autosaveSession(request, () => requireJudgeWithStatement(request));
  if (context instanceof Response || !("user" in context)) return context;
  const { user, cycle } = context;
  // The practice sheet has no check page: its button submits.
  return saveAndAnswer(request, { submittedTo }, ({ input, mode }) => savePracticeSheet(getDb(), { cycleId: cycle.id, judgeId: user.id, input, mode: mode === "submit" ? "submit" : "draft", revision: input.revision }));
}

type SaveOutcome = Awaited<ReturnType<typeof saveScoreSheet>> | Awaited<ReturnType<typeof savePracticeSheet>>;

/** Reads the sheet's form, saves it with `save`, and answers: the page's data, or a redirect after a submission. */
async function saveAndAnswer(
  request: Request,
  { submittedTo, checkTo }: { submittedTo: string; checkTo?: string },
  save: (args: { input: ReturnType<typeof sheetInput>; mode: SheetSaveMode }) => Promise<SaveOutcome>,
) {
  const formData = await readForm(request);
  const input = sheetInput(formData);
  // With a check page, "Continue" saves a complete sheet as a draft and goes there to submit it.
  const mode: SheetSaveMode = input.intent === "submit" ? "submit" : input.intent === "check" && checkTo ? "check" : "draft";
  const result = await save({ input, mode });
  const values = Object.fromEntries([...formData.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
  if (result.ok) {
    if (mode === "submit") return redirect(submittedTo);
    if (mode === "check") return redirect(checkTo!);
    return data<SheetAnswer>({ saved: true, revision: result.revision, savedAtText: formatUkClock(result.savedAt) });
  }
  if ("notFound" in result) notFound();
  if ("fields" in result) return data<SheetAnswer>({ saved: false, problem: "some answers need attention", errors: result.fields, values }, { status: 400 });
  if ("stale" in result) {
    const problem = result.stale.savedAt
      ? "this score sheet was saved in another tab or window after you opened it. Copy anything you need, then reload the page"
      : "this page is out of date: the score sheet has not been started yet. Copy anything you need, then reload the page";
    return data<SheetAnswer>({ saved: false, stale: true, values, problem }, { status: 409 });
  }
  // Closed: the deadline has passed, or the sheet is already submitted.
  return data<SheetAnswer>({ saved: false, values, problem: result.problem }, { status: 403 });
}

/** The action of a judge's score-sheet page (first round or final) for the entry `code` (the route's param). */
export async function judgeSheetAction(
  request: Request,
  codeParam: string | undefined,
  { round, submittedTo, checkTo }: { round: JudgingRound; submittedTo: string; checkTo?: (code: string) => string },
) {
  const context = await autosaveSession(request, () => requireJudgeWithStatement(request));
  if (context instanceof Response || !("user" in context)) return context;
  const code = codeParam ?? "";
  if (!isJudgingCode(code)) notFound();
  return scoreSheetAction(request, { user: context.user, cycle: context.cycle, code, round, submittedTo, checkTo: checkTo?.(code) });
}
