// One action function for each form on the shortlist page: saving the picks (each with its
// rationale, against the entries the page offers for the method posted) and confirming them.
import { redirect } from "@remix-run/node";
import type { AwardCycle } from "../../../db/schema";
import { confirmShortlist, saveShortlist } from "~/models/shortlist.server";
import type { getDb } from "~/platform/db.server";
import { formValues, invalid } from "~/request/forms.server";
import { parseShortlistForm, postedMethod } from "./form.server";
import { shortlistNotices } from "./notices.server";
import { rankedForShortlist } from "./ranking.server";

export type ShortlistAction = { formData: FormData; db: ReturnType<typeof getDb>; cycle: AwardCycle; adminId: number };

const path = (cycle: AwardCycle) => `/admin/cycles/${cycle.id}/shortlist`;

export async function save({ formData, db, cycle, adminId }: ShortlistAction) {
  const method = postedMethod(formData) ?? "normalised";
  const { entries } = await rankedForShortlist(db, { cycleId: cycle.id, method, finalists: cycle.finalists_count });
  const parsed = parseShortlistForm(formData, entries);
  if (!parsed.ok) return invalid(parsed);
  const result = await saveShortlist(db, { cycleId: cycle.id, picks: parsed.data.picks, method: parsed.data.method, actorUserId: adminId });
  if (!result.ok) return invalid({ errors: { form: result.problem }, values: formValues(formData) });
  return redirect(shortlistNotices.href(path(cycle), "saved"));
}

export async function confirm({ db, cycle, adminId }: ShortlistAction) {
  const result = await confirmShortlist(db, { cycleId: cycle.id, actorUserId: adminId });
  if (!result.ok) return invalid({ errors: { form: result.problem }, values: {} });
  return redirect(shortlistNotices.href(path(cycle), "confirmed"));
}
