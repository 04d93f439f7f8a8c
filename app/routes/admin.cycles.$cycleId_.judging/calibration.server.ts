// The judging page's calibration data (decision 037): the practice entry chosen, its flags and the
// words hidden by hand in its judges' copy, the case studies to choose from, and each judge's
// practice sheet, by name (the secretariat's page only). And the actions on its words to hide.
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { judgeSideLabel } from "~/domain/permissions";
import { formatUkDateTime } from "~/domain/uk-time";
import type { Outcome } from "~/domain/outcome";
import { RESULT_LABELS } from "~/domain/vocabulary";
import type { DB } from "~/platform/db.server";
import { calibrationProgress, changePracticeTerms, getPracticeEntryForAdmin, hidePracticeFlag, listPracticeCandidates, practiceFlags } from "~/models/practice.server";
import { formValues, invalid, parseForm } from "~/request/forms.server";
import { RedactionTermSchema } from "~/request/judging-forms.server";
import { judgingNotices } from "./notices.server";

export async function practiceSectionData(db: DB, cycleId: number) {
  const [entry, candidates, judges, review] = await Promise.all([
    getPracticeEntryForAdmin(db, cycleId),
    listPracticeCandidates(db),
    calibrationProgress(db, cycleId),
    practiceFlags(db, cycleId),
  ]);
  return {
    entry: entry ? { ...entry, chosenAt: formatUkDateTime(entry.chosenAt) } : null,
    flags: review?.flags ?? [],
    // Numbered from 1: the number is what the remove button posts.
    terms: (review?.terms ?? []).map((t, i) => ({ id: i + 1, text: t.text, kind: t.kind })),
    entrantTerms: review?.entrantTerms ?? [],
    candidates: candidates.map((c) => ({ value: String(c.id), label: `${c.year}${c.isDemo ? " (demo)" : ""}: ${c.organisation}${c.title ? `, ${c.title}` : ""} (${RESULT_LABELS[c.result]})` })),
    judges: judges.map((j) => ({
      id: j.judgeId,
      name: j.name,
      side: judgeSideLabel(j.side),
      status: !entry ? "none" : !j.offered ? "conflict" : (j.status ?? "not_started"),
      submittedAt: j.submittedAt ? formatUkDateTime(j.submittedAt) : null,
    })),
  };
}

/** The archive's case study chosen as the practice entry. */
export const PracticeEntrySchema = z.object({ archiveEntryId: z.coerce.number().int().positive() });

type PracticeTermAction = { cycleId: number; actorUserId: number; formData: FormData; page: string };

const FlagKeySchema = z.object({ flagKey: z.string().min(1).max(2000) });
// By the words themselves, not their place in the list: another tab may have removed one before.
const TermTextSchema = z.object({ termText: z.string().min(1).max(2000) });

/** The practice copy is rebuilt at once; the banner says how many passages it now hides. */
const practiceTermsChanged = (page: string, redactions: number) => redirect(`${judgingNotices.href(page, "practice-terms", { redactions })}#calibration`);

/** Hiding a flagged phrase in the practice entry. */
export async function hidePracticeFlagAction(db: DB, { cycleId, actorUserId, formData, page }: PracticeTermAction) {
  const parsed = parseForm(FlagKeySchema, formData);
  const done: Outcome<{ redactions: number }> = parsed.ok ? await hidePracticeFlag(db, { cycleId, flagKey: parsed.data.flagKey, actorUserId }) : { ok: false, problem: "No phrase was chosen" };
  if (!done.ok) return invalid({ errors: { practiceFlags: "That phrase is no longer flagged in the practice entry" }, values: formValues(formData) });
  return practiceTermsChanged(page, done.redactions);
}

/** Adding words to hide in the practice entry. */
export async function addPracticeTerm(db: DB, { cycleId, actorUserId, formData, page }: PracticeTermAction) {
  const parsed = parseForm(RedactionTermSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const done = await changePracticeTerms(db, { cycleId, add: parsed.data, actorUserId });
  if (!done.ok) return invalid({ errors: { text: "Choose the practice entry first" }, values: formValues(formData) });
  return practiceTermsChanged(page, done.redactions);
}

/** Removing words from the practice entry's list. */
export async function removePracticeTerm(db: DB, { cycleId, actorUserId, formData, page }: PracticeTermAction) {
  const parsed = parseForm(TermTextSchema, formData);
  const done: Outcome<{ redactions: number }> = parsed.ok ? await changePracticeTerms(db, { cycleId, removeText: parsed.data.termText, actorUserId }) : { ok: false, problem: "No words were chosen" };
  if (!done.ok) return invalid({ errors: { terms: "Those words are no longer on the list: they may have been removed already" }, values: formValues(formData) });
  return practiceTermsChanged(page, done.redactions);
}
