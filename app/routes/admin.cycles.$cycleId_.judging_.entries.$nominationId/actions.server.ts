// One function per form on an entry's review page: a flagged phrase hidden or kept, words to hide
// added or removed, the entry released or withheld, the judges' copy rebuilt, a score sheet reopened.
import { redirect } from "@remix-run/node";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../../db/schema";
import { decideFlag } from "~/models/flag-decisions.server";
import { addRedactionTerm, rebuildJudgesCopy, removeRedactionTerm, setJudgingEntryStatus } from "~/models/judging-entries.server";
import { judgingProgress, reopenScoreSheet } from "~/models/score-sheets.server";
import { formValues, invalid, parseForm } from "~/request/forms.server";
import { FlagDecisionSchema, RedactionTermSchema, reopenReason } from "~/request/judging-forms.server";
import { notFound } from "~/request/permissions.server";
import { entryReviewNotices, type EntryReviewNotice } from "./notices.server";

export const ENTRY_INTENTS = ["decide-flag", "add-term", "remove-term", "release", "withhold", "rebuild", "reopen"] as const;

const TermIdSchema = z.object({ termId: z.coerce.number().int().positive() });
const SheetIdSchema = z.object({ sheetId: z.coerce.number().int().positive() });

export type EntryAction = {
  db: Kysely<Database>;
  actorUserId: number;
  cycleId: number;
  nominationId: number;
  code: string;
  formData: FormData;
};

/** The entry's score sheets as the judges' progress shows them (a row per assigned judge). */
export async function sheetsOf(db: Kysely<Database>, cycleId: number, nominationId: number) {
  const progress = await judgingProgress(db, cycleId);
  return progress.entries.find((e) => e.nominationId === nominationId)?.sheets ?? [];
}

const back = (a: EntryAction, notice: EntryReviewNotice, hash = "") =>
  redirect(`${entryReviewNotices.href(`/admin/cycles/${a.cycleId}/judging/entries/${a.nominationId}`, notice)}${hash}`);

export async function decideFlagAction(a: EntryAction) {
  const parsed = parseForm(FlagDecisionSchema, a.formData);
  if (!parsed.ok) return invalid({ errors: { flags: "Choose whether to hide or keep the phrase" }, values: formValues(a.formData) });
  const result = await decideFlag(a.db, { nominationId: a.nominationId, flagKey: parsed.data.flagKey, decision: parsed.data.decision, actorUserId: a.actorUserId });
  if (!result.ok) return invalid({ errors: { flags: result.problem }, values: formValues(a.formData) });
  return back(a, parsed.data.decision === "hide" ? "flag-hidden" : "flag-kept", "#flags");
}

export async function addTerm(a: EntryAction) {
  const parsed = parseForm(RedactionTermSchema, a.formData);
  if (!parsed.ok) return invalid(parsed);
  await addRedactionTerm(a.db, { nominationId: a.nominationId, text: parsed.data.text, kind: parsed.data.kind, actorUserId: a.actorUserId });
  return back(a, "term-added");
}

export async function removeTerm(a: EntryAction) {
  const parsed = parseForm(TermIdSchema, a.formData);
  if (!parsed.ok) return invalid({ errors: { terms: "Choose the words to stop hiding" }, values: formValues(a.formData) });
  if (!(await removeRedactionTerm(a.db, { nominationId: a.nominationId, termId: parsed.data.termId, actorUserId: a.actorUserId }))) {
    return invalid({ errors: { terms: "Those words are no longer on the list: they may have been removed already" }, values: formValues(a.formData) });
  }
  return back(a, "term-removed");
}

export async function setStatus(a: EntryAction, status: "released" | "withheld") {
  const result = await setJudgingEntryStatus(a.db, { nominationId: a.nominationId, status, actorUserId: a.actorUserId });
  if (!result.ok) return invalid({ errors: { release: result.problem }, values: formValues(a.formData) });
  return back(a, status);
}

export async function rebuild(a: EntryAction) {
  return back(a, (await rebuildJudgesCopy(a.db, { nominationId: a.nominationId, actorUserId: a.actorUserId })) === "rebuilt" ? "rebuilt" : "copy-current");
}

export async function reopen(a: EntryAction) {
  const parsedId = parseForm(SheetIdSchema, a.formData);
  const sheets = await sheetsOf(a.db, a.cycleId, a.nominationId);
  const sheet = parsedId.ok ? sheets.find((s) => s.sheetId === parsedId.data.sheetId) : undefined;
  // A sheet of another entry (or none) is not this page's to reopen.
  if (!parsedId.ok || !sheet) notFound();
  const sheetId = parsedId.data.sheetId;
  const field = `reason-${sheetId}`;
  const parsed = reopenReason(a.formData, sheetId);
  if (!parsed.ok) return invalid({ errors: { [field]: parsed.errors[field] ?? "Enter the reason" }, values: formValues(a.formData) });
  if (sheet.progress !== "submitted" || !(await reopenScoreSheet(a.db, { sheetId, reason: parsed.data[field], actorUserId: a.actorUserId }))) {
    return invalid({ errors: { [field]: `${sheet.judgeName}'s score sheet for entry ${a.code} is not submitted, so there is nothing to reopen` }, values: formValues(a.formData) });
  }
  return back(a, "reopened");
}
