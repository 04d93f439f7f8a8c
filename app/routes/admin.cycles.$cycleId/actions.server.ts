// One action function for each form on an award cycle's page (the intents in form.server.ts). Each
// checks what the cycle's stage allows, parses its fields, calls one model verb and redirects to the
// page with its notice; bad input comes back as a 400 with the typed values kept.
import { data, redirect } from "@remix-run/node";
import type { AwardCycle } from "../../../db/schema";
import { descriptorsFromText } from "~/domain/criteria";
import { criteriaEditable, finalCriteriaEditable } from "~/domain/stages";
import { criterionRound, extendDeadline, moveCycleStage, setFinalCriteria, updateCriterion, updateCycleDates, updateSection } from "~/models/cycles.server";
import { nominationsNoLongerComplete } from "~/models/admin-nominations.server";
import type { getDb } from "~/platform/db.server";
import { CycleDatesSchema } from "~/request/cycle-forms.server";
import { formValues, invalid, parseForm } from "~/request/forms.server";
import { notFound } from "~/request/permissions.server";
import { CloseConfirmedSchema, CriterionEditSchema, CriterionIdSchema, ExtendDeadlineSchema, FinalCriteriaSchema, MoveStageSchema, prefixed, SectionEditSchema, unprefixed } from "./form.server";
import { cycleNotices } from "./notices.server";

export type CycleAction = { formData: FormData; db: ReturnType<typeof getDb>; cycle: AwardCycle; adminId: number };

const FINAL_FIXED = "The final round's criteria can no longer change: the final round has begun";

/** The 409 of a save from a page opened before someone else saved the same thing: what was typed kept. */
const stale = (what: string, values: Record<string, string>) =>
  data({ errors: { form: `${what} changed by someone else since you opened it. Copy anything you need, then reload the page to see their version` }, values }, { status: 409 });

/** What a form was opened at (its hidden field), or undefined when it does not say (then it is not checked). */
const openedOf = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
};

const back = (cycle: AwardCycle, kind: Parameters<typeof cycleNotices.href>[1], counts?: Record<string, number>) => redirect(cycleNotices.href(`/admin/cycles/${cycle.id}`, kind, counts));

export async function moveStage({ formData, db, cycle, adminId }: CycleAction) {
  const parsed = parseForm(MoveStageSchema, formData);
  if (!parsed.ok) return invalid({ errors: { stage: parsed.errors.to ?? "Choose the stage to move to" }, values: parsed.values });
  const moved = await moveCycleStage(db, { cycleId: cycle.id, to: parsed.data.to, actorUserId: adminId });
  if (!moved.ok) return invalid({ errors: { stage: moved.problem }, values: formValues(formData) });
  return back(cycle, "moved");
}

/** A complete nomination a new closing date would leave out of judging, as the confirmation lists it. */
export type LeftOut = { reference: string; title: string; organisation: string };

export async function saveDates({ formData, db, cycle, adminId }: CycleAction) {
  if (cycle.stage === "archived") return invalid({ errors: { form: "The dates of an archived cycle cannot be changed" }, values: formValues(formData) });
  const parsed = parseForm(CycleDatesSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  // Closing earlier than a complete nomination's last endorsement makes it incomplete: asked first.
  const closeAt = parsed.data.nominations_close_at;
  const confirmed = parseForm(CloseConfirmedSchema, formData);
  if (closeAt !== cycle.nominations_close_at && !(confirmed.ok && confirmed.data)) {
    const affected = await nominationsNoLongerComplete(db, { cycleId: cycle.id, closeAt });
    if (affected.length > 0) {
      const leftOut: LeftOut[] = affected.map((n) => ({ reference: n.reference, title: n.title || "Untitled initiative", organisation: n.organisation }));
      const some = affected.length === 1 ? "1 complete nomination was" : `${affected.length} complete nominations were`;
      return data(
        { errors: { confirm_close: `${some} endorsed after this closing time and would be left out of judging. Confirm the change, or choose a later time` }, values: formValues(formData), leftOut },
        { status: 400 },
      );
    }
  }
  const saved = await updateCycleDates(db, cycle.id, parsed.data, adminId, openedOf(formData, "dates_opened"));
  if (saved === "stale") return stale("The dates were", formValues(formData));
  return back(cycle, "dates");
}

export async function chooseFinalCriteria({ formData, db, cycle, adminId }: CycleAction) {
  if (!finalCriteriaEditable(cycle)) return invalid({ errors: { final_criteria: FINAL_FIXED }, values: formValues(formData) });
  const parsed = parseForm(FinalCriteriaSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  await setFinalCriteria(db, { cycleId: cycle.id, mode: parsed.data.final_criteria }, adminId);
  return back(cycle, "final_criteria");
}

/** One item's fields with its prefix off ("criterion-12-title" is "title"), and the prefix. */
function itemFields(formData: FormData, kind: "criterion" | "section") {
  const idField = `${kind}_id`;
  const rawId = String(formData.get(idField) ?? "");
  const prefix = `${kind}-${rawId}-`;
  const item = unprefixed(formData, prefix);
  item.set(idField, rawId);
  return { item, prefix };
}

export async function saveCriterion({ formData, db, cycle, adminId }: CycleAction) {
  const values = formValues(formData);
  // The final round's own criteria stay editable until the final round begins; the first round's, while in draft.
  const id = parseForm(CriterionIdSchema, formData);
  // No such criterion: the edit's own schema says what is wrong once the stage allows an edit at all.
  const round = id.ok ? await criterionRound(db, { cycleId: cycle.id, criterionId: id.data.criterion_id }) : undefined;
  if (round === "final" ? !finalCriteriaEditable(cycle) : !criteriaEditable(cycle)) {
    return invalid({ errors: { form: round === "final" ? FINAL_FIXED : "The criteria and entry form can be changed only while the cycle is in draft" }, values });
  }
  const { item, prefix } = itemFields(formData, "criterion");
  const parsed = parseForm(CriterionEditSchema, item);
  if (!parsed.ok) return invalid({ errors: prefixed(parsed.errors, prefix), values });
  const { criterion_id: criterionId, title, guidance, weight, scale_min: scaleMin, scale_max: scaleMax } = parsed.data;
  if (scaleMin >= scaleMax) return invalid({ errors: { [`${prefix}scale_max`]: "The highest score must be more than the lowest" }, values });
  const read = descriptorsFromText(parsed.data.descriptors, scaleMin, scaleMax);
  if (!read.ok) return invalid({ errors: { [`${prefix}descriptors`]: read.problem }, values });
  const saved = await updateCriterion(db, { cycleId: cycle.id, criterionId, title, guidance, weight, scaleMin, scaleMax, descriptors: read.descriptors, opened: openedOf(item, "opened") }, adminId);
  if (saved === "not found") notFound();
  if (saved === "stale") return stale("This criterion was", values);
  return back(cycle, "criterion");
}

export async function saveSection({ formData, db, cycle, adminId }: CycleAction) {
  const values = formValues(formData);
  if (!criteriaEditable(cycle)) return invalid({ errors: { form: "The criteria and entry form can be changed only while the cycle is in draft" }, values });
  const { item, prefix } = itemFields(formData, "section");
  const parsed = parseForm(SectionEditSchema, item);
  if (!parsed.ok) return invalid({ errors: prefixed(parsed.errors, prefix), values });
  const { section_id: sectionId, title, guidance, word_limit: wordLimit } = parsed.data;
  const saved = await updateSection(db, { cycleId: cycle.id, sectionId, title, guidance, wordLimit, opened: openedOf(item, "opened") }, adminId);
  if (saved === "not found") notFound();
  if (saved === "stale") return stale("This part of the entry form was", values);
  return back(cycle, "section");
}

export async function extend({ formData, db, cycle, adminId }: CycleAction) {
  const parsed = parseForm(ExtendDeadlineSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const { organisationId, newCloseAt, reason } = parsed.data;
  const extended = await extendDeadline(db, { cycleId: cycle.id, organisationId, newCloseAt, reason, actorUserId: adminId });
  if (!extended.ok) return invalid({ errors: { [extended.field]: extended.problem }, values: formValues(formData) });
  return back(cycle, "extended", extended.emailed === null ? {} : { emailed: extended.emailed });
}
