// One function per form on the assignment page: confirm the proposal (with the reason when a load
// rule is bent), move one assignment by hand, or give a judge who joins late a share of the entries.
import { data, redirect } from "@remix-run/node";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../../db/schema";
import { addLateJudge, confirmAssignment, moveAssignment } from "~/models/assignments.server";
import { formValues, parseForm } from "~/request/forms.server";
import { MoveSchema, OverrideReasonSchema, SeedSchema } from "~/request/judging-forms.server";
import { assignmentNotices } from "./notices.server";

export const ASSIGNMENT_INTENTS = ["confirm", "move", "late"] as const;

const ConfirmSchema = SeedSchema.extend({ override: z.string().optional().transform((v) => v === "yes") });
const LateJudgeSchema = z.object({ lateJudgeId: z.string().regex(/^[1-9][0-9]{0,14}$/).transform(Number) });

export type Refusal = { errors: Record<string, string>; values: Record<string, string>; problems: string[]; form: "confirm" | "move" | "late" | "other"; overridable: boolean };

export function refuse(r: Partial<Refusal> & Pick<Refusal, "form" | "values">) {
  return data<Refusal>({ errors: {}, problems: [], overridable: false, ...r }, { status: 400 });
}

export type AssignmentAction = { db: Kysely<Database>; cycleId: number; actorUserId: number; formData: FormData };

const pageOf = (cycleId: number) => `/admin/cycles/${cycleId}/judging/assignment`;

export async function confirm({ db, cycleId, actorUserId, formData }: AssignmentAction) {
  const values = formValues(formData);
  const parsed = parseForm(ConfirmSchema, formData);
  if (!parsed.ok) return refuse({ form: "confirm", values, problems: [parsed.errors.seed ?? "Preview the assignment again, then confirm it"] });
  let override: { reason: string } | null = null;
  if (parsed.data.override) {
    const reason = parseForm(OverrideReasonSchema, formData);
    if (!reason.ok) return refuse({ form: "confirm", values, errors: { overrideReason: reason.errors.overrideReason ?? "Enter the reason" }, overridable: true });
    override = { reason: reason.data.overrideReason };
  }
  const result = await confirmAssignment(db, { cycleId, seed: parsed.data.seed, actorUserId, override });
  if (!result.ok) return refuse({ form: "confirm", values, problems: result.problems, overridable: result.overridable });
  return redirect(assignmentNotices.href(`${pageOf(cycleId)}?seed=${parsed.data.seed}`, "confirmed", { added: result.added }));
}

export async function move({ db, cycleId, actorUserId, formData }: AssignmentAction) {
  const values = formValues(formData);
  const parsed = parseForm(MoveSchema, formData);
  if (!parsed.ok) return refuse({ form: "move", values, errors: parsed.errors });
  const { entryId, fromJudgeId, toJudgeId, reason, override } = parsed.data;
  const result = await moveAssignment(db, { cycleId, entryId, fromJudgeId, toJudgeId, reason, override: override === "yes", actorUserId });
  if (!result.ok) return refuse({ form: "move", values, problems: result.problems, overridable: result.overridable });
  return redirect(assignmentNotices.href(pageOf(cycleId), "moved"));
}

export async function late({ db, cycleId, actorUserId, formData }: AssignmentAction) {
  const values = formValues(formData);
  const parsed = parseForm(LateJudgeSchema, formData);
  if (!parsed.ok) return refuse({ form: "late", values, errors: { lateJudgeId: "Select the judge who is joining" } });
  const result = await addLateJudge(db, { cycleId, judgeId: parsed.data.lateJudgeId, actorUserId });
  if (!result.ok) return refuse({ form: "late", values, errors: { lateJudgeId: result.problem } });
  return redirect(assignmentNotices.href(pageOf(cycleId), "late", { taken: result.taken }));
}
